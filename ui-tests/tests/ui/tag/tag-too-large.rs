use byterepr::ByteRepr;

#[derive(ByteRepr)]
enum Shape {
    #[byterepr(tag = 4294967296)]
    Circle(u32),
}

fn main() {}
