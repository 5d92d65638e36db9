//! Integers, floats, `bool` and `char`: fixed width, little-endian, with bulk slice paths.

use core::num::NonZero;

use crate::schema::{Scalar, Schema, Shape};
use crate::{ByteRepr, Sink, size};

/// Impl for a number type: one typed write, one typed bulk write, a fixed size, the scalar
/// it is in a schema.
macro_rules! number_impls {
    ($($ty:ty => $write:ident, $write_slice:ident, $size:expr, $scalar:ident;)*) => {$(
        impl ByteRepr for $ty {
            const ENCODED_SIZE: Option<usize> = Some($size);
            const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Scalar(Scalar::$scalar));

            #[inline]
            fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
                sink.$write(*self)
            }

            #[inline]
            fn write_slice_to<S: Sink + ?Sized>(items: &[Self], sink: &mut S) -> Result<(), S::Error> {
                sink.$write_slice(items)
            }
        }
    )*};
}

number_impls! {
    u8 => write_u8, write_u8_slice, size::U8, U8;
    u16 => write_u16, write_u16_slice, size::U16, U16;
    u32 => write_u32, write_u32_slice, size::U32, U32;
    u64 => write_u64, write_u64_slice, size::U64, U64;
    u128 => write_u128, write_u128_slice, size::U128, U128;
    i8 => write_i8, write_i8_slice, size::I8, I8;
    i16 => write_i16, write_i16_slice, size::I16, I16;
    i32 => write_i32, write_i32_slice, size::I32, I32;
    i64 => write_i64, write_i64_slice, size::I64, I64;
    i128 => write_i128, write_i128_slice, size::I128, I128;
    f32 => write_f32, write_f32_slice, size::F32, F32;
    f64 => write_f64, write_f64_slice, size::F64, F64;
    bool => write_bool, write_bool_slice, size::BOOL, Bool;
}

// `usize`/`isize` are 8 bytes on every platform, not `size_of::<usize>()`.
impl ByteRepr for usize {
    const ENCODED_SIZE: Option<usize> = Some(size::USIZE);
    // The bytes of a `u64`, so the scalar of one.
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Scalar(Scalar::U64));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_usize(*self)
    }

    #[inline]
    fn write_slice_to<S: Sink + ?Sized>(items: &[Self], sink: &mut S) -> Result<(), S::Error> {
        sink.write_usize_slice(items)
    }
}

impl ByteRepr for isize {
    const ENCODED_SIZE: Option<usize> = Some(size::ISIZE);
    // The bytes of an `i64`, so the scalar of one.
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Scalar(Scalar::I64));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_isize(*self)
    }

    #[inline]
    fn write_slice_to<S: Sink + ?Sized>(items: &[Self], sink: &mut S) -> Result<(), S::Error> {
        sink.write_isize_slice(items)
    }
}

impl ByteRepr for char {
    const ENCODED_SIZE: Option<usize> = Some(size::CHAR);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Scalar(Scalar::Char));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_char(*self)
    }
}

/// `NonZero<T>` encodes as the `T` it holds, so it has `T`'s schema.
macro_rules! nonzero_impls {
    ($($ty:ty),*) => {$(
        impl ByteRepr for NonZero<$ty> {
            const ENCODED_SIZE: Option<usize> = <$ty as ByteRepr>::ENCODED_SIZE;
            const SCHEMA: &'static Schema = <$ty as ByteRepr>::SCHEMA;

            #[inline]
            fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
                self.get().write_to(sink)
            }
        }
    )*};
}

nonzero_impls!(
    u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize
);
