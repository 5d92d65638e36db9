//! A derived type encodes exactly as the hand-written tuple of its fields (structs) or as a
//! hand-written `write_tag` + fields impl (enums), in the canonical and the Java format; and
//! derived enums with data are injective and prefix-free over a small enumerated domain.

use std::collections::HashMap;

use byterepr::{ByteRepr, Sink};
use proptest::prelude::*;

#[derive(ByteRepr, Debug, Clone)]
struct Record {
    id: u64,
    name: String,
    tags: Vec<String>,
    score: f64,
    note: Option<String>,
    flags: [bool; 3],
    initial: char,
    delta: i16,
}

impl Record {
    #[allow(
        clippy::type_complexity,
        reason = "the tuple is the point of the comparison"
    )]
    fn as_tuple(
        &self,
    ) -> (
        u64,
        &str,
        &[String],
        f64,
        &Option<String>,
        [bool; 3],
        char,
        i16,
    ) {
        (
            self.id,
            &self.name,
            &self.tags,
            self.score,
            &self.note,
            self.flags,
            self.initial,
            self.delta,
        )
    }
}

fn record() -> impl Strategy<Value = Record> {
    (
        any::<u64>(),
        ".{0,8}",
        prop::collection::vec(".{0,4}", 0..4),
        any::<f64>(),
        prop::option::of(".{0,4}"),
        any::<[bool; 3]>(),
        any::<char>(),
        any::<i16>(),
    )
        .prop_map(
            |(id, name, tags, score, note, flags, initial, delta)| Record {
                id,
                name,
                tags,
                score,
                note,
                flags,
                initial,
                delta,
            },
        )
}

#[derive(ByteRepr, Debug, Clone)]
enum Event {
    Start,
    Move { dx: i32, dy: i32 },
    Say(String, Option<u8>),
}

/// What the derive should generate for `Event`, written by hand.
struct HandEvent<'a>(&'a Event);

impl ByteRepr for HandEvent<'_> {
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        match self.0 {
            Event::Start => sink.write_tag(0),
            Event::Move { dx, dy } => {
                sink.write_tag(1)?;
                sink.write_i32(*dx)?;
                sink.write_i32(*dy)
            }
            Event::Say(text, volume) => {
                sink.write_tag(2)?;
                sink.write_str(text)?;
                volume.write_to(sink)
            }
        }
    }
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        Just(Event::Start),
        (any::<i32>(), any::<i32>()).prop_map(|(dx, dy)| Event::Move { dx, dy }),
        (".{0,6}", any::<Option<u8>>()).prop_map(|(text, volume)| Event::Say(text, volume)),
    ]
}

proptest! {
    #[test]
    fn derived_struct_encodes_as_the_tuple_of_its_fields(record in record()) {
        let tuple = record.as_tuple();
        prop_assert_eq!(byterepr::to_vec(&record), byterepr::to_vec(&tuple));
        prop_assert_eq!(record.encoded_len(), tuple.encoded_len());
        prop_assert_eq!(byterepr::java::to_vec(&record).ok(), byterepr::java::to_vec(&tuple).ok());
    }

    #[test]
    fn derived_enum_encodes_as_the_hand_written_impl(event in event()) {
        let hand = HandEvent(&event);
        prop_assert_eq!(byterepr::to_vec(&event), byterepr::to_vec(&hand));
        prop_assert_eq!(event.encoded_len(), hand.encoded_len());
        prop_assert_eq!(byterepr::java::to_vec(&event).ok(), byterepr::java::to_vec(&hand).ok());
    }
}

#[derive(ByteRepr, Debug, Clone, PartialEq)]
enum Small {
    Nothing,
    Flag(bool),
    Pair(bool, Option<bool>),
    Text {
        text: String,
    },
    Bits(Vec<bool>),
    #[byterepr(tag = 9)]
    Nested(Box<Small>),
    Last {
        a: Option<u8>,
        b: u8,
    },
}

/// Every `Small` up to a small size: all leaves, and each leaf nested once.
fn small_domain() -> Vec<Small> {
    let mut leaves = vec![Small::Nothing, Small::Flag(false), Small::Flag(true)];
    for a in [false, true] {
        for b in [None, Some(false), Some(true)] {
            leaves.push(Small::Pair(a, b));
        }
    }
    for text in ["", "a", "b", "ab", "ba", "\0", "aa"] {
        leaves.push(Small::Text { text: text.into() });
    }
    for len in 0..=3u32 {
        for mask in 0..(1u32 << len) {
            leaves.push(Small::Bits((0..len).map(|i| mask >> i & 1 == 1).collect()));
        }
    }
    for a in [None, Some(0), Some(1)] {
        for b in [0, 1] {
            leaves.push(Small::Last { a, b });
        }
    }
    let nested: Vec<Small> = leaves
        .iter()
        .map(|leaf| Small::Nested(Box::new(leaf.clone())))
        .collect();
    leaves.extend(nested);
    leaves
}

#[test]
fn derived_enum_with_data_is_injective_over_a_small_domain() {
    let domain = small_domain();
    assert_eq!(domain.len(), 2 * (3 + 6 + 7 + 15 + 6));
    let mut owners: HashMap<Vec<u8>, &Small> = HashMap::new();
    for value in &domain {
        let bytes = byterepr::to_vec(value);
        assert_eq!(bytes.len(), value.encoded_len());
        if let Some(other) = owners.insert(bytes, value) {
            panic!("{other:?} and {value:?} encode to the same bytes");
        }
    }
}

#[test]
fn derived_enum_with_data_is_prefix_free_over_a_small_domain() {
    // Prefix-free <=> every pair concatenates injectively.
    let domain = small_domain();
    let mut owners: HashMap<Vec<u8>, (&Small, &Small)> = HashMap::new();
    for a in &domain {
        for b in &domain {
            let bytes = byterepr::to_vec(&(a, b));
            if let Some(other) = owners.insert(bytes, (a, b)) {
                panic!("{other:?} and {:?} encode to the same bytes", (a, b));
            }
        }
    }
    assert_eq!(owners.len(), domain.len() * domain.len());
}
