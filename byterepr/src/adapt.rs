//! Adapters: a custom encoding for a type, composed through containers without restating
//! how the container is written.
//!
//! A field of type `Vec<Option<Id>>` where `Id` needs a rule of its own (a foreign type
//! without an impl, a number that must be written as a string, ...) takes one marker type
//! that implements [`ByteReprAs<Id>`] and one line: `#[byterepr(as = Vec<Option<IdAsText>>)]`.
//! The adapter type mirrors the field's type, with the marker where the custom rule applies
//! and [`Same`] where a part keeps its own `ByteRepr`. Every container keeps its own encoding:
//! `Option<A>` writes the tag of `Option`, `Vec<A>` the length of `Vec`, `HashMap<KA, VA>`
//! sorts its entries by their bytes, and only the elements go through the adapter.
//!
//! This is `serde_with`'s model (`#[serde_as(as = "Vec<DisplayFromStr>")]`), chosen over
//! public combinators (`write::option(sink, value, element_writer)`) because the adapter is a
//! type: it names the rule once, nests without closures, gives `encoded_len` for free, and
//! the derive checks it against the field's type at compile time (a `Vec<A>` adapter on an
//! `Option` field is an error under the adapter). For a value outside a derived type,
//! [`As`] (built by [`adapt`]) makes any value with an adapter a `ByteRepr` value, so every
//! entry point (`to_vec`, `sha256`, the Java encoding, ...) takes it.
//!
//! ```
//! use byterepr::{ByteRepr, ByteReprAs, Sink};
//!
//! /// A foreign id type without an impl (as if from another crate).
//! pub struct Id(pub [u8; 4]);
//!
//! /// Writes an `Id` as its four bytes: the one rule, written once.
//! pub struct IdBytes;
//!
//! impl ByteReprAs<Id> for IdBytes {
//!     fn write_as<S: Sink + ?Sized>(id: &Id, sink: &mut S) -> Result<(), S::Error> {
//!         sink.write_u8_slice(&id.0)
//!     }
//!
//!     const ENCODED_SIZE_AS: Option<usize> = Some(4);
//! }
//!
//! #[derive(ByteRepr)]
//! struct Team {
//!     #[byterepr(as = Vec<Option<IdBytes>>)]
//!     members: Vec<Option<Id>>,
//! }
//!
//! let team = Team { members: vec![Some(Id([1, 2, 3, 4])), None] };
//! // The `Vec`'s length, `Option`'s tags, and the ids through `IdBytes`.
//! assert_eq!(byterepr::to_vec(&team), [2, 1, 1, 2, 3, 4, 0]);
//! assert_eq!(team.encoded_len(), 7);
//! // A fixed-size rule keeps its size through arrays and tuples.
//! assert_eq!(<[IdBytes; 2] as ByteReprAs<[Id; 2]>>::ENCODED_SIZE_AS, Some(8));
//! // The same rule for a value on its own, through any entry point.
//! let ids = vec![Some(Id([9, 9, 9, 9]))];
//! assert_eq!(
//!     byterepr::to_vec(&byterepr::adapt::<Vec<Option<IdBytes>>, _>(&ids)),
//!     [1, 1, 9, 9, 9, 9],
//! );
//! ```

use core::fmt;
use core::marker::PhantomData;

use crate::sinks::LenCounter;
use crate::{ByteRepr, Sink, size};

/// A rule that writes values of type `T`: `Self` is a marker type naming the rule, so one
/// `T` can have several, and a foreign `T` can have one without an impl of [`ByteRepr`].
///
/// The rule is held to the contract of [`ByteRepr`]: deterministic, injective (a length or
/// a tag before anything variable) and exact (`encoded_len_as` is the number of bytes
/// `write_as` writes in the canonical format). Containers of adapters (`Option<A>`,
/// `Vec<A>`, maps, sets, tuples, arrays, `Box<A>`) implement it by writing the container as
/// its own `ByteRepr` impl does, with the elements through `A`; [`Same`] is the identity.
/// See the [module docs](mod@crate::adapt) for an example.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an adapter for `{T}`: it does not implement `ByteReprAs<{T}>`",
    label = "`{Self}` cannot write values of type `{T}`",
    note = "the adapter mirrors the field's type: `Option<A>` adapts `Option<T>`, `Vec<A>` \
            adapts `Vec<T>`, `Same` keeps a part's own `ByteRepr`, and a marker type \
            implementing `ByteReprAs<T>` gives the custom rule"
)]
pub trait ByteReprAs<T: ?Sized> {
    /// Writes `value` into `sink` by this rule.
    ///
    /// # Errors
    /// Whatever the sink returns.
    fn write_as<S: Sink + ?Sized>(value: &T, sink: &mut S) -> Result<(), S::Error>;

    /// The canonical length shared by every value this rule writes, when there is one: as
    /// [`ByteRepr::ENCODED_SIZE`], which a derived type with an `as` field builds its own
    /// from. A rule that sets it must write exactly that many bytes in the canonical format.
    const ENCODED_SIZE_AS: Option<usize> = None;

    /// The length of the canonical encoding of `value` by this rule. The provided body
    /// returns [`ENCODED_SIZE_AS`](ByteReprAs::ENCODED_SIZE_AS) when it is set, else writes
    /// `value` to a [`LenCounter`]; a rule with a cheaper answer overrides it, adding parts
    /// with [`size::add`] so that the length saturates instead of wrapping.
    #[inline]
    fn encoded_len_as(value: &T) -> usize {
        if let Some(size) = Self::ENCODED_SIZE_AS {
            return size;
        }
        let mut counter = LenCounter::new();
        match Self::write_as(value, &mut counter) {
            Ok(()) => counter.len(),
            Err(never) => match never {},
        }
    }
}

/// The identity adapter: writes a value with its own [`ByteRepr`] impl. The part of an
/// adapter that needs no custom rule: `HashMap<Same, IdBytes>` keeps the keys' encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Same;

impl<T: ByteRepr + ?Sized> ByteReprAs<T> for Same {
    const ENCODED_SIZE_AS: Option<usize> = T::ENCODED_SIZE;

    #[inline]
    fn write_as<S: Sink + ?Sized>(value: &T, sink: &mut S) -> Result<(), S::Error> {
        value.write_to(sink)
    }

    #[inline]
    fn encoded_len_as(value: &T) -> usize {
        value.encoded_len()
    }
}

/// A value together with the adapter that writes it: a [`ByteRepr`] value, so every entry
/// point takes it. Built by [`adapt`] or [`As::new`].
pub struct As<'a, A: ?Sized, T: ?Sized> {
    value: &'a T,
    // `fn() -> A`: the marker is never held, so `As` is `Send`, `Sync` and covariant
    // whatever `A` is.
    adapter: PhantomData<fn() -> A>,
}

impl<'a, A: ?Sized, T: ?Sized> As<'a, A, T> {
    /// `value`, to be written by the adapter `A`.
    #[inline]
    #[must_use]
    pub const fn new(value: &'a T) -> Self {
        As {
            value,
            adapter: PhantomData,
        }
    }

    /// The value this writes.
    #[inline]
    #[must_use]
    pub const fn value(&self) -> &'a T {
        self.value
    }
}

impl<A: ?Sized, T: ?Sized> Clone for As<'_, A, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A: ?Sized, T: ?Sized> Copy for As<'_, A, T> {}

impl<A: ?Sized, T: fmt::Debug + ?Sized> fmt::Debug for As<'_, A, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("As")
            .field(&core::any::type_name::<A>())
            .field(&self.value)
            .finish()
    }
}

impl<A: ByteReprAs<T> + ?Sized, T: ?Sized> ByteRepr for As<'_, A, T> {
    const ENCODED_SIZE: Option<usize> = A::ENCODED_SIZE_AS;
    // What an adapter writes is not described by any schema: opaque, known by its name
    // (`byterepr::adapt::As<A, T>`), which names the adapter and the type, as a derived
    // `#[byterepr(as = A)]` field is known by both.
    const SCHEMA: &'static crate::schema::Schema = &crate::schema::Schema::opaque::<Self>();

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        A::write_as(self.value, sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        A::encoded_len_as(self.value)
    }
}

/// `value` written by the adapter `A`, as a [`ByteRepr`] value.
///
/// ```
/// use byterepr::adapt::Same;
///
/// let pairs = vec![(1u8, "a")];
/// let adapted = byterepr::adapt::<Vec<(Same, Same)>, _>(&pairs);
/// assert_eq!(byterepr::to_vec(&adapted), byterepr::to_vec(&pairs));
/// ```
#[inline]
#[must_use]
pub const fn adapt<A: ?Sized, T: ?Sized>(value: &T) -> As<'_, A, T> {
    As::new(value)
}

/// `None` is tag 0; `Some(v)` is tag 1 then `v` by `A`: the bytes of `Option`'s impl.
impl<A: ByteReprAs<T>, T> ByteReprAs<Option<T>> for Option<A> {
    #[inline]
    fn write_as<S: Sink + ?Sized>(value: &Option<T>, sink: &mut S) -> Result<(), S::Error> {
        match value {
            None => sink.write_tag(0),
            Some(value) => {
                sink.write_tag(1)?;
                A::write_as(value, sink)
            }
        }
    }

    #[inline]
    fn encoded_len_as(value: &Option<T>) -> usize {
        match value {
            None => size::tag(0),
            Some(value) => size::add(size::tag(1), A::encoded_len_as(value)),
        }
    }
}

/// `Ok(v)` is tag 0 then `v` by `A`; `Err(e)` is tag 1 then `e` by `B`.
impl<A: ByteReprAs<T>, B: ByteReprAs<E>, T, E> ByteReprAs<Result<T, E>> for Result<A, B> {
    #[inline]
    fn write_as<S: Sink + ?Sized>(value: &Result<T, E>, sink: &mut S) -> Result<(), S::Error> {
        match value {
            Ok(value) => {
                sink.write_tag(0)?;
                A::write_as(value, sink)
            }
            Err(error) => {
                sink.write_tag(1)?;
                B::write_as(error, sink)
            }
        }
    }

    #[inline]
    fn encoded_len_as(value: &Result<T, E>) -> usize {
        match value {
            Ok(value) => size::add(size::tag(0), A::encoded_len_as(value)),
            Err(error) => size::add(size::tag(1), B::encoded_len_as(error)),
        }
    }
}

/// Each element by `A`, without a length; elements of every adapter go one call each (the
/// bulk path of number slices is the element type's own, so `[Same; N]` loses it).
fn write_elements<'a, A, T, S>(
    items: impl IntoIterator<Item = &'a T>,
    sink: &mut S,
) -> Result<(), S::Error>
where
    A: ByteReprAs<T> + ?Sized,
    T: 'a,
    S: Sink + ?Sized,
{
    for item in items {
        A::write_as(item, sink)?;
    }
    Ok(())
}

/// The sum of each element's length by `A`.
fn elements_len<'a, A, T>(items: impl IntoIterator<Item = &'a T>) -> usize
where
    A: ByteReprAs<T> + ?Sized,
    T: 'a,
{
    let mut total = 0;
    for item in items {
        total = size::add(total, A::encoded_len_as(item));
    }
    total
}

/// The `N` elements by `A`, no length: the bytes of `[T; N]`'s impl.
impl<A: ByteReprAs<T>, T, const N: usize> ByteReprAs<[T; N]> for [A; N] {
    const ENCODED_SIZE_AS: Option<usize> = match A::ENCODED_SIZE_AS {
        Some(size) => size.checked_mul(N),
        None => None,
    };

    #[inline]
    fn write_as<S: Sink + ?Sized>(value: &[T; N], sink: &mut S) -> Result<(), S::Error> {
        write_elements::<A, T, S>(value, sink)
    }

    #[inline]
    fn encoded_len_as(value: &[T; N]) -> usize {
        if let Some(size) = Self::ENCODED_SIZE_AS {
            return size;
        }
        elements_len::<A, T>(value)
    }
}

/// The length, then each element by `A`: the bytes of `[T]`'s impl.
impl<A: ByteReprAs<T>, T> ByteReprAs<[T]> for [A] {
    #[inline]
    fn write_as<S: Sink + ?Sized>(value: &[T], sink: &mut S) -> Result<(), S::Error> {
        sink.write_len(value.len())?;
        write_elements::<A, T, S>(value, sink)
    }

    #[inline]
    fn encoded_len_as(value: &[T]) -> usize {
        size::sequence(value.len(), elements_len::<A, T>(value))
    }
}

/// `(A, B, ...)` adapts `(T, U, ...)`: each element by its adapter, one after another.
macro_rules! tuple_adapters {
    ($(($($adapter:ident $ty:ident $index:tt),+);)*) => {$(
        impl<$($adapter: ByteReprAs<$ty>, $ty),+> ByteReprAs<($($ty,)+)> for ($($adapter,)+) {
            const ENCODED_SIZE_AS: Option<usize> = size::sum(&[$($adapter::ENCODED_SIZE_AS),+]);

            #[inline]
            fn write_as<S: Sink + ?Sized>(
                value: &($($ty,)+),
                sink: &mut S,
            ) -> Result<(), S::Error> {
                $($adapter::write_as(&value.$index, sink)?;)+
                Ok(())
            }

            #[inline]
            fn encoded_len_as(value: &($($ty,)+)) -> usize {
                if let Some(size) = Self::ENCODED_SIZE_AS {
                    return size;
                }
                let total = 0;
                $(let total = size::add(total, $adapter::encoded_len_as(&value.$index));)+
                total
            }
        }
    )*};
}

tuple_adapters! {
    (A0 T0 0);
    (A0 T0 0, A1 T1 1);
    (A0 T0 0, A1 T1 1, A2 T2 2);
    (A0 T0 0, A1 T1 1, A2 T2 2, A3 T3 3);
    (A0 T0 0, A1 T1 1, A2 T2 2, A3 T3 3, A4 T4 4);
    (A0 T0 0, A1 T1 1, A2 T2 2, A3 T3 3, A4 T4 4, A5 T5 5);
    (A0 T0 0, A1 T1 1, A2 T2 2, A3 T3 3, A4 T4 4, A5 T5 5, A6 T6 6);
    (A0 T0 0, A1 T1 1, A2 T2 2, A3 T3 3, A4 T4 4, A5 T5 5, A6 T6 6, A7 T7 7);
}

#[cfg(feature = "alloc")]
mod alloc_adapters {
    use alloc::boxed::Box;
    use alloc::collections::{BTreeMap, BTreeSet, VecDeque};
    use alloc::vec::Vec;

    use super::{ByteReprAs, elements_len, write_elements};
    use crate::{Sink, size};

    /// The value in the box by `A`: boxes are transparent, as in `Box<T>`'s impl.
    impl<EA: ByteReprAs<T> + ?Sized, T: ?Sized> ByteReprAs<Box<T>> for Box<EA> {
        const ENCODED_SIZE_AS: Option<usize> = EA::ENCODED_SIZE_AS;

        #[inline]
        fn write_as<S: Sink + ?Sized>(value: &Box<T>, sink: &mut S) -> Result<(), S::Error> {
            EA::write_as(value, sink)
        }

        #[inline]
        fn encoded_len_as(value: &Box<T>) -> usize {
            EA::encoded_len_as(value)
        }
    }

    /// The length, then each element by `A`: the bytes of `Vec<T>`'s impl.
    impl<EA: ByteReprAs<T>, T> ByteReprAs<Vec<T>> for Vec<EA> {
        #[inline]
        fn write_as<S: Sink + ?Sized>(value: &Vec<T>, sink: &mut S) -> Result<(), S::Error> {
            <[EA]>::write_as(value, sink)
        }

        #[inline]
        fn encoded_len_as(value: &Vec<T>) -> usize {
            <[EA]>::encoded_len_as(value)
        }
    }

    /// The length, then each element front to back by `A`: the bytes of `VecDeque<T>`'s
    /// impl.
    impl<EA: ByteReprAs<T>, T> ByteReprAs<VecDeque<T>> for VecDeque<EA> {
        #[inline]
        fn write_as<S: Sink + ?Sized>(value: &VecDeque<T>, sink: &mut S) -> Result<(), S::Error> {
            sink.write_len(value.len())?;
            write_elements::<EA, T, S>(value, sink)
        }

        #[inline]
        fn encoded_len_as(value: &VecDeque<T>) -> usize {
            size::sequence(value.len(), elements_len::<EA, T>(value))
        }
    }

    /// The length, then each element in the set's order by `A`: the bytes of `BTreeSet<T>`'s
    /// impl.
    impl<EA: ByteReprAs<T>, T> ByteReprAs<BTreeSet<T>> for BTreeSet<EA> {
        #[inline]
        fn write_as<S: Sink + ?Sized>(value: &BTreeSet<T>, sink: &mut S) -> Result<(), S::Error> {
            sink.write_len(value.len())?;
            write_elements::<EA, T, S>(value, sink)
        }

        #[inline]
        fn encoded_len_as(value: &BTreeSet<T>) -> usize {
            size::sequence(value.len(), elements_len::<EA, T>(value))
        }
    }

    /// The length, then each key by `KA` and its value by `VA` in key order: the bytes of
    /// `BTreeMap<K, V>`'s impl.
    impl<KA, VA, K, V> ByteReprAs<BTreeMap<K, V>> for BTreeMap<KA, VA>
    where
        KA: ByteReprAs<K>,
        VA: ByteReprAs<V>,
    {
        #[inline]
        fn write_as<S: Sink + ?Sized>(
            value: &BTreeMap<K, V>,
            sink: &mut S,
        ) -> Result<(), S::Error> {
            sink.write_len(value.len())?;
            for (key, value) in value {
                KA::write_as(key, sink)?;
                VA::write_as(value, sink)?;
            }
            Ok(())
        }

        #[inline]
        fn encoded_len_as(value: &BTreeMap<K, V>) -> usize {
            let mut entries = 0;
            for (key, value) in value {
                entries = size::add(entries, KA::encoded_len_as(key));
                entries = size::add(entries, VA::encoded_len_as(value));
            }
            size::sequence(value.len(), entries)
        }
    }
}

#[cfg(feature = "std")]
mod hashed_adapters {
    use std::collections::{HashMap, HashSet};
    use std::hash::BuildHasher;

    use super::{ByteReprAs, elements_len};
    use crate::{Sink, size, write_unordered};

    /// The length, then each entry (key by `KA`, value by `VA`) sorted by its bytes: the
    /// bytes of `HashMap<K, V, H>`'s impl, for any hasher.
    impl<KA, VA, HA, K, V, H> ByteReprAs<HashMap<K, V, H>> for HashMap<KA, VA, HA>
    where
        KA: ByteReprAs<K>,
        VA: ByteReprAs<V>,
        H: BuildHasher,
    {
        fn write_as<S: Sink + ?Sized>(
            value: &HashMap<K, V, H>,
            sink: &mut S,
        ) -> Result<(), S::Error> {
            write_unordered(sink, value.iter(), |(key, value), entry_sink| {
                KA::write_as(*key, entry_sink)?;
                VA::write_as(*value, entry_sink)
            })
        }

        fn encoded_len_as(value: &HashMap<K, V, H>) -> usize {
            let mut entries = 0;
            for (key, value) in value {
                entries = size::add(entries, KA::encoded_len_as(key));
                entries = size::add(entries, VA::encoded_len_as(value));
            }
            size::sequence(value.len(), entries)
        }
    }

    /// The length, then each element by `A`, sorted by its bytes: the bytes of
    /// `HashSet<T, H>`'s impl, for any hasher.
    impl<EA: ByteReprAs<T>, T, H: BuildHasher, HA> ByteReprAs<HashSet<T, H>> for HashSet<EA, HA> {
        fn write_as<S: Sink + ?Sized>(value: &HashSet<T, H>, sink: &mut S) -> Result<(), S::Error> {
            write_unordered(sink, value.iter(), |item, entry_sink| {
                EA::write_as(*item, entry_sink)
            })
        }

        fn encoded_len_as(value: &HashSet<T, H>) -> usize {
            size::sequence(value.len(), elements_len::<EA, T>(value))
        }
    }
}
