//! `uuid::Uuid`: its 16 bytes. `Uuid`'s `Eq` compares exactly those bytes.

use ::uuid::Uuid;

use crate::schema::{Custom, Schema, Shape};
use crate::{ByteRepr, Sink};

/// The 16 bytes of the UUID in the order of RFC 9562 (`Uuid::as_bytes`, the order of its
/// text form), as a `[u8; 16]`: fixed size, no length.
impl ByteRepr for Uuid {
    const ENCODED_SIZE: Option<usize> = <[u8; 16]>::ENCODED_SIZE;
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Custom(Custom {
        name: "uuid::Uuid",
        version: 1,
        layout: "its 16 bytes in RFC 9562 order (as_bytes), as a [u8; 16]: no length",
    }));

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.as_bytes().write_to(sink)
    }
}
