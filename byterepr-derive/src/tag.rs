//! Enum tags: which `u32` each variant writes before its fields, stored in the variant.
//!
//! A variant without `tag = N` takes the previous variant's tag plus one, and the first one
//! takes 0: the numbering of Rust's own discriminants, so pinned and implicit tags mix the way
//! `A = 5, B` does. Rust discriminants themselves (`A = 10`) are ignored: they are a memory
//! layout and FFI choice, and changing one must not silently change every hash.

use std::collections::HashMap;

use crate::ast::Variant;
use crate::errors::Errors;

/// Fills the `tag` of each variant, in declaration order. Reports duplicate tags (at the
/// second variant, naming the first) and implicit tags past `u32::MAX`; a variant whose tag
/// would pass it keeps 0, which is never generated since the error stops the derive.
pub(crate) fn assign<'a>(variants: &mut [Variant<'a>], errors: &mut Errors) {
    let mut owners: HashMap<u32, &'a syn::Ident> = HashMap::new();
    // The tag an unpinned variant takes; `None` once it would pass u32::MAX.
    let mut next: Option<u32> = Some(0);
    for variant in variants {
        let Some(tag) = variant.pinned.map(|pinned| pinned.value).or(next) else {
            errors.push(syn::Error::new(
                variant.ident.span(),
                format!(
                    "variant `{}` would take tag 4294967296 (the previous tag plus one), \
                     past u32::MAX: give it a tag with #[byterepr(tag = N)]",
                    variant.ident
                ),
            ));
            continue;
        };
        if let Some(owner) = owners.get(&tag) {
            let span = variant
                .pinned
                .map_or(variant.ident.span(), |pinned| pinned.span);
            let how = if variant.pinned.is_some() {
                "pinned"
            } else {
                "implicit (the previous tag plus one)"
            };
            errors.push(syn::Error::new(
                span,
                format!(
                    "variant `{}` has tag {tag} ({how}), already the tag of variant `{owner}`: \
                     two variants must not share a tag; pin another with #[byterepr(tag = N)]",
                    variant.ident
                ),
            ));
        } else {
            owners.insert(tag, variant.ident);
        }
        variant.tag = tag;
        next = tag.checked_add(1);
    }
}
