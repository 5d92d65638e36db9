//! Golden vectors of derived impls, each worked out by hand from SPEC.md (3.14): fields in
//! declaration order with nothing between them; enums as a LEB128 tag then the variant's
//! fields; `domain` as a length-prefixed string first; `skip` writes nothing; `with` writes
//! what its function writes; evolving types (3.15) put their fields in a length-delimited
//! block and leave trailing default `added` fields out.

use byterepr::{ByteRepr, Sink};

fn check<T: ByteRepr>(value: &T, expected: &[u8]) {
    let bytes = byterepr::to_vec(value);
    assert_eq!(bytes, expected);
    assert_eq!(value.encoded_len(), expected.len());
}

#[derive(ByteRepr)]
struct Unit;

#[derive(ByteRepr)]
struct Pair(u8, u16);

#[derive(ByteRepr)]
struct Named {
    id: u32,
    name: String,
    flag: bool,
}

#[test]
fn structs_write_their_fields_in_order() {
    check(&Unit, &[]);
    check(&Pair(1, 0x0203), &[0x01, 0x03, 0x02]);
    check(
        &Named {
            id: 0x0102_0304,
            name: "ab".into(),
            flag: true,
        },
        &[0x04, 0x03, 0x02, 0x01, 0x02, b'a', b'b', 0x01],
    );
}

#[derive(ByteRepr)]
enum Shape {
    Empty,
    Circle(u16),
    Rect { w: u8, h: u8 },
}

#[test]
fn enums_write_the_declaration_index_then_the_fields() {
    check(&Shape::Empty, &[0x00]);
    check(&Shape::Circle(0x0102), &[0x01, 0x02, 0x01]);
    check(&Shape::Rect { w: 3, h: 4 }, &[0x02, 0x03, 0x04]);
}

#[derive(ByteRepr)]
enum Pinned {
    #[byterepr(tag = 300)]
    Big,
    Next,
    #[byterepr(tag = 1)]
    One(i8),
}

#[test]
fn pinned_tags_are_leb128_and_implicit_tags_count_on_from_them() {
    // 300 = 0b10_0101100: low seven bits 0x2c with the continuation bit, then 0x02.
    check(&Pinned::Big, &[0xac, 0x02]);
    check(&Pinned::Next, &[0xad, 0x02]);
    check(&Pinned::One(-1), &[0x01, 0xff]);
}

#[derive(ByteRepr)]
#[repr(u8)]
enum Discriminants {
    A = 10,
    B = 20,
}

#[test]
fn rust_discriminants_do_not_set_tags() {
    check(&Discriminants::A, &[0x00]);
    check(&Discriminants::B, &[0x01]);
}

#[derive(ByteRepr)]
struct WithCache {
    value: u16,
    #[byterepr(skip)]
    cache: Option<u64>,
}

#[derive(ByteRepr)]
enum SkipInVariant {
    V(#[byterepr(skip)] u8, u8),
}

#[test]
fn skipped_fields_write_nothing() {
    let cached = WithCache {
        value: 5,
        cache: Some(9),
    };
    check(&cached, &[0x05, 0x00]);
    assert_eq!(cached.cache, Some(9)); // kept in the value, left out of the bytes
    let variant = SkipInVariant::V(9, 7);
    check(&variant, &[0x00, 0x07]);
    let SkipInVariant::V(skipped, _) = variant;
    assert_eq!(skipped, 9);
    assert_eq!(WithCache::ENCODED_SIZE, Some(2));
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "#[byterepr(with)] passes the field by reference"
)]
fn write_magnitude<S: Sink + ?Sized>(value: &i32, sink: &mut S) -> Result<(), S::Error> {
    sink.write_u32(value.unsigned_abs())
}

#[derive(ByteRepr)]
struct Magnitude {
    #[byterepr(with = write_magnitude)]
    value: i32,
    unit: char,
}

#[derive(ByteRepr)]
enum Reading {
    Missing,
    Raw(#[byterepr(with = write_magnitude)] i32),
}

#[test]
fn with_fields_write_what_their_function_writes() {
    check(
        &Magnitude {
            value: -3,
            unit: 'm',
        },
        &[0x03, 0, 0, 0, 0x6d, 0, 0, 0],
    );
    check(&Reading::Raw(-2), &[0x01, 0x02, 0, 0, 0]);
    check(&Reading::Missing, &[0x00]);
    // A `with` function may write anything, so the size is not fixed by the types.
    assert_eq!(Magnitude::ENCODED_SIZE, None);
}

/// A type parameter named `S` beside a `with` field: the derive names its own sink parameter
/// `S` only when the input names no `S`, so this compiles.
#[derive(ByteRepr)]
struct NamesS<S> {
    first: S,
    #[byterepr(with = write_magnitude)]
    value: i32,
}

/// A field of a type named `S`, likewise.
#[derive(ByteRepr)]
struct S(u8);

#[derive(ByteRepr)]
struct HoldsS {
    #[byterepr(with = write_magnitude)]
    value: i32,
    s: S,
}

#[test]
fn with_fields_beside_a_type_named_s() {
    check(
        &NamesS {
            first: 9u8,
            value: -1,
        },
        &[0x09, 0x01, 0, 0, 0],
    );
    check(&HoldsS { value: 2, s: S(7) }, &[0x02, 0, 0, 0, 0x07]);
}

#[derive(ByteRepr)]
#[byterepr(domain = "ex.Point")]
struct DomainPoint {
    x: u8,
}

#[derive(ByteRepr)]
#[byterepr(domain = "ex.E")]
enum DomainEnum {
    A,
    B(u8),
}

#[test]
fn a_domain_comes_first_as_a_string() {
    check(
        &DomainPoint { x: 7 },
        &[0x08, b'e', b'x', b'.', b'P', b'o', b'i', b'n', b't', 0x07],
    );
    check(&DomainEnum::A, &[0x04, b'e', b'x', b'.', b'E', 0x00]);
    check(
        &DomainEnum::B(7),
        &[0x04, b'e', b'x', b'.', b'E', 0x01, 0x07],
    );
    assert_eq!(DomainPoint::ENCODED_SIZE, Some(1 + 8 + 1));
    assert_eq!(DomainEnum::ENCODED_SIZE, None);
}

#[derive(ByteRepr)]
struct Wrapper<T> {
    inner: T,
    count: u8,
}

#[derive(ByteRepr)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

#[derive(ByteRepr)]
struct Buffer<const N: usize> {
    bytes: [u8; N],
}

#[test]
fn generic_types_write_their_arguments_encodings() {
    check(
        &Wrapper {
            inner: "x",
            count: 2,
        },
        &[0x01, b'x', 0x02],
    );
    check(
        &Wrapper {
            inner: 0x0102u16,
            count: 2,
        },
        &[0x02, 0x01, 0x02],
    );
    check(
        &Either::<u8, String>::Right("hi".into()),
        &[0x01, 0x02, b'h', b'i'],
    );
    check(&Either::<u8, String>::Left(9), &[0x00, 0x09]);
    check(
        &Either::<Option<u8>, ()>::Left(Some(5)),
        &[0x00, 0x01, 0x05],
    );
    // Arrays carry no length (SPEC 3.6): the arity is in the type.
    check(&Buffer { bytes: [1, 2, 3] }, &[1, 2, 3]);
    assert_eq!(Buffer::<3>::ENCODED_SIZE, Some(3));
    assert_eq!(Wrapper::<u16>::ENCODED_SIZE, Some(3));
    assert_eq!(Wrapper::<String>::ENCODED_SIZE, None);
}

#[derive(ByteRepr, Clone)]
enum Direction {
    North,
    East,
    South,
    West,
}

#[derive(ByteRepr)]
enum SameWidth {
    A(u16),
    B(i16),
}

#[derive(ByteRepr)]
enum Never {}

#[test]
fn fixed_size_types_have_an_encoded_size() {
    assert_eq!(Unit::ENCODED_SIZE, Some(0));
    assert_eq!(Pair::ENCODED_SIZE, Some(3));
    assert_eq!(Named::ENCODED_SIZE, None);
    // Every variant (tag included) encodes to the same length.
    assert_eq!(Direction::ENCODED_SIZE, Some(1));
    assert_eq!(SameWidth::ENCODED_SIZE, Some(3));
    for (index, direction) in [
        Direction::North,
        Direction::East,
        Direction::South,
        Direction::West,
    ]
    .iter()
    .enumerate()
    {
        check(direction, &[u8::try_from(index).unwrap()]);
    }
    check(&SameWidth::A(0x0102), &[0x00, 0x02, 0x01]);
    check(&SameWidth::B(-2), &[0x01, 0xfe, 0xff]);
    // Variants of different lengths: no fixed size.
    assert_eq!(Shape::ENCODED_SIZE, None);
    // Two-byte tags (300, 301) without fields, and a one-byte tag (1) with an `i8`: all 2.
    assert_eq!(Pinned::ENCODED_SIZE, Some(2));
    assert_eq!(Never::ENCODED_SIZE, None);
    // A slice of a fixed-size derived type is sized without visiting its elements.
    assert_eq!(byterepr::encoded_len(&vec![Direction::North; 5]), 1 + 5);
}

/// Writes twice the value, so the golden bytes show the function ran.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "#[byterepr(with)] passes the field by reference"
)]
fn write_doubled<S: Sink + ?Sized>(value: &u8, sink: &mut S) -> Result<(), S::Error> {
    sink.write_u8(value.wrapping_mul(2))
}

/// An evolving struct with a domain: the domain, then the block of the fields.
#[derive(ByteRepr)]
#[byterepr(evolving, domain = "acct")]
struct Account {
    id: u16,
    name: String,
    #[byterepr(added)]
    email: Option<String>,
    #[byterepr(added, with = write_doubled)]
    limit: u8,
}

/// An evolving type without added fields keeps a fixed size: its block's length is known.
#[derive(ByteRepr)]
#[byterepr(evolving)]
struct Fixed(u16, bool);

/// An evolving enum: the tag, then the block of the variant's fields.
#[derive(ByteRepr)]
#[byterepr(evolving)]
enum Event {
    Ping,
    #[byterepr(tag = 5)]
    Move {
        dx: i8,
        #[byterepr(added)]
        dy: i8,
    },
}

#[test]
fn evolving_types_write_their_fields_as_a_block() {
    let account = |email: Option<&str>, limit| Account {
        id: 0x0102,
        name: "ab".into(),
        email: email.map(Into::into),
        limit,
    };
    let domain = [4, b'a', b'c', b'c', b't'];
    // Both added fields default: the block holds `id` and `name`, as before they existed.
    let old = [&domain[..], &[5, 0x02, 0x01, 2, b'a', b'b']].concat();
    check(&account(None, 0), &old);
    // The last added field is not its default: every added field is written, `email` too.
    let both = [&domain[..], &[7, 0x02, 0x01, 2, b'a', b'b', 0, 6]].concat();
    check(&account(None, 3), &both);
    // Only the first one: the trailing default `limit` is left out.
    let first = [&domain[..], &[8, 0x02, 0x01, 2, b'a', b'b', 1, 1, b'x']].concat();
    check(&account(Some("x"), 0), &first);
    // A block of 128 bytes or more has a two-byte length.
    let long = Account {
        id: 0,
        name: "n".repeat(200),
        email: None,
        limit: 0,
    };
    let mut expected = domain.to_vec();
    expected.extend([0xcc, 0x01, 0, 0, 0xc8, 0x01]); // 204 = 2 + 2 + 200
    expected.extend([b'n'; 200]);
    check(&long, &expected);
    assert_eq!(Account::ENCODED_SIZE, None);

    check(&Fixed(0x0102, true), &[3, 0x02, 0x01, 1]);
    assert_eq!(Fixed::ENCODED_SIZE, Some(4));

    check(&Event::Ping, &[0, 0]);
    check(&Event::Move { dx: -1, dy: 0 }, &[5, 1, 0xff]);
    check(&Event::Move { dx: -1, dy: 2 }, &[5, 2, 0xff, 2]);
    assert_eq!(Event::ENCODED_SIZE, None);
}

/// A generic added field: the derive bounds `Vec<T>` by `Default + PartialEq` itself.
#[derive(ByteRepr)]
#[byterepr(evolving)]
struct Grown<T> {
    first: T,
    #[byterepr(added)]
    more: Vec<T>,
}

#[test]
fn a_generic_evolving_type_needs_no_bound_for_its_added_fields() {
    check(
        &Grown {
            first: 7u8,
            more: vec![],
        },
        &[1, 7],
    );
    check(
        &Grown {
            first: 7u8,
            more: vec![8],
        },
        &[3, 7, 1, 8],
    );
}
