use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(skip, as = byterepr::adapt::Same)]
    id: u64,
}

fn main() {}
