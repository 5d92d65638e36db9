//! `ordered_float::OrderedFloat` and `NotNan` of `f32` and `f64`.
//!
//! Their `Eq` is looser than the bits: every NaN equals every other NaN (`OrderedFloat`),
//! and `0.0 == -0.0` (both; they compare the floats with `==` apart from NaN). So, unlike a
//! plain `f64` (SPEC.md 3.3), the bytes have one NaN and one zero: `-0.0` is written as
//! `0.0`, and every NaN as the canonical NaN, as for `f32`/`f64`. This is also what the
//! crate's own `Hash` does.

use ::ordered_float::{NotNan, OrderedFloat};

use crate::schema::{Custom, Schema, Shape};
use crate::{ByteRepr, Sink, size};

/// The layout of an `f32` with its zero folded, shared by `OrderedFloat<f32>` and
/// `NotNan<f32>`, which write the same bytes for the same float.
const FOLDED_F32: Shape = Shape::Custom(Custom {
    name: "ordered_float::f32",
    version: 1,
    layout: "as f32 (SPEC.md 3.3: IEEE 754 bits, every NaN the canonical NaN), but with -0.0 \
             written as 0.0",
});

/// The layout of an `f64` with its zero folded, shared by `OrderedFloat<f64>` and
/// `NotNan<f64>`.
const FOLDED_F64: Shape = Shape::Custom(Custom {
    name: "ordered_float::f64",
    version: 1,
    layout: "as f64 (SPEC.md 3.3: IEEE 754 bits, every NaN the canonical NaN), but with -0.0 \
             written as 0.0",
});

/// An impl that writes the float with its zero folded; the sink makes every NaN canonical.
macro_rules! folded_float_impls {
    ($($wrapper:ident<$float:ty> => $write:ident, $size:expr, $shape:expr;)*) => {$(
        #[doc = concat!(
            "As `", stringify!($float), "`, with `-0.0` written as `0.0` (they are `==`); ",
            "every NaN is the canonical NaN."
        )]
        impl ByteRepr for $wrapper<$float> {
            const ENCODED_SIZE: Option<usize> = Some($size);
            const SCHEMA: &'static Schema = &Schema::new::<Self>($shape);

            #[inline]
            fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
                // `+ 0.0` turns `-0.0` into `0.0` (IEEE 754 rounding to nearest) and leaves
                // every other value, NaN included, a value `==` holds equal to it.
                sink.$write(self.into_inner() + 0.0)
            }
        }
    )*};
}

folded_float_impls! {
    OrderedFloat<f32> => write_f32, size::F32, FOLDED_F32;
    OrderedFloat<f64> => write_f64, size::F64, FOLDED_F64;
    NotNan<f32> => write_f32, size::F32, FOLDED_F32;
    NotNan<f64> => write_f64, size::F64, FOLDED_F64;
}
