//! `#[derive(ByteRepr)]` for the `byterepr` crate. Use it through `byterepr`'s re-export
//! (`use byterepr::ByteRepr;` brings the trait and the derive); the attribute reference is
//! on that re-export.
//!
//! The derive is a straight line of phases, each module importing only from earlier ones
//! (errors <- attr <- ast <- check/tag/bound <- expand):
//!
//! 1. `errors`: the collector every phase reports into; nothing returns early, so one compile
//!    shows every mistake, each at its span.
//! 2. `attr`: the attribute table (name, places, syntax as messages show it), which drives
//!    parsing, the "unknown attribute" vocabulary and the misplacement errors.
//! 3. `ast`: a small AST borrowing from the `syn::DeriveInput`, with typed settings.
//! 4. `check` rejects what is wrong with the type as a whole, `tag` numbers the variants,
//!    `bound` infers the impl's `where` predicates.
//! 5. `expand` runs the phases and generates the impl, assuming validity; on errors it emits
//!    them with a stub impl.
//!
//! Only this file touches `proc_macro`, so every phase is testable on `proc_macro2` tokens.
#![forbid(unsafe_code)]

mod ast;
mod attr;
mod bound;
mod check;
mod errors;
mod expand;
mod tag;

#[cfg(test)]
#[cfg(test)]
mod tests;

/// Derives `byterepr::ByteRepr`; see the re-export in `byterepr` for the attributes.
#[proc_macro_derive(ByteRepr, attributes(byterepr))]
pub fn derive_byte_repr(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
