//! Canonical sizes: how many bytes each provided typed method of [`Sink`](crate::Sink) writes,
//! and the arithmetic that composes them.
//!
//! The bytes of the canonical format are written by [`Sink`](crate::Sink); their sizes live here,
//! beside them, and nowhere else. `ByteRepr` impls, `encoded_len` and derived code compute
//! every size through these, so a change to how a length or a tag is written is one change in
//! this module and the matching method of `Sink`. The tests at the bottom check each size
//! against the bytes the method really writes.
//!
//! Sizes of composite values saturate at `usize::MAX`: a length that large describes bytes no
//! buffer can hold, and saturating keeps it from wrapping into a small, wrong number. Values
//! that encode to more than `usize::MAX` bytes exist without using memory (an array of a
//! zero-sized type that writes a byte), so every `encoded_len` adds with [`add`] and
//! multiplies with [`repeat`], never with `+`, `*` or `Iterator::sum`.
//!
//! ```
//! use byterepr::{ByteRepr, Sink, size};
//!
//! /// A hand-written impl whose fixed size is computed, not restated.
//! struct Reading { sensor: u16, celsius: f32 }
//!
//! impl ByteRepr for Reading {
//!     const ENCODED_SIZE: Option<usize> = size::sum(&[Some(size::U16), Some(size::F32)]);
//!
//!     fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
//!         sink.write_u16(self.sensor)?;
//!         sink.write_f32(self.celsius)
//!     }
//! }
//!
//! assert_eq!(byterepr::to_vec(&Reading { sensor: 1, celsius: 0.5 }).len(), 6);
//! assert_eq!(size::str(3), 1 + 3); // "abc": a one-byte length, then three bytes
//! ```

use crate::leb128;

/// [`Sink::write_u8`](crate::Sink::write_u8): one byte.
pub const U8: usize = size_of::<u8>();
/// [`Sink::write_u16`](crate::Sink::write_u16): the little-endian bytes of a `u16`.
pub const U16: usize = size_of::<u16>();
/// [`Sink::write_u32`](crate::Sink::write_u32): the little-endian bytes of a `u32`.
pub const U32: usize = size_of::<u32>();
/// [`Sink::write_u64`](crate::Sink::write_u64): the little-endian bytes of a `u64`.
pub const U64: usize = size_of::<u64>();
/// [`Sink::write_u128`](crate::Sink::write_u128): the little-endian bytes of a `u128`.
pub const U128: usize = size_of::<u128>();
/// [`Sink::write_i8`](crate::Sink::write_i8): one byte.
pub const I8: usize = size_of::<i8>();
/// [`Sink::write_i16`](crate::Sink::write_i16): the little-endian bytes of an `i16`.
pub const I16: usize = size_of::<i16>();
/// [`Sink::write_i32`](crate::Sink::write_i32): the little-endian bytes of an `i32`.
pub const I32: usize = size_of::<i32>();
/// [`Sink::write_i64`](crate::Sink::write_i64): the little-endian bytes of an `i64`.
pub const I64: usize = size_of::<i64>();
/// [`Sink::write_i128`](crate::Sink::write_i128): the little-endian bytes of an `i128`.
pub const I128: usize = size_of::<i128>();
/// [`Sink::write_usize`](crate::Sink::write_usize): a `u64` on every platform.
pub const USIZE: usize = U64;
/// [`Sink::write_isize`](crate::Sink::write_isize): an `i64` on every platform.
pub const ISIZE: usize = I64;
/// [`Sink::write_f32`](crate::Sink::write_f32): the bits as a `u32`.
pub const F32: usize = U32;
/// [`Sink::write_f64`](crate::Sink::write_f64): the bits as a `u64`.
pub const F64: usize = U64;
/// [`Sink::write_bool`](crate::Sink::write_bool): one byte.
pub const BOOL: usize = U8;
/// [`Sink::write_char`](crate::Sink::write_char): the scalar value as a `u32`.
pub const CHAR: usize = U32;

/// The number of bytes [`Sink::write_len`](crate::Sink::write_len) writes for `len`: its
/// unsigned LEB128 form, 1 byte below 128.
#[inline]
#[must_use]
pub const fn len_prefix(len: usize) -> usize {
    // Most lengths are below 128, as in `Sink::write_len`: one compare instead of counting
    // bits (about 12 instructions a length in an `encoded_len`, callgrind).
    if len < 0x80 {
        1
    } else {
        leb128::encoded_len_u64(super::usize_to_u64(len))
    }
}

/// The number of bytes [`Sink::write_tag`](crate::Sink::write_tag) writes for `tag`: its
/// unsigned LEB128 form, 1 byte below 128.
#[inline]
#[must_use]
pub const fn tag(tag: u32) -> usize {
    if tag < 0x80 {
        1
    } else {
        leb128::encoded_len_u64(tag as u64)
    }
}

/// The number of bytes [`Sink::write_str`](crate::Sink::write_str) writes for a string of
/// `len` bytes: the length prefix, then the bytes.
#[inline]
#[must_use]
pub const fn str(len: usize) -> usize {
    add(len_prefix(len), len)
}

/// The number of bytes of a sequence of `len` elements whose own bytes take `elements`: the
/// length prefix, then the elements.
#[inline]
#[must_use]
pub const fn sequence(len: usize, elements: usize) -> usize {
    add(len_prefix(len), elements)
}

/// The number of bytes of a length-delimited block (the fields of a `#[byterepr(evolving)]`
/// type) whose content takes `len` bytes: the length prefix, then the content.
#[inline]
#[must_use]
pub const fn block(len: usize) -> usize {
    add(len_prefix(len), len)
}

/// The fixed size of a block whose content has the fixed size `content`, or `None` when the
/// content's size varies: the `ENCODED_SIZE` of an evolving type without added fields.
#[must_use]
pub const fn fixed_block(content: Option<usize>) -> Option<usize> {
    match content {
        Some(len) => Some(block(len)),
        None => None,
    }
}

/// The size of two parts written one after the other: `a + b`, saturating at `usize::MAX`.
///
/// The one addition of encoded lengths: a sum past `usize::MAX` stays `usize::MAX`, which no
/// buffer can hold, so [`to_slice`](crate::to_slice) reports it as too large instead of
/// trusting a wrapped, small length.
///
/// ```
/// use byterepr::size;
///
/// assert_eq!(size::add(3, 4), 7);
/// assert_eq!(size::add(usize::MAX - 1, 2), usize::MAX);
/// ```
#[inline]
#[must_use]
pub const fn add(a: usize, b: usize) -> usize {
    a.saturating_add(b)
}

/// The size of `count` parts of `each` bytes (the elements of a fixed-size type),
/// saturating at `usize::MAX` like [`add`].
///
/// ```
/// assert_eq!(byterepr::size::repeat(4, 3), 12);
/// assert_eq!(byterepr::size::repeat(2, usize::MAX), usize::MAX);
/// ```
#[inline]
#[must_use]
pub const fn repeat(each: usize, count: usize) -> usize {
    each.saturating_mul(count)
}

/// The fixed size of parts written one after another (a tuple, a struct's fields): their
/// sum when every part has a fixed size, else `None`. Also `None` when the sum overflows.
#[must_use]
pub const fn sum(sizes: &[Option<usize>]) -> Option<usize> {
    let mut total: usize = 0;
    let mut i = 0;
    while i < sizes.len() {
        match sizes[i] {
            Some(size) => match total.checked_add(size) {
                Some(sum) => total = sum,
                None => return None,
            },
            None => return None,
        }
        i += 1;
    }
    Some(total)
}

/// The fixed size of a value that is one of several alternatives (an enum's variants, tag
/// included): the size they all share, or `None` when one is `None`, two differ, or there
/// are none.
#[must_use]
pub const fn same(sizes: &[Option<usize>]) -> Option<usize> {
    let Some(first) = (match sizes.first() {
        Some(size) => *size,
        None => None,
    }) else {
        return None;
    };
    let mut i = 1;
    while i < sizes.len() {
        match sizes[i] {
            Some(size) if size == first => {}
            _ => return None,
        }
        i += 1;
    }
    Some(first)
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use alloc::vec::Vec;

    use crate::Sink;

    fn written(write: impl FnOnce(&mut Vec<u8>)) -> usize {
        let mut bytes = Vec::new();
        write(&mut bytes);
        bytes.len()
    }

    #[test]
    fn every_fixed_size_is_what_its_method_writes() {
        let cases: [(usize, usize); 16] = [
            (super::U8, written(|s| s.write_u8(0).unwrap())),
            (super::U16, written(|s| s.write_u16(0).unwrap())),
            (super::U32, written(|s| s.write_u32(0).unwrap())),
            (super::U64, written(|s| s.write_u64(0).unwrap())),
            (super::U128, written(|s| s.write_u128(0).unwrap())),
            (super::I8, written(|s| s.write_i8(0).unwrap())),
            (super::I16, written(|s| s.write_i16(0).unwrap())),
            (super::I32, written(|s| s.write_i32(0).unwrap())),
            (super::I64, written(|s| s.write_i64(0).unwrap())),
            (super::I128, written(|s| s.write_i128(0).unwrap())),
            (super::USIZE, written(|s| s.write_usize(0).unwrap())),
            (super::ISIZE, written(|s| s.write_isize(0).unwrap())),
            (super::F32, written(|s| s.write_f32(0.0).unwrap())),
            (super::F64, written(|s| s.write_f64(0.0).unwrap())),
            (super::BOOL, written(|s| s.write_bool(true).unwrap())),
            (super::CHAR, written(|s| s.write_char('€').unwrap())),
        ];
        for (index, (size, bytes)) in cases.into_iter().enumerate() {
            assert_eq!(size, bytes, "case {index}");
        }
    }

    #[test]
    fn lengths_tags_and_strings_measure_what_is_written() {
        for shift in 0..32 {
            for n in [1u32 << shift, (1u32 << shift) - 1, (1 << shift) + 1] {
                let len = n as usize;
                assert_eq!(
                    super::len_prefix(len),
                    written(|s| s.write_len(len).unwrap())
                );
                assert_eq!(super::tag(n), written(|s| s.write_tag(n).unwrap()));
            }
        }
        assert_eq!(
            super::tag(u32::MAX),
            written(|s| s.write_tag(u32::MAX).unwrap())
        );
        let text = "x".repeat(300);
        assert_eq!(super::str(300), written(|s| s.write_str(&text).unwrap()));
        // A block is its length, then its content: the bytes of `write_len` plus the content.
        for len in [0, 127, 128, 16_383, 16_384] {
            let prefix = written(|s| s.write_len(len).unwrap());
            assert_eq!(super::block(len), prefix + len);
        }
        assert_eq!(super::fixed_block(Some(3)), Some(4));
        assert_eq!(super::fixed_block(None), None);
    }

    #[test]
    fn composite_sizes_saturate_or_give_up() {
        assert_eq!(super::str(usize::MAX), usize::MAX);
        assert_eq!(super::sequence(3, usize::MAX), usize::MAX);
        assert_eq!(super::block(usize::MAX), usize::MAX);
        assert_eq!(super::add(usize::MAX, 1), usize::MAX);
        assert_eq!(
            super::add(usize::MAX / 2 + 1, usize::MAX / 2 + 1),
            usize::MAX
        );
        assert_eq!(super::repeat(usize::MAX / 2 + 1, 2), usize::MAX);
        assert_eq!(super::repeat(0, usize::MAX), 0);
        assert_eq!(super::sum(&[Some(1), Some(2)]), Some(3));
        assert_eq!(super::sum(&[Some(usize::MAX), Some(1)]), None);
        assert_eq!(super::sum(&[Some(1), None]), None);
        assert_eq!(super::sum(&[]), Some(0));
        assert_eq!(super::same(&[Some(2), Some(2)]), Some(2));
        assert_eq!(super::same(&[Some(2), Some(3)]), None);
        assert_eq!(super::same(&[]), None);
    }
}
