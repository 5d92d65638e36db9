use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Key {
    #[byterepr(hash)]
    id: u64,
}

fn main() {}
