//! Appending to a `Vec<u8>` by writing into its spare capacity: `extend_vec` and `to_vec` of
//! every value that is not small. The one module of the crate with `unsafe` code; the crate
//! is otherwise `#![deny(unsafe_code)]`.
//!
//! Why `unsafe`: writing through `Vec`'s own methods, the compiler reloads the vector's
//! length and capacity from memory after every byte stored (a byte stored through the
//! vector's buffer could, for all it knows, be the length), and every `push` and
//! `extend_from_slice` carries a growth path that takes the vector by reference. The sink
//! here keeps the buffer's address, the position and the capacity as plain values that no
//! call ever sees by reference, so they stay in registers: a record (74 bytes, 8 fields)
//! took 171 instructions instead of 222 for the best safe form tried, an `Appender` over the
//! `Vec`'s methods that measures the value only when the room runs out; and short runs are
//! stored as two overlapping chunks ([`copy_short`]), which only memory not yet written
//! allows (156 instructions, 8 ns against 13 through the `Vec`; BENCHMARKS.md, "Writing
//! into the `Vec`'s spare capacity, again: adopted").
//!
//! The invariant every `unsafe` block rests on, held by [`Spare`] between any two of its
//! methods: `base` is the start of `vec`'s buffer and `cap` its capacity; `vec.len() <= pos
//! <= cap`; and the bytes `..pos` of the buffer are initialized (`..vec.len()` by the
//! vector, the rest by the writes of this sink). The vector's length is set to `pos` only
//! when the room runs out and at the end, so a value whose impl panics leaves the vector
//! with the bytes committed before the last growth, and never with uninitialized ones.
//!
//! The tests at the bottom run under `valgrind --tool=memcheck` in `.ci/run`.

use alloc::vec::Vec;
use core::convert::Infallible;

use crate::short_copy::{Dest, copy_short};
use crate::{ByteRepr, Sink};

use super::vec::{reserve_hint, with_capacity_hint};

/// The encoding of `value` in a new vector allocated once, at its exact length: measured
/// first ([`ByteRepr::encoded_len`], a hint, as in [`extend`]), then written into the
/// vector's spare capacity.
///
/// Not on the stack first and then copied out, which spares the length pass (a record:
/// 339 instructions against 370, the allocation included; callgrind) but is slower: the
/// copy reads back bytes stored a moment before in pieces, and a load that spans several
/// pending stores waits for them to reach the cache (store forwarding fails). A record's
/// `to_vec` took 29.3-29.7 ns that way against 22.1-22.2 ns measured first (borsh 25.6-26.1,
/// alternated criterion runs; BENCHMARKS.md, "`to_vec`: measured first, again").
#[inline]
pub(crate) fn to_vec<T: ByteRepr + ?Sized>(value: &T) -> Vec<u8> {
    let mut bytes = with_capacity_hint(value.encoded_len());
    extend(value, &mut bytes);
    bytes
}

/// Appends the encoding of `value` to `vec` through a [`Spare`], growing `vec` at most once
/// (to the rest of `value`'s `encoded_len`, the first time a write does not fit) for a value
/// whose `encoded_len` is exact, and not at all when it has room for the value; then sets the
/// vector's length.
///
/// The one place that calls `write_to` with this sink, out of line, so that the value's
/// `write_to` has one caller and is inlined into it, where the sink's fields become
/// registers (a record: 193 instructions when `extend_vec` and `to_vec` each had their own
/// writer, 167 with one; callgrind).
#[inline(never)]
pub(crate) fn extend<T: ByteRepr + ?Sized>(value: &T, vec: &mut Vec<u8>) {
    let (base, pos, cap) = (vec.as_mut_ptr(), vec.len(), vec.capacity());
    let mut sink = Spare {
        base,
        pos,
        cap,
        start: pos,
        vec,
        value,
    };
    let result: Result<(), Infallible> = value.write_to(&mut sink);
    match result {
        Ok(()) => {}
    }
    let pos = sink.pos;
    // SAFETY: the module's invariant: `vec.len() <= pos <= capacity` and the bytes `..pos`
    // are initialized.
    unsafe { vec.set_len(pos) };
}

/// The sink of [`extend`] and [`to_vec`]. Its fields change only through [`Spare::room`],
/// which hands the vector, not the sink, to the out-of-line [`grow`]: the sink's address
/// never reaches a call, so the compiler keeps `base`, `pos` and `cap` in registers.
struct Spare<'a, T: ?Sized> {
    /// The start of `vec`'s buffer.
    base: *mut u8,
    /// Where the next byte goes: `vec.len()` plus what was written since the last commit.
    pos: usize,
    /// `vec`'s capacity.
    cap: usize,
    /// The vector's length before the value, for what is left of it when the room runs out.
    start: usize,
    vec: &'a mut Vec<u8>,
    value: &'a T,
}

impl<T: ByteRepr + ?Sized> Spare<'_, T> {
    /// Makes sure there is room for `len` more bytes at `pos`.
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn room(&mut self, len: usize) {
        if len > self.cap - self.pos {
            (self.base, self.cap) = grow(self.vec, self.pos, self.value, self.start, len);
        }
    }
}

/// Commits the bytes written so far (`..pos`), then makes room for a write of `len` bytes that
/// did not fit: for the rest of `value` by its `encoded_len`, or for the write alone when that
/// is more (an `encoded_len` too small, which a wrong hand-written impl can return; the vector
/// then grows by the `Vec`'s own amortized rule). Returns the buffer's new start and
/// capacity, which leave room for at least `len` bytes at `pos`.
#[cold]
#[inline(never)]
fn grow<T: ByteRepr + ?Sized>(
    vec: &mut Vec<u8>,
    pos: usize,
    value: &T,
    start: usize,
    len: usize,
) -> (*mut u8, usize) {
    // SAFETY: the module's invariant: `vec.len() <= pos <= capacity` and the bytes `..pos`
    // are initialized.
    unsafe { vec.set_len(pos) };
    let rest = value.encoded_len().saturating_sub(pos - start);
    reserve_hint(vec, len.max(rest));
    // The reservation is a hint and may have been refused; the write itself needs its room,
    // as `extend_from_slice` would.
    vec.reserve(len);
    (vec.as_mut_ptr(), vec.capacity())
}

/// The room [`Spare::write_raw`] copies a run into: the buffer at `pos`, with room for the
/// run (made only after [`Spare::room`] for it). [`copy_short`] writes only within the run,
/// which `bytes`, borrowed from elsewhere (the sink holds the vector), does not overlap.
struct Room(*mut u8);

impl Dest for Room {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn chunk<const N: usize>(&mut self, at: usize, chunk: &[u8; N]) {
        // SAFETY: `at + N` is within the run (`Dest::chunk`), for which there is room.
        unsafe { self.0.add(at).cast::<[u8; N]>().write_unaligned(*chunk) };
    }

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn run(&mut self, bytes: &[u8]) {
        // SAFETY: there is room for the run, and `bytes` is the run.
        unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), self.0, bytes.len()) };
    }
}

impl<T: ByteRepr + ?Sized> Sink for Spare<'_, T> {
    type Error = Infallible;

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        self.room(bytes.len());
        // SAFETY: `room` left at least `bytes.len()` bytes of the buffer at `pos`.
        let mut dst = Room(unsafe { self.base.add(self.pos) });
        copy_short(&mut dst, bytes);
        self.pos += bytes.len();
        Ok(())
    }

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn write_u8(&mut self, value: u8) -> Result<(), Infallible> {
        self.room(1);
        // SAFETY: `room` left at least one byte of the buffer at `pos`.
        unsafe { self.base.add(self.pos).write(value) };
        self.pos += 1;
        Ok(())
    }

    crate::sink::register_writes!();
}

#[cfg(test)]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the test bytes count modulo 256 on purpose"
)]
mod tests {
    //! `extend_vec` and `to_vec` through the spare capacity give exactly the bytes of
    //! `write_to` into a plain `Vec`, however much room the vector has, wherever it runs
    //! out, and whatever `encoded_len` claims; a panic in the middle leaves a
    //! vector of initialized bytes. `.ci/run` runs these under `valgrind --tool=memcheck`,
    //! which reports any read of a byte that was never written.

    use alloc::string::String;
    use alloc::vec;
    use alloc::vec::Vec;
    use core::cell::Cell;

    use crate::{ByteRepr, Sink};

    /// The bytes of `value` through the `Vec` sink itself: what the spare path must give.
    fn reference<T: ByteRepr + ?Sized>(value: &T) -> Vec<u8> {
        let mut bytes = Vec::new();
        let Ok(()) = value.write_to(&mut bytes);
        bytes
    }

    /// A value that writes `len` bytes (a string's length, then its bytes, then a number)
    /// and claims `claimed` as its `encoded_len`, counting how often it is measured.
    struct Text {
        chars: String,
        claimed: Option<usize>,
        measured: Cell<usize>,
    }

    impl Text {
        fn new(len: usize, claimed: Option<usize>) -> Self {
            // A string of `n` bytes writes 1 + n (n < 128) or 2 + n bytes; then 8.
            let n = len.saturating_sub(9 + usize::from(len >= 137));
            let text = (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            Self {
                chars: text,
                claimed,
                measured: Cell::new(0),
            }
        }
    }

    impl ByteRepr for Text {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_str(&self.chars)?;
            sink.write_u64(0x0102_0304_0506_0708)
        }

        fn encoded_len(&self) -> usize {
            self.measured.set(self.measured.get() + 1);
            self.claimed
                .unwrap_or_else(|| crate::size::add(crate::size::str(self.chars.len()), 8))
        }
    }

    /// Short and long values, around a string's length prefix taking a second byte (at
    /// 137 bytes here), and well past any small buffer.
    const LENGTHS: [usize; 10] = [9, 17, 136, 137, 138, 255, 256, 1000, 5000, 70_000];

    #[test]
    fn to_vec_gives_the_bytes_of_write_to_at_every_length_and_claim() {
        for len in LENGTHS {
            for claimed in [
                None,
                Some(0),
                Some(1),
                Some(len / 2),
                Some(len * 3),
                Some(usize::MAX),
            ] {
                let value = Text::new(len, claimed);
                let expected = reference(&value);
                let bytes = crate::to_vec(&value);
                assert_eq!(bytes, expected, "{len} bytes, claimed {claimed:?}");
                if claimed.is_none() {
                    assert_eq!(
                        bytes.capacity(),
                        bytes.len(),
                        "{len} bytes: allocated exactly"
                    );
                }
            }
        }
    }

    #[test]
    fn runs_of_every_short_length_are_copied_whole_and_alone() {
        for len in 0..=70u8 {
            let run: Vec<u8> = (1..=len).collect();
            let value = (0xEEu8, run.as_slice(), 0xFFu8);
            let mut bytes = Vec::with_capacity(80);
            crate::extend_vec(&value, &mut bytes);
            assert_eq!(bytes, reference(&value), "a run of {len} bytes");
            assert_eq!(crate::to_vec(&value), bytes, "a run of {len} bytes");
        }
    }

    #[test]
    fn to_vec_measures_a_value_once() {
        for len in LENGTHS {
            let value = Text::new(len, None);
            let _ = crate::to_vec(&value);
            assert_eq!(value.measured.get(), 1, "{len} bytes");
        }
    }

    #[test]
    fn extend_vec_appends_the_bytes_of_write_to_whatever_the_room() {
        for len in LENGTHS {
            for claimed in [
                None,
                Some(0),
                Some(len / 2),
                Some(len * 3),
                Some(usize::MAX),
            ] {
                for room in [0, 1, len / 2, len, len + 100] {
                    let value = Text::new(len, claimed);
                    let mut bytes = Vec::with_capacity(3 + room);
                    bytes.extend_from_slice(&[0xAA, 0xBB, 0xCC]);
                    crate::extend_vec(&value, &mut bytes);
                    assert_eq!(bytes[..3], [0xAA, 0xBB, 0xCC]);
                    assert_eq!(
                        bytes[3..],
                        reference(&value),
                        "{len} bytes, claimed {claimed:?}, room {room}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_vector_with_room_grows_not_and_measures_not() {
        let value = Text::new(500, None);
        let mut bytes = Vec::with_capacity(600);
        let start = bytes.as_ptr();
        crate::extend_vec(&value, &mut bytes);
        assert_eq!((bytes.as_ptr(), bytes.capacity()), (start, 600));
        assert_eq!(value.measured.get(), 0);
    }

    #[test]
    fn a_vector_without_room_grows_once_to_the_exact_length() {
        let value = Text::new(500, None);
        let mut bytes = vec![1, 2, 3];
        bytes.shrink_to_fit();
        crate::extend_vec(&value, &mut bytes);
        assert_eq!(bytes.len(), 503);
        assert_eq!(value.measured.get(), 1);
        // `reserve` may round up; never below what the value needs.
        assert!(bytes.capacity() >= 503);
    }

    /// Writes `before` bytes, then panics.
    struct Panics {
        before: usize,
    }

    impl ByteRepr for Panics {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            for i in 0..self.before {
                sink.write_u8(i as u8)?;
            }
            panic!("the impl fails half-way");
        }

        fn encoded_len(&self) -> usize {
            self.before + 10
        }
    }

    #[cfg(feature = "std")]
    #[test]
    fn a_panic_half_way_leaves_only_initialized_bytes() {
        extern crate std;
        use std::panic::{AssertUnwindSafe, catch_unwind};

        for (room, before) in [(0, 5), (2, 5), (100, 5), (0, 300), (8, 1000)] {
            let mut bytes = Vec::with_capacity(room + 2);
            bytes.extend_from_slice(&[9, 9]);
            let result = catch_unwind(AssertUnwindSafe(|| {
                crate::extend_vec(&Panics { before }, &mut bytes);
            }));
            assert!(result.is_err());
            // Whatever was committed before the panic is what was written, in order.
            assert_eq!(bytes[..2], [9, 9]);
            let written = &bytes[2..];
            assert!(written.len() <= before);
            assert!(written.iter().enumerate().all(|(i, &b)| b == i as u8));
            // Reading every byte is what memcheck checks: none is uninitialized.
            assert!(bytes.iter().map(|&b| u32::from(b)).sum::<u32>() < u32::MAX);
        }
        for before in [5, 300] {
            let result = catch_unwind(|| crate::to_vec(&Panics { before }));
            assert!(result.is_err());
        }
    }
}
