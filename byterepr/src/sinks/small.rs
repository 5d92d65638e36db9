//! Small fixed-size values encoded on the stack: into a buffer through a cursor for
//! `extend_vec`, into a `u128` for the one-call hashes.

use crate::{ByteRepr, Sink};

/// The largest fixed size, in bytes, that [`encode_small`] writes into a stack buffer.
pub(crate) const SMALL: usize = 16;

/// The encoding of a value whose `ENCODED_SIZE` is at most [`SMALL`], written into a stack
/// buffer through a cursor, and its length; `None` for any other value, and for one that
/// wrote more than the buffer holds (an impl whose `ENCODED_SIZE` is wrong). The writes check
/// room against a slice held in registers instead of a `Vec`'s length and capacity in memory,
/// or a hashing sink's batch: the fast path of `extend_vec` and the one-call hashes for small
/// values ("Small fixed-size values" in BENCHMARKS.md).
/// The encoding of a value whose `ENCODED_SIZE` is at most [`SMALL`], written into a stack
/// buffer through a cursor, and its length; `None` for any other value, and for one that
/// wrote more than the buffer holds (an impl whose `ENCODED_SIZE` is wrong). The writes check
/// room against a slice held in registers instead of a `Vec`'s length and capacity in memory:
/// `extend_vec`'s path for small values, which copies the bytes on ("Small fixed-size values"
/// in BENCHMARKS.md).
#[cfg(feature = "alloc")]
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

/// [`encode_small`] through a `u128` instead of a buffer: the bytes reach memory in one
/// store. The one-call hashes' path for small values: a hash reads its input back at once in
/// wide words, which a value stored in pieces (4 bytes, then 1) makes wait for the pieces to
/// reach the cache (store-to-load forwarding fails); from one store it does not wait. XXH3-64
/// of a 5-byte value: 10.5 ns through the buffer, 2.4-3.1 ns this way (borsh's
/// encode-then-hash: 10.7 ns). `extend_vec` takes [`encode_small`], whose copy out of the
/// buffer does not wait, in fewer instructions (14 against 17).
#[cfg(any(
    feature = "digest",
    feature = "digest010",
    feature = "crc32",
    feature = "blake3",
    feature = "xxh3"
))]
#[inline]
pub(crate) fn gather_small<T: ByteRepr + ?Sized>(value: &T) -> Option<([u8; SMALL], usize)> {
    if !matches!(T::ENCODED_SIZE, Some(size) if size <= SMALL) {
        return None;
    }
    let mut register = Register { bits: 0, filled: 0 };
    value.write_to(&mut register).ok()?;
    Some((register.bits.to_le_bytes(), (register.filled / 8) as usize))
}

/// A sink that gathers up to 16 bytes in a `u128`, little-endian, so that they reach memory
/// in one store.
#[cfg(any(
    feature = "digest",
    feature = "digest010",
    feature = "crc32",
    feature = "blake3",
    feature = "xxh3"
))]
struct Register {
    bits: u128,
    /// How many bits are written.
    filled: u32,
}

#[cfg(any(
    feature = "digest",
    feature = "digest010",
    feature = "crc32",
    feature = "blake3",
    feature = "xxh3"
))]
macro_rules! register_writes {
    ($($method:ident: $ty:ty as $unsigned:ty;)*) => {$(
        #[inline]
        fn $method(&mut self, value: $ty) -> Result<(), Full> {
            #[allow(clippy::cast_sign_loss, trivial_numeric_casts)]
            self.put(u128::from(value as $unsigned), <$ty>::BITS)
        }
    )*};
}

#[cfg(any(
    feature = "digest",
    feature = "digest010",
    feature = "crc32",
    feature = "blake3",
    feature = "xxh3"
))]
impl Register {
    #[inline]
    fn put(&mut self, value: u128, bits: u32) -> Result<(), Full> {
        if bits > 128 - self.filled {
            return Err(Full);
        }
        if self.filled < 128 {
            self.bits |= value << self.filled;
        }
        self.filled += bits;
        Ok(())
    }
}

#[cfg(any(
    feature = "digest",
    feature = "digest010",
    feature = "crc32",
    feature = "blake3",
    feature = "xxh3"
))]
impl Sink for Register {
    type Error = Full;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Full> {
        if bytes.len() * 8 > (128 - self.filled) as usize {
            return Err(Full);
        }
        for &byte in bytes {
            self.put(u128::from(byte), 8)?;
        }
        Ok(())
    }

    register_writes! {
        write_u8: u8 as u8;
        write_u16: u16 as u16;
        write_u32: u32 as u32;
        write_u64: u64 as u64;
        write_i8: i8 as u8;
        write_i16: i16 as u16;
        write_i32: i32 as u32;
        write_i64: i64 as u64;
    }

    #[inline]
    fn write_bool(&mut self, value: bool) -> Result<(), Full> {
        self.put(u128::from(value), 8)
    }
}

/// A sink that fills `rest` from its start and keeps only what is left of it.
#[cfg(feature = "alloc")]
struct Cursor<'a> {
    rest: &'a mut [u8],
}

/// [`Cursor`]'s error: the write did not fit.
struct Full;

#[cfg(feature = "alloc")]
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

#[cfg(all(test, feature = "alloc"))]
mod tests {
    //! Both small paths give exactly the bytes of `to_vec`, for every kind of write.

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

    fn check<T: ByteRepr>(value: &T) {
        let bytes = crate::to_vec(value);
        for (name, small) in [
            ("encode_small", super::encode_small(value)),
            #[cfg(any(
                feature = "digest",
                feature = "digest010",
                feature = "crc32",
                feature = "blake3",
                feature = "xxh3"
            ))]
            ("gather_small", super::gather_small(value)),
        ] {
            match small {
                Some((buf, len)) => assert_eq!(buf[..len], bytes[..], "{name}"),
                None => assert!(
                    bytes.len() > super::SMALL || T::ENCODED_SIZE.is_none(),
                    "{name}"
                ),
            }
        }
    }

    #[test]
    fn every_write_gives_the_bytes_of_to_vec() {
        check(&(7u32, true));
        check(&(0x0102u16, -3i16, 0x0304_0506u32, -7i8, 9u8));
        check(&(u64::MAX, -2i64));
        check(&(1.5f32, -0.0f64));
        check(&(i32::MIN, u8::MAX, false, 'é'));
        check(&[0xABu8; 16]);
        check(&[1u16, 2, 3]);
        check(&0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10u128);
        check(&());
        check(&Some(3u8));
        check(&Claims::<16, 16>);
    }

    #[test]
    fn wrong_claims_fall_back_or_give_what_was_written() {
        // More than 16 bytes written: no small encoding, whatever the claim.
        assert!(super::encode_small(&Claims::<2, 17>).is_none());
        // Less than claimed: what was written.
        assert_eq!(
            super::encode_small(&Claims::<8, 3>).map(|(_, n)| n),
            Some(3)
        );
        #[cfg(any(
            feature = "digest",
            feature = "digest010",
            feature = "crc32",
            feature = "blake3",
            feature = "xxh3"
        ))]
        {
            assert!(super::gather_small(&Claims::<2, 17>).is_none());
            assert_eq!(
                super::gather_small(&Claims::<8, 3>).map(|(_, n)| n),
                Some(3)
            );
        }
        // More than 16 claimed: not small.
        assert!(super::encode_small(&Claims::<17, 1>).is_none());
    }
}
