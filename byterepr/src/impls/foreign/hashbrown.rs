//! `hashbrown::HashMap` and `HashSet`, for any hasher: encoded as std's (SPEC.md 3.9), entries
//! sorted by their encoded bytes, so the bytes depend neither on the hasher nor on the order
//! of the table. A `hashbrown` map and a std map with the same entries share bytes.

use ::hashbrown::{HashMap, HashSet};
use core::hash::BuildHasher;

crate::impls::maps::unordered_impls! {
    /// `len`, then each `(key, value)`, sorted by the entry's encoded bytes.
    map: [H: BuildHasher] HashMap<K, V, H>;
    /// `len`, then each element, sorted by the element's encoded bytes.
    set: [H: BuildHasher] HashSet<T, H>;
}
