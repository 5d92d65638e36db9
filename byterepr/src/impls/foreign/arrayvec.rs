//! `arrayvec::ArrayVec` and `ArrayString`: as their slice and their `str`. Their `Eq`
//! compares the contents, not the capacity, so the capacity is not written.

use ::arrayvec::{ArrayString, ArrayVec};

use crate::{ByteRepr, Sink};

/// As `[T]`: the number of elements, then each element.
impl<T: ByteRepr, const CAP: usize> ByteRepr for ArrayVec<T, CAP> {
    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.as_slice().write_to(sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        self.as_slice().encoded_len()
    }
}

/// As `str`: the length in bytes, then the UTF-8 bytes.
impl<const CAP: usize> ByteRepr for ArrayString<CAP> {
    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_str(self)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        self.as_str().encoded_len()
    }
}
