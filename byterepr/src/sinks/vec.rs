//! `Vec<u8>` as a sink, the scratch sink unordered collections encode entries into, and
//! `extend_vec`'s path for small fixed-size values.

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

/// Appends `value` as [`encode_small`](super::encode_small) encodes it, or returns `false`, having appended
/// nothing: `extend_vec`'s path for small fixed-size values (a 5-byte value: 25 instructions
/// through the `Vec`, 14 this way, `benches/callgrind.sh`).
#[inline]
pub(crate) fn extend_small<T: crate::ByteRepr + ?Sized>(value: &T, bytes: &mut Vec<u8>) -> bool {
    let Some((buf, len)) = super::encode_small(value) else {
        return false;
    };
    bytes.extend_from_slice(&buf[..len]);
    true
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

#[cfg(test)]
mod tests {
    //! `extend_vec` through the stack buffer of small fixed-size values appends exactly what
    //! `write_to` writes, whatever the impl claims its size is.

    use alloc::vec;
    use alloc::vec::Vec;

    use crate::{ByteRepr, Sink};

    /// Writes `WRITES` bytes 1, 2, ... while claiming `ENCODED_SIZE = Some(CLAIM)`.
    struct Claims<const CLAIM: usize, const WRITES: usize>;

    impl<const CLAIM: usize, const WRITES: usize> ByteRepr for Claims<CLAIM, WRITES> {
        const ENCODED_SIZE: Option<usize> = Some(CLAIM);

        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            for byte in 1..=WRITES {
                sink.write_u8(u8::try_from(byte).unwrap())?;
            }
            Ok(())
        }
    }

    fn appended<T: ByteRepr>(value: &T) -> Vec<u8> {
        let mut bytes = vec![0xAA, 0xBB];
        crate::extend_vec(value, &mut bytes);
        assert_eq!(bytes[..2], [0xAA, 0xBB], "what was there stays");
        bytes.split_off(2)
    }

    fn counting(n: u8) -> Vec<u8> {
        (1..=n).collect()
    }

    #[test]
    fn small_values_append_what_they_write() {
        assert_eq!(appended(&Claims::<5, 5>), counting(5));
        assert_eq!(appended(&Claims::<16, 16>), counting(16));
        assert_eq!(appended(&Claims::<0, 0>), counting(0));
        assert_eq!(appended(&(7u32, true)), [7, 0, 0, 0, 1]);
    }

    #[test]
    fn a_wrong_fixed_size_still_appends_what_is_written() {
        // More than the buffer holds: written again through the `Vec`.
        assert_eq!(appended(&Claims::<2, 17>), counting(17));
        assert_eq!(appended(&Claims::<16, 40>), counting(40));
        // Less than claimed, or more but within the buffer: what was written.
        assert_eq!(appended(&Claims::<8, 3>), counting(3));
        assert_eq!(appended(&Claims::<1, 9>), counting(9));
    }

    #[test]
    fn larger_fixed_sizes_take_the_vec() {
        assert_eq!(appended(&Claims::<17, 17>), counting(17));
        assert_eq!(
            appended(&[9u64; 4]),
            [9u64; 4]
                .iter()
                .flat_map(|x| x.to_le_bytes())
                .collect::<Vec<_>>()
        );
    }
}
