//! `indexmap::IndexMap` and `IndexSet`. Their `Eq` ignores the order of the entries (two maps
//! with the same entries inserted in different orders are `==`), so they encode like
//! `HashMap` and `HashSet`: entries sorted by their encoded bytes. To hash the insertion
//! order too, encode the entries as a sequence: `byterepr::write_seq(sink, map.iter())`
//! writes the bytes of the `Vec` of `(key, value)` pairs, in order.

use ::indexmap::{IndexMap, IndexSet};

use crate::deep::deep;
use crate::impls::maps::{map_encoded_len, write_hashed};
use crate::impls::sequences::sequence_encoded_len;
use crate::{ByteRepr, Sink};

/// `len`, then each `(key, value)`, sorted by the entry's encoded bytes, as a `HashMap`:
/// insertion order is not written, as `==` ignores it.
impl<K: ByteRepr, V: ByteRepr, H> ByteRepr for IndexMap<K, V, H> {
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        deep!(K, V => write_hashed(
            sink,
            self.len(),
            self.iter(),
            |(key, value), entry_sink| {
                key.write_to(entry_sink)?;
                value.write_to(entry_sink)
            }
        ))
    }

    fn encoded_len(&self) -> usize {
        deep!(K, V => map_encoded_len(self.len(), self.iter()))
    }
}

/// `len`, then each element, sorted by the element's encoded bytes, as a `HashSet`:
/// insertion order is not written, as `==` ignores it.
impl<T: ByteRepr, H> ByteRepr for IndexSet<T, H> {
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        deep!(T => write_hashed(sink, self.len(), self.iter(), |item, entry_sink| {
            item.write_to(entry_sink)
        }))
    }

    fn encoded_len(&self) -> usize {
        deep!(T => sequence_encoded_len(self.len(), self.iter()))
    }
}
