use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Account {
    id: u32,
    #[byterepr(evolving)]
    email: Option<String>,
}

fn main() {}
