use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(crate = byterepr)]
struct Order {
    id: u64,
}

fn main() {}
