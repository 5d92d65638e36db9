//! Hashing: sinks that stream canonical bytes straight into a hasher, and one-call helpers.
//!
//! Every sink here is one generic type, [`HashSink<F, N>`](HashSink), with its own hash
//! function `F`. It gathers small writes in a fixed buffer inside the sink (no heap) and
//! hands the hasher whole batches of [`BATCH`] bytes: a hasher's `update` costs more per call
//! than copying the few bytes of a field, so a record of ten fields costs one `update`, not
//! ten. Writes longer than what is left of the batch fill it, then go to the hasher in whole
//! multiples of the batch size without a second copy. The result equals hashing
//! [`to_vec`](crate::to_vec) of the value with the hasher's own API, which the tests check for
//! every sink.
//!
//! | sink | feature | hasher | helper |
//! |---|---|---|---|
//! | [`DigestSink`] | `digest` | any `RustCrypto` hasher, `digest` 0.11 (`sha2` 0.11, `sha3`, `blake2`...) | [`digest`](fn@digest), [`sha256`] (feature `sha256`) |
//! | [`Digest010Sink`] | `digest010` | any `RustCrypto` hasher of the `digest` 0.10 line (`sha2` 0.10...) | [`digest010`][digest010-fn] |
//! | [`Crc32Sink`] | `crc32` | [`crc32fast::Hasher`] | [`crc32`](fn@crc32) |
//! | [`Blake3Sink`] | `blake3` | [`blake3::Hasher`] | [`blake3`][blake3-fn] |
//! | [`Xxh3Sink`], [`Xxh3_128Sink`] | `xxh3` | XXH3 64 and 128 bits, seed 0 or any seed (`xxhash-rust`) | [`xxh3_64`][xxh3_64-fn], [`xxh3_128`][xxh3_128-fn] |
//! | [`HasherSink`] | none | any [`core::hash::Hasher`] (`DefaultHasher`, `FxHasher`, ahash) | [`std_hash`] |
//!
//! Every sink has the same methods, because it is the same type: `new()` and `Default` (a
//! fresh hasher), `from_hasher(h)` (a keyed hasher, or one that has absorbed a prefix),
//! `batched::<N>`-style construction through the batch-size parameter, `into_hasher`,
//! `finalize` and `finalize_reset` (finalize in place and start afresh: the fastest way to
//! hash many values with one sink). [`Encoder::with_sink`](crate::Encoder::with_sink) folds
//! values into any of them.
//!
//! Hashing allocates nothing, whatever the size of the value, except for `HashMap` and
//! `HashSet` values, which encode each entry into a scratch buffer to sort the entries, and
//! `BinaryHeap` values, which sort references to their elements: see "Allocation" in the
//! [crate docs](crate#allocation), the one list of what allocates.
//!
//! Every helper's result has a lowercase-hex form in one call: [`hex`] (or, without
//! allocating, [`Hex::of`]) takes any digest that is bytes, `AsRef<[u8]>` (the arrays of
//! [`sha256`], [`digest`](fn@digest), [`digest010`][digest010-fn], `Encoder::sha256().finish()`,
//! a [`blake3`][blake3-fn] hash's `as_bytes()`); [`sha256_hex`] does both steps; the integers of
//! [`crc32`](fn@crc32), [`xxh3_64`][xxh3_64-fn] and [`xxh3_128`][xxh3_128-fn] format with
//! `{:08x}`, `{:016x}` and `{:032x}` (their big-endian bytes, zero-padded).
//!
//! # Adding a hash function
//!
//! One file, `hash/<name>.rs`, plus its feature line (an optional dependency in
//! `byterepr/Cargo.toml`, and `mod`/`pub use` lines here):
//!
//! 1. a marker type, `pub enum Name {}`, implementing [`HashFunction`] (the hasher type, and
//!    how to feed it bytes), [`Finalize`] (how to finish it) and, when the hasher can start
//!    afresh, [`FinalizeReset`];
//! 2. the sink alias, `pub type NameSink<const N: usize = { BATCH }> = HashSink<Name, N>;`;
//! 3. the helper, `pub fn name(value) -> Output`, one call to the private
//!    `gather::hash_fresh::<Name>(value, Name::fresh)` (set [`Finalize::ONESHOT_FIRST`] and override
//!    [`Finalize::oneshot`] when a fresh streaming hasher costs more than hashing a small
//!    value in one call, as for XXH3);
//! 4. tests beside the others in `tests/hashing.rs`: the helper and the sink equal the
//!    hasher's own result on `to_vec` of every golden value, at every batch boundary.
//!
//! `hash/xxh3.rs` and `hash/blake3.rs` were added this way (`hash/crc32.rs` has the same
//! parts, and a one-call path of its own for speed). A hasher outside this crate plugs in
//! the same way from user code (see [`HashFunction`]).
//!
//! [`crc32fast::Hasher`]: https://docs.rs/crc32fast/latest/crc32fast/struct.Hasher.html
//! [`blake3::Hasher`]: https://docs.rs/blake3/latest/blake3/struct.Hasher.html
//!
//! With default features, links to items of features that are off lead to the list of
//! features.
//!
#![cfg_attr(feature = "blake3", doc = "[`Blake3Sink`]: Blake3Sink")]
#![cfg_attr(not(feature = "blake3"), doc = "[`Blake3Sink`]: crate#features")]
#![cfg_attr(feature = "digest010", doc = "[`Digest010Sink`]: Digest010Sink")]
#![cfg_attr(not(feature = "digest010"), doc = "[`Digest010Sink`]: crate#features")]
#![cfg_attr(feature = "xxh3", doc = "[`Xxh3Sink`]: Xxh3Sink")]
#![cfg_attr(not(feature = "xxh3"), doc = "[`Xxh3Sink`]: crate#features")]
#![cfg_attr(feature = "xxh3", doc = "[`Xxh3_128Sink`]: Xxh3_128Sink")]
#![cfg_attr(not(feature = "xxh3"), doc = "[`Xxh3_128Sink`]: crate#features")]
#![cfg_attr(feature = "blake3", doc = "[blake3-fn]: fn@blake3")]
#![cfg_attr(not(feature = "blake3"), doc = "[blake3-fn]: crate#features")]
#![cfg_attr(feature = "digest010", doc = "[digest010-fn]: fn@digest010")]
#![cfg_attr(not(feature = "digest010"), doc = "[digest010-fn]: crate#features")]
#![cfg_attr(feature = "xxh3", doc = "[xxh3_128-fn]: fn@xxh3_128")]
#![cfg_attr(not(feature = "xxh3"), doc = "[xxh3_128-fn]: crate#features")]
#![cfg_attr(feature = "xxh3", doc = "[xxh3_64-fn]: fn@xxh3_64")]
#![cfg_attr(not(feature = "xxh3"), doc = "[xxh3_64-fn]: crate#features")]

#[cfg(feature = "blake3")]
mod blake3;
#[cfg(feature = "crc32")]
mod crc32;
#[cfg(any(feature = "digest", feature = "digest010"))]
mod digest_line;
pub(crate) mod gather;
#[cfg(feature = "digest")]
mod rustcrypto;
#[cfg(feature = "digest010")]
mod rustcrypto010;
#[cfg(feature = "sha256")]
mod sha256_blocks;
mod std_hasher;
mod stream;
#[cfg(feature = "xxh3")]
mod xxh3;

use core::fmt::{self, Write as _};

#[cfg(feature = "blake3")]
pub use self::blake3::{Blake3, Blake3Sink, blake3};
#[cfg(feature = "crc32")]
pub use self::crc32::{Crc32, Crc32Sink, crc32};
#[cfg(all(feature = "sha256", feature = "alloc"))]
pub use rustcrypto::sha256_hex;
#[cfg(feature = "digest")]
pub use rustcrypto::{DigestHasher, DigestSink, RustCrypto, digest};
#[cfg(feature = "sha256")]
pub use rustcrypto::{Sha256Sink, sha256};
#[cfg(feature = "digest010")]
pub use rustcrypto010::{Digest010Hasher, Digest010Sink, RustCrypto010, digest010};
pub use std_hasher::{HasherSink, StdHasher, hash_canonical, std_hash};
pub use stream::{Finalize, FinalizeReset, HashFunction, HashSink, hash_with};
#[cfg(feature = "xxh3")]
pub use xxh3::{Xxh3_64, Xxh3_128, Xxh3_128Sink, Xxh3Sink, xxh3_64, xxh3_128};

/// A sink that can be closed to give its result; it lives beside [`Sink`](crate::Sink), and
/// is re-exported here where the hashing sinks that implement it are.
pub use crate::sink::FinishSink;

/// The default batch size of the hashing sinks, in bytes: a multiple of the 64-byte block of
/// SHA-256 and the other Merkle-Damgard hashers, so that a full batch leaves the hasher's own
/// block buffer empty and is compressed straight from the batch, without a second copy.
///
/// Chosen by measurement (BENCHMARKS.md, "batch size"): smaller batches call the hasher
/// more often on records that spill; larger ones cost more stack and a larger buffer to
/// initialise per hash, which shows on tiny values.
pub const BATCH: usize = 128;

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

impl<'a> Hex<'a> {
    /// The hex form of any bytes-like digest, shown without allocating.
    ///
    /// ```
    /// use byterepr::{Encoder, hash::Hex};
    ///
    /// let digest = Encoder::sha256().push(&("DSL", 32i32, true)).finish();
    /// let text = format!("etag-{}", Hex::of(&digest));
    /// assert_eq!(text, format!("etag-{}", byterepr::sha256_hex(&("DSL", 32i32, true))));
    /// ```
    #[must_use]
    pub fn of<B: AsRef<[u8]> + ?Sized>(bytes: &'a B) -> Self {
        Hex(bytes.as_ref())
    }
}

/// The lowercase hexadecimal of a digest, two digits per byte: one call for the output of any
/// hashing helper that returns bytes, whatever its type (`[u8; 32]`, the `Array` of
/// [`digest`](fn@digest) and of the `Encoder` folds, the `GenericArray` of
/// `digest010`).
///
/// ```
/// use sha2::Sha512;
///
/// let digest = byterepr::digest::<Sha512>(&"order-17");
/// assert_eq!(byterepr::hash::hex(&digest).len(), 128);
/// assert_eq!(byterepr::hash::hex(byterepr::sha256(&())), byterepr::sha256_hex(&()));
/// // Integer checksums have theirs from `format!`, zero-padded to their width.
/// assert_eq!(format!("{:08x}", byterepr::crc32(&*b"123456789")), "cbf43926");
/// ```
#[cfg(feature = "alloc")]
#[must_use]
pub fn hex(digest: impl AsRef<[u8]>) -> alloc::string::String {
    use alloc::string::ToString as _;
    Hex(digest.as_ref()).to_string()
}

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
