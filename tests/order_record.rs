//! The order record of the Java benchmark and of the JVM agreement test: one type and one
//! generator, shared by `tests/java.rs` and `benches/java.rs` (through `#[path]`), whose Java
//! twin is `Twins.order(i)`. The test checks the bytes against the JVM, so the bench measures
//! records known to match.

use byterepr::ByteRepr;

// The fields are visible to the crate for the descriptions of `vectors/java.json` (java.rs).
#[derive(ByteRepr)]
pub(crate) struct Line {
    pub(crate) sku: String,
    pub(crate) qty: u32,
    pub(crate) price_cents: i64,
    pub(crate) discount: f32,
}

#[derive(ByteRepr)]
pub(crate) enum Status {
    Open,
    Shipped { carrier: String, at: i64 },
    Cancelled(Option<String>),
}

#[derive(ByteRepr)]
pub struct Order {
    pub(crate) id: u64,
    pub(crate) customer: String,
    pub(crate) lines: Vec<Line>,
    pub(crate) note: Option<String>,
    pub(crate) paid: bool,
    pub(crate) created: i64,
    pub(crate) status: Status,
}

/// The i-th record, as `Twins.order(i)` in `java/test/Twins.java` builds it.
pub fn order(i: u32) -> Order {
    let lines = (0..=i % 5)
        .map(|j| Line {
            sku: format!("SKU-{}", (i * 7 + j) % 10000),
            qty: j + 1,
            price_cents: i64::from(199 + 100 * j + i % 50),
            discount: f32::from(u16::try_from(j).unwrap()) * 0.05,
        })
        .collect();
    let created = 1_700_000_000_000 + i64::from(i) * 1000;
    let status = match i % 4 {
        0 => Status::Open,
        1 => Status::Shipped {
            carrier: "DHL Express".into(),
            at: created + 86_400_000,
        },
        2 => Status::Cancelled(Some("out of stock".into())),
        _ => Status::Cancelled(None),
    };
    Order {
        id: 1_000_000 + u64::from(i),
        customer: format!("customer-{}", i % 1000),
        lines,
        note: i
            .is_multiple_of(3)
            .then(|| "gift wrap, ring twice: é€".into()),
        paid: i.is_multiple_of(2),
        created,
        status,
    }
}
