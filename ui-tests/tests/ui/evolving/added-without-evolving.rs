use byterepr::ByteRepr;

#[derive(ByteRepr)]
struct Account {
    id: u32,
    #[byterepr(added)]
    email: Option<String>,
}

fn main() {}
