use byterepr::ByteRepr;

struct Money;

#[derive(ByteRepr)]
enum Payment {
    Cash(Money),
    Card { number: u64 },
}

fn main() {}
