//! `time`'s date and time types, laid out as `chrono`'s (SPEC.md 3.16): an instant as whole
//! seconds since the Unix epoch and nanoseconds; a date as year, month and day; a time as
//! hour, minute, second and nanoseconds.
//!
//! `OffsetDateTime`'s `Eq` compares instants (a value at `+02:00` equals the same instant at
//! UTC), so the offset is not written. `time` has no leap seconds.

use ::time::{Date, OffsetDateTime, PrimitiveDateTime, Time, UtcDateTime};

use super::calendar;
use crate::impls::{part, parts};
use crate::schema::{Schema, of};
use crate::{ByteRepr, Sink, size};

/// The instant: whole seconds since the Unix epoch as an `i64` (rounded down), then the
/// nanoseconds since that second as a `u32`. The offset is not written: `==` ignores it.
impl ByteRepr for OffsetDateTime {
    const ENCODED_SIZE: Option<usize> = calendar::INSTANT;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::INSTANT_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        // Offsets are whole seconds, so the nanoseconds of the local time are the UTC ones.
        calendar::instant(sink, self.unix_timestamp(), self.nanosecond())
    }
}

/// The instant, as `OffsetDateTime`'s.
impl ByteRepr for UtcDateTime {
    const ENCODED_SIZE: Option<usize> = calendar::INSTANT;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::INSTANT_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        calendar::instant(sink, self.unix_timestamp(), self.nanosecond())
    }
}

/// The year as an `i32`, then the month (1 to 12) and the day (1 to 31), one `u8` each.
impl ByteRepr for Date {
    const ENCODED_SIZE: Option<usize> = calendar::DATE;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::DATE_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        calendar::date(sink, self.year(), u8::from(self.month()), self.day())
    }
}

/// The hour, minute and second, one `u8` each, then the nanoseconds as a `u32`.
impl ByteRepr for Time {
    const ENCODED_SIZE: Option<usize> = calendar::TIME;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::TIME_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        let clock = [self.hour(), self.minute(), self.second()];
        calendar::time(sink, clock, self.nanosecond())
    }
}

/// The `Date`, then the `Time`.
impl ByteRepr for PrimitiveDateTime {
    const ENCODED_SIZE: Option<usize> = size::sum(&[Date::ENCODED_SIZE, Time::ENCODED_SIZE]);
    const SCHEMA: &'static Schema =
        &Schema::new::<Self>(parts(&[part("date", of::<Date>), part("time", of::<Time>)]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.date().write_to(sink)?;
        self.time().write_to(sink)
    }
}
