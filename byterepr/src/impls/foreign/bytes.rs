//! `bytes::Bytes` and `BytesMut`: as the `[u8]` they hold, which is what their `Eq` compares.

use ::bytes::{Bytes, BytesMut};

encodes_as! {
    /// As `[u8]`: the length, then the bytes.
    [] Bytes as [u8] => |this| this.as_ref();
    /// As `[u8]`: the length, then the bytes. Capacity is not written.
    [] BytesMut as [u8] => |this| this.as_ref();
}
