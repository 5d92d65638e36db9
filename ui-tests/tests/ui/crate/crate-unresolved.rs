use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(crate = "::framework::byterepr")]
struct Order {
    id: u64,
}

fn main() {}
