//! Maps and sets. Ordered ones (`BTreeMap`, `BTreeSet`) write their entries in key order;
//! hashed ones (`HashMap`, `HashSet`, any hasher) write theirs sorted by the entries' own
//! encoded bytes, so the result depends neither on insertion order, nor on the hasher, nor
//! on `Ord`.

use alloc::collections::{BTreeMap, BTreeSet};

use super::sequences::sequence_encoded_len;
use crate::deep::deep;
use crate::explain::{Part, begin_element, begin_entry};
use crate::schema::{Order, Schema, Shape, of};
use crate::{ByteRepr, Sink, size};

/// `len`, then each `(key, value)` in ascending key order.
impl<K: ByteRepr, V: ByteRepr> ByteRepr for BTreeMap<K, V> {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Map {
        key: of::<K>,
        value: of::<V>,
        order: Order::Sorted,
    });

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        deep!(K, V => {
            sink.write_len(self.len())?;
            // Loops rather than `try_for_each`: fewer frames per level of a recursive value.
            // Each entry is a `Part::Entry` (built in `begin_entry`'s frame) holding a
            // `Part::Key` and a `Part::Value` (promoted constants); nothing for sinks other
            // than the explaining one.
            let mut entries = self.iter();
            while let Some((key, value)) = entries.next() {
                begin_entry(sink, self.len(), &entries);
                sink.begin_part(&Part::Key);
                key.write_to(sink)?;
                sink.end_part();
                sink.begin_part(&Part::Value);
                value.write_to(sink)?;
                sink.end_part();
                sink.end_part();
            }
            Ok(())
        })
    }

    fn encoded_len(&self) -> usize {
        deep!(K, V => map_encoded_len(self.len(), self.iter()))
    }
}

/// `len`, then each element in ascending order.
impl<T: ByteRepr> ByteRepr for BTreeSet<T> {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Set {
        item: of::<T>,
        order: Order::Sorted,
    });

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        deep!(T => {
            sink.write_len(self.len())?;
            // Each element is a `Part::Index`, as in a sequence.
            let mut items = self.iter();
            while let Some(item) = items.next() {
                begin_element::<T, S, _>(sink, self.len(), &items);
                item.write_to(sink)?;
                sink.end_part();
            }
            Ok(())
        })
    }

    fn encoded_len(&self) -> usize {
        deep!(T => sequence_encoded_len(self.len(), self.iter()))
    }
}

/// The encoded length of `len` then `entries` as `(key, value)` pairs.
pub(crate) fn map_encoded_len<'a, K, V>(
    len: usize,
    entries: impl Iterator<Item = (&'a K, &'a V)>,
) -> usize
where
    K: ByteRepr + 'a,
    V: ByteRepr + 'a,
{
    let entries: usize = if let (Some(k), Some(v)) = (K::ENCODED_SIZE, V::ENCODED_SIZE) {
        size::repeat(size::add(k, v), len)
    } else {
        // A loop rather than `fold`: fewer frames per level of a recursive value.
        let mut total = 0;
        for (key, value) in entries {
            total = size::add(size::add(total, key.encoded_len()), value.encoded_len());
        }
        total
    };
    size::sequence(len, entries)
}

/// The byte-sorted writer of unordered collections, public as [`crate::write_unordered`]
/// and used by `HashMap`, `HashSet` and the adapters of `byterepr::adapt`.
pub(crate) mod unordered {
    use alloc::vec::Vec;
    use core::ops::Range;

    use crate::Sink;

    /// Writes the entries of an unordered collection canonically: their number, then each
    /// entry's bytes, the entries sorted by those bytes (unsigned, lexicographic), so the
    /// result depends neither on the iteration order nor on a hasher, and needs no `Ord`.
    /// These are the bytes of `HashMap` and `HashSet` (SPEC.md 3.9), so any crate's map or
    /// set is encoded like them without copying this code: `write_entry` writes one entry
    /// (a map's key then its value, a set's element) into the sink it is given.
    ///
    /// ```
    /// use byterepr::{ByteRepr, Sink};
    /// use std::collections::HashSet;
    ///
    /// /// A set kept as an unsorted `Vec` (as if from another crate).
    /// struct Tags(Vec<&'static str>);
    ///
    /// impl ByteRepr for Tags {
    ///     fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
    ///         byterepr::write_unordered(sink, &self.0, |tag, entry| tag.write_to(entry))
    ///     }
    /// }
    ///
    /// let tags = Tags(vec!["b", "a", "ab"]);
    /// let set: HashSet<&str> = HashSet::from(["a", "ab", "b"]);
    /// assert_eq!(byterepr::to_vec(&tags), byterepr::to_vec(&set));
    /// assert_eq!(byterepr::to_vec(&tags), [3, 1, b'a', 1, b'b', 2, b'a', b'b']);
    /// ```
    ///
    /// The number written is the number of entries `entries` yielded, counted while they
    /// are encoded (the length goes out after the sorted entries are known and before any
    /// of them), so no iterator can make it wrong. Each entry is encoded once, into a
    /// scratch buffer of the sink's own format ([`Sink::with_scratch`]), so a format adapter
    /// such as the Java encoding sorts by its own bytes. Distinct entries must encode
    /// differently for the result to be injective (a set's elements, a map's keys are
    /// distinct; write the key first); the caller's collection is responsible for that.
    ///
    /// Allocates the scratch bytes and an index of them, except in a length counter, which
    /// counts entries in place.
    ///
    /// # Errors
    /// The first error of the sink or of `write_entry`.
    pub fn write_unordered<S, I, F>(
        sink: &mut S,
        entries: I,
        mut write_entry: F,
    ) -> Result<(), S::Error>
    where
        S: Sink + ?Sized,
        I: IntoIterator,
        F: FnMut(&I::Item, &mut dyn Sink<Error = S::Error>) -> Result<(), S::Error>,
    {
        // The loop of `write_hashed`, counting, with the length written after it. Not
        // shared through a helper: that function's frame is paid once per level of a
        // recursive `HashMap` and is measured (crate docs, "Limits"); a shared helper,
        // even inlined, made it overflow the deep-value tests of a debug build.
        let mut scratch = Vec::new();
        let mut runs: Vec<Range<usize>> = Vec::new();
        let mut count = 0usize;
        for entry in entries {
            count += 1;
            let start = scratch.len();
            sink.with_scratch(&mut scratch, &mut |entry_sink| {
                write_entry(&entry, entry_sink)
            })?;
            // As in `write_hashed`: a run that appended nothing is not kept.
            let end = scratch.len();
            if end > start {
                runs.push(start..end);
            }
        }
        sink.write_len(count)?;
        write_sorted(sink, &scratch, &mut runs)
    }

    /// Writes `len`, then the entries sorted by their encoded bytes in the sink's format:
    /// [`write_unordered`] for the std collections, whose `len` is exact, so the length goes
    /// out first as it always has.
    ///
    /// Each entry is encoded once, into one scratch buffer (via [`Sink::with_scratch`], so a
    /// format adapter's rules apply); the sorted byte runs then go to the sink as they are.
    /// Costs two allocations: the scratch bytes and the index of runs, made only when an
    /// entry appends bytes. The length counters (`LenCounter`, the Java length pass) count
    /// entries in place and append nothing, so counting allocates nothing.
    ///
    /// `with_scratch` may be any sink's override, so its effect on `scratch` is not trusted:
    /// an entry's run is what was appended during its call, and a run that the sink has
    /// since removed (it cleared or truncated `scratch`) is read as empty. The result is
    /// the one [`Sink::with_scratch`] documents, never a panic.
    ///
    /// This function is a stack frame per level of a recursive value (`struct
    /// MapTree(HashMap<u8, MapTree>)`), so it holds only what the entries' loop needs; the
    /// sort is in [`write_sorted`], whose locals are not on the stack while entries encode.
    #[cfg(any(
        feature = "std",
        feature = "indexmap",
        feature = "hashbrown",
        feature = "serde_json"
    ))]
    pub(crate) fn write_hashed<S, I, F>(
        sink: &mut S,
        len: usize,
        mut entries: I,
        mut write_entry: F,
    ) -> Result<(), S::Error>
    where
        S: Sink + ?Sized,
        I: Iterator,
        F: FnMut(&I::Item, &mut dyn Sink<Error = S::Error>) -> Result<(), S::Error>,
    {
        sink.write_len(len)?;
        let mut scratch = Vec::new();
        let mut runs: Vec<Range<usize>> = Vec::new();
        while let Some(entry) = next_entry(&mut entries) {
            let start = scratch.len();
            sink.with_scratch(&mut scratch, &mut |entry_sink| {
                write_entry(&entry, entry_sink)
            })?;
            // A sink that shrank `scratch` appended nothing this time. An empty run writes
            // no bytes wherever it sorts, so it is not kept.
            let end = scratch.len();
            if end > start {
                if runs.is_empty() {
                    runs.reserve(len);
                }
                runs.push(start..end);
            }
        }
        write_sorted(sink, &scratch, &mut runs)
    }

    /// The next entry of `entries`. Out of line for the same reason as [`write_sorted`]:
    /// the hash table's iterator inlines into a large frame in a debug build.
    #[cfg(any(
        feature = "std",
        feature = "indexmap",
        feature = "hashbrown",
        feature = "serde_json"
    ))]
    #[inline(never)]
    fn next_entry<I: Iterator>(entries: &mut I) -> Option<I::Item> {
        entries.next()
    }

    /// Sorts `runs` of `scratch` by their bytes and writes them in that order. Out of line
    /// so that the sort's locals (large in a debug build) are not in the frame of
    /// [`write_hashed`], which is on the stack once per level of a recursive value.
    #[inline(never)]
    pub(crate) fn write_sorted<S: Sink + ?Sized>(
        sink: &mut S,
        scratch: &[u8],
        runs: &mut [Range<usize>],
    ) -> Result<(), S::Error> {
        let run_bytes = |run: &Range<usize>| scratch.get(run.clone()).unwrap_or_default();
        runs.sort_unstable_by(|a, b| run_bytes(a).cmp(run_bytes(b)));
        // Each sorted entry is a `Part::Entry`: the explaining sink recognises its bytes as
        // those of an entry it recorded in `with_scratch`, with the parts inside it.
        for (index, run) in runs.iter().enumerate() {
            crate::explain::begin_entry_at(sink, index);
            sink.write_raw(run_bytes(run))?;
            sink.end_part();
        }
        Ok(())
    }
}

/// Writes a hashed map entry's key as a `Part::Key`, for `explain`, which takes the rest of
/// the entry as its value. Out of line, and no `Part::Value` mark around the value: the
/// entry's closure is on the stack once per level of a recursive map (`struct
/// MapTree(HashMap<u8, MapTree>)`), and marks through its `dyn` entry sink, which do not
/// compile away, kept more of it there (47 bytes a level in a release build).
#[cfg(any(
    feature = "std",
    feature = "indexmap",
    feature = "hashbrown",
    feature = "serde_json"
))]
#[inline(never)]
pub(crate) fn write_key<K: ByteRepr + ?Sized, E>(
    key: &K,
    entry_sink: &mut dyn Sink<Error = E>,
) -> Result<(), E> {
    entry_sink.begin_part(&Part::Key);
    key.write_to(entry_sink)?;
    entry_sink.end_part();
    Ok(())
}

/// The writer of every collection whose equality ignores order and that knows its length:
/// std's hashed collections and the foreign maps and sets of `impls::foreign`.
#[cfg(any(
    feature = "std",
    feature = "indexmap",
    feature = "hashbrown",
    feature = "serde_json"
))]
pub(crate) use unordered::write_hashed;

/// The `ByteRepr` impls of a map type and a set type whose `==` ignores order: `len`, then
/// the entries sorted by their encoded bytes ([`write_hashed`]), and the schema that says so
/// ([`Order::ByBytes`]). One definition for std's
/// hashed collections and the foreign ones (`hashbrown`, `indexmap`), so they cannot drift.
#[cfg(any(feature = "std", feature = "indexmap", feature = "hashbrown"))]
macro_rules! unordered_impls {
    (
        $(#[$map_doc:meta])* map: [$($map_generics:tt)*] $map:ty;
        $(#[$set_doc:meta])* set: [$($set_generics:tt)*] $set:ty;
    ) => {
        $(#[$map_doc])*
        impl<K: $crate::ByteRepr, V: $crate::ByteRepr, $($map_generics)*> $crate::ByteRepr
            for $map
        {
            const SCHEMA: &'static $crate::schema::Schema =
                &$crate::schema::Schema::new::<Self>($crate::schema::Shape::Map {
                    key: $crate::schema::of::<K>,
                    value: $crate::schema::of::<V>,
                    order: $crate::schema::Order::ByBytes,
                });

            fn write_to<S: $crate::Sink + ?Sized>(
                &self,
                sink: &mut S,
            ) -> Result<(), S::Error> {
                $crate::deep::deep!(K, V => $crate::impls::maps::write_hashed(
                    sink,
                    self.len(),
                    self.iter(),
                    |(key, value), entry_sink| {
                        $crate::impls::maps::write_key(*key, entry_sink)?;
                        value.write_to(entry_sink)
                    }
                ))
            }

            fn encoded_len(&self) -> usize {
                $crate::deep::deep!(K, V => $crate::impls::maps::map_encoded_len(
                    self.len(),
                    self.iter()
                ))
            }
        }

        $(#[$set_doc])*
        impl<T: $crate::ByteRepr, $($set_generics)*> $crate::ByteRepr for $set {
            const SCHEMA: &'static $crate::schema::Schema =
                &$crate::schema::Schema::new::<Self>($crate::schema::Shape::Set {
                    item: $crate::schema::of::<T>,
                    order: $crate::schema::Order::ByBytes,
                });

            fn write_to<S: $crate::Sink + ?Sized>(
                &self,
                sink: &mut S,
            ) -> Result<(), S::Error> {
                $crate::deep::deep!(T => $crate::impls::maps::write_hashed(
                    sink,
                    self.len(),
                    self.iter(),
                    |item, entry_sink| item.write_to(entry_sink)
                ))
            }

            fn encoded_len(&self) -> usize {
                $crate::deep::deep!(T => $crate::impls::sequences::sequence_encoded_len(
                    self.len(),
                    self.iter()
                ))
            }
        }
    };
}
#[cfg(any(feature = "std", feature = "indexmap", feature = "hashbrown"))]
pub(crate) use unordered_impls;

#[cfg(feature = "std")]
mod hashed {
    use std::collections::{HashMap, HashSet};
    use std::hash::BuildHasher;

    super::unordered_impls! {
        /// `len`, then each `(key, value)`, sorted by the entry's encoded bytes.
        map: [H: BuildHasher] HashMap<K, V, H>;
        /// `len`, then each element, sorted by the element's encoded bytes.
        set: [H: BuildHasher] HashSet<T, H>;
    }
}
