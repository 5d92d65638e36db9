//! Evolving types (issue #11): three generations of one struct and of one enum, where each
//! generation appends `added` fields. Exhaustive over small domains, in every position a type
//! can be embedded in, in both formats: over all three generations together, one logical
//! value has one encoding and one encoding one logical value (so a value that exists in an
//! earlier generation keeps its bytes, and a value with a non-default added field shares
//! bytes with no value of any generation), and no encoding is a prefix of another.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use byterepr::ByteRepr;

/// The first generation: opted in from the start, no added field yet.
#[derive(ByteRepr, Clone, Debug)]
#[byterepr(evolving)]
struct V1 {
    id: u8,
    on: bool,
}

/// The second generation: one field appended.
#[derive(ByteRepr, Clone, Debug)]
#[byterepr(evolving)]
struct V2 {
    id: u8,
    on: bool,
    #[byterepr(added)]
    note: Option<bool>,
}

/// The third generation: two fields appended.
#[derive(ByteRepr, Clone, Debug, PartialEq)]
#[byterepr(evolving)]
struct V3 {
    id: u8,
    on: bool,
    #[byterepr(added)]
    note: Option<bool>,
    #[byterepr(added)]
    tags: Vec<bool>,
}

/// The first generation of an enum: a unit variant and a variant with a field.
#[derive(ByteRepr, Clone, Debug)]
#[byterepr(evolving)]
enum E1 {
    Idle,
    Busy { job: u8 },
}

/// The second generation: `Busy` gains a field.
#[derive(ByteRepr, Clone, Debug)]
#[byterepr(evolving)]
enum E2 {
    Idle,
    Busy {
        job: u8,
        #[byterepr(added)]
        urgent: bool,
    },
}

/// The third generation: the unit variant gains a field, `Busy` another.
#[derive(ByteRepr, Clone, Debug, PartialEq)]
#[byterepr(evolving)]
enum E3 {
    Idle {
        #[byterepr(added)]
        since: Option<u8>,
    },
    Busy {
        job: u8,
        #[byterepr(added)]
        urgent: bool,
        #[byterepr(added)]
        by: String,
    },
}

/// A plain struct holding the type as a field, before another field.
#[derive(ByteRepr)]
struct Field<T> {
    inner: T,
    tail: bool,
}

/// A plain enum holding the type as a payload, alone or beside another value of it.
#[derive(ByteRepr)]
enum Payload<T> {
    Nothing,
    One(T),
    Two(T, T),
}

/// An evolving struct holding the type, then an added field of its own.
#[derive(ByteRepr)]
#[byterepr(evolving)]
struct Holder<T> {
    inner: T,
    #[byterepr(added)]
    extra: bool,
}

fn bools() -> [bool; 2] {
    [false, true]
}

fn v1s() -> Vec<V1> {
    let mut out = Vec::new();
    for id in 0..3 {
        for on in bools() {
            out.push(V1 { id, on });
        }
    }
    out
}

fn v2s() -> Vec<V2> {
    let mut out = Vec::new();
    for V1 { id, on } in v1s() {
        for note in [None, Some(false), Some(true)] {
            out.push(V2 { id, on, note });
        }
    }
    out
}

fn v3s() -> Vec<V3> {
    let tags = [
        vec![],
        vec![false],
        vec![true],
        vec![false, true],
        vec![true, true],
    ];
    let mut out = Vec::new();
    for V2 { id, on, note } in v2s() {
        for tags in &tags {
            out.push(V3 {
                id,
                on,
                note,
                tags: tags.clone(),
            });
        }
    }
    out
}

fn e1s() -> Vec<E1> {
    let mut out = vec![E1::Idle];
    out.extend((0..3).map(|job| E1::Busy { job }));
    out
}

fn e2s() -> Vec<E2> {
    let mut out = vec![E2::Idle];
    for job in 0..3 {
        out.extend(bools().map(|urgent| E2::Busy { job, urgent }));
    }
    out
}

fn e3s() -> Vec<E3> {
    let mut out: Vec<E3> = [None, Some(0), Some(1)]
        .into_iter()
        .map(|since| E3::Idle { since })
        .collect();
    for job in 0..3 {
        for urgent in bools() {
            for by in ["", "a", "ab"] {
                let by = by.to_owned();
                out.push(E3::Busy { job, urgent, by });
            }
        }
    }
    out
}

/// Every encoding of one position in one format: which logical value each belongs to.
#[derive(Default)]
struct Table {
    by_bytes: HashMap<Vec<u8>, String>,
    by_value: HashMap<String, Vec<u8>>,
    encodings: usize,
}

impl Table {
    /// Records that `value` (a logical value, as the latest generation prints it) encodes
    /// to `bytes`; fails on a second encoding of a value or a second value of an encoding.
    fn record(&mut self, value: String, bytes: Vec<u8>) {
        self.encodings += 1;
        match self.by_value.entry(value.clone()) {
            Entry::Occupied(known) => assert_eq!(
                known.get(),
                &bytes,
                "{value} changed bytes from one generation to the next"
            ),
            Entry::Vacant(slot) => {
                slot.insert(bytes.clone());
            }
        }
        match self.by_bytes.entry(bytes) {
            Entry::Occupied(known) => {
                assert_eq!(known.get(), &value, "collision at {:02x?}", known.key());
            }
            Entry::Vacant(slot) => {
                slot.insert(value);
            }
        }
    }

    /// Fails when an encoding is a proper prefix of another: in sorted order, a prefix
    /// comes right before one of the encodings it is a prefix of.
    fn assert_prefix_free(&self, what: &str) {
        let mut all: Vec<&Vec<u8>> = self.by_bytes.keys().collect();
        all.sort();
        for pair in all.windows(2) {
            assert!(
                !pair[1].starts_with(pair[0]),
                "{what}: {:02x?} ({}) is a prefix of {:02x?} ({})",
                pair[0],
                self.by_bytes[pair[0]],
                pair[1],
                self.by_bytes[pair[1]],
            );
        }
    }
}

/// The tables of every position a type is embedded in, in both formats.
#[derive(Default)]
struct Positions {
    tables: HashMap<(&'static str, &'static str), Table>,
}

impl Positions {
    fn record<T: ByteRepr + ?Sized>(&mut self, position: &'static str, value: &str, of: &T) {
        let canonical = byterepr::to_vec(of);
        assert_eq!(of.encoded_len(), canonical.len(), "{value}");
        let java = byterepr::java::to_vec(of).unwrap();
        assert_eq!(
            byterepr::java::encoded_len(of).unwrap(),
            java.len(),
            "{value}"
        );
        for (format, bytes) in [("canonical", canonical), ("java", java)] {
            let table = self.tables.entry((position, format)).or_default();
            table.record(value.to_owned(), bytes);
        }
    }

    /// Records `values` of one generation, seen as `latest` prints them, in every position.
    fn generation<T: ByteRepr, L: std::fmt::Debug>(&mut self, values: &[T], latest: &[L]) {
        let pairs: Vec<(&T, String)> = values
            .iter()
            .zip(latest)
            .map(|(value, latest)| (value, format!("{latest:?}")))
            .collect();
        for (value, key) in &pairs {
            self.record("alone", key, *value);
            self.record("option", &format!("Some({key})"), &Some(*value));
            for tail in bools() {
                self.record("tuple first", &format!("({key}, {tail})"), &(*value, tail));
                self.record("tuple last", &format!("({tail}, {key})"), &(tail, *value));
                let field = Field {
                    inner: *value,
                    tail,
                };
                self.record("field", &format!("Field({key}, {tail})"), &field);
                let holder = Holder {
                    inner: *value,
                    extra: tail,
                };
                self.record("evolving field", &format!("Holder({key}, {tail})"), &holder);
            }
            self.record("payload", &format!("One({key})"), &Payload::One(*value));
            self.record("vec", &format!("[{key}]"), &vec![*value]);
        }
        for (a, key_a) in &pairs {
            for (b, key_b) in &pairs {
                self.record("vec", &format!("[{key_a}, {key_b}]"), &vec![*a, *b]);
                let two = Payload::Two(*a, *b);
                self.record("payload", &format!("Two({key_a}, {key_b})"), &two);
            }
        }
    }

    /// The values that hold no value of the type, recorded once.
    fn empties<T: ByteRepr>(&mut self) {
        self.record("option", "None", &None::<T>);
        self.record("vec", "[]", &Vec::<T>::new());
        self.record("payload", "Nothing", &Payload::<T>::Nothing);
    }

    /// Checks prefix-freedom everywhere and returns how many encodings were checked.
    fn finish(self) -> usize {
        let mut total = 0;
        for ((position, format), table) in &self.tables {
            table.assert_prefix_free(&format!("{position}, {format}"));
            total += table.encodings;
        }
        total
    }
}

#[test]
fn three_generations_of_a_struct_keep_old_bytes_and_stay_canonical_everywhere() {
    let up1 = |v: &V1| V3 {
        id: v.id,
        on: v.on,
        note: None,
        tags: vec![],
    };
    let up2 = |v: &V2| V3 {
        id: v.id,
        on: v.on,
        note: v.note,
        tags: vec![],
    };
    let mut positions = Positions::default();
    positions.empties::<V3>();
    let (v1, v2, v3) = (v1s(), v2s(), v3s());
    positions.generation(&v1, &v1.iter().map(up1).collect::<Vec<_>>());
    positions.generation(&v2, &v2.iter().map(up2).collect::<Vec<_>>());
    positions.generation(&v3, &v3);
    let total = positions.finish();
    // 6, 18 and 90 values; each in 12 single-value positions (alone, `Some`, a payload, a
    // one-element vec, and with each `bool` beside it in two tuples, a plain struct and an
    // evolving one), every pair of a generation in a vec and a payload, and the 3 values
    // without one; in both formats.
    assert_eq!((v1.len(), v2.len(), v3.len()), (6, 18, 90));
    assert_eq!(total, 2 * (3 + (6 + 18 + 90) * 12 + (36 + 324 + 8100) * 2));
}

#[test]
fn three_generations_of_an_enum_keep_old_bytes_and_stay_canonical_everywhere() {
    let up1 = |v: &E1| match v {
        E1::Idle => E3::Idle { since: None },
        E1::Busy { job } => E3::Busy {
            job: *job,
            urgent: false,
            by: String::new(),
        },
    };
    let up2 = |v: &E2| match v {
        E2::Idle => E3::Idle { since: None },
        E2::Busy { job, urgent } => E3::Busy {
            job: *job,
            urgent: *urgent,
            by: String::new(),
        },
    };
    let mut positions = Positions::default();
    positions.empties::<E3>();
    let (e1, e2, e3) = (e1s(), e2s(), e3s());
    positions.generation(&e1, &e1.iter().map(up1).collect::<Vec<_>>());
    positions.generation(&e2, &e2.iter().map(up2).collect::<Vec<_>>());
    positions.generation(&e3, &e3);
    let total = positions.finish();
    assert_eq!((e1.len(), e2.len(), e3.len()), (4, 7, 21));
    assert_eq!(total, 2 * (3 + (4 + 7 + 21) * 12 + (16 + 49 + 441) * 2));
}
