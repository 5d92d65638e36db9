//! [`Gather`], the sink of the one-call hashing helpers, `std_hash` and `java::sha256`: a
//! batch on the caller's stack, a hasher made (or lent) only when the batch spills, and the
//! hash function's one-shot form for a value that never does; and the one-call helpers'
//! path for small fixed-size values, gathered in a register ([`gather_small`]).

use core::convert::Infallible;
use core::marker::PhantomData;

use super::stream::{absorb, infallible};
use super::{BATCH, FinalizeReset, HashFunction, HashSink};
use crate::batch;
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
#[cfg_attr(
    not(any(
        feature = "digest",
        feature = "digest010",
        feature = "blake3",
        feature = "xxh3"
    )),
    allow(
        dead_code,
        reason = "`crc32` and `std_hash` have paths of their own (`hash/crc32.rs`, \
                  `hash/std_hasher.rs`)"
    )
)]
pub(crate) fn hash_fresh<F>(
    value: &(impl ByteRepr + ?Sized),
    make: impl FnOnce() -> F::Hasher,
) -> F::Output
where
    F: FinalizeReset<Hasher: Default>,
{
    // A value of at most 16 bytes (a fixed size) is gathered in a register first and hashed
    // in one shot, as hashing its encoding would: no batch, no streaming hasher.
    if let Some((bytes, len)) = gather_small(value) {
        return F::oneshot(&bytes[..len]);
    }
    if F::ONESHOT_FIRST {
        let mut bytes = [0; BATCH];
        let mut hasher = None;
        let mut sink = Gather::<F, _, BATCH>::new(&mut bytes, &mut hasher);
        infallible(value.write_to(&mut sink));
        sink.finish()
    } else {
        let mut sink = HashSink::<F>::from_hasher(make());
        infallible(value.write_to(&mut sink));
        sink.finalize_reset()
    }
}

/// The sink of the one-call helpers: gathers bytes in an `N`-byte batch and hands them to
/// the hasher in its slot `S` only when the batch spills, and at the end. With the slot an
/// `Option` (the hashes), the hasher is made ([`HashFunction::fresh`]) only when the first
/// batch spills, and [`Gather::finish`] hashes a value that never spilled with
/// [`Finalize::oneshot`]; with the slot a hasher the caller lends (`std_hash`),
/// [`Gather::flush`] hands it the last batch.
///
/// It borrows its batch and its hasher slot from the caller's frame and keeps only the count
/// of bytes gathered: wrapping it in a format adapter (`Java<Gather>`) and unwrapping it
/// again copies no batch, and the count, which a spill takes and returns by value
/// ([`batch::spill`]), stays in a register across the writes of a value (the bytes stored
/// into the batch could, for all the compiler knows, overwrite a count kept beside them).
/// Measured on the records of `benches/java.rs`: about 166 ns a record for `java::sha256`,
/// against about 186 ns through a fresh `Sha256Sink` per record.
pub(crate) struct Gather<'a, F, S, const N: usize> {
    bytes: &'a mut [u8; N],
    used: usize,
    hasher: &'a mut S,
    function: PhantomData<fn() -> F>,
}

/// Where a [`Gather`] finds the hasher it hands a spilled batch to.
pub(crate) trait Slot<F: HashFunction> {
    /// The hasher, made now if there is none yet.
    fn hasher(&mut self) -> &mut F::Hasher;
}

/// A hasher made on the first spill.
impl<F: HashFunction<Hasher: Default>> Slot<F> for Option<F::Hasher> {
    #[inline]
    fn hasher(&mut self) -> &mut F::Hasher {
        self.get_or_insert_with(F::fresh)
    }
}

/// A hasher the caller lends.
impl<F: HashFunction> Slot<F> for &mut F::Hasher {
    #[inline]
    fn hasher(&mut self) -> &mut F::Hasher {
        self
    }
}

impl<'a, F: HashFunction, S: Slot<F>, const N: usize> Gather<'a, F, S, N> {
    /// A gatherer over the caller's `bytes` and `hasher` slot (`None`, or a hasher lent).
    #[inline]
    pub(crate) fn new(bytes: &'a mut [u8; N], hasher: &'a mut S) -> Self {
        Self::after(bytes, 0, hasher)
    }

    /// A gatherer whose batch starts with the first `lead` bytes of `bytes` (left as they
    /// are): they reach [`Finalize::oneshot`] before the value, or the hasher with the first
    /// spill. `hash/crc32.rs` keeps zeros there.
    #[inline]
    pub(crate) fn after(bytes: &'a mut [u8; N], lead: usize, hasher: &'a mut S) -> Self {
        Self {
            bytes,
            used: lead,
            hasher,
            function: PhantomData,
        }
    }

    /// Hands the last batch to the hasher in the slot, which may have seen none before.
    #[inline]
    pub(crate) fn flush(self) {
        let tail = &self.bytes[..self.used];
        infallible(absorb::<F, N>(self.hasher.hasher(), tail));
    }
}

impl<F, const N: usize> Gather<'_, F, Option<F::Hasher>, N>
where
    F: FinalizeReset<Hasher: Default>,
{
    /// The result of everything written.
    #[inline]
    pub(crate) fn finish(self) -> F::Output {
        let tail = &self.bytes[..self.used];
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

/// The number writes of a sink that gathers into a borrowed batch with its count in a
/// register ([`Gather`], `sha256_blocks::BlockSink`): the provided ones' bytes
/// (little-endian), each made where it is used. Through the provided methods, a number's
/// bytes are stored on the stack before the room is checked, for the spill to read; here the
/// common path stores them straight into the batch, and only the spill makes them in memory
/// (about 10 instructions a record, callgrind). The sink has fields `used` and a batch
/// `$bytes`; `$spill(self.$bytes, used, data, self.$arg)` takes the bytes that do not fit and
/// returns the new count.
macro_rules! gather_numbers {
    ($spill:path, $bytes:ident ($arg:ident)) => {
        $crate::hash::gather::gather_numbers! {
            @each $spill, $bytes ($arg);
            write_u8: u8, write_u16: u16, write_u32: u32, write_u64: u64, write_u128: u128,
            write_i8: i8, write_i16: i16, write_i32: i32, write_i64: i64, write_i128: i128,
        }
    };
    (@each $spill:path, $bytes:ident ($arg:ident); $($method:ident: $ty:ty,)*) => {$(
        #[cfg_attr(not(debug_assertions), inline(always))]
        #[cfg_attr(debug_assertions, inline)]
        fn $method(&mut self, value: $ty) -> Result<(), Infallible> {
            const LEN: usize = size_of::<$ty>();
            let used = self.used;
            match self.$bytes.get_mut(used..used + LEN) {
                Some(free) => {
                    free.copy_from_slice(&value.to_le_bytes());
                    self.used = used + LEN;
                }
                None => {
                    let bytes = value.to_le_bytes();
                    self.used = $spill(self.$bytes, used, &bytes, self.$arg);
                }
            }
            Ok(())
        }
    )*};
}
pub(super) use gather_numbers;

impl<F: HashFunction, S: Slot<F>, const N: usize> Sink for Gather<'_, F, S, N> {
    type Error = Infallible;

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn write_raw(&mut self, data: &[u8]) -> Result<(), Infallible> {
        let used = self.used;
        match self.bytes.get_mut(used..used + data.len()) {
            // Not `short_copy`: two overlapping stores, read back at once by the hash's wide
            // loads, cannot be forwarded. With it, 15-17 instructions fewer a record, but
            // CRC-32 25.5 -> 28.4 ns, and since its lead (`hash/crc32.rs`) 24.8 -> 25.1,
            // XXH3 17.0 -> 17.5, `std_hash` 23.0 -> 22.4 (medians of three alternated runs;
            // BENCHMARKS.md, "Short runs without `memcpy`").
            Some(free) => {
                free.copy_from_slice(data);
                self.used = used + data.len();
            }
            None => self.used = spill::<F, S, N>(self.bytes, used, data, self.hasher),
        }
        Ok(())
    }

    crate::sink::register_writes!();

    gather_numbers!(spill::<F, S, N>, bytes(hasher));
}

/// [`Gather`]'s slow path: hands the completed batch, and whole batches of `data`, to the
/// hasher (made now if this is the first spill); returns the bytes left in the batch.
#[inline(never)]
fn spill<F: HashFunction, S: Slot<F>, const N: usize>(
    bytes: &mut [u8; N],
    used: usize,
    data: &[u8],
    hasher: &mut S,
) -> usize {
    let hasher = hasher.hasher();
    infallible(batch::spill(bytes, used, data, |batch| {
        absorb::<F, N>(hasher, batch)
    }))
}

/// The largest fixed size, in bytes, that [`gather_small`] gathers: a `u128`.
const SMALL: usize = 16;

/// The encoding of a value of a fixed size of at most [`SMALL`] bytes, gathered in a `u128`
/// and stored once, and its length; `None` for any other value, and for one that writes more
/// than [`SMALL`] bytes (an impl whose `ENCODED_SIZE` is wrong: the caller then takes its
/// ordinary path). A value that writes less than its `ENCODED_SIZE` gives what it wrote.
///
/// Not through the buffer of `extend_vec`: a hash reads its input back at once in wide
/// words, which cannot be forwarded from a value stored in pieces (4 bytes, then 1) and
/// wait for the pieces to reach the cache; from one store they do not wait. XXH3-64 of a
/// 5-byte value: 10.5 ns through the buffer, 2.0 ns this way (borsh's encode-then-hash:
/// 10.7 ns). `extend_vec` keeps the buffer, whose copy out does not wait, in fewer
/// instructions (14 against 17).
#[inline]
pub(super) fn gather_small<T: ByteRepr + ?Sized>(value: &T) -> Option<([u8; SMALL], usize)> {
    if !matches!(T::ENCODED_SIZE, Some(size) if size <= SMALL) {
        return None;
    }
    let mut register = Register { bits: 0, filled: 0 };
    value.write_to(&mut register).ok()?;
    Some((register.bits.to_le_bytes(), (register.filled / 8) as usize))
}

/// A sink that gathers up to 16 bytes in a `u128`, little-endian.
struct Register {
    bits: u128,
    /// How many bits are written.
    filled: u32,
}

impl Register {
    /// Appends the low `bits` bits of `value`.
    #[inline]
    fn put(&mut self, value: u128, bits: u32) -> Result<(), Full> {
        if bits > 128 - self.filled {
            return Err(Full);
        }
        if self.filled < 128 {
            self.bits |= value << self.filled;
        }
        self.filled += bits;
        Ok(())
    }
}

macro_rules! register_writes {
    ($($method:ident: $ty:ty as $unsigned:ty;)*) => {$(
        #[inline]
        fn $method(&mut self, value: $ty) -> Result<(), Full> {
            #[allow(clippy::cast_sign_loss, trivial_numeric_casts)]
            self.put(u128::from(value as $unsigned), <$ty>::BITS)
        }
    )*};
}

impl Sink for Register {
    type Error = Full;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Full> {
        if bytes.len() * 8 > (128 - self.filled) as usize {
            return Err(Full);
        }
        for &byte in bytes {
            self.put(u128::from(byte), 8)?;
        }
        Ok(())
    }

    register_writes! {
        write_u8: u8 as u8;
        write_u16: u16 as u16;
        write_u32: u32 as u32;
        write_u64: u64 as u64;
        write_i8: i8 as u8;
        write_i16: i16 as u16;
        write_i32: i32 as u32;
        write_i64: i64 as u64;
    }

    #[inline]
    fn write_bool(&mut self, value: bool) -> Result<(), Full> {
        self.put(u128::from(value), 8)
    }
}

/// [`Register`]'s error: the write did not fit.
struct Full;

#[cfg(all(test, feature = "alloc"))]
mod tests {
    //! The register gives exactly the bytes of `to_vec`, for every kind of write.

    use crate::ByteRepr;
    use crate::testing::{Claims, counting};

    fn gathered<T: ByteRepr>(value: &T) -> Option<alloc::vec::Vec<u8>> {
        super::gather_small(value).map(|(bytes, len)| bytes[..len].to_vec())
    }

    #[test]
    fn every_kind_of_write_gives_the_bytes_of_to_vec() {
        struct SameAsToVec;
        impl crate::testing::Check for SameAsToVec {
            fn check<T: ByteRepr>(&mut self, value: &T) {
                assert_eq!(gathered(value), Some(crate::to_vec(value)));
            }
        }
        crate::testing::each_small_value(&mut SameAsToVec);
        assert_eq!(gathered(&Claims::<16, 16>), Some(counting(16)));
    }

    /// A hash function whose "hash" is the bytes it was given: what the one-call path hands
    /// on must be the value's encoding, however the writes fall against the batch.
    enum Bytes {}

    impl crate::hash::HashFunction for Bytes {
        type Hasher = alloc::vec::Vec<u8>;
        fn update(hasher: &mut alloc::vec::Vec<u8>, bytes: &[u8]) {
            hasher.extend_from_slice(bytes);
        }
    }

    impl crate::hash::Finalize for Bytes {
        type Output = alloc::vec::Vec<u8>;
        const ONESHOT_FIRST: bool = true;
        fn finalize(hasher: alloc::vec::Vec<u8>) -> alloc::vec::Vec<u8> {
            hasher
        }
    }

    impl crate::hash::FinalizeReset for Bytes {
        fn finalize_reset(hasher: &mut alloc::vec::Vec<u8>) -> alloc::vec::Vec<u8> {
            core::mem::take(hasher)
        }
    }

    #[test]
    fn numbers_and_bytes_at_every_offset_of_the_batch_reach_the_hash_in_order() {
        for prefix in 0..=(2 * super::BATCH + 20) {
            let value = (
                "p".repeat(prefix),
                (0x0102u16, -3i16, 0x0304_0506u32, u64::MAX - 5, -9i64),
                (0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10u128, -11i128),
                (7u8, -7i8, 1.5f64, f32::NAN, true, 'é'),
                alloc::vec![1u32, 2, 3],
            );
            let hashed = super::hash_fresh::<Bytes>(&value, alloc::vec::Vec::new);
            assert_eq!(hashed, crate::to_vec(&value), "prefix of {prefix} bytes");
        }
    }

    #[test]
    fn other_types_and_wrong_sizes() {
        assert_eq!(gathered(&Some(3u8)), None, "no fixed size");
        assert_eq!(gathered(&Claims::<17, 1>), None, "more than 16 bytes");
        assert_eq!(
            gathered(&Claims::<2, 17>),
            None,
            "writes more than it holds"
        );
        assert_eq!(
            gathered(&Claims::<8, 3>),
            Some(counting(3)),
            "what was written"
        );
    }
}
