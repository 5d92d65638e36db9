use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(domain = "app.Order", domain = "app.Order.v2")]
struct Order {
    id: u64,
}

fn main() {}
