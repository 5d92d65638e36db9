//! `Vec<u8>` as a sink, the scratch sink unordered collections encode entries into, and
//! `extend_vec`'s path for small fixed-size values.

use alloc::vec::Vec;
use core::convert::Infallible;
use core::marker::PhantomData;

use crate::{ByteRepr, Sink};

/// Appends to the vector; never fails.
impl Sink for Vec<u8> {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        self.extend_from_slice(bytes);
        Ok(())
    }

    #[inline]
    fn write_u8(&mut self, value: u8) -> Result<(), Infallible> {
        self.push(value);
        Ok(())
    }
}

/// Reserves room for `len` more bytes in `bytes` if the allocator gives it, and otherwise
/// nothing: the writes that follow grow the vector as they need.
///
/// `len` is an `encoded_len`, which is a hint, not a promise: it saturates at `usize::MAX` for
/// a value larger than memory, and a hand-written impl can get it wrong. `reserve` would
/// panic on such a length ("capacity overflow") or abort on a failed allocation before a
/// single byte is written, for a value that may well write three bytes.
///
/// Lengths up to [`EAGER_RESERVE`] take `reserve`, which cannot overflow the capacity
/// for them; allocating them is what writing them would do anyway.
#[inline]
pub(crate) fn reserve_hint(bytes: &mut Vec<u8>, len: usize) {
    if len <= EAGER_RESERVE {
        bytes.reserve(len);
    } else {
        reserve_if_possible(bytes, len);
    }
}

/// The rare path of [`reserve_hint`], out of line so that the common one inlines into
/// `extend_vec` (13 instructions a record more when it did not, callgrind).
#[cold]
#[inline(never)]
fn reserve_if_possible(bytes: &mut Vec<u8>, len: usize) {
    // Ignoring the error is the point: the reservation is an optimisation only.
    let _ = bytes.try_reserve_exact(len);
}

/// A new vector with room for `len` bytes, as [`reserve_hint`] reserves it: `with_capacity`
/// allocates directly, where reserving in an empty vector goes through the growth path
/// (about 60 instructions more per `to_vec` of a 5-byte value, callgrind).
#[inline]
pub(crate) fn with_capacity_hint(len: usize) -> Vec<u8> {
    if len <= EAGER_RESERVE {
        Vec::with_capacity(len)
    } else {
        let mut bytes = Vec::new();
        reserve_if_possible(&mut bytes, len);
        bytes
    }
}

/// The largest length [`reserve_hint`] reserves without asking first: 256 MiB.
const EAGER_RESERVE: usize = 1 << 28;

/// A canonical sink that appends to a borrowed `Vec` but reports the error type `E` of the
/// sink it stands in for (it never fails), so that [`Sink::with_scratch`] can hand it out.
pub(crate) struct Scratch<'a, E> {
    buf: &'a mut Vec<u8>,
    error: PhantomData<fn() -> E>,
}

impl<'a, E> Scratch<'a, E> {
    pub(crate) fn new(buf: &'a mut Vec<u8>) -> Self {
        Self {
            buf,
            error: PhantomData,
        }
    }
}

impl<E> Sink for Scratch<'_, E> {
    type Error = E;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), E> {
        self.buf.extend_from_slice(bytes);
        Ok(())
    }
}

/// The largest fixed size, in bytes, that [`extend_small`] encodes on the stack.
const SMALL: usize = 16;

/// Appends a value of a fixed size of at most [`SMALL`] bytes by writing it into a stack
/// buffer through a [`Cursor`] and appending the buffer in one copy; returns `false`, having
/// appended nothing, for any other value, and for one that writes more than the buffer holds
/// (an impl whose `ENCODED_SIZE` is wrong: the caller then writes it through the `Vec`). A
/// value that writes less than its `ENCODED_SIZE` appends what it wrote. The writes check
/// room against a slice held in registers instead of the `Vec`'s length and capacity in
/// memory: a 5-byte value takes 14 instructions instead of 25 (borsh: 20); "Small fixed-size
/// values" in BENCHMARKS.md. `ENCODED_SIZE` is a constant, so for every other type this is
/// compiled away.
#[inline]
pub(crate) fn extend_small<T: ByteRepr + ?Sized>(value: &T, bytes: &mut Vec<u8>) -> bool {
    let Some((buf, written)) = encode_small(value) else {
        return false;
    };
    bytes.extend_from_slice(&buf[..written]);
    true
}

/// [`extend_small`]'s encoding on the stack, for `to_vec`: the buffer and how many of its
/// bytes are written, or `None` as for [`extend_small`].
#[inline]
pub(crate) fn encode_small<T: ByteRepr + ?Sized>(value: &T) -> Option<([u8; SMALL], usize)> {
    if !matches!(T::ENCODED_SIZE, Some(size) if size <= SMALL) {
        return None;
    }
    let mut buf = [0u8; SMALL];
    let mut cursor = Cursor { rest: &mut buf };
    value.write_to(&mut cursor).ok()?;
    let written = SMALL - cursor.rest.len();
    Some((buf, written))
}

/// A sink that fills `rest` from its start and keeps only what is left of it.
struct Cursor<'a> {
    rest: &'a mut [u8],
}

/// [`Cursor`]'s error: the write did not fit.
struct Full;

impl Sink for Cursor<'_> {
    type Error = Full;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Full> {
        if bytes.len() > self.rest.len() {
            return Err(Full);
        }
        let (written, rest) = core::mem::take(&mut self.rest).split_at_mut(bytes.len());
        written.copy_from_slice(bytes);
        self.rest = rest;
        Ok(())
    }

    #[inline]
    fn write_u8(&mut self, value: u8) -> Result<(), Full> {
        let Some((first, rest)) = core::mem::take(&mut self.rest).split_first_mut() else {
            return Err(Full);
        };
        *first = value;
        self.rest = rest;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! `extend_vec` through the stack buffer appends exactly what `write_to` writes, whatever
    //! the impl claims its size is.

    use alloc::vec;
    use alloc::vec::Vec;

    use crate::ByteRepr;
    use crate::testing::{Claims, counting};

    fn appended<T: ByteRepr>(value: &T) -> Vec<u8> {
        let mut bytes = vec![0xAA, 0xBB];
        crate::extend_vec(value, &mut bytes);
        assert_eq!(bytes[..2], [0xAA, 0xBB], "what was there stays");
        bytes.split_off(2)
    }

    #[test]
    fn small_values_append_the_bytes_of_to_vec() {
        struct SameAsToVec;
        impl crate::testing::Check for SameAsToVec {
            fn check<T: ByteRepr>(&mut self, value: &T) {
                assert_eq!(appended(value), crate::to_vec(value));
            }
        }
        crate::testing::each_small_value(&mut SameAsToVec);
        assert_eq!(appended(&(7u32, true)), [7, 0, 0, 0, 1]);
        assert_eq!(appended(&Claims::<16, 16>), counting(16));
        assert_eq!(appended(&Claims::<0, 0>), counting(0));
    }

    #[test]
    fn other_types_take_the_vec() {
        assert_eq!(appended(&Some(3u8)), [1, 3]);
        assert_eq!(appended(&Claims::<17, 17>), counting(17));
        let words = [9u64; 4];
        assert_eq!(appended(&words), crate::to_vec(&words));
    }

    #[test]
    fn a_wrong_fixed_size_appends_what_is_written() {
        // More than the buffer holds: written again through the `Vec`.
        assert_eq!(appended(&Claims::<2, 17>), counting(17));
        assert_eq!(appended(&Claims::<16, 40>), counting(40));
        // Less than claimed, or more but within the buffer: what was written.
        assert_eq!(appended(&Claims::<8, 3>), counting(3));
        assert_eq!(appended(&Claims::<1, 9>), counting(9));
    }
}
