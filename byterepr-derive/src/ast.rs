//! The derive's own small AST: the parts of a `syn::DeriveInput` the generator needs, borrowed
//! (so spans come along), with every `#[byterepr(...)]` attribute already parsed.

use proc_macro2::Span;
use syn::{Data, DeriveInput, Generics, Ident, Member, Type};

use crate::attr::{self, ContainerAttrs, FieldAttrs, FieldMode, VariantAttrs};
use crate::errors::Errors;

pub(crate) struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub attrs: ContainerAttrs,
    pub shape: Shape<'a>,
    /// The `packed` of a `#[repr(packed)]`, which the derive rejects.
    pub packed: Option<Span>,
}

pub(crate) enum Shape<'a> {
    Struct(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
    /// Unions cannot be encoded canonically (which field is live is not known); the span is
    /// the `union` keyword's, for the error.
    Union(Span),
}

pub(crate) struct Variant<'a> {
    pub ident: &'a Ident,
    pub attrs: VariantAttrs,
    pub fields: Vec<Field<'a>>,
}

pub(crate) struct Field<'a> {
    /// `name` or `0`: how to reach the field in `self.member` and in `{ member: binding }`.
    pub member: Member,
    pub ty: &'a Type,
    pub attrs: FieldAttrs,
}

impl Field<'_> {
    /// Whether the field is left out of the encoding.
    pub fn is_skipped(&self) -> bool {
        matches!(self.attrs.mode, FieldMode::Skip)
    }
}

impl<'a> Input<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Self {
        // Container attributes first, so errors come out in source order.
        let is_enum = matches!(input.data, Data::Enum(_));
        let attrs = attr::container(&input.attrs, is_enum, errors);
        let shape = match &input.data {
            Data::Struct(data) => Shape::Struct(fields(&data.fields, errors)),
            Data::Enum(data) => Shape::Enum(
                data.variants
                    .iter()
                    .map(|variant| Variant {
                        ident: &variant.ident,
                        attrs: attr::variant(&variant.attrs, errors),
                        fields: fields(&variant.fields, errors),
                    })
                    .collect(),
            ),
            Data::Union(data) => Shape::Union(data.union_token.span),
        };
        Input {
            ident: &input.ident,
            generics: &input.generics,
            attrs,
            shape,
            packed: packed(&input.attrs),
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

fn fields<'a>(fields: &'a syn::Fields, errors: &mut Errors) -> Vec<Field<'a>> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| Field {
            member: match &field.ident {
                Some(ident) => Member::Named(ident.clone()),
                None => Member::Unnamed(syn::Index {
                    index: u32::try_from(index).unwrap_or(u32::MAX),
                    span: Span::call_site(),
                }),
            },
            ty: &field.ty,
            attrs: attr::field(&field.attrs, errors),
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
