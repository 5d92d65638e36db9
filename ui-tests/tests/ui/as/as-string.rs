use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(as = "Vec<byterepr::adapt::Same>")]
    lines: Vec<u64>,
}

fn main() {}
