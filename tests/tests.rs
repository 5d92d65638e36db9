//! Integration tests of byterepr: one binary, one module per concern.

mod golden;
mod injectivity;
mod properties;
