use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(bound = "T ByteRepr")]
struct Wrapper<T> {
    inner: T,
}

fn main() {}
