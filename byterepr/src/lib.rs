// The README links SPEC.md as `[spec]`; this definition comes first, so it wins in the crate
// docs and the link leads to the `spec` module, while the README's own leads to the file.
#![doc = "[spec]: crate::spec"]
#![doc = include_str!("../README.md")]
//!
//! # Map of the crate
//!
//! - [`ByteRepr`]: how a type writes itself; implemented here for the std types (see
//!   SPEC.md for every encoding) and derivable for your own.
//! - [`Sink`]: where the bytes go, and, through its typed methods, which bytes they are.
//! - Sinks: `Vec<u8>`, [`LenCounter`], [`SliceSink`], [`IoSink`], [`Batched`].
//! - Entry points: [`to_vec`], [`encoded_len`], [`extend_vec`], [`to_slice`], [`to_writer`],
//!   and for lazy sequences [`write_seq`], [`write_seq_counted`], [`seq_to_vec`].
//! - Canonical sizes ([`size`]): how many bytes each typed write takes, for `ENCODED_SIZE`
//!   and `encoded_len` of hand-written impls.
//! - Hashing ([`hash`]): one batched, allocation-free sink, [`hash::HashSink`], over
//!   `RustCrypto` hashers of the `digest` 0.11 and (feature `digest010`) 0.10 lines, CRC-32,
//!   BLAKE3, XXH3 and any `Hasher`; helpers `sha256`, `crc32`, `digest::<D>`,
//!   `hash::digest010::<D>`, `blake3`, `xxh3_64`, `xxh3_128`, `std_hash`, `sha256_hex` (each
//!   behind its feature, see [Features](#features)); [`hash::hex`] and [`hash::Hex`] give any
//!   digest's lowercase hex.
//! - The chaining DSL and folds ([`dsl`]): [`chain!`], [`bytes!`], [`write_all!`],
//!   [`Encoder`] (`fold`, `Extend`, `FromIterator`); [`DynByteRepr`] for `&dyn` lists.
//! - The Java encoding (`java`, feature `java`): the exact bytes of `java.io.DataOutputStream`
//!   through the `java::Java` sink adapter; `java::to_vec`, `java::sha256`, `java_bytes!`.
//! - The format: [`spec`] (SPEC.md, normative) and [`FORMAT_VERSION`].
//!
//! # Types without an impl
//!
//! - `Path`, `PathBuf`, `OsStr`, `OsString`: their bytes differ between platforms (UTF-16 on
//!   Windows, arbitrary bytes on Unix), so no encoding of them is canonical. Convert to `str`
//!   (`to_str()`) and decide what a non-UTF-8 path means for your hashes.
//! - `Instant`: an opaque point on a per-boot clock; it has no stable value to encode.
//! - `RefCell`, `Mutex`, `RwLock`: reading them can fail or block; encode the guarded value.
//! - raw pointers and function pointers: addresses change from run to run.
//! - `f16`/`f128`: not stable in Rust yet.
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[doc(hidden)]
pub mod __private;
#[doc = include_str!("../SPEC.md")]
pub mod spec {}
mod batch;
pub mod dsl;
mod dyn_repr;
pub mod hash;
mod impls;
#[cfg(feature = "java")]
pub mod java;
mod lazy;
pub mod leb128;
mod repr;
mod sink;
pub mod sinks;

#[cfg(feature = "derive")]
#[doc = include_str!("derive.md")]
pub use byterepr_derive::ByteRepr;
pub use dsl::Encoder;
pub use dyn_repr::{DynByteRepr, ErasedError};
#[cfg(feature = "blake3")]
pub use hash::blake3;
#[cfg(feature = "crc32")]
pub use hash::crc32;
#[cfg(feature = "digest")]
pub use hash::digest;
#[cfg(feature = "sha256")]
pub use hash::sha256;
#[cfg(all(feature = "sha256", feature = "alloc"))]
pub use hash::sha256_hex;
pub use hash::std_hash;
#[cfg(feature = "xxh3")]
pub use hash::{xxh3_64, xxh3_128};
#[cfg(feature = "alloc")]
pub use lazy::seq_to_vec;
pub use lazy::{SeqError, write_seq, write_seq_counted};
pub use repr::ByteRepr;
pub use sink::size;
pub use sink::{
    CANONICAL_NAN_F32, CANONICAL_NAN_F64, EntryWriter, FinishSink, Sink, canonical_f32_bits,
    canonical_f64_bits,
};
#[cfg(feature = "std")]
pub use sinks::IoSink;
pub use sinks::{Batched, BufferFull, LenCounter, SliceSink};

/// The version of the encodings this release writes: the canonical format of SPEC.md and
/// the Java encoding share it. A change to the bytes of any value is a new version (SPEC.md,
/// section 5); the Java helper class `byterepr.ByteRepr` carries the same number.
///
/// ```
/// assert_eq!(byterepr::FORMAT_VERSION, 2);
/// ```
pub const FORMAT_VERSION: u32 = 2;

/// The number of bytes [`Sink::write_len`] writes for `len` in the canonical format; the
/// same as [`size::len_prefix`], where the other canonical sizes are.
///
/// ```
/// assert_eq!(byterepr::len_prefix_size(127), 1);
/// assert_eq!(byterepr::len_prefix_size(128), 2);
/// ```
#[inline]
#[must_use]
pub const fn len_prefix_size(len: usize) -> usize {
    size::len_prefix(len)
}

/// The length of the canonical encoding of `value`, computed without encoding it and without
/// allocating.
///
/// ```
/// assert_eq!(byterepr::encoded_len(&("abc", 1u32)), 1 + 3 + 4);
/// ```
#[inline]
#[must_use]
pub fn encoded_len<T: ByteRepr + ?Sized>(value: &T) -> usize {
    value.encoded_len()
}

/// The canonical encoding of `value` in a new `Vec`, allocated once at its exact length.
///
/// The length comes from [`ByteRepr::encoded_len`] and is only a hint: when the allocator
/// refuses it (a length of `usize::MAX`, saturated or wrong) the vector grows as the bytes
/// are written instead, and the bytes are those of [`ByteRepr::write_to`] either way.
///
/// ```
/// assert_eq!(byterepr::to_vec(&("DSL", 32u32, true)), b"\x03DSL\x20\x00\x00\x00\x01");
/// ```
#[cfg(feature = "alloc")]
#[inline]
#[must_use]
pub fn to_vec<T: ByteRepr + ?Sized>(value: &T) -> alloc::vec::Vec<u8> {
    let mut bytes = alloc::vec::Vec::new();
    sinks::reserve_hint(&mut bytes, value.encoded_len());
    // Not `extend_vec`: it would walk the value a second time for its length.
    let result: Result<(), core::convert::Infallible> = value.write_to(&mut bytes);
    match result {
        Ok(()) => bytes,
    }
}

/// Appends the canonical encoding of `value` to `bytes`, reserving its exact length first so
/// the vector grows at most once. Reusing one `Vec` across values allocates nothing once it
/// is large enough. As in [`to_vec`], a length the allocator refuses reserves nothing.
///
/// ```
/// let mut buf = Vec::new();
/// for n in [1u16, 2] {
///     buf.clear();
///     byterepr::extend_vec(&n, &mut buf);
///     assert_eq!(buf, n.to_le_bytes());
/// }
/// ```
#[cfg(feature = "alloc")]
#[inline]
pub fn extend_vec<T: ByteRepr + ?Sized>(value: &T, bytes: &mut alloc::vec::Vec<u8>) {
    sinks::reserve_hint(bytes, value.encoded_len());
    let result: Result<(), core::convert::Infallible> = value.write_to(bytes);
    match result {
        Ok(()) => {}
    }
}

/// Writes the canonical encoding of `value` to the start of `buf` and returns its length, or
/// writes nothing when it does not fit.
///
/// ```
/// let mut buf = [0u8; 8];
/// assert_eq!(byterepr::to_slice(&7u32, &mut buf), Ok(4));
/// let err = byterepr::to_slice(&7u128, &mut buf).unwrap_err();
/// assert_eq!((err.needed, err.remaining), (16, 8));
/// assert_eq!(buf[4..], [0; 4]); // untouched
/// ```
///
/// "Nothing" rests on [`ByteRepr::encoded_len`], which is checked before the first byte is
/// written. Every impl of this crate and every derived impl computes it exactly, saturating at
/// `usize::MAX` for a value larger than memory, so such a value is refused whole. A
/// hand-written impl whose `encoded_len` is smaller than what it writes (a bug in that impl)
/// fails at the write that does not fit, with that write's size as `needed`, and leaves the
/// bytes written before it in `buf`.
///
/// # Errors
/// [`BufferFull`] with the encoded length as `needed`, when `buf` is shorter.
pub fn to_slice<T: ByteRepr + ?Sized>(value: &T, buf: &mut [u8]) -> Result<usize, BufferFull> {
    let needed = value.encoded_len();
    if needed > buf.len() {
        return Err(BufferFull {
            needed,
            remaining: buf.len(),
        });
    }
    let mut sink = SliceSink::new(buf);
    value.write_to(&mut sink)?;
    Ok(sink.position())
}

/// Writes the canonical encoding of `value` to `writer`, gathering small writes into 1 KiB
/// batches so an unbuffered writer sees few calls. Does not flush `writer` itself.
///
/// ```
/// let mut out = Vec::new();
/// byterepr::to_writer(&"hi", &mut out)?;
/// assert_eq!(out, [2, b'h', b'i']);
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
/// The first error `writer` returns; some bytes may have been written before it.
#[cfg(feature = "std")]
pub fn to_writer<T, W>(value: &T, writer: W) -> std::io::Result<()>
where
    T: ByteRepr + ?Sized,
    W: std::io::Write,
{
    let mut sink = Batched::<_, 1024>::new(IoSink::new(writer));
    value.write_to(&mut sink)?;
    sink.flush()
}
