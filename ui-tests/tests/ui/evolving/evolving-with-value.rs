use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(evolving = true)]
struct Account {
    id: u32,
}

fn main() {}
