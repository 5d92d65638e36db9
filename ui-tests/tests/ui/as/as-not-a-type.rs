use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(as = 3)]
    lines: Vec<u64>,
}

fn main() {}
