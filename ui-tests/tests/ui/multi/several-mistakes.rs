use byterepr::ByteRepr;

#[derive(ByteRepr)]
#[byterepr(domain = "")]
struct Order {
    #[byterepr(skip, skip)]
    id: u64,
    #[byterepr(tag = 1)]
    total: i64,
    #[byterepr(wiht = write_note)]
    note: String,
}

fn main() {
    // No follow-on "ByteRepr is not implemented" here: the derive emits a stub impl.
    let _ = byterepr::to_vec(&Order { id: 1, total: 2, note: String::new() });
}
