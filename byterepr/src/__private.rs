//! Items for generated code only; not part of the API, may change in any release. Derived
//! impls name nothing else of this crate but the traits, so what they need is all here.

pub use crate::sink::size;
