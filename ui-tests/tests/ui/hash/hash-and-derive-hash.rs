use byterepr::ByteRepr;

#[derive(ByteRepr, Hash)]
#[byterepr(hash)]
struct Key {
    id: u64,
}

fn main() {}
