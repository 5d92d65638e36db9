use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(crate = "my framework::byterepr")]
struct Order {
    id: u64,
}

fn main() {}
