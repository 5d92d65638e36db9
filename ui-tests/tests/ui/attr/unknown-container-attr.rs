use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(rename = "order")]
struct Order {
    id: u64,
}

fn main() {}
