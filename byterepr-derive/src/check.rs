//! Validation of the parsed input as a whole type: unions, `#[repr(packed)]`, empty domains,
//! bounds that cannot take effect, `added` fields that cannot keep old bytes. What one attribute alone gets wrong is reported while
//! parsing (`attr.rs`), and the tag checks live in `tag.rs`.

use crate::ast::{Field, Input, Shape};
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
    check_added(input, errors);
}

/// The rules of `added` fields: on an evolving type only, never with `skip`, and only after
/// every encoded field that is not added (the omitted fields must be the block's last ones).
fn check_added(input: &Input, errors: &mut Errors) {
    let noun = match input.shape {
        Shape::Enum(_) => "enum",
        Shape::Struct(_) | Shape::Union(_) => "struct",
    };
    for field in input.all_fields() {
        let Some(span) = field.added else { continue };
        if field.is_skipped() {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`added` cannot go with `skip`: field `{}` is not encoded at all, so there \
                     are no old bytes for it to keep; remove one of them",
                    field.name()
                ),
            ));
        } else if input.evolving.is_none() {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`added` needs an evolving type: `{}` has no #[byterepr(evolving)], so \
                     every field is written and appending one changes every hash; a type \
                     opts in when it is first written (opting in later changes its hashes \
                     once), or else drop `added`",
                    input.ident
                ),
            ));
        }
    }
    for fields in input.field_lists() {
        let encoded = fields.iter().filter(|field| !field.is_skipped());
        let mut first_added: Option<&Field> = None;
        for field in encoded {
            match first_added {
                None if field.is_added() => first_added = Some(field),
                Some(added) if !field.is_added() => {
                    errors.push(syn::Error::new(
                        field.span,
                        format!(
                            "field `{}` follows the added field `{}`: added fields must be the \
                             last fields of the {noun}{}, since only a trailing run of default \
                             fields can be left out without changing the bytes; move `{}` \
                             before `{}`, or mark it #[byterepr(added)] too if it was appended \
                             after it",
                            field.name(),
                            added.name(),
                            if noun == "enum" { " variant" } else { "" },
                            field.name(),
                            added.name()
                        ),
                    ));
                    break;
                }
                _ => {}
            }
        }
    }
}
