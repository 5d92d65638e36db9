//! Impls for types of other crates, one file per crate, each behind the feature named after
//! it.
//!
//! The rule for all of them (SPEC.md 3.16): the bytes agree with the crate's own `Eq`. Two
//! values that are `==` encode the same and two that are `!=` encode differently, whatever
//! the crate keeps inside (a `Decimal`'s scale, a `DateTime`'s offset, an `IndexMap`'s
//! order). Where a type has no `Eq` (`f16`), the bytes follow the rule of the nearest std
//! type instead, and its file says so.

/// `ByteRepr` for types that encode exactly as a `str` or slice they lend (`Url` as its
/// serialization, `ArrayVec` as its slice): one definition of that delegation. `as $repr`
/// names the type lent, whose schema's shape is the type's own.
#[allow(
    unused_macros,
    reason = "used only by the foreign features that are enabled"
)]
macro_rules! encodes_as {
    ($(
        $(#[$doc:meta])*
        [$($generics:tt)*] $ty:ty $(where [$($bounds:tt)*])? as $repr:ty
            => |$this:ident| $inner:expr;
    )*) => {$(
        $(#[$doc])*
        impl<$($generics)*> $crate::ByteRepr for $ty $(where $($bounds)*)? {
            const SCHEMA: &'static $crate::schema::Schema = &$crate::schema::Schema::new::<Self>(
                <$repr as $crate::ByteRepr>::SCHEMA.shape,
            );

            #[inline]
            fn write_to<S: $crate::Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
                let $this = self;
                $crate::ByteRepr::write_to($inner, sink)
            }

            #[inline]
            fn encoded_len(&self) -> usize {
                let $this = self;
                $crate::ByteRepr::encoded_len($inner)
            }
        }
    )*};
}

#[cfg(feature = "arrayvec")]
mod arrayvec;
#[cfg(feature = "bytes")]
mod bytes;
#[cfg(any(feature = "chrono", feature = "time", feature = "jiff"))]
mod calendar;
#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "half")]
mod half;
#[cfg(feature = "hashbrown")]
mod hashbrown;
#[cfg(feature = "indexmap")]
mod indexmap;
#[cfg(feature = "jiff")]
mod jiff;
#[cfg(feature = "ordered-float")]
mod ordered_float;
#[cfg(feature = "rust_decimal")]
mod rust_decimal;
#[cfg(feature = "semver")]
mod semver;
#[cfg(feature = "serde_json")]
mod serde_json;
#[cfg(feature = "smallvec")]
mod smallvec;
#[cfg(feature = "time")]
mod time;
#[cfg(feature = "url")]
mod url;
#[cfg(feature = "uuid")]
mod uuid;
