//! The layout of instants, dates and times, shared by the `chrono`, `time` and `jiff` impls
//! (SPEC.md 3.16), so that one instant (or date, or wall-clock time) has one encoding
//! whichever of those crates holds it, and the layout is written down once.

use crate::schema::{Custom, Shape};
use crate::{Sink, size};

/// The shape of an [`instant`], whichever crate's type holds it: one layout, so one schema.
pub(super) const INSTANT_SHAPE: Shape = Shape::Custom(Custom {
    name: "instant",
    version: 1,
    layout: "seconds since the Unix epoch as an i64 (rounded down), then the nanoseconds since \
             that second as a u32 (up to 1 999 999 999 in a chrono leap second); no offset or \
             zone",
});

/// The shape of a [`date`], whichever crate's type holds it.
pub(super) const DATE_SHAPE: Shape = Shape::Custom(Custom {
    name: "date",
    version: 1,
    layout: "year i32, month u8 (1-12), day u8 (1-31)",
});

/// The shape of a [`time`], whichever crate's type holds it.
pub(super) const TIME_SHAPE: Shape = Shape::Custom(Custom {
    name: "time of day",
    version: 1,
    layout: "hour, minute, second one u8 each, then nanoseconds u32 (10^9 and above in a \
             chrono leap second)",
});

/// The size of an [`instant`]: seconds as an `i64`, nanoseconds as a `u32`.
pub(super) const INSTANT: Option<usize> = size::sum(&[Some(size::I64), Some(size::U32)]);

/// The size of a [`date`]: the year as an `i32`, the month and the day as a `u8` each.
pub(super) const DATE: Option<usize> =
    size::sum(&[Some(size::I32), Some(size::U8), Some(size::U8)]);

/// The size of a [`time`]: hour, minute and second as a `u8` each, nanoseconds as a `u32`.
pub(super) const TIME: Option<usize> = size::sum(&[
    Some(size::U8),
    Some(size::U8),
    Some(size::U8),
    Some(size::U32),
]);

/// An instant: whole seconds since the Unix epoch, rounded down (negative before 1970), then
/// the nanoseconds since that second (below 10^9, or up to 2 * 10^9 - 1 in a chrono leap
/// second).
#[inline]
pub(super) fn instant<S: Sink + ?Sized>(
    sink: &mut S,
    seconds: i64,
    nanoseconds: u32,
) -> Result<(), S::Error> {
    sink.write_i64(seconds)?;
    sink.write_u32(nanoseconds)
}

/// A calendar date: the year, the month (1 to 12), the day of the month (1 to 31).
#[inline]
pub(super) fn date<S: Sink + ?Sized>(
    sink: &mut S,
    year: i32,
    month: u8,
    day: u8,
) -> Result<(), S::Error> {
    sink.write_i32(year)?;
    sink.write_u8(month)?;
    sink.write_u8(day)
}

/// A wall-clock time: the hour, minute and second, then the nanoseconds since that second.
#[inline]
pub(super) fn time<S: Sink + ?Sized>(
    sink: &mut S,
    [hour, minute, second]: [u8; 3],
    nanoseconds: u32,
) -> Result<(), S::Error> {
    sink.write_u8(hour)?;
    sink.write_u8(minute)?;
    sink.write_u8(second)?;
    sink.write_u32(nanoseconds)
}
