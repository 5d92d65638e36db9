use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(skip = true)]
    cache: u64,
}

fn main() {}
