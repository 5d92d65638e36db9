//! `ByteRepr` impls for core, alloc and std types, one module per family.
//!
//! SPEC.md is the normative description of each encoding; the modules implement it. The
//! impls for other crates' types are in `foreign`, one file and one feature per crate.

mod algebraic;
mod foreign;
mod net;
mod numbers;
mod sequences;
mod text;
mod time;
mod tuples;

#[cfg(feature = "alloc")]
pub(crate) mod maps;
mod wrappers;
