use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(added)]
struct Account {
    id: u32,
}

fn main() {}
