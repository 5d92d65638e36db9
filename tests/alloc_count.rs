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

/// Every line of "Allocation" in the crate docs, counted: what allocates, and what the docs
/// promise does not.
mod documented_allocations {
    use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};

    use byterepr::{ByteRepr, Sink};

    use super::count_allocations;

    #[allow(
        clippy::trivially_copy_pass_by_ref,
        reason = "a `with` function takes its field by reference"
    )]
    fn write_plus_one<S: Sink + ?Sized>(value: &u8, sink: &mut S) -> Result<(), S::Error> {
        sink.write_u8(value.wrapping_add(1))
    }

    /// A `with` field beside a hashed collection: its `encoded_len` runs `write_to`.
    #[derive(ByteRepr)]
    struct WithAndSet {
        #[byterepr(with = write_plus_one)]
        small: u8,
        set: HashSet<String>,
        map: HashMap<u8, Vec<String>>,
    }

    #[derive(ByteRepr)]
    struct WithAndHeap {
        #[byterepr(with = write_plus_one)]
        small: u8,
        heap: BinaryHeap<u32>,
    }

    fn set() -> HashSet<String> {
        ["a", "bb", "ccc"].map(String::from).into()
    }

    fn map() -> HashMap<u8, Vec<String>> {
        [(1, vec!["x".to_owned()]), (2, Vec::new())].into()
    }

    #[test]
    fn hashing_everything_but_the_listed_types_allocates_nothing() {
        let value = (
            "text".to_owned(),
            vec![vec![1u64; 300], Vec::new()],
            BTreeMap::from([(1u8, "one".to_owned())]),
            Some(Box::new([7u16; 9])),
        );
        let (_, allocations) = count_allocations(|| byterepr::sha256(&value));
        assert_eq!(allocations, 0);
        let (_, allocations) = count_allocations(|| byterepr::crc32(&value));
        assert_eq!(allocations, 0);
        let (_, allocations) = count_allocations(|| byterepr::java::sha256(&value).unwrap());
        assert_eq!(allocations, 0);
    }

    #[test]
    fn hash_maps_and_sets_allocate_when_written_not_when_counted() {
        let (_, allocations) = count_allocations(|| byterepr::sha256(&set()));
        let (_, building) = count_allocations(set);
        assert!(allocations > building, "the scratch buffer and its index");
        let (set, map) = (set(), map());
        let (_, allocations) = count_allocations(|| {
            (
                byterepr::encoded_len(&set),
                byterepr::encoded_len(&map),
                byterepr::java::encoded_len(&set).unwrap(),
                byterepr::java::encoded_len(&map).unwrap(),
            )
        });
        assert_eq!(allocations, 0);
    }

    #[test]
    fn a_binary_heap_allocates_once_when_written_and_never_when_counted() {
        let heap: BinaryHeap<u32> = [3, 1, 2].into();
        let (_, allocations) = count_allocations(|| byterepr::sha256(&heap));
        assert_eq!(allocations, 1);
        let (_, allocations) = count_allocations(|| byterepr::encoded_len(&heap));
        assert_eq!(allocations, 0);
        let empty = BinaryHeap::<u32>::new();
        let (_, allocations) = count_allocations(|| byterepr::sha256(&empty));
        assert_eq!(allocations, 0);
    }

    #[test]
    fn a_with_field_counts_hashed_collections_without_allocating() {
        let value = WithAndSet {
            small: 1,
            set: set(),
            map: map(),
        };
        let (len, allocations) = count_allocations(|| byterepr::encoded_len(&value));
        assert_eq!(allocations, 0);
        assert_eq!(len, byterepr::to_vec(&value).len());
    }

    #[test]
    fn a_with_field_beside_a_binary_heap_allocates_to_count_it() {
        let value = WithAndHeap {
            small: 1,
            heap: [5, 4].into(),
        };
        let (len, allocations) = count_allocations(|| byterepr::encoded_len(&value));
        assert_eq!(allocations, 1);
        assert_eq!(len, byterepr::to_vec(&value).len());
    }
}
