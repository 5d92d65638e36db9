//! Where each part of a value's bytes comes from, and which parts differ between two values:
//! [`explain`](crate::explain()) and [`diff`](crate::diff()) (feature `alloc`), and [`Part`],
//! the marks they read.
//!
//! A value's impl tells its sink which part of the value each write belongs to, with
//! [`Sink::begin_part`](crate::Sink::begin_part) and [`Sink::end_part`](crate::Sink::end_part)
//! around each field, element, variant and map entry. Derived impls mark every field, variant
//! and domain; this crate's impls mark the elements of sequences, arrays, sets and tuples, the
//! variants of `Option` and `Result`, and the entries of maps (with their keys and values).
//! The marks' provided bodies do nothing: every sink but the explaining one keeps them, so
//! encoding and hashing compile them away and pay nothing for them. A hand-written impl that
//! does not mark its parts is one part, shown by its typed writes.
//!
//! [`explain`](crate::explain()) encodes a value through a sink that records the marks and
//! each typed write (a number, a length, a tag, a string), and returns an [`Explanation`]: a
//! tree of [`Node`]s, each with its path (`items[2].price`), type name, offset and length in
//! the canonical bytes, and its rendered value. The bytes are exactly [`to_vec`](crate::to_vec)'s.
//! [`diff`](crate::diff()) explains two values and walks both trees, matching parts by path:
//! the result names each part whose bytes differ, and is empty exactly when the two values'
//! bytes are equal.
//!
//! ```
//! use std::collections::BTreeMap;
//!
//! #[derive(byterepr::ByteRepr)]
//! struct Item { sku: String, price: f64 }
//!
//! #[derive(byterepr::ByteRepr)]
//! struct Order { id: u64, items: Vec<Item>, tags: BTreeMap<String, u32> }
//!
//! let order = |price| Order {
//!     id: 7,
//!     items: vec![Item { sku: "ab-1".into(), price }],
//!     tags: BTreeMap::from([("gift".into(), 1)]),
//! };
//! let (before, after) = (order(19.99), order(20.0));
//!
//! let explanation = byterepr::explain(&before);
//! let price = explanation.find("items[0].price").unwrap();
//! assert_eq!((price.type_name(), price.value()), ("f64", Some("19.99")));
//! assert_eq!(explanation.find("tags[\"gift\"].value").unwrap().value(), Some("1"));
//!
//! let diff = byterepr::diff(&before, &after);
//! assert_eq!(
//!     diff.to_string(),
//!     "`items[0].price`: 19.99 → 20.0 (bytes 3d0ad7a370fd3340 → 0000000000003440)\n",
//! );
//! ```
//!
//! Paths, type names and the `Display` forms are described at [`Explanation`] and [`Diff`].
//! An unordered collection (`HashMap`, `HashSet`) encodes each entry into scratch bytes
//! and sorts them; the explaining sink records each entry there and finds it again when its
//! bytes are written, so its entries show their keys and values as an ordered map's do, in
//! the order of the bytes.
//!
//! Parts nested more than 128 deep (a long linked list, a deep tree) are not shown one by
//! one: the deepest shown part holds the rest of its bytes as one leaf, "(parts nested more
//! than 128 deep)". The bytes are all there and `diff` still sees a difference in them; the
//! tree, its paths and the walks over it stay small whatever the value's depth.

#[cfg(feature = "alloc")]
mod diff;
#[cfg(feature = "alloc")]
mod record;
#[cfg(feature = "alloc")]
mod render;
#[cfg(feature = "alloc")]
mod tree;

#[cfg(feature = "alloc")]
pub use diff::{Change, ChangeKind, Diff};
#[cfg(feature = "alloc")]
pub use tree::{Explanation, Node};

/// Explains `value`'s canonical bytes: every part of them, as a tree of paths, each with its
/// type, offset, length and value. See [`Explanation`] for what the tree holds and how it
/// prints.
///
/// ```
/// let explanation = byterepr::explain(&("tea", Some(2u8)));
/// assert_eq!(explanation.bytes(), byterepr::to_vec(&("tea", Some(2u8))));
/// assert_eq!(
///     explanation.to_string(),
///     "\
/// (root)                 (&str, Option<u8>)  @0+6  03 74 65 61 01 02
///   [0]                  &str                @0+4  \"tea\"
///   [1]                  Option<u8>          @4+2  01 02
///     [1]::Some          -                   @4+2  01 02
///       [1]::Some.<tag>  tag                 @4+1  1
///       [1]::Some.<u8>   u8                  @5+1  2
/// ",
/// );
/// ```
#[cfg(feature = "alloc")]
#[must_use]
pub fn explain<T: crate::ByteRepr + ?Sized>(value: &T) -> Explanation {
    let mut bytes = alloc::vec::Vec::new();
    let mut recorder = record::Recorder::new(&mut bytes);
    let Ok(()) = value.write_to(&mut recorder);
    let nodes = recorder.finish();
    tree::build(bytes, nodes, core::any::type_name::<T>())
}

/// The parts whose bytes differ between `a` and `b`: each leaf whose bytes differ (with its
/// value before and after), a different variant as one change at its path, and the parts
/// only one of them has (a longer `Vec`'s elements, a map key only one has) as added or
/// removed. Empty exactly when `to_vec(a) == to_vec(b)`. See [`Diff`] for how it prints.
///
/// ```
/// let diff = byterepr::diff(&vec!["a", "b"], &vec!["a", "c", "d"]);
/// assert_eq!(
///     diff.to_string(),
///     "`<len>`: 2 → 3 (bytes 02 → 03)\n`[1]`: \"b\" → \"c\" (bytes 0162 → 0163)\n`[2]`: added \"d\" (bytes 0164)\n",
/// );
/// ```
///
/// Numbers in a slice (`Vec<u64>`) go to the sink in one write, so they are one leaf and
/// change as one.
#[cfg(feature = "alloc")]
#[must_use]
pub fn diff<T: crate::ByteRepr + ?Sized>(a: &T, b: &T) -> Diff {
    diff::diff(&explain(a), &explain(b))
}

/// One part of a value, as a value's impl announces it to its sink with
/// [`Sink::begin_part`](crate::Sink::begin_part) before writing it (and
/// [`Sink::end_part`](crate::Sink::end_part) after).
///
/// Parts nest: a field's value may have fields of its own. The path of a part
/// (`items[2].price`) is the parts it is in, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Part {
    /// A field of a struct or of an enum variant, by name (`"0"` in a tuple struct), with
    /// its type as written.
    Field {
        /// The field's name.
        name: &'static str,
        /// The field's type, as written in the type or as [`core::any::type_name`] gives it.
        ty: &'static str,
    },
    /// An element of a sequence, an array, a set or a tuple, by position, with its type.
    Index {
        /// The element's position, from 0.
        index: usize,
        /// The element's type ([`core::any::type_name`]).
        ty: &'static str,
    },
    /// The variant of an enum (and `Some`/`None`, `Ok`/`Err`), its tag included.
    Variant {
        /// The variant's name.
        name: &'static str,
    },
    /// An entry of a map, by its position in the encoding; its key and value follow as
    /// [`Part::Key`] and [`Part::Value`].
    Entry {
        /// The entry's position in the encoding, from 0.
        index: usize,
    },
    /// The key of the map entry it is in.
    Key,
    /// The value of the map entry it is in.
    Value,
    /// The domain string a type with `#[byterepr(domain = "...")]` writes first.
    Domain,
}

/// Begins the [`Part::Index`] of an element of type `T`: the one `rest` (the iterator over a
/// sequence of `len` elements) has just yielded. The part, and the index from `rest`'s
/// remaining length, are built here, in this function's own short-lived frame: the
/// caller's loop, which is on the stack once per level of a recursive value (`struct
/// Tree(Vec<Tree>)`) in a debug build, then keeps neither of them nor a counter of its own.
/// In a release build the call inlines and, for every sink but the explaining one, is
/// nothing.
#[inline]
pub(crate) fn begin_element<T, S, I>(sink: &mut S, len: usize, rest: &I)
where
    T: ?Sized,
    S: crate::Sink + ?Sized,
    I: ExactSizeIterator,
{
    begin_index::<T, S>(sink, len.saturating_sub(rest.len()).saturating_sub(1));
}

/// [`begin_element`] for `item`, an element of the slice `items` that `rest` has just
/// yielded; returns `item`. For the loop of
/// [`ByteRepr::write_slice_to`](crate::ByteRepr::write_slice_to), whose frame is on the stack once per level of a `Vec`
/// tree: `items` by reference stays in the argument's slot, where its length would be one
/// more value kept in that frame, and `item` given back is passed on in a register, where
/// keeping it across this call would spill it. In a debug build each would cost 16 bytes
/// per level.
#[inline]
pub(crate) fn begin_slice_element<'a, T, S>(
    sink: &mut S,
    items: &&[T],
    rest: &core::slice::Iter<'_, T>,
    item: &'a T,
) -> &'a T
where
    S: crate::Sink + ?Sized,
{
    begin_element::<T, S, _>(sink, items.len(), rest);
    item
}

/// Begins [`Part::Index`] `index` of an element of type `T`, built in this function's frame
/// as in [`begin_element`].
#[inline]
pub(crate) fn begin_index<T: ?Sized, S: crate::Sink + ?Sized>(sink: &mut S, index: usize) {
    sink.begin_part(&Part::Index {
        index,
        ty: core::any::type_name::<T>(),
    });
}

/// Begins the [`Part::Entry`] of the entry `rest` (the iterator over a map of `len` entries)
/// has just yielded, built in this function's frame as in [`begin_element`].
#[cfg(feature = "alloc")]
#[inline]
pub(crate) fn begin_entry<S, I>(sink: &mut S, len: usize, rest: &I)
where
    S: crate::Sink + ?Sized,
    I: ExactSizeIterator,
{
    begin_entry_at(sink, len.saturating_sub(rest.len()).saturating_sub(1));
}

/// Begins [`Part::Entry`] `index`, built in this function's frame as in [`begin_element`].
#[cfg(feature = "alloc")]
#[inline]
pub(crate) fn begin_entry_at<S: crate::Sink + ?Sized>(sink: &mut S, index: usize) {
    sink.begin_part(&Part::Entry { index });
}
