//! Where each part of a value's bytes comes from: [`Part`], the marks a value's impl gives
//! its sink around each field, element, variant and map entry, and (with `alloc`)
//! [`explain`](crate::explain()) and [`diff`](crate::diff()), which read them.
//!
//! The marks are two provided methods of [`Sink`](crate::Sink),
//! [`begin_part`](crate::Sink::begin_part) and [`end_part`](crate::Sink::end_part), whose
//! bodies do nothing: every sink but the explaining one keeps them, so encoding and hashing
//! compile them away and pay nothing for them.

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
/// yielded; returns `item`. For the loop of [`ByteRepr::write_slice_to`]
/// (crate::ByteRepr::write_slice_to), whose frame is on the stack once per level of a `Vec`
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
