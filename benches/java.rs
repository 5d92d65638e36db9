//! The Java encoding + SHA-256 per record, against what the JVM does on the same records
//! (`java/bench/JavaBench.java`: `DataOutputStream` into `MessageDigest`).
//!
//! The records are `Twins.order(i)` of the Java side, `i < 10_000`; the type and generator
//! below mirror it, and tests/java.rs checks that both sides give the same bytes and digests.
//! Before measuring, this prints the SHA-256 over all record digests; `JavaBench` prints the
//! same checksum, so the two measure the same work.
//!
//! Run: `cargo bench -p byterepr-benches --bench java`; the JVM side:
//! `javac -d /tmp/jb java/src/byterepr/*.java java/test/*.java java/bench/*.java &&
//! java -cp /tmp/jb JavaBench`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use byterepr::ByteRepr;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sha2::{Digest, Sha256};

#[path = "../tests/order_record.rs"]
mod order_record;

use order_record::{Order, order};

const RECORDS: u32 = 10_000;

/// Times `pass` (one pass over every record) as `JavaBench` times the JVM: warm up for 2 s,
/// then 30 timed passes; prints the median and the best pass in ns per record.
fn time_like_java_bench(name: &str, mut pass: impl FnMut()) {
    const ROUNDS: usize = 30;
    let warm_until = Instant::now() + Duration::from_secs(2);
    while Instant::now() < warm_until {
        pass();
    }
    let mut per_record: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            pass();
            start.elapsed().as_secs_f64() * 1e9 / f64::from(RECORDS)
        })
        .collect();
    per_record.sort_by(f64::total_cmp);
    println!(
        "rust {name:<6} median {:7.1} ns/record  best {:7.1} ns/record",
        per_record[ROUNDS / 2],
        per_record[0]
    );
}

fn java_sha256(c: &mut Criterion) {
    let records: Vec<Order> = (0..RECORDS).map(order).collect();
    // `BYTEREPR_COUNT_RUNS=n`: `java::sha256` of every record `n` times and nothing else, for
    // callgrind instruction counts (two runs with different `n`; the difference is the cost).
    if let Ok(runs) = std::env::var("BYTEREPR_COUNT_RUNS") {
        for _ in 0..runs.parse::<usize>().unwrap_or(1) {
            for record in &records {
                black_box(byterepr::java::sha256(record).expect("encodable"));
            }
        }
        return;
    }

    let mut all = Sha256::new();
    let mut bytes = 0;
    for record in &records {
        all.update(byterepr::java::sha256(record).expect("encodable"));
        bytes += byterepr::java::encoded_len(record).expect("encodable");
    }
    println!(
        "records: {RECORDS}, mean encoded size {:.1} bytes",
        f64::from(u32::try_from(bytes).expect("small")) / f64::from(RECORDS)
    );
    let checksum = all.finalize();
    println!(
        "checksum (SHA-256 of all record digests): {}",
        byterepr::hash::Hex(&checksum)
    );

    let encoded: Vec<Vec<u8>> = records
        .iter()
        .map(|record| byterepr::java::to_vec(record).expect("encodable"))
        .collect();
    side_by_side(&records, &encoded);
    criterion_benches(c, &records, &encoded);
}

/// The same measurement as `JavaBench`, printed in the same form beside its lines.
fn side_by_side(records: &[Order], encoded: &[Vec<u8>]) {
    let mut buf = Vec::new();
    time_like_java_bench("stream", || {
        for record in records {
            black_box(byterepr::java::sha256(black_box(record)).expect("encodable"));
        }
    });
    let mut reused = byterepr::java::Java::new(byterepr::hash::Sha256Sink::new());
    time_like_java_bench("reused", || {
        for record in records {
            black_box(record).write_to(&mut reused).expect("encodable");
            black_box(reused.get_mut().finalize_reset());
        }
    });
    time_like_java_bench("buffer", || {
        for record in records {
            buf.clear();
            byterepr::java::extend_vec(black_box(record), &mut buf).expect("encodable");
            black_box(Sha256::digest(&buf));
        }
    });
    time_like_java_bench("hash", || {
        for bytes in encoded {
            black_box(Sha256::digest(black_box(bytes)));
        }
    });
    time_like_java_bench("encode", || {
        for record in records {
            buf.clear();
            byterepr::java::extend_vec(black_box(record), &mut buf).expect("encodable");
            black_box(&buf);
        }
    });
}

fn criterion_benches(c: &mut Criterion, records: &[Order], encoded: &[Vec<u8>]) {
    let mut reused = byterepr::java::Java::new(byterepr::hash::Sha256Sink::new());
    let mut group = c.benchmark_group("java_sha256_per_record");
    group.throughput(Throughput::Elements(u64::from(RECORDS)));
    group.bench_function("byterepr::java::sha256 (streamed)", |b| {
        b.iter(|| {
            for record in records {
                black_box(byterepr::java::sha256(black_box(record)).expect("encodable"));
            }
        });
    });
    group.bench_function(
        "a Java<Sha256Sink> reused, finalize_reset per record",
        |b| {
            b.iter(|| {
                for record in records {
                    black_box(record).write_to(&mut reused).expect("encodable");
                    black_box(reused.get_mut().finalize_reset());
                }
            });
        },
    );
    let mut buf = Vec::new();
    group.bench_function(
        "java::extend_vec into a reused Vec, then Sha256::digest",
        |b| {
            b.iter(|| {
                for record in records {
                    buf.clear();
                    byterepr::java::extend_vec(black_box(record), &mut buf).expect("encodable");
                    black_box(Sha256::digest(&buf));
                }
            });
        },
    );
    group.bench_function("java::extend_vec only (no hash)", |b| {
        b.iter(|| {
            for record in records {
                buf.clear();
                byterepr::java::extend_vec(black_box(record), &mut buf).expect("encodable");
                black_box(&buf);
            }
        });
    });
    group.bench_function("Sha256::digest of the pre-encoded bytes (the limit)", |b| {
        b.iter(|| {
            for bytes in encoded {
                black_box(Sha256::digest(black_box(bytes)));
            }
        });
    });
    group.bench_function("canonical byterepr::sha256, for reference", |b| {
        b.iter(|| {
            for record in records {
                black_box(byterepr::sha256(black_box(record)));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, java_sha256);
criterion_main!(benches);
