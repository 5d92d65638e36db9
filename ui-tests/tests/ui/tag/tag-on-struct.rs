use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(tag = 1)]
struct Order {
    id: u64,
}

fn main() {}
