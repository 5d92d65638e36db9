//! Benchmarks of the runtime core: bulk slice paths against per-element writes, and the
//! choice of length/tag encoding (LEB128 against fixed width).
fn main() {}
