//! Hashing: sinks that stream canonical bytes straight into a hasher, and one-call helpers.
//!
//! Every sink here gathers small writes in a fixed buffer inside the sink (no heap) and hands
//! the hasher whole batches of [`BATCH`] bytes: a hasher's `update` costs more per call than
//! copying the few bytes of a field, so a record of ten fields costs one `update`, not ten.
//! Writes longer than what is left of the batch fill it, then go to the hasher in whole
//! multiples of the batch size without a second copy. The result equals hashing
//! [`to_vec`](crate::to_vec) of the value with the hasher's own API, which the tests check for
//! every sink.
//!
//! | sink | feature | hasher | helper |
//! |---|---|---|---|
//! | [`DigestSink`] | `digest` | any `RustCrypto` hasher, `digest` 0.11 (`sha2` 0.11, `sha3`, `blake2`...) | [`digest`](fn@digest), [`sha256`] (feature `sha256`) |
//! | [`Digest010Sink`] | `digest010` | any `RustCrypto` hasher of the `digest` 0.10 line (`sha2` 0.10...) | [`digest010`](fn@digest010) |
//! | [`Crc32Sink`] | `crc32` | [`crc32fast::Hasher`] | [`crc32`](fn@crc32) |
//! | [`Blake3Sink`] | `blake3` | [`blake3::Hasher`] | [`blake3`](fn@blake3) |
//! | [`HasherSink`] | none | any [`core::hash::Hasher`] (`DefaultHasher`, `FxHasher`, ahash) | [`std_hash`] |
//!
//! Hashing allocates nothing, whatever the size of the value, except for `HashMap` and
//! `HashSet` values, which encode each entry into a scratch buffer to sort the entries.
//!
//! [`Hex`] formats a digest as lowercase hexadecimal for logs and headers.
//!
//! [`crc32fast::Hasher`]: https://docs.rs/crc32fast/latest/crc32fast/struct.Hasher.html
//! [`blake3::Hasher`]: https://docs.rs/blake3/latest/blake3/struct.Hasher.html

#[cfg(feature = "blake3")]
mod blake;
#[cfg(feature = "crc32")]
mod crc;
#[cfg(any(feature = "digest", feature = "digest010"))]
mod digest_line;
#[cfg(feature = "digest")]
mod rustcrypto;
#[cfg(feature = "digest010")]
mod rustcrypto010;
mod std_hasher;

use core::fmt::{self, Write as _};

#[cfg(feature = "blake3")]
pub use blake::{Blake3Sink, blake3};
#[cfg(feature = "crc32")]
pub use crc::{Crc32Sink, crc32};
#[cfg(all(feature = "sha256", feature = "alloc"))]
pub use rustcrypto::sha256_hex;
#[cfg(feature = "digest")]
pub use rustcrypto::{DigestSink, digest};
#[cfg(feature = "sha256")]
pub use rustcrypto::{Sha256Sink, sha256};
#[cfg(feature = "digest010")]
pub use rustcrypto010::{Digest010Sink, digest010};
pub use std_hasher::{HasherSink, std_hash};

/// The default batch size of the hashing sinks, in bytes: a multiple of the 64-byte block of
/// SHA-256 and the other Merkle-Damgard hashers, so that a full batch leaves the hasher's own
/// block buffer empty and is compressed straight from the batch, without a second copy.
///
/// Chosen by measurement (BENCHMARKS.md, "batch size"): smaller batches call the hasher
/// more often on records that spill; larger ones cost more stack and a larger buffer to
/// initialise per hash, which shows on tiny values.
pub const BATCH: usize = 128;

/// A sink that can be closed to give its result: the bytes, a digest, a checksum.
///
/// [`Encoder`](crate::Encoder) uses it so that a fold over values ends in the result
/// without the caller naming the sink type.
pub trait FinishSink: crate::Sink {
    /// What the sink gives back: `Vec<u8>` for a vector, the digest for a hasher.
    type Output;

    /// Flushes what is buffered and returns the result.
    ///
    /// # Errors
    /// Whatever the sink's last write returns; [`Infallible`](core::convert::Infallible)
    /// for vectors and hashers.
    fn finish_sink(self) -> Result<Self::Output, Self::Error>;
}

#[cfg(feature = "alloc")]
impl FinishSink for alloc::vec::Vec<u8> {
    type Output = Self;

    #[inline]
    fn finish_sink(self) -> Result<Self, core::convert::Infallible> {
        Ok(self)
    }
}

/// The batch buffer every hashing sink keeps inline: it hands `absorb` either one full
/// batch of exactly `N` bytes, or a run of whole batches straight from the caller's slice,
/// or (on [`Buffer::flush`]) the last partial batch. The hasher therefore sees the byte
/// stream cut at multiples of `N`, whatever the sizes of the writes.
#[derive(Clone)]
pub(crate) struct Buffer<const N: usize> {
    bytes: [u8; N],
    used: usize,
}

impl<const N: usize> Buffer<N> {
    #[inline]
    pub(crate) const fn new() -> Self {
        const { assert!(N > 0, "a batch holds at least one byte") };
        Self {
            bytes: [0; N],
            used: 0,
        }
    }

    #[inline]
    pub(crate) fn write(&mut self, data: &[u8], absorb: impl FnMut(&[u8])) {
        // `get_mut` rather than indexing: one comparison, no panic path in the hot code.
        let used = self.used;
        match self.bytes.get_mut(used..used + data.len()) {
            Some(free) => {
                free.copy_from_slice(data);
                self.used = used + data.len();
            }
            None => self.spill(data, absorb),
        }
    }

    /// The slow path of [`Buffer::write`]: completes the batch, hands it over, sends whole
    /// batches of `data` directly and keeps the rest.
    #[inline(never)]
    fn spill(&mut self, data: &[u8], mut absorb: impl FnMut(&[u8])) {
        let (head, rest) = data.split_at(N - self.used);
        self.bytes[self.used..].copy_from_slice(head);
        absorb(&self.bytes);
        let whole = rest.len() - rest.len() % N;
        let (batches, tail) = rest.split_at(whole);
        if !batches.is_empty() {
            absorb(batches);
        }
        self.bytes[..tail.len()].copy_from_slice(tail);
        self.used = tail.len();
    }

    /// Hands over the partial batch, if any, and empties the buffer.
    #[inline]
    pub(crate) fn flush(&mut self, mut absorb: impl FnMut(&[u8])) {
        if self.used > 0 {
            absorb(&self.bytes[..self.used]);
            self.used = 0;
        }
    }
}

/// Shows bytes as lowercase hexadecimal, two digits per byte, with no separator: the usual
/// form of a digest in logs, file names and HTTP headers.
///
/// ```
/// use byterepr::hash::Hex;
///
/// assert_eq!(Hex(&[0x00, 0xab, 0x10]).to_string(), "00ab10");
/// assert_eq!(format!("{}", Hex(&byterepr::crc32(&1u8).to_be_bytes())).len(), 8);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hex<'a>(pub &'a [u8]);

impl fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        for &byte in self.0 {
            f.write_char(char::from(DIGITS[usize::from(byte >> 4)]))?;
            f.write_char(char::from(DIGITS[usize::from(byte & 0xf)]))?;
        }
        Ok(())
    }
}

impl fmt::Debug for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::LowerHex for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
