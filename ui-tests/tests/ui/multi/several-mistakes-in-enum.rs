use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(bound = 5)]
enum Shape {
    #[byterepr(tag = 1)]
    Circle(u32),
    #[byterepr(tag = 1, tag = 2)]
    Square(#[byterepr(with)] u32),
    #[byterepr(tag = -3)]
    Line,
}

fn main() {}
