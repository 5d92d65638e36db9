//! [`HasherSink`]: a bridge from canonical bytes into any [`core::hash::Hasher`], and the
//! [`std_hash`] helper.
//!
//! It needs no dependency (the trait is in `core`), so it has no feature of its own.

use core::convert::Infallible;
use core::hash::Hasher;

use super::{BATCH, Buffer, FinishSink};
use crate::{ByteRepr, Sink};

/// A sink that feeds the canonical bytes to a [`Hasher`] (`DefaultHasher`, `FxHasher`, ahash,
/// `SipHasher`), so those hashers get a value's platform-independent bytes rather than what its
/// `Hash` impl writes.
///
/// The hasher sees the byte stream cut into consecutive chunks of exactly `N` bytes, the last
/// one shorter, whatever the sizes of the individual writes: `Hasher::write` calls are not
/// guaranteed to compose (`FxHasher` hashes `write(b"ab"); write(b"c")` differently from
/// `write(b"abc")`), so the chunking depends only on the bytes. For a streaming hasher such as
/// `DefaultHasher` this equals one `write` of [`to_vec`](crate::to_vec) of the value; for any
/// hasher it equals writing `to_vec(..).chunks(N)` one chunk at a time.
///
/// The result is as stable as the hasher: `DefaultHasher`'s algorithm may change between
/// Rust releases, so persist only hashes of a specified algorithm.
///
/// ```
/// use byterepr::{ByteRepr, hash::HasherSink};
/// use std::hash::{DefaultHasher, Hasher};
///
/// let mut sink = HasherSink::new(DefaultHasher::new());
/// ("DSL", 32i32).write_to(&mut sink).unwrap();
/// let mut plain = DefaultHasher::new();
/// plain.write(&byterepr::to_vec(&("DSL", 32i32)));
/// assert_eq!(sink.finish(), plain.finish());
/// ```
#[derive(Clone)]
pub struct HasherSink<H, const N: usize = BATCH> {
    hasher: H,
    buffer: Buffer<N>,
}

impl<H: Hasher> HasherSink<H> {
    /// A sink in front of `hasher` (pass `&mut hasher` to keep it), cutting the bytes into
    /// chunks of [`BATCH`] bytes.
    #[inline]
    pub const fn new(hasher: H) -> Self {
        Self::batched(hasher)
    }
}

impl<H: Hasher, const N: usize> HasherSink<H, N> {
    /// A sink in front of `hasher` that cuts the bytes into chunks of `N` bytes:
    /// `HasherSink::<_, 64>::batched(h)`.
    #[inline]
    pub const fn batched(hasher: H) -> Self {
        Self {
            hasher,
            buffer: Buffer::new(),
        }
    }

    /// Flushes the last chunk and returns the hasher.
    #[inline]
    #[must_use]
    pub fn into_hasher(mut self) -> H {
        let hasher = &mut self.hasher;
        self.buffer.flush(|chunk| hasher.write(chunk));
        self.hasher
    }

    /// Flushes the last chunk and returns the hasher's [`Hasher::finish`].
    #[inline]
    #[must_use]
    pub fn finish(self) -> u64 {
        self.into_hasher().finish()
    }
}

impl<H: Hasher, const N: usize> Sink for HasherSink<H, N> {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        let hasher = &mut self.hasher;
        self.buffer.write(bytes, |batches| {
            batches.chunks(N).for_each(|chunk| hasher.write(chunk));
        });
        Ok(())
    }
}

impl<H: Hasher, const N: usize> FinishSink for HasherSink<H, N> {
    type Output = u64;

    #[inline]
    fn finish_sink(self) -> Result<u64, Infallible> {
        Ok(self.finish())
    }
}

/// Feeds the canonical encoding of `value` to `hasher` (see [`HasherSink`] for how it is cut
/// into `write` calls) and returns `hasher.finish()`. Pass `&mut hasher` to keep hashing.
///
/// ```
/// use std::hash::{DefaultHasher, Hasher};
///
/// let mut plain = DefaultHasher::new();
/// plain.write(&byterepr::to_vec(&[1u64, 2, 3]));
/// assert_eq!(byterepr::std_hash(&[1u64, 2, 3], DefaultHasher::new()), plain.finish());
/// ```
// One call boundary, with everything inlined inside it: inlined into a large caller, the
// hasher's own finalization stops being inlined and moves its state through memcpy calls.
#[inline(never)]
#[must_use]
pub fn std_hash<H: Hasher>(value: &(impl ByteRepr + ?Sized), hasher: H) -> u64 {
    let mut sink = HasherSink::new(hasher);
    let result: Result<(), Infallible> = value.write_to(&mut sink);
    match result {
        Ok(()) => sink.finish(),
    }
}
