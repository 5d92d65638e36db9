//! Where each part of a value's bytes comes from: [`Part`], the marks a value's impl gives
//! its sink around each field, element, variant and map entry, and (with `alloc`)
//! [`explain`](crate::explain()) and [`diff`](crate::diff()), which read them.
//!
//! The marks are two provided methods of [`Sink`](crate::Sink),
//! [`begin_part`](crate::Sink::begin_part) and [`end_part`](crate::Sink::end_part), whose
//! bodies do nothing: every sink but the explaining one keeps them, so encoding and hashing
//! compile them away and pay nothing for them.

/// One part of a value, as a value's impl announces it to its sink with
/// [`Sink::begin_part`](crate::Sink::begin_part) before writing it (and
/// [`Sink::end_part`](crate::Sink::end_part) after).
///
/// Parts nest: a field's value may have fields of its own. The path of a part
/// (`items[2].price`) is the parts it is in, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Part {
    /// A field of a struct or of an enum variant, by name (`"0"` in a tuple struct), with
    /// its type as written.
    Field {
        /// The field's name.
        name: &'static str,
        /// The field's type, as written in the type or as [`core::any::type_name`] gives it.
        ty: &'static str,
    },
    /// An element of a sequence, an array, a set or a tuple, by position, with its type.
    Index {
        /// The element's position, from 0.
        index: usize,
        /// The element's type ([`core::any::type_name`]).
        ty: &'static str,
    },
    /// The variant of an enum (and `Some`/`None`, `Ok`/`Err`), its tag included.
    Variant {
        /// The variant's name.
        name: &'static str,
    },
    /// An entry of a map, by its position in the encoding; its key and value follow as
    /// [`Part::Key`] and [`Part::Value`].
    Entry {
        /// The entry's position in the encoding, from 0.
        index: usize,
    },
    /// The key of the map entry it is in.
    Key,
    /// The value of the map entry it is in.
    Value,
    /// The domain string a type with `#[byterepr(domain = "...")]` writes first.
    Domain,
}
