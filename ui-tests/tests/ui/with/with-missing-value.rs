use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(with)]
    id: u64,
}

fn main() {}
