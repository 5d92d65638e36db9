use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(evolving)]
enum Event {
    Ping,
    Move(#[byterepr(added)] i8, i8),
}

fn main() {}
