//! What decides a type's bytes, as data: [`Schema`], the shape of a type's encoding (field
//! order, each field's schema, variants and their tags, domains, sequences, maps, options,
//! the foreign types' layouts by name and version), without any value.
//!
//! Every [`ByteRepr`] type has one, as the constant [`ByteRepr::SCHEMA`]: the derive writes
//! it for derived types (with the feature `schema`, off by default: enable it where pins
//! run, e.g. under `[dev-dependencies]`; without it a derived type's is the opaque default),
//! this crate for the std and foreign types, and a hand-written impl that does not set it is
//! [`Shape::Opaque`], known by its type name only. A schema names its
//! parts' schemas through functions ([`SchemaFn`]), not by value, so recursive and mutually
//! recursive types have finite schemas, and a schema costs nothing until something reads it:
//! encoding never does.
//!
//! This module owns the schema's types; the walk over a type's schema graph, its
//! fingerprint and the pin files live in its submodules:
//!
//! - [`schema::<T>()`](crate::schema()) (feature `schema`): the [`SchemaGraph`] of `T`, every
//!   schema `T` reaches, as owned data; its `Display` is the pin text, which
//!   [`SchemaGraph::parse`] reads back.
//! - [`fingerprint::<T>()`](crate::fingerprint()) (features `schema` and `sha256`): 32 bytes
//!   that change exactly when the schema changes in a way that can change some value's bytes.
//! - [`diff_schemas`] (feature `schema`): the changes between two graphs, each with its path
//!   and its [`Verdict`], compatible (every existing value keeps its bytes) or breaking.
//! - [`pin::<T>(path)`](crate::pin()) and [`check_pin`] (features `schema` and `std`): a test that keeps
//!   `T`'s schema in a text file in the repository and says, on a change, what it does to
//!   stored hashes and how to accept it.

use crate::ByteRepr;

#[cfg(feature = "schema")]
mod diff;
#[cfg(all(feature = "schema", feature = "sha256"))]
mod fprint;
#[cfg(feature = "schema")]
mod graph;
#[cfg(all(feature = "schema", feature = "std"))]
mod pins;
#[cfg(feature = "schema")]
mod text;

#[cfg(feature = "schema")]
pub use diff::{Change, ChangeKind, SchemaDiff, Verdict, diff_schemas};
#[cfg(all(feature = "schema", feature = "sha256"))]
pub use fprint::{Fingerprint, fingerprint};
#[cfg(feature = "schema")]
pub use graph::{
    EnumBody, GraphField, GraphFieldKind, GraphType, GraphVariant, SchemaGraph, StructBody,
    TypeBody, TypeRef, schema,
};
#[cfg(all(feature = "schema", feature = "std"))]
pub use pins::{PinError, PinOptions, PinStatus, check_graph, check_pin, check_pin_with, pin};
#[cfg(feature = "schema")]
pub use text::ParseError;

/// A function giving a type's schema: how a schema refers to the schemas of its parts
/// ([`of::<T>`](of) for a part of type `T`). A function, so that a recursive type's schema
/// refers to itself without being infinite.
pub type SchemaFn = fn() -> &'static Schema;

/// The schema of `T`: [`ByteRepr::SCHEMA`] as a function, the form a [`SchemaFn`] takes.
#[must_use]
#[inline]
pub fn of<T: ByteRepr + ?Sized>() -> &'static Schema {
    T::SCHEMA
}

/// The shape of one type's encoding: what decides its bytes, and the type's name.
#[derive(Debug, Clone, Copy)]
pub struct Schema {
    /// The Rust type described ([`core::any::type_name`]), for messages and pin files only:
    /// a type's name is not part of its bytes, so it is not part of its fingerprint either
    /// (except for [`Shape::Opaque`], whose name is all there is).
    pub type_name: fn() -> &'static str,
    /// What the type writes.
    pub shape: Shape,
}

impl Schema {
    /// The schema of a type whose impl does not describe itself: [`Shape::Opaque`] under
    /// the type's name. The default of [`ByteRepr::SCHEMA`].
    #[must_use]
    pub const fn opaque<T: ?Sized>() -> Self {
        Schema {
            type_name: core::any::type_name::<T>,
            shape: Shape::Opaque,
        }
    }

    /// The schema of `T` with the given shape.
    #[must_use]
    pub const fn new<T: ?Sized>(shape: Shape) -> Self {
        Schema {
            type_name: core::any::type_name::<T>,
            shape,
        }
    }

    /// The described type's name ([`core::any::type_name`]).
    #[must_use]
    pub fn name(&self) -> &'static str {
        (self.type_name)()
    }
}

/// What a type writes, part by part (SPEC.md section 3 gives each encoding).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Shape {
    /// One number, `bool`, `char` or nothing, written by one typed method.
    Scalar(Scalar),
    /// A string: its length in bytes, then its UTF-8 bytes (`str`, `String`, `Cow<str>`).
    Str,
    /// A sequence: its length, then each element (`[T]`, `Vec<T>`, `VecDeque<T>`, ...).
    Seq(SchemaFn),
    /// A fixed number of elements and no length (`[T; N]`).
    Array {
        /// How many elements.
        len: usize,
        /// Each element's schema.
        item: SchemaFn,
    },
    /// Each part in order, no length (tuples).
    Tuple(&'static [SchemaFn]),
    /// Tag 0, or tag 1 and the value (`Option<T>`).
    OptionOf(SchemaFn),
    /// Tag 0 and the `Ok` value, or tag 1 and the `Err` value (`Result<T, E>`).
    ResultOf {
        /// The `Ok` value's schema.
        ok: SchemaFn,
        /// The `Err` value's schema.
        err: SchemaFn,
    },
    /// A map: its length, then each entry's key and value, in `order`.
    Map {
        /// The keys' schema.
        key: SchemaFn,
        /// The values' schema.
        value: SchemaFn,
        /// The order the entries are written in.
        order: Order,
    },
    /// A set: its length, then each element, in `order`.
    Set {
        /// The elements' schema.
        item: SchemaFn,
        /// The order the elements are written in.
        order: Order,
    },
    /// A struct's fields in order, after its domain (derived types, and std types whose
    /// encoding is a fixed list of parts, such as `Duration`).
    Struct(Struct),
    /// An enum: its domain, a variant's tag, then that variant's fields.
    Enum(Enum),
    /// A layout defined by this crate for a std or foreign type that is none of the shapes
    /// above, known by its name and version: the version changes whenever the layout does.
    Custom(Custom),
    /// A hand-written impl that does not describe itself: only its type name is known.
    Opaque,
}

/// A scalar: the one typed write of a number, a `bool`, a `char`, or no bytes at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[allow(missing_docs, reason = "each variant is the type it names")]
pub enum Scalar {
    U8,
    U16,
    U32,
    U64,
    U128,
    I8,
    I16,
    I32,
    I64,
    I128,
    F32,
    F64,
    Bool,
    Char,
    /// No bytes: `()`, `PhantomData`.
    Unit,
}

impl Scalar {
    /// The scalar's name as it appears in pin files: `u8`, ..., `f64`, `bool`, `char`, `()`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Scalar::U8 => "u8",
            Scalar::U16 => "u16",
            Scalar::U32 => "u32",
            Scalar::U64 => "u64",
            Scalar::U128 => "u128",
            Scalar::I8 => "i8",
            Scalar::I16 => "i16",
            Scalar::I32 => "i32",
            Scalar::I64 => "i64",
            Scalar::I128 => "i128",
            Scalar::F32 => "f32",
            Scalar::F64 => "f64",
            Scalar::Bool => "bool",
            Scalar::Char => "char",
            Scalar::Unit => "()",
        }
    }
}

/// The order a map's entries or a set's elements are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Order {
    /// The keys' `Ord` order (`BTreeMap`, `BTreeSet`).
    Sorted,
    /// Sorted by each entry's encoded bytes (`HashMap`, `HashSet`, `hashbrown`'s and
    /// `indexmap`'s maps and sets: SPEC.md 3.10, 3.16).
    ByBytes,
    /// The collection's own iteration order. No impl of this crate writes in it (an
    /// `IndexMap` is ordered by bytes, like the `HashMap` it stands in for); it is here for
    /// hand-written impls of sequences of pairs whose order is part of the value.
    Insertion,
}

/// The schema of a struct: its domain and its fields, in the order they are written.
#[derive(Debug, Clone, Copy)]
pub struct Struct {
    /// `#[byterepr(domain = "...")]`: the string written first, if any.
    pub domain: Option<&'static str>,
    /// `#[byterepr(evolving)]`: the fields go in a block preceded by its length.
    pub evolving: bool,
    /// Every field, skipped ones included, in declaration order.
    pub fields: &'static [Field],
}

/// The schema of an enum: its domain and its variants.
#[derive(Debug, Clone, Copy)]
pub struct Enum {
    /// `#[byterepr(domain = "...")]`: the string written first, if any.
    pub domain: Option<&'static str>,
    /// `#[byterepr(evolving)]`: each variant's fields go in a block preceded by its length.
    pub evolving: bool,
    /// Every variant, in declaration order, with its tag.
    pub variants: &'static [Variant],
}

/// One variant of an enum.
#[derive(Debug, Clone, Copy)]
pub struct Variant {
    /// The variant's name (not part of the bytes).
    pub name: &'static str,
    /// The tag written before its fields.
    pub tag: u32,
    /// Its fields, skipped ones included, in declaration order.
    pub fields: &'static [Field],
}

/// One field of a struct or variant.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The field's name, or its position (`"0"`) in a tuple struct (not part of the bytes).
    pub name: &'static str,
    /// How the field is written.
    pub kind: FieldKind,
    /// `#[byterepr(added)]`: an appended field of an evolving type.
    pub added: bool,
}

/// How a field is written.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum FieldKind {
    /// By its type's impl.
    Encoded(SchemaFn),
    /// Not at all: `#[byterepr(skip)]`.
    Skipped,
    /// By a function, `#[byterepr(with = path)]`: known by the function's path and the
    /// field's type as written.
    With {
        /// The function's path as written in the attribute.
        function: &'static str,
        /// The field's type as written.
        ty: &'static str,
    },
    /// By an adapter, `#[byterepr(as = Adapter)]`: known by the adapter's type name and the
    /// field's type as written.
    As {
        /// The adapter's type name.
        adapter: fn() -> &'static str,
        /// The field's type as written.
        ty: &'static str,
    },
    /// Through the serde bridge, `#[byterepr(serde)]`: known by the field's type as written.
    Serde {
        /// The field's type as written.
        ty: &'static str,
    },
}

/// A layout this crate defines for a std or foreign type, by name and version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Custom {
    /// The layout's name, usually the type's path (`"uuid::Uuid"`).
    pub name: &'static str,
    /// Changes whenever the layout does.
    pub version: u32,
    /// The layout in words (`"16 bytes, RFC 9562 order"`), as SPEC.md gives it.
    pub layout: &'static str,
}
