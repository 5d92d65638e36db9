use byterepr::ByteRepr;

struct Writer;

#[derive(ByteRepr)]
struct Order {
    #[byterepr(with = Writer)]
    id: u64,
}

fn main() {}
