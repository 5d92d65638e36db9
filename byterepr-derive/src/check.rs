//! Validation of the parsed input, and the error collector every phase reports into. Checks
//! here see the whole type (unions, empty domains, bounds that cannot take effect); the tag
//! checks live in `tag.rs`. Errors are collected, never returned early, so one compile shows
//! every mistake.

use proc_macro2::TokenStream;

use crate::ast::{Input, Shape};

/// Every error found so far, each at its own span.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// All errors as one `compile_error!` stream, or `None` when there are none.
    pub fn into_compile_errors(self) -> Option<TokenStream> {
        let mut errors = self.errors.into_iter();
        let mut combined = errors.next()?;
        for error in errors {
            combined.combine(error);
        }
        Some(combined.to_compile_error())
    }
}

pub(crate) fn check(input: &Input, errors: &mut Errors) {
    if let Shape::Union(span) = input.shape {
        errors.push(syn::Error::new(
            span,
            "ByteRepr cannot be derived for a union: which field is live is not known, so no \
             encoding is canonical; use an enum, or implement ByteRepr by hand",
        ));
    }
    if let Some(span) = input.packed {
        errors.push(syn::Error::new(
            span,
            "ByteRepr cannot be derived for a #[repr(packed)] type: its fields may be unaligned, \
             so the derived impl cannot borrow them; remove `packed`, or implement ByteRepr by \
             hand, copying each field out before writing it",
        ));
    }
    if let Some(domain) = &input.attrs.domain
        && domain.value().is_empty()
    {
        errors.push(syn::Error::new(
            domain.span(),
            "`domain` must not be empty: name what the type is, like domain = \"myapp.Order.v1\"",
        ));
    }
    if input.attrs.bound.is_some() {
        for field in input.all_fields() {
            if let Some(bound) = &field.attrs.bound {
                errors.push(syn::Error::new(
                    bound.span,
                    "this field `bound` has no effect: the container's #[byterepr(bound = \"...\")] \
                     replaces every inferred and field bound; move these predicates there",
                ));
            }
        }
    }
}
