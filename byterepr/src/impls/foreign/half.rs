//! `half::f16` and `half::bf16`. They have no `Eq`; like `f32` and `f64` (SPEC.md 3.3) they
//! are their IEEE 754 bits, with every NaN written as one canonical NaN and `-0.0` kept.

use ::half::{bf16, f16};

use crate::schema::{Custom, Schema, Shape};
use crate::{ByteRepr, Sink, size};

/// The canonical `f16` NaN: a quiet NaN with no payload, the `f16` that `f32`'s canonical
/// NaN (`0x7fc00000`) converts to.
const CANONICAL_NAN_F16: u16 = 0x7e00;
/// The canonical `bf16` NaN: the high half of `f32`'s canonical NaN.
const CANONICAL_NAN_BF16: u16 = 0x7fc0;

/// The bits as a `u16`; every NaN as `0x7e00`. `-0.0` keeps its sign.
impl ByteRepr for f16 {
    const ENCODED_SIZE: Option<usize> = Some(size::U16);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Custom(Custom {
        name: "half::f16",
        version: 1,
        layout: "the bits as a u16; every NaN as 0x7e00; -0.0 kept",
    }));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        let bits = if self.is_nan() {
            CANONICAL_NAN_F16
        } else {
            self.to_bits()
        };
        sink.write_u16(bits)
    }
}

/// The bits as a `u16`; every NaN as `0x7fc0`. `-0.0` keeps its sign.
impl ByteRepr for bf16 {
    const ENCODED_SIZE: Option<usize> = Some(size::U16);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Custom(Custom {
        name: "half::bf16",
        version: 1,
        layout: "the bits as a u16; every NaN as 0x7fc0; -0.0 kept",
    }));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        let bits = if self.is_nan() {
            CANONICAL_NAN_BF16
        } else {
            self.to_bits()
        };
        sink.write_u16(bits)
    }
}
