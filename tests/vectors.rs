//! The language-neutral vector files `vectors/canonical.json` and `vectors/java.json`: every
//! golden vector of both encodings with a type description, the value as JSON, the bytes and
//! their SHA-256, rendered from the tables the golden tests check (`golden.rs`,
//! `derive_golden.rs`, `java.rs`).
//!
//! The notation is specified in `vectors/README.md`; [`Vector`] below is its implementation
//! for the Rust types the tables use. A test renders each file and compares it with the
//! checked-in one, so the files cannot drift from the tables; `BYTEREPR_BLESS=1` rewrites them.

use std::borrow::Cow;
use std::cell::Cell;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::ffi::{CStr, CString};
use std::fmt::Write as _;
use std::marker::PhantomData;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};
use std::num::{NonZero, Saturating, Wrapping};
use std::ops::{Range, RangeBounds as _, RangeInclusive};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::Digest as _;

// ---------------------------------------------------------------------------------------------
// A little JSON, written by hand: the tests crate needs no JSON library for it.

/// A JSON value; objects keep their keys in the order given.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A JSON number, already formatted.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    pub fn str(text: &str) -> Self {
        Self::String(text.to_owned())
    }

    pub fn number<T: ToString + ?Sized>(n: &T) -> Self {
        Self::Number(n.to_string())
    }

    /// `{"key": value}`.
    pub fn tagged(key: &'static str, value: Json) -> Self {
        Self::Object(vec![(key, value)])
    }

    /// Compact JSON: no whitespace but a space after `,` and `:`, characters below U+0020
    /// and U+007F escaped as `\u00XX`, everything else as UTF-8.
    pub fn render(&self, out: &mut String) {
        match self {
            Self::Null => out.push_str("null"),
            Self::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Self::Number(n) => out.push_str(n),
            Self::String(s) => escape(s, out),
            Self::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.render(out);
                }
                out.push(']');
            }
            Self::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    escape(key, out);
                    out.push_str(": ");
                    value.render(out);
                }
                out.push('}');
            }
        }
    }
}

fn escape(text: &str, out: &mut String) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 || c == '\u{7f}' => {
                write!(out, "\\u{:04x}", u32::from(c)).unwrap();
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        write!(s, "{b:02x}").unwrap();
        s
    })
}

// ---------------------------------------------------------------------------------------------
// The notation (vectors/README.md), for the Rust types of the tables

/// A type's description in the vector notation, and a value of it as JSON.
pub trait Vector {
    /// The type description: structural, so types with the same encoding share one.
    fn ty() -> Json;
    /// The value in the notation's JSON conventions.
    fn json(&self) -> Json;
    /// A sequence or array of these values: a JSON array, or a hex string for `u8`.
    fn json_items<'a>(items: impl Iterator<Item = &'a Self>) -> Json
    where
        Self: 'a + Sized,
    {
        Json::Array(items.map(Vector::json).collect())
    }
}

fn seq<T: Vector>() -> Json {
    Json::tagged("seq", T::ty())
}

fn tuple(items: Vec<Json>) -> Json {
    Json::tagged("tuple", Json::Array(items))
}

macro_rules! small_ints {
    ($($t:ty => $name:literal,)*) => {$(
        impl Vector for $t {
            fn ty() -> Json {
                Json::str($name)
            }
            fn json(&self) -> Json {
                Json::number(self)
            }
        }
    )*};
}

small_ints! {
    u16 => "u16", u32 => "u32", i8 => "i8", i16 => "i16", i32 => "i32",
}

impl Vector for u8 {
    fn ty() -> Json {
        Json::str("u8")
    }
    fn json(&self) -> Json {
        Json::number(self)
    }
    fn json_items<'a>(items: impl Iterator<Item = &'a Self>) -> Json {
        Json::String(hex(&items.copied().collect::<Vec<u8>>()))
    }
}

/// 64- and 128-bit integers as decimal strings: many JSON readers hold numbers in an `f64`.
macro_rules! wide_ints {
    ($($t:ty => $name:literal,)*) => {$(
        impl Vector for $t {
            fn ty() -> Json {
                Json::str($name)
            }
            fn json(&self) -> Json {
                Json::String(self.to_string())
            }
        }
    )*};
}

wide_ints! {
    u64 => "u64", u128 => "u128", i64 => "i64", i128 => "i128",
    usize => "u64", isize => "i64",
}

/// Floats as the hex of their IEEE 754 bits, so NaN payloads, infinities and -0.0 survive.
impl Vector for f32 {
    fn ty() -> Json {
        Json::str("f32")
    }
    fn json(&self) -> Json {
        Json::String(format!("{:08x}", self.to_bits()))
    }
}

impl Vector for f64 {
    fn ty() -> Json {
        Json::str("f64")
    }
    fn json(&self) -> Json {
        Json::String(format!("{:016x}", self.to_bits()))
    }
}

impl Vector for bool {
    fn ty() -> Json {
        Json::str("bool")
    }
    fn json(&self) -> Json {
        Json::Bool(*self)
    }
}

impl Vector for char {
    fn ty() -> Json {
        Json::str("char")
    }
    fn json(&self) -> Json {
        Json::String(self.to_string())
    }
}

/// Strings longer than this many chars are written as runs.
const LONG_STRING: usize = 256;

/// A string: a JSON string, or when long, `{"runs": [[piece, count], ...]}`, the pieces each
/// repeated `count` times, one run per stretch of one repeated char.
fn string_json(text: &str) -> Json {
    if text.chars().count() <= LONG_STRING {
        return Json::str(text);
    }
    let mut runs: Vec<(char, usize)> = Vec::new();
    for ch in text.chars() {
        match runs.last_mut() {
            Some((last, count)) if *last == ch => *count += 1,
            _ => runs.push((ch, 1)),
        }
    }
    let runs = runs
        .into_iter()
        .map(|(ch, count)| Json::Array(vec![Json::String(ch.to_string()), Json::number(&count)]))
        .collect();
    Json::tagged("runs", Json::Array(runs))
}

impl Vector for str {
    fn ty() -> Json {
        Json::str("string")
    }
    fn json(&self) -> Json {
        string_json(self)
    }
}

impl Vector for String {
    fn ty() -> Json {
        str::ty()
    }
    fn json(&self) -> Json {
        string_json(self)
    }
}

impl<T: Vector> Vector for [T] {
    fn ty() -> Json {
        seq::<T>()
    }
    fn json(&self) -> Json {
        T::json_items(self.iter())
    }
}

impl<T: Vector, const N: usize> Vector for [T; N] {
    fn ty() -> Json {
        Json::tagged("array", Json::Array(vec![T::ty(), Json::number(&N)]))
    }
    fn json(&self) -> Json {
        T::json_items(self.iter())
    }
}

/// Sequences that encode as the slice of their items in iteration order.
macro_rules! sequences {
    ($($t:ident),*) => {$(
        impl<T: Vector> Vector for $t<T> {
            fn ty() -> Json {
                seq::<T>()
            }
            fn json(&self) -> Json {
                T::json_items(self.iter())
            }
        }
    )*};
}

sequences!(Vec, VecDeque, LinkedList, BTreeSet);

/// A heap encodes its items in ascending order: the file lists them so.
impl<T: Vector + Ord> Vector for BinaryHeap<T> {
    fn ty() -> Json {
        seq::<T>()
    }
    fn json(&self) -> Json {
        let mut items: Vec<&T> = self.iter().collect();
        items.sort();
        T::json_items(items.into_iter())
    }
}

/// Ordered maps encode as the sequence of their `(key, value)` pairs in key order.
impl<K: Vector, V: Vector> Vector for BTreeMap<K, V> {
    fn ty() -> Json {
        Json::tagged("seq", tuple(vec![K::ty(), V::ty()]))
    }
    fn json(&self) -> Json {
        Json::Array(
            self.iter()
                .map(|(k, v)| Json::Array(vec![k.json(), v.json()]))
                .collect(),
        )
    }
}

/// Lists items by descending canonical bytes, the reverse of the encoding's order, so a port
/// that writes them as listed, unsorted, fails.
fn unordered<'a, T: byterepr::ByteRepr + 'a>(
    items: impl Iterator<Item = &'a T>,
    json: impl Fn(&T) -> Json,
) -> Json {
    let mut items: Vec<(Vec<u8>, Json)> = items
        .map(|item| (byterepr::to_vec(item), json(item)))
        .collect();
    items.sort_by(|a, b| b.0.cmp(&a.0));
    Json::Array(items.into_iter().map(|(_, json)| json).collect())
}

impl<K, V, S> Vector for HashMap<K, V, S>
where
    K: Vector + byterepr::ByteRepr,
    V: Vector + byterepr::ByteRepr,
{
    fn ty() -> Json {
        Json::tagged("map", Json::Array(vec![K::ty(), V::ty()]))
    }
    fn json(&self) -> Json {
        let entries: Vec<(&K, &V)> = self.iter().collect();
        unordered(entries.iter(), |(k, v)| {
            Json::Array(vec![k.json(), v.json()])
        })
    }
}

impl<T: Vector + byterepr::ByteRepr, S> Vector for HashSet<T, S> {
    fn ty() -> Json {
        Json::tagged("set", T::ty())
    }
    fn json(&self) -> Json {
        unordered(self.iter(), Vector::json)
    }
}

impl<T: Vector> Vector for Option<T> {
    fn ty() -> Json {
        Json::tagged("option", T::ty())
    }
    fn json(&self) -> Json {
        self.as_ref()
            .map_or(Json::Null, |value| Json::tagged("some", value.json()))
    }
}

impl<T: Vector, E: Vector> Vector for Result<T, E> {
    fn ty() -> Json {
        Json::tagged("result", Json::Array(vec![T::ty(), E::ty()]))
    }
    fn json(&self) -> Json {
        match self {
            Ok(value) => Json::tagged("ok", value.json()),
            Err(error) => Json::tagged("err", error.json()),
        }
    }
}

macro_rules! tuples {
    ($(($($t:ident $i:tt),*),)*) => {$(
        impl<$($t: Vector),*> Vector for ($($t,)*) {
            fn ty() -> Json {
                tuple(vec![$($t::ty()),*])
            }
            fn json(&self) -> Json {
                Json::Array(vec![$(self.$i.json()),*])
            }
        }
    )*};
}

tuples! {
    (),
    (A 0),
    (A 0, B 1),
    (A 0, B 1, C 2),
    (A 0, B 1, C 2, D 3),
    (A 0, B 1, C 2, D 3, E 4),
    (A 0, B 1, C 2, D 3, E 4, F 5),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14),
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15),
}

impl<T: ?Sized> Vector for PhantomData<T> {
    fn ty() -> Json {
        <()>::ty()
    }
    fn json(&self) -> Json {
        ().json()
    }
}

/// Wrappers that encode as the value they hold: described as that value's type.
macro_rules! transparent {
    ($($t:ty, |$v:ident| $inner:expr;)*) => {$(
        impl<T: Vector + ?Sized> Vector for $t {
            fn ty() -> Json {
                T::ty()
            }
            fn json(&self) -> Json {
                let $v = self;
                T::json($inner)
            }
        }
    )*};
}

transparent! {
    &T, |v| *v;
    &mut T, |v| *v;
    Box<T>, |v| v;
    Rc<T>, |v| v;
    Arc<T>, |v| v;
}

impl<T: Vector + ToOwned + ?Sized> Vector for Cow<'_, T> {
    fn ty() -> Json {
        T::ty()
    }
    fn json(&self) -> Json {
        T::json(self)
    }
}

impl<T: Vector + Copy> Vector for Cell<T> {
    fn ty() -> Json {
        T::ty()
    }
    fn json(&self) -> Json {
        self.get().json()
    }
}

/// Newtypes described as the type they hold; a sequence of them is one of that type, so its
/// items are listed as that type's are (a hex string for `u8`).
macro_rules! newtypes {
    ($($t:ident),*) => {$(
        impl<T: Vector> Vector for $t<T> {
            fn ty() -> Json {
                T::ty()
            }
            fn json(&self) -> Json {
                self.0.json()
            }
            fn json_items<'a>(items: impl Iterator<Item = &'a Self>) -> Json
            where
                Self: 'a,
            {
                T::json_items(items.map(|item| &item.0))
            }
        }
    )*};
}

newtypes!(Wrapping, Saturating, Reverse);

macro_rules! non_zero {
    ($($t:ty),*) => {$(
        impl Vector for NonZero<$t> {
            fn ty() -> Json {
                <$t>::ty()
            }
            fn json(&self) -> Json {
                self.get().json()
            }
            fn json_items<'a>(items: impl Iterator<Item = &'a Self>) -> Json {
                let values: Vec<$t> = items.map(|item| item.get()).collect();
                <$t>::json_items(values.iter())
            }
        }
    )*};
}

non_zero!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);

/// A C string encodes as the `[u8]` of its bytes without the NUL.
impl Vector for CStr {
    fn ty() -> Json {
        <[u8]>::ty()
    }
    fn json(&self) -> Json {
        self.to_bytes().json()
    }
}

impl Vector for CString {
    fn ty() -> Json {
        CStr::ty()
    }
    fn json(&self) -> Json {
        self.as_c_str().json()
    }
}

impl Vector for Duration {
    fn ty() -> Json {
        <(u64, u32)>::ty()
    }
    fn json(&self) -> Json {
        (self.as_secs(), self.subsec_nanos()).json()
    }
}

/// An enum type: its variants as `[name, tag, type]`.
fn enumeration(variants: &[(&str, u32, Json)]) -> Json {
    Json::tagged(
        "enum",
        Json::Array(
            variants
                .iter()
                .map(|(name, tag, ty)| {
                    Json::Array(vec![Json::str(name), Json::number(tag), ty.clone()])
                })
                .collect(),
        ),
    )
}

/// A value of an enum type: `{"Variant": payload}`.
fn variant(name: &str, payload: Json) -> Json {
    Json::Object(vec![(leak(name), payload)])
}

/// Object keys are `&'static str`; the few variant names are leaked once per render.
fn leak(name: &str) -> &'static str {
    Box::leak(name.to_owned().into_boxed_str())
}

impl Vector for SystemTime {
    fn ty() -> Json {
        enumeration(&[
            ("SinceEpoch", 0, Duration::ty()),
            ("BeforeEpoch", 1, Duration::ty()),
        ])
    }
    fn json(&self) -> Json {
        match self.duration_since(UNIX_EPOCH) {
            Ok(after) => variant("SinceEpoch", after.json()),
            Err(before) => variant("BeforeEpoch", before.duration().json()),
        }
    }
}

impl Vector for Ipv4Addr {
    fn ty() -> Json {
        <[u8; 4]>::ty()
    }
    fn json(&self) -> Json {
        self.octets().json()
    }
}

impl Vector for Ipv6Addr {
    fn ty() -> Json {
        <[u8; 16]>::ty()
    }
    fn json(&self) -> Json {
        self.octets().json()
    }
}

impl Vector for IpAddr {
    fn ty() -> Json {
        enumeration(&[("V4", 0, Ipv4Addr::ty()), ("V6", 1, Ipv6Addr::ty())])
    }
    fn json(&self) -> Json {
        match self {
            Self::V4(ip) => variant("V4", ip.json()),
            Self::V6(ip) => variant("V6", ip.json()),
        }
    }
}

impl Vector for SocketAddrV4 {
    fn ty() -> Json {
        <(Ipv4Addr, u16)>::ty()
    }
    fn json(&self) -> Json {
        (*self.ip(), self.port()).json()
    }
}

impl Vector for SocketAddrV6 {
    fn ty() -> Json {
        <(Ipv6Addr, u16, u32, u32)>::ty()
    }
    fn json(&self) -> Json {
        (*self.ip(), self.port(), self.flowinfo(), self.scope_id()).json()
    }
}

impl Vector for SocketAddr {
    fn ty() -> Json {
        enumeration(&[("V4", 0, SocketAddrV4::ty()), ("V6", 1, SocketAddrV6::ty())])
    }
    fn json(&self) -> Json {
        match self {
            Self::V4(addr) => variant("V4", addr.json()),
            Self::V6(addr) => variant("V6", addr.json()),
        }
    }
}

impl<T: Vector> Vector for Range<T> {
    fn ty() -> Json {
        tuple(vec![T::ty(), T::ty()])
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.start.json(), self.end.json()])
    }
}

/// The bounds, then whether the range is exhausted (format 2).
impl<T: Vector> Vector for RangeInclusive<T> {
    fn ty() -> Json {
        tuple(vec![T::ty(), T::ty(), bool::ty()])
    }
    fn json(&self) -> Json {
        let is_exhausted = matches!(self.end_bound(), std::ops::Bound::Excluded(_));
        Json::Array(vec![
            self.start().json(),
            self.end().json(),
            Json::Bool(is_exhausted),
        ])
    }
}

// ---------------------------------------------------------------------------------------------
// Derived types (SPEC 3.14, 3.15): the helpers the derive tables' impls are written with

/// A struct, or the fields of an enum variant: `{"struct": [[name, type], ...]}`, the written
/// fields in order (skipped fields are left out; a tuple struct's are named `"0"`, `"1"`...).
/// Its value is the array of the fields' values.
pub fn structure(fields: Vec<Json>) -> Json {
    Json::tagged("struct", Json::Array(fields))
}

/// `[name, type]` of a field of type `T`.
pub fn field<T: Vector + ?Sized>(name: &str) -> Json {
    Json::Array(vec![Json::str(name), T::ty()])
}

/// `[name, type]` of the field an accessor reads, so a struct's description cannot name a
/// type other than its field's.
pub fn field_of<S, T: Vector + ?Sized>(name: &str, _: impl Fn(&S) -> &T) -> Json {
    field::<T>(name)
}

/// `[name, type, default]` of an added field of an evolving type: its type's `Default`, in
/// the value notation, which a port compares the value with.
pub fn added<T: Vector + Default>(name: &str) -> Json {
    Json::Array(vec![Json::str(name), T::ty(), T::default().json()])
}

/// An evolving struct or variant (SPEC 3.15): `{"evolving": {"fields": [[name, type], ...],
/// "added": [[name, type, default], ...]}}`. Its value is the array of all the fields'
/// values, the added ones included, defaults or not.
pub fn evolving(fields: Vec<Json>, added: Vec<Json>) -> Json {
    Json::tagged(
        "evolving",
        Json::Object(vec![
            ("fields", Json::Array(fields)),
            ("added", Json::Array(added)),
        ]),
    )
}

/// `{"domain": [name, type]}`: the string `name`, then the value of `type` (SPEC 3.14). The
/// value is the inner type's.
pub fn domain(name: &str, inner: Json) -> Json {
    Json::tagged("domain", Json::Array(vec![Json::str(name), inner]))
}

/// An enum of derived variants: `enumeration` of `[name, tag, payload type]`.
pub fn derived_enum(variants: &[(&str, u32, Json)]) -> Json {
    enumeration(variants)
}

/// A value of a derived enum: `{"Variant": [field values...]}`.
pub fn derived_variant(name: &str, fields: Vec<Json>) -> Json {
    variant(name, Json::Array(fields))
}

/// [`Vector`] for a derived struct, `Type { field, ... }` listing the fields it writes (named
/// or tuple indices), with their types read from the struct itself.
macro_rules! vector_struct {
    ($t:ty { $($field:tt),* $(,)? }) => {
        impl $crate::vectors::Vector for $t {
            fn ty() -> $crate::vectors::Json {
                $crate::vectors::structure(vec![
                    $($crate::vectors::field_of(stringify!($field), |s: &$t| &s.$field)),*
                ])
            }
            fn json(&self) -> $crate::vectors::Json {
                $crate::vectors::Json::Array(vec![
                    $($crate::vectors::Vector::json(&self.$field)),*
                ])
            }
        }
    };
}
pub(crate) use vector_struct;

// ---------------------------------------------------------------------------------------------
// Rows and files

/// One vector: a value of a table, described in the notation, with its expected bytes.
pub struct Row {
    pub name: &'static str,
    pub ty: Json,
    pub value: Json,
    /// The bytes, or `Err(reason)` when the encoding refuses the value.
    pub bytes: Result<Vec<u8>, String>,
}

impl Row {
    pub fn new<T: Vector + ?Sized>(
        name: &'static str,
        value: &T,
        bytes: Result<Vec<u8>, String>,
    ) -> Self {
        Self {
            name,
            ty: T::ty(),
            value: value.json(),
            bytes,
        }
    }
}

/// Encodings longer than this many bytes are given by length and SHA-256 only.
const LONG_BYTES: usize = 4096;

/// The text of a vector file: a header, then one vector per line.
pub fn render(encoding: &str, rows: &[Row]) -> String {
    let mut out = String::new();
    out.push_str("{\n");
    writeln!(out, "  \"encoding\": \"{encoding}\",").unwrap();
    writeln!(out, "  \"format_version\": {},", format_version()).unwrap();
    out.push_str("  \"notation\": \"vectors/README.md\",\n");
    out.push_str("  \"vectors\": [\n");
    for (i, row) in rows.iter().enumerate() {
        let mut fields = vec![
            ("name", Json::str(row.name)),
            ("type", row.ty.clone()),
            ("value", row.value.clone()),
        ];
        match &row.bytes {
            Ok(bytes) => {
                fields.push(("len", Json::number(&bytes.len())));
                if bytes.len() <= LONG_BYTES {
                    fields.push(("hex", Json::String(hex(bytes))));
                }
                fields.push(("sha256", Json::String(hex(&sha2::Sha256::digest(bytes)))));
            }
            Err(reason) => fields.push(("error", Json::str(reason))),
        }
        out.push_str("    ");
        Json::Object(fields).render(&mut out);
        out.push_str(if i + 1 < rows.len() { ",\n" } else { "\n" });
    }
    out.push_str("  ]\n}\n");
    out
}

/// The format version the crate declares; `spec_states_the_crate_format_version` ties it
/// to SPEC.md.
pub fn format_version() -> u32 {
    byterepr::FORMAT_VERSION
}

#[test]
fn spec_states_the_crate_format_version() {
    let spec = std::fs::read_to_string(repo().join("SPEC.md")).expect("read SPEC.md");
    let title = spec.lines().next().unwrap_or_default();
    assert_eq!(
        title,
        format!(
            "# The byterepr canonical encoding, version {}",
            byterepr::FORMAT_VERSION
        )
    );
    assert!(spec.contains(&format!(
        "This is format version {}.",
        byterepr::FORMAT_VERSION
    )));
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Compares `vectors/<file>` with `rendered`, or rewrites it under `BYTEREPR_BLESS=1`.
pub fn check_file(file: &str, rendered: &str) {
    let path = repo().join("vectors").join(file);
    if std::env::var_os("BYTEREPR_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, rendered).expect("write the vector file");
        return;
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    if on_disk != rendered {
        let line = on_disk
            .lines()
            .zip(rendered.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| on_disk.lines().count().min(rendered.lines().count()));
        panic!(
            "vectors/{file} is stale (first difference on line {}): run \
             `BYTEREPR_BLESS=1 cargo test -p byterepr-tests vectors` and commit the file",
            line + 1
        );
    }
}

#[test]
fn json_strings_escape_what_json_requires() {
    let mut out = String::new();
    Json::str("a\"\\\n\0\u{7f}é😀").render(&mut out);
    assert_eq!(out, r#""a\"\\\n\u0000\u007fé😀""#);
}

#[test]
fn values_follow_the_notation() {
    let render = |json: Json| {
        let mut out = String::new();
        json.render(&mut out);
        out
    };
    assert_eq!(render(vec![1u8, 255].json()), r#""01ff""#);
    assert_eq!(render(vec![1u16, 255].json()), "[1, 255]");
    assert_eq!(render(u64::MAX.json()), r#""18446744073709551615""#);
    assert_eq!(render((-0.0f32).json()), r#""80000000""#);
    assert_eq!(render(Some(None::<u8>).json()), r#"{"some": null}"#);
    assert_eq!(
        render(<Option<Option<u8>>>::ty()),
        r#"{"option": {"option": "u8"}}"#
    );
    assert_eq!(
        render("a".repeat(256).json()),
        format!("\"{}\"", "a".repeat(256))
    );
    assert_eq!(
        render(("a".repeat(300) + "€\0").json()),
        r#"{"runs": [["a", 300], ["€", 1], ["\u0000", 1]]}"#
    );
    assert_eq!(
        render(HashSet::from(["a", "ab", "b"]).json()),
        r#"["ab", "b", "a"]"#,
        "descending by bytes: 02 61 62 > 01 62 > 01 61"
    );
}

// ---------------------------------------------------------------------------------------------
// A port of the canonical encoding driven by the notation, as vectors/README.md tells one to
// write: `golden.rs` runs it over every row of `canonical.json`, so a description or value that
// does not say how its bytes come about fails there (the Java helper does the same for
// `java.json` in `VectorCheck`).

fn leb128(mut n: u128, out: &mut Vec<u8>) {
    loop {
        let byte = u8::try_from(n & 0x7f).unwrap();
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn as_str(json: &Json) -> &str {
    match json {
        Json::String(s) | Json::Number(s) => s,
        other => panic!("not a string or number: {other:?}"),
    }
}

fn as_array(json: &Json) -> &[Json] {
    match json {
        Json::Array(items) => items,
        other => panic!("not an array: {other:?}"),
    }
}

/// The only entry of a one-key object.
fn single(json: &Json) -> (&str, &Json) {
    match json {
        Json::Object(fields) if fields.len() == 1 => (fields[0].0, &fields[0].1),
        other => panic!("not a one-key object: {other:?}"),
    }
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

fn string_value(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        runs => as_array(single(runs).1)
            .iter()
            .map(|run| as_str(&as_array(run)[0]).repeat(as_str(&as_array(run)[1]).parse().unwrap()))
            .collect(),
    }
}

/// Encodes `value` of the scalar type `name` canonically.
fn encode_scalar(name: &str, value: &Json, out: &mut Vec<u8>) {
    let number = || as_str(value);
    match name {
        "bool" => out.push(u8::from(*value == Json::Bool(true))),
        "u8" => out.push(number().parse().unwrap()),
        "i8" => out.extend(number().parse::<i8>().unwrap().to_le_bytes()),
        "u16" => out.extend(number().parse::<u16>().unwrap().to_le_bytes()),
        "i16" => out.extend(number().parse::<i16>().unwrap().to_le_bytes()),
        "u32" => out.extend(number().parse::<u32>().unwrap().to_le_bytes()),
        "i32" => out.extend(number().parse::<i32>().unwrap().to_le_bytes()),
        "u64" => out.extend(number().parse::<u64>().unwrap().to_le_bytes()),
        "i64" => out.extend(number().parse::<i64>().unwrap().to_le_bytes()),
        "u128" => out.extend(number().parse::<u128>().unwrap().to_le_bytes()),
        "i128" => out.extend(number().parse::<i128>().unwrap().to_le_bytes()),
        // Every NaN as the canonical one (SPEC 3.3); the value keeps its payload.
        "f32" => {
            let x = f32::from_bits(u32::from_str_radix(number(), 16).unwrap());
            let bits = if x.is_nan() { 0x7fc0_0000 } else { x.to_bits() };
            out.extend(bits.to_le_bytes());
        }
        "f64" => {
            let x = f64::from_bits(u64::from_str_radix(number(), 16).unwrap());
            let bits = if x.is_nan() {
                0x7ff8_0000_0000_0000
            } else {
                x.to_bits()
            };
            out.extend(bits.to_le_bytes());
        }
        "char" => {
            let mut chars = number().chars();
            let ch = chars.next().expect("one char");
            assert_eq!(chars.next(), None, "one char");
            out.extend(u32::from(ch).to_le_bytes());
        }
        "string" => {
            let text = string_value(value);
            leb128(text.len() as u128, out);
            out.extend(text.as_bytes());
        }
        other => panic!("unknown type {other}"),
    }
}

/// Encodes `value` of the described type canonically.
pub fn encode_described(ty: &Json, value: &Json, out: &mut Vec<u8>) {
    if let Json::String(name) = ty {
        encode_scalar(name, value, out);
        return;
    }
    let (kind, arg) = single(ty);
    match kind {
        "seq" | "array" => {
            let (item, len) = match kind {
                "seq" => (arg, None),
                _ => (&as_array(arg)[0], Some(as_str(&as_array(arg)[1]))),
            };
            let items: Vec<Vec<u8>> = if *item == Json::str("u8") {
                unhex(as_str(value)).into_iter().map(|b| vec![b]).collect()
            } else {
                as_array(value).iter().map(|v| encoded(item, v)).collect()
            };
            match len {
                None => leb128(items.len() as u128, out),
                Some(len) => assert_eq!(len, items.len().to_string(), "array length"),
            }
            out.extend(items.concat());
        }
        "tuple" => {
            for (part, v) in as_array(arg).iter().zip(as_array(value)) {
                encode_described(part, v, out);
            }
        }
        "struct" => write_fields(as_array(arg), as_array(value), out),
        "option" => match value {
            Json::Null => out.push(0),
            some => {
                out.push(1);
                encode_described(arg, single(some).1, out);
            }
        },
        "result" => {
            let (which, v) = single(value);
            let (tag, ty) = match which {
                "ok" => (0, &as_array(arg)[0]),
                _ => (1, &as_array(arg)[1]),
            };
            out.push(tag);
            encode_described(ty, v, out);
        }
        "enum" => {
            let (name, payload) = single(value);
            let variant = as_array(arg)
                .iter()
                .map(as_array)
                .find(|v| as_str(&v[0]) == name)
                .expect("a variant of the type");
            leb128(as_str(&variant[1]).parse().unwrap(), out);
            encode_described(&variant[2], payload, out);
        }
        "domain" => {
            encode_described(&Json::str("string"), &as_array(arg)[0], out);
            encode_described(&as_array(arg)[1], value, out);
        }
        "evolving" => {
            let Json::Object(parts) = arg else {
                panic!("not an evolving description: {arg:?}")
            };
            let fields = as_array(&parts[0].1);
            let added = as_array(&parts[1].1);
            let values = as_array(value);
            let p = (0..added.len())
                .rev()
                .find(|&i| {
                    let field = as_array(&added[i]);
                    !same_value(&field[1], &values[fields.len() + i], &field[2])
                })
                .map_or(0, |i| i + 1);
            let mut block = Vec::new();
            write_fields(fields, values, &mut block);
            write_fields(&added[..p], &values[fields.len()..], &mut block);
            leb128(block.len() as u128, out);
            out.extend(block);
        }
        "map" | "set" => {
            let mut entries: Vec<Vec<u8>> = as_array(value)
                .iter()
                .map(|entry| match kind {
                    "map" => {
                        let (k, v) = (&as_array(entry)[0], &as_array(entry)[1]);
                        [encoded(&as_array(arg)[0], k), encoded(&as_array(arg)[1], v)].concat()
                    }
                    _ => encoded(arg, entry),
                })
                .collect();
            entries.sort();
            leb128(entries.len() as u128, out);
            out.extend(entries.concat());
        }
        other => panic!("unknown type {other}"),
    }
}

fn encoded(ty: &Json, value: &Json) -> Vec<u8> {
    let mut out = Vec::new();
    encode_described(ty, value, &mut out);
    out
}

/// `[name, type, ...]` fields, with the first of `values` each.
fn write_fields(fields: &[Json], values: &[Json], out: &mut Vec<u8>) {
    for (field, v) in fields.iter().zip(values) {
        encode_described(&as_array(field)[1], v, out);
    }
}

/// Whether an added field's value equals its default, as vectors/README.md says.
fn same_value(ty: &Json, value: &Json, default: &Json) -> bool {
    let parts: Vec<Json> = match ty {
        Json::String(name) if name == "f32" || name == "f64" => {
            let float = |json: &Json| {
                let bits = u64::from_str_radix(as_str(json), 16).unwrap();
                if name == "f32" {
                    f64::from(f32::from_bits(u32::try_from(bits).unwrap()))
                } else {
                    f64::from_bits(bits)
                }
            };
            #[expect(
                clippy::float_cmp,
                reason = "PartialEq of floats is what the rule says"
            )]
            return float(value) == float(default);
        }
        Json::Object(_) => match single(ty) {
            ("tuple", parts) => as_array(parts).to_vec(),
            ("struct", fields) => as_array(fields)
                .iter()
                .map(|f| as_array(f)[1].clone())
                .collect(),
            ("array", arg) if as_array(arg)[0] != Json::str("u8") => {
                let len = as_str(&as_array(arg)[1]).parse().unwrap();
                vec![as_array(arg)[0].clone(); len]
            }
            _ => return value == default,
        },
        _ => return value == default,
    };
    parts
        .iter()
        .zip(as_array(value).iter().zip(as_array(default)))
        .all(|(part, (v, d))| same_value(part, v, d))
}

#[test]
fn added_fields_compare_with_their_default_as_partial_eq_does() {
    let f64_ty = f64::ty();
    assert!(same_value(&f64_ty, &(-0.0f64).json(), &0.0f64.json()));
    assert!(!same_value(&f64_ty, &f64::NAN.json(), &f64::NAN.json()));
    let pair = <(f32, u8)>::ty();
    assert!(same_value(
        &pair,
        &(-0.0f32, 0u8).json(),
        &(0.0f32, 0u8).json()
    ));
    assert!(!same_value(
        &pair,
        &(0.0f32, 1u8).json(),
        &(0.0f32, 0u8).json()
    ));
    assert!(!same_value(
        &<Option<u8>>::ty(),
        &Some(0u8).json(),
        &None::<u8>.json()
    ));
}
