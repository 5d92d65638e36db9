//! `bytes::Bytes` and `BytesMut`: as the `[u8]` they hold, which is what their `Eq` compares.

use ::bytes::{Bytes, BytesMut};

use crate::{ByteRepr, Sink};

/// As `[u8]`: the length, then the bytes.
impl ByteRepr for Bytes {
    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.as_ref().write_to(sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        self.as_ref().encoded_len()
    }
}

/// As `[u8]`: the length, then the bytes. Capacity is not written.
impl ByteRepr for BytesMut {
    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.as_ref().write_to(sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        self.as_ref().encoded_len()
    }
}
