use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(bound = "T: byterepr::ByteRepr")]
struct Wrapper<T, U> {
    inner: T,
    #[byterepr(bound = "U: byterepr::ByteRepr")]
    other: U,
}

fn main() {}
