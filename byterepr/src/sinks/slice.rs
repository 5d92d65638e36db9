//! [`SliceSink`]: a sink over a fixed `&mut [u8]`, and its [`BufferFull`] error.

use core::fmt;

use crate::Sink;

/// A sink that fills a caller-owned byte slice from the start.
///
/// A write that does not fit returns [`BufferFull`] and writes none of its bytes; what was
/// written before stays in place ([`SliceSink::written`]). To write a whole value or nothing,
/// use [`to_slice`](crate::to_slice), which checks the length first.
///
/// ```
/// use byterepr::{ByteRepr, SliceSink};
///
/// let mut buf = [0u8; 6];
/// let mut sink = SliceSink::new(&mut buf);
/// 0x0102_0304u32.write_to(&mut sink).unwrap();
/// assert_eq!(sink.written(), &[4, 3, 2, 1]);
/// let err = 0u32.write_to(&mut sink).unwrap_err();
/// assert_eq!((err.needed, err.remaining), (4, 2));
/// ```
#[derive(Debug)]
pub struct SliceSink<'a> {
    buf: &'a mut [u8],
    pos: usize,
}

impl<'a> SliceSink<'a> {
    /// A sink that writes into `buf` from its first byte.
    #[must_use]
    pub fn new(buf: &'a mut [u8]) -> Self {
        Self { buf, pos: 0 }
    }

    /// How many bytes have been written.
    #[must_use]
    pub fn position(&self) -> usize {
        self.pos
    }

    /// The bytes written so far.
    #[must_use]
    pub fn written(&self) -> &[u8] {
        &self.buf[..self.pos]
    }

    /// How many bytes still fit.
    #[must_use]
    pub fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }
}

impl Sink for SliceSink<'_> {
    type Error = BufferFull;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), BufferFull> {
        let remaining = self.remaining();
        match self.buf.get_mut(self.pos..self.pos + bytes.len()) {
            Some(dst) if bytes.len() <= remaining => {
                dst.copy_from_slice(bytes);
                self.pos += bytes.len();
                Ok(())
            }
            _ => Err(BufferFull {
                needed: bytes.len(),
                remaining,
            }),
        }
    }
}

/// A write did not fit in the rest of a fixed buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BufferFull {
    /// How many bytes the failed write needed.
    pub needed: usize,
    /// How many bytes were left in the buffer.
    pub remaining: usize,
}

impl fmt::Display for BufferFull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "buffer too small: a write needed {} bytes but {} remained",
            self.needed, self.remaining
        )
    }
}

impl core::error::Error for BufferFull {}
