//! Small fixed-size values encoded into a stack buffer through a cursor: the fast path of
//! `extend_vec` and of the one-call hashes for them.

use crate::{ByteRepr, Sink};

/// The largest fixed size, in bytes, that [`encode_small`] writes into a stack buffer.
pub(crate) const SMALL: usize = 16;

/// The encoding of a value whose `ENCODED_SIZE` is at most [`SMALL`], written into a stack
/// buffer through a cursor, and its length; `None` for any other value, and for one that
/// wrote more than the buffer holds (an impl whose `ENCODED_SIZE` is wrong). The writes check
/// room against a slice held in registers instead of a `Vec`'s length and capacity in memory,
/// or a hashing sink's batch: the fast path of `extend_vec` and the one-call hashes for small
/// values ("Small fixed-size values" in BENCHMARKS.md).
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
