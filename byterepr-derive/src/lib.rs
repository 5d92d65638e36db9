//! `#[derive(ByteRepr)]` for the `byterepr` crate. Use it through `byterepr`'s re-export
//! (`use byterepr::ByteRepr;` brings the trait and the derive); the attribute reference is
//! on that re-export.
//!
//! The derive runs in three phases, each in its own module: `ast` + `attr` parse the input
//! into a small AST with typed attributes, `check` + `tag` reject what is wrong (collecting
//! every error), `expand` + `bound` generate. Only this file touches `proc_macro`, so the
//! phases are testable on `proc_macro2` tokens.

mod ast;
mod attr;
mod bound;
mod check;
mod errors;
mod expand;
mod tag;

#[cfg(test)]
mod tests;

/// Derives `byterepr::ByteRepr`; see the re-export in `byterepr` for the attributes.
#[proc_macro_derive(ByteRepr, attributes(byterepr))]
pub fn derive_byte_repr(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
