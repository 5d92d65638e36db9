//! CRC-32/ISO-HDLC through `crc32fast`: [`Crc32Sink`] and the [`crc32`] helper.

use super::gather::{Gather, gather_small};
use super::stream::infallible;
use super::{BATCH, Finalize, FinalizeReset, HashFunction, HashSink};
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

    /// `crc32fast::hash`, from a [`fresh`](HashFunction::fresh) hasher: [`crc32`] of a small
    /// fixed-size value, and of a value in its batch (`Led::oneshot`).
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
pub type Crc32Sink<const N: usize = { BATCH }> = HashSink<Crc32, N>;

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
pub fn crc32(value: &(impl ByteRepr + ?Sized)) -> u32 {
    crc32_of(value)
}

/// [`crc32`]'s body: the one-call path of the other hashes (`gather::hash_fresh`), with the
/// value gathered after [`LEAD`] zero bytes and hashed from a whole 16-byte block.
///
/// `crc32fast` folds 16-byte blocks, and a value whose length is not a multiple of 16 ends
/// in a partial block, which it shifts into place (or, below 16 bytes, takes a byte at a
/// time). Zero bytes before the value fill that block instead: the CRC of `zeros || value`
/// differs from the CRC of `value` by a constant of the two lengths ([`unlead`]). On the
/// benchmark's records (65 to 73 bytes), a record's `crc32` takes 24.8-25.8 ns instead of
/// 25.9-27.2 (four alternated criterion runs) for 6 instructions more. Not for a value
/// gathered in a register (up to 16 bytes): zeros shifted in before a 5-byte value made
/// its CRC slower (4.7 -> 5.3-5.5 ns, 12 instructions more).
//
// One call boundary with everything inlined inside it, as `hash_fresh`.
#[inline(never)]
fn crc32_of(value: &(impl ByteRepr + ?Sized)) -> u32 {
    if let Some((bytes, len)) = gather_small(value) {
        return Crc32::oneshot(&bytes[..len]);
    }
    let mut bytes = [0; LEAD + BATCH];
    let mut hasher = None;
    let mut sink = Gather::<Led, _, { LEAD + BATCH }>::after(&mut bytes, LEAD, &mut hasher);
    infallible(value.write_to(&mut sink));
    sink.finish()
}

/// Zero bytes the batch of [`crc32`] holds before the value: one block's worth.
const LEAD: usize = 16;

/// [`Crc32`] over a batch that starts with [`LEAD`] zero bytes: what [`crc32`] gathers into.
/// A value that fits the batch is hashed from the last whole block of the lead
/// ([`Led::oneshot`]); one that spills is streamed from a hasher that the lead brings to
/// the fresh state ([`Led::fresh`]).
enum Led {}

/// [`Crc32`]'s, but for where a fresh hasher starts and the one-shot form.
impl HashFunction for Led {
    type Hasher = crc32fast::Hasher;

    #[inline]
    fn update(hasher: &mut crc32fast::Hasher, bytes: &[u8]) {
        Crc32::update(hasher, bytes);
    }

    /// The state [`LEAD`] zero bytes take to that of no bytes at all, so that the lead,
    /// handed on with the first spill, leaves no trace. Made only when a value spills, so
    /// the CPU detection of `new_with_initial` ([`Crc32::fresh`]) is paid once per value
    /// of more than a batch.
    #[inline]
    fn fresh() -> crc32fast::Hasher {
        crc32fast::Hasher::new_with_initial(BEFORE_LEAD)
    }
}

impl Finalize for Led {
    type Output = u32;

    #[inline]
    fn finalize(hasher: crc32fast::Hasher) -> u32 {
        Crc32::finalize(hasher)
    }

    /// `batch` is the lead and a value: the value from its last whole-block boundary
    /// within the lead, corrected by [`unlead`]. Below 16 bytes the value has no whole
    /// block to fill, and goes as it is.
    #[inline]
    fn oneshot(batch: &[u8]) -> u32 {
        let len = batch.len().saturating_sub(LEAD);
        let zeros = len.wrapping_neg() % 16;
        if len >= 16
            && let Some(from_block) = batch.get(LEAD - zeros..)
            && let Some(correction) = unlead(zeros, len)
        {
            return Crc32::oneshot(from_block) ^ correction;
        }
        Crc32::oneshot(batch.get(LEAD..).unwrap_or_default())
    }
}

impl FinalizeReset for Led {
    #[inline]
    fn finalize_reset(hasher: &mut crc32fast::Hasher) -> u32 {
        Crc32::finalize_reset(hasher)
    }
}

/// `crc(zeros(k) || m) ^ unlead(k, m.len()) == crc(m)`.
///
/// The CRC is affine in the message bytes, and the bytes of `m` go through the same linear
/// map whatever `k` is; so the difference depends on the lengths only, and is that of
/// `m` all zeros: `crc(zeros(k + len)) ^ crc(zeros(len))`. `None` for lengths past the
/// batch.
#[inline]
fn unlead(zeros: usize, len: usize) -> Option<u32> {
    Some(ZEROS.get(zeros + len)? ^ ZEROS.get(len)?)
}

/// `ZEROS[n]` is the CRC-32 of `n` zero bytes, for every length the batch of [`crc32`] holds.
static ZEROS: [u32; LEAD + BATCH + 1] = {
    let mut crc = [0; LEAD + BATCH + 1];
    let mut register = !0u32;
    let mut n = 0;
    while n < crc.len() {
        crc[n] = !register;
        register = zero_byte(register);
        n += 1;
    }
    crc
};

/// The reflected polynomial of CRC-32/ISO-HDLC.
const POLYNOMIAL: u32 = 0xEDB8_8320;

/// The CRC register after one more zero byte, a bit at a time.
const fn zero_byte(mut register: u32) -> u32 {
    let mut bit = 0;
    while bit < 8 {
        register = (register >> 1) ^ ((register & 1) * POLYNOMIAL);
        bit += 1;
    }
    register
}

/// The CRC-32 value from which [`LEAD`] zero bytes lead to 0, the CRC of no bytes: the
/// zero-byte steps undone from the register of no bytes (`!0`). A step shifts the register
/// right and adds the polynomial when the bit shifted out was set; the polynomial's top bit
/// is set and the shift leaves it clear, so the result's top bit is the bit shifted out.
const BEFORE_LEAD: u32 = {
    let mut register = !0u32;
    let mut bit = 0;
    while bit < 8 * LEAD {
        let out = register >> 31;
        register = ((register ^ (out * POLYNOMIAL)) << 1) | out;
        bit += 1;
    }
    !register
};

#[cfg(test)]
mod tests {
    use super::{BEFORE_LEAD, LEAD, ZEROS, crc32, unlead, zero_byte};
    use crate::hash::BATCH;

    #[test]
    fn the_constants_are_what_crc32fast_computes() {
        let zeros = [0u8; LEAD + BATCH];
        for (n, &crc) in ZEROS.iter().enumerate() {
            assert_eq!(crc, crc32fast::hash(&zeros[..n]), "{n} zeros");
        }
        let mut hasher = crc32fast::Hasher::new_with_initial(BEFORE_LEAD);
        hasher.update(&[0; LEAD]);
        assert_eq!(hasher.finalize(), 0);
        assert_eq!(zero_byte(!0), !crc32fast::hash(&[0]));
    }

    #[test]
    fn unlead_removes_the_zeros_before_any_message() {
        let message: [u8; BATCH] = core::array::from_fn(|i| u8::try_from(i * 89 % 251).unwrap());
        for len in 0..=BATCH {
            for zeros in 0..LEAD {
                let mut led = [0u8; LEAD + BATCH];
                led[zeros..zeros + len].copy_from_slice(&message[..len]);
                let correction = unlead(zeros, len).unwrap();
                assert_eq!(
                    crc32fast::hash(&led[..zeros + len]) ^ correction,
                    crc32fast::hash(&message[..len]),
                    "{zeros} zeros, {len} bytes"
                );
            }
        }
    }

    /// Values of every length around the batch (one spilled or not, from any offset of
    /// the lead) have the CRC of their bytes.
    #[cfg(feature = "alloc")]
    #[test]
    fn every_length_equals_the_crc_of_the_bytes() {
        let text: alloc::string::String = (0..3 * BATCH)
            .map(|i| char::from(b'a' + u8::try_from(i % 26).unwrap()))
            .collect();
        for len in 0..3 * BATCH {
            let value = &text[..len];
            let expected = crc32fast::hash(&crate::to_vec(value));
            assert_eq!(crc32(value), expected, "a string of {len} bytes");
            let pair = (7u8, value);
            assert_eq!(
                crc32(&pair),
                crc32fast::hash(&crate::to_vec(&pair)),
                "{len} after a byte"
            );
        }
    }
}
