//! [`Error`]: what can go wrong when writing the Java encoding.

use core::convert::Infallible;
use core::fmt;

/// Writing the Java encoding failed.
///
/// `E` is the error of the sink underneath the [`Java`](super::Java) adapter; it defaults to
/// [`Infallible`], the error of `Vec<u8>`, hashers and [`LenCounter`](crate::LenCounter), so
/// the one-call helpers return `Result<_, java::Error>`.
///
/// The adapter checks before it writes: a string or length that `DataOutputStream` cannot
/// represent writes none of its own bytes. Through an adapter you drive yourself, the parts
/// of the value written before it have reached the sink; the one-call helpers
/// ([`to_vec`](super::to_vec), [`extend_vec`](super::extend_vec), [`write`](super::write()),
/// [`to_writer`](super::to_writer)) write nothing on such an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error<E = Infallible> {
    /// A string's modified UTF-8 is longer than the 65535 bytes `writeUTF` can count (Java
    /// throws `UTFDataFormatException`). `len` is that modified UTF-8 length in bytes.
    StringTooLong {
        /// Length of the string in modified UTF-8, in bytes (more than 65535).
        len: usize,
    },
    /// A sequence, map or set has more elements than a Java `int` count can say
    /// (more than `i32::MAX`, 2147483647).
    LengthTooLarge {
        /// The number of elements.
        len: usize,
    },
    /// The sink underneath failed.
    Sink(E),
}

impl<E> Error<E> {
    /// Converts an error of an infallible sink into one of any sink (the Java-specific
    /// variants carry over; `Sink(Infallible)` cannot exist).
    #[must_use]
    pub fn widen(error: Error<Infallible>) -> Self {
        match error {
            Error::StringTooLong { len } => Error::StringTooLong { len },
            Error::LengthTooLarge { len } => Error::LengthTooLarge { len },
            Error::Sink(never) => match never {},
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::StringTooLong { len } => write!(
                f,
                "string is {len} bytes in modified UTF-8; writeUTF takes at most 65535"
            ),
            Error::LengthTooLarge { len } => write!(
                f,
                "{len} elements do not fit a Java int count (at most 2147483647)"
            ),
            Error::Sink(error) => write!(f, "sink error: {error}"),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> core::error::Error for Error<E> {}

/// An [`IoSink`](crate::IoSink)'s Java error as an `io::Error`: the sink's own error as it
/// is, the Java-specific ones as [`InvalidData`](std::io::ErrorKind::InvalidData), as Java
/// throws `UTFDataFormatException`, an `IOException`.
#[cfg(feature = "std")]
impl From<Error<std::io::Error>> for std::io::Error {
    fn from(error: Error<std::io::Error>) -> Self {
        match error {
            Error::Sink(error) => error,
            other => std::io::Error::new(std::io::ErrorKind::InvalidData, other),
        }
    }
}
