use byterepr::ByteRepr;

#[derive(ByteRepr)]
enum Shape {
    #[byterepr(skip)]
    Dot,
    Line(u8),
}

fn main() {}
