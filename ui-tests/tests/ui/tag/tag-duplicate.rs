use byterepr::ByteRepr;

#[derive(ByteRepr)]
enum Shape {
    #[byterepr(tag = 1)]
    Circle(u32),
    #[byterepr(tag = 1)]
    Square(u32),
}

fn main() {}
