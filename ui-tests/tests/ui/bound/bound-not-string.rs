use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Wrapper<T> {
    #[byterepr(bound = T: ByteRepr)]
    inner: T,
}

fn main() {}
