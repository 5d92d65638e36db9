//! Any [`core::hash::Hasher`]: [`HasherSink`] and the [`std_hash`] helper. It needs no
//! dependency (the trait is in `core`), so it has no feature of its own.

use core::hash::Hasher;
use core::marker::PhantomData;

use super::gather::{Gather, gather_small};
use super::stream::infallible;
use super::{BATCH, Finalize, FinalizeReset, HashFunction, HashSink};
use crate::ByteRepr;

/// The hash of a [`Hasher`] `H` (`DefaultHasher`, `FxHasher`, ahash, `SipHasher`), fed the
/// canonical bytes rather than what a value's `Hash` impl writes. `H` may be `&mut H` to
/// keep the hasher.
pub struct StdHasher<H>(PhantomData<fn() -> H>);

impl<H: Hasher> HashFunction for StdHasher<H> {
    type Hasher = H;

    /// `Hasher::write` calls are not guaranteed to compose, so the hasher sees the stream
    /// cut at the batch size whatever the writes were.
    const ONE_BATCH_PER_UPDATE: bool = true;

    #[inline]
    fn update(hasher: &mut H, bytes: &[u8]) {
        hasher.write(bytes);
    }
}

impl<H: Hasher> Finalize for StdHasher<H> {
    type Output = u64;

    #[inline]
    fn finalize(hasher: H) -> u64 {
        hasher.finish()
    }
}

/// A `Hasher` cannot reset itself: a fresh one is its `Default`.
impl<H: Hasher + Default> FinalizeReset for StdHasher<H> {
    #[inline]
    fn finalize_reset(hasher: &mut H) -> u64 {
        core::mem::take(hasher).finish()
    }
}

/// A sink that feeds the canonical bytes to a [`Hasher`] (`DefaultHasher`, `FxHasher`, ahash,
/// `SipHasher`), so those hashers get a value's platform-independent bytes rather than what its
/// `Hash` impl writes. The methods are [`HashSink`]'s; [`finish`](HashSink::finish) is
/// [`finalize`](HashSink::finalize) under the name `Hasher` uses.
///
/// The hasher sees the byte stream cut into consecutive chunks of exactly `N` bytes, the last
/// one shorter, whatever the sizes of the individual writes: `Hasher::write` calls are not
/// guaranteed to compose (`FxHasher` hashes `write(b"ab"); write(b"c")` differently from
/// `write(b"abc")`), so the chunking depends only on the bytes. For a streaming hasher such as
/// `DefaultHasher` this equals one `write` of [`to_vec`](crate::to_vec) of the value; for any
/// hasher it equals writing `to_vec(..).chunks(N)` one chunk at a time.
///
/// The result is as stable as the hasher: `DefaultHasher`'s algorithm may change between
/// Rust releases, so persist only hashes of a specified algorithm (such as
/// `xxh3_64`, feature `xxh3`).
///
/// ```
/// use byterepr::{ByteRepr, hash::HasherSink};
/// use std::hash::{DefaultHasher, Hasher};
///
/// let mut sink = HasherSink::<DefaultHasher>::new(); // or from_hasher(DefaultHasher::new())
/// ("DSL", 32i32).write_to(&mut sink).unwrap();
/// let mut plain = DefaultHasher::new();
/// plain.write(&byterepr::to_vec(&("DSL", 32i32)));
/// assert_eq!(sink.finish(), plain.finish());
/// ```
pub type HasherSink<H, const N: usize = { BATCH }> = HashSink<StdHasher<H>, N>;

impl<H: Hasher, const N: usize> HashSink<StdHasher<H>, N> {
    /// Flushes the last chunk and returns the hasher's [`Hasher::finish`]: the same as
    /// [`finalize`](HashSink::finalize).
    #[inline]
    #[must_use]
    pub fn finish(self) -> u64 {
        self.finalize()
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
#[inline(never)]
#[must_use]
pub fn std_hash<H: Hasher>(value: &(impl ByteRepr + ?Sized), hasher: H) -> u64 {
    let mut hasher = hasher;
    feed(value, &mut hasher);
    hasher.finish()
}

/// Feeds the canonical encoding of `value` to `state` without finishing it: the body of a
/// [`Hash`](core::hash::Hash) impl whose hash agrees with the bytes, as
/// `#[byterepr(hash)]` generates it. The bytes reach `state` cut as [`HasherSink`] cuts
/// them, so the hash depends only on the bytes.
///
/// `Hash` requires that `a == b` implies equal hashes. This holds when equal values have
/// equal bytes: true for a derived `PartialEq` over fields that are not floats (`0.0 ==
/// -0.0`, yet their bytes differ; SPEC.md 3.3) and whose own `==` is structural. Fields left
/// out with `skip` only make more values share bytes, which `Hash` allows.
///
/// ```
/// use std::hash::{BuildHasher, Hash, Hasher, RandomState};
///
/// struct Name(String);
///
/// impl Hash for Name {
///     fn hash<H: Hasher>(&self, state: &mut H) {
///         byterepr::hash::hash_canonical(&self.0, state);
///     }
/// }
///
/// let state = RandomState::new();
/// let mut plain = state.build_hasher();
/// plain.write(&byterepr::to_vec(&"ada"));
/// assert_eq!(state.hash_one(Name("ada".into())), plain.finish());
/// ```
#[inline]
pub fn hash_canonical<T, H>(value: &T, state: &mut H)
where
    T: ByteRepr + ?Sized,
    H: Hasher + ?Sized,
{
    feed(value, state);
}

/// The body of [`std_hash`] and [`hash_canonical`]: the writes a [`HasherSink`] makes, made
/// from the one-call hashes' batch on the stack ([`Gather`], with `state` lent to it) or,
/// for a value of a fixed size of at most 16 bytes, from a register. Into foldhash, a record
/// of the benchmark took 315 instructions and 36-37 ns through a `HasherSink`, 266 and
/// 23-24 ns this way; a 5-byte value 32 and 8.0 ns, 29 and 1.9-2.2 ns (`#[derive(Hash)]`:
/// 138 and 8.4 ns, 11 and 0.6 ns; callgrind and alternated criterion runs).
#[inline]
fn feed<T, H>(value: &T, state: &mut H)
where
    T: ByteRepr + ?Sized,
    H: Hasher + ?Sized,
{
    if let Some((bytes, len)) = gather_small(value) {
        // A `HasherSink` hands on no empty batch.
        if let Some(written) = bytes.get(..len)
            && !written.is_empty()
        {
            state.write(written);
        }
        return;
    }
    let mut batch = [0; BATCH];
    let mut lent: &mut H = state;
    let mut slot = &mut lent;
    let mut sink = Gather::<StdHasher<&mut H>, _, BATCH>::new(&mut batch, &mut slot);
    infallible(value.write_to(&mut sink));
    sink.flush();
}
