//! `indexmap::IndexMap` and `IndexSet`. Their `Eq` ignores the order of the entries (two maps
//! with the same entries inserted in different orders are `==`), so they encode like
//! `HashMap` and `HashSet`: entries sorted by their encoded bytes. To hash the insertion
//! order too, encode the entries as a sequence: `byterepr::write_seq(sink, map.iter())`
//! writes the bytes of the `Vec` of `(key, value)` pairs, in order.

use ::indexmap::{IndexMap, IndexSet};

crate::impls::maps::unordered_impls! {
    /// `len`, then each `(key, value)`, sorted by the entry's encoded bytes, as a `HashMap`:
    /// insertion order is not written, as `==` ignores it.
    map: [H] IndexMap<K, V, H>;
    /// `len`, then each element, sorted by the element's encoded bytes, as a `HashSet`:
    /// insertion order is not written, as `==` ignores it.
    set: [H] IndexSet<T, H>;
}
