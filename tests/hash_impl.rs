//! `#[byterepr(hash)]` and `hash::hash_canonical`: a `Hash` impl whose hash is a function of
//! the canonical bytes, so it agrees with `Eq` wherever equal values have equal bytes.

use std::collections::HashSet;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher, Hasher, RandomState};

use byterepr::ByteRepr;
use byterepr::hash::HasherSink;

#[derive(ByteRepr, PartialEq, Eq, Debug, Clone)]
#[byterepr(hash)]
struct Key {
    tenant: u32,
    path: Vec<String>,
    // Not part of the key's identity, nor of its bytes: equal keys still hash equally.
    #[byterepr(skip)]
    hits: u64,
}

#[derive(ByteRepr, PartialEq, Eq, Debug)]
#[byterepr(hash, domain = "event")]
enum Event<T> {
    Start(T),
    Stop,
}

/// The hash `state` gives the canonical bytes of `value` through a `HasherSink`.
fn bytes_hash<T: ByteRepr + ?Sized>(state: &impl BuildHasher, value: &T) -> u64 {
    let mut sink = HasherSink::from_hasher(state.build_hasher());
    value.write_to(&mut sink).unwrap();
    sink.finish()
}

fn key(tenant: u32, path: &[&str], hits: u64) -> Key {
    Key {
        tenant,
        path: path.iter().map(ToString::to_string).collect(),
        hits,
    }
}

#[test]
fn the_hash_is_the_hash_of_the_bytes() {
    let state = RandomState::new();
    for value in [
        key(1, &["a", "b"], 0),
        key(7, &[], 9),
        key(0, &["x"; 200], 1),
    ] {
        assert_eq!(state.hash_one(&value), bytes_hash(&state, &value));
        // For a streaming hasher that is one `write` of the bytes.
        let mut plain = state.build_hasher();
        plain.write(&byterepr::to_vec(&value));
        assert_eq!(state.hash_one(&value), plain.finish());
    }
    let event = Event::Start("go");
    assert_eq!(state.hash_one(&event), bytes_hash(&state, &event));
    assert_ne!(state.hash_one(&event), state.hash_one(Event::<&str>::Stop));
}

#[test]
fn equal_values_hash_equally_and_work_as_keys() {
    let state = BuildHasherDefault::<DefaultHasher>::default();
    // Equal by bytes although `hits` differs: the same hash (`Eq` says they differ, which
    // `Hash` allows).
    assert_eq!(
        state.hash_one(key(1, &["a"], 1)),
        state.hash_one(key(1, &["a"], 2))
    );
    // Prefix-free inside a larger key: the split between the fields moves the bytes.
    assert_ne!(
        state.hash_one((key(1, &["ab"], 0), key(1, &[], 0))),
        state.hash_one((key(1, &["a", "b"], 0), key(1, &[], 0)))
    );
    let set: HashSet<Key> = [key(1, &["a"], 0), key(1, &["a"], 0), key(2, &["a"], 0)]
        .into_iter()
        .collect();
    assert_eq!(set.len(), 2);
    assert!(set.contains(&key(2, &["a"], 0)));
}
