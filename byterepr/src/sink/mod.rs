//! The [`Sink`] trait: where encoded bytes go, and which bytes a value becomes.
//!
//! A sink has one required method, [`Sink::write_raw`], that takes bytes as they are. Every
//! other method is a *typed* write (`write_u32`, `write_str`, `write_len`, ...) whose provided
//! body is the canonical encoding of SPEC.md. Encoders for values (the [`ByteRepr`] impls and
//! derived code) only ever call typed methods, so a format is a sink adapter that overrides
//! them: the format lives here, as serde's lives in the `Serializer`.
//!
//! The sizes of those bytes live beside them, in [`size`]: nothing else restates how many
//! bytes a length, a tag or a number takes.
//!
//! This module is the trait and the format; the destinations that implement it (`Vec`,
//! slices, `io::Write`, batching) are in [`sinks`](crate::sinks).
//!
//! [`ByteRepr`]: crate::ByteRepr

pub mod size;

use crate::leb128;

/// Canonical bit pattern every `f32` NaN is written as (Java's `Float.floatToIntBits`).
pub const CANONICAL_NAN_F32: u32 = 0x7fc0_0000;
/// Canonical bit pattern every `f64` NaN is written as (Java's `Double.doubleToLongBits`).
pub const CANONICAL_NAN_F64: u64 = 0x7ff8_0000_0000_0000;

/// Returns the canonical bits of `value`: its own bits, or [`CANONICAL_NAN_F32`] for any NaN.
#[must_use]
#[inline]
pub fn canonical_f32_bits(value: f32) -> u32 {
    if value.is_nan() {
        CANONICAL_NAN_F32
    } else {
        value.to_bits()
    }
}

/// Returns the canonical bits of `value`: its own bits, or [`CANONICAL_NAN_F64`] for any NaN.
#[must_use]
#[inline]
pub fn canonical_f64_bits(value: f64) -> u64 {
    if value.is_nan() {
        CANONICAL_NAN_F64
    } else {
        value.to_bits()
    }
}

/// Provided slice writer for a plain-old-data number type: little-endian targets hand the
/// slice's memory over in one write, other targets go through a chunk buffer.
macro_rules! provided_pod_slice {
    ($(#[$doc:meta])* $name:ident, $ty:ty) => {
        $(#[$doc])*
        ///
        /// # Errors
        /// Whatever [`Sink::write_raw`] returns.
        #[inline]
        fn $name(&mut self, items: &[$ty]) -> Result<(), Self::Error> {
            if cfg!(target_endian = "little") {
                self.write_raw(bytemuck::cast_slice(items))
            } else {
                write_chunked(self, items, |x| x.to_le_bytes())
            }
        }
    };
}

/// Provided scalar writer: the value's little-endian bytes.
macro_rules! provided_le {
    ($(#[$doc:meta])* $name:ident, $ty:ty) => {
        $(#[$doc])*
        ///
        /// # Errors
        /// Whatever [`Sink::write_raw`] returns.
        #[inline]
        fn $name(&mut self, value: $ty) -> Result<(), Self::Error> {
            self.write_raw(&value.to_le_bytes())
        }
    };
}

/// A destination for encoded bytes, whose typed methods define the encoding.
///
/// Implement [`write_raw`](Sink::write_raw) for a new destination (a buffer, a hasher, a
/// socket): every typed method then writes the canonical encoding of SPEC.md. Override typed
/// methods to define another format, as [`java`](crate) does for `DataOutputStream`; such an
/// adapter must override [`with_scratch`](Sink::with_scratch) too, so that unordered
/// collections order their entries by bytes of the same format, and
/// [`block_len`](Sink::block_len), so that evolving types count their blocks in it.
///
/// The trait is dyn-compatible: `&mut dyn Sink<Error = E>` is itself a sink.
///
/// # Example
///
/// A sink that counts how many times it is called and how many bytes it sees:
///
/// ```
/// use byterepr::{ByteRepr, Sink};
/// use core::convert::Infallible;
///
/// #[derive(Default)]
/// struct Stats { calls: usize, bytes: usize }
///
/// impl Sink for Stats {
///     type Error = Infallible;
///     fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
///         self.calls += 1;
///         self.bytes += bytes.len();
///         Ok(())
///     }
/// }
///
/// let mut stats = Stats::default();
/// ("DSL", 32u32, true).write_to(&mut stats).unwrap();
/// assert_eq!(stats.bytes, 1 + 3 + 4 + 1); // length, "DSL", u32, bool
/// ```
pub trait Sink {
    /// What a failed write reports. [`Infallible`](core::convert::Infallible) for in-memory
    /// sinks and hashers, so `?` on their results compiles away.
    type Error;

    /// Writes `bytes` as they are, with no length and no transformation.
    ///
    /// # Errors
    /// The sink's own failure: an I/O error, a full buffer.
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Self::Error>;

    /// Writes one byte.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    fn write_u8(&mut self, value: u8) -> Result<(), Self::Error> {
        self.write_raw(&[value])
    }

    provided_le!(
        /// Writes a `u16`: 2 bytes, little-endian.
        write_u16, u16
    );
    provided_le!(
        /// Writes a `u32`: 4 bytes, little-endian.
        write_u32, u32
    );
    provided_le!(
        /// Writes a `u64`: 8 bytes, little-endian.
        write_u64, u64
    );
    provided_le!(
        /// Writes a `u128`: 16 bytes, little-endian.
        write_u128, u128
    );
    provided_le!(
        /// Writes an `i8`: 1 byte, two's complement.
        write_i8, i8
    );
    provided_le!(
        /// Writes an `i16`: 2 bytes, little-endian two's complement.
        write_i16, i16
    );
    provided_le!(
        /// Writes an `i32`: 4 bytes, little-endian two's complement.
        write_i32, i32
    );
    provided_le!(
        /// Writes an `i64`: 8 bytes, little-endian two's complement.
        write_i64, i64
    );
    provided_le!(
        /// Writes an `i128`: 16 bytes, little-endian two's complement.
        write_i128, i128
    );

    /// Writes a `usize` as a `u64`, on every platform.
    ///
    /// # Errors
    /// Whatever [`Sink::write_u64`] returns.
    #[inline]
    fn write_usize(&mut self, value: usize) -> Result<(), Self::Error> {
        self.write_u64(usize_to_u64(value))
    }

    /// Writes an `isize` as an `i64`, on every platform.
    ///
    /// # Errors
    /// Whatever [`Sink::write_i64`] returns.
    #[inline]
    fn write_isize(&mut self, value: isize) -> Result<(), Self::Error> {
        self.write_i64(isize_to_i64(value))
    }

    /// Writes an `f32` as its IEEE 754 bits (4 bytes, little-endian); every NaN as
    /// [`CANONICAL_NAN_F32`]. `-0.0` keeps its sign.
    ///
    /// # Errors
    /// Whatever [`Sink::write_u32`] returns.
    #[inline]
    fn write_f32(&mut self, value: f32) -> Result<(), Self::Error> {
        self.write_u32(canonical_f32_bits(value))
    }

    /// Writes an `f64` as its IEEE 754 bits (8 bytes, little-endian); every NaN as
    /// [`CANONICAL_NAN_F64`]. `-0.0` keeps its sign.
    ///
    /// # Errors
    /// Whatever [`Sink::write_u64`] returns.
    #[inline]
    fn write_f64(&mut self, value: f64) -> Result<(), Self::Error> {
        self.write_u64(canonical_f64_bits(value))
    }

    /// Writes a `bool`: one byte, `0` or `1`.
    ///
    /// # Errors
    /// Whatever [`Sink::write_u8`] returns.
    #[inline]
    fn write_bool(&mut self, value: bool) -> Result<(), Self::Error> {
        self.write_u8(u8::from(value))
    }

    /// Writes a `char` as its Unicode scalar value, a `u32`.
    ///
    /// # Errors
    /// Whatever [`Sink::write_u32`] returns.
    #[inline]
    fn write_char(&mut self, value: char) -> Result<(), Self::Error> {
        self.write_u32(u32::from(value))
    }

    /// Writes the length of a variable-length value (a string, a sequence, a map): unsigned
    /// LEB128 of the length as a `u64`, 1 byte below 128.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    #[allow(clippy::cast_possible_truncation, reason = "below 0x80")]
    fn write_len(&mut self, len: usize) -> Result<(), Self::Error> {
        // Most lengths are below 128: one byte, with no variable-length copy.
        if len < 0x80 {
            return self.write_u8(len as u8);
        }
        write_leb128_cold(self, usize_to_u64(len))
    }

    /// Writes the tag that says which variant of an enum (or `Option`, `Result`) follows:
    /// unsigned LEB128, 1 byte below 128.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    #[allow(clippy::cast_possible_truncation, reason = "below 0x80")]
    fn write_tag(&mut self, tag: u32) -> Result<(), Self::Error> {
        if tag < 0x80 {
            return self.write_u8(tag as u8);
        }
        write_leb128_cold(self, u64::from(tag))
    }

    /// Writes a string: its length in bytes ([`Sink::write_len`]), then its UTF-8 bytes.
    ///
    /// # Errors
    /// Whatever [`Sink::write_len`] or [`Sink::write_raw`] returns.
    #[inline]
    fn write_str(&mut self, value: &str) -> Result<(), Self::Error> {
        self.write_len(value.len())?;
        self.write_raw(value.as_bytes())
    }

    /// Writes the elements of a `[u8]`, without a length: the bytes as they are.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    fn write_u8_slice(&mut self, items: &[u8]) -> Result<(), Self::Error> {
        self.write_raw(items)
    }

    provided_pod_slice!(
        /// Writes the elements of a `[i8]`, without a length, as [`Sink::write_i8`] would.
        write_i8_slice, i8
    );
    provided_pod_slice!(
        /// Writes the elements of a `[u16]`, without a length, as [`Sink::write_u16`] would.
        write_u16_slice, u16
    );
    provided_pod_slice!(
        /// Writes the elements of a `[u32]`, without a length, as [`Sink::write_u32`] would.
        write_u32_slice, u32
    );
    provided_pod_slice!(
        /// Writes the elements of a `[u64]`, without a length, as [`Sink::write_u64`] would.
        write_u64_slice, u64
    );
    provided_pod_slice!(
        /// Writes the elements of a `[u128]`, without a length, as [`Sink::write_u128`] would.
        write_u128_slice, u128
    );
    provided_pod_slice!(
        /// Writes the elements of a `[i16]`, without a length, as [`Sink::write_i16`] would.
        write_i16_slice, i16
    );
    provided_pod_slice!(
        /// Writes the elements of a `[i32]`, without a length, as [`Sink::write_i32`] would.
        write_i32_slice, i32
    );
    provided_pod_slice!(
        /// Writes the elements of a `[i64]`, without a length, as [`Sink::write_i64`] would.
        write_i64_slice, i64
    );
    provided_pod_slice!(
        /// Writes the elements of a `[i128]`, without a length, as [`Sink::write_i128`] would.
        write_i128_slice, i128
    );

    /// Writes the elements of a `[usize]`, without a length, as [`Sink::write_usize`] would.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    fn write_usize_slice(&mut self, items: &[usize]) -> Result<(), Self::Error> {
        if cfg!(all(target_endian = "little", target_pointer_width = "64")) {
            self.write_raw(bytemuck::cast_slice(items))
        } else {
            write_chunked(self, items, |x| usize_to_u64(*x).to_le_bytes())
        }
    }

    /// Writes the elements of a `[isize]`, without a length, as [`Sink::write_isize`] would.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    fn write_isize_slice(&mut self, items: &[isize]) -> Result<(), Self::Error> {
        if cfg!(all(target_endian = "little", target_pointer_width = "64")) {
            self.write_raw(bytemuck::cast_slice(items))
        } else {
            write_chunked(self, items, |x| isize_to_i64(*x).to_le_bytes())
        }
    }

    /// Writes the elements of a `[f32]`, without a length, as [`Sink::write_f32`] would.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    fn write_f32_slice(&mut self, items: &[f32]) -> Result<(), Self::Error> {
        // A NaN-free slice (the common case) is its own canonical form.
        if cfg!(target_endian = "little") && !items.iter().any(|x| x.is_nan()) {
            self.write_raw(bytemuck::cast_slice(items))
        } else {
            write_chunked(self, items, |x| canonical_f32_bits(*x).to_le_bytes())
        }
    }

    /// Writes the elements of a `[f64]`, without a length, as [`Sink::write_f64`] would.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    fn write_f64_slice(&mut self, items: &[f64]) -> Result<(), Self::Error> {
        if cfg!(target_endian = "little") && !items.iter().any(|x| x.is_nan()) {
            self.write_raw(bytemuck::cast_slice(items))
        } else {
            write_chunked(self, items, |x| canonical_f64_bits(*x).to_le_bytes())
        }
    }

    /// Writes the elements of a `[bool]`, without a length, as [`Sink::write_bool`] would.
    ///
    /// # Errors
    /// Whatever [`Sink::write_raw`] returns.
    #[inline]
    fn write_bool_slice(&mut self, items: &[bool]) -> Result<(), Self::Error> {
        write_chunked(self, items, |x| [u8::from(*x)])
    }

    /// Marks that the bytes written from here until the matching [`Sink::end_part`] are
    /// `part` of the value: a field, an element, a variant, a map entry. Derived impls and
    /// this crate's impls of containers mark their parts; [`explain`](crate::explain()) and
    /// [`diff`](crate::diff()) read the marks to name each part of the bytes.
    ///
    /// The provided body does nothing, and every sink but the explaining one keeps it, so
    /// encoding and hashing pay nothing for the marks. A sink that wraps another forwards
    /// them. A hand-written impl may mark its parts too; one that does not is one part, as
    /// a whole.
    #[inline]
    fn begin_part(&mut self, part: &crate::explain::Part) {
        let _ = part;
    }

    /// Marks the end of the part that the last unmatched [`Sink::begin_part`] began.
    #[inline]
    fn end_part(&mut self) {}

    /// The number of bytes, in this sink's format, of what `write` writes: the length that
    /// a `#[byterepr(evolving)]` type writes before the block of its fields.
    ///
    /// `canonical` is that number in the canonical format, which the caller computes without
    /// writing (from [`ByteRepr::encoded_len`](crate::ByteRepr::encoded_len)), so the
    /// provided body returns it and never calls `write`: the canonical format pays no
    /// second pass. A format adapter whose bytes have other sizes (the Java encoding)
    /// overrides this to run `write` against a counter of its own format, and must: a
    /// canonical length before a block of another format's bytes would not say where the
    /// block ends.
    ///
    /// # Errors
    /// Whatever `write` returns in an override (a string too long for the format, say).
    #[inline]
    fn block_len(
        &mut self,
        canonical: usize,
        write: &mut EntryWriter<'_, Self::Error>,
    ) -> Result<usize, Self::Error> {
        let _ = write;
        Ok(canonical)
    }

    /// Runs `write` against a sink of this sink's format that appends to `scratch`, and
    /// returns what `write` returns.
    ///
    /// Unordered collections (`HashMap`, `HashSet`) encode each entry here, sort the entries
    /// by these bytes and then send them on with [`Sink::write_raw`]. The provided body uses
    /// the canonical format; a format adapter overrides it to wrap `scratch` in itself.
    ///
    /// An override must append the entry's bytes to `scratch` and leave what is already
    /// there alone. The collections read an entry as the bytes appended during its call and
    /// do not panic when an override does otherwise: an entry for which nothing was appended
    /// (the override wrote elsewhere, or cleared or truncated `scratch`) is written as no
    /// bytes, and an entry whose bytes were later removed or replaced is written as
    /// whatever `scratch` holds at its place at the end, or no bytes if that place is gone.
    /// A sink that ignores `scratch` therefore encodes a `HashMap` as its length alone.
    ///
    /// # Errors
    /// Whatever `write` returns.
    #[cfg(feature = "alloc")]
    fn with_scratch(
        &mut self,
        scratch: &mut alloc::vec::Vec<u8>,
        write: &mut EntryWriter<'_, Self::Error>,
    ) -> Result<(), Self::Error> {
        write(&mut crate::sinks::Scratch::new(scratch))
    }
}

/// How many bytes the slice writers convert at a time when a slice is not its own encoding
/// (big-endian numbers, NaN fixing, `bool`s, the Java encoding's byte order): enough to
/// amortise a sink call, small enough for any stack.
const CHUNK_BYTES: usize = 512;

/// Writes `items` converted by `to_bytes`, one chunk of [`CHUNK_BYTES`] at a time through
/// [`Sink::write_raw`]: the one chunked writer of every format's slice methods.
///
/// # Errors
/// The first error [`Sink::write_raw`] returns.
#[inline]
pub(crate) fn write_chunked<S, T, const W: usize>(
    sink: &mut S,
    items: &[T],
    to_bytes: impl Fn(&T) -> [u8; W],
) -> Result<(), S::Error>
where
    S: Sink + ?Sized,
{
    let mut chunk = [0u8; CHUNK_BYTES];
    for items in items.chunks(CHUNK_BYTES / W) {
        let used = items.len() * W;
        for (dst, item) in chunk[..used].chunks_exact_mut(W).zip(items) {
            dst.copy_from_slice(&to_bytes(item));
        }
        sink.write_raw(&chunk[..used])?;
    }
    Ok(())
}

/// The multi-byte LEB128 path of [`Sink::write_len`] and [`Sink::write_tag`], kept out of
/// line so that the one-byte path inlines into every caller.
#[cold]
#[inline(never)]
fn write_leb128_cold<S: Sink + ?Sized>(sink: &mut S, value: u64) -> Result<(), S::Error> {
    let (bytes, used) = leb128::encode_u64(value);
    sink.write_raw(&bytes[..used])
}

/// A length or a tag for [`register_writes!`], whose sinks must never be handed to a call:
/// one byte below 128; above, the LEB128 bytes made out of line and returned by value.
#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
#[allow(clippy::cast_possible_truncation, reason = "below 0x80")]
pub(crate) fn write_leb128_by_value<S: Sink + ?Sized>(
    sink: &mut S,
    value: u64,
) -> Result<(), S::Error> {
    if value < 0x80 {
        return sink.write_u8(value as u8);
    }
    let (bytes, used) = long_leb128(value);
    sink.write_raw(&bytes[..used])
}

/// [`write_leb128_by_value`]'s multi-byte form, out of line.
#[cold]
#[inline(never)]
fn long_leb128(value: u64) -> ([u8; leb128::MAX_LEN], usize) {
    leb128::encode_u64(value)
}

/// `write_len`, `write_tag` and `write_str` for a sink whose state should stay in registers
/// (`sinks/spare.rs`, `sinks/slice.rs`, `hash/gather.rs`, `hash/sha256_blocks.rs`): the
/// provided bytes, inlined always in optimized builds, with the long LEB128 form made by
/// value ([`write_leb128_by_value`]). The provided methods can be left out of line, and hand
/// the sink to `write_leb128_cold`; either way the sink's address reaches a call, and the
/// compiler then keeps its position in memory, reloaded after every byte stored. They stay
/// as they are for every other sink: inlined always, they cost recursive values stack depth
/// (a `Vec` tree's `encoded_len` and Java encoding, about a quarter; `examples/stack_depth`).
macro_rules! register_writes {
    () => {
        #[cfg_attr(not(debug_assertions), inline(always))]
        #[cfg_attr(debug_assertions, inline)]
        fn write_len(&mut self, len: usize) -> Result<(), Self::Error> {
            $crate::sink::write_leb128_by_value(self, $crate::sink::usize_to_u64(len))
        }

        #[cfg_attr(not(debug_assertions), inline(always))]
        #[cfg_attr(debug_assertions, inline)]
        fn write_tag(&mut self, tag: u32) -> Result<(), Self::Error> {
            $crate::sink::write_leb128_by_value(self, u64::from(tag))
        }

        #[cfg_attr(not(debug_assertions), inline(always))]
        #[cfg_attr(debug_assertions, inline)]
        fn write_str(&mut self, value: &str) -> Result<(), Self::Error> {
            self.write_len(value.len())?;
            self.write_raw(value.as_bytes())
        }
    };
}
pub(crate) use register_writes;

/// `usize` is at most 64 bits wide on every target Rust supports; this says so once.
#[inline]
#[allow(
    clippy::cast_possible_truncation,
    reason = "no target has a usize wider than 64 bits; checked at compile time below"
)]
pub(crate) const fn usize_to_u64(value: usize) -> u64 {
    value as u64
}

/// `isize` is at most 64 bits wide on every target Rust supports.
#[inline]
#[allow(
    clippy::cast_possible_truncation,
    reason = "no target has an isize wider than 64 bits; checked at compile time below"
)]
pub(crate) const fn isize_to_i64(value: isize) -> i64 {
    value as i64
}

const _: () = assert!(
    size_of::<usize>() <= 8,
    "byterepr encodes usize as u64 and needs pointers of at most 64 bits"
);

/// A sink that can be closed to give its result: the bytes, a digest, a checksum.
///
/// [`Encoder`](crate::Encoder) uses it so that a fold over values ends in the result
/// without the caller naming the sink type.
pub trait FinishSink: Sink {
    /// What the sink gives back: `Vec<u8>` for a vector, the digest for a hasher.
    type Output;

    /// Flushes what is buffered and returns the result.
    ///
    /// # Errors
    /// Whatever the sink's last write returns; [`Infallible`](core::convert::Infallible)
    /// for vectors and hashers.
    fn finish_sink(self) -> Result<Self::Output, Self::Error>;
}

#[cfg(feature = "alloc")]
impl FinishSink for alloc::vec::Vec<u8> {
    type Output = Self;

    #[inline]
    fn finish_sink(self) -> Result<Self, core::convert::Infallible> {
        Ok(self)
    }
}

/// What [`Sink::with_scratch`] and [`Sink::block_len`] run: writes one entry (or one block)
/// into the sink it is given.
pub type EntryWriter<'a, E> = dyn FnMut(&mut dyn Sink<Error = E>) -> Result<(), E> + 'a;

/// Calls `$callback! { write_u8(u8); ...; write_bool_slice(&[bool]); }` with every typed
/// method of [`Sink`] (all but `write_raw`, `begin_part`, `end_part`, `block_len` and
/// `with_scratch`): the one list that wrappers
/// which forward each method (`&mut S`, the type-erasing sink of `dsl`) expand, so a typed
/// method added to the trait cannot be forgotten in one of them.
macro_rules! typed_methods {
    ($callback:ident) => {
        $callback! {
            write_u8(u8); write_u16(u16); write_u32(u32); write_u64(u64); write_u128(u128);
            write_i8(i8); write_i16(i16); write_i32(i32); write_i64(i64); write_i128(i128);
            write_usize(usize); write_isize(isize); write_f32(f32); write_f64(f64);
            write_bool(bool); write_char(char); write_len(usize); write_tag(u32); write_str(&str);
            write_u8_slice(&[u8]); write_i8_slice(&[i8]); write_u16_slice(&[u16]);
            write_u32_slice(&[u32]); write_u64_slice(&[u64]); write_u128_slice(&[u128]);
            write_i16_slice(&[i16]); write_i32_slice(&[i32]); write_i64_slice(&[i64]);
            write_i128_slice(&[i128]); write_usize_slice(&[usize]); write_isize_slice(&[isize]);
            write_f32_slice(&[f32]); write_f64_slice(&[f64]); write_bool_slice(&[bool]);
        }
    };
}
pub(crate) use typed_methods;

/// Forwards every method, so that an adapter's typed methods stay in force behind a `&mut`.
macro_rules! forward_sink_methods {
    ($($name:ident($ty:ty);)*) => {
        $(
            #[inline]
            fn $name(&mut self, value: $ty) -> Result<(), Self::Error> {
                (**self).$name(value)
            }
        )*
    };
}

impl<S: Sink + ?Sized> Sink for &mut S {
    type Error = S::Error;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Self::Error> {
        (**self).write_raw(bytes)
    }

    crate::sink::typed_methods!(forward_sink_methods);

    #[inline]
    fn begin_part(&mut self, part: &crate::explain::Part) {
        (**self).begin_part(part);
    }

    #[inline]
    fn end_part(&mut self) {
        (**self).end_part();
    }

    #[inline]
    fn block_len(
        &mut self,
        canonical: usize,
        write: &mut EntryWriter<'_, Self::Error>,
    ) -> Result<usize, Self::Error> {
        (**self).block_len(canonical, write)
    }

    #[cfg(feature = "alloc")]
    #[inline]
    fn with_scratch(
        &mut self,
        scratch: &mut alloc::vec::Vec<u8>,
        write: &mut EntryWriter<'_, Self::Error>,
    ) -> Result<(), Self::Error> {
        (**self).with_scratch(scratch, write)
    }
}
