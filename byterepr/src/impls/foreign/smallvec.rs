//! `smallvec::SmallVec`: as its slice. Its `Eq` compares the elements, not whether they are
//! inline or on the heap.

use ::smallvec::{Array, SmallVec};

use crate::{ByteRepr, Sink};

/// As `[T]`: the number of elements, then each element, whether inline or spilled.
impl<A: Array> ByteRepr for SmallVec<A>
where
    A::Item: ByteRepr,
{
    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.as_slice().write_to(sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        self.as_slice().encoded_len()
    }
}
