use byterepr::ByteRepr;

#[derive(ByteRepr)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}
