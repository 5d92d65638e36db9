//! A content-addressed cache: the key of a build step is the SHA-256 of the canonical bytes
//! of everything that determines its output, streamed into the hasher without a `Vec`.
//!
//! Two requests that mean the same thing get the same key, whatever the order their
//! environment map was filled in or the machine that computes it; any change to an input
//! gives a new key.
//!
//! Run with `cargo run --example cache_key`.

use std::collections::HashMap;

use byterepr::ByteRepr;
use byterepr::hash::Hex;

/// One input file: its path and the SHA-256 of its contents (the file itself is hashed once,
/// by whoever reads it).
#[derive(ByteRepr)]
struct Input {
    path: String,
    content: [u8; 32],
}

/// Everything that decides what a compile step produces.
#[derive(ByteRepr)]
#[byterepr(domain = "example.CompileStep.v1")]
struct CompileStep {
    compiler: String,
    flags: Vec<String>,
    inputs: Vec<Input>,
    /// Encoded by the sorted bytes of its entries, so insertion order does not matter.
    env: HashMap<String, String>,
}

/// A cache of step outputs, keyed by the content hash of the step.
#[derive(Default)]
struct Cache {
    outputs: HashMap<[u8; 32], Vec<u8>>,
    runs: usize,
}

impl Cache {
    /// Returns the cached output of `step`, running it only on a miss.
    fn get_or_run(&mut self, step: &CompileStep, run: impl FnOnce() -> Vec<u8>) -> &[u8] {
        let key = byterepr::sha256(step);
        self.outputs.entry(key).or_insert_with(|| {
            self.runs += 1;
            run()
        })
    }
}

fn step(env: &[(&str, &str)], optimize: &str) -> CompileStep {
    CompileStep {
        compiler: "rustc 1.95.0".into(),
        flags: vec![optimize.into(), "--edition=2024".into()],
        inputs: vec![
            Input {
                path: "src/main.rs".into(),
                content: byterepr::sha256(b"fn main() {}"),
            },
            Input {
                path: "src/lib.rs".into(),
                content: byterepr::sha256(b"pub fn f() {}"),
            },
        ],
        env: env
            .iter()
            .map(|&(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
    }
}

fn main() {
    let first = step(&[("CC", "clang"), ("LANG", "C")], "-O");
    let same = step(&[("LANG", "C"), ("CC", "clang")], "-O"); // other insertion order
    let changed = step(&[("CC", "clang"), ("LANG", "C")], "-O3");

    let key = byterepr::sha256(&first);
    println!("cache key: {}", Hex(&key));
    assert_eq!(
        key,
        byterepr::sha256(&same),
        "the map's order does not matter"
    );
    assert_ne!(key, byterepr::sha256(&changed), "a flag changes the key");

    let mut cache = Cache::default();
    let out = cache
        .get_or_run(&first, || b"object code".to_vec())
        .to_vec();
    let again = cache
        .get_or_run(&same, || unreachable!("a hit: same key"))
        .to_vec();
    assert_eq!(out, again);
    cache.get_or_run(&changed, || b"faster object code".to_vec());
    assert_eq!(cache.runs, 2);
    println!("{} runs for 3 lookups", cache.runs);
}
