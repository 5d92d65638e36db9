use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(evolving)]
struct Account {
    id: u32,
    #[byterepr(skip, added)]
    cache: u64,
}

fn main() {}
