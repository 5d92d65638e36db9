//! [`HashSink`]: the one hashing sink, generic over the hash function, and the traits a
//! hash function implements to plug into it ([`HashFunction`], [`Finalize`],
//! [`FinalizeReset`]). Every sink of [`hash`](super) is this type with its own function.

use core::convert::Infallible;

use super::BATCH;
use crate::batch::Buffer;
use crate::{ByteRepr, FinishSink, Sink};

/// How a [`HashSink`] feeds one hash function: the part that differs from one hashing sink
/// to the next. Implemented on a marker type (such as [`Crc32`](super::Crc32)) whose
/// [`Hasher`](HashFunction::Hasher) is the hash function's own state.
///
/// Implement it, with [`Finalize`] and where possible [`FinalizeReset`], to stream canonical
/// bytes into a hasher this crate does not know:
///
/// ```
/// use byterepr::hash::{Finalize, FinalizeReset, HashFunction, HashSink};
///
/// /// FNV-1a, 32-bit.
/// struct Fnv1a;
///
/// impl HashFunction for Fnv1a {
///     type Hasher = u32;
///     fn update(state: &mut u32, bytes: &[u8]) {
///         for &byte in bytes {
///             *state = (*state ^ u32::from(byte)).wrapping_mul(0x0100_0193);
///         }
///     }
/// }
///
/// impl Finalize for Fnv1a {
///     type Output = u32;
///     fn finalize(state: u32) -> u32 {
///         state
///     }
/// }
///
/// impl FinalizeReset for Fnv1a {
///     fn finalize_reset(state: &mut u32) -> u32 {
///         core::mem::replace(state, 0x811c_9dc5)
///     }
/// }
///
/// let mut sink = HashSink::<Fnv1a>::from_hasher(0x811c_9dc5);
/// byterepr::write_all!(&mut sink; "DSL", 32i32).unwrap();
/// assert_eq!(sink.finalize_reset(), 0x3f08_5b0d);
/// ```
pub trait HashFunction {
    /// The hasher's own state: what [`HashSink::from_hasher`] takes and
    /// [`HashSink::into_hasher`] gives back.
    type Hasher;

    /// Whether [`update`](HashFunction::update) must see the stream cut into pieces of
    /// exactly the batch size, the last one shorter. Hashers whose `update`s do not compose
    /// (`core::hash::Hasher::write` need not: `FxHasher` hashes `"ab"` then `"c"` unlike
    /// `"abc"`) need it, so that the result depends on the bytes alone; a streaming hash
    /// does not, and takes runs of whole batches in one call.
    const ONE_BATCH_PER_UPDATE: bool = false;

    /// Absorbs `bytes`.
    fn update(hasher: &mut Self::Hasher, bytes: &[u8]);

    /// A fresh hasher, for [`HashSink::new`], `Default` and the one-call helpers. Override it
    /// when the hasher's own constructor is cheaper to call than its `Default` impl (which
    /// may not be inlined across crates).
    #[inline]
    #[must_use]
    fn fresh() -> Self::Hasher
    where
        Self::Hasher: Default,
    {
        Self::Hasher::default()
    }
}

/// How a hash function gives its result, consuming the hasher.
pub trait Finalize: HashFunction {
    /// The digest, checksum or hash.
    type Output;

    /// The result of everything absorbed.
    fn finalize(hasher: Self::Hasher) -> Self::Output;

    /// Whether the one-call helpers gather a value in a batch first and hash a value that
    /// fits it with [`oneshot`](Finalize::oneshot), making no hasher until the batch spills.
    /// Worth it where making a streaming hasher costs more than hashing a small value: XXH3
    /// (`xxh3_64` of 5 bytes is 52 instructions, a fresh streaming `Xxh3` about 280). Not
    /// where it does not: a hasher that is cheap to make streams into a [`HashSink`].
    /// (`sha256` and `crc32` have paths of their own: SHA-256 writes into its blocks,
    /// `hash/sha256_blocks.rs`; CRC-32 gathers after a lead of zeros, `hash/crc32.rs`.)
    const ONESHOT_FIRST: bool = false;

    /// The result for `bytes` alone, from a fresh hasher: what the one-call helpers run for
    /// a value that fits one batch when [`ONESHOT_FIRST`](Finalize::ONESHOT_FIRST) is set.
    /// Override it with the hash function's own one-shot form.
    #[inline]
    #[must_use]
    fn oneshot(bytes: &[u8]) -> Self::Output
    where
        Self::Hasher: Default,
    {
        let mut hasher = Self::fresh();
        Self::update(&mut hasher, bytes);
        Self::finalize(hasher)
    }
}

/// How a hash function gives its result and starts afresh, without moving the hasher: the
/// fastest way to finalize, and what lets one sink hash many values.
pub trait FinalizeReset: Finalize {
    /// The result of everything absorbed; `hasher` is left as a fresh hasher.
    fn finalize_reset(hasher: &mut Self::Hasher) -> Self::Output;
}

/// A sink that streams canonical bytes into the hash function `F`, gathering small writes
/// into batches of `N` bytes first (see [`BATCH`]): a hasher's `update` costs more per call
/// than copying the few bytes of a field. No heap, whatever the size of the value.
///
/// Use it through the aliases of [`hash`](super) ([`Sha256Sink`](super::Sha256Sink),
/// [`Crc32Sink`](super::Crc32Sink), ...), which all have the same methods:
///
/// ```
/// use byterepr::ByteRepr;
/// use byterepr::hash::Crc32Sink;
///
/// let mut sink = Crc32Sink::new(); // or `Default`, or `from_hasher(h)`, or `batched::<N>(h)`
/// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
/// let first = sink.finalize_reset(); // the sink is fresh again
/// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
/// assert_eq!(first, sink.finalize());
/// assert_eq!(first, byterepr::crc32(&("DSL", 32i32, true)));
/// ```
pub struct HashSink<F: HashFunction, const N: usize = BATCH> {
    hasher: F::Hasher,
    buffer: Buffer<N>,
}

impl<F: HashFunction> HashSink<F> {
    /// A sink in front of a fresh hasher, batching [`BATCH`] bytes.
    #[inline]
    #[must_use]
    pub fn new() -> Self
    where
        F::Hasher: Default,
    {
        Self::from_hasher(F::fresh())
    }

    /// A sink in front of `hasher`, batching [`BATCH`] bytes. The hasher may already have
    /// absorbed a prefix (a domain separation tag) or carry a key.
    #[inline]
    pub const fn from_hasher(hasher: F::Hasher) -> Self {
        Self::batched(hasher)
    }
}

impl<F: HashFunction, const N: usize> HashSink<F, N> {
    /// A sink in front of `hasher` that batches `N` bytes instead of [`BATCH`]:
    /// `Crc32Sink::<256>::batched(hasher)`.
    #[inline]
    pub const fn batched(hasher: F::Hasher) -> Self {
        Self {
            hasher,
            buffer: Buffer::EMPTY,
        }
    }

    /// Hands the pending batch to the hasher.
    #[inline]
    fn flush(&mut self) {
        let hasher = &mut self.hasher;
        infallible(self.buffer.flush(|batch| absorb::<F, N>(hasher, batch)));
    }

    /// Flushes the batch and returns the hasher, to absorb more or to finalize it yourself
    /// (for example an extendable-output function).
    #[inline]
    #[must_use]
    pub fn into_hasher(mut self) -> F::Hasher {
        self.flush();
        self.hasher
    }

    /// Flushes the batch and returns the result.
    #[inline]
    #[must_use]
    pub fn finalize(self) -> F::Output
    where
        F: Finalize,
    {
        F::finalize(self.into_hasher())
    }

    /// Flushes the batch, returns the result and leaves the sink as a fresh one, ready for
    /// the next value. Nothing is moved, so this is also the fastest way to finalize.
    #[inline]
    pub fn finalize_reset(&mut self) -> F::Output
    where
        F: FinalizeReset,
    {
        self.flush();
        F::finalize_reset(&mut self.hasher)
    }
}

/// Hands `bytes` (whole batches, or the last partial one) to `F`, cut as `F` needs. Returns
/// a `Result` because that is what the batching engine's `absorb` returns.
#[inline]
#[allow(
    clippy::unnecessary_wraps,
    reason = "the engine's absorb is fallible for Batched; Infallible compiles away"
)]
pub(crate) fn absorb<F: HashFunction, const N: usize>(
    hasher: &mut F::Hasher,
    bytes: &[u8],
) -> Result<(), Infallible> {
    if F::ONE_BATCH_PER_UPDATE {
        bytes.chunks(N).for_each(|batch| F::update(hasher, batch));
    } else {
        F::update(hasher, bytes);
    }
    Ok(())
}

pub(crate) fn infallible<T>(result: Result<T, Infallible>) -> T {
    match result {
        Ok(value) => value,
    }
}

/// A fresh hasher, with any batch size.
impl<F: HashFunction, const N: usize> Default for HashSink<F, N>
where
    F::Hasher: Default,
{
    #[inline]
    fn default() -> Self {
        Self::batched(F::fresh())
    }
}

impl<F: HashFunction, const N: usize> Clone for HashSink<F, N>
where
    F::Hasher: Clone,
{
    fn clone(&self) -> Self {
        Self {
            hasher: self.hasher.clone(),
            buffer: self.buffer.clone(),
        }
    }
}

impl<F: HashFunction, const N: usize> core::fmt::Debug for HashSink<F, N> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("HashSink")
            .field("function", &core::any::type_name::<F>())
            .field("buffer", &self.buffer)
            .finish_non_exhaustive()
    }
}

impl<F: HashFunction, const N: usize> Sink for HashSink<F, N> {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        let hasher = &mut self.hasher;
        self.buffer
            .write(bytes, |batch| absorb::<F, N>(hasher, batch))
    }
}

impl<F: Finalize, const N: usize> FinishSink for HashSink<F, N> {
    type Output = F::Output;

    #[inline]
    fn finish_sink(self) -> Result<F::Output, Infallible> {
        Ok(self.finalize())
    }
}

/// The result of hashing the canonical encoding of `value` with `hasher` under the hash
/// function `F`, streamed through a [`HashSink`] without allocating: what every one-call
/// helper of [`hash`](super) runs, and the helper of a hash function of your own.
///
/// ```
/// use byterepr::hash::{Crc32, hash_with};
///
/// let mut prefixed = crc32fast::Hasher::new();
/// prefixed.update(b"v1:");
/// let checksum = hash_with::<Crc32>(&("DSL", 32i32), prefixed);
/// let mut bytes = b"v1:".to_vec();
/// bytes.extend(byterepr::to_vec(&("DSL", 32i32)));
/// assert_eq!(checksum, crc32fast::hash(&bytes));
/// ```
//
#[inline]
pub fn hash_with<F: FinalizeReset>(
    value: &(impl ByteRepr + ?Sized),
    hasher: F::Hasher,
) -> F::Output {
    hash_given::<F>(value, hasher)
}

/// [`hash_with`]'s body: a [`HashSink`] in front of the given hasher, finalized in place.
#[inline(never)]
fn hash_given<F: FinalizeReset>(value: &(impl ByteRepr + ?Sized), hasher: F::Hasher) -> F::Output {
    let mut sink = HashSink::<F>::from_hasher(hasher);
    infallible(value.write_to(&mut sink));
    sink.finalize_reset()
}
