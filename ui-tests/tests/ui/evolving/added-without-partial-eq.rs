use byterepr::ByteRepr;

#[derive(ByteRepr, Default)]
struct Level(u8);

#[derive(ByteRepr)]
#[byterepr(evolving)]
enum Event {
    Join {
        id: u32,
        #[byterepr(added)]
        level: Level,
    },
}

fn main() {}
