use byterepr::ByteRepr;

#[derive(ByteRepr)]
enum Shape {
    #[byterepr(tag = -1)]
    Circle(u32),
}

fn main() {}
