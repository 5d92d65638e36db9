use byterepr::ByteRepr;

struct Limits {
    retries: u8,
}

#[derive(ByteRepr)]
struct Job {
    #[byterepr(serde)]
    limits: Limits,
}

fn main() {}
