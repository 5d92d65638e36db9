//! [`Crc32Sink`]: `crc32fast::Hasher` as a sink, and the [`crc32`] helper.

use core::convert::Infallible;

use super::{BATCH, Buffer, FinishSink};
use crate::{ByteRepr, Sink};

/// A sink that feeds a [`crc32fast::Hasher`] (CRC-32/ISO-HDLC, the CRC of zlib, gzip and
/// PNG), gathering small writes into batches of `N` bytes first: `crc32fast` takes its fast
/// (PCLMULQDQ, Arm CRC) path only for inputs of 64 bytes or more.
///
/// ```
/// use byterepr::{ByteRepr, hash::Crc32Sink};
///
/// let mut sink = Crc32Sink::new();
/// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
/// assert_eq!(sink.finalize(), crc32fast::hash(&byterepr::to_vec(&("DSL", 32i32, true))));
/// ```
#[derive(Clone)]
pub struct Crc32Sink<const N: usize = BATCH> {
    hasher: crc32fast::Hasher,
    buffer: Buffer<N>,
}

impl Crc32Sink {
    /// A sink in front of a fresh CRC-32.
    #[inline]
    #[must_use]
    pub fn new() -> Self {
        Self::from_hasher(crc32fast::Hasher::new())
    }

    /// A sink in front of `hasher`, which may already have absorbed a prefix.
    #[inline]
    #[must_use]
    pub fn from_hasher(hasher: crc32fast::Hasher) -> Self {
        Self {
            hasher,
            buffer: Buffer::new(),
        }
    }
}

impl<const N: usize> Crc32Sink<N> {
    /// A sink in front of `hasher` that batches `N` bytes: `Crc32Sink::<256>::batched(h)`.
    #[inline]
    #[must_use]
    pub fn batched(hasher: crc32fast::Hasher) -> Self {
        Self {
            hasher,
            buffer: Buffer::new(),
        }
    }

    /// Flushes the batch and returns the hasher.
    #[inline]
    #[must_use]
    pub fn into_hasher(mut self) -> crc32fast::Hasher {
        let hasher = &mut self.hasher;
        self.buffer.flush(|batch| hasher.update(batch));
        self.hasher
    }

    /// Flushes the batch and returns the checksum.
    #[inline]
    #[must_use]
    pub fn finalize(mut self) -> u32 {
        self.finalize_reset()
    }

    /// Flushes the batch, returns the checksum and resets the sink to a fresh CRC-32, ready
    /// for the next value. Nothing is moved, so this is also the fastest way to finalize.
    #[inline]
    pub fn finalize_reset(&mut self) -> u32 {
        let hasher = &mut self.hasher;
        self.buffer.flush(|batch| hasher.update(batch));
        let checksum = self.hasher.clone().finalize();
        self.hasher.reset();
        checksum
    }
}

/// A fresh hasher, with any batch size.
impl<const N: usize> Default for Crc32Sink<N> {
    #[inline]
    fn default() -> Self {
        Self::batched(crc32fast::Hasher::new())
    }
}

impl<const N: usize> Sink for Crc32Sink<N> {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        let hasher = &mut self.hasher;
        self.buffer.write(bytes, |batch| hasher.update(batch));
        Ok(())
    }
}

impl<const N: usize> FinishSink for Crc32Sink<N> {
    type Output = u32;

    #[inline]
    fn finish_sink(self) -> Result<u32, Infallible> {
        Ok(self.finalize())
    }
}

/// The CRC-32 (ISO-HDLC, as zlib computes it) of the canonical encoding of `value`, streamed
/// without allocating.
///
/// ```
/// // 0xCBF43926 is the CRC-32 check value of the ASCII bytes "123456789".
/// assert_eq!(byterepr::crc32(&*b"123456789"), 0xCBF4_3926);
/// ```
// One call boundary, with everything inlined inside it: inlined into a large caller, the
// hasher's own finalization stops being inlined and moves its state through memcpy calls.
#[inline(never)]
#[must_use]
pub fn crc32(value: &(impl ByteRepr + ?Sized)) -> u32 {
    let mut sink = Crc32Sink::new();
    let result: Result<(), Infallible> = value.write_to(&mut sink);
    match result {
        Ok(()) => sink.finalize_reset(),
    }
}
