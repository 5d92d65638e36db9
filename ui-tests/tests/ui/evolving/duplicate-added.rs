use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(evolving)]
struct Account {
    id: u32,
    #[byterepr(added)]
    #[byterepr(added)]
    email: Option<String>,
}

fn main() {}
