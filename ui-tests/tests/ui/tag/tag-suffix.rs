use byterepr::ByteRepr;

#[derive(ByteRepr)]
enum Shape {
    #[byterepr(tag = 300u8)]
    Circle(u32),
    #[byterepr(tag = 7i64)]
    Square(u32),
    // The tag's own type is accepted.
    #[byterepr(tag = 9u32)]
    Point,
}

fn main() {}
