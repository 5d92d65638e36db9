//! Values for the crate's own unit tests, shared by the modules that test a path for small
//! fixed-size values (`sinks::vec`, `hash::gather`).

use alloc::vec::Vec;

use crate::{ByteRepr, Sink};

/// Writes `WRITES` bytes 1, 2, ... while claiming `ENCODED_SIZE = Some(CLAIM)`: an impl whose
/// fixed size is wrong when the two differ.
pub(crate) struct Claims<const CLAIM: usize, const WRITES: usize>;

impl<const CLAIM: usize, const WRITES: usize> ByteRepr for Claims<CLAIM, WRITES> {
    const ENCODED_SIZE: Option<usize> = Some(CLAIM);

    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        for byte in 1..=WRITES {
            sink.write_u8(u8::try_from(byte).unwrap())?;
        }
        Ok(())
    }
}

/// What [`Claims`] writes: the bytes 1 to `n`.
pub(crate) fn counting(n: u8) -> Vec<u8> {
    (1..=n).collect()
}

/// A check run on values of different types.
pub(crate) trait Check {
    fn check<T: ByteRepr>(&mut self, value: &T);
}

/// Runs `check` on fixed-size values of at most 16 bytes that make every kind of write:
/// each integer width and sign, floats, `bool`, `char`, raw bytes, slices of numbers, unit.
pub(crate) fn each_small_value(check: &mut impl Check) {
    check.check(&(7u32, true));
    check.check(&(0x0102u16, -3i16, 0x0304_0506u32, -7i8, 9u8));
    check.check(&(u64::MAX, -2i64));
    check.check(&(1.5f32, -0.0f64));
    check.check(&(i32::MIN, u8::MAX, false, 'é'));
    check.check(&[0xABu8; 16]);
    check.check(&[1u16, 2, 3]);
    check.check(&0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10u128);
    check.check(&());
    check.check(&Claims::<16, 16>);
}
