use byterepr::{ByteRepr, Sink};

fn write_id<S: Sink + ?Sized>(id: &u64, sink: &mut S) -> Result<(), S::Error> {
    sink.write_u64(*id)
}

#[derive(ByteRepr)]
struct Order {
    #[byterepr(as = byterepr::adapt::Same, with = write_id)]
    id: u64,
}

fn main() {}
