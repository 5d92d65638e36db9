use byterepr::ByteRepr;

fn write_id(id: u64) -> u64 {
    id
}

#[derive(ByteRepr)]
struct Order {
    #[byterepr(with = write_id)]
    id: u64,
}

fn main() {}
