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
#[inline]
pub(crate) fn reserve_hint(bytes: &mut Vec<u8>, len: usize) {
    // Ignoring the error is the point: the reservation is an optimisation only.
    let _ = bytes.try_reserve_exact(len);
}

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
