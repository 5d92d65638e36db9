use byterepr::ByteRepr;

#[derive(ByteRepr)]
enum Shape {
    Circle {
        #[byterepr(tag = 1)]
        radius: u32,
    },
}

fn main() {}
