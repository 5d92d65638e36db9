//! Small fixed-size values (an `ENCODED_SIZE` of at most [`SMALL`] bytes) encoded on the
//! stack before they go anywhere: `extend_vec` writes them into a buffer through a cursor and
//! appends the buffer in one copy; the one-call hashes gather them in a `u128`, store it once
//! and hash it in one shot. "Small fixed-size values" in BENCHMARKS.md has the numbers.
//!
//! Either path returns nothing, and the caller takes its ordinary one, for a value that writes
//! more than [`SMALL`] bytes (an impl whose `ENCODED_SIZE` is wrong); a value that writes less
//! than its `ENCODED_SIZE` gives what it wrote. `ENCODED_SIZE` is a constant, so for every
//! other type the check compiles away.

#[cfg(feature = "alloc")]
pub(crate) use self::buffer::extend_small;
#[cfg(any(
    feature = "digest",
    feature = "digest010",
    feature = "crc32",
    feature = "blake3",
    feature = "xxh3"
))]
pub(crate) use self::register::gather_small;
use crate::ByteRepr;

/// The largest fixed size, in bytes, that takes these paths.
pub(crate) const SMALL: usize = 16;

/// Whether `T` has a fixed size of at most [`SMALL`] bytes.
const fn is_small<T: ByteRepr + ?Sized>() -> bool {
    matches!(T::ENCODED_SIZE, Some(size) if size <= SMALL)
}

/// The error of both sinks: the write did not fit.
struct Full;

/// `extend_vec`'s path.
#[cfg(feature = "alloc")]
mod buffer {
    use alloc::vec::Vec;

    use super::{Full, SMALL, is_small};
    use crate::{ByteRepr, Sink};

    /// Appends a small value as [`encode`] encodes it, or returns `false`, having appended
    /// nothing. A 5-byte value: 25 instructions through the `Vec`'s own writes, 14 this way
    /// (borsh: 20).
    #[inline]
    pub(crate) fn extend_small<T: ByteRepr + ?Sized>(value: &T, bytes: &mut Vec<u8>) -> bool {
        let Some((buf, len)) = encode(value) else {
            return false;
        };
        bytes.extend_from_slice(&buf[..len]);
        true
    }

    /// The encoding of a small value, written into a stack buffer through a [`Cursor`], and
    /// its length. The writes check room against a slice held in registers instead of a
    /// `Vec`'s length and capacity in memory.
    #[inline]
    pub(super) fn encode<T: ByteRepr + ?Sized>(value: &T) -> Option<([u8; SMALL], usize)> {
        if !is_small::<T>() {
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
}

/// The one-call hashes' path.
#[cfg(any(
    feature = "digest",
    feature = "digest010",
    feature = "crc32",
    feature = "blake3",
    feature = "xxh3"
))]
mod register {
    use super::{Full, SMALL, is_small};
    use crate::{ByteRepr, Sink};

    /// The encoding of a small value gathered in a `u128` and stored once, and its length.
    ///
    /// Not through the buffer of `extend_vec`: a hash reads its input back at once in wide
    /// words, which cannot be forwarded from a value stored in pieces (4 bytes, then 1) and
    /// wait for the pieces to reach the cache; from one store they do not wait. XXH3-64 of a
    /// 5-byte value: 10.5 ns through the buffer, 2.0 ns this way (borsh's encode-then-hash:
    /// 10.7 ns). `extend_vec` keeps the buffer, whose copy out does not wait, in fewer
    /// instructions (14 against 17).
    #[inline]
    pub(crate) fn gather_small<T: ByteRepr + ?Sized>(value: &T) -> Option<([u8; SMALL], usize)> {
        if !is_small::<T>() {
            return None;
        }
        let mut register = Register { bits: 0, filled: 0 };
        value.write_to(&mut register).ok()?;
        Some((register.bits.to_le_bytes(), (register.filled / 8) as usize))
    }

    /// A sink that gathers up to 16 bytes in a `u128`, little-endian.
    struct Register {
        bits: u128,
        /// How many bits are written.
        filled: u32,
    }

    impl Register {
        /// Appends the low `bits` bits of `value`.
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

    macro_rules! register_writes {
        ($($method:ident: $ty:ty as $unsigned:ty;)*) => {$(
            #[inline]
            fn $method(&mut self, value: $ty) -> Result<(), Full> {
                #[allow(clippy::cast_sign_loss, trivial_numeric_casts)]
                self.put(u128::from(value as $unsigned), <$ty>::BITS)
            }
        )*};
    }

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
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    //! Both paths give exactly the bytes of `to_vec`, for every kind of write, and
    //! `extend_vec` appends exactly what `write_to` writes whatever the impl claims its size
    //! is.

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

    /// Each path's bytes for `value`, by name.
    fn paths<T: ByteRepr>(value: &T) -> Vec<(&'static str, Option<Vec<u8>>)> {
        let bytes =
            |small: Option<([u8; super::SMALL], usize)>| small.map(|(b, n)| b[..n].to_vec());
        vec![
            ("buffer", bytes(super::buffer::encode(value))),
            #[cfg(any(
                feature = "digest",
                feature = "digest010",
                feature = "crc32",
                feature = "blake3",
                feature = "xxh3"
            ))]
            ("register", bytes(super::gather_small(value))),
        ]
    }

    fn check<T: ByteRepr>(value: &T) {
        let bytes = crate::to_vec(value);
        for (name, small) in paths(value) {
            assert_eq!(small, Some(bytes.clone()), "{name}");
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
    fn every_kind_of_write_gives_the_bytes_of_to_vec() {
        check(&(7u32, true));
        check(&(0x0102u16, -3i16, 0x0304_0506u32, -7i8, 9u8));
        check(&(u64::MAX, -2i64));
        check(&(1.5f32, -0.0f64));
        check(&(i32::MIN, u8::MAX, false, 'é'));
        check(&[0xABu8; 16]);
        check(&[1u16, 2, 3]);
        check(&0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10u128);
        check(&());
        check(&Claims::<16, 16>);
        assert_eq!(appended(&(7u32, true)), [7, 0, 0, 0, 1]);
    }

    #[test]
    fn other_types_are_not_small() {
        for (name, small) in paths(&Some(3u8)) {
            assert_eq!(small, None, "{name}: no fixed size");
        }
        for (name, small) in paths(&Claims::<17, 1>) {
            assert_eq!(small, None, "{name}: more than 16 bytes");
        }
        assert_eq!(appended(&Claims::<17, 17>), counting(17));
        let words = [9u64; 4];
        assert_eq!(appended(&words), crate::to_vec(&words));
    }

    #[test]
    fn a_wrong_fixed_size_gives_what_was_written() {
        // More than the buffer holds: no small encoding, and `extend_vec` writes it again
        // through the `Vec`.
        for (name, small) in paths(&Claims::<2, 17>) {
            assert_eq!(small, None, "{name}");
        }
        assert_eq!(appended(&Claims::<2, 17>), counting(17));
        assert_eq!(appended(&Claims::<16, 40>), counting(40));
        // Less than claimed, or more but within the buffer: what was written.
        for (name, small) in paths(&Claims::<8, 3>) {
            assert_eq!(small, Some(counting(3)), "{name}");
        }
        assert_eq!(appended(&Claims::<8, 3>), counting(3));
        assert_eq!(appended(&Claims::<1, 9>), counting(9));
        assert_eq!(appended(&Claims::<0, 0>), counting(0));
    }
}
