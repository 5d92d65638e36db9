//! [`Java`]: the sink adapter whose typed methods write what `DataOutputStream` writes.

use super::Error;
use super::utf::{MAX_UTF_LEN, modified_utf8_len, write_modified_utf8};
use crate::sink::write_chunked;
use crate::{FinishSink, Sink, canonical_f32_bits, canonical_f64_bits};

/// A sink adapter that writes the Java encoding into the sink `S`: every typed write becomes
/// the bytes of the matching `java.io.DataOutputStream` call (the table is in the
/// [module docs](super)).
///
/// Wrap any sink: `Java<Vec<u8>>`, `Java<&mut Vec<u8>>`, `Java<IoSink<W>>`, a hasher.
/// Batching goes *inside* the adapter (`Java<Batched<S, N>>`): `Batched` only moves bytes.
///
/// ```
/// use byterepr::ByteRepr;
/// use byterepr::java::Java;
///
/// let mut sink = Java::new(Vec::new());
/// ("DSL", 32i32, true).write_to(&mut sink)?;
/// assert_eq!(sink.into_inner(), b"\x00\x03DSL\x00\x00\x00\x20\x01");
/// # Ok::<(), byterepr::java::Error>(())
/// ```
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Java<S> {
    inner: S,
}

impl<S> Java<S> {
    /// An adapter writing the Java encoding into `inner`.
    pub const fn new(inner: S) -> Self {
        Self { inner }
    }

    /// The sink underneath, with everything written so far.
    pub fn into_inner(self) -> S {
        self.inner
    }

    /// The sink underneath, borrowed.
    pub const fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The sink underneath, borrowed mutably. Bytes written to it directly bypass the Java
    /// rules.
    pub const fn get_mut(&mut self) -> &mut S {
        &mut self.inner
    }
}

/// A big-endian scalar writer and its slice writer. On a big-endian target the slice is its
/// own encoding and goes out in one write.
macro_rules! big_endian {
    ($($(#[$doc:meta])* $name:ident, $slice_name:ident, $ty:ty;)*) => {$(
        $(#[$doc])*
        #[inline]
        fn $name(&mut self, value: $ty) -> Result<(), Self::Error> {
            self.write_raw(&value.to_be_bytes())
        }

        #[inline]
        fn $slice_name(&mut self, items: &[$ty]) -> Result<(), Self::Error> {
            if cfg!(target_endian = "big") {
                self.write_raw(bytemuck::cast_slice(items))
            } else {
                write_chunked(self, items, |x| x.to_be_bytes())
            }
        }
    )*};
}

impl<S: Sink> Sink for Java<S> {
    type Error = Error<S::Error>;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Self::Error> {
        self.inner.write_raw(bytes).map_err(Error::Sink)
    }

    // `write_u8`, `write_i8`, `write_bool` and their slices keep the provided bodies: one
    // byte each, as `writeByte`/`writeBoolean`.

    big_endian! {
        /// `writeChar`/`writeShort`: 2 bytes, big-endian (read back with `readUnsignedShort`).
        write_u16, write_u16_slice, u16;
        /// `writeInt` of the same 32 bits (read back with `Integer.toUnsignedLong(readInt())`).
        write_u32, write_u32_slice, u32;
        /// `writeLong` of the same 64 bits (a Java `long` read as unsigned).
        write_u64, write_u64_slice, u64;
        /// Two `writeLong`s: the high 64 bits, then the low 64 bits.
        write_u128, write_u128_slice, u128;
        /// `writeShort`.
        write_i16, write_i16_slice, i16;
        /// `writeInt`.
        write_i32, write_i32_slice, i32;
        /// `writeLong`.
        write_i64, write_i64_slice, i64;
        /// Two `writeLong`s: the high 64 bits (signed), then the low 64 bits.
        write_i128, write_i128_slice, i128;
    }

    /// `writeLong`, on every platform.
    #[inline]
    fn write_usize(&mut self, value: usize) -> Result<(), Self::Error> {
        self.write_u64(crate::sink::usize_to_u64(value))
    }

    /// `writeLong`, on every platform.
    #[inline]
    fn write_isize(&mut self, value: isize) -> Result<(), Self::Error> {
        self.write_i64(crate::sink::isize_to_i64(value))
    }

    #[inline]
    fn write_usize_slice(&mut self, items: &[usize]) -> Result<(), Self::Error> {
        write_chunked(self, items, |x| crate::sink::usize_to_u64(*x).to_be_bytes())
    }

    #[inline]
    fn write_isize_slice(&mut self, items: &[isize]) -> Result<(), Self::Error> {
        write_chunked(self, items, |x| crate::sink::isize_to_i64(*x).to_be_bytes())
    }

    /// `writeFloat`: the bits of `Float.floatToIntBits`, so every NaN is `7fc00000`.
    #[inline]
    fn write_f32(&mut self, value: f32) -> Result<(), Self::Error> {
        self.write_raw(&canonical_f32_bits(value).to_be_bytes())
    }

    /// `writeDouble`: the bits of `Double.doubleToLongBits`, so every NaN is
    /// `7ff8000000000000`.
    #[inline]
    fn write_f64(&mut self, value: f64) -> Result<(), Self::Error> {
        self.write_raw(&canonical_f64_bits(value).to_be_bytes())
    }

    #[inline]
    fn write_f32_slice(&mut self, items: &[f32]) -> Result<(), Self::Error> {
        if cfg!(target_endian = "big") && !items.iter().any(|x| x.is_nan()) {
            self.write_raw(bytemuck::cast_slice(items))
        } else {
            write_chunked(self, items, |x| canonical_f32_bits(*x).to_be_bytes())
        }
    }

    #[inline]
    fn write_f64_slice(&mut self, items: &[f64]) -> Result<(), Self::Error> {
        if cfg!(target_endian = "big") && !items.iter().any(|x| x.is_nan()) {
            self.write_raw(bytemuck::cast_slice(items))
        } else {
            write_chunked(self, items, |x| canonical_f64_bits(*x).to_be_bytes())
        }
    }

    /// `writeChar` for a character of the Basic Multilingual Plane (2 bytes); a
    /// supplementary character is its UTF-16 surrogate pair, two `writeChar`s (4 bytes), as
    /// `writeChars(Character.toString(codePoint))` writes it.
    #[inline]
    fn write_char(&mut self, value: char) -> Result<(), Self::Error> {
        let mut units = [0u16; 2];
        let units = value.encode_utf16(&mut units);
        let mut bytes = [0u8; 4];
        for (dst, unit) in bytes.chunks_exact_mut(2).zip(units.iter()) {
            dst.copy_from_slice(&unit.to_be_bytes());
        }
        self.write_raw(&bytes[..2 * units.len()])
    }

    /// `writeInt(len)`; more than `i32::MAX` is [`Error::LengthTooLarge`] and writes nothing.
    #[inline]
    fn write_len(&mut self, len: usize) -> Result<(), Self::Error> {
        match i32::try_from(len) {
            Ok(count) => self.write_raw(&count.to_be_bytes()),
            Err(_) => Err(Error::LengthTooLarge { len }),
        }
    }

    /// `writeInt` of the tag's bits.
    #[inline]
    fn write_tag(&mut self, tag: u32) -> Result<(), Self::Error> {
        self.write_raw(&tag.to_be_bytes())
    }

    /// `writeUTF`: the modified UTF-8 length as 2 bytes, then the modified UTF-8. More than
    /// 65535 bytes is [`Error::StringTooLong`] and writes nothing.
    #[inline]
    fn write_str(&mut self, value: &str) -> Result<(), Self::Error> {
        let len = modified_utf8_len(value);
        let Ok(count) = u16::try_from(len) else {
            debug_assert!(len > MAX_UTF_LEN);
            return Err(Error::StringTooLong { len });
        };
        self.write_raw(&count.to_be_bytes())?;
        if len == value.len() {
            self.write_raw(value.as_bytes())
        } else {
            write_modified_utf8(&mut self.inner, value).map_err(Error::Sink)
        }
    }

    /// An evolving type's block is counted in Java bytes: the canonical length is of other
    /// bytes. A string too long for `writeUTF` is reported here, before anything of the
    /// block is written.
    #[inline]
    fn block_len(
        &mut self,
        _canonical: usize,
        write: &mut crate::EntryWriter<'_, Self::Error>,
    ) -> Result<usize, Self::Error> {
        let mut counter = super::len::JavaLen::<S::Error>::default();
        write(&mut counter)?;
        Ok(counter.len())
    }

    /// Unordered collections order their entries by the entries' Java bytes.
    #[cfg(feature = "alloc")]
    fn with_scratch(
        &mut self,
        scratch: &mut alloc::vec::Vec<u8>,
        write: &mut crate::EntryWriter<'_, Self::Error>,
    ) -> Result<(), Self::Error> {
        write(&mut Java::new(crate::sinks::Scratch::<S::Error>::new(
            scratch,
        )))
    }
}

/// Closing the adapter closes the sink underneath: `Encoder<Java<Sha256Sink>>` folds values
/// into the SHA-256 of their Java encoding.
impl<S: FinishSink> FinishSink for Java<S> {
    type Output = S::Output;

    #[inline]
    fn finish_sink(self) -> Result<S::Output, Self::Error> {
        self.inner.finish_sink().map_err(Error::Sink)
    }
}
