//! The schemas of this crate's own impls (`ByteRepr::SCHEMA`, SPEC.md section 3): each std
//! and foreign type describes the bytes its `write_to` writes, transparent wrappers have
//! the schema of what they wrap, derived types reach the std schemas through their fields,
//! and no std or foreign impl is left `Opaque`.

use std::borrow::Cow;
use std::cell::Cell;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::ffi::{CStr, CString};
use std::marker::PhantomData;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};
use std::num::{NonZero, Saturating, Wrapping};
use std::ops::{Range, RangeInclusive};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use byterepr::schema::{FieldKind, Scalar, Schema, SchemaFn, Shape};
use byterepr::{ByteRepr, DynByteRepr};

/// How deep [`render`] follows parts before it writes a type's name instead (recursive types
/// have infinite renderings).
const DEPTH: usize = 4;

/// A schema as text, type names left out (they are not part of the bytes), so that two
/// types with the same bytes render alike: `[u8]`, `(u8, str)`, `{secs: u64, nanos: u32}`,
/// `0 V4(...) | 1 V6(...)`, `custom uuid::Uuid v1`.
fn render(schema: &Schema) -> String {
    render_at(schema, DEPTH)
}

fn render_at(schema: &Schema, depth: usize) -> String {
    if depth == 0 {
        return format!("<{}>", schema.name());
    }
    let part = |f: SchemaFn| render_at(f(), depth - 1);
    let fields = |fields: &[byterepr::schema::Field]| {
        fields
            .iter()
            .map(|field| match field.kind {
                FieldKind::Encoded(f) => format!("{}: {}", field.name, part(f)),
                other => format!("{}: {other:?}", field.name),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match schema.shape {
        Shape::Scalar(scalar) => scalar.name().to_owned(),
        Shape::Str => "str".to_owned(),
        Shape::Seq(item) => format!("[{}]", part(item)),
        Shape::Array { len, item } => format!("[{}; {len}]", part(item)),
        Shape::Tuple(items) => {
            let items: Vec<String> = items.iter().map(|&item| part(item)).collect();
            format!("({})", items.join(", "))
        }
        Shape::OptionOf(item) => format!("Option<{}>", part(item)),
        Shape::ResultOf { ok, err } => format!("Result<{}, {}>", part(ok), part(err)),
        Shape::Map { key, value, order } => {
            format!("map<{}, {}> {order:?}", part(key), part(value))
        }
        Shape::Set { item, order } => format!("set<{}> {order:?}", part(item)),
        Shape::Struct(s) => {
            assert!(s.domain.is_none() && !s.evolving, "{}", schema.name());
            format!("{{{}}}", fields(s.fields))
        }
        Shape::Enum(e) => {
            assert!(e.domain.is_none() && !e.evolving, "{}", schema.name());
            let variants: Vec<String> = e
                .variants
                .iter()
                .map(|v| format!("{} {}({})", v.tag, v.name, fields(v.fields)))
                .collect();
            variants.join(" | ")
        }
        Shape::Custom(custom) => format!("custom {} v{}", custom.name, custom.version),
        Shape::Opaque => format!("opaque {}", schema.name()),
        other => panic!("a shape this test does not know: {other:?}"),
    }
}

fn render_of<T: ByteRepr + ?Sized>() -> String {
    render(T::SCHEMA)
}

/// Every schema reachable from `schema` (each type once, by name) is described: none is
/// `Opaque`, and every field is written by its type's impl or skipped.
fn assert_described(schema: &'static Schema) {
    let mut seen = HashSet::new();
    let mut todo = vec![schema];
    while let Some(schema) = todo.pop() {
        if !seen.insert(schema.name()) {
            continue;
        }
        let push_fields = |todo: &mut Vec<&'static Schema>, fields: &[byterepr::schema::Field]| {
            for field in fields {
                match field.kind {
                    FieldKind::Encoded(f) => todo.push(f()),
                    FieldKind::Skipped => {}
                    other => panic!("{}: field {} is {other:?}", schema.name(), field.name),
                }
            }
        };
        match schema.shape {
            Shape::Scalar(_) | Shape::Str | Shape::Custom(_) => {}
            Shape::Seq(item)
            | Shape::Array { item, .. }
            | Shape::OptionOf(item)
            | Shape::Set { item, .. } => todo.push(item()),
            Shape::Tuple(items) => todo.extend(items.iter().map(|item| item())),
            Shape::ResultOf { ok: a, err: b }
            | Shape::Map {
                key: a, value: b, ..
            } => todo.extend([a(), b()]),
            Shape::Struct(s) => push_fields(&mut todo, s.fields),
            Shape::Enum(e) => {
                for variant in e.variants {
                    push_fields(&mut todo, variant.fields);
                }
            }
            Shape::Opaque => panic!("{} is Opaque", schema.name()),
            other => panic!("a shape this test does not know: {other:?}"),
        }
    }
}

/// [`assert_described`] for each type, and the schema's fixed size, where it has one, is
/// the impl's `ENCODED_SIZE`: the schema and the impl agree on the bytes' length.
macro_rules! assert_all_described {
    ($($ty:ty),* $(,)?) => {$(
        assert_described(<$ty as ByteRepr>::SCHEMA);
        if let Some(size) = fixed_size(<$ty as ByteRepr>::SCHEMA) {
            assert_eq!(
                Some(size),
                <$ty as ByteRepr>::ENCODED_SIZE,
                "{}: the schema's size is not ENCODED_SIZE",
                stringify!($ty),
            );
        }
    )*};
}

/// The sum of `parts`, if each has a size.
fn all(mut parts: impl Iterator<Item = Option<usize>>) -> Option<usize> {
    parts.try_fold(0usize, |total, part| Some(total + part?))
}

/// The number of bytes every value of a schema writes, when the schema alone says so within
/// [`DEPTH`] levels of parts (a recursive type has no fixed size).
fn fixed_size(schema: &Schema) -> Option<usize> {
    fixed_size_at(schema, DEPTH)
}

fn fixed_size_at(schema: &Schema, depth: usize) -> Option<usize> {
    let depth = depth.checked_sub(1)?;
    let fixed_size = |schema: &Schema| fixed_size_at(schema, depth);
    let fields = |fields: &[byterepr::schema::Field]| {
        all(fields.iter().map(|field| match field.kind {
            FieldKind::Encoded(f) => fixed_size(f()),
            _ => None,
        }))
    };
    match schema.shape {
        Shape::Scalar(scalar) => Some(match scalar {
            Scalar::Unit => 0,
            Scalar::U8 | Scalar::I8 | Scalar::Bool => 1,
            Scalar::U16 | Scalar::I16 => 2,
            Scalar::U32 | Scalar::I32 | Scalar::F32 | Scalar::Char => 4,
            Scalar::U64 | Scalar::I64 | Scalar::F64 => 8,
            Scalar::U128 | Scalar::I128 => 16,
            _ => return None,
        }),
        Shape::Array { len, item } => Some(fixed_size(item())? * len),
        Shape::Tuple(items) => all(items.iter().map(|item| fixed_size(item()))),
        Shape::Struct(s) if s.domain.is_none() && !s.evolving => fields(s.fields),
        Shape::Enum(e) if e.domain.is_none() && !e.evolving => {
            // Tags below 128 are one LEB128 byte; every variant must be the same size.
            let sizes: Vec<Option<usize>> = e
                .variants
                .iter()
                .map(|v| {
                    if v.tag < 128 {
                        Some(1 + fields(v.fields)?)
                    } else {
                        None
                    }
                })
                .collect();
            let first = *sizes.first()?;
            sizes.iter().all(|&size| size == first).then_some(first)?
        }
        _ => None,
    }
}

#[test]
fn scalars_are_the_scalar_they_write() {
    assert_eq!(render_of::<u8>(), "u8");
    assert_eq!(render_of::<i128>(), "i128");
    assert_eq!(render_of::<f32>(), "f32");
    assert_eq!(render_of::<bool>(), "bool");
    assert_eq!(render_of::<char>(), "char");
    assert_eq!(render_of::<()>(), "()");
    assert_eq!(render_of::<PhantomData<String>>(), "()");
    // `usize` and `isize` write the bytes of a `u64` and an `i64`.
    assert!(matches!(usize::SCHEMA.shape, Shape::Scalar(Scalar::U64)));
    assert!(matches!(isize::SCHEMA.shape, Shape::Scalar(Scalar::I64)));
    assert_eq!(usize::SCHEMA.name(), "usize");
}

#[test]
fn text_sequences_tuples_options() {
    assert!(matches!(str::SCHEMA.shape, Shape::Str));
    assert!(matches!(String::SCHEMA.shape, Shape::Str));
    assert!(matches!(
        Vec::<u8>::SCHEMA.shape,
        Shape::Seq(f) if matches!(f().shape, Shape::Scalar(Scalar::U8))
    ));
    assert_eq!(render_of::<CStr>(), "[u8]");
    assert_eq!(render_of::<CString>(), "[u8]");
    assert_eq!(render_of::<[u16]>(), "[u16]");
    assert_eq!(render_of::<VecDeque<String>>(), "[str]");
    assert_eq!(render_of::<LinkedList<char>>(), "[char]");
    assert_eq!(render_of::<BinaryHeap<u32>>(), "[u32]");
    assert_eq!(render_of::<Vec<Vec<u8>>>(), "[[u8]]");
    assert_eq!(render_of::<[u32; 3]>(), "[u32; 3]");
    assert_eq!(render_of::<(u8, String)>(), "(u8, str)");
    assert_eq!(render_of::<(u8,)>(), "(u8)");
    assert_eq!(
        render_of::<(
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            u8,
            i8
        )>(),
        "(u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, i8)"
    );
    assert_eq!(render_of::<Option<u8>>(), "Option<u8>");
    assert_eq!(render_of::<Option<Option<u8>>>(), "Option<Option<u8>>");
    assert_eq!(render_of::<Result<u8, String>>(), "Result<u8, str>");
}

#[test]
fn maps_and_sets_say_their_order() {
    assert_eq!(render_of::<BTreeMap<u8, String>>(), "map<u8, str> Sorted");
    assert_eq!(render_of::<BTreeSet<i32>>(), "set<i32> Sorted");
    assert_eq!(render_of::<HashMap<String, u64>>(), "map<str, u64> ByBytes");
    assert_eq!(render_of::<HashSet<u8>>(), "set<u8> ByBytes");
}

#[test]
fn wrappers_have_the_schema_of_what_they_wrap() {
    fn same<W: ByteRepr + ?Sized, T: ByteRepr + ?Sized>() {
        assert_eq!(render_of::<W>(), render_of::<T>(), "{}", W::SCHEMA.name());
        assert_eq!(W::SCHEMA.name(), T::SCHEMA.name());
    }
    same::<Box<u32>, u32>();
    same::<Box<str>, str>();
    same::<Box<[u8]>, [u8]>();
    same::<Rc<str>, str>();
    same::<Arc<Vec<String>>, Vec<String>>();
    same::<Arc<str>, str>();
    same::<&u8, u8>();
    same::<&mut String, String>();
    same::<&str, str>();
    same::<Cow<'static, str>, str>();
    same::<Cow<'static, [u8]>, [u8]>();
    same::<Cell<u16>, u16>();
    same::<Wrapping<i64>, i64>();
    same::<Saturating<u8>, u8>();
    same::<Reverse<String>, String>();
    same::<NonZero<u32>, u32>();
    same::<NonZero<usize>, usize>();
    same::<Box<Option<Box<u8>>>, Option<Box<u8>>>();
    assert_eq!(render_of::<Option<Box<u8>>>(), "Option<u8>");
    assert!(matches!(
        Box::<Vec<u8>>::SCHEMA.shape,
        Shape::Seq(f) if matches!(f().shape, Shape::Scalar(Scalar::U8))
    ));
}

#[test]
fn std_types_of_fixed_parts_and_tags() {
    assert_eq!(render_of::<Duration>(), "{secs: u64, nanos: u32}");
    assert_eq!(
        render_of::<SystemTime>(),
        "0 SinceEpoch(0: {secs: u64, nanos: u32}) | 1 BeforeEpoch(0: {secs: u64, nanos: u32})"
    );
    assert_eq!(render_of::<Ipv4Addr>(), "[u8; 4]");
    assert_eq!(render_of::<Ipv6Addr>(), "[u8; 16]");
    assert_eq!(
        render_of::<IpAddr>(),
        "0 V4(0: [u8; 4]) | 1 V6(0: [u8; 16])"
    );
    assert_eq!(render_of::<SocketAddrV4>(), "{ip: [u8; 4], port: u16}");
    assert_eq!(
        render_of::<SocketAddrV6>(),
        "{ip: [u8; 16], port: u16, flowinfo: u32, scope_id: u32}"
    );
    assert_eq!(
        render_of::<SocketAddr>(),
        "0 V4(0: {ip: [u8; 4], port: u16}) \
         | 1 V6(0: {ip: [u8; 16], port: u16, flowinfo: u32, scope_id: u32})"
    );
    assert_eq!(render_of::<Range<u8>>(), "{start: u8, end: u8}");
    assert_eq!(
        render_of::<RangeInclusive<i32>>(),
        "{start: i32, end: i32, exhausted: bool}"
    );
}

#[derive(ByteRepr)]
struct Record {
    id: u64,
    size: usize,
    name: String,
    tags: Vec<String>,
    ttl: Duration,
    peer: Option<IpAddr>,
    shared: Arc<str>,
    #[byterepr(skip)]
    _cache: u8,
}

#[derive(ByteRepr)]
#[expect(dead_code, reason = "only its schema is read")]
enum Tree {
    Leaf(u8),
    Node(Box<Tree>, Box<Tree>),
}

#[test]
fn derived_fields_resolve_to_the_std_schemas() {
    let Shape::Struct(record) = Record::SCHEMA.shape else {
        panic!("Record is not a struct: {:?}", Record::SCHEMA.shape);
    };
    let encoded: Vec<(&str, String)> = record
        .fields
        .iter()
        .filter_map(|field| match field.kind {
            FieldKind::Encoded(f) => Some((field.name, render(f()))),
            _ => None,
        })
        .collect();
    assert_eq!(
        encoded,
        [
            ("id", "u64".to_owned()),
            ("size", "u64".to_owned()),
            ("name", "str".to_owned()),
            ("tags", "[str]".to_owned()),
            ("ttl", "{secs: u64, nanos: u32}".to_owned()),
            (
                "peer",
                "Option<0 V4(0: [u8; 4]) | 1 V6(0: [u8; 16])>".to_owned()
            ),
            ("shared", "str".to_owned()),
        ]
    );
    assert!(matches!(record.fields[7].kind, FieldKind::Skipped));

    // Through `Box`, a recursive type reaches itself.
    let Shape::Enum(tree) = Tree::SCHEMA.shape else {
        panic!("Tree is not an enum");
    };
    let FieldKind::Encoded(left) = tree.variants[1].fields[0].kind else {
        panic!("Node.0 is not encoded");
    };
    assert_eq!(left().name(), Tree::SCHEMA.name());
    assert_eq!(render(left()), render_of::<Tree>());
    assert_described(Tree::SCHEMA);
}

#[test]
fn no_std_impl_is_opaque() {
    assert_all_described!(
        u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64, bool, char,
        (), PhantomData<u8>, NonZero<u8>, NonZero<u16>, NonZero<u32>, NonZero<u64>,
        NonZero<u128>, NonZero<usize>, NonZero<i8>, NonZero<i16>, NonZero<i32>, NonZero<i64>,
        NonZero<i128>, NonZero<isize>,
        str, String, CStr, CString, Box<str>, Rc<str>, Arc<str>, Cow<'static, str>,
        [u8], [u8; 4], [String; 2], Vec<u64>, VecDeque<u8>, LinkedList<u8>, BinaryHeap<u8>,
        (u8,), (u8, String), (u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, f32, f64, bool,
        char, (), String),
        Option<u8>, Result<u8, String>,
        BTreeMap<u8, String>, BTreeSet<u8>, HashMap<String, u8>, HashSet<String>,
        &u8, &mut u8, Box<u8>, Rc<u8>, Arc<u8>, Cow<'static, [u8]>, Cell<u8>, Wrapping<u8>,
        Saturating<u8>, Reverse<u8>,
        Range<u8>, RangeInclusive<u8>, Duration, SystemTime,
        Ipv4Addr, Ipv6Addr, IpAddr, SocketAddrV4, SocketAddrV6, SocketAddr,
        Record, Tree,
    );
}

#[test]
fn serde_adapters_and_trait_objects_are_opaque_by_name() {
    type Bridged = byterepr::Serde<'static, Vec<u8>>;
    type Adapted = byterepr::adapt::As<'static, byterepr::adapt::Same, u8>;
    for schema in [Bridged::SCHEMA, Adapted::SCHEMA, <dyn DynByteRepr>::SCHEMA] {
        assert!(matches!(schema.shape, Shape::Opaque), "{}", schema.name());
    }
    assert!(
        Bridged::SCHEMA.name().contains("Serde<") && Bridged::SCHEMA.name().contains("Vec<u8>>"),
        "{}",
        Bridged::SCHEMA.name()
    );
    assert!(Adapted::SCHEMA.name().contains("Same"));
    assert!(<dyn DynByteRepr>::SCHEMA.name().contains("DynByteRepr"));
}

mod foreign {
    use super::{assert_described, fixed_size, render, render_of};
    use byterepr::ByteRepr;
    use byterepr::schema::{Custom, Shape};

    #[track_caller]
    fn custom<T: ByteRepr + ?Sized>(name: &str) -> Custom {
        match T::SCHEMA.shape {
            Shape::Custom(custom) => {
                assert_eq!(custom.name, name);
                assert_eq!(custom.version, 1);
                assert!(!custom.layout.is_empty());
                custom
            }
            other => panic!("{} is not custom: {other:?}", T::SCHEMA.name()),
        }
    }

    #[test]
    fn layouts_of_their_own_are_custom() {
        custom::<uuid::Uuid>("uuid::Uuid");
        custom::<rust_decimal::Decimal>("rust_decimal::Decimal");
        custom::<serde_json::Number>("serde_json::Number");
        custom::<half::f16>("half::f16");
        custom::<half::bf16>("half::bf16");
        // `OrderedFloat` and `NotNan` write the same bytes: one layout.
        let ordered = custom::<ordered_float::OrderedFloat<f64>>("ordered_float::f64");
        assert_eq!(
            custom::<ordered_float::NotNan<f64>>("ordered_float::f64"),
            ordered
        );
        assert_ne!(
            custom::<ordered_float::OrderedFloat<f32>>("ordered_float::f32"),
            ordered
        );
    }

    #[test]
    fn calendar_types_share_one_layout_per_kind() {
        let instant = custom::<chrono::DateTime<chrono::Utc>>("instant");
        assert_eq!(
            custom::<chrono::DateTime<chrono::FixedOffset>>("instant"),
            instant
        );
        assert_eq!(custom::<time::OffsetDateTime>("instant"), instant);
        assert_eq!(custom::<time::UtcDateTime>("instant"), instant);
        assert_eq!(custom::<jiff::Timestamp>("instant"), instant);
        assert_eq!(custom::<jiff::ZonedDateTime>("instant"), instant);

        let date = custom::<chrono::NaiveDate>("date");
        assert_eq!(custom::<time::Date>("date"), date);
        assert_eq!(custom::<jiff::civil::Date>("date"), date);
        let clock = custom::<chrono::NaiveTime>("time of day");
        assert_eq!(custom::<time::Time>("time of day"), clock);
        assert_eq!(custom::<jiff::civil::Time>("time of day"), clock);

        let date_time = render_of::<chrono::NaiveDateTime>();
        assert_eq!(
            date_time,
            "{date: custom date v1, time: custom time of day v1}"
        );
        assert_eq!(render_of::<time::PrimitiveDateTime>(), date_time);
        assert_eq!(render_of::<jiff::civil::DateTime>(), date_time);
    }

    #[test]
    fn collections_and_lent_slices_take_the_generic_shapes() {
        // `IndexMap` and `IndexSet` write their entries sorted by bytes, like `HashMap`.
        assert_eq!(
            render_of::<indexmap::IndexMap<String, u8>>(),
            "map<str, u8> ByBytes"
        );
        assert_eq!(render_of::<indexmap::IndexSet<u8>>(), "set<u8> ByBytes");
        assert_eq!(
            render_of::<hashbrown::HashMap<String, u8>>(),
            "map<str, u8> ByBytes"
        );
        assert_eq!(render_of::<hashbrown::HashSet<u8>>(), "set<u8> ByBytes");
        assert_eq!(render_of::<bytes::Bytes>(), "[u8]");
        assert_eq!(render_of::<bytes::BytesMut>(), "[u8]");
        assert_eq!(render_of::<smallvec::SmallVec<[u16; 2]>>(), "[u16]");
        assert_eq!(render_of::<arrayvec::ArrayVec<u32, 4>>(), "[u32]");
        assert_eq!(render_of::<arrayvec::ArrayString<8>>(), "str");
        assert_eq!(render_of::<url::Url>(), "str");
        assert_eq!(render_of::<semver::Prerelease>(), "str");
        assert_eq!(render_of::<semver::BuildMetadata>(), "str");
        assert_eq!(
            render_of::<semver::Version>(),
            "{major: u64, minor: u64, patch: u64, pre: str, build: str}"
        );
        // The types keep their own names.
        assert!(bytes::Bytes::SCHEMA.name().contains("Bytes"));
    }

    #[test]
    fn serde_json_values_are_their_tagged_variants() {
        let map = render_of::<serde_json::Map<String, serde_json::Value>>();
        assert!(
            map.starts_with("map<str, 0 Null() | 1 Bool(0: bool) | "),
            "{map}"
        );
        assert!(map.ends_with("> ByBytes"), "{map}");
        let value = render(serde_json::Value::SCHEMA);
        assert!(
            value.starts_with(
                "0 Null() | 1 Bool(0: bool) | 2 Number(0: custom serde_json::Number v1) \
                 | 3 String(0: str) | 4 Array(0: [0 Null() | "
            ),
            "{value}"
        );
        assert_described(serde_json::Value::SCHEMA);
    }

    #[test]
    fn no_foreign_impl_is_opaque() {
        assert_all_described!(
            uuid::Uuid,
            rust_decimal::Decimal,
            chrono::DateTime<chrono::Utc>,
            chrono::NaiveDate,
            chrono::NaiveTime,
            chrono::NaiveDateTime,
            time::OffsetDateTime,
            time::UtcDateTime,
            time::Date,
            time::Time,
            time::PrimitiveDateTime,
            jiff::Timestamp,
            jiff::ZonedDateTime,
            jiff::civil::Date,
            jiff::civil::Time,
            jiff::civil::DateTime,
            indexmap::IndexMap<String, u8>,
            indexmap::IndexSet<u8>,
            hashbrown::HashMap<String, u8>,
            hashbrown::HashSet<u8>,
            serde_json::Number,
            serde_json::Map<String, serde_json::Value>,
            serde_json::Value,
            bytes::Bytes,
            bytes::BytesMut,
            smallvec::SmallVec<[u8; 4]>,
            arrayvec::ArrayVec<u8, 4>,
            arrayvec::ArrayString<4>,
            semver::Version,
            semver::Prerelease,
            semver::BuildMetadata,
            url::Url,
            ordered_float::OrderedFloat<f32>,
            ordered_float::OrderedFloat<f64>,
            ordered_float::NotNan<f32>,
            ordered_float::NotNan<f64>,
            half::f16,
            half::bf16,
        );
    }
}
