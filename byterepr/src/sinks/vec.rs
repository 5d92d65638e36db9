//! `Vec<u8>` as a sink, and the scratch sink unordered collections encode entries into.

use alloc::vec::Vec;
use core::convert::Infallible;
use core::marker::PhantomData;

use crate::Sink;

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
