//! Benchmarks of the runtime core, each beside its baseline:
//! - `bulk/*`: number slices through the bulk path (one sink call for the whole slice) against
//!   one call per element, and against a memcpy of the same bytes (the limit);
//! - `lengths/*`: the canonical LEB128 lengths and tags against fixed-width `u32` and `u64`
//!   ones, on records with strings and short sequences: encode time, bytes written, and the
//!   SHA-256 time of those bytes. The byte counts are printed before the timings.
//!
//! Run: `cargo bench -p byterepr-benches --bench core`.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    reason = "test data and the fixed-width baselines narrow numbers on purpose"
)]

use std::hint::black_box;
use std::time::Duration;

use byterepr::{ByteRepr, Sink};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sha2::{Digest, Sha256};

/// A `u64` whose slices take the per-element path (the provided `write_slice_to`).
#[derive(Clone, Copy)]
struct OneByOne(u64);

impl ByteRepr for OneByOne {
    const ENCODED_SIZE: Option<usize> = Some(8);

    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_u64(self.0)
    }
}

fn bulk(c: &mut Criterion) {
    const LEN: usize = 1 << 20; // 8 MiB of u64
    let numbers: Vec<u64> = (0..LEN as u64)
        .map(|n| n.wrapping_mul(0x9e37_79b9_7f4a_7c15))
        .collect();
    let one_by_one: Vec<OneByOne> = numbers.iter().copied().map(OneByOne).collect();
    let bytes: Vec<u8> = numbers.iter().map(|&n| n as u8).collect();
    let floats: Vec<f64> = numbers.iter().map(|&n| n as f64 / 3.0).collect();
    let pre_encoded = byterepr::to_vec(&numbers);
    let mut buf = Vec::with_capacity(pre_encoded.len() + 16);

    let mut group = c.benchmark_group("bulk");
    group.throughput(Throughput::Bytes(pre_encoded.len() as u64));
    group.bench_function("vec_u64/bulk", |b| {
        b.iter(|| {
            buf.clear();
            byterepr::extend_vec(black_box(&numbers), &mut buf);
        });
    });
    group.bench_function("vec_u64/per_element", |b| {
        b.iter(|| {
            buf.clear();
            byterepr::extend_vec(black_box(&one_by_one), &mut buf);
        });
    });
    group.bench_function("vec_u64/memcpy_limit", |b| {
        b.iter(|| {
            buf.clear();
            buf.extend_from_slice(black_box(&pre_encoded));
        });
    });
    group.bench_function("vec_f64/bulk", |b| {
        b.iter(|| {
            buf.clear();
            byterepr::extend_vec(black_box(&floats), &mut buf);
        });
    });
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("vec_u8/bulk", |b| {
        b.iter(|| {
            buf.clear();
            byterepr::extend_vec(black_box(&bytes), &mut buf);
        });
    });
    group.finish();
}

/// A format adapter that writes lengths and tags as fixed-width little-endian integers.
struct FixedWidth<S, const WIDE: bool>(S);

impl<S: Sink, const WIDE: bool> Sink for FixedWidth<S, WIDE> {
    type Error = S::Error;

    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), S::Error> {
        self.0.write_raw(bytes)
    }

    #[inline]
    fn write_len(&mut self, len: usize) -> Result<(), S::Error> {
        if WIDE {
            self.0.write_u64(len as u64)
        } else {
            self.0.write_u32(len as u32)
        }
    }

    #[inline]
    fn write_tag(&mut self, tag: u32) -> Result<(), S::Error> {
        if WIDE {
            self.0.write_u32(tag)
        } else {
            self.0.write_u8(tag as u8)
        }
    }
}

/// Records shaped like the domain values people hash: a name, a few tags, an optional note.
type Record = (u64, String, Vec<String>, Option<String>, Vec<u32>, bool);

fn records() -> Vec<Record> {
    (0..1000u64)
        .map(|i| {
            (
                i,
                format!("customer-{i}"),
                (0..i % 4).map(|t| format!("tag{t}")).collect(),
                (i % 3 == 0).then(|| format!("note about {i}")),
                (0..(i % 7) as u32).collect(),
                i % 2 == 0,
            )
        })
        .collect()
}

fn encode_leb128(records: &[Record], buf: &mut Vec<u8>) {
    buf.clear();
    for record in records {
        let result: Result<(), core::convert::Infallible> = record.write_to(buf);
        result.unwrap();
    }
}

fn encode_fixed<const WIDE: bool>(records: &[Record], buf: &mut Vec<u8>) {
    buf.clear();
    let mut sink = FixedWidth::<_, WIDE>(buf);
    for record in records {
        let result: Result<(), core::convert::Infallible> = record.write_to(&mut sink);
        result.unwrap();
    }
}

fn lengths(c: &mut Criterion) {
    let records = records();
    let mut buf = Vec::with_capacity(1 << 20);
    let mut sizes = Vec::new();
    for (name, encode) in [
        ("leb128", encode_leb128 as fn(&[Record], &mut Vec<u8>)),
        ("fixed_u32", encode_fixed::<false>),
        ("fixed_u64", encode_fixed::<true>),
    ] {
        encode(&records, &mut buf);
        sizes.push((name, buf.len()));
    }
    for (name, size) in &sizes {
        println!(
            "lengths/{name}: {size} bytes for {} records ({:.1} bytes a record)",
            records.len(),
            *size as f64 / records.len() as f64
        );
    }

    let mut group = c.benchmark_group("lengths");
    group.throughput(Throughput::Elements(records.len() as u64));
    group.bench_function("encode/leb128", |b| {
        b.iter(|| encode_leb128(black_box(&records), &mut buf));
    });
    group.bench_function("encode/fixed_u32", |b| {
        b.iter(|| encode_fixed::<false>(black_box(&records), &mut buf));
    });
    group.bench_function("encode/fixed_u64", |b| {
        b.iter(|| encode_fixed::<true>(black_box(&records), &mut buf));
    });
    // Hash record by record, as a cache key would be computed.
    let per_record = |encode: fn(&[Record], &mut Vec<u8>)| {
        let mut scratch = Vec::new();
        records
            .iter()
            .map(|r| {
                encode(std::slice::from_ref(r), &mut scratch);
                scratch.clone()
            })
            .collect::<Vec<_>>()
    };
    for (name, encoded) in [
        ("leb128", per_record(encode_leb128)),
        ("fixed_u32", per_record(encode_fixed::<false>)),
        ("fixed_u64", per_record(encode_fixed::<true>)),
    ] {
        group.bench_function(format!("sha256_per_record/{name}"), |b| {
            b.iter(|| {
                for bytes in &encoded {
                    black_box(Sha256::digest(black_box(bytes)));
                }
            });
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
}

criterion_group! { name = benches; config = config(); targets = bulk, lengths }
criterion_main!(benches);
