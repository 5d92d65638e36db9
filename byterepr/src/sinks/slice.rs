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

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), BufferFull> {
        let pos = self.pos;
        match self.buf.get_mut(pos..pos + bytes.len()) {
            Some(dst) => {
                crate::short_copy::copy_short(dst, bytes);
                self.pos = pos + bytes.len();
                Ok(())
            }
            None => Err(full(bytes.len(), self.buf.len() - pos)),
        }
    }

    crate::sink::register_writes!();
}

/// The error of a write of `needed` bytes that does not fit, out of line; by value, so that
/// no call sees the sink and its position stays in a register.
#[cold]
#[inline(never)]
fn full(needed: usize, remaining: usize) -> BufferFull {
    BufferFull { needed, remaining }
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

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use alloc::vec::Vec;

    use super::{BufferFull, SliceSink};
    use crate::{ByteRepr, Sink};

    /// Runs of every short length (copied as two chunks) and long ones land exactly, with
    /// nothing written past them; a run that does not fit writes none of its bytes.
    #[test]
    fn runs_of_every_length_are_written_whole_and_alone() {
        for len in 0..=70u8 {
            let run: Vec<u8> = (1..=len).collect();
            let value = (0xEEu8, run.as_slice(), 0xFFu8);
            let expected = crate::to_vec(&value);
            let mut buf = [0xAAu8; 80];
            assert_eq!(crate::to_slice(&value, &mut buf), Ok(expected.len()));
            assert_eq!(buf[..expected.len()], expected[..], "a run of {len} bytes");
            assert!(
                buf[expected.len()..].iter().all(|&b| b == 0xAA),
                "{len}: past it"
            );
            if len == 0 {
                continue;
            }

            let mut short = [0xAAu8; 80];
            let room = expected.len() - 2;
            let mut sink = SliceSink::new(&mut short[..room]);
            let err = value.write_to(&mut sink).unwrap_err();
            let written = sink.position();
            assert_eq!(
                err,
                BufferFull {
                    needed: usize::from(len),
                    remaining: room - 2
                }
            );
            assert_eq!(written, 2, "the tag and the length before the run");
            assert!(
                short[2..].iter().all(|&b| b == 0xAA),
                "{len}: no byte of the run"
            );
        }
    }

    #[test]
    fn a_long_length_prefix_and_tag_go_through_the_sink() {
        let text = "x".repeat(300);
        let mut buf = [0u8; 400];
        let mut sink = SliceSink::new(&mut buf);
        sink.write_str(&text).unwrap();
        sink.write_tag(1_000).unwrap();
        let written = sink.position();
        let mut expected = crate::to_vec(text.as_str());
        expected.extend_from_slice(&[0xe8, 0x07]);
        assert_eq!(buf[..written], expected[..]);
    }
}
