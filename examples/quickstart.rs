//! Quickstart: derive `ByteRepr` for a small domain model, then look at its canonical bytes.
//!
//! Run with `cargo run --example quickstart`.

use std::fmt::Write as _;

use byterepr::ByteRepr;

/// How an order is paid. The tags are pinned, so reordering the variants later keeps the
/// bytes (and so the hashes) of existing orders.
#[derive(ByteRepr)]
enum Payment {
    #[byterepr(tag = 0)]
    Card { last4: u16 },
    #[byterepr(tag = 1)]
    Invoice(String),
}

/// An order. The domain string makes its bytes differ from any other type with the same
/// fields; the cache is not part of the order's identity, so it is skipped.
#[derive(ByteRepr)]
#[byterepr(domain = "shop.Order.v1")]
struct Order {
    id: u64,
    items: Vec<(String, u32)>,
    payment: Payment,
    #[byterepr(skip)]
    cached_total: Option<u64>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut out, byte| {
        let _ = write!(out, "{byte:02x}");
        out
    })
}

fn main() {
    let order = Order {
        id: 17,
        items: vec![("apple".into(), 3), ("pear".into(), 1)],
        payment: Payment::Card { last4: 4242 },
        cached_total: None,
    };
    let bytes = byterepr::to_vec(&order);
    println!("order:   {}", hex(&bytes));
    println!(
        "length:  {} bytes (encoded_len, computed without encoding: {})",
        bytes.len(),
        order.encoded_len()
    );
    assert_eq!(bytes.len(), order.encoded_len());

    // The same order with a cached total has the same bytes: skipped fields do not count.
    let cached = Order {
        cached_total: Some(4),
        ..order
    };
    assert_eq!(byterepr::to_vec(&cached), bytes);
    assert_eq!(cached.cached_total, Some(4));

    let invoice = Payment::Invoice("ACME-7".into());
    println!("invoice: {}", hex(&byterepr::to_vec(&invoice)));
    println!("length:  {} bytes", invoice.encoded_len());
}
