//! The serde bridge: for types that derive both `Serialize` and `ByteRepr`, `Serde(&v)` and
//! `serde::to_vec` give exactly the derive's bytes, in both formats; what serde can express
//! that is not canonical is refused with an error, never written as wrong bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use byterepr::serde::{self as bridge, Error};
use byterepr::{ByteRepr, Serde, java};
use proptest::collection::{btree_set, hash_map, vec};
use proptest::prelude::*;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

#[derive(Serialize, ByteRepr, Debug, Clone)]
struct Unit;

#[derive(Serialize, ByteRepr, Debug, Clone)]
struct Newtype(i32);

#[derive(Serialize, ByteRepr, Debug, Clone)]
struct Point {
    x: i16,
    y: f64,
    label: String,
}

#[derive(Serialize, ByteRepr, Debug, Clone)]
enum Shape {
    Empty,
    Circle(f32),
    Rect { w: u8, h: u8 },
    Pair(i64, char),
    Group(Vec<Shape>),
    Boxed(Box<Shape>),
}

#[derive(Serialize, ByteRepr, Debug, Clone)]
struct Record {
    id: u64,
    big: i128,
    flag: bool,
    point: Point,
    shape: Shape,
    tags: Vec<Option<String>>,
    scores: HashMap<String, Vec<u32>>,
    ranks: BTreeSet<u16>,
    nested: Option<Vec<(u8, bool)>>,
    unit: Unit,
    newtype: Newtype,
    array: [u16; 3],
    result: Result<u8, String>,
    bytes: Vec<u8>,
    unit_value: (),
}

fn point() -> impl Strategy<Value = Point> {
    (any::<i16>(), any::<f64>(), ".{0,4}").prop_map(|(x, y, label)| Point { x, y, label })
}

fn shape() -> impl Strategy<Value = Shape> {
    let leaf = prop_oneof![
        Just(Shape::Empty),
        any::<f32>().prop_map(Shape::Circle),
        (any::<u8>(), any::<u8>()).prop_map(|(w, h)| Shape::Rect { w, h }),
        (any::<i64>(), any::<char>()).prop_map(|(n, c)| Shape::Pair(n, c)),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(Shape::Group),
            inner.prop_map(|shape| Shape::Boxed(Box::new(shape))),
        ]
    })
}

fn record() -> impl Strategy<Value = Record> {
    (
        (any::<u64>(), any::<i128>(), any::<bool>(), point(), shape()),
        (
            vec(proptest::option::of(".{0,3}"), 0..4),
            hash_map(".{0,3}", vec(any::<u32>(), 0..3), 0..5),
            btree_set(any::<u16>(), 0..4),
            proptest::option::of(vec((any::<u8>(), any::<bool>()), 0..3)),
        ),
        (
            any::<i32>(),
            any::<[u16; 3]>(),
            prop_oneof![any::<u8>().prop_map(Ok), ".{0,3}".prop_map(Err)],
            vec(any::<u8>(), 0..6),
        ),
    )
        .prop_map(
            |(
                (id, big, flag, point, shape),
                (tags, scores, ranks, nested),
                (newtype, array, result, bytes),
            )| Record {
                id,
                big,
                flag,
                point,
                shape,
                tags,
                scores,
                ranks,
                nested,
                unit: Unit,
                newtype: Newtype(newtype),
                array,
                result,
                bytes,
                unit_value: (),
            },
        )
}

/// Every way through the bridge gives the derive's bytes.
fn assert_bridge_is_derive<T: Serialize + ByteRepr>(value: &T) {
    let expected = byterepr::to_vec(value);
    assert_eq!(byterepr::to_vec(&Serde(value)), expected);
    assert_eq!(bridge::to_vec(value).unwrap(), expected);
    assert_eq!(bridge::encoded_len(value).unwrap(), expected.len());
    assert_eq!(Serde(value).encoded_len(), expected.len());
    assert_eq!(bridge::sha256(value).unwrap(), byterepr::sha256(value));
    assert_eq!(
        java::to_vec(&Serde(value)).unwrap(),
        java::to_vec(value).unwrap()
    );
}

proptest! {
    #[test]
    fn serde_gives_the_derived_bytes(record in record()) {
        assert_bridge_is_derive(&record);
        assert_bridge_is_derive(&record.shape);
        assert_bridge_is_derive(&record.point);
        assert_bridge_is_derive(&record.scores);
        assert_bridge_is_derive(&(record.newtype.clone(), Unit, record.tags.clone()));
    }
}

#[test]
fn nan_is_canonical_and_the_format_is_not_human_readable() {
    let point = Point {
        x: 0,
        y: f64::from_bits(0xfff8_0000_0000_0001),
        label: String::new(),
    };
    assert_eq!(
        bridge::to_vec(&point).unwrap()[2..10],
        [0, 0, 0, 0, 0, 0, 0xf8, 0x7f]
    );
    // `IpAddr` has a compact form for formats that are not human-readable: a tag and octets.
    let addr: std::net::IpAddr = "10.0.0.1".parse().unwrap();
    assert_eq!(bridge::to_vec(&addr).unwrap(), [0, 10, 0, 0, 1]);
    assert_eq!(bridge::to_vec(&addr).unwrap(), byterepr::to_vec(&addr));
}

#[test]
fn std_types_whose_serde_form_differs() {
    // Same fields, same bytes.
    let duration = std::time::Duration::from_millis(1500);
    assert_eq!(
        bridge::to_vec(&duration).unwrap(),
        byterepr::to_vec(&duration)
    );
    // serde leaves out the flow info and scope id, and `SystemTime` has no tag (and no
    // form before the epoch): documented in SPEC.md 3.16.
    let v6: std::net::SocketAddrV6 = "[::1]:80".parse().unwrap();
    assert_eq!(
        bridge::to_vec(&v6).unwrap().len() + 8,
        byterepr::to_vec(&v6).len()
    );
    let now = std::time::UNIX_EPOCH + duration;
    assert_eq!(
        bridge::to_vec(&now).unwrap()[..],
        byterepr::to_vec(&now)[1..]
    );
    let before = std::time::UNIX_EPOCH - duration;
    assert!(matches!(bridge::to_vec(&before), Err(Error::Custom(_))));
}

#[test]
fn maps_are_sorted_by_their_bytes_whatever_the_iteration_order() {
    // A `BTreeMap` iterates in key order; the bridge cannot tell it from a `HashMap`, so it
    // sorts by bytes as for every map (unlike the derive's `BTreeMap`, see SPEC.md).
    let ordered = BTreeMap::from([(1u32, 'a'), (256, 'b')]);
    let hashed: HashMap<u32, char> = ordered.clone().into_iter().collect();
    assert_eq!(bridge::to_vec(&ordered).unwrap(), byterepr::to_vec(&hashed));
    assert_ne!(
        bridge::to_vec(&ordered).unwrap(),
        byterepr::to_vec(&ordered)
    );
}

/// A sequence and a map that serialize without announcing their length.
struct Unannounced;

impl Serialize for Unannounced {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        let mut tuple = serializer.serialize_tuple(2)?;
        tuple.serialize_element(&Stream(vec!["x", "yz"]))?;
        tuple.serialize_element(&StreamMap(vec![("b", 2u8), ("a", 1)]))?;
        tuple.end()
    }
}

struct Stream(Vec<&'static str>);

impl Serialize for Stream {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for item in &self.0 {
            seq.serialize_element(item)?;
        }
        seq.end()
    }
}

struct StreamMap(Vec<(&'static str, u8)>);

impl Serialize for StreamMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

#[test]
fn sequences_and_maps_of_unknown_length_are_counted() {
    let expected = (vec!["x", "yz"], HashMap::from([("b", 2u8), ("a", 1)]));
    assert_eq!(
        bridge::to_vec(&Unannounced).unwrap(),
        byterepr::to_vec(&expected)
    );
    assert_eq!(
        byterepr::to_vec(&Serde(&Unannounced)),
        byterepr::to_vec(&expected)
    );
    assert_eq!(Serde(&Unannounced).encoded_len(), expected.encoded_len());
    assert_eq!(
        java::to_vec(&Serde(&Unannounced)).unwrap(),
        java::to_vec(&expected).unwrap()
    );
}

/// Announces `declared` elements and serializes `given`.
struct Liar {
    declared: usize,
    given: usize,
    map: bool,
}

impl Serialize for Liar {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.map {
            let mut map = serializer.serialize_map(Some(self.declared))?;
            for n in 0..self.given {
                map.serialize_entry(&n, &())?;
            }
            map.end()
        } else {
            let mut seq = serializer.serialize_seq(Some(self.declared))?;
            for n in 0..self.given {
                // A lying impl may ignore the error and go on: the first one still counts.
                let _ = seq.serialize_element(&n);
            }
            seq.end()
        }
    }
}

#[test]
fn a_lying_length_is_an_error() {
    for map in [false, true] {
        let liar = Liar {
            declared: 2,
            given: 3,
            map,
        };
        let error = bridge::to_vec(&liar).unwrap_err();
        assert_eq!(
            error,
            Error::LengthMismatch {
                declared: 2,
                given: 3
            }
        );
        let short = Liar {
            declared: 2,
            given: 1,
            map,
        };
        assert_eq!(
            bridge::to_vec(&short).unwrap_err(),
            Error::LengthMismatch {
                declared: 2,
                given: 1
            }
        );
        assert!(
            bridge::to_vec(&Liar {
                declared: 2,
                given: 2,
                map
            })
            .is_ok()
        );
    }
}

#[derive(Serialize)]
struct Sparse {
    id: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

#[test]
fn skip_serializing_if_is_refused_when_it_skips() {
    let with_note = Sparse {
        id: 1,
        note: Some("n".into()),
    };
    assert_eq!(bridge::to_vec(&with_note).unwrap(), [1, 1, 1, b'n']);
    let without = Sparse { id: 1, note: None };
    assert_eq!(
        bridge::to_vec(&without).unwrap_err(),
        Error::SkippedField("note")
    );
    // Inside a map entry too, where the value is encoded into a scratch buffer first.
    let nested = HashMap::from([(1u8, without)]);
    assert_eq!(
        bridge::to_vec(&nested).unwrap_err(),
        Error::SkippedField("note")
    );
    assert_eq!(
        bridge::to_vec(&Sparse { id: 2, note: None })
            .unwrap_err()
            .to_string(),
        "field `note` was skipped by `skip_serializing_if`, which cannot be encoded canonically"
    );
}

#[test]
#[should_panic(expected = "byterepr::Serde cannot encode this value canonically")]
fn serde_panics_rather_than_write_wrong_bytes() {
    let _ = byterepr::to_vec(&Serde(&Sparse { id: 1, note: None }));
}

#[test]
fn a_failing_serialize_impl_is_a_custom_error() {
    let poisoned = std::sync::Arc::new(std::sync::Mutex::new(1u8));
    let clone = poisoned.clone();
    let _ = std::thread::spawn(move || {
        let _guard = clone.lock().unwrap();
        panic!("poison the lock");
    })
    .join();
    assert!(matches!(bridge::to_vec(&*poisoned), Err(Error::Custom(_))));
}

#[test]
fn a_sink_error_is_the_sinks() {
    // 65536 bytes: too long for Java's `writeUTF`, in a map entry and at the top.
    let long = "x".repeat(65_536);
    let map = HashMap::from([(long.clone(), 1u8)]);
    assert!(matches!(
        java::to_vec(&Serde(&map)),
        Err(java::Error::StringTooLong { len: 65_536 })
    ));
    assert!(matches!(
        java::to_vec(&Serde(&long)),
        Err(java::Error::StringTooLong { len: 65_536 })
    ));
}

#[test]
fn flatten_writes_a_map_with_the_field_names() {
    #[derive(Serialize)]
    struct Inner {
        b: u8,
    }
    #[derive(Serialize)]
    struct Outer {
        a: u8,
        #[serde(flatten)]
        inner: Inner,
    }
    // A map of two entries, keys as strings, sorted by bytes: "a" then "b".
    assert_eq!(
        bridge::to_vec(&Outer {
            a: 1,
            inner: Inner { b: 2 }
        })
        .unwrap(),
        [2, 1, b'a', 1, 1, b'b', 2]
    );
}

/// `#[byterepr(serde)]` writes a field as the bridge does.
mod field {
    use super::*;

    /// A type with only `Serialize`, as if from another crate.
    #[derive(Serialize)]
    struct Settings {
        retries: u8,
        hosts: Vec<String>,
    }

    #[derive(ByteRepr)]
    struct Job {
        name: String,
        #[byterepr(serde)]
        settings: Settings,
    }

    #[derive(ByteRepr)]
    #[byterepr(evolving)]
    struct Versioned {
        id: u8,
        #[byterepr(added, serde)]
        extra: Option<u16>,
    }

    #[test]
    fn a_serde_field_is_written_through_the_bridge() {
        let job = Job {
            name: "j".into(),
            settings: Settings {
                retries: 3,
                hosts: vec!["h".into()],
            },
        };
        let expected = ("j", 3u8, vec!["h"]);
        assert_eq!(byterepr::to_vec(&job), byterepr::to_vec(&expected));
        assert_eq!(job.encoded_len(), expected.encoded_len());
        assert_eq!(
            java::to_vec(&job).unwrap(),
            java::to_vec(&expected).unwrap()
        );
        assert_eq!(byterepr::to_vec(&Versioned { id: 1, extra: None }), [1, 1]);
        assert_eq!(
            byterepr::to_vec(&Versioned {
                id: 1,
                extra: Some(5)
            }),
            [4, 1, 1, 5, 0]
        );
    }
}
