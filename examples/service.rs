//! A service's domain value, built from the types real domain structs hold (`Uuid`,
//! `DateTime<Utc>`, `Decimal`, `IndexMap`, `serde_json::Value`), hashed to a cache key.
//!
//! Run with `cargo run --example service`. The key depends on what the values *are*, not on
//! how they happen to be held: the same decimal at another scale, the same instant at another
//! offset, the same map in another insertion order and the same JSON object with its keys in
//! another order all give the same key, because each foreign type's bytes agree with its own
//! `==` (SPEC.md 3.16).

use std::error::Error;

use byterepr::{ByteRepr, ByteReprAs, Sink};
use chrono::{DateTime, FixedOffset, Utc};
use indexmap::IndexMap;
use rust_decimal::Decimal;
use uuid::Uuid;

/// An invoice as a billing service keeps it.
#[derive(ByteRepr)]
#[byterepr(domain = "shop.Invoice.v1")]
struct Invoice {
    id: Uuid,
    issued: DateTime<Utc>,
    total: Decimal,
    /// Quantities by product, in the order the customer added them.
    lines: IndexMap<String, u32>,
    /// Free-form data from a partner API.
    metadata: serde_json::Value,
    /// Invoices this one corrects, some unknown. A JVM service of ours keys them by their
    /// text form, so this field writes each UUID as its hyphenated string: one adapter,
    /// composed through the `Vec` and the `Option` without restating either.
    #[byterepr(as = Vec<Option<Hyphenated>>)]
    corrects: Vec<Option<Uuid>>,
}

/// A `Uuid` as its 36-character lowercase hyphenated string, the form `UUID.toString()`
/// gives on the JVM.
struct Hyphenated;

impl ByteReprAs<Uuid> for Hyphenated {
    fn write_as<S: Sink + ?Sized>(value: &Uuid, sink: &mut S) -> Result<(), S::Error> {
        let mut text = Uuid::encode_buffer();
        sink.write_str(value.hyphenated().encode_lower(&mut text))
    }
}

fn invoice(
    total: &str,
    issued: &str,
    lines: &[(&str, u32)],
    metadata: &str,
) -> Result<Invoice, Box<dyn Error>> {
    Ok(Invoice {
        id: Uuid::parse_str("67e55044-10b1-426f-9247-bb680e5fe0c8")?,
        issued: DateTime::<FixedOffset>::parse_from_rfc3339(issued)?.with_timezone(&Utc),
        total: total.parse()?,
        lines: lines
            .iter()
            .map(|(name, n)| ((*name).to_owned(), *n))
            .collect(),
        metadata: serde_json::from_str(metadata)?,
        corrects: vec![
            Some(Uuid::parse_str("a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8")?),
            None,
        ],
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    let stored = invoice(
        "120.50",
        "2026-12-01T10:00:00+01:00",
        &[("apple", 3), ("pear", 2)],
        r#"{"channel": "web", "campaign": {"id": 7, "tags": ["x"]}}"#,
    )?;
    let key = byterepr::sha256_hex(&stored);
    println!("cache key of the invoice: {key}");

    // The same invoice as another service instance holds it.
    let again = invoice(
        "120.5000",
        "2026-12-01T09:00:00Z",
        &[("pear", 2), ("apple", 3)],
        r#"{"campaign": {"tags": ["x"], "id": 7}, "channel": "web"}"#,
    )?;
    assert_eq!(byterepr::sha256_hex(&again), key);
    println!("same key for the same invoice at another scale, offset and key order");

    // A different invoice: one more pear.
    let changed = invoice(
        "120.50",
        "2026-12-01T10:00:00+01:00",
        &[("apple", 3), ("pear", 3)],
        r#"{"channel": "web", "campaign": {"id": 7, "tags": ["x"]}}"#,
    )?;
    assert_ne!(byterepr::sha256_hex(&changed), key);
    println!(
        "a different key once a quantity changes: {}",
        byterepr::sha256_hex(&changed)
    );
    Ok(())
}
