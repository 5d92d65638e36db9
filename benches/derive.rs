//! The derived impl against a hand-written impl of the same type, in one group each:
//! - `derive/record`: a realistic record (numbers, strings, a list, an option, an enum) encoded
//!   into a reused `Vec`, 1000 records per iteration;
//! - `derive/fixed`: a fixed-size struct, where the derived `encoded_len` folds to a constant;
//! - `derive/encoded_len`: the length of the records alone, computed without encoding;
//! - `derive/evolving`: the same records as an evolving type (`#[byterepr(evolving)]`) with
//!   two added fields left at their defaults, against the plain derived record: encoding,
//!   SHA-256, and the Java encoding (whose block is counted by writing it to a counter).
//!
//! The hand-written impls are what a careful person writes: one typed sink call per field and
//! an `encoded_len` that sums the fields' lengths.
//!
//! Run: `cargo bench -p byterepr-benches --bench derive`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use byterepr::{ByteRepr, Sink};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[derive(ByteRepr)]
enum Kind {
    Plain,
    Sized(u16),
    Located { x: i32, y: i32 },
}

#[derive(ByteRepr)]
struct Record {
    id: u64,
    name: String,
    tags: Vec<String>,
    score: f64,
    flags: [bool; 3],
    note: Option<String>,
    count: u32,
    kind: Kind,
}

/// `Record` as a type that opted in to growing and has grown twice: the fields go in a block
/// preceded by its length, and the added fields, at their defaults, are left out.
#[derive(ByteRepr)]
#[byterepr(evolving)]
struct EvolvingRecord {
    id: u64,
    name: String,
    tags: Vec<String>,
    score: f64,
    flags: [bool; 3],
    note: Option<String>,
    count: u32,
    kind: Kind,
    #[byterepr(added)]
    email: Option<String>,
    #[byterepr(added)]
    priority: u8,
}

impl EvolvingRecord {
    fn from(record: &Record) -> Self {
        let kind = match record.kind {
            Kind::Plain => Kind::Plain,
            Kind::Sized(size) => Kind::Sized(size),
            Kind::Located { x, y } => Kind::Located { x, y },
        };
        EvolvingRecord {
            id: record.id,
            name: record.name.clone(),
            tags: record.tags.clone(),
            score: record.score,
            flags: record.flags,
            note: record.note.clone(),
            count: record.count,
            kind,
            email: None,
            priority: 0,
        }
    }
}

enum HandKind {
    Plain,
    Sized(u16),
    Located { x: i32, y: i32 },
}

struct HandRecord {
    id: u64,
    name: String,
    tags: Vec<String>,
    score: f64,
    flags: [bool; 3],
    note: Option<String>,
    count: u32,
    kind: HandKind,
}

impl ByteRepr for HandKind {
    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        match self {
            HandKind::Plain => sink.write_tag(0),
            HandKind::Sized(size) => {
                sink.write_tag(1)?;
                sink.write_u16(*size)
            }
            HandKind::Located { x, y } => {
                sink.write_tag(2)?;
                sink.write_i32(*x)?;
                sink.write_i32(*y)
            }
        }
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        match self {
            HandKind::Plain => 1,
            HandKind::Sized(_) => 3,
            HandKind::Located { .. } => 9,
        }
    }
}

impl ByteRepr for HandRecord {
    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_u64(self.id)?;
        sink.write_str(&self.name)?;
        self.tags.write_to(sink)?;
        sink.write_f64(self.score)?;
        self.flags.write_to(sink)?;
        self.note.write_to(sink)?;
        sink.write_u32(self.count)?;
        self.kind.write_to(sink)
    }

    #[inline]
    fn encoded_len(&self) -> usize {
        8 + self.name.encoded_len()
            + self.tags.encoded_len()
            + 8
            + 3
            + self.note.encoded_len()
            + 4
            + self.kind.encoded_len()
    }
}

#[derive(ByteRepr)]
struct Point {
    x: f64,
    y: f64,
    z: f64,
    id: u32,
}

struct HandPoint {
    x: f64,
    y: f64,
    z: f64,
    id: u32,
}

impl ByteRepr for HandPoint {
    const ENCODED_SIZE: Option<usize> = Some(28);

    #[inline]
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_f64(self.x)?;
        sink.write_f64(self.y)?;
        sink.write_f64(self.z)?;
        sink.write_u32(self.id)
    }
}

fn records(n: u32) -> (Vec<Record>, Vec<HandRecord>) {
    let mut derived = Vec::new();
    let mut hand = Vec::new();
    for i in 0..n {
        let name = format!("record-{i}");
        let tags: Vec<String> = (0..i % 4).map(|t| format!("tag{t}")).collect();
        let note = (i % 3 == 0).then(|| format!("note {i}"));
        let score = f64::from(i) / 7.0;
        let flags = [i % 2 == 0, i % 3 == 0, i % 5 == 0];
        let (kind, hand_kind) = match i % 3 {
            0 => (Kind::Plain, HandKind::Plain),
            1 => (Kind::Sized(7), HandKind::Sized(7)),
            _ => (
                Kind::Located { x: -1, y: 2 },
                HandKind::Located { x: -1, y: 2 },
            ),
        };
        derived.push(Record {
            id: u64::from(i),
            name: name.clone(),
            tags: tags.clone(),
            score,
            flags,
            note: note.clone(),
            count: i,
            kind,
        });
        hand.push(HandRecord {
            id: u64::from(i),
            name,
            tags,
            score,
            flags,
            note,
            count: i,
            kind: hand_kind,
        });
    }
    (derived, hand)
}

fn encode_each<T: ByteRepr>(items: &[T], buf: &mut Vec<u8>) {
    for item in items {
        buf.clear();
        byterepr::extend_vec(black_box(item), buf);
        black_box(&buf);
    }
}

/// The fastest of many interleaved runs of each, in ns: on a shared machine the minimum is
/// the steadiest estimate of what the code costs, and interleaving exposes both to the same
/// load. Printed beside criterion's statistics, never asserted.
fn interleaved_min(mut derived: impl FnMut(), mut hand: impl FnMut()) -> (u128, u128) {
    let (mut best_derived, mut best_hand) = (u128::MAX, u128::MAX);
    for _ in 0..300 {
        let start = Instant::now();
        derived();
        best_derived = best_derived.min(start.elapsed().as_nanos());
        let start = Instant::now();
        hand();
        best_hand = best_hand.min(start.elapsed().as_nanos());
    }
    (best_derived, best_hand)
}

fn print_interleaved(name: &str, (derived, hand): (u128, u128)) {
    #[allow(clippy::cast_precision_loss, reason = "a printed ratio of two timings")]
    let ratio = derived as f64 / hand as f64;
    println!(
        "{name}: derived {derived} ns, hand-written {hand} ns, ratio {ratio:.3} (min of 300 interleaved runs)"
    );
}

fn derive(c: &mut Criterion) {
    let (derived, hand) = records(1000);
    let derived_bytes: Vec<u8> = derived.iter().flat_map(byterepr::to_vec).collect();
    let hand_bytes: Vec<u8> = hand.iter().flat_map(byterepr::to_vec).collect();
    assert_eq!(
        derived_bytes, hand_bytes,
        "the two impls must write the same bytes"
    );
    let mut buf = Vec::with_capacity(256);
    let mut other = Vec::with_capacity(256);
    print_interleaved(
        "derive/record",
        interleaved_min(
            || encode_each(&derived, &mut buf),
            || encode_each(&hand, &mut other),
        ),
    );
    print_interleaved(
        "derive/encoded_len",
        interleaved_min(
            || {
                black_box(
                    black_box(&derived)
                        .iter()
                        .map(ByteRepr::encoded_len)
                        .sum::<usize>(),
                );
            },
            || {
                black_box(
                    black_box(&hand)
                        .iter()
                        .map(ByteRepr::encoded_len)
                        .sum::<usize>(),
                );
            },
        ),
    );

    let mut group = c.benchmark_group("derive/record");
    group.throughput(Throughput::Bytes(derived_bytes.len() as u64));
    group.bench_function("derived", |b| b.iter(|| encode_each(&derived, &mut buf)));
    group.bench_function("hand_written", |b| b.iter(|| encode_each(&hand, &mut buf)));
    group.finish();

    let mut group = c.benchmark_group("derive/encoded_len");
    group.bench_function("derived", |b| {
        b.iter(|| {
            black_box(&derived)
                .iter()
                .map(ByteRepr::encoded_len)
                .sum::<usize>()
        });
    });
    group.bench_function("hand_written", |b| {
        b.iter(|| {
            black_box(&hand)
                .iter()
                .map(ByteRepr::encoded_len)
                .sum::<usize>()
        });
    });
    group.finish();

    let points: Vec<Point> = (0..1000u32)
        .map(|i| Point {
            x: f64::from(i),
            y: -f64::from(i),
            z: 0.5,
            id: i,
        })
        .collect();
    let hand_points: Vec<HandPoint> = (0..1000u32)
        .map(|i| HandPoint {
            x: f64::from(i),
            y: -f64::from(i),
            z: 0.5,
            id: i,
        })
        .collect();
    assert_eq!(Point::ENCODED_SIZE, Some(28));
    print_interleaved(
        "derive/fixed",
        interleaved_min(
            || encode_each(&points, &mut buf),
            || encode_each(&hand_points, &mut other),
        ),
    );
    let mut group = c.benchmark_group("derive/fixed");
    group.throughput(Throughput::Bytes(28 * 1000));
    group.bench_function("derived", |b| b.iter(|| encode_each(&points, &mut buf)));
    group.bench_function("hand_written", |b| {
        b.iter(|| encode_each(&hand_points, &mut buf));
    });
    group.finish();
}

fn sha256_each<T: ByteRepr>(items: &[T]) {
    for item in items {
        black_box(byterepr::sha256(black_box(item)));
    }
}

fn java_each<T: ByteRepr>(items: &[T], buf: &mut Vec<u8>) {
    for item in items {
        buf.clear();
        byterepr::java::extend_vec(black_box(item), buf).unwrap();
        black_box(&buf);
    }
}

/// What opting in costs: the evolving record against the plain one (printed as "derived"
/// against "hand-written" by `print_interleaved`, i.e. evolving / plain).
fn evolving(c: &mut Criterion) {
    let (plain, _) = records(1000);
    let evolving: Vec<EvolvingRecord> = plain.iter().map(EvolvingRecord::from).collect();
    let plain_len: usize = plain.iter().map(ByteRepr::encoded_len).sum();
    let evolving_len: usize = evolving.iter().map(ByteRepr::encoded_len).sum();
    println!("derive/evolving: {plain_len} bytes plain, {evolving_len} bytes evolving");
    for (old, grown) in plain.iter().zip(&evolving) {
        // The block's content is the plain record's bytes: the added fields are left out.
        let bytes = byterepr::to_vec(grown);
        assert!(bytes.ends_with(&byterepr::to_vec(old)));
    }
    let mut buf = Vec::with_capacity(256);
    let mut other = Vec::with_capacity(256);
    print_interleaved(
        "derive/evolving/encode (evolving / plain)",
        interleaved_min(
            || encode_each(&evolving, &mut buf),
            || encode_each(&plain, &mut other),
        ),
    );
    print_interleaved(
        "derive/evolving/sha256 (evolving / plain)",
        interleaved_min(|| sha256_each(&evolving), || sha256_each(&plain)),
    );
    print_interleaved(
        "derive/evolving/java (evolving / plain)",
        interleaved_min(
            || java_each(&evolving, &mut buf),
            || java_each(&plain, &mut other),
        ),
    );
    let mut group = c.benchmark_group("derive/evolving");
    group.bench_function("encode_plain", |b| b.iter(|| encode_each(&plain, &mut buf)));
    group.bench_function("encode_evolving", |b| {
        b.iter(|| encode_each(&evolving, &mut buf));
    });
    group.bench_function("sha256_plain", |b| b.iter(|| sha256_each(&plain)));
    group.bench_function("sha256_evolving", |b| b.iter(|| sha256_each(&evolving)));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = derive, evolving
}
criterion_main!(benches);
