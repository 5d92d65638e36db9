//! Items for generated code only; not part of the API, may change in any release. Derived
//! impls name nothing else of this crate but the traits, so what they need is all here.

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
