//! The [`ByteRepr`] trait: how a value of a type writes itself into a [`Sink`].

use core::convert::Infallible;

use crate::schema::Schema;
use crate::sinks::LenCounter;
use crate::{Sink, size};

/// A type whose values have a canonical byte encoding.
///
/// An impl writes the value's parts, in a fixed order, through the sink's typed methods
/// (`write_u32`, `write_str`, `write_len`, ...) and never picks byte order, length width or
/// string form itself: that is the sink's job, so one impl serves the canonical encoding, the
/// Java encoding and any other format.
///
/// For the encoding to stay canonical an impl must be
/// - deterministic: the same value writes the same calls, whatever the platform or run;
/// - injective: two values that are not equal write different calls, which holds when every
///   variable-length part is preceded by its length ([`Sink::write_len`]) or a tag
///   ([`Sink::write_tag`]);
/// - exact: [`encoded_len`](ByteRepr::encoded_len) is the number of bytes `write_to` writes
///   in the canonical format, and [`ENCODED_SIZE`](ByteRepr::ENCODED_SIZE), when set, that
///   of every value.
///
/// The same holds for a `#[byterepr(with = ...)]` function, which is part of the derived
/// `write_to`.
///
/// # When an impl breaks the contract
///
/// A nondeterministic `write_to` or a wrong `encoded_len` is a bug in that impl, and its
/// bytes are then not canonical. No entry point panics, reads or writes out of bounds, or
/// loops because of it; each does the following, and in every case the bytes written are
/// the ones `write_to` wrote during that call:
///
/// - [`to_vec`](crate::to_vec), [`extend_vec`](crate::extend_vec): `encoded_len` is only a
///   capacity hint, asked for only when the room runs out, so the result is correct for that
///   call whatever it says; one too small only costs the vector more growth.
/// - [`to_slice`](crate::to_slice): `encoded_len` is checked against the buffer first. Too
///   large: [`BufferFull`](crate::BufferFull) with nothing written, even if the bytes would
///   have fit. Too small (or a `write_to` that writes more this time): the write that does
///   not fit fails with its own size as `needed`, the bytes before it stay in the buffer,
///   and nothing past the buffer is touched.
/// - the hashers ([`sha256`](fn@crate::sha256), [`crc32`](fn@crate::crc32), `HashSink`, ...):
///   `encoded_len` is not used; a nondeterministic impl hashes differently from call to call.
/// - `HashMap`/`HashSet`: entries are sorted by the bytes written in this call.
/// - the Java helpers: `java::to_vec`, `java::write` and `java::to_writer` run a length pass
///   (`write_to` into a counter) before writing, so that a value without a Java encoding
///   writes nothing; if `write_to` then fails where the pass did not, `java::to_vec` and
///   `java::sha256` return the error and no bytes or digest, `java::extend_vec` cuts the
///   vector back as always, and `java::write` and `java::to_writer` leave what reached the
///   sink before the error there.
///
/// # Example
///
/// A hand-written impl for a type whose derived impl would not do (the field order is part of
/// the format, so a new field goes at the end or in a new type):
///
/// ```
/// use byterepr::{ByteRepr, Sink};
///
/// struct Celsius { tenths: i32, label: String }
///
/// impl ByteRepr for Celsius {
///     fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
///         sink.write_i32(self.tenths)?;
///         sink.write_str(&self.label)
///     }
/// }
///
/// let bytes = byterepr::to_vec(&Celsius { tenths: -5, label: "air".into() });
/// assert_eq!(bytes, [0xfb, 0xff, 0xff, 0xff, 3, b'a', b'i', b'r']);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no byte encoding: it does not implement `ByteRepr`",
    label = "`{Self}` does not implement `ByteRepr`",
    note = "derive it with `#[derive(ByteRepr)]` or implement it by hand; for a field whose type \
            you cannot change, write it with `#[byterepr(as = Adapter)]` or \
            `#[byterepr(with = path::to::fn)]`, or leave it out with `#[byterepr(skip)]`",
    note = "the types of `uuid`, `chrono`, `time`, `jiff`, `rust_decimal`, `indexmap`, `hashbrown`, \
            `serde_json`, `bytes`, `smallvec`, `arrayvec`, `semver`, `url`, `ordered-float` and \
            `half` implement it behind a byterepr feature named after their crate \
            (`features = [\"uuid\"]`), and any `serde::Serialize` type through \
            `#[byterepr(serde)]` (feature `serde`)"
)]
pub trait ByteRepr {
    /// Writes `self` into `sink`.
    ///
    /// # Errors
    /// Whatever the sink returns; an impl adds no failures of its own.
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error>;

    /// The canonical encoded length shared by every value of the type, when there is one
    /// (`u32`: `Some(4)`, `[u16; 3]`: `Some(6)`, `String`: `None`).
    ///
    /// Containers use it to size a sequence without visiting its elements; an impl that
    /// sets it must write exactly that many bytes in the canonical format.
    const ENCODED_SIZE: Option<usize> = None;

    /// What decides the bytes of the type's values, as data: field order and each field's
    /// schema, variants and their tags, domains, sequences, maps (see [`Schema`]).
    ///
    /// Derived impls (with the feature `schema`, off by default) and this crate's impls set
    /// it; the provided value is
    /// [`Shape::Opaque`](crate::schema::Shape::Opaque), the type known by its name only. A
    /// hand-written impl sets it to the shape it writes, so that
    /// [`fingerprint`](crate::fingerprint()) and pin files see through it. Nothing reads
    /// it while encoding.
    const SCHEMA: &'static Schema = &Schema::opaque::<Self>();

    /// The length of the canonical encoding of `self`, computed without writing it; at most
    /// `usize::MAX`, which it saturates at for values larger than that.
    ///
    /// The provided body runs [`write_to`](ByteRepr::write_to) against a [`LenCounter`],
    /// which only adds lengths; impls with a cheaper rule override it, adding parts with
    /// [`size::add`] so that the length saturates instead of wrapping.
    ///
    /// The helpers trust it only as far as is safe: [`to_slice`](crate::to_slice) checks it
    /// before writing, and [`to_vec`](crate::to_vec) and [`extend_vec`](crate::extend_vec)
    /// reserve by it when their room runs out, so an impl that returns less than it writes
    /// makes `to_slice` fail part-way (see there); the bytes written are always those of
    /// `write_to`.
    #[inline]
    fn encoded_len(&self) -> usize {
        if let Some(size) = Self::ENCODED_SIZE {
            return size;
        }
        let mut counter = LenCounter::new();
        let result: Result<(), Infallible> = self.write_to(&mut counter);
        match result {
            Ok(()) => counter.len(),
        }
    }

    /// Writes every element of `items`, in order and without a length.
    ///
    /// Like [`Hash::hash_slice`](core::hash::Hash::hash_slice), this is the bulk path:
    /// number types override it to hand the whole slice to the sink in one call.
    ///
    /// # Errors
    /// Whatever the sink returns.
    #[inline]
    fn write_slice_to<S: Sink + ?Sized>(items: &[Self], sink: &mut S) -> Result<(), S::Error>
    where
        Self: Sized,
    {
        // This is on the path of every recursive value (`struct Tree(Vec<Tree>)`), so its
        // frame is paid once per level. Measured with `examples/stack_depth`: in a debug
        // build `try_for_each` is three more frames per level than a loop (368 against 241
        // bytes of stack per level), in a release build the loop keeps one more slot (64
        // against 48). Each build gets its smaller form; both write the same calls.
        //
        // Each element is a `Part::Index` for `explain`; the part is built in
        // `begin_index`'s frame, not in this one, and is nothing for other sinks.
        if cfg!(debug_assertions) {
            // The iterator's remaining length gives the element's index, so the loop keeps
            // no counter of its own.
            let mut elements = items.iter();
            while let Some(item) = elements.next() {
                crate::explain::begin_slice_element(sink, &items, &elements, item)
                    .write_to(sink)?;
                sink.end_part();
            }
            Ok(())
        } else {
            items.iter().enumerate().try_for_each(|(index, item)| {
                crate::explain::begin_index::<Self, S>(sink, index);
                item.write_to(sink)?;
                sink.end_part();
                Ok(())
            })
        }
    }

    /// The canonical encoded length of [`write_slice_to`](ByteRepr::write_slice_to)`(items)`.
    #[inline]
    #[must_use]
    fn slice_encoded_len(items: &[Self]) -> usize
    where
        Self: Sized,
    {
        if let Some(each) = Self::ENCODED_SIZE {
            size::repeat(each, items.len())
        } else {
            // A loop rather than `fold`, as in `write_slice_to`.
            let mut total = 0;
            for item in items {
                total = size::add(total, item.encoded_len());
            }
            total
        }
    }
}
