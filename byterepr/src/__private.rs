//! Items for generated code only; not part of the API, may change in any release. Derived
//! impls name nothing else of this crate but the traits, so what they need is all here.

pub use crate::sink::size;

/// Calls the function of `#[byterepr(with = function)]` on a field of type `T`. Going
/// through this bound, a function of the wrong signature is reported once, at its path,
/// with the signature it needs.
#[inline]
pub fn call_with<T, S, F>(function: F, field: &T, sink: &mut S) -> Result<(), S::Error>
where
    T: ?Sized,
    S: crate::Sink + ?Sized,
    F: FnOnce(&T, &mut S) -> Result<(), S::Error>,
{
    function(field, sink)
}
