use byterepr::ByteRepr;

struct Money {
    cents: i64,
}

#[derive(ByteRepr)]
struct Order {
    id: u64,
    total: Money,
}

fn main() {}
