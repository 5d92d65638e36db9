//! Why did my hash change? A cache key changes after an edit to one nested field, `diff`
//! names the field, `explain` shows every part of the bytes, and a schema pin catches a
//! refactor that would change stored hashes (a reordered field) as breaking.
//!
//! Run with `cargo run -p byterepr-examples --example why_changed`.

use std::collections::BTreeMap;

use byterepr::schema::{PinError, PinOptions, SchemaGraph, check_graph};

/// The order as the service stores it; its SHA-256 is the cache key of the rendered invoice.
mod before {
    use std::collections::BTreeMap;

    #[derive(byterepr::ByteRepr, Clone)]
    #[byterepr(domain = "shop.order/1")]
    pub struct Order {
        pub id: u64,
        pub items: Vec<Item>,
        pub status: Status,
        pub tags: BTreeMap<String, u32>,
    }

    #[derive(byterepr::ByteRepr, Clone)]
    pub struct Item {
        pub sku: String,
        pub price: f64,
    }

    #[derive(byterepr::ByteRepr, Clone)]
    pub enum Status {
        Open,
        Cancelled(String),
    }
}

/// The same order after a refactor that moved `status` to the front: it still compiles,
/// every test of its behaviour still passes, and every stored hash would change.
mod after {
    use std::collections::BTreeMap;

    #[derive(byterepr::ByteRepr)]
    #[byterepr(domain = "shop.order/1")]
    pub struct Order {
        pub status: super::before::Status,
        pub id: u64,
        pub items: Vec<super::before::Item>,
        pub tags: BTreeMap<String, u32>,
    }
}

fn main() {
    use before::{Item, Order, Status};

    let order = Order {
        id: 1017,
        items: vec![
            Item {
                sku: "tea-earl-grey".into(),
                price: 4.5,
            },
            Item {
                sku: "cup-blue".into(),
                price: 19.99,
            },
        ],
        status: Status::Cancelled("address unreachable".into()),
        tags: BTreeMap::from([("gift".into(), 1), ("rush".into(), 2)]),
    };

    // 1. A cache key, and the same key after one nested field is edited.
    let key = byterepr::sha256_hex(&order);
    let mut edited = order.clone();
    edited.items[1].price = 20.0;
    let edited_key = byterepr::sha256_hex(&edited);
    println!("cache key before: {key}");
    println!("cache key after:  {edited_key}");
    assert_ne!(key, edited_key);

    // 2. Which part of the value made it differ.
    let changes = byterepr::diff(&order, &edited);
    println!("\nwhat changed:\n{changes}");
    assert_eq!(changes.len(), 1);
    assert!(changes.to_string().contains("items[1].price"));

    // A different variant is one change, at the field that holds it.
    let reopened = byterepr::diff(&order.status, &Status::Open);
    println!("and for a reopened order's status:\n{reopened}");

    // 3. Every part of the bytes, with its path, type, offset and length.
    let parts = byterepr::explain(&edited);
    assert_eq!(parts.bytes(), byterepr::to_vec(&edited));
    println!("\nthe edited order's bytes:\n{parts}");

    // 4. A pin: the schema of `Order` kept as text in the repository (in a test:
    //    `byterepr::pin::<Order>("tests/pins/order.pin")`). Written here for the order as
    //    it was, then checked against the refactored one.
    let dir = std::env::temp_dir().join(format!("byterepr-why-changed-{}", std::process::id()));
    let path = dir.join("order.pin");
    let write = PinOptions {
        update: true,
        ci: false,
    };
    check_graph(&byterepr::schema::<Order>(), &path, write).expect("writing the pin");
    println!(
        "the pin file:\n{}",
        std::fs::read_to_string(&path).expect("reading the pin")
    );
    // In a repository the pin was written by the earlier version of the same type, so the
    // type names in it are the type's own; here both versions live in one program, so the
    // new one's names are given the old module's.
    let refactored = byterepr::schema::<after::Order>()
        .to_string()
        .replace("::after::", "::before::");
    let refactored = SchemaGraph::parse(&refactored).expect("pin text");
    let check = PinOptions {
        update: false,
        ci: false,
    };
    match check_graph(&refactored, &path, check) {
        Err(error @ PinError::Changed { .. }) => {
            let diff = error.diff().expect("a changed pin has its diff");
            assert!(diff.is_breaking());
            println!("the pin test after the refactor fails with:\n{error}");
        }
        other => panic!("the reordered field was not caught: {other:?}"),
    }
    std::fs::remove_dir_all(&dir).expect("removing the example's files");
}
