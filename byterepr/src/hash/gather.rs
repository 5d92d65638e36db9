//! [`Gather`], the sink of the one-call hashing helpers and of `java::sha256`: a batch on the
//! caller's stack, a hasher made only when the batch spills, and the hash function's
//! one-shot form for a value that never does.

use core::convert::Infallible;

use super::stream::{absorb, infallible};
use super::{BATCH, FinalizeReset, HashSink};
use crate::batch::Buffer;
use crate::{ByteRepr, Sink};

/// [`hash_with`] of a fresh hasher: what the one-call helpers run. For a hash function with
/// [`Finalize::ONESHOT_FIRST`] the value is gathered in a batch on the stack first (a
/// [`Gather`]), so a value that fits one batch is hashed by the function's one-shot form
/// and makes no hasher state at all; any other streams into a [`HashSink`] in front of the
/// hasher `make` returns, made inside the call (a hasher made by the caller and passed in
/// is copied: +46 instructions on a tiny value's SHA-256, callgrind).
//
// One call boundary, with everything inlined inside it: inlined into a large caller, the
// hasher's own finalization stops being inlined and moves its state through memcpy calls.
// The sink is built here, not returned from a helper: returning it costs a memcpy of the
// batch per value (+10% of the instructions of a record's CRC-32, callgrind).
#[inline(never)]
pub(crate) fn hash_fresh<F>(
    value: &(impl ByteRepr + ?Sized),
    make: impl FnOnce() -> F::Hasher,
) -> F::Output
where
    F: FinalizeReset<Hasher: Default>,
{
    // A value of at most 16 bytes (a fixed size) is gathered in a register first and hashed
    // in one shot, as hashing its encoding would: no batch, no streaming hasher.
    if let Some((bytes, len)) = crate::sinks::small::gather_small(value) {
        return F::oneshot(&bytes[..len]);
    }
    if F::ONESHOT_FIRST {
        let mut buffer = Buffer::<BATCH>::EMPTY;
        let mut hasher = None;
        let mut sink = Gather::<F, BATCH>::new(&mut buffer, &mut hasher);
        infallible(value.write_to(&mut sink));
        sink.finish()
    } else {
        let mut sink = HashSink::<F>::from_hasher(make());
        infallible(value.write_to(&mut sink));
        sink.finalize_reset()
    }
}

/// The sink of the one-call helpers: gathers bytes in an `N`-byte batch and makes the
/// hasher ([`HashFunction::fresh`]) only when the first batch spills. [`Gather::finish`]
/// then hashes a value that never spilled with [`Finalize::oneshot`].
///
/// It borrows its batch and its hasher slot from the caller's frame, so the sink itself is
/// two pointers: wrapping it in a format adapter (`Java<Gather>`) and unwrapping it again
/// copies neither. Measured on the records of `benches/java.rs`: about 166 ns a record for
/// `java::sha256`, against about 186 ns through a fresh `Sha256Sink` per record.
pub(crate) struct Gather<'a, F: super::HashFunction, const N: usize> {
    buffer: &'a mut Buffer<N>,
    hasher: &'a mut Option<F::Hasher>,
}

impl<'a, F, const N: usize> Gather<'a, F, N>
where
    F: FinalizeReset<Hasher: Default>,
{
    /// A gatherer over the caller's `buffer` (empty) and `hasher` slot (`None`).
    #[inline]
    pub(crate) fn new(buffer: &'a mut Buffer<N>, hasher: &'a mut Option<F::Hasher>) -> Self {
        Self { buffer, hasher }
    }

    /// The result of everything written.
    #[inline]
    pub(crate) fn finish(self) -> F::Output {
        let tail = self.buffer.pending();
        match self.hasher {
            // The common case: the value fitted one batch.
            None => F::oneshot(tail),
            Some(hasher) => {
                infallible(absorb::<F, N>(hasher, tail));
                F::finalize_reset(hasher)
            }
        }
    }
}

impl<F, const N: usize> Sink for Gather<'_, F, N>
where
    F: FinalizeReset<Hasher: Default>,
{
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        let hasher = &mut *self.hasher;
        self.buffer.write(bytes, |batch| {
            absorb::<F, N>(hasher.get_or_insert_with(F::fresh), batch)
        })
    }
}
