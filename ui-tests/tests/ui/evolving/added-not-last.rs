use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(evolving)]
struct Account {
    id: u32,
    #[byterepr(added)]
    email: Option<String>,
    name: String,
    #[byterepr(skip)]
    cache: u64,
}

fn main() {}
