//! The Java encoding: exactly the bytes `java.io.DataOutputStream` (JDK 17) writes, so that a
//! Rust service and a JVM service hash the same data to the same digest.
//!
//! The encoding is the [`Java`] sink adapter: it overrides the typed methods of [`Sink`], so
//! every [`ByteRepr`] impl, derived or hand-written, writes Java bytes through it without
//! knowing. The one-call helpers wrap it: [`to_vec`], [`extend_vec`], [`encoded_len`],
//! [`write()`] (into any sink), [`to_writer`], [`sha256`], and for lazy sequences
//! [`write_seq`] and [`seq_to_vec`]. The chaining and folding forms of [`dsl`](crate::dsl)
//! work in the Java encoding too: [`java_bytes!`](crate::java_bytes), [`encoder`],
//! [`sha256_encoder`], `java::to_vec(&chain![..])`, and `&dyn DynByteRepr` lists.
//!
//! ```
//! // The example the project started from: writeUTF("DSL"); writeInt(32); writeBoolean(true)
//! let bytes = byterepr::java::to_vec(&("DSL", 32i32, true))?;
//! assert_eq!(bytes, [0x00, 0x03, 0x44, 0x53, 0x4c, 0x00, 0x00, 0x00, 0x20, 0x01]);
//!
//! // The same as a chain, a fold, and a list of trait objects.
//! let expected = byterepr::java_bytes!["DSL", 32i32, true]?;
//! assert_eq!(bytes, expected);
//! let folded = ["DSL"].iter().fold(byterepr::java::encoder(), |e, s| e.push(s));
//! assert_eq!(folded.push(&32i32).push(&true).try_finish()?, expected);
//! let fields: [&dyn byterepr::DynByteRepr; 3] = [&"DSL", &32i32, &true];
//! assert_eq!(byterepr::java::to_vec(&fields)?, expected);
//!
//! // A sequence is writeInt(count), then each value.
//! let bytes = byterepr::java::seq_to_vec([1i16, 2, 3].iter()).unwrap();
//! assert_eq!(bytes, [0, 0, 0, 3, 0, 1, 0, 2, 0, 3]);
//! # Ok::<(), byterepr::java::Error>(())
//! ```
//!
//! # The rules
//!
//! Where `DataOutputStream` has a method, the Rust type uses it:
//!
//! | Rust | Java call | bytes |
//! |---|---|---|
//! | `bool` | `writeBoolean` | 1: `00` or `01` |
//! | `i8`, `u8` | `writeByte` | 1 |
//! | `i16` | `writeShort` | 2, big-endian |
//! | `u16` | `writeChar` (= `writeShort` of the bits) | 2, big-endian |
//! | `i32`, `u32` | `writeInt` (of the bits) | 4, big-endian |
//! | `i64`, `u64`, `isize`, `usize` | `writeLong` (of the bits, 64-bit on every platform) | 8, big-endian |
//! | `i128`, `u128` | `writeLong(high 64 bits)`, `writeLong(low 64 bits)` | 16, big-endian |
//! | `f32` | `writeFloat` (`floatToIntBits`: every NaN is `7fc00000`, `-0.0` kept) | 4 |
//! | `f64` | `writeDouble` (`doubleToLongBits`: every NaN is `7ff8000000000000`, `-0.0` kept) | 8 |
//! | `char` | `writeChar`; outside the BMP its surrogate pair, two `writeChar`s | 2 or 4 |
//! | `str`, `String` | `writeUTF` | 2-byte length + modified UTF-8 |
//!
//! Unsigned types carry their bits: a Java reader reads `u8` with `readUnsignedByte`, `u16`
//! with `readUnsignedShort` (or `readChar`), `u32` as `Integer.toUnsignedLong(readInt())`,
//! `u64` as a `long` used through `Long`'s unsigned methods, `u128`/`i128` as two longs
//! (`new BigInteger(1, sixteenBytes)` for `u128`, `new BigInteger(sixteenBytes)` for `i128`).
//!
//! `char`: Java's `char` is one UTF-16 code unit, Rust's is a Unicode scalar value. A BMP
//! character (the common case, and every value a Java `char` field can hold) is `writeChar`,
//! so a Java twin with a `char` field hashes the same. A supplementary character is written
//! as its surrogate pair rather than rejected: every `char` encodes, and it stays injective,
//! because a high surrogate (`D800`-`DBFF`) is never a Rust `char` by itself, so a reader
//! that sees one knows a second unit follows. In Java that is
//! `writeChars(Character.toString(codePoint))` (`ByteRepr.writeCodePoint` in the helper).
//!
//! `writeUTF` counts *bytes of modified UTF-8*, not characters: `NUL` is `C0 80` (2 bytes)
//! and a supplementary character is two 3-byte surrogate halves (6 bytes). More than 65535
//! bytes is [`Error::StringTooLong`] naming that length (Java throws
//! `UTFDataFormatException`): 65535 ASCII characters encode, 65536 do not, and neither do
//! 32768 NULs. Nothing of a string that is too long is written.
//!
//! # Where `DataOutputStream` has no rule
//!
//! The plain Java convention, `int` counts and `int` tags; the Java helper class in the
//! repository (`java/src/byterepr/ByteRepr.java`, no dependencies) writes Java values by the
//! same rules:
//!
//! | Rust | bytes | Java helper |
//! |---|---|---|
//! | `[T]`, `Vec<T>`, `VecDeque<T>`, ... | `writeInt(count)`, then each element | `writeList` |
//! | `[T; N]`, tuples, structs | the elements or fields in order, no count | the fields in order |
//! | `Option<T>` | `writeInt(0)`; or `writeInt(1)` then the value | `writeOptional`, `writeSome`, `writeNone` |
//! | `Result<T, E>` | `writeInt(0)` then `Ok`'s value; `writeInt(1)` then `Err`'s | `writeOk`, `writeErr` |
//! | enums | `writeInt(tag)` (declaration index, or the pinned tag), then the fields | `writeTag` |
//! | `BTreeMap`, `BTreeSet` | `writeInt(count)`, then the entries in the map's order | `writeOrderedMap`, `writeOrderedSet` |
//! | `HashMap`, `HashSet` | `writeInt(count)`, then the entries sorted by their encoded bytes (unsigned) | `writeMap`, `writeSet` |
//! | `Range<T>` | `start`, then `end` | the fields in order |
//! | `RangeInclusive<T>` | `start`, `end`, then `writeBoolean(exhausted)` | the fields in order |
//! | `()`, `PhantomData` | nothing | |
//!
//! A count above `i32::MAX` (Java's largest array or collection) is
//! [`Error::LengthTooLarge`]. `BTreeMap` order is Rust's `Ord`, which can differ from Java's
//! natural order (unsigned integers, strings with supplementary characters): give the Java
//! helper a map sorted by the same order, or use a `HashMap`, whose byte order both sides
//! compute alike.
//!
//! A value without a Java encoding ([`Error::StringTooLong`], [`Error::LengthTooLarge`])
//! writes nothing through the one-call helpers: [`to_vec`], [`write()`] and [`to_writer`]
//! find such an error in a length pass before the first byte goes out, [`extend_vec`] cuts
//! the vector back, and [`sha256`] returns no digest. An error of the sink itself (an
//! `io::Error`, a full slice) cannot be undone: [`write()`] and [`to_writer`] leave what
//! reached the sink before it. The streaming forms ([`write_seq`], an [`encoder`], a [`Java`]
//! adapter you drive yourself) keep whatever was written before any error (see [`Error`]).
//!
//! [`ByteRepr`]: crate::ByteRepr

mod adapter;
mod error;
mod len;
#[cfg(feature = "sha256")]
mod sha;
mod utf;

pub use adapter::Java;
pub use error::Error;
#[cfg(feature = "sha256")]
pub use sha::sha256;

use crate::{ByteRepr, SeqError, Sink};

/// Writes the Java encoding of `value` into `sink` (a `&mut Vec<u8>`, a hasher, an
/// [`IoSink`](crate::IoSink), ...).
///
/// ```
/// let mut out = Vec::new();
/// byterepr::java::write(&(7u8, 'é'), &mut out)?;
/// assert_eq!(out, [0x07, 0x00, 0xe9]);
/// # Ok::<(), byterepr::java::Error>(())
/// ```
///
/// A Java error is found before anything is written, by a length pass over `value` (what
/// [`encoded_len`] does), so `sink` gets the whole encoding or, on a Java error, nothing:
/// there is no way to take bytes back from a writer or a hasher. The pass costs a walk of
/// `value` without the writes; stream through a [`Java`] adapter to skip it and keep the
/// partial output on error instead.
///
/// # Errors
/// [`Error::StringTooLong`] or [`Error::LengthTooLarge`], with nothing written; or the sink's
/// error as [`Error::Sink`], with the bytes before the failing write left in the sink.
#[inline]
pub fn write<T, S>(value: &T, sink: S) -> Result<(), Error<S::Error>>
where
    T: ByteRepr + ?Sized,
    S: Sink,
{
    encoded_len(value).map_err(Error::widen)?;
    value.write_to(&mut Java::new(sink))
}

/// The length of the Java encoding of `value`, computed without encoding it.
///
/// ```
/// assert_eq!(byterepr::java::encoded_len(&("DSL", 32i32, true))?, 10);
/// assert_eq!(byterepr::java::encoded_len(&vec![0u64; 1000])?, 4 + 8000);
/// # Ok::<(), byterepr::java::Error>(())
/// ```
///
/// # Errors
/// [`Error::StringTooLong`] or [`Error::LengthTooLarge`]: `value` has no Java encoding.
#[inline]
pub fn encoded_len<T: ByteRepr + ?Sized>(value: &T) -> Result<usize, Error> {
    let mut counter = len::JavaLen::<core::convert::Infallible>::default();
    value.write_to(&mut counter)?;
    Ok(counter.len())
}

/// The Java encoding of `value` in a new `Vec`, allocated once at its exact length.
///
/// ```
/// use byterepr::java::{self, Error};
///
/// assert_eq!(java::to_vec(&"a\0")?, [0x00, 0x03, b'a', 0xc0, 0x80]);
/// let too_long = "\0".repeat(32768); // 65536 bytes of modified UTF-8
/// assert_eq!(java::to_vec(&too_long), Err(Error::StringTooLong { len: 65536 }));
/// # Ok::<(), byterepr::java::Error>(())
/// ```
///
/// # Errors
/// [`Error::StringTooLong`] or [`Error::LengthTooLarge`]: `value` has no Java encoding.
#[cfg(feature = "alloc")]
pub fn to_vec<T: ByteRepr + ?Sized>(value: &T) -> Result<alloc::vec::Vec<u8>, Error> {
    let mut bytes = crate::sinks::with_capacity_hint(encoded_len(value)?);
    value.write_to(&mut Java::new(&mut bytes))?;
    Ok(bytes)
}

/// Appends the Java encoding of `value` to `bytes`; on error `bytes` is left as it was.
///
/// ```
/// let mut buf = Vec::new();
/// for n in [1i32, -1] {
///     buf.clear();
///     byterepr::java::extend_vec(&n, &mut buf)?;
///     assert_eq!(buf, n.to_be_bytes());
/// }
/// # Ok::<(), byterepr::java::Error>(())
/// ```
///
/// # Errors
/// [`Error::StringTooLong`] or [`Error::LengthTooLarge`]: `value` has no Java encoding.
#[cfg(feature = "alloc")]
pub fn extend_vec<T: ByteRepr + ?Sized>(
    value: &T,
    bytes: &mut alloc::vec::Vec<u8>,
) -> Result<(), Error> {
    let start = bytes.len();
    let result = value.write_to(&mut Java::new(&mut *bytes));
    if result.is_err() {
        bytes.truncate(start);
    }
    result
}

/// Writes the Java encoding of `value` to `writer`, gathering small writes into 1 KiB
/// batches. Does not flush `writer` itself. `?` turns the error into an `io::Error`.
///
/// ```
/// let mut out = Vec::new();
/// byterepr::java::to_writer(&("hi", 1u16), &mut out)?;
/// assert_eq!(out, [0, 2, b'h', b'i', 0, 1]);
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// As in [`write()`], a length pass finds a Java error before the first byte reaches
/// `writer`.
///
/// # Errors
/// [`Error::StringTooLong`] or [`Error::LengthTooLarge`], with nothing written; or the
/// writer's first error as [`Error::Sink`], after which some of the bytes before the failing
/// batch may have reached `writer` (it cannot take them back).
#[cfg(feature = "std")]
pub fn to_writer<T, W>(value: &T, writer: W) -> Result<(), Error<std::io::Error>>
where
    T: ByteRepr + ?Sized,
    W: std::io::Write,
{
    encoded_len(value).map_err(Error::widen)?;
    let mut sink = Java::new(crate::Batched::<_, 1024>::new(crate::IoSink::new(writer)));
    value.write_to(&mut sink)?;
    sink.into_inner().flush().map_err(Error::Sink)
}

/// Writes the items of `items` in the Java encoding as a sequence (`writeInt(count)`, then
/// each item), exactly as the `Vec` of them, without collecting them.
///
/// ```
/// let mut out = Vec::new();
/// byterepr::java::write_seq(&mut out, ["a", "b"]).unwrap();
/// assert_eq!(out, byterepr::java::to_vec(&vec!["a", "b"]).unwrap());
/// ```
///
/// # Errors
/// As [`crate::write_seq`], with the Java errors inside [`SeqError::Sink`].
pub fn write_seq<S, I>(sink: S, items: I) -> Result<(), SeqError<Error<S::Error>>>
where
    S: Sink,
    I: IntoIterator,
    I::IntoIter: ExactSizeIterator,
    I::Item: ByteRepr,
{
    crate::write_seq(&mut Java::new(sink), items)
}

/// The Java encoding of a lazy sequence in a new `Vec`, as [`to_vec`] of the collected `Vec`.
///
/// ```
/// let bytes = byterepr::java::seq_to_vec((1u8..=3).map(|n| n * 2)).unwrap();
/// assert_eq!(bytes, [0, 0, 0, 3, 2, 4, 6]);
/// ```
///
/// # Errors
/// As [`crate::seq_to_vec`], with the Java errors inside [`SeqError::Sink`]; no bytes are
/// returned.
#[cfg(feature = "alloc")]
pub fn seq_to_vec<I>(items: I) -> Result<alloc::vec::Vec<u8>, SeqError<Error>>
where
    I: IntoIterator,
    I::IntoIter: ExactSizeIterator,
    I::Item: ByteRepr,
{
    let mut bytes = alloc::vec::Vec::new();
    write_seq(&mut bytes, items)?;
    Ok(bytes)
}

/// An [`Encoder`](crate::Encoder) that folds values into a `Vec` in the Java encoding; `try_finish` gives
/// the bytes or the first error.
///
/// ```
/// let encoder = [1i32, 2].iter().fold(byterepr::java::encoder(), |e, n| e.push(n));
/// assert_eq!(encoder.try_finish()?, [0, 0, 0, 1, 0, 0, 0, 2]);
/// # Ok::<(), byterepr::java::Error>(())
/// ```
#[cfg(feature = "alloc")]
#[must_use]
pub fn encoder() -> crate::Encoder<Java<alloc::vec::Vec<u8>>> {
    crate::Encoder::with_sink(Java::new(alloc::vec::Vec::new()))
}

/// An [`Encoder`](crate::Encoder) that folds values into the SHA-256 of their Java encoding; `try_finish`
/// gives the digest or the first error.
///
/// ```
/// let digest = byterepr::java::sha256_encoder().push(&"DSL").push(&32i32).try_finish()?;
/// assert_eq!(digest[..], byterepr::java::sha256(&("DSL", 32i32))?);
/// # Ok::<(), byterepr::java::Error>(())
/// ```
#[cfg(feature = "sha256")]
#[must_use]
pub fn sha256_encoder() -> crate::Encoder<Java<crate::hash::Sha256Sink>> {
    crate::Encoder::with_sink(Java::new(crate::hash::Sha256Sink::new()))
}

/// The Java encoding of each of the given expressions in turn, in a new `Vec<u8>`: the
/// [`bytes!`](crate::bytes) of the Java encoding, and the Scala DSL's `"DSL" ~ 32 ~ true ~|`.
/// Returns `Result<Vec<u8>, java::Error>`.
///
/// ```
/// assert_eq!(
///     byterepr::java_bytes!["DSL", 32i32, true]?,
///     [0x00, 0x03, 0x44, 0x53, 0x4c, 0x00, 0x00, 0x00, 0x20, 0x01]
/// );
/// # Ok::<(), byterepr::java::Error>(())
/// ```
#[macro_export]
macro_rules! java_bytes {
    ($($value:expr),* $(,)?) => { $crate::java::to_vec(&$crate::chain!($($value),*)) };
}
