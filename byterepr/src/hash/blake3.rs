//! BLAKE3 through the `blake3` crate's own API: [`Blake3Sink`] and the [`blake3`] helper.

use super::{Finalize, FinalizeReset, HashFunction, HashSink};
use crate::ByteRepr;

/// BLAKE3, as [`blake3::Hasher`] computes it (unkeyed, keyed or deriving a key: the hasher
/// decides).
///
/// [`blake3::Hasher`]: https://docs.rs/blake3/latest/blake3/struct.Hasher.html
#[derive(Debug, Clone, Copy)]
pub enum Blake3 {}

impl HashFunction for Blake3 {
    type Hasher = ::blake3::Hasher;

    #[inline]
    fn update(hasher: &mut ::blake3::Hasher, bytes: &[u8]) {
        hasher.update(bytes);
    }
}

impl Finalize for Blake3 {
    type Output = ::blake3::Hash;

    #[inline]
    fn finalize(hasher: ::blake3::Hasher) -> ::blake3::Hash {
        hasher.finalize()
    }

    #[inline]
    fn oneshot(bytes: &[u8]) -> ::blake3::Hash {
        ::blake3::hash(bytes)
    }
}

impl FinalizeReset for Blake3 {
    #[inline]
    fn finalize_reset(hasher: &mut ::blake3::Hasher) -> ::blake3::Hash {
        // `Hasher::reset` keeps the key and the mode, as a fresh hasher of that kind.
        let hash = hasher.finalize();
        hasher.reset();
        hash
    }
}

/// A sink that feeds a [`blake3::Hasher`], gathering small writes into batches of `N` bytes
/// first. [`from_hasher`](HashSink::from_hasher) takes a keyed one (`Hasher::new_keyed`), one
/// that derives a key (`Hasher::new_derive_key`), or one that has absorbed a prefix;
/// [`into_hasher`](HashSink::into_hasher) gives it back, e.g. for extendable output
/// (`finalize_xof`). The methods are [`HashSink`]'s.
///
/// ```
/// use byterepr::{ByteRepr, hash::Blake3Sink};
///
/// let mut sink = Blake3Sink::new();
/// ("DSL", 32i32, true).write_to(&mut sink).unwrap();
/// assert_eq!(sink.finalize(), blake3::hash(&byterepr::to_vec(&("DSL", 32i32, true))));
/// ```
///
/// [`blake3::Hasher`]: https://docs.rs/blake3/latest/blake3/struct.Hasher.html
pub type Blake3Sink<const N: usize = { super::BATCH }> = HashSink<Blake3, N>;

/// The BLAKE3 hash of the canonical encoding of `value`, streamed without allocating.
///
/// ```
/// let hash = byterepr::blake3(&("DSL", 32i32, true));
/// assert_eq!(hash, blake3::hash(&byterepr::to_vec(&("DSL", 32i32, true))));
/// println!("{}", hash.to_hex());
/// ```
#[inline]
#[must_use]
pub fn blake3(value: &(impl ByteRepr + ?Sized)) -> ::blake3::Hash {
    super::gather::hash_fresh::<Blake3>(value, Blake3::fresh)
}
