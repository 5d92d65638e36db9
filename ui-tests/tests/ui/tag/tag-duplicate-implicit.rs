use byterepr::ByteRepr;

#[derive(ByteRepr)]
enum Shape {
    #[byterepr(tag = 4)]
    Circle(u32),
    Square(u32),
    #[byterepr(tag = 5)]
    Line(u32),
}

fn main() {}
