//! Integration tests of byterepr: one binary, one module per concern.

mod golden;
mod injectivity;
mod java;
mod properties;
mod derive_equivalence;
mod derive_golden;
mod derive_hygiene;
mod derive_shapes;
