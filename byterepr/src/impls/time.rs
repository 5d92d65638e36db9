//! `Duration` and `SystemTime`.

use core::time::Duration;

use super::{part, parts};
use crate::schema::{Schema, of};
use crate::{ByteRepr, Sink, size};

/// Whole seconds as a `u64`, then the nanoseconds below a second as a `u32` (< 10^9).
impl ByteRepr for Duration {
    const ENCODED_SIZE: Option<usize> = size::sum(&[Some(size::U64), Some(size::U32)]);
    const SCHEMA: &'static Schema =
        &Schema::new::<Self>(parts(&[part("secs", of::<u64>), part("nanos", of::<u32>)]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_u64(self.as_secs())?;
        sink.write_u32(self.subsec_nanos())
    }
}

/// Tag 0 then the `Duration` since the Unix epoch for times at or after it; tag 1 then the
/// `Duration` before the epoch (never zero) for earlier times. No time is out of range.
#[cfg(feature = "std")]
impl ByteRepr for std::time::SystemTime {
    const ENCODED_SIZE: Option<usize> = size::same(&[
        size::sum(&[Some(size::tag(0)), Duration::ENCODED_SIZE]),
        size::sum(&[Some(size::tag(1)), Duration::ENCODED_SIZE]),
    ]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(super::variants(&[
        crate::schema::Variant {
            name: "SinceEpoch",
            tag: 0,
            fields: &[part("0", of::<Duration>)],
        },
        crate::schema::Variant {
            name: "BeforeEpoch",
            tag: 1,
            fields: &[part("0", of::<Duration>)],
        },
    ]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        match self.duration_since(std::time::UNIX_EPOCH) {
            Ok(after) => {
                sink.write_tag(0)?;
                after.write_to(sink)
            }
            Err(before) => {
                sink.write_tag(1)?;
                before.duration().write_to(sink)
            }
        }
    }
}
