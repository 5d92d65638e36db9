// A recursive type writes its fields one by one (not through one call for all of them): a
// field type without an impl is still one error, under that type.
use byterepr::ByteRepr;

struct Money;

#[derive(ByteRepr)]
enum Ledger {
    Empty,
    Entry(Money, Box<Ledger>),
}

fn main() {}
