//! The fields of a derived struct or variant, written, measured and listed as one tuple of
//! references: what lets a derived impl be one call per method, which rustc checks once here
//! instead of once per field in every crate that derives.
//!
//! A derived impl whose fields are all plain (no `with`, `as` or `serde`, at most 16, none
//! leading back to the type, not `evolving`) calls [`Fields::write_fields`] on
//! `(&self.a, &self.b, ..)` with a constant array of the fields' [`Part`]s, so `explain`
//! still names each field. What it saves: "Compile time of the derive" in BENCHMARKS.md.
//!
//! A field whose type has no impl is reported under that type by the derived
//! `ENCODED_SIZE`, which names each field's impl; the tuple's impls are
//! `#[diagnostic::do_not_recommend]`, so that the calls here add one short error at the
//! type's name that says where to look, rather than repeating the field's.

use crate::Sink;
use crate::explain::Part;
#[cfg(feature = "schema")]
use crate::schema::{Field, FieldKind, SchemaFn};

/// A tuple of references to the fields of one struct or variant, in declaration order.
#[diagnostic::on_unimplemented(
    message = "a field of this type has no byte encoding: see the error under the field's type",
    label = "the fields `{Self}` cannot all be written",
    note = "every field written by `#[derive(ByteRepr)]` needs a `ByteRepr` impl of its type"
)]
pub trait Fields {
    /// The fields' fixed size together, `None` when one of them varies.
    const SIZE: Option<usize>;

    /// The fields' schemas, in order ([`encoded_fields`] names them).
    #[cfg(feature = "schema")]
    const SCHEMAS: &'static [SchemaFn];

    /// Writes each field between its mark from `parts`, one [`Part::Field`] per field (a
    /// slice, not an array typed by the tuple: a type naming the tuple would fail with it,
    /// at the call, a second time).
    ///
    /// # Errors
    /// The sink's first error.
    fn write_fields<S: Sink + ?Sized>(
        &self,
        parts: &'static [Part],
        sink: &mut S,
    ) -> Result<(), S::Error>;

    /// The fields' encoded lengths added up, saturating: [`Fields::SIZE`] when they have one.
    fn fields_len(&self) -> usize;

    /// Writes a variant with these fields: its mark, its tag, then the fields as
    /// [`Fields::write_fields`] does.
    ///
    /// # Errors
    /// The sink's first error.
    #[inline]
    fn write_variant<S: Sink + ?Sized>(
        &self,
        variant: &'static Part,
        tag: u32,
        parts: &'static [Part],
        sink: &mut S,
    ) -> Result<(), S::Error> {
        sink.begin_part(variant);
        sink.write_tag(tag)?;
        self.write_fields(parts, sink)?;
        sink.end_part();
        Ok(())
    }
}

#[diagnostic::do_not_recommend]
impl Fields for () {
    const SIZE: Option<usize> = Some(0);
    #[cfg(feature = "schema")]
    const SCHEMAS: &'static [SchemaFn] = &[];

    #[inline]
    fn write_fields<S: Sink + ?Sized>(
        &self,
        _parts: &'static [Part],
        _sink: &mut S,
    ) -> Result<(), S::Error> {
        Ok(())
    }

    #[inline]
    fn fields_len(&self) -> usize {
        0
    }
}

// The impls for tuples of 1 to 16 references are generated beside the tuples' own
// `ByteRepr` impls, in `impls/tuples.rs`, from the same list of arities.

/// The schema's fields of a struct or variant whose fields are one [`Fields`] tuple: each
/// of `names` written by its type's impl, whose schema is the same entry of `schemas`
/// (`<(&A, &B, ..) as Fields>::SCHEMAS`). One call instead of a `Field` literal per field
/// in every derived `SCHEMA`: rustc evaluates the `SCHEMA` of every type without generics
/// while compiling it, and checking and evaluating the literals (each indexing `schemas`)
/// cost the benchmark crate 13% more than this loop.
#[cfg(feature = "schema")]
#[must_use]
pub const fn encoded_fields<const N: usize>(
    names: [&'static str; N],
    schemas: &[SchemaFn],
) -> [Field; N] {
    let mut fields = [Field {
        name: "",
        kind: FieldKind::Skipped,
        added: false,
    }; N];
    let mut index = 0;
    while index < N {
        fields[index] = Field {
            name: names[index],
            kind: FieldKind::Encoded(schemas[index]),
            added: false,
        };
        index += 1;
    }
    fields
}
