use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Job {
    #[byterepr(serde, as = byterepr::adapt::Same)]
    retries: u8,
}

fn main() {}
