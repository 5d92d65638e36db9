use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(domain = "")]
struct Order {
    id: u64,
}

fn main() {}
