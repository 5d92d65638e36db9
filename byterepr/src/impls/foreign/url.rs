//! `url::Url`: its serialization, which is what its `Eq` compares (a parsed URL is already
//! normalised: `HTTP://Example.com` parses to `http://example.com/`).

use ::url::Url;

use crate::{ByteRepr, Sink, size};

/// As `str`: the serialization (`Url::as_str`).
impl ByteRepr for Url {
    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_str(self.as_str())
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        size::str(self.as_str().len())
    }
}
