use byterepr::ByteRepr;

struct Money;

#[derive(ByteRepr)]
struct Wrapper<T> {
    inner: T,
}

fn main() {
    let _ = byterepr::to_vec(&Wrapper { inner: Money });
}
