//! `smallvec::SmallVec`: as its slice. Its `Eq` compares the elements, not whether they are
//! inline or on the heap.

use ::smallvec::{Array, SmallVec};

use crate::ByteRepr;

encodes_as! {
    /// As `[T]`: the number of elements, then each element, whether inline or spilled.
    [A: Array] SmallVec<A> where [A::Item: ByteRepr] as [A::Item] => |this| this.as_slice();
}
