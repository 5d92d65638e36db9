//! Schema pins (issue 10, items 3 and 4): the schema graph, its fingerprint, the pin text and
//! its parser, the classification of every change as compatible or breaking, and the pin
//! files themselves.
//!
//! Each rule is tested with a "before" and an "after" version of a type, in two modules,
//! compared through `diff_schemas` (and, where the rule says something about it, through
//! their fingerprints). The leaves are the hand-written types of `leaves`, which set their
//! schema themselves, so that these tests do not depend on which std impls describe their
//! shapes yet.

#![allow(
    dead_code,
    reason = "the before and after types exist for their schemas, never built"
)]

use byterepr::ByteRepr;
use byterepr::schema::{
    ChangeKind, PinError, PinOptions, PinStatus, SchemaDiff, SchemaGraph, Verdict, check_pin_with,
    diff_schemas,
};

/// Leaves with their schema set by hand: numbers, a string, a sequence, a map, an array and a
/// custom layout in two versions.
pub mod leaves {
    use byterepr::schema::{Custom, Order, Scalar, Schema, Shape, of};
    use byterepr::{ByteRepr, Sink};

    macro_rules! scalar {
        ($($name:ident($ty:ty, $write:ident, $scalar:ident);)*) => {$(
            #[derive(Default, PartialEq, Debug)]
            pub struct $name(pub $ty);
            impl ByteRepr for $name {
                fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
                    sink.$write(self.0)
                }
                const SCHEMA: &'static Schema = &Schema::new::<$ty>(Shape::Scalar(Scalar::$scalar));
            }
        )*};
    }
    scalar! {
        U8(u8, write_u8, U8);
        U16(u16, write_u16, U16);
        U32(u32, write_u32, U32);
        U64(u64, write_u64, U64);
        Flag(bool, write_bool, Bool);
    }

    /// A string.
    #[derive(Default, PartialEq, Debug)]
    pub struct Text(pub String);
    impl ByteRepr for Text {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_str(&self.0)
        }
        const SCHEMA: &'static Schema = &Schema::new::<str>(Shape::Str);
    }

    /// A sequence.
    #[derive(Default, PartialEq, Debug)]
    pub struct List<T>(pub Vec<T>);
    impl<T: ByteRepr> ByteRepr for List<T> {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_len(self.0.len())?;
            self.0.iter().try_for_each(|item| item.write_to(sink))
        }
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Seq(of::<T>));
    }

    /// An option.
    #[derive(Default, PartialEq, Debug)]
    pub struct Maybe<T>(pub Option<T>);
    impl<T: ByteRepr> ByteRepr for Maybe<T> {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            match &self.0 {
                None => sink.write_tag(0),
                Some(value) => {
                    sink.write_tag(1)?;
                    value.write_to(sink)
                }
            }
        }
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::OptionOf(of::<T>));
    }

    /// A pointer: the pointee's schema, as `Box` has.
    pub struct Ptr<T>(pub Box<T>);
    impl<T: ByteRepr> ByteRepr for Ptr<T> {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            self.0.write_to(sink)
        }
        const SCHEMA: &'static Schema = T::SCHEMA;
    }

    /// A map written in its entries' bytes order (`SORTED = false`) or its keys' order.
    pub struct Dict<K, V, const SORTED: bool = false>(pub Vec<(K, V)>);
    impl<K: ByteRepr, V: ByteRepr, const SORTED: bool> ByteRepr for Dict<K, V, SORTED> {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_len(self.0.len())?;
            self.0.iter().try_for_each(|(k, v)| {
                k.write_to(sink)?;
                v.write_to(sink)
            })
        }
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Map {
            key: of::<K>,
            value: of::<V>,
            order: if SORTED {
                Order::Sorted
            } else {
                Order::ByBytes
            },
        });
    }

    /// `N` elements.
    pub struct Arr<T, const N: usize>(pub [T; N]);
    impl<T: ByteRepr, const N: usize> ByteRepr for Arr<T, N> {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            self.0.iter().try_for_each(|item| item.write_to(sink))
        }
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Array {
            len: N,
            item: of::<T>,
        });
    }

    /// A custom layout, in version `V`.
    pub struct Stamp<const V: u32>(pub u64);
    impl<const V: u32> ByteRepr for Stamp<V> {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_u64(self.0)
        }
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Custom(Custom {
            name: "test::Stamp",
            version: V,
            layout: "the milliseconds as a u64",
        }));
    }

    /// A hand-written impl that does not describe itself.
    pub struct Blob(pub Vec<u8>);
    impl ByteRepr for Blob {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_len(self.0.len())?;
            sink.write_raw(&self.0)
        }
    }
}

/// The type whose pin is committed: `tests/pins/order.pin`.
pub mod shop {
    use super::leaves::{Dict, List, Maybe, Ptr, Stamp, Text, U32, U64};
    use byterepr::ByteRepr;

    #[derive(ByteRepr)]
    #[byterepr(domain = "shop.order/1")]
    pub struct Order {
        pub id: U64,
        pub items: List<Item>,
        #[byterepr(skip)]
        pub cached_total: Option<u64>,
        pub tags: Dict<Text, U32>,
        pub status: Status,
        pub placed: Stamp<1>,
        pub parent: Maybe<Ptr<Order>>,
    }

    #[derive(ByteRepr)]
    pub struct Item {
        pub sku: Text,
        pub price: U64,
    }

    #[derive(ByteRepr)]
    #[byterepr(evolving)]
    pub enum Status {
        Pending,
        Cancelled(Text),
        #[byterepr(tag = 5)]
        Shipped {
            carrier: Text,
        },
    }
}

/// The changes from `A`'s schema to `B`'s, leaving out the renames of types whose names
/// differ only in their module path (every before/after pair below has those).
fn changes<A: ByteRepr, B: ByteRepr>() -> Vec<(String, ChangeKind)> {
    diff::<A, B>()
        .changes
        .into_iter()
        .filter(|c| match &c.kind {
            ChangeKind::TypeRenamed { old, new } => last(old) != last(new),
            _ => true,
        })
        .map(|c| (c.path, c.kind))
        .collect()
}

fn diff<A: ByteRepr, B: ByteRepr>() -> SchemaDiff {
    diff_schemas(&byterepr::schema::<A>(), &byterepr::schema::<B>())
}

fn last(name: &str) -> &str {
    name.rsplit("::").next().unwrap_or(name)
}

fn s(text: &str) -> String {
    text.to_string()
}

fn same_fingerprint<A: ByteRepr, B: ByteRepr>() -> bool {
    byterepr::fingerprint::<A>() == byterepr::fingerprint::<B>()
}

fn temp_pin(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("byterepr-pins-{}", std::process::id()));
    let path = dir.join(format!("{name}.pin"));
    let _ = std::fs::remove_file(&path);
    path
}

const LOCAL: PinOptions = PinOptions {
    update: false,
    ci: false,
};

// ---- The committed pin ----

#[test]
fn the_committed_pin_matches() {
    // Relative to the package's directory, where cargo runs the tests.
    byterepr::pin::<shop::Order>("pins/order.pin");
}

#[test]
fn the_graph_is_walked_depth_first_and_ends_on_recursion() {
    let graph = byterepr::schema::<shop::Order>();
    let names: Vec<&str> = graph.types().iter().map(|t| last(&t.name)).collect();
    // Order refers to itself through Maybe<Ptr<Order>>: one block, not an endless walk.
    assert_eq!(names, ["Order", "Item", "Status", "Stamp<1>"]);
}

// ---- Round trip ----

mod everything {
    use super::leaves::{Arr, Blob, Dict, Flag, List, Maybe, Stamp, Text, U8, U16};
    use byterepr::{ByteRepr, Sink};

    #[allow(
        clippy::trivially_copy_pass_by_ref,
        reason = "a with function takes the field by reference"
    )]
    fn write_shown<S: Sink + ?Sized>(value: &u32, sink: &mut S) -> Result<(), S::Error> {
        sink.write_str(&value.to_string())
    }

    #[derive(ByteRepr)]
    #[byterepr(domain = "all \"the\" shapes/1", evolving)]
    pub struct All {
        pub a: (U8, U16),
        pub b: Arr<List<Text>, 3>,
        pub c: Dict<U8, Maybe<Node>, true>,
        #[byterepr(skip)]
        pub d: u8,
        #[byterepr(with = write_shown)]
        pub e: u32,
        pub f: Blob,
        pub g: Stamp<2>,
        #[byterepr(added)]
        pub h: Flag,
    }

    #[derive(ByteRepr)]
    pub enum Node {
        Leaf,
        Pair(Box<Node>, Tree),
    }

    #[derive(ByteRepr)]
    pub struct Tree(pub List<Node>);
}

#[test]
fn render_parse_compare_is_no_change() {
    for graph in [
        byterepr::schema::<everything::All>(),
        byterepr::schema::<shop::Order>(),
        byterepr::schema::<shop::Status>(),
        byterepr::schema::<leaves::List<shop::Item>>(),
    ] {
        let text = graph.to_string();
        let parsed = SchemaGraph::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(parsed, graph, "{text}");
        assert!(diff_schemas(&parsed, &graph).is_empty());
        assert_eq!(parsed.to_string(), text);
        assert_eq!(parsed.fingerprint(), graph.fingerprint());
    }
}

#[test]
fn the_parser_names_the_line_it_cannot_read() {
    let text = byterepr::schema::<shop::Order>()
        .to_string()
        .replace("  1 items: seq", "  1 items: sequence");
    let err = SchemaGraph::parse(&text).unwrap_err();
    assert_eq!(
        text.lines().nth(err.line - 1).unwrap(),
        "  1 items: sequence tests::pins::shop::Item"
    );
}

// ---- Compatible changes ----

#[test]
fn compatible_field_renamed() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            pub b: U8,
        }
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            pub renamed: U8,
        }
    }
    assert_eq!(
        changes::<before::T, after::T>(),
        [(
            s("T.renamed"),
            ChangeKind::FieldRenamed {
                old: s("b"),
                new: s("renamed")
            }
        )]
    );
    assert_eq!(diff::<before::T, after::T>().verdict(), Verdict::Compatible);
    assert!(same_fingerprint::<before::T, after::T>());
}

#[test]
fn compatible_variant_renamed() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Cancelled(U8),
        }
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Voided(U8),
        }
    }
    assert_eq!(
        changes::<before::Status, after::Status>(),
        [(
            s("Status::Voided"),
            ChangeKind::VariantRenamed {
                old: s("Cancelled"),
                new: s("Voided")
            }
        )]
    );
    assert!(!diff::<before::Status, after::Status>().is_breaking());
    assert!(same_fingerprint::<before::Status, after::Status>());
}

#[test]
fn compatible_type_renamed() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct Outer {
            pub inner: Inner,
        }
        #[derive(byterepr::ByteRepr)]
        pub struct Inner(pub U8);
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct Outer {
            pub inner: Core,
        }
        #[derive(byterepr::ByteRepr)]
        pub struct Core(pub U8);
    }
    let found = changes::<before::Outer, after::Outer>();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Outer.inner");
    assert!(matches!(&found[0].1, ChangeKind::TypeRenamed { old, new }
        if old.ends_with("before::Inner") && new.ends_with("after::Core")));
    assert!(!diff::<before::Outer, after::Outer>().is_breaking());
    assert!(same_fingerprint::<before::Outer, after::Outer>());
}

#[test]
fn compatible_variant_added_with_a_new_tag() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Cancelled(U8),
        }
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Cancelled(U8),
            Refunded,
        }
    }
    assert_eq!(
        changes::<before::Status, after::Status>(),
        [(
            s("Status::Refunded"),
            ChangeKind::VariantAdded {
                name: s("Refunded"),
                tag: 2
            }
        )]
    );
    assert_eq!(
        diff::<before::Status, after::Status>().verdict(),
        Verdict::Compatible
    );
}

#[test]
fn compatible_variant_removed() {
    mod before {
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            #[byterepr(tag = 1)]
            Cancelled,
            #[byterepr(tag = 2)]
            Shipped,
        }
    }
    mod after {
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            // Shipped keeps its tag, so every remaining value keeps its bytes.
            #[byterepr(tag = 2)]
            Shipped,
        }
    }
    assert_eq!(
        changes::<before::Status, after::Status>(),
        [(
            s("Status::Cancelled"),
            ChangeKind::VariantRemoved {
                name: s("Cancelled"),
                tag: 1
            }
        )]
    );
    assert!(!diff::<before::Status, after::Status>().is_breaking());
}

#[test]
fn compatible_added_field_appended_to_an_evolving_type() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        #[byterepr(evolving)]
        pub struct User {
            pub id: U8,
        }
    }
    mod after {
        use crate::pins::leaves::{Text, U8};
        #[derive(byterepr::ByteRepr)]
        #[byterepr(evolving)]
        pub struct User {
            pub id: U8,
            #[byterepr(added)]
            pub email: Text,
        }
    }
    assert_eq!(
        changes::<before::User, after::User>(),
        [(s("User"), ChangeKind::FieldAppended { name: s("email") })]
    );
    assert!(!diff::<before::User, after::User>().is_breaking());
}

#[test]
fn compatible_skipped_field_added_or_moved() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            pub b: U8,
        }
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            #[byterepr(skip)]
            pub cache: u32,
            pub a: U8,
            pub b: U8,
        }
    }
    assert_eq!(
        changes::<before::T, after::T>(),
        [(s("T"), ChangeKind::SkippedFieldAdded { name: s("cache") })]
    );
    assert!(!diff::<before::T, after::T>().is_breaking());
    // A skipped field writes nothing: it is not in the fingerprint.
    assert!(same_fingerprint::<before::T, after::T>());
}

// ---- Breaking changes ----

#[test]
fn breaking_fields_reordered() {
    mod before {
        use crate::pins::leaves::{U32, U64};
        #[derive(byterepr::ByteRepr)]
        pub struct Order {
            pub id: U32,
            pub total: U64,
        }
    }
    mod after {
        use crate::pins::leaves::{U32, U64};
        #[derive(byterepr::ByteRepr)]
        pub struct Order {
            pub total: U64,
            pub id: U32,
        }
    }
    assert_eq!(
        changes::<before::Order, after::Order>(),
        [(
            s("Order"),
            ChangeKind::FieldsReordered {
                old: vec![s("id"), s("total")],
                new: vec![s("total"), s("id")]
            }
        )]
    );
    assert!(diff::<before::Order, after::Order>().is_breaking());
    assert!(!same_fingerprint::<before::Order, after::Order>());
}

#[test]
fn breaking_field_type_changed_names_the_nested_path() {
    mod before {
        use crate::pins::leaves::{List, Text, U32};
        #[derive(byterepr::ByteRepr)]
        pub struct Order {
            pub items: List<Item>,
        }
        #[derive(byterepr::ByteRepr)]
        pub struct Item {
            pub sku: Text,
            pub price: U32,
        }
    }
    mod after {
        use crate::pins::leaves::{List, Text, U64};
        #[derive(byterepr::ByteRepr)]
        pub struct Order {
            pub items: List<Item>,
        }
        #[derive(byterepr::ByteRepr)]
        pub struct Item {
            pub sku: Text,
            pub price: U64,
        }
    }
    assert_eq!(
        changes::<before::Order, after::Order>(),
        [(
            s("Order.items[_].price"),
            ChangeKind::TypeChanged {
                old: s("u32"),
                new: s("u64")
            }
        )]
    );
    assert!(diff::<before::Order, after::Order>().is_breaking());
    assert!(!same_fingerprint::<before::Order, after::Order>());
}

#[test]
fn breaking_field_inserted() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            pub b: U8,
        }
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            pub new: U8,
            pub b: U8,
        }
    }
    assert_eq!(
        changes::<before::T, after::T>(),
        [(s("T"), ChangeKind::FieldInserted { name: s("new") })]
    );
    assert!(diff::<before::T, after::T>().is_breaking());
    assert!(!same_fingerprint::<before::T, after::T>());
}

#[test]
fn breaking_field_appended_without_added_or_to_a_plain_type() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        #[byterepr(evolving)]
        pub struct Evolving {
            pub a: U8,
        }
        #[derive(byterepr::ByteRepr)]
        pub struct Plain {
            pub a: U8,
        }
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        #[byterepr(evolving)]
        pub struct Evolving {
            pub a: U8,
            pub b: U8,
        }
        #[derive(byterepr::ByteRepr)]
        pub struct Plain {
            pub a: U8,
            pub b: U8,
        }
    }
    let inserted = vec![(s("Evolving"), ChangeKind::FieldInserted { name: s("b") })];
    assert_eq!(changes::<before::Evolving, after::Evolving>(), inserted);
    let inserted = vec![(s("Plain"), ChangeKind::FieldInserted { name: s("b") })];
    assert_eq!(changes::<before::Plain, after::Plain>(), inserted);
}

#[test]
fn breaking_field_removed() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            pub b: U8,
        }
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub b: U8,
        }
    }
    assert_eq!(
        changes::<before::T, after::T>(),
        [(s("T"), ChangeKind::FieldRemoved { name: s("a") })]
    );
    assert!(diff::<before::T, after::T>().is_breaking());
}

#[test]
fn breaking_tag_changed() {
    mod before {
        use crate::pins::leaves::Text;
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Cancelled(Text),
        }
    }
    mod after {
        use crate::pins::leaves::Text;
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            #[byterepr(tag = 7)]
            Cancelled(Text),
        }
    }
    assert_eq!(
        changes::<before::Status, after::Status>(),
        [(
            s("Status::Cancelled"),
            ChangeKind::TagChanged { old: 1, new: 7 }
        )]
    );
    assert!(diff::<before::Status, after::Status>().is_breaking());
    assert!(!same_fingerprint::<before::Status, after::Status>());
}

#[test]
fn breaking_tag_moved_and_its_old_tag_reused() {
    mod before {
        #[derive(byterepr::ByteRepr)]
        pub enum E {
            A,
            B,
        }
    }
    mod after {
        #[derive(byterepr::ByteRepr)]
        pub enum E {
            A,
            C,
            #[byterepr(tag = 2)]
            B,
        }
    }
    assert_eq!(
        changes::<before::E, after::E>(),
        [
            (
                s("E::C"),
                ChangeKind::TagReused {
                    name: s("C"),
                    tag: 1,
                    old_variant: s("B")
                }
            ),
            (s("E::B"), ChangeKind::TagChanged { old: 1, new: 2 }),
        ]
    );
    assert!(diff::<before::E, after::E>().is_breaking());
}

#[test]
fn breaking_tag_of_a_removed_variant_reused() {
    mod before {
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Cancelled,
        }
    }
    mod after {
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Shipped(crate::pins::leaves::U8),
        }
    }
    // Not a rename: the variant's fields differ, and old `Cancelled` bytes would read as
    // a `Shipped` missing its field. Matched by tag, it is reported where the bytes change.
    let found = changes::<before::Status, after::Status>();
    assert_eq!(
        found[0].1,
        ChangeKind::VariantRenamed {
            old: s("Cancelled"),
            new: s("Shipped")
        }
    );
    assert_eq!(
        found[1],
        (
            s("Status::Shipped"),
            ChangeKind::FieldInserted { name: s("0") }
        )
    );
    assert!(diff::<before::Status, after::Status>().is_breaking());
}

#[test]
fn breaking_domain_changed() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        #[byterepr(domain = "shop.order/1")]
        pub struct Order(pub U8);
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        #[byterepr(domain = "shop.order/2")]
        pub struct Order(pub U8);
    }
    assert_eq!(
        changes::<before::Order, after::Order>(),
        [(
            s("Order"),
            ChangeKind::DomainChanged {
                old: Some(s("shop.order/1")),
                new: Some(s("shop.order/2"))
            }
        )]
    );
    assert!(diff::<before::Order, after::Order>().is_breaking());
    assert!(!same_fingerprint::<before::Order, after::Order>());
}

#[test]
fn breaking_evolving_flag_changed() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T(pub U8);
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        #[byterepr(evolving)]
        pub struct T(pub U8);
    }
    assert_eq!(
        changes::<before::T, after::T>(),
        [(s("T"), ChangeKind::EvolvingChanged { now_evolving: true })]
    );
    assert!(!same_fingerprint::<before::T, after::T>());
}

#[test]
fn breaking_array_length_changed() {
    mod before {
        use crate::pins::leaves::{Arr, U8};
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub key: Arr<U8, 16>,
        }
    }
    mod after {
        use crate::pins::leaves::{Arr, U8};
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub key: Arr<U8, 32>,
        }
    }
    assert_eq!(
        changes::<before::T, after::T>(),
        [(s("T.key"), ChangeKind::ArrayLenChanged { old: 16, new: 32 })]
    );
    assert!(!same_fingerprint::<before::T, after::T>());
}

#[test]
fn breaking_map_order_changed_and_map_paths() {
    use byterepr::schema::Order;
    mod before {
        use crate::pins::leaves::{Dict, Text, U8};
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub tags: Dict<Text, U8, true>,
        }
    }
    mod after {
        use crate::pins::leaves::{Dict, Text, U16};
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub tags: Dict<Text, U16>,
        }
    }
    assert_eq!(
        changes::<before::T, after::T>(),
        [
            (
                s("T.tags"),
                ChangeKind::OrderChanged {
                    old: Order::Sorted,
                    new: Order::ByBytes
                }
            ),
            (
                s("T.tags{value}"),
                ChangeKind::TypeChanged {
                    old: s("u8"),
                    new: s("u16")
                }
            ),
        ]
    );
    assert!(!same_fingerprint::<before::T, after::T>());
}

#[test]
fn breaking_custom_layout_version_changed() {
    mod before {
        #[derive(byterepr::ByteRepr)]
        pub struct T(pub crate::pins::leaves::Stamp<1>);
    }
    mod after {
        #[derive(byterepr::ByteRepr)]
        pub struct T(pub crate::pins::leaves::Stamp<2>);
    }
    let found = changes::<before::T, after::T>();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "T.0");
    assert!(matches!(&found[0].1, ChangeKind::CustomChanged { old, new }
        if old.contains("version 1") && new.contains("version 2")));
    assert!(diff::<before::T, after::T>().is_breaking());
    assert!(!same_fingerprint::<before::T, after::T>());
}

#[test]
fn breaking_skip_to_written_and_back() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            #[byterepr(skip)]
            pub b: U8,
        }
    }
    mod after {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            pub b: U8,
        }
    }
    assert_eq!(
        changes::<before::T, after::T>(),
        [(s("T.b"), ChangeKind::SkipChanged { now_skipped: false })]
    );
    assert_eq!(
        changes::<after::T, before::T>(),
        [(s("T.b"), ChangeKind::SkipChanged { now_skipped: true })]
    );
    assert!(!same_fingerprint::<before::T, after::T>());
}

#[test]
fn breaking_variant_field_changed_names_the_variant_path() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Cancelled(U8),
        }
    }
    mod after {
        use crate::pins::leaves::Text;
        #[derive(byterepr::ByteRepr)]
        pub enum Status {
            Pending,
            Cancelled(Text),
        }
    }
    assert_eq!(
        changes::<before::Status, after::Status>(),
        [(
            s("Status::Cancelled.0"),
            ChangeKind::TypeChanged {
                old: s("u8"),
                new: s("str")
            }
        )]
    );
}

#[test]
fn one_breaking_change_makes_the_whole_diff_breaking() {
    mod before {
        use crate::pins::leaves::U8;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub a: U8,
            pub b: U8,
        }
    }
    mod after {
        use crate::pins::leaves::U16;
        #[derive(byterepr::ByteRepr)]
        pub struct T {
            pub renamed: crate::pins::leaves::U8,
            pub b: U16,
        }
    }
    let diff = diff::<before::T, after::T>();
    let verdicts: Vec<Verdict> = diff
        .changes
        .iter()
        .map(byterepr::schema::Change::verdict)
        .collect();
    assert!(verdicts.contains(&Verdict::Compatible) && verdicts.contains(&Verdict::Breaking));
    assert_eq!(diff.verdict(), Verdict::Breaking);
}

// ---- Pin files ----

mod v1 {
    use crate::pins::leaves::{List, U32};
    #[derive(byterepr::ByteRepr)]
    #[byterepr(domain = "shop.order/1")]
    pub struct Order {
        pub id: U32,
        pub items: List<Item>,
    }
    #[derive(byterepr::ByteRepr)]
    pub struct Item {
        pub price: U32,
    }
}

mod v2 {
    use crate::pins::leaves::{List, U32, U64};
    #[derive(byterepr::ByteRepr)]
    #[byterepr(domain = "shop.order/1")]
    pub struct Order {
        pub id: U32,
        pub items: List<Item>,
    }
    #[derive(byterepr::ByteRepr)]
    pub struct Item {
        pub price: U64,
    }
}

#[test]
fn a_changed_pin_names_the_path_and_how_to_accept() {
    let path = temp_pin("message");
    assert!(matches!(
        check_pin_with::<v1::Order>(&path, LOCAL),
        Ok(PinStatus::Created { .. })
    ));
    let err = check_pin_with::<v2::Order>(&path, LOCAL).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, PinError::Changed { .. }), "{message}");
    assert!(err.diff().unwrap().is_breaking());
    for part in [
        "BREAKING",
        "Order.items[_].price: type changed: u32 -> u64",
        "BYTEREPR_PIN=update",
        "\"shop.order/1\"",
        "\"shop.order/2\"",
        &path.display().to_string(),
    ] {
        assert!(message.contains(part), "{part:?} not in:\n{message}");
    }
    // The file is left as it was.
    let graph = SchemaGraph::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(diff_schemas(&graph, &byterepr::schema::<v1::Order>()).is_empty());
}

#[test]
fn a_compatible_change_fails_too_until_accepted() {
    mod renamed {
        use crate::pins::leaves::{List, U32};
        #[derive(byterepr::ByteRepr)]
        #[byterepr(domain = "shop.order/1")]
        pub struct Order {
            pub number: U32,
            pub items: List<crate::pins::v1::Item>,
        }
    }
    let path = temp_pin("compatible");
    check_pin_with::<v1::Order>(&path, LOCAL).unwrap();
    let err = check_pin_with::<renamed::Order>(&path, LOCAL).unwrap_err();
    let message = err.to_string();
    assert!(!err.diff().unwrap().is_breaking());
    assert!(message.contains("COMPATIBLE"), "{message}");
    assert!(
        message.contains("Order.number: field renamed: id -> number"),
        "{message}"
    );
    assert!(message.contains("BYTEREPR_PIN=update"), "{message}");
}

#[test]
fn update_mode_rewrites_the_file_and_passes() {
    let path = temp_pin("update");
    check_pin_with::<v1::Order>(&path, LOCAL).unwrap();
    let update = PinOptions {
        update: true,
        ci: false,
    };
    let Ok(PinStatus::Updated { diff, .. }) = check_pin_with::<v2::Order>(&path, update) else {
        panic!("not updated");
    };
    assert!(diff.is_breaking());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        byterepr::schema::<v2::Order>().to_string()
    );
    assert_eq!(
        check_pin_with::<v2::Order>(&path, LOCAL).unwrap(),
        PinStatus::Unchanged
    );
}

#[test]
fn a_missing_pin_is_written_locally_and_fails_under_ci() {
    let path = temp_pin("missing");
    let ci = PinOptions {
        update: false,
        ci: true,
    };
    let err = check_pin_with::<v1::Order>(&path, ci).unwrap_err();
    assert!(matches!(err, PinError::Missing { .. }));
    let message = err.to_string();
    assert!(
        message.contains("BYTEREPR_PIN=update") && message.contains("commit"),
        "{message}"
    );
    assert!(!path.exists());

    let status = check_pin_with::<v1::Order>(&path, LOCAL).unwrap();
    assert!(matches!(status, PinStatus::Created { .. }));
    assert!(status.to_string().contains("wrote the schema pin"));
    assert!(path.exists());
    // Once written, CI reads it like any other.
    assert_eq!(
        check_pin_with::<v1::Order>(&path, ci).unwrap(),
        PinStatus::Unchanged
    );
}

#[test]
fn pin_panics_with_the_message() {
    if std::env::var_os("BYTEREPR_PIN").is_some() {
        return; // update mode would accept the change
    }
    let path = temp_pin("panics");
    check_pin_with::<v1::Order>(&path, LOCAL).unwrap();
    let panic = std::panic::catch_unwind(|| byterepr::pin::<v2::Order>(&path)).unwrap_err();
    let message = panic.downcast_ref::<String>().unwrap();
    assert!(message.contains("Order.items[_].price"), "{message}");
    assert!(message.contains("BYTEREPR_PIN=update"), "{message}");
}

// ---- The std and foreign types' own schemas ----

/// A domain type of std and foreign types only, with mutual recursion through `Box`.
mod real {
    use std::collections::{BTreeMap, HashMap};
    use std::time::Duration;

    use byterepr::ByteRepr;

    #[derive(ByteRepr)]
    #[byterepr(domain = "shop.order/3")]
    pub struct Order {
        pub id: uuid::Uuid,
        pub lines: Vec<Line>,
        pub tags: BTreeMap<String, u32>,
        pub blobs: HashMap<String, Vec<u8>>,
        pub window: (Duration, [u16; 4]),
        pub outcome: Result<u64, String>,
        pub status: Status,
        pub parent: Option<Box<Order>>,
    }

    #[derive(ByteRepr)]
    pub struct Line {
        pub sku: String,
        pub price: f64,
        pub bundle: Option<Box<Bundle>>,
    }

    #[derive(ByteRepr)]
    pub struct Bundle {
        pub lines: Vec<Line>,
    }

    #[derive(ByteRepr)]
    pub enum Status {
        Open,
        #[byterepr(tag = 10)]
        Shipped {
            carrier: String,
            at: i64,
        },
        Cancelled(char),
    }
}

#[test]
fn the_committed_pin_of_std_and_foreign_types_matches() {
    byterepr::pin::<real::Order>("pins/std_order.pin");
    let text = byterepr::schema::<real::Order>().to_string();
    // Mutual recursion (Line -> Bundle -> Line) and self-recursion (Order -> Order) end:
    // one block per struct, enum and custom layout.
    let blocks: Vec<&str> = text.lines().filter(|l| l.starts_with("type ")).collect();
    assert_eq!(blocks.len(), 6, "{text}");
    for shape in [
        "seq tests::pins::real::Line",
        "map<str, u32> sorted",
        "map<str, seq u8> by bytes",
        "option tests::pins::real::Order",
        "array<u16; 4>",
        "custom \"uuid::Uuid\" version 1",
        "variant Shipped = 10",
    ] {
        assert!(text.contains(shape), "{shape} not in\n{text}");
    }
}

#[test]
fn a_pointer_has_its_pointees_schema_and_fingerprint() {
    assert_eq!(
        byterepr::fingerprint::<Box<real::Line>>(),
        byterepr::fingerprint::<real::Line>()
    );
    assert_eq!(
        byterepr::fingerprint::<std::sync::Arc<real::Line>>(),
        byterepr::fingerprint::<std::rc::Rc<real::Line>>()
    );
    assert_ne!(
        byterepr::fingerprint::<Vec<real::Line>>(),
        byterepr::fingerprint::<real::Line>()
    );
}
