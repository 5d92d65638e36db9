//! `hashbrown::HashMap` and `HashSet`, for any hasher: encoded as std's (SPEC.md 3.9), entries
//! sorted by their encoded bytes, so the bytes depend neither on the hasher nor on the order
//! of the table. A `hashbrown` map and a std map with the same entries share bytes.

use ::hashbrown::{HashMap, HashSet};
use core::hash::BuildHasher;

use crate::deep::deep;
use crate::impls::maps::{map_encoded_len, write_hashed};
use crate::impls::sequences::sequence_encoded_len;
use crate::{ByteRepr, Sink};

/// `len`, then each `(key, value)`, sorted by the entry's encoded bytes.
impl<K: ByteRepr, V: ByteRepr, H: BuildHasher> ByteRepr for HashMap<K, V, H> {
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

/// `len`, then each element, sorted by the element's encoded bytes.
impl<T: ByteRepr, H: BuildHasher> ByteRepr for HashSet<T, H> {
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        deep!(T => write_hashed(sink, self.len(), self.iter(), |item, entry_sink| {
            item.write_to(entry_sink)
        }))
    }

    fn encoded_len(&self) -> usize {
        deep!(T => sequence_encoded_len(self.len(), self.iter()))
    }
}
