//! The error collector every phase reports into. It is the first phase's dependency and
//! depends on nothing of the derive, so parsing, checking and generating can all report
//! without importing each other. Errors are collected, never returned early, so one compile
//! shows every mistake, each at its own span.

use proc_macro2::TokenStream;

/// Every error found so far, each at its own span.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// Records `error`; the phase that found it goes on looking for more.
    pub fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// All errors as one `compile_error!` stream, in the order they were found, or `None`
    /// when there are none.
    pub fn into_compile_errors(self) -> Option<TokenStream> {
        let mut errors = self.errors.into_iter();
        let mut combined = errors.next()?;
        for error in errors {
            combined.combine(error);
        }
        Some(combined.to_compile_error())
    }
}
