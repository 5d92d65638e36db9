use byterepr::ByteRepr;

#[derive(ByteRepr)]
enum Shape {
    #[byterepr(tag = 4294967295)]
    Circle(u32),
    Square(u32),
}

fn main() {}
