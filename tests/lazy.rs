//! Lazy sequences: `write_seq`, `write_seq_counted` and `seq_to_vec` write exactly the bytes of
//! the `Vec` of the items, without allocating, and report an iterator that breaks its length
//! as `SeqError::LengthMismatch` instead of writing wrong bytes silently.

use byterepr::{Batched, BufferFull, LenCounter, SeqError, SliceSink};

use crate::alloc_count::count_allocations;

/// Yields `actual` items (1, 2, 3, ...) while its `len()` says `claimed`.
#[derive(Clone)]
struct Liar {
    claimed: usize,
    actual: usize,
    yielded: u16,
}

impl Liar {
    fn new(claimed: usize, actual: usize) -> Self {
        Self {
            claimed,
            actual,
            yielded: 0,
        }
    }
}

impl Iterator for Liar {
    type Item = u16;

    fn next(&mut self) -> Option<u16> {
        if usize::from(self.yielded) == self.actual {
            return None;
        }
        self.yielded += 1;
        Some(self.yielded)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.claimed.saturating_sub(usize::from(self.yielded));
        (left, Some(left))
    }
}

impl ExactSizeIterator for Liar {}

/// Yields `left` items, but a clone of it yields `left + extra` (`extra` may be negative):
/// a stream that does not replay.
struct Unreplayable {
    left: usize,
    extra: isize,
}

impl Clone for Unreplayable {
    fn clone(&self) -> Self {
        Self {
            left: self.left.saturating_add_signed(self.extra),
            extra: self.extra,
        }
    }
}

impl Iterator for Unreplayable {
    type Item = bool;

    fn next(&mut self) -> Option<bool> {
        self.left = self.left.checked_sub(1)?;
        Some(true)
    }
}

#[test]
fn write_seq_writes_the_vec_encoding() {
    let items = (0..200u32).map(|x| u64::from(x) * 3);
    let expected = byterepr::to_vec(&items.clone().collect::<Vec<_>>());
    assert_eq!(&expected[..2], [0xc8, 0x01]); // 200 items: a 2-byte length
    let mut sink = Vec::new();
    byterepr::write_seq(&mut sink, items.clone()).expect("exact length");
    assert_eq!(sink, expected);
    assert_eq!(byterepr::seq_to_vec(items.clone()), Ok(expected.clone()));
    let mut sink = Vec::new();
    byterepr::write_seq_counted(&mut sink, items).expect("replays");
    assert_eq!(sink, expected);
}

#[test]
fn write_seq_of_strings_and_options() {
    let words = ["a", "", "é"];
    let expected = byterepr::to_vec(&vec!["a", "", "é"]);
    assert_eq!(expected, [3, 1, b'a', 0, 2, 0xc3, 0xa9]);
    assert_eq!(byterepr::seq_to_vec(words), Ok(expected.clone()));
    assert_eq!(byterepr::seq_to_vec(words.iter()), Ok(expected.clone()));
    let mut sink = Vec::new();
    byterepr::write_seq_counted(&mut sink, words.iter().copied()).expect("replays");
    assert_eq!(sink, expected);

    let options = [Some(1u8), None];
    assert_eq!(byterepr::seq_to_vec(options), Ok(vec![2, 1, 1, 0]));
}

#[test]
fn empty_sequences_are_a_zero_length() {
    assert_eq!(
        byterepr::seq_to_vec(std::iter::empty::<String>()),
        Ok(vec![0])
    );
    let mut sink = Vec::new();
    byterepr::write_seq_counted(&mut sink, "".split(',').filter(|s| !s.is_empty())).unwrap();
    assert_eq!(sink, [0]);
}

#[test]
fn unknown_length_stream_counts_first() {
    let words = "to be or not to be".split(' ').filter(|w| w.len() == 2);
    let mut sink = Vec::new();
    byterepr::write_seq_counted(&mut sink, words.clone()).expect("replays");
    assert_eq!(sink, byterepr::to_vec(&words.collect::<Vec<_>>()));
}

#[test]
fn an_honest_liar_is_fine() {
    assert_eq!(
        byterepr::seq_to_vec(Liar::new(3, 3)),
        Ok(vec![3, 1, 0, 2, 0, 3, 0])
    );
}

#[test]
fn too_few_items_is_a_length_mismatch() {
    let mut sink = Vec::new();
    let error = byterepr::write_seq(&mut sink, Liar::new(5, 3)).unwrap_err();
    assert_eq!(
        error,
        SeqError::LengthMismatch {
            declared: 5,
            yielded: 3
        }
    );
    // What was written before the iterator ran dry: the declared length, then 3 items.
    assert_eq!(sink, [5, 1, 0, 2, 0, 3, 0]);
    assert_eq!(
        error.to_string(),
        "iterator announced 5 items but yielded 3; the bytes written are invalid"
    );
    assert_eq!(
        byterepr::seq_to_vec(Liar::new(5, 3)),
        Err(SeqError::LengthMismatch {
            declared: 5,
            yielded: 3
        })
    );
    assert_eq!(
        byterepr::seq_to_vec(Liar::new(1, 0)),
        Err(SeqError::LengthMismatch {
            declared: 1,
            yielded: 0
        })
    );
}

#[test]
fn too_many_items_is_a_length_mismatch() {
    let mut sink = Vec::new();
    let error = byterepr::write_seq(&mut sink, Liar::new(2, 4)).unwrap_err();
    // Counting stops one past the declared length.
    assert_eq!(
        error,
        SeqError::LengthMismatch {
            declared: 2,
            yielded: 3
        }
    );
    assert_eq!(sink, [2, 1, 0, 2, 0]);
    assert_eq!(
        error.to_string(),
        "iterator announced 2 items but yielded more; the bytes written are invalid"
    );
    assert_eq!(
        byterepr::seq_to_vec(Liar::new(0, 1)),
        Err(SeqError::LengthMismatch {
            declared: 0,
            yielded: 1
        })
    );
}

#[test]
fn a_stream_that_does_not_replay_is_a_length_mismatch() {
    let mut sink = Vec::new();
    let more_in_clone = Unreplayable { left: 3, extra: 1 };
    assert_eq!(
        byterepr::write_seq_counted(&mut sink, more_in_clone),
        Err(SeqError::LengthMismatch {
            declared: 4,
            yielded: 3
        })
    );
    let mut sink = Vec::new();
    let fewer_in_clone = Unreplayable { left: 3, extra: -1 };
    assert_eq!(
        byterepr::write_seq_counted(&mut sink, fewer_in_clone),
        Err(SeqError::LengthMismatch {
            declared: 2,
            yielded: 3
        })
    );
}

#[test]
fn a_failing_sink_is_a_sink_error() {
    let mut buf = [0u8; 4];
    let mut sink = SliceSink::new(&mut buf);
    let result = byterepr::write_seq(&mut sink, [1u16, 2, 3]);
    // The length and one item fit (3 bytes); the second item needs 2 bytes, 1 remains.
    assert_eq!(
        result,
        Err(SeqError::Sink(BufferFull {
            needed: 2,
            remaining: 1
        }))
    );
    assert_eq!(sink.written(), [3, 1, 0]);
}

/// The items of the allocation tests: a million `u64`s, computed, never collected.
fn million() -> impl ExactSizeIterator<Item = u64> + Clone {
    (0..1_000_000u32).map(|x| u64::from(x) * 3)
}

#[test]
fn a_million_items_into_a_len_counter_allocate_nothing() {
    let mut counter = LenCounter::new();
    let (result, allocations) = count_allocations(|| byterepr::write_seq(&mut counter, million()));
    assert_eq!(result, Ok(()));
    assert_eq!(allocations, 0);
    // 1_000_000 needs 20 bits: a 3-byte length, then 8 bytes an item.
    assert_eq!(counter.len(), 3 + 8_000_000);

    let mut counter = LenCounter::new();
    let (result, allocations) =
        count_allocations(|| byterepr::write_seq_counted(&mut counter, million()));
    assert_eq!(result, Ok(()));
    assert_eq!(allocations, 0);
    assert_eq!(counter.len(), 3 + 8_000_000);

    let mut batched = Batched::<LenCounter, 64>::new(LenCounter::new());
    let (result, allocations) = count_allocations(|| byterepr::write_seq(&mut batched, million()));
    assert_eq!(result, Ok(()));
    assert_eq!(allocations, 0);
    let Ok(counter) = batched.finish();
    assert_eq!(counter.len(), 3 + 8_000_000);
}

#[test]
fn a_million_items_into_a_reserved_vec_allocate_nothing() {
    let mut counter = LenCounter::new();
    byterepr::write_seq(&mut counter, million()).unwrap();
    let mut bytes = Vec::with_capacity(counter.len());
    let (result, allocations) = count_allocations(|| byterepr::write_seq(&mut bytes, million()));
    assert_eq!(result, Ok(()));
    assert_eq!(allocations, 0);
    assert_eq!(bytes.len(), counter.len());
    // 1_000_000 = 0b111101_0000100_1000000: LEB128 c0 84 3d.
    assert_eq!(bytes[..3], [0xc0, 0x84, 0x3d]);
    assert_eq!(bytes[3..11], 0u64.to_le_bytes());
    assert_eq!(bytes[11..19], 3u64.to_le_bytes());
    assert_eq!(bytes[bytes.len() - 8..], 2_999_997u64.to_le_bytes());
    assert_eq!(bytes, byterepr::to_vec(&million().collect::<Vec<_>>()));

    // The same into a caller's fixed buffer, allocated before counting.
    let mut buf = vec![0u8; counter.len()];
    let (result, allocations) = count_allocations(|| {
        let mut sink = SliceSink::new(&mut buf);
        byterepr::write_seq(&mut sink, million()).map(|()| sink.position())
    });
    assert_eq!(result, Ok(counter.len()));
    assert_eq!(allocations, 0);
    assert_eq!(buf, bytes);
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the tests above: a counter that always said 0 would make them pass vacuously.
    let (bytes, allocations) = count_allocations(|| byterepr::seq_to_vec(0..10u8));
    assert_eq!(bytes.map(|b| b.len()), Ok(11));
    assert!(allocations >= 1);
}
