//! `jiff`'s instants and civil (wall-clock) types.
//!
//! `Timestamp` and `ZonedDateTime` are compared by `==` as instants: a `ZonedDateTime`'s time
//! zone takes no part in its `==`, so it is not written, and both encode as the instant, with
//! the same bytes as a chrono `DateTime` or a time `OffsetDateTime` of that instant. The civil
//! types are their fields, laid out as chrono's naive types. jiff has no leap seconds.

use ::jiff::civil::{Date, DateTime, Time};
use ::jiff::{Timestamp, ZonedDateTime};

use super::calendar;
use crate::impls::{part, parts};
use crate::schema::{Schema, of};
use crate::{ByteRepr, Sink, size};

/// Nanoseconds in a second.
const NANOS: i32 = 1_000_000_000;

/// The instant: whole seconds since the Unix epoch as an `i64`, rounded down (so negative
/// before 1970), then the nanoseconds since that second as a `u32` (below 10⁹). jiff gives a
/// time before the epoch a negative sub-second part; it is carried into the seconds, so each
/// instant has one form, the one chrono's `DateTime` writes.
impl ByteRepr for Timestamp {
    const ENCODED_SIZE: Option<usize> = calendar::INSTANT;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::INSTANT_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        let (mut seconds, mut nanos) = (self.as_second(), self.subsec_nanosecond());
        if nanos < 0 {
            seconds -= 1;
            nanos += NANOS;
        }
        calendar::instant(sink, seconds, nanos.unsigned_abs())
    }
}

/// The instant, as [`Timestamp`]: `==` compares the timestamps alone, so two values of one
/// instant in different time zones are equal and share bytes.
impl ByteRepr for ZonedDateTime {
    const ENCODED_SIZE: Option<usize> = Timestamp::ENCODED_SIZE;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::INSTANT_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.timestamp().write_to(sink)
    }
}

/// The year as an `i32`, then the month (1 to 12) and the day (1 to 31), one `u8` each: the
/// layout of chrono's `NaiveDate`.
impl ByteRepr for Date {
    const ENCODED_SIZE: Option<usize> = calendar::DATE;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::DATE_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        calendar::date(
            sink,
            i32::from(self.year()),
            field(self.month()),
            field(self.day()),
        )
    }
}

/// The hour, minute and second, one `u8` each, then the nanoseconds as a `u32`: the layout
/// of chrono's `NaiveTime`.
impl ByteRepr for Time {
    const ENCODED_SIZE: Option<usize> = calendar::TIME;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(calendar::TIME_SHAPE);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        let clock = [
            field(self.hour()),
            field(self.minute()),
            field(self.second()),
        ];
        calendar::time(sink, clock, self.subsec_nanosecond().unsigned_abs())
    }
}

/// The `Date`, then the `Time`.
impl ByteRepr for DateTime {
    const ENCODED_SIZE: Option<usize> = size::sum(&[Date::ENCODED_SIZE, Time::ENCODED_SIZE]);
    const SCHEMA: &'static Schema =
        &Schema::new::<Self>(parts(&[part("date", of::<Date>), part("time", of::<Time>)]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.date().write_to(sink)?;
        self.time().write_to(sink)
    }
}

/// A month, day, hour, minute or second, which jiff returns as an `i8` in a range that is
/// never negative.
#[inline]
fn field(value: i8) -> u8 {
    value.unsigned_abs()
}
