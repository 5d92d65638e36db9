//! Golden vectors: values and the exact canonical bytes the format gives them.
//!
//! Every expected byte string below was derived by hand from the format's rules (the provided
//! typed methods of `Sink`, the impls, SPEC.md), never copied from the encoder's output, so a
//! change to the format fails here first. Hex is written as whitespace-separated byte pairs;
//! `HH*N` stands for the byte `HH` repeated `N` (decimal) times.
//!
//! Rules used throughout: fixed-width numbers little-endian; `usize`/`isize` as 8 bytes; every
//! NaN as `7fc00000` (`f32`) or `7ff8000000000000` (`f64`), `-0.0` kept; `bool` 1 byte;
//! `char` as its `u32` scalar; lengths and tags as shortest unsigned LEB128; strings as byte
//! length then UTF-8; arrays without a length; hashed collections sorted by entry bytes.

use std::borrow::Cow;
use std::cell::Cell;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::convert::Infallible;
use std::ffi::CString;
use std::hash::{BuildHasherDefault, DefaultHasher};
use std::marker::PhantomData;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};
use std::num::{NonZero, Saturating, Wrapping};
use std::ops::RangeInclusive;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use byterepr::{Batched, BufferFull, ByteRepr, IoSink, LenCounter, Sink, SliceSink};

use crate::vectors::{Row, check_file, encode_described, render};

/// Parses the table's hex notation (see the module docs).
pub fn parse_hex(text: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    for token in text.split_whitespace() {
        if let Some((byte, count)) = token.split_once('*') {
            let byte = u8::from_str_radix(byte, 16).expect("a hex byte before '*'");
            let count: usize = count.parse().expect("a decimal count after '*'");
            bytes.extend(std::iter::repeat_n(byte, count));
        } else {
            assert!(
                token.len().is_multiple_of(2),
                "odd-length hex token {token:?}"
            );
            for pair in token.as_bytes().chunks(2) {
                let pair = std::str::from_utf8(pair).expect("ASCII hex");
                bytes.push(u8::from_str_radix(pair, 16).expect("hex digits"));
            }
        }
    }
    bytes
}

/// An `io::Write` that takes at most 3 bytes per call, so `to_writer` must cope with short
/// writes.
struct Trickle(Vec<u8>);

impl std::io::Write for Trickle {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let taken = buf.len().min(3);
        self.0.extend_from_slice(&buf[..taken]);
        Ok(taken)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Checks that every entry point and sink writes exactly `hex` for `value`, and that every way
/// of asking for the length agrees with it.
#[track_caller]
pub fn check<T: ByteRepr + ?Sized>(value: &T, hex: &str) {
    let expected = parse_hex(hex);
    let len = expected.len();

    assert_eq!(byterepr::to_vec(value), expected, "to_vec");
    assert_eq!(byterepr::encoded_len(value), len, "encoded_len");
    if let Some(size) = T::ENCODED_SIZE {
        assert_eq!(size, len, "ENCODED_SIZE");
    }
    let mut counter = LenCounter::new();
    let Ok(()) = value.write_to(&mut counter);
    assert_eq!(counter.len(), len, "LenCounter");

    // `to_slice` into a buffer with room to spare writes the prefix and leaves the rest alone.
    let mut buf = vec![0xa5; len + 4];
    assert_eq!(byterepr::to_slice(value, &mut buf), Ok(len), "to_slice");
    assert_eq!(buf[..len], expected, "to_slice bytes");
    assert!(
        buf[len..].iter().all(|&b| b == 0xa5),
        "to_slice wrote past the value"
    );
    // One byte short: a typed error and an untouched buffer.
    if len > 0 {
        let mut short = vec![0xa5; len - 1];
        assert_eq!(
            byterepr::to_slice(value, &mut short),
            Err(BufferFull {
                needed: len,
                remaining: len - 1
            }),
            "to_slice one byte short"
        );
        assert!(short.iter().all(|&b| b == 0xa5), "to_slice wrote on error");
    }
    let mut exact = vec![0; len];
    let mut slice_sink = SliceSink::new(&mut exact);
    value
        .write_to(&mut slice_sink)
        .expect("SliceSink of the exact length");
    assert_eq!(slice_sink.written(), expected, "SliceSink");

    let mut writer = Trickle(Vec::new());
    byterepr::to_writer(value, &mut writer).expect("to_writer into memory");
    assert_eq!(writer.0, expected, "to_writer");

    let mut io = IoSink::new(Vec::new());
    value.write_to(&mut io).expect("IoSink into memory");
    assert_eq!(io.into_inner(), expected, "IoSink");

    let mut extended = vec![0xee];
    byterepr::extend_vec(value, &mut extended);
    assert_eq!(extended[0], 0xee, "extend_vec kept what was there");
    assert_eq!(extended[1..], expected, "extend_vec");

    let mut batched = Batched::<Vec<u8>, 7>::new(Vec::new());
    let Ok(()) = value.write_to(&mut batched);
    let Ok(batched) = batched.finish();
    assert_eq!(batched, expected, "Batched<Vec<u8>, 7>");

    let mut behind_dyn = Vec::new();
    let sink: &mut dyn Sink<Error = Infallible> = &mut behind_dyn;
    let Ok(()) = value.write_to(sink);
    assert_eq!(behind_dyn, expected, "&mut dyn Sink");

    crate::explain::check_explains(value);
}

/// The table of vectors, `name: value => "hex";`: one test each, and [`rows`], the same
/// vectors for `vectors/canonical.json`.
macro_rules! golden {
    ($($(#[$attr:meta])* $name:ident: $value:expr => $hex:expr;)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                check(&$value, $hex);
            }
        )*

        /// Every vector of the table, described in the notation of the vector files.
        #[allow(
            clippy::vec_init_then_push,
            reason = "rows may carry #[cfg] attributes, which statements take and vec![] elements do not"
        )]
        pub fn rows() -> Vec<Row> {
            let mut rows = Vec::new();
            $(
                $(#[$attr])*
                rows.push(Row::new(stringify!($name), &$value, Ok(parse_hex($hex))));
            )*
            rows
        }
    };
}

#[test]
#[cfg(target_pointer_width = "64")] // the table holds `usize::MAX` as 8 bytes only there
fn vectors_canonical_json_is_up_to_date() {
    let mut rows = rows();
    rows.extend(crate::derive_golden::rows());
    assert!(rows.len() >= 310, "only {} canonical vectors", rows.len());
    check_file("canonical.json", &render("canonical", &rows));
}

/// Every row of `canonical.json` encodes to its bytes through the notation alone, by the
/// notation's port in `vectors.rs`: the descriptions and values say all a port needs.
#[test]
fn canonical_vectors_encode_from_their_descriptions() {
    let mut rows = rows();
    rows.extend(crate::derive_golden::rows());
    for row in &rows {
        let mut bytes = Vec::new();
        encode_described(&row.ty, &row.value, &mut bytes);
        assert_eq!(Ok(bytes), row.bytes, "{}", row.name);
    }
}

/// `[1, 2, 3]` in a ring buffer whose first element sits at the end of the allocation, so
/// `as_slices` returns two non-empty halves.
fn wrapped_deque() -> VecDeque<u16> {
    let mut deque = VecDeque::with_capacity(4);
    deque.push_back(2);
    deque.push_back(3);
    deque.push_front(1);
    deque
}

/// `["x", "y"]`, wrapped the same way.
fn wrapped_string_deque() -> VecDeque<String> {
    let mut deque = VecDeque::with_capacity(4);
    deque.push_back(String::from("y"));
    deque.push_front(String::from("x"));
    deque
}

#[test]
fn wrapped_deques_really_wrap() {
    assert_eq!(wrapped_deque().as_slices(), (&[1][..], &[2, 3][..]));
    let strings = wrapped_string_deque();
    let (front, back) = strings.as_slices();
    assert_eq!((front.len(), back.len()), (1, 1));
}

/// `1..=2` iterated to its end: bounds `2..=2`, exhausted, so not `==` to a fresh `2..=2`.
fn exhausted_range() -> RangeInclusive<u8> {
    let mut range = 1u8..=2;
    assert_eq!(range.by_ref().collect::<Vec<_>>(), [1, 2]);
    range
}

#[test]
fn exhausted_range_inclusive_encodes_its_flag() {
    // Format 2 (SPEC.md 3.13, 5): bytes agree with `==`, which sees exhaustion.
    assert_ne!(exhausted_range(), 2..=2);
    assert_ne!(
        byterepr::to_vec(&exhausted_range()),
        byterepr::to_vec(&(2u8..=2))
    );
}

#[test]
fn range_inclusive_format_1_bytes_are_format_2_without_the_flag() {
    // Format 1 wrote the bounds alone: `-1i32..=1` was "ff ff ff ff 01 00 00 00" and the
    // exhausted `2..=2` was "02 02", the bytes of a fresh `2..=2`.
    let format_2 = byterepr::to_vec(&(-1i32..=1));
    assert_eq!(format_2[..8], [0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0]);
    assert_eq!(format_2[8..], [0]);
}

golden! {
    // --- unsigned integers: little-endian, fixed width -------------------------------------------
    u8_zero: 0u8 => "00";
    u8_max: u8::MAX => "ff";
    u16_le: 0x0102u16 => "02 01";
    u16_max: u16::MAX => "ff ff";
    u32_le: 0x0102_0304u32 => "04 03 02 01";
    u32_max: u32::MAX => "ff ff ff ff";
    u64_le: 0x0102_0304_0506_0708u64 => "08 07 06 05 04 03 02 01";
    u64_max: u64::MAX => "ff*8";
    u128_one: 1u128 => "01 00*15";
    u128_le: 0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10u128 => "10 0f 0e 0d 0c 0b 0a 09 08 07 06 05 04 03 02 01";
    u128_max: u128::MAX => "ff*16";

    // --- signed integers: two's complement, little-endian ----------------------------------------
    i8_min: i8::MIN => "80";
    i8_minus_one: -1i8 => "ff";
    i8_max: i8::MAX => "7f";
    i16_min: i16::MIN => "00 80";
    i16_minus_two: -2i16 => "fe ff";
    i32_min: i32::MIN => "00 00 00 80";
    i32_minus_one: -1i32 => "ff ff ff ff";
    i32_max: i32::MAX => "ff ff ff 7f";
    i64_min: i64::MIN => "00*7 80";
    i64_max: i64::MAX => "ff*7 7f";
    i64_minus_256: -256i64 => "00 ff*7";
    i128_min: i128::MIN => "00*15 80";
    i128_max: i128::MAX => "ff*15 7f";
    i128_minus_two: -2i128 => "fe ff*15";

    // --- usize/isize: always 8 bytes, whatever the platform ---------------------------------------
    usize_zero: 0usize => "00*8";
    usize_le: 0x0102usize => "02 01 00*6";
    usize_u32_max: 0xffff_ffffusize => "ff ff ff ff 00 00 00 00";
    #[cfg(target_pointer_width = "64")] usize_max: usize::MAX => "ff*8";
    isize_minus_one: -1isize => "ff*8"; // sign-extended to 64 bits
    isize_i32_min: -0x8000_0000isize => "00 00 00 80 ff ff ff ff";
    #[cfg(target_pointer_width = "64")] isize_min: isize::MIN => "00*7 80";

    // --- f32: IEEE 754 bits, little-endian; every NaN is 7fc00000 ----------------------------------
    f32_zero: 0.0f32 => "00 00 00 00";
    f32_negative_zero: -0.0f32 => "00 00 00 80"; // the sign bit stays
    f32_one: 1.0f32 => "00 00 80 3f";
    f32_minus_two_and_a_half: -2.5f32 => "00 00 20 c0"; // 1.25 * 2^1, negative
    f32_epsilon: f32::EPSILON => "00 00 00 34"; // 2^-23: exponent 104
    f32_infinity: f32::INFINITY => "00 00 80 7f";
    f32_negative_infinity: f32::NEG_INFINITY => "00 00 80 ff";
    f32_min_positive: f32::MIN_POSITIVE => "00 00 80 00";
    f32_smallest_subnormal: f32::from_bits(1) => "01 00 00 00";
    f32_largest_subnormal: f32::from_bits(0x007f_ffff) => "ff ff 7f 00";
    f32_max: f32::MAX => "ff ff 7f 7f";
    f32_min: f32::MIN => "ff ff 7f ff";
    f32_nan: f32::NAN => "00 00 c0 7f";
    f32_signalling_nan: f32::from_bits(0x7f80_0001) => "00 00 c0 7f";
    f32_negative_nan: f32::from_bits(0xffc0_0000) => "00 00 c0 7f";
    f32_quiet_nan_with_payload: f32::from_bits(0x7fc1_2345) => "00 00 c0 7f";
    f32_all_ones_nan: f32::from_bits(u32::MAX) => "00 00 c0 7f";

    // --- f64: IEEE 754 bits, little-endian; every NaN is 7ff8000000000000 --------------------------
    f64_zero: 0.0f64 => "00*8";
    f64_negative_zero: -0.0f64 => "00*7 80";
    f64_one: 1.0f64 => "00*6 f0 3f";
    f64_one_tenth: 0.1f64 => "9a 99 99 99 99 99 b9 3f"; // 0x3fb999999999999a
    f64_minus_one_and_a_half: -1.5f64 => "00*6 f8 bf";
    f64_infinity: f64::INFINITY => "00*6 f0 7f";
    f64_negative_infinity: f64::NEG_INFINITY => "00*6 f0 ff";
    f64_min_positive: f64::MIN_POSITIVE => "00*6 10 00";
    f64_smallest_subnormal: f64::from_bits(1) => "01 00*7";
    f64_largest_subnormal: f64::from_bits(0x000f_ffff_ffff_ffff) => "ff*6 0f 00";
    f64_max: f64::MAX => "ff*6 ef 7f";
    f64_min: f64::MIN => "ff*6 ef ff";
    f64_nan: f64::NAN => "00*6 f8 7f";
    f64_negated_nan: -f64::NAN => "00*6 f8 7f";
    f64_signalling_nan: f64::from_bits(0x7ff0_0000_0000_0001) => "00*6 f8 7f";
    f64_negative_quiet_nan: f64::from_bits(0xfff8_0000_0000_0000) => "00*6 f8 7f";
    f64_quiet_nan_with_payload: f64::from_bits(0x7ff8_dead_beef_0001) => "00*6 f8 7f";
    f64_negative_signalling_nan: f64::from_bits(0xfff0_0000_0000_0001) => "00*6 f8 7f";

    // --- bool and char ----------------------------------------------------------------------------
    bool_false: false => "00";
    bool_true: true => "01";
    char_nul: '\0' => "00 00 00 00";
    char_ascii: 'A' => "41 00 00 00";
    char_e_acute: 'é' => "e9 00 00 00"; // U+00E9
    char_euro: '€' => "ac 20 00 00"; // U+20AC
    char_emoji: '😀' => "00 f6 01 00"; // U+1F600
    char_max: char::MAX => "ff ff 10 00"; // U+10FFFF
    char_before_surrogates: '\u{d7ff}' => "ff d7 00 00";
    char_after_surrogates: '\u{e000}' => "00 e0 00 00";

    // --- strings: LEB128 byte length, then UTF-8 ---------------------------------------------------
    str_empty: *"" => "00";
    str_ascii: *"abc" => "03 61 62 63";
    str_nul: *"\0" => "01 00";
    str_e_acute: *"é" => "02 c3 a9"; // the length counts bytes, not chars
    str_euro: *"€" => "03 e2 82 ac";
    str_emoji: *"😀" => "04 f0 9f 98 80";
    str_mixed: *"aé€😀" => "0a 61 c3 a9 e2 82 ac f0 9f 98 80";
    str_127_bytes: *"a".repeat(127) => "7f 61*127"; // the last 1-byte length
    str_128_bytes: *"a".repeat(128) => "80 01 61*128"; // the first 2-byte length
    str_300_bytes: *"b".repeat(300) => "ac 02 62*300"; // 300 = 0b10_0101100
    str_16383_bytes: *"a".repeat(16383) => "ff 7f 61*16383"; // the last 2-byte length
    str_16384_bytes: *"a".repeat(16384) => "80 80 01 61*16384"; // the first 3-byte length
    string_empty: String::new() => "00";
    string_hello: String::from("hello") => "05 68 65 6c 6c 6f";
    string_non_ascii: String::from("Grüße") => "07 47 72 c3 bc c3 9f 65";
    box_str: Box::<str>::from("ok") => "02 6f 6b";
    rc_str: Rc::<str>::from("rc") => "02 72 63";
    arc_str: Arc::<str>::from("arc") => "03 61 72 63";
    str_reference: "x" => "01 78";

    // --- slices: LEB128 length, then the elements -------------------------------------------------
    slice_u8_empty: [0u8; 0][..] => "00";
    slice_u8: [1u8, 2, 3][..] => "03 01 02 03";
    slice_i8: [-1i8, 1][..] => "02 ff 01";
    slice_u16: [1u16, 0x0203][..] => "02 01 00 03 02";
    slice_i32: [-1i32, 2][..] => "02 ff ff ff ff 02 00 00 00";
    slice_u64: [u64::MAX][..] => "01 ff*8";
    slice_u128: [1u128, 2][..] => "02 01 00*15 02 00*15";
    slice_i128: [-1i128][..] => "01 ff*16";
    slice_usize: [1usize, 2][..] => "02 01 00*7 02 00*7";
    slice_isize: [-1isize][..] => "01 ff*8";
    slice_f32_with_nan: [1.0f32, f32::from_bits(0x7f80_0001)][..] => "02 00 00 80 3f 00 00 c0 7f";
    slice_f64: [0.1f64, -0.0][..] => "02 9a 99 99 99 99 99 b9 3f 00*7 80";
    slice_f64_with_nan: [f64::from_bits(0xfff8_0000_0000_0001), 1.0][..] => "02 00*6 f8 7f 00*6 f0 3f";
    slice_bool: [true, false, true][..] => "03 01 00 01";
    slice_char: ['a', 'é'][..] => "02 61 00 00 00 e9 00 00 00";
    slice_str: ["a", "bc"][..] => "02 01 61 02 62 63";

    // --- arrays: the length is in the type and is not written -------------------------------------
    array_empty: [0u32; 0] => "";
    array_empty_of_strings: [""; 0] => "";
    array_u8: [1u8, 2, 3] => "01 02 03";
    array_u8_33: [7u8; 33] => "07*33";
    array_u32: [1u32, 2] => "01 00 00 00 02 00 00 00";
    array_str: ["a", ""] => "01 61 00";
    array_nested: [[1u8, 2], [3, 4]] => "01 02 03 04";
    array_f32_nan_and_negative_zero: [f32::NAN, -0.0f32] => "00 00 c0 7f 00 00 00 80";

    // --- Vec, VecDeque, LinkedList, BinaryHeap: like the slice of their elements in order ---------
    vec_u8_empty: Vec::<u8>::new() => "00";
    vec_u8_128_zeros: vec![0u8; 128] => "80 01 00*128";
    vec_u8_16384: vec![0xffu8; 16384] => "80 80 01 ff*16384";
    vec_u32: vec![0xdead_beefu32] => "01 ef be ad de";
    vec_i16: vec![-1i16, 256] => "02 ff ff 00 01";
    vec_string: vec![String::new(), String::from("a")] => "02 00 01 61";
    vec_unit_300: vec![(); 300] => "ac 02"; // `()` takes no bytes: only the length
    boxed_slice: vec![1u8, 2].into_boxed_slice() => "02 01 02";
    vec_deque_empty: VecDeque::<String>::new() => "00";
    vec_deque_u16: VecDeque::from([1u16, 2, 3]) => "03 01 00 02 00 03 00";
    vec_deque_wrapped: wrapped_deque() => "03 01 00 02 00 03 00"; // same as unwrapped
    vec_deque_strings_wrapped: wrapped_string_deque() => "02 01 78 01 79";
    linked_list_empty: LinkedList::<&str>::new() => "00";
    linked_list_u8: LinkedList::from([1u8, 2]) => "02 01 02";
    linked_list_keeps_its_order: LinkedList::from(["b", "a"]) => "02 01 62 01 61";
    binary_heap_empty: BinaryHeap::<u8>::new() => "00";
    binary_heap_u32: BinaryHeap::from([3u32, 1, 2]) => "03 01 00 00 00 02 00 00 00 03 00 00 00";
    binary_heap_other_insertion_order: BinaryHeap::from([2u32, 3, 1]) => "03 01 00 00 00 02 00 00 00 03 00 00 00";
    binary_heap_duplicates: BinaryHeap::from([2u8, 1, 2]) => "03 01 02 02";
    binary_heap_reverse: BinaryHeap::from([Reverse(1u8), Reverse(3), Reverse(2)]) => "03 03 02 01"; // ascending Reverse = descending inner
    binary_heap_strings: BinaryHeap::from(["b", "a", "ab"]) => "03 01 61 02 61 62 01 62"; // Ord order

    // --- Option and Result: a LEB128 tag, then the payload -----------------------------------------
    option_none: None::<u32> => "00";
    option_some_u32: Some(7u32) => "01 07 00 00 00";
    option_some_empty_str: Some("") => "01 00";
    option_some_unit: Some(()) => "01";
    option_option_none: None::<Option<bool>> => "00";
    option_some_none: Some(None::<bool>) => "01 00";
    option_some_some_false: Some(Some(false)) => "01 01 00";
    option_some_some_true: Some(Some(true)) => "01 01 01";
    result_ok_u8: Ok::<u8, String>(5) => "00 05";
    result_err_string: Err::<u8, String>(String::from("no")) => "01 02 6e 6f";
    result_ok_unit: Ok::<(), ()>(()) => "00";
    result_err_unit: Err::<(), ()>(()) => "01";
    result_ok_u16: Ok::<u16, u16>(1) => "00 01 00";
    result_err_u16: Err::<u16, u16>(1) => "01 01 00";

    // --- unit, tuples, PhantomData: the elements back to back, nothing else ------------------------
    unit: () => "";
    tuple_1: (5u8,) => "05";
    tuple_2: (1u8, "a") => "01 01 61";
    tuple_2_signed: (true, -1i16) => "01 ff ff";
    tuple_nested: ((1u8, 2u8), (3u8,)) => "01 02 03";
    tuple_16_u8: (0u8, 1u8, 2u8, 3u8, 4u8, 5u8, 6u8, 7u8, 8u8, 9u8, 10u8, 11u8, 12u8, 13u8, 14u8, 15u8) => "00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f";
    tuple_16_mixed: (0u8, 1u16, 2u32, 3u64, 4u128, 5i8, -6i16, 7i32, -8i64, 9i128, true, 'c', "s", 1.0f32, Some(1u8), ()) => "00 0100 02000000 03 00*7 04 00*15 05 faff 07000000 f8 ff*7 09 00*15 01 63000000 0173 0000803f 0101";
    phantom_data: PhantomData::<String> => "";
    phantom_data_in_tuple: (1u8, PhantomData::<u64>, 2u8) => "01 02";

    // --- transparent wrappers: the value they hold ------------------------------------------------
    box_u16: Box::new(7u16) => "07 00";
    rc_string: Rc::new(String::from("rc")) => "02 72 63";
    arc_vec: Arc::new(vec![1u8]) => "01 01";
    cow_str_borrowed: Cow::<str>::Borrowed("cow") => "03 63 6f 77";
    cow_str_owned: Cow::<str>::Owned(String::from("cow")) => "03 63 6f 77";
    cow_slice_borrowed: Cow::<[u8]>::Borrowed(&[1, 2]) => "02 01 02";
    cow_slice_owned: Cow::<[u8]>::Owned(vec![1, 2]) => "02 01 02";
    reference: &5u32 => "05 00 00 00";
    mut_reference: &mut 5u32 => "05 00 00 00";
    cell_u16: Cell::new(5u16) => "05 00";
    cell_tuple: Cell::new((1u8, true)) => "01 01";
    cell_option_char: Cell::new(Some('a')) => "01 61 00 00 00";
    wrapping_u8: Wrapping(0xabu8) => "ab";
    wrapping_i32: Wrapping(-1i32) => "ff ff ff ff";
    saturating_u16: Saturating(300u16) => "2c 01";
    saturating_i8: Saturating(i8::MIN) => "80";
    reverse_u32: Reverse(1u32) => "01 00 00 00";
    reverse_str: Reverse("a") => "01 61";

    // --- NonZero: the number it holds ---------------------------------------------------------------
    nonzero_u8: NonZero::<u8>::MIN => "01";
    nonzero_u16: NonZero::<u16>::MAX => "ff ff";
    nonzero_u32: NonZero::new(0x0102_0304u32).unwrap() => "04 03 02 01";
    nonzero_u64: NonZero::<u64>::MIN => "01 00*7";
    nonzero_u128: NonZero::<u128>::MAX => "ff*16";
    nonzero_usize: NonZero::<usize>::MIN => "01 00*7";
    nonzero_i8: NonZero::new(-1i8).unwrap() => "ff";
    nonzero_i16: NonZero::<i16>::MIN => "00 80";
    nonzero_i32: NonZero::new(-2i32).unwrap() => "fe ff ff ff";
    nonzero_i64: NonZero::<i64>::MAX => "ff*7 7f";
    nonzero_i128: NonZero::new(-1i128).unwrap() => "ff*16";
    nonzero_isize: NonZero::new(-1isize).unwrap() => "ff*8";
    option_nonzero_none: None::<NonZero<u32>> => "00";
    option_nonzero_some: NonZero::new(2u32) => "01 02 00 00 00";

    // --- Duration and SystemTime ---------------------------------------------------------------------
    duration_zero: Duration::ZERO => "00*12";
    duration_secs_and_nanos: Duration::new(1, 5) => "01 00*7 05 00 00 00";
    duration_millis: Duration::from_millis(1500) => "01 00*7 00 65 cd 1d"; // 500_000_000 ns = 0x1dcd6500
    duration_max: Duration::MAX => "ff*8 ff c9 9a 3b"; // 999_999_999 = 0x3b9ac9ff
    system_time_epoch: UNIX_EPOCH => "00 00*12";
    system_time_after_epoch: UNIX_EPOCH + Duration::new(0x6553_f100, 1) => "00 00 f1 53 65 00 00 00 00 01 00 00 00";
    system_time_before_epoch: UNIX_EPOCH - Duration::from_secs(1) => "01 01 00*7 00*4"; // tag 1: distance before
    system_time_a_nanosecond_before_epoch: UNIX_EPOCH - Duration::from_nanos(1) => "01 00*8 01 00 00 00";
    system_time_reference: &SystemTime::UNIX_EPOCH => "00 00*12";

    // --- addresses: octets in network order, ports and flow fields little-endian --------------------
    ipv4: Ipv4Addr::new(192, 168, 0, 1) => "c0 a8 00 01";
    ipv4_unspecified: Ipv4Addr::UNSPECIFIED => "00 00 00 00";
    ipv4_broadcast: Ipv4Addr::BROADCAST => "ff ff ff ff";
    ipv6_localhost: Ipv6Addr::LOCALHOST => "00*15 01";
    ipv6_documentation: Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329) => "20 01 0d b8 00 00 00 00 00 00 ff 00 00 42 83 29";
    ip_addr_v4: IpAddr::V4(Ipv4Addr::LOCALHOST) => "00 7f 00 00 01";
    ip_addr_v6: IpAddr::V6(Ipv6Addr::LOCALHOST) => "01 00*15 01";
    socket_addr_v4: SocketAddrV4::new(Ipv4Addr::new(10, 0, 0, 1), 8080) => "0a 00 00 01 90 1f"; // port 0x1f90
    socket_addr_v6: SocketAddrV6::new(Ipv6Addr::LOCALHOST, 443, 0x0102_0304, 5) => "00*15 01 bb 01 04 03 02 01 05 00 00 00";
    socket_addr_enum_v4: SocketAddr::from(([10, 0, 0, 1], 8080)) => "00 0a 00 00 01 90 1f";
    socket_addr_enum_v6: SocketAddr::V6(SocketAddrV6::new(Ipv6Addr::UNSPECIFIED, 1, 0, 0)) => "01 00*16 01 00 00*8";

    // --- ranges: start, then end -------------------------------------------------------------------
    range_u8: 1u8..5 => "01 05";
    range_empty_u64: 0u64..0 => "00*16";
    range_str: "a".."b" => "01 61 01 62";
    // Format 2: a trailing bool, whether the range is exhausted (format 1 had no flag).
    range_inclusive_i32: -1i32..=1 => "ff ff ff ff 01 00 00 00 00";
    range_inclusive_single: 2u8..=2 => "02 02 00";
    range_inclusive_empty: RangeInclusive::new(2u8, 1) => "02 01 00";
    range_inclusive_exhausted: exhausted_range() => "02 02 01";

    // --- C strings: the bytes without the NUL, as a [u8] ------------------------------------------------
    cstr_empty: *c"" => "00";
    cstr_hi: *c"hi" => "02 68 69";
    cstring_utf8: CString::new("é").unwrap() => "02 c3 a9";
    cstring_not_utf8: CString::new(vec![0xffu8, 0x01]).unwrap() => "02 ff 01";
    boxed_cstr: CString::new("a").unwrap().into_boxed_c_str() => "01 61";

    // --- ordered maps and sets: LEB128 length, then entries in `Ord` order ---------------------------
    btree_map_empty: BTreeMap::<u8, u8>::new() => "00";
    btree_map: BTreeMap::from([(2u8, "b"), (1, "a")]) => "02 01 01 61 02 01 62";
    btree_map_key_order_is_ord: BTreeMap::from([(256u16, 0u8), (1, 1)]) => "02 01 00 01 00 01 00"; // 1 before 256
    btree_set_empty: BTreeSet::<String>::new() => "00";
    btree_set_signed: BTreeSet::from([1i8, -1, 0]) => "03 ff 00 01"; // -1 first
    btree_set_strings: BTreeSet::from(["b", "aa", "c"]) => "03 02 61 61 01 62 01 63"; // "aa" first

    // --- hashed maps and sets: entries sorted by their encoded bytes ----------------------------------
    hash_map_empty: HashMap::<u8, u8>::new() => "00";
    hash_map: HashMap::from([(2u8, "b"), (1, "a")]) => "02 01 01 61 02 01 62";
    hash_map_fixed_hasher: HashMap::<u8, &str, BuildHasherDefault<DefaultHasher>>::from_iter([(2, "b"), (1, "a")]) => "02 01 01 61 02 01 62";
    hash_map_key_order_is_byte_order: HashMap::from([(256u16, 0u8), (1, 1)]) => "02 00 01 00 01 00 01"; // "00 01|00" < "01 00|01"
    hash_map_string_keys: HashMap::from([("y", 0u16), ("x", 1)]) => "02 01 78 01 00 01 79 00 00";
    hash_map_option_keys: HashMap::from([(Some(1u8), 2u8), (None, 9)]) => "02 00 09 01 01 02"; // None's entry "00 09" first
    hash_set_empty: HashSet::<u8>::new() => "00";
    hash_set_signed: HashSet::from([1i8, -1, 0]) => "03 00 01 ff"; // -1 (ff) last
    hash_set_strings: HashSet::from(["b", "aa", "c"]) => "03 01 62 01 63 02 61 61"; // the length byte leads: "aa" last
    hash_set_fixed_hasher: HashSet::<u32, BuildHasherDefault<DefaultHasher>>::from_iter([0x0100, 0x02]) => "02 00 01 00 00 02 00 00 00"; // 256 ("00 01 ..") first
    hash_map_of_hash_sets: HashMap::from([(1u8, HashSet::from([3u8, 2])), (0, HashSet::new())]) => "02 00 00 01 02 02 03";

    // --- nested containers ----------------------------------------------------------------------------
    vec_vec_u8: vec![vec![], vec![1u8], vec![2, 3]] => "03 00 01 01 02 02 03";
    vec_of_128_empty_vecs: vec![Vec::<u8>::new(); 128] => "80 01 00*128";
    vec_option_string: vec![Some(String::from("a")), None, Some(String::new())] => "03 01 01 61 00 01 00";
    btree_map_string_vec_u16: BTreeMap::from([(String::from("b"), vec![1u16]), (String::from("a"), vec![])]) => "02 01 61 00 01 62 01 01 00";
    option_vec_option_u8: Some(vec![None, Some(0u8)]) => "01 02 00 01 00";
    vec_tuple_u8_string: vec![(1u8, String::from("x")), (2, String::new())] => "02 01 01 78 02 00";
    hash_map_str_vec_u8: HashMap::from([("b", vec![0u8]), ("a", vec![1u8, 2])]) => "02 01 61 02 01 02 01 62 01 00";
    btree_map_u8_btree_set_char: BTreeMap::from([(1u8, BTreeSet::from(['b', 'a']))]) => "01 01 02 61 00 00 00 62 00 00 00";
    result_vec_option_bool: Ok::<Vec<Option<bool>>, u8>(vec![Some(true), None]) => "00 02 01 01 00";
    box_slice_of_strings: vec![String::from("é")].into_boxed_slice() => "01 02 c3 a9";
    rc_btree_set_of_ipv4: Rc::new(BTreeSet::from([Ipv4Addr::new(10, 0, 0, 2), Ipv4Addr::new(10, 0, 0, 1)])) => "02 0a 00 00 01 0a 00 00 02";
    vec_duration: vec![Duration::from_secs(2)] => "01 02 00*7 00*4";

    // --- the worked examples of SPEC.md, verbatim -------------------------------------------------------
    spec_dsl_record: ("DSL", 32u32, true) => "03 44 53 4c 20 00 00 00 01";
    spec_usize_one: 1usize => "01 00 00 00 00 00 00 00";
    spec_vec_u16: vec![1u16, 2] => "02 01 00 02 00";
    spec_vec_vec: vec![vec![1u8], vec![]] => "02 01 01 00";
    spec_strings_ab_c: ("ab", "c") => "02 61 62 01 63";
    spec_strings_a_bc: ("a", "bc") => "01 61 02 62 63";
    spec_some_u8: Some(5u8) => "01 05";
    spec_ok_u8: Ok::<u8, u8>(7) => "00 07";
    spec_err_u8: Err::<u8, u8>(7) => "01 07";
    spec_btree_map_char: BTreeMap::from([(2u8, 'b'), (1, 'a')]) => "02 01 61 00 00 00 02 62 00 00 00";
    spec_hash_set: HashSet::from(["b", "a", "ab"]) => "03 01 61 01 62 02 61 62";
    spec_before_epoch: UNIX_EPOCH - Duration::from_millis(1500) => "01 01 00 00 00 00 00 00 00 00 65 cd 1d";
    spec_localhost: Ipv4Addr::LOCALHOST => "7f 00 00 01";
}
