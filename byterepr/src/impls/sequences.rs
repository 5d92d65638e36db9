//! Sequences: slices, arrays and the std collections that keep their elements in an order.
//!
//! A sequence whose length varies writes it first ([`Sink::write_len`]); an array's length is
//! in its type and is not written. Elements go through [`ByteRepr::write_slice_to`] where
//! they sit in one slice, so number types take the bulk path.

use crate::deep::deep;
use crate::schema::{Schema, Shape, of};
use crate::{ByteRepr, Sink, size};

impl<T: ByteRepr> ByteRepr for [T] {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Seq(of::<T>));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        deep!(T => {
            sink.write_len(self.len())?;
            T::write_slice_to(self, sink)
        })
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        deep!(T => size::sequence(self.len(), T::slice_encoded_len(self)))
    }
}

impl<T: ByteRepr, const N: usize> ByteRepr for [T; N] {
    const ENCODED_SIZE: Option<usize> = match T::ENCODED_SIZE {
        Some(size) => size.checked_mul(N),
        None => None,
    };
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Array {
        len: N,
        item: of::<T>,
    });

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        T::write_slice_to(self, sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        T::slice_encoded_len(self)
    }
}

/// Writes `len` then each element of `items`, for collections that are not one slice.
#[cfg(feature = "alloc")]
#[inline]
fn write_sequence<'a, T, S>(
    len: usize,
    items: impl ExactSizeIterator<Item = &'a T>,
    sink: &mut S,
) -> Result<(), S::Error>
where
    T: ByteRepr + 'a,
    S: Sink + ?Sized,
{
    sink.write_len(len)?;
    // A loop rather than `try_for_each`: fewer frames per level of a recursive value. Each
    // element is a `Part::Index`, as in `ByteRepr::write_slice_to`.
    let mut items = items;
    while let Some(item) = items.next() {
        crate::explain::begin_element::<T, S, _>(sink, len, &items);
        item.write_to(sink)?;
        sink.end_part();
    }
    Ok(())
}

/// The encoded length of [`write_sequence`] for the same arguments.
#[cfg(feature = "alloc")]
#[inline]
pub(crate) fn sequence_encoded_len<'a, T: ByteRepr + 'a>(
    len: usize,
    items: impl Iterator<Item = &'a T>,
) -> usize {
    let elements = if let Some(each) = T::ENCODED_SIZE {
        size::repeat(each, len)
    } else {
        // A loop rather than `fold`: fewer frames per level of a recursive value.
        let mut total = 0;
        for item in items {
            total = size::add(total, item.encoded_len());
        }
        total
    };
    size::sequence(len, elements)
}

#[cfg(feature = "alloc")]
mod alloc_sequences {
    use alloc::collections::{BinaryHeap, LinkedList, VecDeque};
    use alloc::vec::Vec;

    use super::{sequence_encoded_len, write_sequence};
    use crate::deep::deep;
    use crate::schema::{Schema, Shape, of};
    use crate::{ByteRepr, Sink, size};

    impl<T: ByteRepr> ByteRepr for Vec<T> {
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Seq(of::<T>));

        #[inline]
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            // The slice's body, not a call to it: one frame less per level of a recursive
            // value (`struct Tree(Vec<Tree>)`) in a debug build.
            deep!(T => {
                sink.write_len(self.len())?;
                T::write_slice_to(self, sink)
            })
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            self.as_slice().encoded_len()
        }
    }

    /// Encodes like the `Vec` of its elements front to back; the ring buffer's two halves go
    /// out as two bulk writes.
    impl<T: ByteRepr> ByteRepr for VecDeque<T> {
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Seq(of::<T>));

        #[inline]
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            let (front, back) = self.as_slices();
            deep!(T => {
                sink.write_len(self.len())?;
                T::write_slice_to(front, sink)?;
                T::write_slice_to(back, sink)
            })
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            let (front, back) = self.as_slices();
            deep!(T => size::sequence(
                self.len(),
                size::add(T::slice_encoded_len(front), T::slice_encoded_len(back)),
            ))
        }
    }

    /// Encodes like the `Vec` of its elements front to back.
    impl<T: ByteRepr> ByteRepr for LinkedList<T> {
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Seq(of::<T>));

        #[inline]
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            deep!(T => write_sequence(self.len(), self.iter(), sink))
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            deep!(T => sequence_encoded_len(self.len(), self.iter()))
        }
    }

    /// Encodes like the `Vec` of its elements in ascending order, whatever the heap's layout
    /// (which depends on insertion order). Allocates a `Vec` of references to sort, in
    /// `write_to` only (see "Allocation" in the crate docs).
    impl<T: ByteRepr + Ord> ByteRepr for BinaryHeap<T> {
        const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Seq(of::<T>));

        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            let mut sorted: Vec<&T> = self.iter().collect();
            sorted.sort_unstable();
            deep!(T => write_sequence(sorted.len(), sorted.into_iter(), sink))
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            deep!(T => sequence_encoded_len(self.len(), self.iter()))
        }
    }
}
