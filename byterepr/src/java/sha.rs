//! [`sha256`]: the SHA-256 of a value's Java encoding, streamed without a buffer on the heap.

use core::convert::Infallible;

use sha2::{Digest, Sha256};

use super::{Error, Java};
use crate::{Batched, ByteRepr, Sink};

/// A SHA-256 hasher as a sink.
struct Sha256Sink(Sha256);

impl Sink for Sha256Sink {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        self.0.update(bytes);
        Ok(())
    }
}

/// The SHA-256 of the Java encoding of `value`: the digest a JVM computes with
/// `MessageDigest.getInstance("SHA-256")` over what `DataOutputStream` writes. Small writes
/// are gathered in a 256-byte stack buffer before they reach the hasher; nothing is allocated.
///
/// ```
/// // The Java bytes of ("DSL", 32, true), hashed; `sha256sum` of those 10 bytes agrees.
/// let digest = byterepr::java::sha256(&("DSL", 32i32, true))?;
/// let expected = byterepr::java::to_vec(&("DSL", 32i32, true))?;
/// use sha2::Digest;
/// assert_eq!(digest, <[u8; 32]>::from(sha2::Sha256::digest(&expected)));
/// # Ok::<(), byterepr::java::Error>(())
/// ```
///
/// # Errors
/// [`Error::StringTooLong`] or [`Error::LengthTooLarge`]: `value` has no Java encoding.
pub fn sha256<T: ByteRepr + ?Sized>(value: &T) -> Result<[u8; 32], Error> {
    let mut sink = Java::new(Batched::<_, 256>::new(Sha256Sink(Sha256::new())));
    value.write_to(&mut sink)?;
    let Ok(Sha256Sink(hasher)) = sink.into_inner().finish();
    Ok(hasher.finalize().into())
}
