//! Lazy sequences: encode what an iterator yields exactly as the `Vec` of it would, without
//! collecting it.
//!
//! The canonical form of a sequence starts with its length, so the length must be known
//! before the first element: [`write_seq`] takes it from `ExactSizeIterator::len` and checks
//! that the iterator keeps its word; [`write_seq_counted`] counts a clone of the iterator first,
//! for streams whose length is unknown. An iterator that yields a different number of items
//! than it announced is a [`SeqError::LengthMismatch`]: the bytes already sent are not a valid
//! encoding and must be discarded (the one-call helpers do that for you).

use core::fmt;

use crate::{ByteRepr, Sink};

/// Writing a lazy sequence failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeqError<E> {
    /// The sink failed.
    Sink(E),
    /// The iterator yielded a different number of items than its length said. Counting stops
    /// one past `declared`, so `yielded` is at most `declared + 1`.
    LengthMismatch {
        /// The length the iterator announced, and that was written.
        declared: usize,
        /// How many items it yielded.
        yielded: usize,
    },
}

impl<E: fmt::Display> fmt::Display for SeqError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SeqError::Sink(error) => write!(f, "sink error: {error}"),
            SeqError::LengthMismatch { declared, yielded } if yielded > declared => write!(
                f,
                "iterator announced {declared} items but yielded more; the bytes written are invalid"
            ),
            SeqError::LengthMismatch { declared, yielded } => write!(
                f,
                "iterator announced {declared} items but yielded {yielded}; the bytes written are invalid"
            ),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> core::error::Error for SeqError<E> {}

/// Writes the items of `items` as a sequence: exactly the bytes of the `Vec` of those items,
/// with no allocation.
///
/// ```
/// let mut sink = Vec::new();
/// byterepr::write_seq(&mut sink, (1u16..=3).map(|n| n * 10)).unwrap();
/// assert_eq!(sink, byterepr::to_vec(&vec![10u16, 20, 30]));
/// ```
///
/// # Errors
/// [`SeqError::Sink`] when the sink fails; [`SeqError::LengthMismatch`] when the iterator
/// yields more or fewer items than its `len()` said, in which case what was written is not
/// a valid encoding.
pub fn write_seq<S, I>(sink: &mut S, items: I) -> Result<(), SeqError<S::Error>>
where
    S: Sink + ?Sized,
    I: IntoIterator,
    I::IntoIter: ExactSizeIterator,
    I::Item: ByteRepr,
{
    let mut items = items.into_iter();
    let declared = items.len();
    write_known_len(sink, declared, &mut items)
}

/// Writes the items of `items`, a stream whose length is not known up front, as a sequence:
/// a clone of the iterator is counted first, then the items are written. Use it when walking
/// the stream twice is cheaper than collecting it.
///
/// ```
/// let words = "to be or not to be".split(' ').filter(|w| w.len() == 2);
/// let mut sink = Vec::new();
/// byterepr::write_seq_counted(&mut sink, words).unwrap();
/// assert_eq!(sink, byterepr::to_vec(&["to", "be", "or", "to", "be"][..]));
/// ```
///
/// # Errors
/// As [`write_seq`]; a clone that does not replay the same number of items is a
/// [`SeqError::LengthMismatch`].
pub fn write_seq_counted<S, I>(sink: &mut S, items: I) -> Result<(), SeqError<S::Error>>
where
    S: Sink + ?Sized,
    I: Iterator + Clone,
    I::Item: ByteRepr,
{
    let declared = items.clone().count();
    let mut items = items;
    write_known_len(sink, declared, &mut items)
}

fn write_known_len<S, I>(
    sink: &mut S,
    declared: usize,
    items: &mut I,
) -> Result<(), SeqError<S::Error>>
where
    S: Sink + ?Sized,
    I: Iterator,
    I::Item: ByteRepr,
{
    sink.write_len(declared).map_err(SeqError::Sink)?;
    let mut yielded = 0;
    for item in items.by_ref().take(declared) {
        item.write_to(sink).map_err(SeqError::Sink)?;
        yielded += 1;
    }
    if yielded < declared {
        return Err(SeqError::LengthMismatch { declared, yielded });
    }
    if items.next().is_some() {
        return Err(SeqError::LengthMismatch {
            declared,
            yielded: declared + 1,
        });
    }
    Ok(())
}

/// Encodes the items of `items` as a sequence into a new `Vec`, exactly as [`to_vec`] of the
/// collected `Vec` would.
///
/// ```
/// let bytes = byterepr::seq_to_vec(["a", "bc"].iter()).unwrap();
/// assert_eq!(bytes, byterepr::to_vec(&vec!["a", "bc"]));
/// ```
///
/// # Errors
/// [`SeqError::LengthMismatch`] when the iterator breaks its `len()`; no bytes are returned.
///
/// [`to_vec`]: crate::to_vec
#[cfg(feature = "alloc")]
pub fn seq_to_vec<I>(items: I) -> Result<alloc::vec::Vec<u8>, SeqError<core::convert::Infallible>>
where
    I: IntoIterator,
    I::IntoIter: ExactSizeIterator,
    I::Item: ByteRepr,
{
    let mut bytes = alloc::vec::Vec::new();
    write_seq(&mut bytes, items)?;
    Ok(bytes)
}

/// Iterators whose number of items is fixed by the collection or range they walk, so their
/// `len()` cannot be wrong: the iterators [`write_exact_seq`] takes.
///
/// The trait is sealed: a user type implementing it could lie, and the point of
/// `write_exact_seq` is that no iterator can. It covers the iterators of slices, arrays,
/// `Vec`, `VecDeque`, `BTreeMap` (entries, keys, values), `BTreeSet` and ranges of integers,
/// and `map`, `copied`, `cloned`, `enumerate`, `rev` and `zip` of them: a closure in `map`
/// may do anything but change how many items there are. Any other `ExactSizeIterator`
/// goes through [`write_seq`] (which reports a broken `len()`), or is collected first.
pub trait TrustedLen: ExactSizeIterator + sealed::Sealed {}

mod sealed {
    /// Keeps [`TrustedLen`](super::TrustedLen) to the impls of this module.
    pub trait Sealed {}
}

/// `TrustedLen` for iterators that walk a collection or a range.
macro_rules! trusted_len {
    ($([$($generics:tt)*] $ty:ty;)*) => {$(
        impl<$($generics)*> sealed::Sealed for $ty {}
        impl<$($generics)*> TrustedLen for $ty {}
    )*};
}

trusted_len! {
    ['a, T] core::slice::Iter<'a, T>;
    [T, const N: usize] core::array::IntoIter<T, N>;
    [] core::ops::Range<u8>;
    [] core::ops::Range<u16>;
    [] core::ops::Range<u32>;
    [] core::ops::Range<usize>;
    [] core::ops::Range<i8>;
    [] core::ops::Range<i16>;
    [] core::ops::Range<i32>;
    [] core::ops::Range<isize>;
    [B, I: TrustedLen, F: FnMut(I::Item) -> B] core::iter::Map<I, F>;
    ['a, T: Copy + 'a, I: TrustedLen<Item = &'a T>] core::iter::Copied<I>;
    ['a, T: Clone + 'a, I: TrustedLen<Item = &'a T>] core::iter::Cloned<I>;
    [I: TrustedLen] core::iter::Enumerate<I>;
    [I: TrustedLen + DoubleEndedIterator] core::iter::Rev<I>;
    [A: TrustedLen, B: TrustedLen] core::iter::Zip<A, B>;
}

#[cfg(feature = "alloc")]
trusted_len! {
    [T] alloc::vec::IntoIter<T>;
    ['a, T] alloc::collections::vec_deque::Iter<'a, T>;
    [T] alloc::collections::vec_deque::IntoIter<T>;
    ['a, K, V] alloc::collections::btree_map::Iter<'a, K, V>;
    ['a, K, V] alloc::collections::btree_map::Keys<'a, K, V>;
    ['a, K, V] alloc::collections::btree_map::Values<'a, K, V>;
    ['a, T] alloc::collections::btree_set::Iter<'a, T>;
}

/// Writes the items of `items` as a sequence, exactly as the `Vec` of them, where the only
/// possible error is the sink's: the form of [`write_seq`] for a `#[byterepr(with = ...)]`
/// function or a `ByteRepr` impl, whose error type is the sink's own.
///
/// The iterator must be [`TrustedLen`]: one whose length the collection it walks fixes
/// (`v.iter().map(..)`, `v.iter().enumerate()`, `0..n`, ...). An arbitrary
/// `ExactSizeIterator` could yield another number of items than its `len()` said, and the
/// sink's error type (`Infallible` for a `Vec` or a hasher) cannot report that: the bytes
/// would be wrong with nothing to tell. Panicking instead would make hashing panic on a
/// value, so the check is done by the type system.
///
/// ```
/// use byterepr::{ByteRepr, Sink};
///
/// struct Celsius(Vec<f64>);
///
/// /// Writes tenths of a degree as integers: the `Vec<i64>` of them, without a `Vec`.
/// fn write_tenths<S: Sink + ?Sized>(values: &Celsius, sink: &mut S) -> Result<(), S::Error> {
///     #[allow(clippy::cast_possible_truncation)]
///     byterepr::write_exact_seq(sink, values.0.iter().map(|t| (t * 10.0).round() as i64))
/// }
///
/// #[derive(ByteRepr)]
/// struct Reading {
///     #[byterepr(with = write_tenths)]
///     temperatures: Celsius,
/// }
///
/// let reading = Reading { temperatures: Celsius(vec![0.5, -1.25]) };
/// assert_eq!(byterepr::to_vec(&reading), byterepr::to_vec(&vec![5i64, -13]));
/// ```
///
/// # Errors
/// Whatever the sink returns.
pub fn write_exact_seq<S, I>(sink: &mut S, items: I) -> Result<(), S::Error>
where
    S: Sink + ?Sized,
    I: IntoIterator,
    I::IntoIter: TrustedLen,
    I::Item: ByteRepr,
{
    let items = items.into_iter();
    sink.write_len(items.len())?;
    for item in items {
        item.write_to(sink)?;
    }
    Ok(())
}
