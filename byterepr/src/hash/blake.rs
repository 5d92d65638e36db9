//! [`Blake3Sink`]: `blake3::Hasher` as a sink, and the [`blake3`] helper.

use core::convert::Infallible;

use super::{BATCH, Buffer, FinishSink};
use crate::{ByteRepr, Sink};

/// A sink that feeds a [`blake3::Hasher`] through its own API, gathering small writes into
/// batches of `N` bytes first.
///
/// ```
/// use byterepr::{ByteRepr, hash::Blake3Sink};
///
/// let mut sink = Blake3Sink::new();
/// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
/// assert_eq!(sink.finalize(), blake3::hash(&byterepr::to_vec(&("DSL", 32i32, true))));
/// ```
#[derive(Clone)]
pub struct Blake3Sink<const N: usize = BATCH> {
    hasher: ::blake3::Hasher,
    buffer: Buffer<N>,
}

impl Blake3Sink {
    /// A sink in front of a fresh, unkeyed BLAKE3 hasher.
    #[inline]
    #[must_use]
    pub fn new() -> Self {
        Self::from_hasher(::blake3::Hasher::new())
    }

    /// A sink in front of `hasher`: a keyed one (`Hasher::new_keyed`), one that derives a key
    /// (`Hasher::new_derive_key`), or one that has absorbed a prefix.
    #[inline]
    #[must_use]
    pub fn from_hasher(hasher: ::blake3::Hasher) -> Self {
        Self {
            hasher,
            buffer: Buffer::new(),
        }
    }
}

impl<const N: usize> Blake3Sink<N> {
    /// A sink in front of `hasher` that batches `N` bytes: `Blake3Sink::<256>::batched(h)`.
    #[inline]
    #[must_use]
    pub fn batched(hasher: ::blake3::Hasher) -> Self {
        Self {
            hasher,
            buffer: Buffer::new(),
        }
    }

    /// Flushes the batch and returns the hasher, e.g. for extendable output
    /// (`finalize_xof`).
    #[inline]
    #[must_use]
    pub fn into_hasher(mut self) -> ::blake3::Hasher {
        let hasher = &mut self.hasher;
        self.buffer.flush(|batch| {
            hasher.update(batch);
        });
        self.hasher
    }

    /// Flushes the batch and returns the 32-byte hash.
    #[inline]
    #[must_use]
    pub fn finalize(mut self) -> ::blake3::Hash {
        let hasher = &mut self.hasher;
        self.buffer.flush(|batch| {
            hasher.update(batch);
        });
        // `blake3::Hasher::finalize` borrows, so the hasher is not moved.
        self.hasher.finalize()
    }
}

/// A fresh hasher, with any batch size.
impl<const N: usize> Default for Blake3Sink<N> {
    #[inline]
    fn default() -> Self {
        Self::batched(::blake3::Hasher::new())
    }
}

impl<const N: usize> Sink for Blake3Sink<N> {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        let hasher = &mut self.hasher;
        self.buffer.write(bytes, |batch| {
            hasher.update(batch);
        });
        Ok(())
    }
}

impl<const N: usize> FinishSink for Blake3Sink<N> {
    type Output = ::blake3::Hash;

    #[inline]
    fn finish_sink(self) -> Result<::blake3::Hash, Infallible> {
        Ok(self.finalize())
    }
}

/// The BLAKE3 hash of the canonical encoding of `value`, streamed without allocating.
///
/// ```
/// let hash = byterepr::blake3(&("DSL", 32i32, true));
/// assert_eq!(hash, blake3::hash(&byterepr::to_vec(&("DSL", 32i32, true))));
/// println!("{}", hash.to_hex());
/// ```
// One call boundary, with everything inlined inside it: inlined into a large caller, the
// hasher's own finalization stops being inlined and moves its state through memcpy calls.
#[inline(never)]
#[must_use]
pub fn blake3(value: &(impl ByteRepr + ?Sized)) -> ::blake3::Hash {
    let mut sink = Blake3Sink::new();
    let result: Result<(), Infallible> = value.write_to(&mut sink);
    match result {
        Ok(()) => sink.finalize(),
    }
}
