use byterepr::{ByteRepr, ByteReprAs, Sink};

pub struct Uuid(pub [u8; 16]);

/// Writes a `Uuid`: not an `Option<Uuid>`, nor a `u64`.
pub struct UuidBytes;

impl ByteReprAs<Uuid> for UuidBytes {
    fn write_as<S: Sink + ?Sized>(value: &Uuid, sink: &mut S) -> Result<(), S::Error> {
        sink.write_u8_slice(&value.0)
    }
}

#[derive(ByteRepr)]
struct Order {
    // The container is missing: the field is a `Vec<Option<Uuid>>`.
    #[byterepr(as = Vec<UuidBytes>)]
    lines: Vec<Option<Uuid>>,
    #[byterepr(as = UuidBytes)]
    count: u64,
}

fn main() {}
