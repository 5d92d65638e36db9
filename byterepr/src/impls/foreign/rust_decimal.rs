//! `rust_decimal::Decimal`, normalised: `Decimal`'s `Eq` compares numeric values, so `1.5`,
//! `1.50` and `1.500` (one mantissa and scale each) are equal, and so are `0` and `-0`.

use ::rust_decimal::Decimal;

use crate::schema::{Custom, Schema, Shape};
use crate::{ByteRepr, Sink, size};

/// The value normalised (`Decimal::normalize`: trailing zeros of the fraction stripped, `-0`
/// made `0`), then its mantissa as an `i128` and its scale (0 to 28) as a `u32`.
///
/// After normalising, a value has one mantissa and scale: the mantissa is not a multiple of
/// ten unless the scale is 0, and zero has scale 0 and no sign. So equal decimals write the
/// same bytes and different ones different bytes.
impl ByteRepr for Decimal {
    const ENCODED_SIZE: Option<usize> = size::sum(&[Some(size::I128), Some(size::U32)]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Custom(Custom {
        name: "rust_decimal::Decimal",
        version: 1,
        layout: "normalised (trailing fractional zeros stripped, -0 made 0), then the mantissa \
                 as an i128 and the scale (0-28) as a u32",
    }));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        let normal = self.normalize();
        sink.write_i128(normal.mantissa())?;
        sink.write_u32(normal.scale())
    }
}
