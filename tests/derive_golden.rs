//! Golden vectors of derived impls, each worked out by hand from SPEC.md (3.14): fields in
//! declaration order with nothing between them; enums as a LEB128 tag then the variant's
//! fields; `domain` as a length-prefixed string first; `skip` writes nothing; `with` writes
//! what its function writes; evolving types (3.15) put their fields in a length-delimited
//! block and leave trailing default `added` fields out.
//!
//! The vectors are one table, [`golden!`] at the end: a test each, and the same rows in
//! `vectors/canonical.json` (see `golden.rs`), so every type below also has its description
//! in the vector notation (`vectors/README.md`). The tests above the table check what is not
//! a vector: fixed sizes, and that skipped fields stay in the value.

use byterepr::{ByteRepr, Sink};

use crate::vectors::{
    Json, Row, Vector, added, derived_enum, derived_variant, domain, evolving, field, structure,
    vector_struct,
};

fn check<T: ByteRepr + ?Sized>(value: &T, expected: &[u8]) {
    let bytes = byterepr::to_vec(value);
    assert_eq!(bytes, expected);
    assert_eq!(value.encoded_len(), expected.len());
    crate::explain::check_explains(value);
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

vector_struct!(Unit {});
vector_struct!(Pair { 0, 1 });
vector_struct!(Named { id, name, flag });

#[derive(ByteRepr)]
enum Shape {
    Empty,
    Circle(u16),
    Rect { w: u8, h: u8 },
}

impl Vector for Shape {
    fn ty() -> Json {
        derived_enum(&[
            ("Empty", 0, structure(vec![])),
            ("Circle", 1, structure(vec![field::<u16>("0")])),
            (
                "Rect",
                2,
                structure(vec![field::<u8>("w"), field::<u8>("h")]),
            ),
        ])
    }
    fn json(&self) -> Json {
        match self {
            Self::Empty => derived_variant("Empty", vec![]),
            Self::Circle(r) => derived_variant("Circle", vec![r.json()]),
            Self::Rect { w, h } => derived_variant("Rect", vec![w.json(), h.json()]),
        }
    }
}

#[derive(ByteRepr)]
enum Pinned {
    #[byterepr(tag = 300)]
    Big,
    Next,
    #[byterepr(tag = 1)]
    One(i8),
}

impl Vector for Pinned {
    fn ty() -> Json {
        derived_enum(&[
            ("Big", 300, structure(vec![])),
            ("Next", 301, structure(vec![])),
            ("One", 1, structure(vec![field::<i8>("0")])),
        ])
    }
    fn json(&self) -> Json {
        match self {
            Self::Big => derived_variant("Big", vec![]),
            Self::Next => derived_variant("Next", vec![]),
            Self::One(n) => derived_variant("One", vec![n.json()]),
        }
    }
}

#[derive(ByteRepr)]
#[repr(u8)]
enum Discriminants {
    A = 10,
    B = 20,
}

/// The tags are 0 and 1, not the discriminants 10 and 20.
impl Vector for Discriminants {
    fn ty() -> Json {
        derived_enum(&[("A", 0, structure(vec![])), ("B", 1, structure(vec![]))])
    }
    fn json(&self) -> Json {
        match self {
            Self::A => derived_variant("A", vec![]),
            Self::B => derived_variant("B", vec![]),
        }
    }
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

// `cache` is skipped: not in the description.
vector_struct!(WithCache { value });

impl Vector for SkipInVariant {
    fn ty() -> Json {
        derived_enum(&[("V", 0, structure(vec![field::<u8>("1")]))])
    }
    fn json(&self) -> Json {
        let Self::V(_, written) = self;
        derived_variant("V", vec![written.json()])
    }
}

fn cached() -> WithCache {
    WithCache {
        value: 5,
        cache: Some(9),
    }
}

#[test]
fn skipped_fields_write_nothing() {
    let cached = cached();
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

/// A `with` field is described by what its function writes: here the `u32` magnitude.
impl Vector for Magnitude {
    fn ty() -> Json {
        structure(vec![field::<u32>("value"), field::<char>("unit")])
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.value.unsigned_abs().json(), self.unit.json()])
    }
}

impl Vector for Reading {
    fn ty() -> Json {
        derived_enum(&[
            ("Missing", 0, structure(vec![])),
            ("Raw", 1, structure(vec![field::<u32>("0")])),
        ])
    }
    fn json(&self) -> Json {
        match self {
            Self::Missing => derived_variant("Missing", vec![]),
            Self::Raw(n) => derived_variant("Raw", vec![n.unsigned_abs().json()]),
        }
    }
}

#[test]
fn with_fields_write_what_their_function_writes() {
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

impl<T: Vector> Vector for NamesS<T> {
    fn ty() -> Json {
        structure(vec![field::<T>("first"), field::<u32>("value")])
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.first.json(), self.value.unsigned_abs().json()])
    }
}

vector_struct!(S { 0 });

impl Vector for HoldsS {
    fn ty() -> Json {
        structure(vec![field::<u32>("value"), field::<S>("s")])
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.value.unsigned_abs().json(), self.s.json()])
    }
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

impl Vector for DomainPoint {
    fn ty() -> Json {
        domain("ex.Point", structure(vec![field::<u8>("x")]))
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.x.json()])
    }
}

impl Vector for DomainEnum {
    fn ty() -> Json {
        domain(
            "ex.E",
            derived_enum(&[
                ("A", 0, structure(vec![])),
                ("B", 1, structure(vec![field::<u8>("0")])),
            ]),
        )
    }
    fn json(&self) -> Json {
        match self {
            Self::A => derived_variant("A", vec![]),
            Self::B(n) => derived_variant("B", vec![n.json()]),
        }
    }
}

#[test]
fn a_domain_comes_first_as_a_string() {
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

impl<T: Vector> Vector for Wrapper<T> {
    fn ty() -> Json {
        structure(vec![field::<T>("inner"), field::<u8>("count")])
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.inner.json(), self.count.json()])
    }
}

impl<L: Vector, R: Vector> Vector for Either<L, R> {
    fn ty() -> Json {
        derived_enum(&[
            ("Left", 0, structure(vec![field::<L>("0")])),
            ("Right", 1, structure(vec![field::<R>("0")])),
        ])
    }
    fn json(&self) -> Json {
        match self {
            Self::Left(l) => derived_variant("Left", vec![l.json()]),
            Self::Right(r) => derived_variant("Right", vec![r.json()]),
        }
    }
}

impl<const N: usize> Vector for Buffer<N> {
    fn ty() -> Json {
        structure(vec![field::<[u8; N]>("bytes")])
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.bytes.json()])
    }
}

#[test]
fn generic_types_write_their_arguments_encodings() {
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

impl Vector for Direction {
    fn ty() -> Json {
        let unit = || structure(vec![]);
        derived_enum(&[
            ("North", 0, unit()),
            ("East", 1, unit()),
            ("South", 2, unit()),
            ("West", 3, unit()),
        ])
    }
    fn json(&self) -> Json {
        let name = match self {
            Self::North => "North",
            Self::East => "East",
            Self::South => "South",
            Self::West => "West",
        };
        derived_variant(name, vec![])
    }
}

impl Vector for SameWidth {
    fn ty() -> Json {
        derived_enum(&[
            ("A", 0, structure(vec![field::<u16>("0")])),
            ("B", 1, structure(vec![field::<i16>("0")])),
        ])
    }
    fn json(&self) -> Json {
        match self {
            Self::A(n) => derived_variant("A", vec![n.json()]),
            Self::B(n) => derived_variant("B", vec![n.json()]),
        }
    }
}

#[test]
fn fixed_size_types_have_an_encoded_size() {
    assert_eq!(Unit::ENCODED_SIZE, Some(0));
    assert_eq!(Pair::ENCODED_SIZE, Some(3));
    assert_eq!(Named::ENCODED_SIZE, None);
    // Every variant (tag included) encodes to the same length.
    assert_eq!(Direction::ENCODED_SIZE, Some(1));
    assert_eq!(SameWidth::ENCODED_SIZE, Some(3));
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

/// `limit` is described by what `write_doubled` writes, with the default of that.
impl Vector for Account {
    fn ty() -> Json {
        domain(
            "acct",
            evolving(
                vec![field::<u16>("id"), field::<String>("name")],
                vec![added::<Option<String>>("email"), added::<u8>("limit")],
            ),
        )
    }
    fn json(&self) -> Json {
        Json::Array(vec![
            self.id.json(),
            self.name.json(),
            self.email.json(),
            self.limit.wrapping_mul(2).json(),
        ])
    }
}

impl Vector for Fixed {
    fn ty() -> Json {
        evolving(vec![field::<u16>("0"), field::<bool>("1")], vec![])
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.0.json(), self.1.json()])
    }
}

/// Each variant's fields are an evolving block after the tag.
impl Vector for Event {
    fn ty() -> Json {
        derived_enum(&[
            ("Ping", 0, evolving(vec![], vec![])),
            (
                "Move",
                5,
                evolving(vec![field::<i8>("dx")], vec![added::<i8>("dy")]),
            ),
        ])
    }
    fn json(&self) -> Json {
        match self {
            Self::Ping => derived_variant("Ping", vec![]),
            Self::Move { dx, dy } => derived_variant("Move", vec![dx.json(), dy.json()]),
        }
    }
}

fn account(email: Option<&str>, limit: u8) -> Account {
    Account {
        id: 0x0102,
        name: "ab".into(),
        email: email.map(Into::into),
        limit,
    }
}

/// An `Account`'s bytes: its domain, then `block`.
fn acct(block: &[u8]) -> Vec<u8> {
    [&[4, b'a', b'c', b'c', b't'][..], block].concat()
}

/// An `Account` whose block is 128 bytes or more.
fn long_account() -> Account {
    Account {
        id: 0,
        name: "n".repeat(200),
        email: None,
        limit: 0,
    }
}

#[test]
fn evolving_types_write_their_fields_as_a_block() {
    assert_eq!(Account::ENCODED_SIZE, None);
    assert_eq!(Fixed::ENCODED_SIZE, Some(4));
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

impl<T: Vector> Vector for Grown<T> {
    fn ty() -> Json {
        evolving(vec![field::<T>("first")], vec![added::<Vec<T>>("more")])
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.first.json(), self.more.json()])
    }
}

// ---------------------------------------------------------------------------------------------
// The table

/// The table of vectors, `name: value => bytes;`: one test each, and [`rows`], the same
/// vectors for `vectors/canonical.json`.
macro_rules! golden {
    ($($name:ident: $value:expr => $bytes:expr;)*) => {
        $(
            #[test]
            fn $name() {
                check(&$value, &$bytes);
            }
        )*

        /// The table's vectors, for `vectors/canonical.json`.
        pub fn rows() -> Vec<Row> {
            vec![$(Row::new(stringify!($name), &$value, Ok(Vec::from($bytes))),)*]
        }
    };
}

golden! {
    // --- structs: the fields in order, nothing between them -----------------------------------
    derive_unit_struct: Unit => [];
    derive_tuple_struct: Pair(1, 0x0203) => [0x01, 0x03, 0x02];
    derive_named_struct: Named { id: 0x0102_0304, name: "ab".into(), flag: true }
        => [0x04, 0x03, 0x02, 0x01, 0x02, b'a', b'b', 0x01];

    // --- enums: the declaration index as a LEB128 tag, then the fields -------------------------
    derive_enum_unit_variant: Shape::Empty => [0x00];
    derive_enum_tuple_variant: Shape::Circle(0x0102) => [0x01, 0x02, 0x01];
    derive_enum_struct_variant: Shape::Rect { w: 3, h: 4 } => [0x02, 0x03, 0x04];
    // 300 = 0b10_0101100: low seven bits 0x2c with the continuation bit, then 0x02.
    derive_pinned_tag_300: Pinned::Big => [0xac, 0x02];
    derive_tag_after_a_pinned_one: Pinned::Next => [0xad, 0x02];
    derive_pinned_tag_1: Pinned::One(-1) => [0x01, 0xff];
    // Rust discriminants do not set tags.
    derive_discriminant_10_is_tag_0: Discriminants::A => [0x00];
    derive_discriminant_20_is_tag_1: Discriminants::B => [0x01];
    derive_unit_enum_north: Direction::North => [0x00];
    derive_unit_enum_east: Direction::East => [0x01];
    derive_unit_enum_south: Direction::South => [0x02];
    derive_unit_enum_west: Direction::West => [0x03];
    derive_same_width_a: SameWidth::A(0x0102) => [0x00, 0x02, 0x01];
    derive_same_width_b: SameWidth::B(-2) => [0x01, 0xfe, 0xff];

    // --- skip: nothing written ---------------------------------------------------------------
    derive_skipped_field: cached() => [0x05, 0x00];
    derive_skipped_variant_field: SkipInVariant::V(9, 7) => [0x00, 0x07];

    // --- with: what the function writes ------------------------------------------------------
    derive_with_field: Magnitude { value: -3, unit: 'm' } => [0x03, 0, 0, 0, 0x6d, 0, 0, 0];
    derive_with_variant_field: Reading::Raw(-2) => [0x01, 0x02, 0, 0, 0];
    derive_with_enum_unit_variant: Reading::Missing => [0x00];
    derive_with_beside_a_type_parameter_s: NamesS { first: 9u8, value: -1 }
        => [0x09, 0x01, 0, 0, 0];
    derive_with_beside_a_type_named_s: HoldsS { value: 2, s: S(7) } => [0x02, 0, 0, 0, 0x07];

    // --- domain: a string before everything else ---------------------------------------------
    derive_domain_struct: DomainPoint { x: 7 }
        => [0x08, b'e', b'x', b'.', b'P', b'o', b'i', b'n', b't', 0x07];
    derive_domain_enum_unit_variant: DomainEnum::A => [0x04, b'e', b'x', b'.', b'E', 0x00];
    derive_domain_enum_variant: DomainEnum::B(7) => [0x04, b'e', b'x', b'.', b'E', 0x01, 0x07];

    // --- generic types: their arguments' encodings -------------------------------------------
    derive_generic_str: Wrapper { inner: "x", count: 2 } => [0x01, b'x', 0x02];
    derive_generic_u16: Wrapper { inner: 0x0102u16, count: 2 } => [0x02, 0x01, 0x02];
    derive_generic_enum_right: Either::<u8, String>::Right("hi".into())
        => [0x01, 0x02, b'h', b'i'];
    derive_generic_enum_left: Either::<u8, String>::Left(9) => [0x00, 0x09];
    derive_generic_enum_option_unit: Either::<Option<u8>, ()>::Left(Some(5))
        => [0x00, 0x01, 0x05];
    // Arrays carry no length (SPEC 3.6): the arity is in the type.
    derive_const_generic_array: Buffer { bytes: [1, 2, 3] } => [1, 2, 3];

    // --- evolving: the fields as a length-delimited block, trailing default added fields out --
    // Both added fields default: the block holds `id` and `name`, as before they existed.
    derive_evolving_added_defaults_left_out: account(None, 0)
        => acct(&[5, 0x02, 0x01, 2, b'a', b'b']);
    // The last added field is not its default: every added field is written, `email` too.
    derive_evolving_last_added_set: account(None, 3)
        => acct(&[7, 0x02, 0x01, 2, b'a', b'b', 0, 6]);
    // Only the first one: the trailing default `limit` is left out.
    derive_evolving_first_added_set: account(Some("x"), 0)
        => acct(&[8, 0x02, 0x01, 2, b'a', b'b', 1, 1, b'x']);
    // A block of 128 bytes or more has a two-byte length: 204 = 2 + 2 + 200.
    derive_evolving_long_block: long_account()
        => acct(&[&[0xcc, 0x01, 0, 0, 0xc8, 0x01][..], &[b'n'; 200]].concat());
    // Without added fields, the block's length is known: a fixed size.
    derive_evolving_fixed_size: Fixed(0x0102, true) => [3, 0x02, 0x01, 1];
    // An enum: the tag, then the block of the variant's fields (empty for a unit variant).
    derive_evolving_enum_unit_variant: Event::Ping => [0, 0];
    derive_evolving_enum_added_default: Event::Move { dx: -1, dy: 0 } => [5, 1, 0xff];
    derive_evolving_enum_added_set: Event::Move { dx: -1, dy: 2 } => [5, 2, 0xff, 2];
    // A generic added field: the derive bounds `Vec<T>` by `Default + PartialEq` itself.
    derive_evolving_generic_added_default: Grown { first: 7u8, more: vec![] } => [1, 7];
    derive_evolving_generic_added_set: Grown { first: 7u8, more: vec![8] } => [3, 7, 1, 8];
}
