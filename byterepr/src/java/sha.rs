//! [`sha256`]: the SHA-256 of a value's Java encoding, streamed without a buffer on the heap.

use super::{Error, Java};
use crate::ByteRepr;
use crate::hash::Sha256Sink;

/// The SHA-256 of the Java encoding of `value`: the digest a JVM computes with
/// `MessageDigest.getInstance("SHA-256")` over what `DataOutputStream` writes. Small writes
/// are batched inside the hashing sink ([`Sha256Sink`]); nothing is allocated (except the
/// entry scratch of a `HashMap`/`HashSet`).
///
/// ```
/// let digest = byterepr::java::sha256(&("DSL", 32i32, true))?;
/// let bytes = byterepr::java::to_vec(&("DSL", 32i32, true))?;
/// use sha2::Digest;
/// assert_eq!(digest, <[u8; 32]>::from(sha2::Sha256::digest(&bytes)));
/// # Ok::<(), byterepr::java::Error>(())
/// ```
///
/// # Errors
/// [`Error::StringTooLong`] or [`Error::LengthTooLarge`]: `value` has no Java encoding.
pub fn sha256<T: ByteRepr + ?Sized>(value: &T) -> Result<[u8; 32], Error> {
    let mut sink = Java::new(Sha256Sink::new());
    value.write_to(&mut sink)?;
    Ok(sink.into_inner().finalize().into())
}
