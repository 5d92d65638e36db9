//! `ByteRepr` impls for core, alloc and std types, one module per family.
//!
//! SPEC.md is the normative description of each encoding; the modules implement it. The
//! impls for other crates' types are in `foreign`, one file and one feature per crate.

use crate::schema::{Field, FieldKind, SchemaFn, Shape, Struct, Variant};

mod algebraic;
pub mod fields;
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

/// A part of a std or foreign type that writes a fixed list of parts (`Duration`'s `secs`),
/// written by its own type's impl: a field of the type's [`Shape::Struct`] or variant.
pub(crate) const fn part(name: &'static str, schema: SchemaFn) -> Field {
    Field {
        name,
        kind: FieldKind::Encoded(schema),
        added: false,
    }
}

/// The shape of a type that writes a fixed list of parts, one after another, and no domain.
pub(crate) const fn parts(fields: &'static [Field]) -> Shape {
    Shape::Struct(Struct {
        domain: None,
        evolving: false,
        fields,
    })
}

/// The shape of a type that writes a variant's tag, then that variant's parts, and no domain.
pub(crate) const fn variants(variants: &'static [Variant]) -> Shape {
    Shape::Enum(crate::schema::Enum {
        domain: None,
        evolving: false,
        variants,
    })
}
