//! [`SchemaGraph`]: a type's schema and every schema it reaches, walked once into owned data.

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::{Custom, Field, FieldKind, Order, Scalar, Schema, SchemaFn, Shape};
use crate::ByteRepr;

/// The schema graph of `T`: `T`'s [`Schema`] and every schema it reaches through its parts,
/// walked once into owned data that can be printed, parsed back, compared
/// ([`diff_schemas`](super::diff_schemas)) and fingerprinted.
///
/// Types are identified by their name ([`Schema::type_name`]), so the walk of a recursive or
/// mutually recursive type ends, and a type behind `Box`, `Rc` or `Arc` (which share the
/// pointee's schema) is the pointee. The order is deterministic: depth first from the root,
/// fields in declaration order, variants in declaration order.
///
/// Its `Display` is the text of a pin file (see [`pin`](crate::pin())).
///
/// ```
/// #[derive(byterepr::ByteRepr)]
/// #[byterepr(domain = "shop.item/1")]
/// struct Item { qty: u8, tree: Option<Box<Item>> }
///
/// let graph = byterepr::schema::<Item>();
/// // The root first: the struct (which refers to itself through the `Option<Box<Item>>`).
/// assert!(graph.types()[0].name.ends_with("Item"));
/// let byterepr::schema::TypeBody::Struct(body) = &graph.types()[0].body else { panic!() };
/// assert_eq!(body.domain.as_deref(), Some("shop.item/1"));
/// assert_eq!(body.fields.len(), 2);
/// ```
#[must_use]
pub fn schema<T: ByteRepr + ?Sized>() -> SchemaGraph {
    SchemaGraph::of(T::SCHEMA)
}

/// A type's schema and the schemas it reaches, as owned data: what [`schema`](crate::schema())
/// returns and what a pin file holds.
///
/// Shapes with no name of their own in the bytes (scalars, strings, sequences, arrays,
/// tuples, options, results, maps and sets) are [`TypeRef`] expressions, written in place;
/// the others (structs, enums, the crate's custom layouts and opaque types) are
/// [`GraphType`]s, listed once each in [`types`](SchemaGraph::types) and referred to by
/// index, which is how a recursive type refers to itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaGraph {
    /// The root type.
    pub root: TypeRef,
    /// Every named type reached from the root, in depth-first order of first reach.
    pub types: Vec<GraphType>,
    /// The [`FORMAT_VERSION`](crate::FORMAT_VERSION) the graph was made (or its pin file
    /// written) under: the bytes of every value depend on it too.
    pub format_version: u32,
}

/// A type expression: an anonymous shape written in place, or a named type by its index in
/// [`SchemaGraph::types`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TypeRef {
    /// A number, `bool`, `char` or `()`.
    Scalar(Scalar),
    /// A string.
    Str,
    /// A sequence: its length, then its elements.
    Seq(Box<TypeRef>),
    /// `len` elements, no length.
    Array {
        /// How many elements.
        len: u64,
        /// The elements.
        item: Box<TypeRef>,
    },
    /// Each part in order.
    Tuple(Vec<TypeRef>),
    /// `Option`.
    OptionOf(Box<TypeRef>),
    /// `Result`.
    ResultOf {
        /// The `Ok` value.
        ok: Box<TypeRef>,
        /// The `Err` value.
        err: Box<TypeRef>,
    },
    /// A map, its entries written in `order`.
    Map {
        /// The keys.
        key: Box<TypeRef>,
        /// The values.
        value: Box<TypeRef>,
        /// The order of the entries.
        order: Order,
    },
    /// A set, its elements written in `order`.
    Set {
        /// The elements.
        item: Box<TypeRef>,
        /// The order of the elements.
        order: Order,
    },
    /// A named type: an index into [`SchemaGraph::types`].
    Named(usize),
}

/// A struct, enum, custom layout or opaque type of a [`SchemaGraph`], with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphType {
    /// The Rust type's name ([`core::any::type_name`]); not part of the bytes, except for an
    /// opaque type.
    pub name: String,
    /// What it writes.
    pub body: TypeBody,
}

/// What a named type of a [`SchemaGraph`] writes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TypeBody {
    /// A struct (also std types written as a fixed list of parts).
    Struct(StructBody),
    /// An enum.
    Enum(EnumBody),
    /// A layout of this crate, by name and version ([`Shape::Custom`]).
    Custom {
        /// The layout's name.
        name: String,
        /// The layout's version.
        version: u32,
        /// The layout in words.
        layout: String,
    },
    /// A hand-written impl that does not describe itself: known by the type's name only.
    Opaque,
}

/// A struct of a [`SchemaGraph`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructBody {
    /// The domain string written first, if any.
    pub domain: Option<String>,
    /// Whether the fields are written as a length-delimited block (SPEC.md 3.15).
    pub evolving: bool,
    /// Every field, skipped ones included, in declaration order.
    pub fields: Vec<GraphField>,
}

/// An enum of a [`SchemaGraph`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumBody {
    /// The domain string written first, if any.
    pub domain: Option<String>,
    /// Whether each variant's fields are written as a length-delimited block.
    pub evolving: bool,
    /// Every variant, in declaration order.
    pub variants: Vec<GraphVariant>,
}

/// A variant of an [`EnumBody`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphVariant {
    /// The variant's name (not part of the bytes).
    pub name: String,
    /// The tag written before its fields.
    pub tag: u32,
    /// Its fields, skipped ones included, in declaration order.
    pub fields: Vec<GraphField>,
}

/// A field of a [`StructBody`] or [`GraphVariant`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphField {
    /// The field's name, or its position in a tuple struct (not part of the bytes).
    pub name: String,
    /// How it is written.
    pub kind: GraphFieldKind,
    /// `#[byterepr(added)]`.
    pub added: bool,
}

/// How a [`GraphField`] is written ([`FieldKind`] as owned data).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GraphFieldKind {
    /// By its type's impl.
    Encoded(TypeRef),
    /// Not at all.
    Skipped,
    /// By a function, known by its path and the field's type as written.
    With {
        /// The function's path.
        function: String,
        /// The field's type as written.
        ty: String,
    },
    /// By an adapter, known by its type name and the field's type as written.
    As {
        /// The adapter's type name.
        adapter: String,
        /// The field's type as written.
        ty: String,
    },
    /// Through the serde bridge, known by the field's type as written.
    Serde {
        /// The field's type as written.
        ty: String,
    },
}

impl SchemaGraph {
    /// The graph of the type whose schema is `schema`.
    ///
    /// ```
    /// let graph = byterepr::schema::SchemaGraph::of(byterepr::schema::of::<u8>());
    /// assert_eq!(graph, byterepr::schema::<u8>());
    /// ```
    #[must_use]
    pub fn of(schema: &'static Schema) -> SchemaGraph {
        let mut walk = Walk {
            names: Vec::new(),
            types: Vec::new(),
        };
        let root = walk.type_ref(schema);
        SchemaGraph {
            root,
            // Every body is filled once its walk returns.
            types: walk.types.into_iter().flatten().collect(),
            format_version: crate::FORMAT_VERSION,
        }
    }

    /// The named types, in depth-first order of first reach from the root.
    ///
    /// ```
    /// #[derive(byterepr::ByteRepr)]
    /// struct A(B, C, B);
    /// #[derive(byterepr::ByteRepr)]
    /// struct B;
    /// #[derive(byterepr::ByteRepr)]
    /// struct C;
    /// let graph = byterepr::schema::<A>();
    /// let names: Vec<_> = graph.types().iter().map(|t| t.name.rsplit("::").next().unwrap()).collect();
    /// assert_eq!(names, ["A", "B", "C"]);
    /// ```
    #[must_use]
    pub fn types(&self) -> &[GraphType] {
        &self.types
    }

    /// The named type `TypeRef::Named(index)` refers to.
    ///
    /// # Panics
    /// When `index` is not an index of [`types`](SchemaGraph::types).
    ///
    /// ```
    /// #[derive(byterepr::ByteRepr)]
    /// struct A(u8);
    /// let graph = byterepr::schema::<A>();
    /// assert!(graph.get(0).name.ends_with("A"));
    /// ```
    #[must_use]
    pub fn get(&self, index: usize) -> &GraphType {
        &self.types[index]
    }

    /// The root's type name: a named root's name, or the rendered expression of an anonymous
    /// one (`seq u8`).
    ///
    /// ```
    /// assert_eq!(byterepr::schema::SchemaGraph::of(byterepr::schema::of::<A>()).root_name(),
    ///            core::any::type_name::<A>());
    /// #[derive(byterepr::ByteRepr)]
    /// struct A(u8);
    /// ```
    #[must_use]
    pub fn root_name(&self) -> String {
        match &self.root {
            TypeRef::Named(index) => self.types[*index].name.clone(),
            other => super::text::render_ref(self, other),
        }
    }
}

/// The walk that builds a graph: named types by name, in order of first reach.
struct Walk {
    names: Vec<&'static str>,
    /// `None` while a type's body is being walked (its parts may refer back to it).
    types: Vec<Option<GraphType>>,
}

impl Walk {
    fn type_ref(&mut self, schema: &'static Schema) -> TypeRef {
        let sub = |walk: &mut Walk, f: SchemaFn| Box::new(walk.type_ref(f()));
        match schema.shape {
            Shape::Scalar(scalar) => TypeRef::Scalar(scalar),
            Shape::Str => TypeRef::Str,
            Shape::Seq(item) => TypeRef::Seq(sub(self, item)),
            Shape::Array { len, item } => TypeRef::Array {
                len: len as u64,
                item: sub(self, item),
            },
            Shape::Tuple(parts) => {
                TypeRef::Tuple(parts.iter().map(|f| self.type_ref(f())).collect())
            }
            Shape::OptionOf(item) => TypeRef::OptionOf(sub(self, item)),
            Shape::ResultOf { ok, err } => TypeRef::ResultOf {
                ok: sub(self, ok),
                err: sub(self, err),
            },
            Shape::Map { key, value, order } => TypeRef::Map {
                key: sub(self, key),
                value: sub(self, value),
                order,
            },
            Shape::Set { item, order } => TypeRef::Set {
                item: sub(self, item),
                order,
            },
            Shape::Struct(_) | Shape::Enum(_) | Shape::Custom(_) | Shape::Opaque => {
                TypeRef::Named(self.named(schema))
            }
        }
    }

    fn named(&mut self, schema: &'static Schema) -> usize {
        let name = schema.name();
        if let Some(index) = self.names.iter().position(|n| *n == name) {
            return index;
        }
        let index = self.names.len();
        self.names.push(name);
        self.types.push(None);
        let body = match schema.shape {
            Shape::Struct(s) => TypeBody::Struct(StructBody {
                domain: s.domain.map(ToString::to_string),
                evolving: s.evolving,
                fields: self.fields(s.fields),
            }),
            Shape::Enum(e) => TypeBody::Enum(EnumBody {
                domain: e.domain.map(ToString::to_string),
                evolving: e.evolving,
                variants: e
                    .variants
                    .iter()
                    .map(|v| GraphVariant {
                        name: v.name.to_string(),
                        tag: v.tag,
                        fields: self.fields(v.fields),
                    })
                    .collect(),
            }),
            Shape::Custom(Custom {
                name,
                version,
                layout,
            }) => TypeBody::Custom {
                name: name.to_string(),
                version,
                layout: layout.to_string(),
            },
            _ => TypeBody::Opaque,
        };
        self.types[index] = Some(GraphType {
            name: name.to_string(),
            body,
        });
        index
    }

    fn fields(&mut self, fields: &'static [Field]) -> Vec<GraphField> {
        fields
            .iter()
            .map(|field| GraphField {
                name: field.name.to_string(),
                added: field.added,
                kind: match field.kind {
                    FieldKind::Encoded(f) => GraphFieldKind::Encoded(self.type_ref(f())),
                    FieldKind::Skipped => GraphFieldKind::Skipped,
                    FieldKind::With { function, ty } => GraphFieldKind::With {
                        function: function.to_string(),
                        ty: ty.to_string(),
                    },
                    FieldKind::As { adapter, ty } => GraphFieldKind::As {
                        adapter: adapter().to_string(),
                        ty: ty.to_string(),
                    },
                    FieldKind::Serde { ty } => GraphFieldKind::Serde { ty: ty.to_string() },
                },
            })
            .collect()
    }
}
