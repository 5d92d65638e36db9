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
