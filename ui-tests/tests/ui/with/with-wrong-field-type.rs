use byterepr::{ByteRepr, Sink};

fn write_id<S: Sink + ?Sized>(id: &u32, sink: &mut S) -> Result<(), S::Error> {
    sink.write_u32(*id)
}

#[derive(ByteRepr)]
struct Order {
    #[byterepr(with = write_id)]
    id: u64,
}

fn main() {}
