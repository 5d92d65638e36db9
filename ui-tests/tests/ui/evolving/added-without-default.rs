use byterepr::ByteRepr;

#[derive(ByteRepr, PartialEq)]
struct Level(u8);

#[derive(ByteRepr)]
#[byterepr(evolving)]
struct Account {
    id: u32,
    #[byterepr(added)]
    level: Level,
}

fn main() {}
