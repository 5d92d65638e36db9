use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(skip)]
    #[byterepr(skip)]
    cache: u64,
}

fn main() {}
