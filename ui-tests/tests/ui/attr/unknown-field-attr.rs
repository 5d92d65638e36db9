use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(skp)]
    id: u64,
}

fn main() {}
