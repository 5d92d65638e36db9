use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr]
    id: u64,
}

fn main() {}
