//! The serde bridge (feature `serde`): canonical bytes for any `T: serde::Serialize`.
//!
//! A value goes through its `Serialize` impl into a serializer whose every method is a typed
//! write of [`Sink`], so the bytes are those of SPEC.md, in any format (the Java encoding
//! too). For a type that derives both `Serialize` and `ByteRepr`, with no attribute that
//! changes either, the bridge writes exactly what [`to_vec`](crate::to_vec) writes. The
//! rules (SPEC.md 3.16 says which serde features cannot be canonical):
//!
//! | serde calls | bytes |
//! |---|---|
//! | `bool`, integers, `f32`, `f64`, `char`, `str` | the typed write of the same type (NaN canonical) |
//! | `bytes` | as `[u8]`: the length, then the bytes |
//! | `none`, `some(v)` | tag 0; tag 1 then `v` (as `Option`) |
//! | `unit`, `unit_struct` | nothing |
//! | `newtype_struct(v)` | `v` |
//! | `unit_variant`, `newtype_variant`, `tuple_variant`, `struct_variant` | the variant index as a tag, then the fields (as a derived enum) |
//! | `tuple`, `tuple_struct`, `struct` | the fields in order, no length, no names (as a tuple, an array, a derived struct) |
//! | `seq` | the number of elements, then each; a sequence of unknown length is encoded into a scratch buffer and counted first |
//! | `map` | the number of entries, then each key and value, the entries sorted by their bytes, whatever the iteration order (as `HashMap`) |
//!
//! `is_human_readable()` is false, so types with two forms (`IpAddr`, ...) give their compact
//! one.
//!
//! # Errors, never wrong bytes
//!
//! Some `Serialize` impls fail (a `Mutex` that is poisoned, a `serialize_with` function that
//! returns an error), and some uses of serde cannot be encoded canonically: a field skipped
//! by `skip_serializing_if` (the reader could not tell which fields are there) and a
//! sequence or map whose announced length is not the number of elements it gives. The
//! bridge reports these as an [`Error`] from [`write()`], [`to_vec`] and [`encoded_len`]; what
//! was written to a sink before the error is not a valid encoding and must be discarded
//! (`to_vec` returns no bytes). [`Serde`] makes a value a `ByteRepr` value for every entry
//! point, and a `ByteRepr` impl can only fail as its sink does, so `Serde` **panics** on a
//! bridge error rather than write wrong bytes: use it for types whose `Serialize` never
//! fails that way (every type the derive's rules above cover), and the functions of this
//! module for the others.
//!
//! ```
//! use serde::Serialize;
//! use std::collections::HashMap;
//!
//! #[derive(Serialize, byterepr::ByteRepr)]
//! struct Order { id: u32, lines: Vec<(String, u16)>, notes: HashMap<String, String> }
//!
//! let order = Order {
//!     id: 7,
//!     lines: vec![("apple".into(), 3)],
//!     notes: HashMap::from([("by".into(), "ann".into()), ("at".into(), "noon".into())]),
//! };
//! // The same bytes as the derive, so hashes agree.
//! assert_eq!(byterepr::serde::to_vec(&order)?, byterepr::to_vec(&order));
//! assert_eq!(
//!     byterepr::sha256(&byterepr::Serde(&order)),
//!     byterepr::sha256(&order),
//! );
//! # Ok::<(), byterepr::serde::Error>(())
//! ```

use alloc::string::String;
use alloc::vec::Vec;
use core::convert::Infallible;
use core::fmt;

use ::serde::Serialize;

use crate::{ByteRepr, LenCounter, Sink};

mod serializer;

/// Why the bridge could not encode a value. `E` is the sink's error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error<E = Infallible> {
    /// The sink failed.
    Sink(E),
    /// The value's `Serialize` impl failed, with its message.
    Custom(String),
    /// A struct field was left out by `#[serde(skip_serializing_if = ...)]`: a field that
    /// is there for some values and not for others leaves the bytes ambiguous (SPEC.md
    /// 3.16).
    SkippedField(&'static str),
    /// A sequence or map announced `declared` elements and gave `given` (a sequence stops
    /// counting at `declared + 1`, a map counts every entry).
    LengthMismatch {
        /// The length the `Serialize` impl announced, which was written.
        declared: usize,
        /// How many elements it serialized.
        given: usize,
    },
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Sink(error) => write!(f, "sink error: {error}"),
            Error::Custom(message) => write!(f, "the value failed to serialize: {message}"),
            Error::SkippedField(name) => write!(
                f,
                "field `{name}` was skipped by `skip_serializing_if`, which cannot be encoded \
                 canonically"
            ),
            Error::LengthMismatch { declared, given } => write!(
                f,
                "a sequence or map announced {declared} elements and serialized {given}"
            ),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> core::error::Error for Error<E> {}

/// Writes `value` into `sink` through its `Serialize` impl.
///
/// # Errors
/// See [`Error`]; the bytes written before an error are not a valid encoding.
pub fn write<T, S>(value: &T, sink: &mut S) -> Result<(), Error<S::Error>>
where
    T: Serialize + ?Sized,
    S: Sink + ?Sized,
{
    serializer::serialize(value, sink)
}

/// The canonical bytes of `value` through its `Serialize` impl, in a new `Vec`.
///
/// # Errors
/// See [`Error`]; no bytes are returned on an error.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    write(value, &mut bytes)?;
    Ok(bytes)
}

/// The length of what [`to_vec`] returns, counted without writing.
///
/// # Errors
/// As [`to_vec`].
pub fn encoded_len<T: Serialize + ?Sized>(value: &T) -> Result<usize, Error> {
    let mut counter = LenCounter::new();
    write(value, &mut counter)?;
    Ok(counter.len())
}

/// The SHA-256 of the canonical bytes of `value` through its `Serialize` impl.
///
/// # Errors
/// As [`to_vec`]; no digest is returned on an error.
#[cfg(feature = "sha256")]
pub fn sha256<T: Serialize + ?Sized>(value: &T) -> Result<[u8; 32], Error> {
    let mut sink = crate::hash::Sha256Sink::new();
    write(value, &mut sink)?;
    match crate::FinishSink::finish_sink(sink) {
        Ok(digest) => Ok(digest.into()),
        Err(never) => match never {},
    }
}

impl<E> Error<E> {
    /// The same error with the sink's error, if that is what it is, mapped by `map`.
    pub fn map_sink<F>(self, map: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Error::Sink(error) => Error::Sink(map(error)),
            Error::Custom(message) => Error::Custom(message),
            Error::SkippedField(name) => Error::SkippedField(name),
            Error::LengthMismatch { declared, given } => Error::LengthMismatch { declared, given },
        }
    }
}

/// A `Serialize` value as a [`ByteRepr`] value: `byterepr::sha256(&Serde(&v))`, `to_vec`,
/// the Java encoding and every other entry point take it.
///
/// # Panics
/// When the bridge reports an [`Error`] other than the sink's (a failing `Serialize` impl,
/// `skip_serializing_if`, a lying length): a `ByteRepr` impl can only fail as its sink does,
/// and writing on would give wrong bytes. Types whose `Serialize` is derived without
/// `skip_serializing_if` and holds no failing parts never panic; for the others use
/// [`write()`], [`to_vec`] or [`sha256`](fn@sha256), which return the error.
#[derive(Debug)]
pub struct Serde<'a, T: ?Sized>(pub &'a T);

impl<T: ?Sized> Clone for Serde<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Serde<'_, T> {}

impl<T: Serialize + ?Sized> ByteRepr for Serde<'_, T> {
    // The bytes are what `T`'s `Serialize` impl serializes, which no schema sees: opaque,
    // known by its name (`byterepr::serde::Serde<T>`), which names `T`, as a derived
    // `#[byterepr(serde)]` field is known by its type.
    const SCHEMA: &'static crate::schema::Schema = &crate::schema::Schema::opaque::<Self>();

    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        match write(self.0, sink) {
            Ok(()) => Ok(()),
            Err(Error::Sink(error)) => Err(error),
            Err(error) => bridge_failed(&error.map_sink(|_| "the sink failed")),
        }
    }
}

/// Out of line and cold: the one panic of the bridge (see [`Serde`]).
#[cold]
#[inline(never)]
fn bridge_failed(error: &Error<&str>) -> ! {
    panic!(
        "byterepr::Serde cannot encode this value canonically ({error}); \
         use byterepr::serde::to_vec or write, which return the error"
    )
}
