//! [`DynByteRepr`]: the object-safe face of [`ByteRepr`], so that a heterogeneous list
//! (`[&dyn DynByteRepr; 3]`) can be written, folded or hashed; and the type-erasing sink that
//! carries any sink, with its format and its error, through a trait object.

use crate::{ByteRepr, Sink};

mod sealed {
    pub trait Sealed {}
    impl<T: crate::ByteRepr> Sealed for T {}
}

/// The object-safe form of [`ByteRepr`], implemented for every sized `ByteRepr` type, so a
/// heterogeneous list can be written as `&dyn DynByteRepr` trait objects.
///
/// `dyn DynByteRepr` is itself [`ByteRepr`] (and so are its `+ Send`, `+ Sync` and
/// `+ Send + Sync` forms): it writes exactly what the value's own impl writes, into any sink
/// and in any format (the sink's typed methods stay in force), and returns the sink's own
/// error type.
///
/// Nothing says which type each value had: a list of values of different types is only
/// as injective as a tuple of them, and two lists with the same values in other types can
/// share bytes. `[&1u8, &0x0302u16]` and `[&0x0201u16, &3u8]` both encode as
/// `02 · 01 02 03`. When the types in a list vary, make each value say what it is: a
/// derived wrapper per type with `#[byterepr(domain = "...")]`, or an enum with one
/// variant per type, whose tag comes first.
///
/// ```
/// use byterepr::DynByteRepr;
///
/// let a: [&dyn DynByteRepr; 2] = [&1u8, &0x0302u16];
/// let b: [&dyn DynByteRepr; 2] = [&0x0201u16, &3u8];
/// assert_eq!(byterepr::to_vec(&a[..]), byterepr::to_vec(&b[..])); // not delimited by type
///
/// #[derive(byterepr::ByteRepr)]
/// enum Field { Byte(u8), Short(u16) }
/// let a: [&dyn DynByteRepr; 2] = [&Field::Byte(1), &Field::Short(0x0302)];
/// let b: [&dyn DynByteRepr; 2] = [&Field::Short(0x0201), &Field::Byte(3)];
/// assert_ne!(byterepr::to_vec(&a[..]), byterepr::to_vec(&b[..]));
/// ```
///
/// ```
/// use byterepr::DynByteRepr;
///
/// let fields: Vec<&dyn DynByteRepr> = vec![&"DSL", &32i32, &true];
/// // A slice of them encodes like any slice: its length, then each value.
/// let mut expected = vec![3];
/// expected.extend(byterepr::bytes!["DSL", 32i32, true]);
/// assert_eq!(byterepr::to_vec(&fields[..]), expected);
/// ```
pub trait DynByteRepr: sealed::Sealed {
    /// Writes `self` into a type-erased sink. Call [`ByteRepr::write_to`] on the
    /// `dyn DynByteRepr` instead: it erases and restores the sink's error for you.
    ///
    /// # Errors
    /// [`ErasedError`] when the sink failed; the real error is kept by the caller.
    fn write_dyn(&self, sink: &mut dyn Sink<Error = ErasedError>) -> Result<(), ErasedError>;

    /// [`ByteRepr::encoded_len`] of `self`.
    fn dyn_encoded_len(&self) -> usize;
}

impl<T: ByteRepr> DynByteRepr for T {
    #[inline]
    fn write_dyn(&self, sink: &mut dyn Sink<Error = ErasedError>) -> Result<(), ErasedError> {
        self.write_to(sink)
    }

    #[inline]
    fn dyn_encoded_len(&self) -> usize {
        self.encoded_len()
    }
}

/// `ByteRepr` for `dyn DynByteRepr` and its `Send`/`Sync` forms, which are distinct types:
/// a list shared across threads (`Vec<Box<dyn DynByteRepr + Send + Sync>>`) encodes too.
macro_rules! dyn_impls {
    ($($ty:ty),*) => {$(
        impl ByteRepr for $ty {
            // The value's type is chosen at run time, so no schema says what it writes:
            // opaque, known by the name of the trait object.
            const SCHEMA: &'static crate::schema::Schema =
                &crate::schema::Schema::opaque::<Self>();

            fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
                let mut erased = Erase { sink, error: None };
                // A failed write stores the sink's error in `erased.error`; only `Erase` can
                // make an `ErasedError`, so `Err` here always comes with a stored error.
                let _ = self.write_dyn(&mut erased);
                match erased.error {
                    Some(error) => Err(error),
                    None => Ok(()),
                }
            }

            #[inline]
            fn encoded_len(&self) -> usize {
                self.dyn_encoded_len()
            }
        }
    )*};
}

dyn_impls!(
    dyn DynByteRepr + '_,
    dyn DynByteRepr + Send + '_,
    dyn DynByteRepr + Sync + '_,
    dyn DynByteRepr + Send + Sync + '_
);

/// The stand-in error of the type-erased sink that [`DynByteRepr::write_dyn`] writes to: the
/// sink failed, and its real error is held by whoever erased it. Only this crate creates one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErasedError(());

impl core::fmt::Display for ErasedError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("the sink failed; its error is held by the caller")
    }
}

impl core::error::Error for ErasedError {}

/// A sink with its error type erased: forwards every typed method to `sink` (so a format
/// adapter's encoding stays in force) and keeps the first error aside.
struct Erase<'a, S: Sink + ?Sized> {
    sink: &'a mut S,
    error: Option<S::Error>,
}

impl<S: Sink + ?Sized> Erase<'_, S> {
    #[inline]
    fn keep(&mut self, result: Result<(), S::Error>) -> Result<(), ErasedError> {
        result.map_err(|error| {
            self.error = Some(error);
            ErasedError(())
        })
    }
}

macro_rules! forward_erased {
    ($($name:ident($ty:ty);)*) => {
        $(
            #[inline]
            fn $name(&mut self, value: $ty) -> Result<(), ErasedError> {
                let result = self.sink.$name(value);
                self.keep(result)
            }
        )*
    };
}

impl<S: Sink + ?Sized> Sink for Erase<'_, S> {
    type Error = ErasedError;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), ErasedError> {
        let result = self.sink.write_raw(bytes);
        self.keep(result)
    }

    crate::sink::typed_methods!(forward_erased);

    #[inline]
    fn begin_part(&mut self, part: &crate::explain::Part) {
        self.sink.begin_part(part);
    }

    #[inline]
    fn end_part(&mut self) {
        self.sink.end_part();
    }

    fn block_len(
        &mut self,
        canonical: usize,
        write: &mut crate::EntryWriter<'_, ErasedError>,
    ) -> Result<usize, ErasedError> {
        let result = self
            .sink
            .block_len(canonical, &mut |inner| run_erased(write, inner));
        result.map_err(|error| {
            self.error = Some(error);
            ErasedError(())
        })
    }

    #[cfg(feature = "alloc")]
    fn with_scratch(
        &mut self,
        scratch: &mut alloc::vec::Vec<u8>,
        write: &mut crate::EntryWriter<'_, ErasedError>,
    ) -> Result<(), ErasedError> {
        let result = self
            .sink
            .with_scratch(scratch, &mut |inner| run_erased(write, inner));
        self.keep(result)
    }
}

/// Runs an entry writer of the erased sink against `inner`, the real sink's entry sink, and
/// gives back `inner`'s own error: what `block_len` and `with_scratch` hand down.
fn run_erased<E>(
    write: &mut crate::EntryWriter<'_, ErasedError>,
    inner: &mut dyn Sink<Error = E>,
) -> Result<(), E> {
    let mut erased = Erase {
        sink: inner,
        error: None,
    };
    // `Err` here always comes with the stored error: only `Erase` makes an `ErasedError`.
    let _ = write(&mut erased);
    match erased.error {
        Some(error) => Err(error),
        None => Ok(()),
    }
}
