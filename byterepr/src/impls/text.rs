//! Strings: `str`, `String` and C strings, as a byte length then the bytes.

use crate::schema::{Schema, Shape, of};
use crate::{ByteRepr, Sink, size};

impl ByteRepr for str {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Str);

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_str(self)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        size::str(self.len())
    }
}

#[cfg(feature = "alloc")]
impl ByteRepr for alloc::string::String {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Str);

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_str(self)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        self.as_str().encoded_len()
    }
}

/// The bytes without the terminating NUL, as a `[u8]`: the length says where it ends.
impl ByteRepr for core::ffi::CStr {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Seq(of::<u8>));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.to_bytes().write_to(sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        self.to_bytes().encoded_len()
    }
}

#[cfg(feature = "alloc")]
impl ByteRepr for alloc::ffi::CString {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Seq(of::<u8>));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.as_c_str().write_to(sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        self.as_c_str().encoded_len()
    }
}
