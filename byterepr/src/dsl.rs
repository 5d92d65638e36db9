//! The chaining DSL ([`chain!`](crate::chain), [`bytes!`](crate::bytes),
//! [`write_all!`](crate::write_all)) and the fold-friendly [`Encoder`]. Heterogeneous lists of
//! trait objects are [`DynByteRepr`]'s, in their own module; it is re-exported here, where it
//! was first documented.
//!
//! # The encoding of a chain or a fold
//!
//! A chain or a fold writes its values one after another, with no count in front and nothing
//! between them, exactly as calling [`ByteRepr::write_to`] on each in turn would: the Scala
//! DSL's `"DSL" ~ 32 ~ true ~|` becomes `bytes!["DSL", 32i32, true]`, and its bytes are the
//! bytes of the tuple `("DSL", 32i32, true)`.
//!
//! Why no length: a chain is a tuple written inline, whose arity is fixed by the code that
//! writes it, so a length would add a byte and no information; and a fold learns its length
//! only at its end, after the first bytes have gone into a hasher, so it could put the length
//! only after the items, where it does not make the bytes prefix-free anyway. What remains
//! injective: every canonical encoding is self-delimiting (a decoder knows where each value
//! ends), so the concatenation of values of a fixed sequence of types, or of any number of
//! values of one type, identifies the values. What it is not: prefix-free. Folding `[1, 2]`
//! then writing `3` gives the bytes of folding `[1, 2, 3]`, so a fold must be the whole
//! message, or the last part of it. To embed a list inside a larger value, write it as a
//! sequence, which starts with its length: a `Vec`/slice, or [`write_seq`](crate::write_seq)
//! for an iterator of known length.

use core::convert::Infallible;

use crate::{ByteRepr, FinishSink, Sink};

pub use crate::dyn_repr::{DynByteRepr, ErasedError};

/// A value that encodes as each of the given expressions in turn, with nothing between them
/// and no count (see the [module docs](crate::dsl)): the Rust form of the Scala DSL's
/// `"DSL" ~ 32 ~ true`. The expressions are borrowed, not moved.
///
/// Hash it, encode it, or write it into any sink:
///
/// ```
/// let digest = byterepr::sha256(&byterepr::chain!["DSL", 32i32, true]);
/// assert_eq!(digest, byterepr::sha256(&("DSL", 32i32, true)));
///
/// let name = String::from("DSL");
/// let chained = byterepr::chain![name, 32i32];
/// assert_eq!(byterepr::to_vec(&chained), b"\x03DSL\x20\x00\x00\x00");
/// assert_eq!(name, "DSL"); // still ours
/// ```
///
/// It expands to nested pairs of references, `(&a, (&b, (&c, ())))`, whose encoded length
/// is known up front, so `to_vec` of a chain allocates once. There is no limit on the
/// number of values beyond the macro recursion limit.
#[macro_export]
macro_rules! chain {
    () => { () };
    ($head:expr $(, $tail:expr)* $(,)?) => { (&$head, $crate::chain!($($tail),*)) };
}

/// The canonical bytes of each of the given expressions in turn, in a new `Vec<u8>`,
/// allocated once at its exact length: `bytes![a, b, c]` equals writing `a`, `b` and `c` into
/// one `Vec` one after another.
///
/// ```
/// // DataOutputStream's writeUTF("DSL"); writeInt(32); writeBoolean(true), in the
/// // canonical encoding: LEB128 length, UTF-8, little-endian i32, one byte.
/// assert_eq!(byterepr::bytes!["DSL", 32i32, true], b"\x03DSL\x20\x00\x00\x00\x01");
/// assert_eq!(byterepr::bytes![], b"");
/// ```
#[macro_export]
macro_rules! bytes {
    ($($value:expr),* $(,)?) => { $crate::to_vec(&$crate::chain!($($value),*)) };
}

/// Writes each of the given expressions in turn into a sink (a `&mut` to it), returning the
/// sink's result: the [`chain!`](crate::chain) of them written with
/// [`ByteRepr::write_to`](crate::ByteRepr::write_to).
///
/// ```
/// use byterepr::hash::Sha256Sink;
///
/// let mut sink = Sha256Sink::new();
/// byterepr::write_all!(&mut sink; "DSL", 32i32, true).unwrap();
/// byterepr::write_all!(&mut sink; 'x').unwrap();
/// assert_eq!(sink.finalize()[..], byterepr::sha256(&("DSL", 32i32, true, 'x')));
/// ```
#[macro_export]
macro_rules! write_all {
    ($sink:expr; $($value:expr),* $(,)?) => {
        $crate::ByteRepr::write_to(&$crate::chain!($($value),*), $sink)
    };
}

macro_rules! encoder_doc {
    () => {
        r#"
Folds, extends or collects values into bytes or a digest, so ordinary iterator code can
encode a list without naming or seeing the sink.

The values are written one after another with no count (see the [module docs](crate::dsl)
for why and what that means): the result equals [`chain!`](crate::chain) of the same
values, and `to_vec` of the tuple of them. To hash a list together with its length, as a
`Vec` encodes it, use [`write_seq`](crate::write_seq) instead.

```
use byterepr::{DynByteRepr, Encoder};

let values = [3u32, 1, 4];
// fold, into bytes (a `Vec<u8>` sink by default) or into a digest
let bytes = values.iter().fold(Encoder::new(), Encoder::push).finish();
assert_eq!(bytes, byterepr::to_vec(&(3u32, 1u32, 4u32)));
let digest = values.iter().fold(Encoder::sha256(), Encoder::push).finish();
assert_eq!(digest[..], byterepr::sha256(&(3u32, 1u32, 4u32)));

// Extend and FromIterator
let mut crc = Encoder::crc32();
crc.extend(&values);
assert_eq!(crc.finish(), byterepr::crc32(&(3u32, 1u32, 4u32)));
let collected: Encoder = values.iter().collect();
assert_eq!(collected.finish(), bytes);

// heterogeneous values as trait objects
let mixed: [&dyn DynByteRepr; 3] = [&"DSL", &32i32, &true];
let bytes = mixed.iter().fold(Encoder::new(), |e, v| e.push(*v)).finish();
assert_eq!(bytes, byterepr::bytes!["DSL", 32i32, true]);
```

A sink that can fail (an [`IoSink`](crate::IoSink), a format adapter) keeps its first error;
later values are skipped and [`try_finish`](Encoder::try_finish) returns the error.
"#
    };
}

/// An encoder that owns its sink.
#[doc = encoder_doc!()]
#[cfg(feature = "alloc")]
pub struct Encoder<S: Sink = alloc::vec::Vec<u8>> {
    sink: S,
    error: Option<S::Error>,
}

/// An encoder that owns its sink.
#[doc = encoder_doc!()]
#[cfg(not(feature = "alloc"))]
pub struct Encoder<S: Sink> {
    sink: S,
    error: Option<S::Error>,
}

#[cfg(feature = "alloc")]
impl Encoder<alloc::vec::Vec<u8>> {
    /// An encoder into a new `Vec<u8>`.
    #[must_use]
    pub const fn new() -> Self {
        Self::with_sink(alloc::vec::Vec::new())
    }
}

#[cfg(feature = "alloc")]
impl Default for Encoder<alloc::vec::Vec<u8>> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(feature = "sha256")]
impl Encoder<crate::hash::Sha256Sink> {
    /// An encoder into SHA-256; [`finish`](Encoder::finish) gives the digest.
    #[must_use]
    pub fn sha256() -> Self {
        Self::with_sink(crate::hash::Sha256Sink::new())
    }
}

#[cfg(feature = "digest")]
impl<D: digest::Update> Encoder<crate::hash::DigestSink<D>> {
    /// An encoder into `hasher`, a `RustCrypto` hasher of the `digest` 0.11 line:
    /// `Encoder::digest(Sha512::new())`; [`finish`](Encoder::finish) gives the digest.
    #[must_use]
    pub const fn digest(hasher: D) -> Self {
        Self::with_sink(crate::hash::DigestSink::from_hasher(hasher))
    }
}

#[cfg(feature = "crc32")]
impl Encoder<crate::hash::Crc32Sink> {
    /// An encoder into CRC-32; [`finish`](Encoder::finish) gives the checksum.
    #[must_use]
    pub fn crc32() -> Self {
        Self::with_sink(crate::hash::Crc32Sink::new())
    }
}

#[cfg(feature = "blake3")]
impl Encoder<crate::hash::Blake3Sink> {
    /// An encoder into BLAKE3; [`finish`](Encoder::finish) gives the hash.
    #[must_use]
    pub fn blake3() -> Self {
        Self::with_sink(crate::hash::Blake3Sink::new())
    }
}

impl<H: core::hash::Hasher> Encoder<crate::hash::HasherSink<H>> {
    /// An encoder into a [`core::hash::Hasher`]; [`finish`](Encoder::finish) gives its
    /// `finish()`.
    #[must_use]
    pub const fn hasher(hasher: H) -> Self {
        Self::with_sink(crate::hash::HasherSink::from_hasher(hasher))
    }
}

impl<S: Sink> Encoder<S> {
    /// An encoder into `sink`.
    pub const fn with_sink(sink: S) -> Self {
        Self { sink, error: None }
    }

    /// Writes `value` and returns the encoder: the step of a `fold`.
    #[must_use]
    #[inline]
    pub fn push<T: ByteRepr + ?Sized>(mut self, value: &T) -> Self {
        self.write(value);
        self
    }

    /// Writes `value`, unless an earlier write failed.
    #[inline]
    pub fn write<T: ByteRepr + ?Sized>(&mut self, value: &T) -> &mut Self {
        if self.error.is_none()
            && let Err(error) = value.write_to(&mut self.sink)
        {
            self.error = Some(error);
        }
        self
    }

    /// The sink back, or the first error a write returned.
    ///
    /// # Errors
    /// The first error the sink returned.
    pub fn into_sink(self) -> Result<S, S::Error> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(self.sink),
        }
    }

    /// Closes the sink and returns its result (the bytes, the digest), or the first error.
    ///
    /// # Errors
    /// The first error a write returned, or the error of the sink's last flush.
    pub fn try_finish(self) -> Result<S::Output, S::Error>
    where
        S: FinishSink,
    {
        self.into_sink()?.finish_sink()
    }
}

impl<S: FinishSink<Error = Infallible>> Encoder<S> {
    /// Closes the sink and returns its result: the bytes of a `Vec` sink, the digest of a
    /// hasher.
    #[must_use]
    pub fn finish(self) -> S::Output {
        match self.try_finish() {
            Ok(output) => output,
        }
    }
}

impl<S: Sink, T: ByteRepr> Extend<T> for Encoder<S> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        for value in values {
            self.write(&value);
        }
    }
}

impl<S: Sink + Default, T: ByteRepr> FromIterator<T> for Encoder<S> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut encoder = Self::with_sink(S::default());
        encoder.extend(values);
        encoder
    }
}

impl<S: Sink + core::fmt::Debug> core::fmt::Debug for Encoder<S> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Encoder")
            .field("sink", &self.sink)
            .field("failed", &self.error.is_some())
            .finish()
    }
}
