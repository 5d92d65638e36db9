use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(skip)]
struct Order {
    id: u64,
}

fn main() {}
