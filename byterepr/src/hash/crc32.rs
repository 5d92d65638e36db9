//! CRC-32/ISO-HDLC through `crc32fast`: [`Crc32Sink`] and the [`crc32`] helper.

use super::{Finalize, FinalizeReset, HashFunction, HashSink};
use crate::ByteRepr;

/// The CRC-32 of zlib, gzip and PNG (CRC-32/ISO-HDLC), as [`crc32fast::Hasher`] computes it.
///
/// [`crc32fast::Hasher`]: https://docs.rs/crc32fast/latest/crc32fast/struct.Hasher.html
#[derive(Debug, Clone, Copy)]
pub enum Crc32 {}

impl HashFunction for Crc32 {
    type Hasher = crc32fast::Hasher;

    #[inline]
    fn update(hasher: &mut crc32fast::Hasher, bytes: &[u8]) {
        hasher.update(bytes);
    }

    /// `Hasher::new` detects the processor's features on every call (37 instructions, as
    /// many as a quarter of a record's CRC; callgrind): with `std`, it runs once and every
    /// fresh hasher is a copy of that first one. `crc32fast`'s `Default` is a call (2% of a
    /// record's CRC-32 through `Crc32Sink::default()`), so `new` it is.
    #[inline]
    fn fresh() -> crc32fast::Hasher {
        #[cfg(feature = "std")]
        {
            static FRESH: std::sync::OnceLock<crc32fast::Hasher> = std::sync::OnceLock::new();
            FRESH.get_or_init(crc32fast::Hasher::new).clone()
        }
        #[cfg(not(feature = "std"))]
        crc32fast::Hasher::new()
    }
}

impl Finalize for Crc32 {
    type Output = u32;

    #[inline]
    fn finalize(hasher: crc32fast::Hasher) -> u32 {
        hasher.finalize()
    }

    const ONESHOT_FIRST: bool = true;

    /// `crc32fast::hash`, from a [`fresh`](HashFunction::fresh) hasher.
    #[inline]
    fn oneshot(bytes: &[u8]) -> u32 {
        let mut hasher = Self::fresh();
        hasher.update(bytes);
        hasher.finalize()
    }
}

impl FinalizeReset for Crc32 {
    #[inline]
    fn finalize_reset(hasher: &mut crc32fast::Hasher) -> u32 {
        let checksum = hasher.clone().finalize();
        hasher.reset();
        checksum
    }
}

/// A sink that feeds a [`crc32fast::Hasher`], gathering small writes into batches of `N`
/// bytes first: `crc32fast` takes its fast (PCLMULQDQ, Arm CRC) path only for inputs of 64
/// bytes or more. The methods are [`HashSink`]'s.
///
/// ```
/// use byterepr::{ByteRepr, hash::Crc32Sink};
///
/// let mut sink = Crc32Sink::new();
/// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
/// assert_eq!(sink.finalize(), crc32fast::hash(&byterepr::to_vec(&("DSL", 32i32, true))));
/// ```
///
/// [`crc32fast::Hasher`]: https://docs.rs/crc32fast/latest/crc32fast/struct.Hasher.html
pub type Crc32Sink<const N: usize = { super::BATCH }> = HashSink<Crc32, N>;

/// The CRC-32 (ISO-HDLC, as zlib computes it) of the canonical encoding of `value`, streamed
/// without allocating.
///
/// ```
/// // 0xCBF43926 is the CRC-32 check value of the ASCII bytes "123456789".
/// assert_eq!(byterepr::crc32(&*b"123456789"), 0xCBF4_3926);
/// // As text: eight lowercase hex digits, zero-padded.
/// assert_eq!(format!("{:08x}", byterepr::crc32(&*b"123456789")), "cbf43926");
/// ```
#[inline]
#[must_use]
#[allow(
    clippy::redundant_closure,
    reason = "the closure inlines `Hasher::new` into the hashing call, leaving only its CPU \
              detection a call; `Crc32::fresh` there is one call more (3-8% of a record's or \
              a tiny value's CRC-32, callgrind)"
)]
pub fn crc32(value: &(impl ByteRepr + ?Sized)) -> u32 {
    super::gather::hash_fresh::<Crc32>(value, || crc32fast::Hasher::new())
}
