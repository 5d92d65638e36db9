//! [`Digest010Sink`]: `RustCrypto` hashers of the older `digest` 0.10 line (`sha2` 0.10 and the
//! crates of its generation) as a sink, and the [`digest010`] helper.

use core::convert::Infallible;

use digest010::{FixedOutput, FixedOutputReset, Output, Update};

use super::{BATCH, Buffer, FinishSink};
use crate::{ByteRepr, Sink};

/// A sink that feeds a `RustCrypto` hasher of the `digest` 0.10 line, gathering small writes
/// into batches of `N` bytes first (see [`BATCH`]). The same as
/// [`DigestSink`](super::DigestSink) for the current line.
///
/// Hashing through it equals hashing [`to_vec`](crate::to_vec) of the same values with
/// `Update::update`, and allocates nothing.
#[derive(Clone)]
pub struct Digest010Sink<D, const N: usize = BATCH> {
    hasher: D,
    buffer: Buffer<N>,
}

impl<D: Update + Default> Digest010Sink<D> {
    /// A sink in front of a fresh hasher, with the default batch size.
    #[inline]
    #[must_use]
    pub fn new() -> Self {
        Self::from_hasher(D::default())
    }
}

impl<D: Update> Digest010Sink<D> {
    /// A sink in front of `hasher`, which may already have absorbed a prefix (a domain
    /// separation tag, a key for a keyed hash), with the default batch size.
    #[inline]
    pub const fn from_hasher(hasher: D) -> Self {
        Self::batched(hasher)
    }
}

/// A fresh hasher, with any batch size.
impl<D: Update + Default, const N: usize> Default for Digest010Sink<D, N> {
    #[inline]
    fn default() -> Self {
        Self::batched(D::default())
    }
}

impl<D: Update, const N: usize> Digest010Sink<D, N> {
    /// A sink in front of `hasher` that batches `N` bytes: `Digest010Sink::<D, 256>::batched(h)`.
    #[inline]
    pub const fn batched(hasher: D) -> Self {
        Self {
            hasher,
            buffer: Buffer::new(),
        }
    }

    /// Flushes the batch and returns the hasher.
    #[inline]
    #[must_use]
    pub fn into_hasher(mut self) -> D {
        let hasher = &mut self.hasher;
        self.buffer.flush(|batch| hasher.update(batch));
        self.hasher
    }

    /// Flushes the batch and returns the digest.
    #[inline]
    #[must_use]
    pub fn finalize(self) -> Output<D>
    where
        D: FixedOutput,
    {
        self.into_hasher().finalize_fixed()
    }

    /// Flushes the batch, returns the digest and resets the sink to a fresh hasher, ready
    /// for the next value. Nothing is moved, so this is also the fastest way to finalize.
    #[inline]
    pub fn finalize_reset(&mut self) -> Output<D>
    where
        D: FixedOutputReset,
    {
        let hasher = &mut self.hasher;
        self.buffer.flush(|batch| hasher.update(batch));
        self.hasher.finalize_fixed_reset()
    }
}

impl<D: Update, const N: usize> Sink for Digest010Sink<D, N> {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        let hasher = &mut self.hasher;
        self.buffer.write(bytes, |batch| hasher.update(batch));
        Ok(())
    }
}

impl<D: FixedOutput, const N: usize> FinishSink for Digest010Sink<D, N> {
    type Output = Output<D>;

    #[inline]
    fn finish_sink(self) -> Result<Output<D>, Infallible> {
        Ok(self.finalize())
    }
}

/// The digest of the canonical encoding of `value` under `D`, a hasher of the `digest` 0.10
/// line, streamed without allocating.
// One call boundary, with everything inlined inside it: inlined into a large caller, the
// hasher's own finalization stops being inlined and moves its state through memcpy calls.
#[inline(never)]
#[must_use]
pub fn digest010<D: Update + FixedOutputReset + Default>(
    value: &(impl ByteRepr + ?Sized),
) -> Output<D> {
    let mut sink = Digest010Sink::<D>::new();
    let result: Result<(), Infallible> = value.write_to(&mut sink);
    match result {
        Ok(()) => sink.finalize_reset(),
    }
}
