//! [`DigestSink`]: any `RustCrypto` hasher of the `digest` 0.11 line as a sink, and the
//! [`digest`] and [`sha256`] helpers.

#[cfg(feature = "sha256")]
use crate::ByteRepr;

super::digest_line::digest_line! {
    traits: digest;
    /// A `RustCrypto` hash function of the `digest` 0.11 line (`sha2` 0.11, `sha3`, `blake2`,
    /// `md-5`...), used as [`RustCrypto<Sha256>`](RustCrypto) in a [`HashSink`](super::HashSink).
    function: RustCrypto;
    /// A sink that feeds a `RustCrypto` hasher (`digest` 0.11: `sha2` 0.11, `sha3`, `blake2`,
    /// `md-5`...), gathering small writes into batches of `N` bytes first (see
    /// [`BATCH`](super::BATCH)). The methods are [`HashSink`](super::HashSink)'s.
    ///
    /// Hashing through it equals hashing [`to_vec`](crate::to_vec) of the same values with
    /// `Update::update`, and allocates nothing.
    ///
    /// ```
    /// use byterepr::{ByteRepr, hash::DigestSink};
    /// use sha2::{Digest, Sha256};
    ///
    /// let mut sink = DigestSink::<Sha256>::new();
    /// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
    /// let streamed = sink.finalize();
    /// assert_eq!(streamed, Sha256::digest(byterepr::to_vec(&("DSL", 32i32, true))));
    /// ```
    sink: DigestSink;
    /// The hashers [`digest`](fn@digest) takes: those of the `digest` 0.11 line that can
    /// start afresh and be built with `Default` (implemented for every such hasher).
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not a hasher of the `digest` 0.11 line, which `byterepr::digest` takes",
        label = "not a `digest` 0.11 hasher",
        note = "a hasher of the older `digest` 0.10 line (e.g. from `sha2` 0.10) goes through `byterepr::hash::digest010::<D>`: enable the feature `digest010` of byterepr",
        note = "or depend on the crate's release built on `digest` 0.11 (e.g. `sha2` 0.11)"
    )]
    hasher: DigestHasher;
    /// The digest of the canonical encoding of `value` under the `RustCrypto` hasher `D`
    /// (`digest` 0.11 line), streamed: no intermediate `Vec`, no allocation.
    ///
    /// ```
    /// use sha2::{Digest, Sha512};
    ///
    /// let value = ("order-17", 3u32);
    /// let streamed = byterepr::digest::<Sha512>(&value);
    /// assert_eq!(streamed, Sha512::digest(byterepr::to_vec(&value)));
    /// ```
    helper: digest;
}

/// The [`DigestSink`] of SHA-256 (`sha2` 0.11).
#[cfg(feature = "sha256")]
pub type Sha256Sink = DigestSink<sha2::Sha256>;

/// The SHA-256 of the canonical encoding of `value`, streamed: no intermediate `Vec`, no
/// allocation.
///
/// ```
/// let key = byterepr::sha256(&("DSL", 32i32, true));
/// assert_eq!(key.len(), 32);
/// assert_eq!(key, byterepr::sha256(&("DSL", 32i32, true)));
/// assert_ne!(key, byterepr::sha256(&("DSL", 33i32, true)));
/// ```
#[cfg(feature = "sha256")]
#[must_use]
pub fn sha256(value: &(impl ByteRepr + ?Sized)) -> [u8; 32] {
    super::sha256_blocks::sha256(value)
}

/// The SHA-256 of the canonical encoding of `value` as 64 lowercase hexadecimal digits, for
/// logs and text keys.
///
/// ```
/// // The canonical encoding of `()` is empty, so this is the SHA-256 of no bytes.
/// assert_eq!(
///     byterepr::sha256_hex(&()),
///     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
/// );
/// ```
#[cfg(all(feature = "sha256", feature = "alloc"))]
#[must_use]
pub fn sha256_hex(value: &(impl ByteRepr + ?Sized)) -> alloc::string::String {
    super::hex(sha256(value))
}
