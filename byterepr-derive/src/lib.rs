//! `#[derive(ByteRepr)]` for the `byterepr` crate. Use it through `byterepr`'s re-export.
