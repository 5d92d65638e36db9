//! `byterepr::explain` and `byterepr::diff`: the explanation of every golden vector agrees
//! with its bytes, paths and `Display` of a derived order, and diffs that name what changed.

use std::collections::{BTreeMap, HashMap};

use byterepr::ByteRepr;
use byterepr::explain::{ChangeKind, Node};
use proptest::collection::{btree_map, hash_map, vec};
use proptest::prelude::*;

/// Checks that `explain(value)` agrees with `to_vec(value)`: the same bytes, every node's
/// bytes at its offset, children inside their parent in order, and leaves (the nodes
/// without children) covering the bytes exactly, in order. Called for every golden vector.
#[track_caller]
pub fn check_explains<T: ByteRepr + ?Sized>(value: &T) {
    let explanation = byterepr::explain(value);
    let bytes = byterepr::to_vec(value);
    assert_eq!(explanation.bytes(), bytes, "explain's bytes are to_vec's");
    let root = explanation.root();
    assert_eq!(
        (root.offset(), root.len()),
        (0, bytes.len()),
        "the root covers the bytes"
    );
    for node in explanation.iter() {
        assert_eq!(
            node.bytes(),
            &bytes[node.offset()..node.offset() + node.len()],
            "bytes of {:?}",
            node.path()
        );
        let mut at = node.offset();
        for child in node.children() {
            assert!(
                child.offset() >= at,
                "{:?} starts inside its elder sibling",
                child.path()
            );
            at = child.offset() + child.len();
            assert!(
                at <= node.offset() + node.len(),
                "{:?} ends past its parent",
                child.path()
            );
        }
    }
    let mut leaves = Vec::new();
    collect_leaves(root, &mut leaves);
    assert_eq!(
        leaves, bytes,
        "the leaves, in order, are the bytes\n{explanation}"
    );
}

fn collect_leaves(node: Node<'_>, out: &mut Vec<u8>) {
    if node.children().len() == 0 {
        out.extend_from_slice(node.bytes());
    }
    for child in node.children() {
        collect_leaves(child, out);
    }
}

#[derive(ByteRepr, Clone, PartialEq, Debug)]
struct Item {
    sku: String,
    price: f64,
}

#[derive(ByteRepr, Clone, PartialEq, Debug)]
enum Status {
    Open,
    Cancelled(String),
}

#[derive(ByteRepr, Clone, PartialEq, Debug)]
struct Order {
    id: u64,
    items: Vec<Item>,
    status: Status,
    tags: BTreeMap<String, u32>,
}

fn order() -> Order {
    Order {
        id: 7,
        items: vec![
            Item {
                sku: "ab-1".into(),
                price: 19.99,
            },
            Item {
                sku: "cd-22".into(),
                price: 5.0,
            },
        ],
        status: Status::Cancelled("late".into()),
        tags: BTreeMap::from([("gift".into(), 1), ("rush".into(), 2)]),
    }
}

const ORDER_DISPLAY: &str = "\
(root)                         Order                  @0+61   07 00 00 00 00 00 00 00 … (61 bytes)
  id                           u64                    @0+8    7
  items                        Vec<Item>              @8+28   02 04 61 62 2d 31 3d 0a … (28 bytes)
    items.<len>                len                    @8+1    2
    items[0]                   Item                   @9+13   04 61 62 2d 31 3d 0a d7 a3 70 fd 33 40
      items[0].sku             String                 @9+5    \"ab-1\"
      items[0].price           f64                    @14+8   19.99
    items[1]                   Item                   @22+14  05 63 64 2d 32 32 00 00 00 00 00 00 14 40
      items[1].sku             String                 @22+6   \"cd-22\"
      items[1].price           f64                    @28+8   5.0
  status                       Status                 @36+6   01 04 6c 61 74 65
    status::Cancelled          -                      @36+6   01 04 6c 61 74 65
      status::Cancelled.<tag>  tag                    @36+1   1
      status::Cancelled.0      String                 @37+5   \"late\"
  tags                         BTreeMap<String, u32>  @42+19  02 04 67 69 66 74 01 00 … (19 bytes)
    tags.<len>                 len                    @42+1   2
    tags[\"gift\"]               -                      @43+9   04 67 69 66 74 01 00 00 00
      tags[\"gift\"].key         str                    @43+5   \"gift\"
      tags[\"gift\"].value       u32                    @48+4   1
    tags[\"rush\"]               -                      @52+9   04 72 75 73 68 02 00 00 00
      tags[\"rush\"].key         str                    @52+5   \"rush\"
      tags[\"rush\"].value       u32                    @57+4   2
";

#[test]
fn an_order_explains_every_part_by_path() {
    let order = order();
    let explanation = byterepr::explain(&order);
    check_explains(&order);
    assert_eq!(explanation.to_string(), ORDER_DISPLAY);

    let price = explanation.find("items[1].price").expect("a price");
    assert_eq!(price.segment(), "price");
    assert_eq!(price.type_name(), "f64");
    assert_eq!(price.value(), Some("5.0"));
    assert_eq!(price.bytes(), 5.0f64.to_le_bytes());
    let cancelled = explanation.find("status::Cancelled.0").expect("the reason");
    assert_eq!(cancelled.value(), Some("\"late\""));
    assert_eq!(explanation.find("items").unwrap().type_name(), "Vec<Item>");
    assert_eq!(
        explanation.find("tags[\"rush\"].value").unwrap().value(),
        Some("2")
    );
    assert!(explanation.find("items[2]").is_none());
    let paths: Vec<&str> = explanation.root().children().map(|n| n.path()).collect();
    assert_eq!(paths, ["id", "items", "status", "tags"]);
}

#[test]
fn hashed_maps_show_their_entries_by_key_in_byte_order() {
    let map: HashMap<String, Vec<u8>> = HashMap::from([
        ("b".into(), vec![]),
        ("a".into(), vec![1]),
        ("c".into(), vec![2, 3]),
    ]);
    check_explains(&map);
    let explanation = byterepr::explain(&map);
    let entries: Vec<&str> = explanation.root().children().map(|n| n.segment()).collect();
    assert_eq!(entries, ["<len>", "[\"a\"]", "[\"b\"]", "[\"c\"]"]);
    let value = explanation.find("[\"c\"].value").expect("an entry's value");
    assert_eq!(value.bytes(), [2, 2, 3]);
    // Nested: a hashed map inside a hashed map's value.
    let nested: HashMap<u8, HashMap<u8, u8>> =
        HashMap::from([(1, HashMap::from([(2, 3), (4, 5)])), (6, HashMap::new())]);
    check_explains(&nested);
    let explanation = byterepr::explain(&nested);
    assert_eq!(
        explanation.find("[1].value[4].value").unwrap().value(),
        Some("5")
    );
    let set: std::collections::HashSet<&str> = ["x", "yy"].into();
    check_explains(&set);
    assert!(byterepr::explain(&set).find("{\"yy\"}").is_some());
}

/// Written with a `with` function: one part, with the bytes the function wrote.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "a `with` function takes the field by reference"
)]
fn write_shown<S: byterepr::Sink + ?Sized>(value: &u32, sink: &mut S) -> Result<(), S::Error> {
    sink.write_str(&value.to_string())
}

#[derive(ByteRepr)]
struct Shown {
    #[byterepr(with = write_shown)]
    count: u32,
    flag: bool,
}

/// A hand-written impl that marks nothing.
struct Plain(u16, String);

impl ByteRepr for Plain {
    fn write_to<S: byterepr::Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_u16(self.0)?;
        sink.write_str(&self.1)
    }
}

#[test]
fn a_with_field_is_one_leaf_and_an_unmarked_impl_one_part() {
    let shown = Shown {
        count: 42,
        flag: true,
    };
    check_explains(&shown);
    let explanation = byterepr::explain(&shown);
    let count = explanation.find("count").expect("the with field");
    assert_eq!(count.children().len(), 0);
    assert_eq!(count.value(), Some("\"42\""));
    assert_eq!(count.bytes(), [2, b'4', b'2']);

    let plain = (Plain(3, "ab".into()), 1u8);
    check_explains(&plain);
    let explanation = byterepr::explain(&plain);
    let part = explanation.find("[0]").expect("the unmarked value");
    assert_eq!(part.type_name(), "Plain");
    assert_eq!(part.bytes(), [3, 0, 2, b'a', b'b']);
    let leaves: Vec<&str> = part.children().map(|n| n.segment()).collect();
    assert_eq!(leaves, ["<u16>", "<str>"]);
    assert!(part.children().all(|leaf| leaf.children().len() == 0));
}

fn changes(
    diff: &byterepr::explain::Diff,
) -> Vec<(String, ChangeKind, Option<String>, Option<String>)> {
    diff.iter()
        .map(|c| {
            (
                c.path().to_owned(),
                c.kind(),
                c.before().map(str::to_owned),
                c.after().map(str::to_owned),
            )
        })
        .collect()
}

fn change(
    path: &str,
    kind: ChangeKind,
    before: Option<&str>,
    after: Option<&str>,
) -> (String, ChangeKind, Option<String>, Option<String>) {
    (
        path.to_owned(),
        kind,
        before.map(str::to_owned),
        after.map(str::to_owned),
    )
}

#[test]
fn diff_names_a_changed_nested_field() {
    let mut after = order();
    after.items[0].price = 20.0;
    let diff = byterepr::diff(&order(), &after);
    assert_eq!(
        changes(&diff),
        [change(
            "items[0].price",
            ChangeKind::Changed,
            Some("19.99"),
            Some("20.0")
        )]
    );
    assert_eq!(
        diff.to_string(),
        "`items[0].price`: 19.99 → 20.0 (bytes 3d0ad7a370fd3340 → 0000000000003440)\n"
    );
    let change = diff.iter().next().unwrap();
    assert_eq!(change.before_bytes(), 19.99f64.to_le_bytes());
    assert_eq!(change.after_bytes(), 20.0f64.to_le_bytes());
}

#[test]
fn diff_names_added_elements_variants_and_map_keys() {
    let mut longer = order();
    longer.items.push(Item {
        sku: "x".into(),
        price: 1.0,
    });
    assert_eq!(
        changes(&byterepr::diff(&order(), &longer)),
        [
            change("items.<len>", ChangeKind::Changed, Some("2"), Some("3")),
            change("items[2]", ChangeKind::Added, None, None),
        ]
    );
    assert_eq!(
        changes(&byterepr::diff(&longer, &order())),
        [
            change("items.<len>", ChangeKind::Changed, Some("3"), Some("2")),
            change("items[2]", ChangeKind::Removed, None, None),
        ]
    );

    let mut open = order();
    open.status = Status::Open;
    let diff = byterepr::diff(&order(), &open);
    assert_eq!(
        changes(&diff),
        [change(
            "status",
            ChangeKind::Changed,
            Some("Cancelled"),
            Some("Open")
        )]
    );
    assert_eq!(
        diff.to_string(),
        "`status`: Cancelled → Open (bytes 01046c617465 → 00)\n"
    );

    let mut retagged = order();
    retagged.tags.remove("gift");
    retagged.tags.insert("zz".into(), 9);
    assert_eq!(
        changes(&byterepr::diff(&order(), &retagged)),
        [
            change("tags[\"gift\"]", ChangeKind::Removed, None, None),
            change("tags[\"zz\"]", ChangeKind::Added, None, None),
        ]
    );
    let mut revalued = order();
    revalued.tags.insert("rush".into(), 3);
    assert_eq!(
        changes(&byterepr::diff(&order(), &revalued)),
        [change(
            "tags[\"rush\"].value",
            ChangeKind::Changed,
            Some("2"),
            Some("3")
        )]
    );

    let hashed = |pairs: &[(u8, &str)]| -> HashMap<u8, String> {
        pairs.iter().map(|&(k, v)| (k, v.to_owned())).collect()
    };
    assert_eq!(
        changes(&byterepr::diff(
            &hashed(&[(1, "a"), (2, "b")]),
            &hashed(&[(1, "a"), (3, "b")])
        )),
        [
            change("[2]", ChangeKind::Removed, None, None),
            change("[3]", ChangeKind::Added, None, None),
        ]
    );
}

#[test]
fn equal_values_have_an_empty_diff() {
    let diff = byterepr::diff(&order(), &order());
    assert!(diff.is_empty());
    assert_eq!(diff.len(), 0);
    assert_eq!(diff.to_string(), "no differences\n");
    // Equal bytes, different values: -0.0 and 0.0 differ, every NaN is one.
    assert!(byterepr::diff(&f64::NAN, &-f64::NAN).is_empty());
    assert!(!byterepr::diff(&0.0f64, &-0.0f64).is_empty());
}

/// A value with sequences, options, variants, ordered and hashed maps and tuples, for the
/// property below.
#[derive(ByteRepr, Debug, Clone)]
enum Shape {
    Leaf(u8),
    Pair(Option<u16>, String),
    Many(Vec<Shape>),
    Ordered(BTreeMap<u8, Shape>),
    Hashed(HashMap<String, (u8, bool)>),
}

fn shape() -> impl Strategy<Value = Shape> {
    let leaf = prop_oneof![
        any::<u8>().prop_map(Shape::Leaf),
        (proptest::option::of(0u16..4), "[ab]{0,2}").prop_map(|(n, s)| Shape::Pair(n, s)),
        hash_map("[ab]{0,2}", (0u8..3, any::<bool>()), 0..3).prop_map(Shape::Hashed),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(Shape::Many),
            btree_map(0u8..3, inner, 0..3).prop_map(Shape::Ordered),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn diff_is_empty_exactly_when_the_bytes_are_equal(a in shape(), b in shape()) {
        let diff = byterepr::diff(&a, &b);
        prop_assert_eq!(diff.is_empty(), byterepr::to_vec(&a) == byterepr::to_vec(&b));
        prop_assert!(byterepr::diff(&a, &a.clone()).is_empty());
        check_explains(&a);
    }
}

/// A linked list far deeper than explain shows: the bytes are all there, the tree stops at
/// 128 nested parts with one `deeper` leaf for the rest, and nothing recurses past that.
#[test]
fn a_deep_value_is_shown_to_a_bounded_depth() {
    #[derive(ByteRepr)]
    enum List {
        Nil,
        Cons(u32, Box<List>),
    }
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let list = (0..10_000).fold(List::Nil, |next, n| List::Cons(n, Box::new(next)));
            let explained = byterepr::explain(&list);
            let bytes = byterepr::to_vec(&list);
            assert_eq!(explained.bytes(), bytes);
            check_explains(&list);
            let deepest = explained
                .iter()
                .map(|node| node.path().matches("::Cons").count())
                .max();
            // Each level is two parts (the variant, then field 1).
            assert_eq!(deepest, Some(64));
            // The deepest shown part holds the rest as one leaf, shown as its value.
            let deeper: Vec<_> = explained
                .iter()
                .filter(|node| node.value() == Some("(parts nested more than 128 deep)"))
                .collect();
            assert_eq!(deeper.len(), 1, "one leaf for the run of deeper bytes");
            let tail = &bytes[deeper[0].offset()..];
            assert_eq!(deeper[0].bytes(), tail);
            let mut other = (0..10_000).fold(List::Nil, |next, n| List::Cons(n, Box::new(next)));
            assert!(byterepr::diff(&list, &other).is_empty());
            if let List::Cons(n, _) = &mut other {
                *n += 1;
            }
            assert_eq!(byterepr::diff(&list, &other).len(), 1);
            // Leak the lists: their own `Drop` is recursive too, and not what this tests.
            std::mem::forget((list, other));
        })
        .expect("spawning the test thread")
        .join()
        .expect("explain of a deep value");
}
