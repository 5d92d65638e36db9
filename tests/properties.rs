//! Property tests: determinism of unordered collections, canonical NaN, and agreement between
//! every way of measuring and writing an encoding, on arbitrary nested values.
//!
//! The expected bytes of hashed collections and of lengths come from small models written
//! here (LEB128, "sort the entries' bytes"), not from the encoder itself.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::convert::Infallible;
use std::hash::{BuildHasherDefault, DefaultHasher};

use byterepr::{Batched, BufferFull, ByteRepr, LenCounter, Sink, SliceSink};
use proptest::collection::{btree_map, hash_map, hash_set, vec, vec_deque};
use proptest::prelude::*;

/// Unsigned LEB128, shortest form: the model of lengths and tags.
fn leb128(mut value: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    loop {
        let low = u8::try_from(value & 0x7f).expect("seven bits");
        value >>= 7;
        if value == 0 {
            bytes.push(low);
            return bytes;
        }
        bytes.push(low | 0x80);
    }
}

/// The model of an unordered collection: the length, then the entries' encodings in
/// ascending byte order.
fn unordered_model<T: ByteRepr>(entries: impl IntoIterator<Item = T>) -> Vec<u8> {
    let mut encoded: Vec<Vec<u8>> = entries.into_iter().map(|e| byterepr::to_vec(&e)).collect();
    encoded.sort();
    let mut bytes = leb128(encoded.len() as u64);
    bytes.extend(encoded.concat());
    bytes
}

/// The bytes of `value` through a `Batched` sink with an `N`-byte buffer.
fn batched<const N: usize, T: ByteRepr + ?Sized>(value: &T) -> Vec<u8> {
    let mut sink = Batched::<Vec<u8>, N>::new(Vec::new());
    let Ok(()) = value.write_to(&mut sink);
    let Ok(bytes) = sink.finish();
    bytes
}

/// The entries of a map, in some order.
type Entries<K, V> = Vec<(K, V)>;

/// A strategy for a `Vec` of distinct-key entries together with a shuffled copy of it.
fn entries_and_shuffle<K, V>(
    keys: impl Strategy<Value = K>,
    values: impl Strategy<Value = V>,
) -> impl Strategy<Value = (Entries<K, V>, Entries<K, V>)>
where
    K: std::hash::Hash + Eq + Clone + std::fmt::Debug,
    V: Clone + std::fmt::Debug,
{
    hash_map(keys, values, 0..24).prop_flat_map(|map| {
        let entries: Vec<(K, V)> = map.into_iter().collect();
        (Just(entries.clone()), Just(entries).prop_shuffle())
    })
}

/// A value with most kinds of container nested in it, for the agreement properties.
type Nested = (
    Vec<Option<String>>,
    BTreeMap<u16, Vec<u8>>,
    HashMap<String, (i64, bool)>,
    Option<Vec<f64>>,
    VecDeque<char>,
    Result<Vec<u128>, String>,
    HashSet<Vec<i8>>,
    (f32, usize, [u16; 3]),
);

fn nested() -> impl Strategy<Value = Nested> {
    (
        vec(proptest::option::of(".{0,8}"), 0..6),
        btree_map(any::<u16>(), vec(any::<u8>(), 0..140), 0..4),
        hash_map(".{0,4}", any::<(i64, bool)>(), 0..6),
        proptest::option::of(vec(any::<f64>(), 0..5)),
        vec_deque(any::<char>(), 0..5),
        proptest::result::maybe_ok(vec(any::<u128>(), 0..3), ".{0,3}"),
        hash_set(vec(any::<i8>(), 0..3), 0..5),
        any::<(f32, usize, [u16; 3])>(),
    )
}

proptest! {
    #[test]
    fn hash_map_bytes_ignore_insertion_order_and_hasher(
        (entries, shuffled) in entries_and_shuffle(".{0,6}", any::<u32>())
    ) {
        let in_order: HashMap<String, u32> = entries.iter().cloned().collect();
        let shuffled_in: HashMap<String, u32> = shuffled.iter().cloned().collect();
        let mut roomy: HashMap<String, u32, RandomState> = HashMap::with_capacity(1000);
        roomy.extend(shuffled.iter().rev().cloned());
        let fixed_hasher: HashMap<String, u32, BuildHasherDefault<DefaultHasher>> =
            shuffled.iter().cloned().collect();

        let expected = unordered_model(entries.iter().map(|(k, v)| (k.as_str(), *v)));
        prop_assert_eq!(&byterepr::to_vec(&in_order), &expected);
        prop_assert_eq!(&byterepr::to_vec(&shuffled_in), &expected);
        prop_assert_eq!(&byterepr::to_vec(&roomy), &expected);
        prop_assert_eq!(&byterepr::to_vec(&fixed_hasher), &expected);
        prop_assert_eq!(byterepr::encoded_len(&in_order), expected.len());
    }

    #[test]
    fn hash_set_bytes_ignore_insertion_order_and_hasher(
        (entries, shuffled) in entries_and_shuffle(any::<(i16, Option<char>)>(), Just(()))
    ) {
        let in_order: HashSet<(i16, Option<char>)> = entries.iter().map(|(k, ())| *k).collect();
        let shuffled_in: HashSet<(i16, Option<char>), RandomState> =
            shuffled.iter().map(|(k, ())| *k).collect();
        let fixed_hasher: HashSet<(i16, Option<char>), BuildHasherDefault<DefaultHasher>> =
            shuffled.iter().rev().map(|(k, ())| *k).collect();

        let expected = unordered_model(entries.iter().map(|(k, ())| *k));
        prop_assert_eq!(&byterepr::to_vec(&in_order), &expected);
        prop_assert_eq!(&byterepr::to_vec(&shuffled_in), &expected);
        prop_assert_eq!(&byterepr::to_vec(&fixed_hasher), &expected);
    }

    #[test]
    fn every_f32_nan_is_the_canonical_nan(negative in any::<bool>(), payload in 1u32..=0x7f_ffff) {
        let nan = f32::from_bits(u32::from(negative) << 31 | 0x7f80_0000 | payload);
        prop_assert!(nan.is_nan());
        let canonical = [0x00, 0x00, 0xc0, 0x7f];
        prop_assert_eq!(byterepr::to_vec(&nan), canonical);
        prop_assert_eq!(byterepr::to_vec(&[nan, nan]), [canonical, canonical].concat());
        prop_assert_eq!(
            byterepr::to_vec(&vec![nan, 1.0]),
            [&[2][..], &canonical, &[0x00, 0x00, 0x80, 0x3f]].concat()
        );
        prop_assert_eq!(byterepr::canonical_f32_bits(nan), byterepr::CANONICAL_NAN_F32);
    }

    #[test]
    fn every_f64_nan_is_the_canonical_nan(
        negative in any::<bool>(),
        payload in 1u64..=0x000f_ffff_ffff_ffff,
    ) {
        let nan = f64::from_bits(u64::from(negative) << 63 | 0x7ff0_0000_0000_0000 | payload);
        prop_assert!(nan.is_nan());
        let canonical = 0x7ff8_0000_0000_0000u64.to_le_bytes();
        prop_assert_eq!(byterepr::to_vec(&nan), canonical);
        prop_assert_eq!(
            byterepr::to_vec(&vec![-0.0, nan]),
            [&[2][..], &(-0.0f64).to_le_bytes(), &canonical].concat()
        );
        prop_assert_eq!(byterepr::canonical_f64_bits(nan), byterepr::CANONICAL_NAN_F64);
    }

    #[test]
    fn every_way_of_measuring_agrees(value in nested()) {
        let bytes = byterepr::to_vec(&value);
        prop_assert_eq!(byterepr::encoded_len(&value), bytes.len());
        let mut counter = LenCounter::new();
        let Ok(()) = value.write_to(&mut counter);
        prop_assert_eq!(counter.len(), bytes.len());
        let mut buf = vec![0; bytes.len()];
        prop_assert_eq!(byterepr::to_slice(&value, &mut buf), Ok(bytes.len()));
        prop_assert_eq!(&buf, &bytes);
        let mut out = Vec::new();
        byterepr::to_writer(&value, &mut out).expect("writing into memory");
        prop_assert_eq!(&out, &bytes);
        // Deterministic: the same value with its hashed parts rebuilt (new random hasher keys,
        // so another iteration order) gives the same bytes.
        let mut rebuilt = value.clone();
        rebuilt.2 = value.2.clone().into_iter().collect();
        rebuilt.6 = value.6.clone().into_iter().collect();
        prop_assert_eq!(byterepr::to_vec(&rebuilt), bytes);
    }

    #[test]
    fn batched_sinks_of_every_size_write_the_direct_bytes(value in nested()) {
        let bytes = byterepr::to_vec(&value);
        prop_assert_eq!(&batched::<1, _>(&value), &bytes);
        prop_assert_eq!(&batched::<2, _>(&value), &bytes);
        prop_assert_eq!(&batched::<3, _>(&value), &bytes);
        prop_assert_eq!(&batched::<7, _>(&value), &bytes);
        prop_assert_eq!(&batched::<16, _>(&value), &bytes);
        prop_assert_eq!(&batched::<64, _>(&value), &bytes);
        prop_assert_eq!(&batched::<1024, _>(&value), &bytes);
        // Nothing reaches the inner sink before a flush while the batch has room.
        let mut big = Batched::<Vec<u8>, 1_000_000>::new(Vec::new());
        let Ok(()) = value.write_to(&mut big);
        prop_assert!(big.get_ref().is_empty());
    }

    #[test]
    fn a_too_small_buffer_is_a_typed_error(value in nested(), cut in any::<prop::sample::Index>()) {
        let bytes = byterepr::to_vec(&value);
        let size = cut.index(bytes.len()); // 0..len: always too small
        let mut buf = vec![0xa5; size];
        prop_assert_eq!(
            byterepr::to_slice(&value, &mut buf),
            Err(BufferFull { needed: bytes.len(), remaining: size })
        );
        prop_assert!(buf.iter().all(|&b| b == 0xa5), "to_slice wrote on error");
        // A bare SliceSink fails at the first write that does not fit, keeping what fitted.
        let mut sink = SliceSink::new(&mut buf);
        let error = value.write_to(&mut sink).expect_err("the buffer is too small");
        prop_assert!(error.needed > error.remaining);
        prop_assert!(bytes.starts_with(sink.written()));
        prop_assert!(sink.written().len() <= size);
    }

    #[test]
    fn write_seq_of_an_iterator_is_the_vec_encoding(
        strings in vec(".{0,5}", 0..200),
        numbers in vec(any::<u32>(), 0..200),
        options in vec(any::<Option<u8>>(), 0..200),
    ) {
        let mut sink = Vec::new();
        byterepr::write_seq(&mut sink, strings.iter()).expect("exact length");
        prop_assert_eq!(&sink, &byterepr::to_vec(&strings));
        prop_assert_eq!(byterepr::seq_to_vec(numbers.iter()).expect("exact"), byterepr::to_vec(&numbers));
        let mut sink = Vec::new();
        byterepr::write_seq_counted(&mut sink, options.iter().copied()).expect("replays");
        prop_assert_eq!(&sink, &byterepr::to_vec(&options));
    }

    #[test]
    fn lengths_and_tags_are_shortest_leb128(len in any::<u64>(), tag in any::<u32>()) {
        let len = usize::try_from(len).unwrap_or(usize::MAX);
        let mut sink = Vec::new();
        let Ok(()) = sink.write_len(len);
        prop_assert_eq!(&sink, &leb128(len as u64));
        prop_assert_eq!(byterepr::len_prefix_size(len), sink.len());
        let mut sink = Vec::new();
        let Ok(()) = sink.write_tag(tag);
        prop_assert_eq!(sink, leb128(u64::from(tag)));
        let last = *leb128(len as u64).last().expect("at least one byte");
        prop_assert!(len == 0 || last != 0, "no trailing zero group");
    }
}

/// Lengths around the 1-/2-, 2-/3- and 3-/4-byte LEB128 boundaries.
fn boundary_len() -> impl Strategy<Value = usize> {
    prop_oneof![0..300usize, 16_250..16_500usize, 2_097_100..2_097_200usize]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn sequence_and_string_lengths_at_leb128_boundaries(len in boundary_len()) {
        let prefix = leb128(len as u64);
        prop_assert_eq!(prefix.len(), match len {
            0..=127 => 1,
            128..=16_383 => 2,
            16_384..=2_097_151 => 3,
            _ => 4,
        });
        let text = "é".repeat(len / 2) + &"a".repeat(len % 2); // `len` bytes of UTF-8
        let bytes = byterepr::to_vec(text.as_str());
        prop_assert_eq!(&bytes[..prefix.len()], &prefix[..]);
        prop_assert_eq!(&bytes[prefix.len()..], text.as_bytes());
        prop_assert_eq!(byterepr::encoded_len(text.as_str()), prefix.len() + len);

        let units = vec![(); len];
        prop_assert_eq!(byterepr::to_vec(&units), prefix.clone());
        let zeros = vec![0u8; len];
        prop_assert_eq!(byterepr::encoded_len(&zeros), prefix.len() + len);
        let via_dyn = {
            let mut out = Vec::new();
            let sink: &mut dyn Sink<Error = Infallible> = &mut out;
            let Ok(()) = zeros.write_to(sink);
            out
        };
        prop_assert_eq!(&via_dyn[..prefix.len()], &prefix[..]);
        prop_assert_eq!(via_dyn.len(), prefix.len() + len);
    }
}
