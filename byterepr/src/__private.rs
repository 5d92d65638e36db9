//! Items for generated code only; not part of the API, may change in any release. Derived
//! impls name nothing else of this crate but the traits, so what they need is all here.

/// The derived `SCHEMA` constant, kept with feature `schema` and dropped without it. The
/// derive emits the constant only with that feature (byterepr's `schema` turns on the
/// derive's), so derived impls pay its compile time only where something can read it; this
/// keeps the two in step should the derive ever be built with the feature and this crate
/// without it.
pub use crate::__schema_const as schema_const;
pub use crate::explain::Part;
pub use crate::hash::hash_canonical;
pub use crate::impls::fields;
pub use crate::schema;

/// See [`schema_const`].
#[cfg(feature = "schema")]
#[doc(hidden)]
#[macro_export]
macro_rules! __schema_const {
    ($($item:tt)*) => { $($item)* };
}

/// See [`schema_const`].
#[cfg(not(feature = "schema"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __schema_const {
    ($($item:tt)*) => {};
}
pub use crate::sink::size;

/// Whether an `#[byterepr(added)]` field holds its type's default, and is therefore left out
/// of its type's block when no later added field is written.
///
/// The bound is a trait of its own so that a field type without `Default` or `PartialEq` is
/// reported with what the derive needs, under the field's type.
#[diagnostic::on_unimplemented(
    message = "an added field must implement `Default` and `PartialEq`, and `{Self}` does not",
    label = "the type of this `#[byterepr(added)]` field",
    note = "a field marked `added` is left out of the encoding while it equals its `Default`, \
            which needs `Default` to make that value and `PartialEq` to compare with it"
)]
pub trait AddedField {
    /// Whether `self` equals `Self::default()`.
    fn is_default(&self) -> bool;
}

impl<T: Default + PartialEq> AddedField for T {
    #[inline]
    fn is_default(&self) -> bool {
        *self == T::default()
    }
}

/// The canonical length of what the function of `#[byterepr(with = function)]` writes for
/// `field`: the block length of an evolving type with a `with` field, computed without
/// encoding the rest.
#[inline]
pub fn with_len<T, F>(function: F, field: &T) -> usize
where
    T: ?Sized,
    F: FnOnce(&T, &mut crate::LenCounter) -> Result<(), core::convert::Infallible>,
{
    let mut counter = crate::LenCounter::new();
    match function(field, &mut counter) {
        Ok(()) => counter.len(),
        Err(never) => match never {},
    }
}

/// What a `#[byterepr(serde)]` field writes: the field through the serde bridge, as
/// [`Serde`](crate::Serde) writes it (and panics as it does on a bridge error).
#[cfg(feature = "serde")]
#[inline]
pub fn serde_write<T, S>(field: &T, sink: &mut S) -> Result<(), S::Error>
where
    T: ::serde::Serialize + ?Sized,
    S: crate::Sink + ?Sized,
{
    crate::ByteRepr::write_to(&crate::Serde(field), sink)
}

/// The canonical length of a `#[byterepr(serde)]` field.
#[cfg(feature = "serde")]
#[inline]
pub fn serde_len<T: ::serde::Serialize + ?Sized>(field: &T) -> usize {
    crate::ByteRepr::encoded_len(&crate::Serde(field))
}

/// Without the `serde` feature a `#[byterepr(serde)]` field cannot be written; this trait,
/// implemented by nothing, turns that into one error that says what to do.
#[cfg(not(feature = "serde"))]
#[diagnostic::on_unimplemented(
    message = "`#[byterepr(serde)]` needs the `serde` feature of byterepr",
    label = "this field is written through serde",
    note = "enable it in Cargo.toml: add \"serde\" to the `features` of the byterepr dependency"
)]
pub trait SerdeFeature {}

/// See [`SerdeFeature`]: never callable.
#[cfg(not(feature = "serde"))]
pub fn serde_write<T, S>(_field: &T, _sink: &mut S) -> Result<(), S::Error>
where
    T: SerdeFeature + ?Sized,
    S: crate::Sink + ?Sized,
{
    Ok(())
}

/// See [`SerdeFeature`]: unbounded, so the missing feature is reported once, at
/// [`serde_write`], which every `serde` field calls; a crate that compiles never calls this.
#[cfg(not(feature = "serde"))]
pub fn serde_len<T: ?Sized>(_field: &T) -> usize {
    0
}
