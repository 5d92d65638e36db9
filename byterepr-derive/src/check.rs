//! Validation of the parsed input as a whole type: unions, `#[repr(packed)]`, empty domains,
//! bounds that cannot take effect. What one attribute alone gets wrong is reported while
//! parsing (`attr.rs`), and the tag checks live in `tag.rs`.

use crate::ast::{Input, Shape};
use crate::errors::Errors;

/// Reports what is wrong with the type as a whole; the generator may assume none of it.
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
    if let Some(domain) = &input.domain
        && domain.value().is_empty()
    {
        errors.push(syn::Error::new(
            domain.span(),
            "`domain` must not be empty: name what the type is, like domain = \"myapp.Order.v1\"",
        ));
    }
    if input.bound.is_some() {
        for field in input.all_fields() {
            if let Some(bound) = &field.bound {
                errors.push(syn::Error::new(
                    bound.span,
                    "this field `bound` has no effect: the container's #[byterepr(bound = \"...\")] \
                     replaces every inferred and field bound; move these predicates there",
                ));
            }
        }
    }
}
