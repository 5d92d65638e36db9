//! XXH3, 64 and 128 bits, through `xxhash-rust`: [`Xxh3Sink`], [`Xxh3_128Sink`] and the
//! [`xxh3_64`] and [`xxh3_128`] helpers.
//!
//! A fast non-cryptographic hash whose output is specified (XXH3, as the reference C
//! implementation computes it), so unlike `DefaultHasher` it is stable across Rust releases,
//! platforms and processes: a fit for in-memory deduplication, hash-table keys and
//! checksums that are stored. It is not collision-resistant against an adversary; use
//! SHA-256 or BLAKE3 where inputs are chosen by someone else.

use xxhash_rust::xxh3::Xxh3;

use super::{Finalize, FinalizeReset, HashFunction, HashSink};
use crate::ByteRepr;

/// XXH3 with a 64-bit result, as [`Xxh3`] computes it (seed 0 from `new`, any seed from
/// `from_hasher(Xxh3::with_seed(seed))`).
///
/// [`Xxh3`]: https://docs.rs/xxhash-rust/latest/xxhash_rust/xxh3/struct.Xxh3.html
#[derive(Debug, Clone, Copy)]
pub enum Xxh3_64 {}

/// XXH3 with a 128-bit result: the same hasher as [`Xxh3_64`], finished to 128 bits.
#[derive(Debug, Clone, Copy)]
pub enum Xxh3_128 {}

/// Both widths absorb alike; only the finish differs.
macro_rules! xxh3_function {
    ($($function:ident => $output:ty, $digest:ident, $oneshot:ident;)*) => {$(
        impl HashFunction for $function {
            type Hasher = Xxh3;

            #[inline]
            fn update(hasher: &mut Xxh3, bytes: &[u8]) {
                hasher.update(bytes);
            }
        }

        impl Finalize for $function {
            type Output = $output;

            #[inline]
            fn finalize(hasher: Xxh3) -> $output {
                hasher.$digest()
            }

            /// A fresh streaming `Xxh3` costs about 230 instructions more than the
            /// one-shot function for a 5-byte value (callgrind).
            const ONESHOT_FIRST: bool = true;

            #[inline]
            fn oneshot(bytes: &[u8]) -> $output {
                xxhash_rust::xxh3::$oneshot(bytes)
            }
        }

        impl FinalizeReset for $function {
            /// `Xxh3::reset` keeps the seed.
            #[inline]
            fn finalize_reset(hasher: &mut Xxh3) -> $output {
                let hash = hasher.$digest();
                hasher.reset();
                hash
            }
        }
    )*};
}

xxh3_function! {
    Xxh3_64 => u64, digest, xxh3_64;
    Xxh3_128 => u128, digest128, xxh3_128;
}

/// A sink that feeds an XXH3 hasher and finishes to 64 bits, gathering small writes into
/// batches of `N` bytes first. The methods are [`HashSink`]'s.
///
/// ```
/// use byterepr::{ByteRepr, hash::Xxh3Sink};
///
/// let mut sink = Xxh3Sink::new();
/// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
/// let bytes = byterepr::to_vec(&("DSL", 32i32, true));
/// assert_eq!(sink.finalize(), xxhash_rust::xxh3::xxh3_64(&bytes));
/// ```
pub type Xxh3Sink<const N: usize = { super::BATCH }> = HashSink<Xxh3_64, N>;

/// A sink that feeds an XXH3 hasher and finishes to 128 bits. The methods are
/// [`HashSink`]'s.
///
/// ```
/// use byterepr::{ByteRepr, hash::Xxh3_128Sink};
///
/// let mut sink = Xxh3_128Sink::new();
/// 7u64.write_to(&mut sink).unwrap();
/// assert_eq!(sink.finalize(), xxhash_rust::xxh3::xxh3_128(&7u64.to_le_bytes()));
/// ```
pub type Xxh3_128Sink<const N: usize = { super::BATCH }> = HashSink<Xxh3_128, N>;

/// The 64-bit XXH3 (seed 0) of the canonical encoding of `value`, streamed without
/// allocating: equal to `xxh3_64(&to_vec(value))`, on every platform and in every release.
///
/// ```
/// let key = byterepr::xxh3_64(&("DSL", 32i32, true));
/// let bytes = byterepr::to_vec(&("DSL", 32i32, true));
/// assert_eq!(key, xxhash_rust::xxh3::xxh3_64(&bytes));
/// assert_eq!(format!("{key:016x}").len(), 16); // as text: zero-padded lowercase hex
/// ```
#[inline]
#[must_use]
pub fn xxh3_64(value: &(impl ByteRepr + ?Sized)) -> u64 {
    super::gather::hash_fresh::<Xxh3_64>(value, Xxh3_64::fresh)
}

/// The 128-bit XXH3 (seed 0) of the canonical encoding of `value`, streamed without
/// allocating: equal to `xxh3_128(&to_vec(value))`.
///
/// ```
/// let key = byterepr::xxh3_128(&"order-17");
/// assert_eq!(key, xxhash_rust::xxh3::xxh3_128(b"\x08order-17"));
/// assert_eq!(format!("{key:032x}").len(), 32); // as text: zero-padded lowercase hex
/// ```
#[inline]
#[must_use]
pub fn xxh3_128(value: &(impl ByteRepr + ?Sized)) -> u128 {
    super::gather::hash_fresh::<Xxh3_128>(value, Xxh3_128::fresh)
}
