//! [`sha256`]: the SHA-256 of a value's Java encoding, streamed without a buffer on the heap.

use sha2::Sha256;

use super::{Error, Java};
use crate::ByteRepr;
use crate::hash::RustCrypto;
use crate::hash::gather::Gather;

/// How many bytes [`sha256`] gathers on the stack before it hands them to the hasher: a
/// multiple of SHA-256's 64-byte block, so a full batch is compressed straight from the
/// buffer, and more than most records, so a typical record reaches the hasher in one call.
const GATHER: usize = 256;

/// The SHA-256 of the Java encoding of `value`: the digest a JVM computes with
/// `MessageDigest.getInstance("SHA-256")` over what `DataOutputStream` writes. Small writes
/// are gathered in a 256-byte buffer on the stack and reach the hasher in whole batches (a
/// value of up to 256 bytes in a single call); nothing is allocated, except for the types
/// listed under "Allocation" in the [crate docs](crate#allocation) (`HashMap`, `HashSet`,
/// `BinaryHeap`).
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
    let mut bytes = [0; GATHER];
    let mut hasher = None;
    let mut sink = Java::new(Gather::<RustCrypto<Sha256>, _, GATHER>::new(
        &mut bytes,
        &mut hasher,
    ));
    value.write_to(&mut sink)?;
    Ok(sink.into_inner().finish().into())
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::*;

    /// Every size around the batch boundaries, in writes small and large, hashes like the
    /// bytes of `to_vec`.
    #[test]
    fn gathering_does_not_change_the_digest() {
        for len in [
            0, 1, 63, 64, 250, 253, 254, 255, 256, 257, 300, 511, 512, 513, 2000,
        ] {
            let text: String = "x".repeat(len);
            let value = (
                7u8,
                text.as_str(),
                alloc::vec![1u64; len / 8],
                text.as_str(),
            );
            let bytes: Vec<u8> = crate::java::to_vec(&value).unwrap();
            let expected: [u8; 32] = <Sha256 as sha2::Digest>::digest(&bytes).into();
            assert_eq!(sha256(&value).unwrap(), expected, "len {len}");
        }
    }
}
