//! Allocation counting for tests: how many heap allocations a closure makes on this thread.
//!
//! The counting global allocator comes from `allocation-counter` (linking it installs it):
//! a global allocator needs `unsafe`, which this workspace forbids in its own code. It counts
//! per thread, so tests running in parallel do not disturb each other's counts.

/// Runs `f` and returns its result with the number of allocations it made on this thread.
pub fn count_allocations<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let mut result = None;
    let info = allocation_counter::measure(|| result = Some(f()));
    let count = usize::try_from(info.count_total).unwrap_or(usize::MAX);
    match result {
        Some(result) => (result, count),
        None => unreachable!("measure runs the closure exactly once"),
    }
}

#[test]
fn counts_allocations_of_this_thread() {
    let (len, count) = count_allocations(|| std::hint::black_box(vec![1u8; 10]).len());
    assert_eq!((len, count), (10, 1));
    let ((), none) = count_allocations(|| {
        std::hint::black_box([0u8; 16]);
    });
    assert_eq!(none, 0);
}
