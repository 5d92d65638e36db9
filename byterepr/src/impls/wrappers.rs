//! Transparent wrappers: references, smart pointers, `Cow`, `Cell`, `Wrapping`, `Saturating`,
//! `Reverse` encode as the value they hold; `PhantomData` as nothing; ranges as their bounds
//! (and, for `RangeInclusive`, whether it is exhausted).

use core::cell::Cell;
use core::cmp::Reverse;
use core::marker::PhantomData;
use core::num::{Saturating, Wrapping};
use core::ops::{Bound, Range, RangeBounds, RangeInclusive};

use super::{part, parts};
use crate::deep::deep;
use crate::schema::{Scalar, Schema, Shape, of};
use crate::{ByteRepr, Sink, size};

/// Impl that forwards to the value behind `$inner`: `T`'s bytes, so `T`'s schema.
macro_rules! transparent_impls {
    ($($(#[$attr:meta])* [$($generics:tt)*] $ty:ty => |$this:ident| $inner:expr;)*) => {$(
        $(#[$attr])*
        impl<$($generics)*> ByteRepr for $ty {
            const ENCODED_SIZE: Option<usize> = T::ENCODED_SIZE;
            const SCHEMA: &'static Schema = T::SCHEMA;

            // Always: a pointer is how a value contains itself (`Box<List>`), so this is a
            // frame per level of a recursive value unless it is inlined, in debug builds too
            // (see "Limits" in the crate docs).
            #[inline(always)]
            fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
                let $this = self;
                deep!(T => T::write_to($inner, sink))
            }

            #[inline(always)]
            fn encoded_len(&self) -> usize {
                let $this = self;
                deep!(T => T::encoded_len($inner))
            }
        }
    )*};
}

transparent_impls! {
    [T: ByteRepr + ?Sized] &T => |this| *this;
    [T: ByteRepr + ?Sized] &mut T => |this| &**this;
    #[cfg(feature = "alloc")]
    [T: ByteRepr + ?Sized] alloc::boxed::Box<T> => |this| this;
    #[cfg(feature = "alloc")]
    [T: ByteRepr + ?Sized] alloc::rc::Rc<T> => |this| this;
    #[cfg(feature = "alloc")]
    [T: ByteRepr + ?Sized] alloc::sync::Arc<T> => |this| this;
    [T: ByteRepr] Wrapping<T> => |this| &this.0;
    [T: ByteRepr] Saturating<T> => |this| &this.0;
    [T: ByteRepr] Reverse<T> => |this| &this.0;
    [T: ByteRepr + Copy] Cell<T> => |this| &this.get();
}

/// Encodes as the borrowed or owned value, which are the same value.
#[cfg(feature = "alloc")]
impl<T> ByteRepr for alloc::borrow::Cow<'_, T>
where
    T: ByteRepr + alloc::borrow::ToOwned + ?Sized,
{
    const ENCODED_SIZE: Option<usize> = T::ENCODED_SIZE;
    const SCHEMA: &'static Schema = T::SCHEMA;

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        T::write_to(self, sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        T::encoded_len(self)
    }
}

impl<T: ?Sized> ByteRepr for PhantomData<T> {
    const ENCODED_SIZE: Option<usize> = size::sum(&[]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Scalar(Scalar::Unit));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, _sink: &mut S) -> Result<(), S::Error> {
        Ok(())
    }
}

/// `start` then `end`.
impl<T: ByteRepr> ByteRepr for Range<T> {
    const ENCODED_SIZE: Option<usize> = size::sum(&[T::ENCODED_SIZE; 2]);
    const SCHEMA: &'static Schema =
        &Schema::new::<Self>(parts(&[part("start", of::<T>), part("end", of::<T>)]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.start.write_to(sink)?;
        self.end.write_to(sink)
    }
}

/// `start`, `end`, then whether the range is exhausted, as a `bool` (format 2).
///
/// An iterated-out range keeps bounds (`1..=2` ends as `2..=2`) but contains nothing, is not
/// `==` to a fresh range with those bounds and says so through [`RangeBounds::end_bound`]
/// (`Excluded`). Without the flag the two would share bytes, against the rule that values
/// that are not `==` encode differently.
impl<T: ByteRepr> ByteRepr for RangeInclusive<T> {
    const ENCODED_SIZE: Option<usize> =
        size::sum(&[T::ENCODED_SIZE, T::ENCODED_SIZE, Some(size::BOOL)]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(parts(&[
        part("start", of::<T>),
        part("end", of::<T>),
        part("exhausted", of::<bool>),
    ]));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.start().write_to(sink)?;
        self.end().write_to(sink)?;
        // std reports exhaustion only through this bound, and needs no `T: PartialOrd` for it.
        let is_exhausted = matches!(self.end_bound(), Bound::Excluded(_));
        sink.write_bool(is_exhausted)
    }
}
