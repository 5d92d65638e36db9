//! `arrayvec::ArrayVec` and `ArrayString`: as their slice and their `str`. Their `Eq`
//! compares the contents, not the capacity, so the capacity is not written.

use ::arrayvec::{ArrayString, ArrayVec};

use crate::ByteRepr;

encodes_as! {
    /// As `[T]`: the number of elements, then each element.
    [T: ByteRepr, const CAP: usize] ArrayVec<T, CAP> as [T] => |this| this.as_slice();
    /// As `str`: the length in bytes, then the UTF-8 bytes.
    [const CAP: usize] ArrayString<CAP> as str => |this| this.as_str();
}
