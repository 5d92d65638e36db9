//! [`Fingerprint`]: SHA-256 of the canonical serialization of a [`SchemaGraph`].

use alloc::vec::Vec;
use core::fmt;

use super::Order;
use super::graph::{GraphField, GraphFieldKind, SchemaGraph, TypeBody, TypeRef};
use crate::{ByteRepr, Sink};

/// The fingerprint of `T`'s schema: 32 bytes that change exactly when the schema changes in
/// a way that can change some value's bytes.
///
/// It is the SHA-256 of a canonical serialization of [`schema::<T>()`](crate::schema())
/// that holds what decides bytes and nothing else:
///
/// - in: the format version; every shape and scalar kind; the written fields in order, each
///   with its kind, its schema and its `added` flag; domains and `evolving` flags; variant
///   tags (variants sorted by tag, so reordering their declarations with the same tags
///   changes nothing); array lengths; map and set orders; a custom layout's name, version
///   and description; an opaque type's name (all that is known of it); a `with` field's
///   function path and type as written, an `as` field's adapter and type, a `serde` field's
///   type.
/// - out: the names of types (other than opaque ones), fields and variants, which are not
///   in the bytes; and skipped fields, which write nothing, so adding, removing or moving
///   one keeps the fingerprint (a pin still reports it, as a compatible change).
///
/// A named type reached a second time (a recursive type reaching itself) is serialized as
/// a back-reference: its index in the order named types were first reached.
///
/// ```
/// mod v1 {
///     #[derive(byterepr::ByteRepr)]
///     pub struct Order { pub id: u32, pub total: u64 }
/// }
/// mod v2 {
///     #[derive(byterepr::ByteRepr)]
///     pub struct Purchase { pub number: u32, pub total: u64 } // renamed: same bytes
/// }
/// mod v3 {
///     #[derive(byterepr::ByteRepr)]
///     pub struct Order { pub total: u64, pub id: u32 } // reordered: other bytes
/// }
/// let a = byterepr::fingerprint::<v1::Order>();
/// assert_eq!(a, byterepr::fingerprint::<v2::Purchase>());
/// assert_ne!(a, byterepr::fingerprint::<v3::Order>());
/// assert_eq!(a.to_hex().len(), 64);
/// ```
#[must_use]
pub fn fingerprint<T: ByteRepr + ?Sized>() -> Fingerprint {
    crate::schema::<T>().fingerprint()
}

/// A schema's fingerprint: 32 bytes, shown as lowercase hex (see [`fingerprint`](crate::fingerprint())).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint([u8; 32]);

impl Fingerprint {
    /// The 32 bytes.
    ///
    /// ```
    /// assert_eq!(byterepr::fingerprint::<u8>().as_bytes().len(), 32);
    /// ```
    #[must_use]
    pub const fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The lowercase hex of the 32 bytes (64 characters), the form `Display` writes.
    ///
    /// ```
    /// let fp = byterepr::fingerprint::<u8>();
    /// assert_eq!(fp.to_hex(), fp.to_string());
    /// ```
    #[must_use]
    pub fn to_hex(&self) -> alloc::string::String {
        alloc::format!("{self}")
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl SchemaGraph {
    /// The graph's [`Fingerprint`] (what [`fingerprint`](crate::fingerprint()) returns for
    /// the graph of a type).
    ///
    /// ```
    /// let graph = byterepr::schema::<(u8, u16)>();
    /// assert_eq!(graph.fingerprint(), byterepr::fingerprint::<(u8, u16)>());
    /// ```
    #[must_use]
    pub fn fingerprint(&self) -> Fingerprint {
        let mut out = Canon {
            graph: self,
            bytes: Vec::new(),
            seen: Vec::new(),
        };
        out.str("byterepr schema fingerprint/1");
        out.bytes.write_u32(self.format_version).ok();
        out.type_ref(&self.root);
        Fingerprint(crate::sha256(out.bytes.as_slice()))
    }
}

/// The canonical serialization: tags, `write_len` counts, strings as `write_str`.
struct Canon<'a> {
    graph: &'a SchemaGraph,
    bytes: Vec<u8>,
    /// Named types by index in the graph, in the order this walk first reached them.
    seen: Vec<usize>,
}

impl Canon<'_> {
    fn tag(&mut self, tag: u8) {
        self.bytes.write_u8(tag).ok();
    }

    fn len(&mut self, len: usize) {
        self.bytes.write_len(len).ok();
    }

    fn str(&mut self, s: &str) {
        self.bytes.write_str(s).ok();
    }

    fn order(&mut self, order: Order) {
        self.tag(match order {
            Order::Sorted => 0,
            Order::ByBytes => 1,
            Order::Insertion => 2,
        });
    }

    fn domain(&mut self, domain: Option<&str>, evolving: bool) {
        match domain {
            Some(domain) => {
                self.tag(1);
                self.str(domain);
            }
            None => self.tag(0),
        }
        self.tag(u8::from(evolving));
    }

    fn type_ref(&mut self, ty: &TypeRef) {
        match ty {
            TypeRef::Scalar(scalar) => {
                self.tag(0);
                self.str(scalar.name());
            }
            TypeRef::Str => self.tag(1),
            TypeRef::Seq(item) => {
                self.tag(2);
                self.type_ref(item);
            }
            TypeRef::Array { len, item } => {
                self.tag(3);
                self.bytes.write_u64(*len).ok();
                self.type_ref(item);
            }
            TypeRef::Tuple(parts) => {
                self.tag(4);
                self.len(parts.len());
                for part in parts {
                    self.type_ref(part);
                }
            }
            TypeRef::OptionOf(item) => {
                self.tag(5);
                self.type_ref(item);
            }
            TypeRef::ResultOf { ok, err } => {
                self.tag(6);
                self.type_ref(ok);
                self.type_ref(err);
            }
            TypeRef::Map { key, value, order } => {
                self.tag(7);
                self.order(*order);
                self.type_ref(key);
                self.type_ref(value);
            }
            TypeRef::Set { item, order } => {
                self.tag(8);
                self.order(*order);
                self.type_ref(item);
            }
            TypeRef::Named(index) => {
                if let Some(back) = self.seen.iter().position(|i| i == index) {
                    self.tag(10);
                    self.len(back);
                } else {
                    self.seen.push(*index);
                    self.tag(9);
                    self.body(*index);
                }
            }
        }
    }

    fn body(&mut self, index: usize) {
        let graph = self.graph;
        let ty = &graph.types[index];
        match &ty.body {
            TypeBody::Struct(body) => {
                self.tag(0);
                self.domain(body.domain.as_deref(), body.evolving);
                self.fields(&body.fields);
            }
            TypeBody::Enum(body) => {
                self.tag(1);
                self.domain(body.domain.as_deref(), body.evolving);
                let mut variants: Vec<_> = body.variants.iter().collect();
                variants.sort_by_key(|v| v.tag);
                self.len(variants.len());
                for variant in variants {
                    self.bytes.write_u32(variant.tag).ok();
                    self.fields(&variant.fields);
                }
            }
            TypeBody::Custom {
                name,
                version,
                layout,
            } => {
                self.tag(2);
                self.str(name);
                self.bytes.write_u32(*version).ok();
                self.str(layout);
            }
            TypeBody::Opaque => {
                self.tag(3);
                self.str(&ty.name);
            }
        }
    }

    fn fields(&mut self, fields: &[GraphField]) {
        let written: Vec<&GraphField> = fields
            .iter()
            .filter(|f| !matches!(f.kind, GraphFieldKind::Skipped))
            .collect();
        self.len(written.len());
        for field in written {
            self.tag(u8::from(field.added));
            match &field.kind {
                GraphFieldKind::Encoded(ty) => {
                    self.tag(0);
                    self.type_ref(ty);
                }
                GraphFieldKind::With { function, ty } => {
                    self.tag(1);
                    self.str(function);
                    self.str(ty);
                }
                GraphFieldKind::As { adapter, ty } => {
                    self.tag(2);
                    self.str(adapter);
                    self.str(ty);
                }
                GraphFieldKind::Serde { ty } => {
                    self.tag(3);
                    self.str(ty);
                }
                GraphFieldKind::Skipped => {}
            }
        }
    }
}
