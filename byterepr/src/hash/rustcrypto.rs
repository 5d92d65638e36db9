//! [`DigestSink`]: any `RustCrypto` hasher of the `digest` 0.11 line as a sink, and the
//! [`digest`] and [`sha256`] helpers.

use core::convert::Infallible;

use digest::{FixedOutput, FixedOutputReset, Output, Update};

use super::{BATCH, Buffer, FinishSink};
use crate::{ByteRepr, Sink};

/// A sink that feeds a `RustCrypto` hasher (`digest` 0.11: `sha2` 0.11, `sha3`, `blake2`,
/// `md-5`...), gathering small writes into batches of `N` bytes first (see [`BATCH`]).
///
/// Hashing through it equals hashing [`to_vec`](crate::to_vec) of the same values with
/// `Update::update`, and allocates nothing.
///
/// ```
/// use byterepr::{ByteRepr, hash::DigestSink};
/// use sha2::{Digest, Sha256};
///
/// let mut sink = DigestSink::<Sha256>::new();
/// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
/// let streamed = sink.finalize();
/// assert_eq!(streamed, Sha256::digest(byterepr::to_vec(&("DSL", 32i32, true))));
/// ```
#[derive(Clone)]
pub struct DigestSink<D, const N: usize = BATCH> {
    hasher: D,
    buffer: Buffer<N>,
}

/// The [`DigestSink`] of SHA-256 (`sha2` 0.11).
#[cfg(feature = "sha256")]
pub type Sha256Sink = DigestSink<sha2::Sha256>;

impl<D: Update + Default> DigestSink<D> {
    /// A sink in front of a fresh hasher, with the default batch size.
    #[inline]
    #[must_use]
    pub fn new() -> Self {
        Self::from_hasher(D::default())
    }
}

impl<D: Update> DigestSink<D> {
    /// A sink in front of `hasher`, which may already have absorbed a prefix (a domain
    /// separation tag, a key for a keyed hash), with the default batch size.
    #[inline]
    pub const fn from_hasher(hasher: D) -> Self {
        Self::batched(hasher)
    }
}

/// A fresh hasher, with any batch size.
impl<D: Update + Default, const N: usize> Default for DigestSink<D, N> {
    #[inline]
    fn default() -> Self {
        Self::batched(D::default())
    }
}

impl<D: Update, const N: usize> DigestSink<D, N> {
    /// A sink in front of `hasher` that batches `N` bytes: `DigestSink::<D, 256>::batched(h)`.
    #[inline]
    pub const fn batched(hasher: D) -> Self {
        Self {
            hasher,
            buffer: Buffer::new(),
        }
    }

    /// Flushes the batch and returns the hasher, to absorb more or to finalize it yourself.
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

impl<D: Update, const N: usize> Sink for DigestSink<D, N> {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        let hasher = &mut self.hasher;
        self.buffer.write(bytes, |batch| hasher.update(batch));
        Ok(())
    }
}

impl<D: FixedOutput, const N: usize> FinishSink for DigestSink<D, N> {
    type Output = Output<D>;

    #[inline]
    fn finish_sink(self) -> Result<Output<D>, Infallible> {
        Ok(self.finalize())
    }
}

/// The digest of the canonical encoding of `value` under the `RustCrypto` hasher `D`
/// (`digest` 0.11 line), streamed: no intermediate `Vec`, no allocation.
///
/// ```
/// use sha2::{Digest, Sha512};
///
/// let value = ("order-17", 3u32);
/// let streamed = byterepr::digest::<Sha512>(&value);
/// assert_eq!(streamed, Sha512::digest(byterepr::to_vec(&value)));
/// ```
// One call boundary, with everything inlined inside it: inlined into a large caller, the
// hasher's own finalization stops being inlined and moves its state through memcpy calls.
#[inline(never)]
#[must_use]
pub fn digest<D: Update + FixedOutputReset + Default>(
    value: &(impl ByteRepr + ?Sized),
) -> Output<D> {
    let mut sink = DigestSink::<D>::new();
    let result: Result<(), Infallible> = value.write_to(&mut sink);
    match result {
        Ok(()) => sink.finalize_reset(),
    }
}

/// The SHA-256 of the canonical encoding of `value`, streamed: no intermediate `Vec`, no
/// allocation.
///
/// ```
/// let key = byterepr::sha256(&("DSL", 32i32, true));
/// assert_eq!(key.len(), 32);
/// assert_eq!(key, byterepr::sha256(&("DSL", 32i32, true)));
/// assert_ne!(key, byterepr::sha256(&("DSL", 33i32, true)));
/// ```
#[cfg(feature = "sha256")]
#[must_use]
pub fn sha256(value: &(impl ByteRepr + ?Sized)) -> [u8; 32] {
    digest::<sha2::Sha256>(value).into()
}

/// The SHA-256 of the canonical encoding of `value` as 64 lowercase hexadecimal digits, for
/// logs and text keys.
///
/// ```
/// // The canonical encoding of `()` is empty, so this is the SHA-256 of no bytes.
/// assert_eq!(
///     byterepr::sha256_hex(&()),
///     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
/// );
/// ```
#[cfg(all(feature = "sha256", feature = "alloc"))]
#[must_use]
pub fn sha256_hex(value: &(impl ByteRepr + ?Sized)) -> alloc::string::String {
    use alloc::string::ToString as _;
    super::Hex(&sha256(value)).to_string()
}
