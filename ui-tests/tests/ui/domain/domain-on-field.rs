use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(domain = "id")]
    id: u64,
}

fn main() {}
