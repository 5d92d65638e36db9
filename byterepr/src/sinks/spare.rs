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
//! takes 169 instructions instead of 222 for the best safe form tried, an `Appender` over
//! the `Vec`'s methods that measures the value only when the room runs out (BENCHMARKS.md,
//! "Writing into the `Vec`'s spare capacity").
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

use crate::{ByteRepr, Sink};

use super::vec::reserve_hint;

/// Appends the encoding of `value` to `bytes`, growing `bytes` at most once (to the rest of
/// `value`'s `encoded_len`, the first time a write does not fit) for a value whose
/// `encoded_len` is exact, and not at all when it has room for the value.
#[inline]
pub(crate) fn extend<T: ByteRepr + ?Sized>(value: &T, bytes: &mut Vec<u8>) {
    let mut sink = Spare {
        base: bytes.as_mut_ptr(),
        pos: bytes.len(),
        cap: bytes.capacity(),
        start: bytes.len(),
        vec: bytes,
        value,
    };
    let result: Result<(), Infallible> = value.write_to(&mut sink);
    match result {
        Ok(()) => {}
    }
    // SAFETY: the module's invariant: `vec.len() <= pos <= cap` and the bytes `..pos` are
    // initialized.
    unsafe { sink.vec.set_len(sink.pos) };
}

/// The sink of [`extend`]. Its fields change only through [`Spare::room`], which hands the
/// vector, not the sink, to the out-of-line [`grow`]: the sink's address never reaches a
/// call, so the compiler keeps `base`, `pos` and `cap` in registers.
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
    #[inline(always)]
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

impl<T: ByteRepr + ?Sized> Sink for Spare<'_, T> {
    type Error = Infallible;

    #[inline(always)]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        self.room(bytes.len());
        // SAFETY: `room` left at least `bytes.len()` bytes of the buffer at `pos`, which
        // `bytes`, borrowed from elsewhere (the sink holds the vector), does not overlap.
        unsafe {
            core::ptr::copy_nonoverlapping(bytes.as_ptr(), self.base.add(self.pos), bytes.len());
        }
        self.pos += bytes.len();
        Ok(())
    }

    #[inline(always)]
    fn write_u8(&mut self, value: u8) -> Result<(), Infallible> {
        self.room(1);
        // SAFETY: `room` left at least one byte of the buffer at `pos`.
        unsafe { self.base.add(self.pos).write(value) };
        self.pos += 1;
        Ok(())
    }
}
