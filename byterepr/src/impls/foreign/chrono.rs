//! `chrono`'s date and time types.
//!
//! `DateTime<Tz>` is compared by `==` as an instant: two values in different time zones or
//! at different offsets are equal when they name the same instant (chrono compares the UTC
//! date and time it holds), so the offset is not written. The naive types are their fields.
//!
//! Leap seconds: chrono represents one as a nanosecond count from 1 000 000 000 to
//! 1 999 999 999 in the second before it (`23:59:59` with 1.5 × 10⁹ ns is `23:59:60.5`). The
//! count is written as it is, so a leap second has its own bytes, distinct from the second
//! before and after it, as it is distinct by `==`.

use ::chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike};

use super::calendar;
use crate::impls::{part, parts};
use crate::schema::{Schema, of};
use crate::{ByteRepr, Sink, size};

/// The instant: whole seconds since the Unix epoch as an `i64` (rounded down, so negative
/// before 1970), then the nanoseconds since that second as a `u32` (at most 1 999 999 999,
/// in a leap second). The time zone and offset are not written: `==` ignores them.
impl<Tz: TimeZone> ByteRepr for DateTime<Tz> {
    const ENCODED_SIZE: Option<usize> = calendar::INSTANT;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::INSTANT_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        calendar::instant(sink, self.timestamp(), self.timestamp_subsec_nanos())
    }
}

/// The year as an `i32`, then the month (1 to 12) and the day of the month (1 to 31), one
/// `u8` each.
impl ByteRepr for NaiveDate {
    const ENCODED_SIZE: Option<usize> = calendar::DATE;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::DATE_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        calendar::date(sink, self.year(), small(self.month()), small(self.day()))
    }
}

/// The hour (0 to 23), minute (0 to 59) and second (0 to 59), one `u8` each, then the
/// nanoseconds as a `u32` (1 000 000 000 and above in a leap second).
impl ByteRepr for NaiveTime {
    const ENCODED_SIZE: Option<usize> = calendar::TIME;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::TIME_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        let clock = [
            small(self.hour()),
            small(self.minute()),
            small(self.second()),
        ];
        calendar::time(sink, clock, self.nanosecond())
    }
}

/// The `NaiveDate`, then the `NaiveTime`.
impl ByteRepr for NaiveDateTime {
    const ENCODED_SIZE: Option<usize> =
        size::sum(&[NaiveDate::ENCODED_SIZE, NaiveTime::ENCODED_SIZE]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(parts(&[
        part("date", of::<NaiveDate>),
        part("time", of::<NaiveTime>),
    ]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.date().write_to(sink)?;
        self.time().write_to(sink)
    }
}

/// A month, day, hour, minute or second, which chrono returns as a `u32` but keeps below 60.
#[expect(
    clippy::cast_possible_truncation,
    reason = "chrono's calendar and clock fields are below 256"
)]
#[inline]
fn small(field: u32) -> u8 {
    field as u8
}
