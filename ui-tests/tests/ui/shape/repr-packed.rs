use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[repr(C, packed)]
struct Header {
    kind: u8,
    length: u32,
}

fn main() {}
