//! The derive's own small AST: the parts of a `syn::DeriveInput` the generator needs, borrowed
//! (so spans come along), with every `#[byterepr(...)]` attribute already parsed.

use proc_macro2::Span;
use syn::{Data, DeriveInput, Generics, Ident, LitStr, Member, Path, Type};

use crate::attr::{self, Bound, FieldMode, PinnedTag, Place, Settings};
use crate::errors::Errors;

/// The type being derived.
pub(crate) struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// `crate = "..."`: the path generated code names the runtime through.
    pub krate: Option<Path>,
    /// `bound = "..."`: the impl's predicates, replacing every inferred and field bound.
    pub bound: Option<Bound>,
    /// `domain = "..."`: written before everything else, to tell types apart.
    pub domain: Option<LitStr>,
    /// `evolving`: the span of the attribute when the fields are written as a
    /// length-delimited block, so that `added` fields can be appended.
    pub evolving: Option<Span>,
    /// `hash`: also implement `Hash`, feeding the canonical bytes to the hasher.
    pub hash: bool,
    pub shape: Shape<'a>,
    /// The `packed` of a `#[repr(packed)]`, which the derive rejects.
    pub packed: Option<Span>,
}

/// What the type is made of.
pub(crate) enum Shape<'a> {
    Struct(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
    /// Unions cannot be encoded canonically (which field is live is not known); the span is
    /// the `union` keyword's, for the error.
    Union(Span),
}

/// One variant of an enum.
pub(crate) struct Variant<'a> {
    pub ident: &'a Ident,
    /// `tag = N`, when the variant pins its tag.
    pub pinned: Option<PinnedTag>,
    /// The tag written before the fields: 0 until `tag::assign` numbers the variants.
    pub tag: u32,
    pub fields: Vec<Field<'a>>,
}

/// One field of a struct or of a variant.
pub(crate) struct Field<'a> {
    /// `name` or `0`: how to reach the field in `self.member` and in `{ member: binding }`.
    pub member: Member,
    pub ty: &'a Type,
    /// `skip`, `with = path`, or neither.
    pub mode: FieldMode,
    /// `bound = "..."`: replaces the bounds inferred from this field's type.
    pub bound: Option<Bound>,
    /// `added`: the span of the attribute when the field was appended to an evolving type
    /// and is left out while it equals its default.
    pub added: Option<Span>,
    /// Where messages about the field point: its name, or its type for a tuple field.
    pub span: Span,
}

impl Field<'_> {
    /// Whether the field is left out of the encoding.
    pub fn is_skipped(&self) -> bool {
        matches!(self.mode, FieldMode::Skip)
    }

    /// Whether the field is marked `added` (and encoded: `added` with `skip` is an error).
    pub fn is_added(&self) -> bool {
        self.added.is_some() && !self.is_skipped()
    }

    /// The field as messages name it: `email`, or `1` for a tuple field.
    pub fn name(&self) -> String {
        match &self.member {
            Member::Named(ident) => ident.to_string(),
            Member::Unnamed(index) => index.index.to_string(),
        }
    }
}

impl<'a> Input<'a> {
    /// Borrows the parts of `input` the derive needs and parses its attributes, reporting
    /// every attribute mistake into `errors`.
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Self {
        // Container attributes first, so errors come out in source order.
        let place = match input.data {
            Data::Enum(_) => Place::Enum,
            // A union is rejected by `check`; reading its attributes as a struct's still
            // reports their own mistakes in the same compile.
            Data::Struct(_) | Data::Union(_) => Place::Struct,
        };
        let Settings {
            krate,
            bound,
            domain,
            evolving,
            hash,
            ..
        } = attr::parse(&input.attrs, place, errors);
        let shape = match &input.data {
            Data::Struct(data) => Shape::Struct(fields(&data.fields, errors)),
            Data::Enum(data) => Shape::Enum(
                data.variants
                    .iter()
                    .map(|variant| Variant {
                        ident: &variant.ident,
                        pinned: attr::parse(&variant.attrs, Place::Variant, errors).tag,
                        tag: 0,
                        fields: fields(&variant.fields, errors),
                    })
                    .collect(),
            ),
            Data::Union(data) => Shape::Union(data.union_token.span),
        };
        Input {
            ident: &input.ident,
            generics: &input.generics,
            krate,
            bound,
            domain,
            evolving,
            hash: hash.is_some(),
            shape,
            packed: packed(&input.attrs),
        }
    }

    /// The field lists of the type: the struct's, or each variant's. `added` fields end each.
    pub fn field_lists(&self) -> Vec<&[Field<'a>]> {
        match &self.shape {
            Shape::Struct(fields) => vec![fields.as_slice()],
            Shape::Enum(variants) => variants.iter().map(|v| v.fields.as_slice()).collect(),
            Shape::Union(_) => Vec::new(),
        }
    }

    /// Every field of the type, across all variants.
    pub fn all_fields(&self) -> Box<dyn Iterator<Item = &Field<'a>> + '_> {
        match &self.shape {
            Shape::Struct(fields) => Box::new(fields.iter()),
            Shape::Enum(variants) => Box::new(variants.iter().flat_map(|v| v.fields.iter())),
            Shape::Union(_) => Box::new(core::iter::empty()),
        }
    }
}

/// The fields of a struct or variant, with their attributes parsed.
fn fields<'a>(fields: &'a syn::Fields, errors: &mut Errors) -> Vec<Field<'a>> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let Settings {
                mode, bound, added, ..
            } = attr::parse(&field.attrs, Place::Field, errors);
            Field {
                member: match &field.ident {
                    Some(ident) => Member::Named(ident.clone()),
                    None => Member::Unnamed(syn::Index {
                        index: u32::try_from(index).unwrap_or(u32::MAX),
                        span: Span::call_site(),
                    }),
                },
                ty: &field.ty,
                mode,
                bound,
                added,
                span: field
                    .ident
                    .as_ref()
                    .map_or_else(|| syn::spanned::Spanned::span(&field.ty), Ident::span),
            }
        })
        .collect()
}

/// The span of `packed` in `#[repr(..., packed, ...)]` or `#[repr(packed(N))]`, if any.
fn packed(attrs: &[syn::Attribute]) -> Option<Span> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("repr"))
        .filter_map(|attr| {
            attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
            )
            .ok()
        })
        .flatten()
        .find(|meta| meta.path().is_ident("packed"))
        .map(|meta| syn::spanned::Spanned::span(meta.path()))
}
