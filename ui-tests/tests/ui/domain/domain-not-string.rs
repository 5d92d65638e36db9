use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(domain = Order)]
struct Order {
    id: u64,
}

fn main() {}
