//! Integration tests of byterepr: one binary, one module per concern.

mod adapters;
mod alloc_count;
mod derive_equivalence;
mod derive_golden;
mod derive_hygiene;
mod derive_shapes;
mod evolving;
mod explain;
mod foreign;
mod fuzz;
mod golden;
mod hash_impl;
mod hashing;
mod injectivity;
mod issue_013;
mod java;
mod lazy;
mod order_record;
mod pins;
mod properties;
mod schema_impls;
mod serde_bridge;
mod vectors;
