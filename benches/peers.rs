//! byterepr against its peers (borsh 1, postcard 1, bitcode 0.6, bincode 2.0) and against the
//! limits, in one process run, and the choice of the hashing sinks' batch size.
//!
//! Data: (a) 1000 realistic records of 8 fields (u64, String, f64, i32, bool, `Vec<i32>`, an
//! enum with data, `Option<String>`), 74 bytes each on average; (b) a `Vec<u64>` and a
//! `Vec<u8>` of 8 MiB; (c) 1000 tiny 5-byte values. Operations: encode into a reused buffer, `to_vec`,
//! SHA-256, CRC-32 and XXH3-64 per item, and `std_hash` against `#[derive(Hash)]` into the same
//! `Hasher` (foldhash; the records without their float, which `Hash` does not take). Each group holds the peers, a hand-written
//! `to_le_bytes` encoder of byterepr's format (the naive baseline), and the limit: a memcpy of
//! the already-encoded bytes, or `Sha256::digest` / `crc32fast::hash` / `xxh3_64` of them. A peer hashes
//! by encoding into a reused buffer, then hashing the buffer: its best case.
//!
//! "Reused buffer" is each crate's fastest API for it: `Vec` for byterepr and borsh, a
//! reused slice for postcard (`to_slice`) and bincode (`encode_into_slice`), a reused
//! `bitcode::Buffer` for bitcode.
//!
//! Run: `cargo bench -p byterepr-benches --bench peers`. The allocation counts are printed
//! first, the medians and the table (the one in BENCHMARKS.md) last.
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    clippy::too_many_lines,
    reason = "test data and ratios convert numbers on purpose; one list of cases per group \
              reads best in one place"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::hash::{BuildHasher as _, Hash, Hasher as _};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use byterepr::hash::{Crc32Sink, DigestSink};
use byterepr::{ByteRepr, Sink};
use criterion::{Criterion, Throughput};
use sha2::{Digest, Sha256};

const RECORDS: usize = 1000;

/// The global allocator: the system's, counting allocations only while
/// [`count_allocations`] runs. When it does not count, its cost is one relaxed load: an
/// always-counting allocator (`allocation-counter` until now, about 110 instructions an
/// allocation and free, callgrind) put its bookkeeping into every `to_vec` row's timings
/// and instruction counts, for every crate alike, and so pulled their ratios towards 1.
struct CountingAllocator;

static COUNTING: AtomicBool = AtomicBool::new(false);
static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

#[allow(
    unsafe_code,
    reason = "a `GlobalAlloc` impl is unsafe to write; it only forwards"
)]
// SAFETY: every call is forwarded unchanged to `System`, which upholds `GlobalAlloc`'s
// contract; the counting touches no memory of the allocations.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATED.fetch_add(1, Ordering::Relaxed);
        }
        // SAFETY: the caller's guarantees for `layout` are `System.alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout` (every allocation of this
        // allocator is), as the caller guarantees for this allocator.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATED.fetch_add(1, Ordering::Relaxed);
        }
        // SAFETY: as for `dealloc` and `alloc`: the caller's guarantees are `System`'s.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// The allocations (and reallocations) `run` makes. The bench is single-threaded.
fn count_allocations(run: impl FnOnce()) -> usize {
    ALLOCATED.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    run();
    COUNTING.store(false, Ordering::Relaxed);
    ALLOCATED.load(Ordering::Relaxed)
}
const BULK_BYTES: usize = 8 << 20;

#[derive(
    Clone,
    byterepr::ByteRepr,
    borsh::BorshSerialize,
    bitcode::Encode,
    bincode::Encode,
    serde::Serialize,
)]
enum Status {
    Active,
    Suspended { until: u64, reason: String },
    Deleted(i64),
}

#[derive(
    Clone,
    byterepr::ByteRepr,
    borsh::BorshSerialize,
    bitcode::Encode,
    bincode::Encode,
    serde::Serialize,
)]
struct Record {
    id: u64,
    name: String,
    score: f64,
    delta: i32,
    active: bool,
    samples: Vec<i32>,
    status: Status,
    note: Option<String>,
}

/// [`Record`] without its float, for the `std_hash` groups: `#[derive(Hash)]` needs every
/// field to be `Hash`, which `f64` is not. `score` is a fixed-point `u64` in its place.
#[derive(Clone, Hash, byterepr::ByteRepr, borsh::BorshSerialize)]
struct HashRecord {
    id: u64,
    name: String,
    score: u64,
    delta: i32,
    active: bool,
    samples: Vec<i32>,
    status: HashStatus,
    note: Option<String>,
}

/// [`Status`] for [`HashRecord`]: a type of its own, because sharing `Status`'s impls with a
/// second record changed how they inline into `Record`'s (+16 instructions a record on
/// `record_encode`, for byterepr and borsh alike).
#[derive(Clone, Hash, byterepr::ByteRepr, borsh::BorshSerialize)]
enum HashStatus {
    Active,
    Suspended { until: u64, reason: String },
    Deleted(i64),
}

impl From<&Record> for HashRecord {
    fn from(r: &Record) -> Self {
        Self {
            id: r.id,
            name: r.name.clone(),
            score: (r.score * 1000.0) as u64,
            delta: r.delta,
            active: r.active,
            samples: r.samples.clone(),
            status: match &r.status {
                Status::Active => HashStatus::Active,
                Status::Suspended { until, reason } => HashStatus::Suspended {
                    until: *until,
                    reason: reason.clone(),
                },
                Status::Deleted(at) => HashStatus::Deleted(*at),
            },
            note: r.note.clone(),
        }
    }
}

/// The tiny value: 5 bytes in byterepr's format.
#[derive(
    Clone,
    Copy,
    Hash,
    byterepr::ByteRepr,
    borsh::BorshSerialize,
    bitcode::Encode,
    bincode::Encode,
    serde::Serialize,
)]
struct Tiny {
    id: u32,
    flag: bool,
}

/// The same record through a hand-written `ByteRepr` impl: what the derive must match.
struct HandImpl<'a>(&'a Record);

impl ByteRepr for HandImpl<'_> {
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        let r = self.0;
        sink.write_u64(r.id)?;
        sink.write_str(&r.name)?;
        sink.write_f64(r.score)?;
        sink.write_i32(r.delta)?;
        sink.write_bool(r.active)?;
        sink.write_len(r.samples.len())?;
        sink.write_i32_slice(&r.samples)?;
        match &r.status {
            Status::Active => sink.write_tag(0)?,
            Status::Suspended { until, reason } => {
                sink.write_tag(1)?;
                sink.write_u64(*until)?;
                sink.write_str(reason)?;
            }
            Status::Deleted(at) => {
                sink.write_tag(2)?;
                sink.write_i64(*at)?;
            }
        }
        match &r.note {
            None => sink.write_tag(0),
            Some(note) => {
                sink.write_tag(1)?;
                sink.write_str(note)
            }
        }
    }
}

/// Unsigned LEB128, pushed byte by byte: the naive way.
fn push_leb128(mut n: u64, out: &mut Vec<u8>) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn push_str(s: &str, out: &mut Vec<u8>) {
    push_leb128(s.len() as u64, out);
    out.extend_from_slice(s.as_bytes());
}

/// byterepr's format written by hand with `to_le_bytes`, the baseline any encoder is
/// measured against ("borsh already equals naive hand code").
fn hand_encode(r: &Record, out: &mut Vec<u8>) {
    out.extend_from_slice(&r.id.to_le_bytes());
    push_str(&r.name, out);
    out.extend_from_slice(&byterepr::canonical_f64_bits(r.score).to_le_bytes());
    out.extend_from_slice(&r.delta.to_le_bytes());
    out.push(u8::from(r.active));
    push_leb128(r.samples.len() as u64, out);
    for sample in &r.samples {
        out.extend_from_slice(&sample.to_le_bytes());
    }
    match &r.status {
        Status::Active => out.push(0),
        Status::Suspended { until, reason } => {
            out.push(1);
            out.extend_from_slice(&until.to_le_bytes());
            push_str(reason, out);
        }
        Status::Deleted(at) => {
            out.push(2);
            out.extend_from_slice(&at.to_le_bytes());
        }
    }
    match &r.note {
        None => out.push(0),
        Some(note) => {
            out.push(1);
            push_str(note, out);
        }
    }
}

fn hand_encode_tiny(t: Tiny, out: &mut Vec<u8>) {
    out.extend_from_slice(&t.id.to_le_bytes());
    out.push(u8::from(t.flag));
}

/// A small deterministic generator, so every run measures the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: [&str; 8] = [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
];

fn records() -> Vec<Record> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..RECORDS)
        .map(|i| {
            let mut name = String::from(WORDS[rng.below(8) as usize]);
            name.push('-');
            name.push_str(WORDS[rng.below(8) as usize]);
            Record {
                id: rng.next(),
                name,
                score: rng.below(1_000_000) as f64 / 7.0,
                delta: rng.next() as i32,
                active: rng.below(2) == 0,
                samples: (0..rng.below(12)).map(|_| rng.below(5000) as i32).collect(),
                status: match i % 3 {
                    0 => Status::Active,
                    1 => Status::Suspended {
                        until: rng.next(),
                        reason: String::from(WORDS[rng.below(8) as usize]),
                    },
                    _ => Status::Deleted(rng.next() as i64),
                },
                note: (rng.below(2) == 0).then(|| format!("note {} for {i}", WORDS[i % 8])),
            }
        })
        .collect()
}

fn tinies() -> Vec<Tiny> {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    (0..RECORDS)
        .map(|_| Tiny {
            id: rng.next() as u32,
            flag: rng.below(2) == 0,
        })
        .collect()
}

/// One benchmark: a name in its group, and the work of one iteration.
struct Case<'a> {
    name: &'static str,
    run: Box<dyn FnMut() + 'a>,
}

fn case<'a>(name: &'static str, run: impl FnMut() + 'a) -> Case<'a> {
    Case {
        name,
        run: Box::new(run),
    }
}

/// Allocations per item of each case, in the order the cases ran, filled before the timings.
type Allocations = Vec<((String, String), f64)>;

/// `BYTEREPR_COUNT=group/case` and `BYTEREPR_COUNT_RUNS=n`: run only that case, `n` times,
/// without criterion, so that `valgrind --tool=callgrind` counts its instructions. Two runs
/// with different `n` give the cost of the case alone (the difference), whatever the setup
/// of the data costs.
fn counting() -> Option<(String, usize)> {
    let case = std::env::var("BYTEREPR_COUNT").ok()?;
    let runs = std::env::var("BYTEREPR_COUNT_RUNS").map_or(1, |n| n.parse().unwrap_or(1));
    Some((case, runs))
}

fn run_group(
    c: &mut Criterion,
    allocations: &mut Allocations,
    group_name: &str,
    items: usize,
    cases: Vec<Case<'_>>,
) {
    if let Some((only, runs)) = counting() {
        for mut case in cases {
            if only == format!("{group_name}/{}", case.name) {
                (0..runs).for_each(|_| (case.run)());
            }
        }
        return;
    }
    let mut group = c.benchmark_group(group_name);
    group.throughput(Throughput::Elements(items as u64));
    for mut case in cases {
        // A first run grows the reused buffers; the second shows the steady state.
        (case.run)();
        let count = count_allocations(|| (case.run)());
        allocations.push((
            (group_name.to_owned(), case.name.to_owned()),
            count as f64 / items as f64,
        ));
        group.bench_function(case.name, |b| b.iter(|| (case.run)()));
    }
    group.finish();
}

/// The groups of a data set of many small items: encode into a reused buffer, `to_vec`, then
/// [`hash_groups`]. `hand` is the hand-written `to_le_bytes` encoder of byterepr's format;
/// `hand_impl`, when given, is a hand-written `ByteRepr` impl measured beside the derived one.
fn item_groups<T>(
    c: &mut Criterion,
    allocations: &mut Allocations,
    prefix: &str,
    data: &[T],
    hand: impl Fn(&T, &mut Vec<u8>) + Copy,
    hand_impl: Option<fn(&T, &mut Vec<u8>)>,
    max_len: usize,
) where
    T: ByteRepr + borsh::BorshSerialize + bitcode::Encode + bincode::Encode + serde::Serialize,
{
    let encoded: Vec<Vec<u8>> = data.iter().map(byterepr::to_vec).collect();
    for (item, bytes) in data.iter().zip(&encoded) {
        let mut by_hand = Vec::new();
        hand(item, &mut by_hand);
        assert_eq!(
            &by_hand, bytes,
            "the hand-written encoder writes byterepr's format"
        );
    }
    let mean = encoded.iter().map(Vec::len).sum::<usize>() / data.len();
    println!(
        "{prefix}: {} items, mean encoded size {mean} bytes (byterepr)",
        data.len()
    );
    let config = bincode::config::standard();
    let encoded = &encoded;

    run_group(c, allocations, &format!("{prefix}_encode"), data.len(), {
        let (mut b1, mut b2, mut b3, mut b4, mut b5) = (vec![], vec![], vec![], vec![], vec![]);
        let mut slice = vec![0u8; max_len];
        let mut slice2 = vec![0u8; max_len];
        let mut slice3 = vec![0u8; max_len];
        let mut buffer = bitcode::Buffer::new();
        let mut cases = vec![case("byterepr", move || {
            for item in data {
                b1.clear();
                byterepr::extend_vec(item, &mut b1);
                black_box(&b1);
            }
        })];
        if let Some(hand_impl) = hand_impl {
            cases.push(case("byterepr_hand_impl", move || {
                for item in data {
                    b2.clear();
                    hand_impl(item, &mut b2);
                    black_box(&b2);
                }
            }));
        }
        cases.push(case("byterepr_slice", move || {
            for item in data {
                black_box(byterepr::to_slice(item, &mut slice3).unwrap());
            }
        }));
        cases.extend([
            case("to_le_bytes", move || {
                for item in data {
                    b3.clear();
                    hand(item, &mut b3);
                    black_box(&b3);
                }
            }),
            case("borsh", move || {
                for item in data {
                    b4.clear();
                    borsh::BorshSerialize::serialize(item, &mut b4).unwrap();
                    black_box(&b4);
                }
            }),
            case("postcard", move || {
                for item in data {
                    black_box(postcard::to_slice(item, &mut slice).unwrap());
                }
            }),
            case("bitcode", move || {
                for item in data {
                    black_box(buffer.encode(item));
                }
            }),
            case("bincode", move || {
                for item in data {
                    black_box(bincode::encode_into_slice(item, &mut slice2, config).unwrap());
                }
            }),
            case("memcpy_limit", move || {
                for bytes in encoded {
                    b5.clear();
                    b5.extend_from_slice(bytes);
                    black_box(&b5);
                }
            }),
        ]);
        cases
    });

    run_group(c, allocations, &format!("{prefix}_to_vec"), data.len(), {
        vec![
            case("byterepr", || {
                for item in data {
                    black_box(byterepr::to_vec(item));
                }
            }),
            case("to_le_bytes", || {
                for item in data {
                    let mut out = Vec::new();
                    hand(item, &mut out);
                    black_box(out);
                }
            }),
            case("borsh", || {
                for item in data {
                    black_box(borsh::to_vec(item).unwrap());
                }
            }),
            case("postcard", || {
                for item in data {
                    black_box(postcard::to_stdvec(item).unwrap());
                }
            }),
            case("bitcode", || {
                for item in data {
                    black_box(bitcode::encode(item));
                }
            }),
            case("bincode", || {
                for item in data {
                    black_box(bincode::encode_to_vec(item, config).unwrap());
                }
            }),
            case("memcpy_limit", || {
                for bytes in encoded {
                    black_box(bytes.clone());
                }
            }),
        ]
    });

    hash_groups(c, allocations, prefix, data, encoded, hand, max_len);
}

fn record_groups(c: &mut Criterion, allocations: &mut Allocations) {
    let data = records();
    for record in &data {
        assert_eq!(
            byterepr::to_vec(&HandImpl(record)),
            byterepr::to_vec(record)
        );
    }
    item_groups(
        c,
        allocations,
        "record",
        &data,
        hand_encode,
        Some(|r, out| byterepr::extend_vec(&HandImpl(r), out)),
        4096,
    );
    let hashable: Vec<HashRecord> = data.iter().map(HashRecord::from).collect();
    std_hash_group(c, allocations, "record_std_hash", &hashable);
}

/// `std_hash` against `#[derive(Hash)]`, both into foldhash's fast hasher (fixed seed): the
/// hasher of hashbrown, and of the `HashMap`s a canonical hash would key. Beside them, the
/// canonical bytes through a reused `Vec` (byterepr's and borsh's) and the limit: the
/// pre-encoded bytes in one `write`. Every case builds a fresh hasher per item and returns
/// its `finish`.
fn std_hash_group<T>(c: &mut Criterion, allocations: &mut Allocations, group: &str, data: &[T])
where
    T: ByteRepr + Hash + borsh::BorshSerialize,
{
    let state = foldhash::fast::FixedState::with_seed(0);
    let encoded: Vec<Vec<u8>> = data.iter().map(byterepr::to_vec).collect();
    for (value, bytes) in data.iter().zip(&encoded) {
        let mut plain = state.build_hasher();
        plain.write(bytes);
        assert_eq!(
            byterepr::std_hash(value, state.build_hasher()),
            plain.finish(),
            "a value of one batch is one write of its bytes"
        );
    }
    let (encoded, state) = (&encoded, &state);
    let (mut b1, mut b2) = (Vec::new(), Vec::new());
    let cases = vec![
        case("byterepr_std_hash", move || {
            for value in data {
                black_box(byterepr::std_hash(value, state.build_hasher()));
            }
        }),
        case("derive_hash", move || {
            for value in data {
                // `Hash::hash` into a fresh hasher, then `finish`.
                black_box(state.hash_one(value));
            }
        }),
        case("byterepr_vec_then_hash", move || {
            for value in data {
                b1.clear();
                byterepr::extend_vec(value, &mut b1);
                let mut hasher = state.build_hasher();
                hasher.write(&b1);
                black_box(hasher.finish());
            }
        }),
        case("borsh_then_hash", move || {
            for value in data {
                b2.clear();
                borsh::BorshSerialize::serialize(value, &mut b2).unwrap();
                let mut hasher = state.build_hasher();
                hasher.write(&b2);
                black_box(hasher.finish());
            }
        }),
        case("hash_limit", move || {
            for bytes in encoded {
                let mut hasher = state.build_hasher();
                hasher.write(bytes);
                black_box(hasher.finish());
            }
        }),
    ];
    run_group(c, allocations, group, data.len(), cases);
}

/// The SHA-256 and CRC-32 groups of a data set: byterepr streamed, then everyone's
/// encode-into-a-reused-buffer-then-hash, then the hash of the pre-encoded bytes.
fn hash_groups<T>(
    c: &mut Criterion,
    allocations: &mut Allocations,
    prefix: &str,
    data: &[T],
    encoded: &[Vec<u8>],
    hand: impl Fn(&T, &mut Vec<u8>) + Copy,
    max_len: usize,
) where
    T: ByteRepr + borsh::BorshSerialize + bitcode::Encode + bincode::Encode + serde::Serialize,
{
    let input = HashInput {
        data,
        encoded,
        hand,
        max_len,
    };
    hash_group(
        c,
        allocations,
        &format!("{prefix}_sha256"),
        &input,
        |bytes| {
            black_box(Sha256::digest(bytes));
        },
        |value| {
            black_box(byterepr::sha256(value));
        },
    );
    hash_group(
        c,
        allocations,
        &format!("{prefix}_crc32"),
        &input,
        |bytes| {
            black_box(crc32fast::hash(bytes));
        },
        |value| {
            black_box(byterepr::crc32(value));
        },
    );
    hash_group(
        c,
        allocations,
        &format!("{prefix}_xxh3"),
        &input,
        |bytes| {
            black_box(xxhash_rust::xxh3::xxh3_64(bytes));
        },
        |value| {
            black_box(byterepr::xxh3_64(value));
        },
    );
}

/// The data of [`hash_groups`], shared by the groups of each hash function.
struct HashInput<'a, T, H> {
    data: &'a [T],
    encoded: &'a [Vec<u8>],
    hand: H,
    max_len: usize,
}

/// One hash function's group: `hash` hashes bytes with the hasher's plain API, `streamed`
/// hashes a value with byterepr's helper. Each is its own closure type, so every case
/// compiles to the one hash function it measures.
fn hash_group<'a, T, H>(
    c: &mut Criterion,
    allocations: &mut Allocations,
    group: &str,
    input: &HashInput<'a, T, H>,
    hash: impl Fn(&[u8]) + Copy + 'a,
    streamed: impl Fn(&T) + 'a,
) where
    T: ByteRepr + borsh::BorshSerialize + bitcode::Encode + bincode::Encode + serde::Serialize,
    H: Fn(&T, &mut Vec<u8>) + Copy + 'a,
{
    let HashInput {
        data,
        encoded,
        hand,
        max_len,
    } = *input;
    let config = bincode::config::standard();
    let items = data.len();
    let (mut b1, mut b2, mut b3) = (Vec::new(), Vec::new(), Vec::new());
    let mut slice = vec![0u8; max_len];
    let mut slice2 = vec![0u8; max_len];
    let mut buffer = bitcode::Buffer::new();
    let cases = vec![
        case("byterepr_streamed", move || {
            for value in data {
                streamed(value);
            }
        }),
        case("byterepr_vec_then_hash", move || {
            for value in data {
                b1.clear();
                byterepr::extend_vec(value, &mut b1);
                hash(&b1);
            }
        }),
        case("to_le_bytes_then_hash", move || {
            for value in data {
                b2.clear();
                hand(value, &mut b2);
                hash(&b2);
            }
        }),
        case("borsh_then_hash", move || {
            for value in data {
                b3.clear();
                borsh::BorshSerialize::serialize(value, &mut b3).unwrap();
                hash(&b3);
            }
        }),
        case("postcard_then_hash", move || {
            for value in data {
                hash(postcard::to_slice(value, &mut slice).unwrap());
            }
        }),
        case("bitcode_then_hash", move || {
            for value in data {
                hash(buffer.encode(value));
            }
        }),
        case("bincode_then_hash", move || {
            for value in data {
                let n = bincode::encode_into_slice(value, &mut slice2, config).unwrap();
                hash(&slice2[..n]);
            }
        }),
        case("hash_limit", move || {
            for bytes in encoded {
                hash(bytes);
            }
        }),
    ];
    run_group(c, allocations, group, items, cases);
}

fn tiny_groups(c: &mut Criterion, allocations: &mut Allocations) {
    let data = tinies();
    assert!(data.iter().all(|t| byterepr::encoded_len(t) == 5));
    item_groups(
        c,
        allocations,
        "tiny",
        &data,
        |t, out| hand_encode_tiny(*t, out),
        None,
        64,
    );
    std_hash_group(c, allocations, "tiny_std_hash", &data);
}

/// `Vec<u64>` and `Vec<u8>` of 8 MiB: encode, `to_vec`, SHA-256 and CRC-32, one value per
/// iteration.
fn bulk_groups(c: &mut Criterion, allocations: &mut Allocations) {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let words: Vec<u64> = (0..BULK_BYTES / 8).map(|_| rng.next()).collect();
    let bytes: Vec<u8> = (0..BULK_BYTES).map(|_| rng.next() as u8).collect();
    bulk_group(c, allocations, "bulk_u64", &words, |w, out| {
        push_leb128(w.len() as u64, out);
        for x in w {
            out.extend_from_slice(&x.to_le_bytes());
        }
    });
    bulk_group(c, allocations, "bulk_u8", &bytes, |b, out| {
        push_leb128(b.len() as u64, out);
        for x in b {
            out.push(*x);
        }
    });
}

fn bulk_group<T>(
    c: &mut Criterion,
    allocations: &mut Allocations,
    prefix: &str,
    value: &Vec<T>,
    hand: impl Fn(&Vec<T>, &mut Vec<u8>) + Copy,
) where
    Vec<T>: ByteRepr + borsh::BorshSerialize + bitcode::Encode + bincode::Encode + serde::Serialize,
{
    let config = bincode::config::standard();
    let encoded = byterepr::to_vec(value);
    let mut check = Vec::new();
    hand(value, &mut check);
    assert_eq!(check, encoded);
    let encoded = &encoded;
    let max_len = encoded.len() * 2 + 64;
    run_group(c, allocations, &format!("{prefix}_encode"), 1, {
        let (mut b1, mut b2, mut b3, mut b4) = (vec![], vec![], vec![], vec![]);
        let mut slice = vec![0u8; max_len];
        let mut slice2 = vec![0u8; max_len];
        let mut buffer = bitcode::Buffer::new();
        vec![
            case("byterepr", move || {
                b1.clear();
                byterepr::extend_vec(value, &mut b1);
                black_box(&b1);
            }),
            case("to_le_bytes", move || {
                b2.clear();
                hand(value, &mut b2);
                black_box(&b2);
            }),
            case("borsh", move || {
                b3.clear();
                borsh::BorshSerialize::serialize(value, &mut b3).unwrap();
                black_box(&b3);
            }),
            case("postcard", move || {
                black_box(postcard::to_slice(value, &mut slice).unwrap());
            }),
            case("bitcode", move || {
                black_box(buffer.encode(value));
            }),
            case("bincode", move || {
                black_box(bincode::encode_into_slice(value, &mut slice2, config).unwrap());
            }),
            case("memcpy_limit", move || {
                b4.clear();
                b4.extend_from_slice(encoded);
                black_box(&b4);
            }),
        ]
    });
    run_group(c, allocations, &format!("{prefix}_to_vec"), 1, {
        vec![
            case("byterepr", || {
                black_box(byterepr::to_vec(value));
            }),
            case("borsh", || {
                black_box(borsh::to_vec(value).unwrap());
            }),
            case("postcard", || {
                black_box(postcard::to_stdvec(value).unwrap());
            }),
            case("bitcode", || {
                black_box(bitcode::encode(value));
            }),
            case("bincode", || {
                black_box(bincode::encode_to_vec(value, config).unwrap());
            }),
            case("memcpy_limit", || {
                black_box(encoded.clone());
            }),
        ]
    });
    for algorithm in ["sha256", "crc32"] {
        let is_sha = algorithm == "sha256";
        let hash = move |bytes: &[u8]| {
            if is_sha {
                black_box(Sha256::digest(bytes));
            } else {
                black_box(crc32fast::hash(bytes));
            }
        };
        let mut b1 = Vec::new();
        let mut b2 = Vec::new();
        let cases = vec![
            case("byterepr_streamed", move || {
                if is_sha {
                    black_box(byterepr::sha256(value));
                } else {
                    black_box(byterepr::crc32(value));
                }
            }),
            case("byterepr_vec_then_hash", move || {
                b1.clear();
                byterepr::extend_vec(value, &mut b1);
                hash(&b1);
            }),
            case("borsh_then_hash", move || {
                b2.clear();
                borsh::BorshSerialize::serialize(value, &mut b2).unwrap();
                hash(&b2);
            }),
            case("hash_limit", move || hash(encoded)),
        ];
        run_group(c, allocations, &format!("{prefix}_{algorithm}"), 1, cases);
    }
}

/// What `byterepr::sha256` does, with the batch size `N`.
#[inline(never)]
fn sha_batched<T: ByteRepr, const N: usize>(value: &T) {
    let mut sink = DigestSink::<Sha256, N>::default();
    let Ok(()) = value.write_to(&mut sink);
    black_box(sink.finalize_reset());
}

/// What `byterepr::crc32` does, with the batch size `N`.
#[inline(never)]
fn crc_batched<T: ByteRepr, const N: usize>(value: &T) {
    let mut sink = Crc32Sink::<N>::default();
    let Ok(()) = value.write_to(&mut sink);
    black_box(sink.finalize_reset());
}

/// The batch size of the hashing sinks: SHA-256 and CRC-32 of records, of tiny values and
/// of records with long sample lists (~800 bytes, spilling over several batches).
fn batch_groups(c: &mut Criterion, allocations: &mut Allocations) {
    let data = records();
    let tiny = tinies();
    let long: Vec<Record> = data
        .iter()
        .take(100)
        .cloned()
        .map(|mut r| {
            r.samples = (0..200).collect();
            r
        })
        .collect();
    macro_rules! sizes {
        ($f:ident, $data:expr) => {{
            let data = &$data;
            vec![
                case("1", move || data.iter().for_each($f::<_, 1>)),
                case("32", move || data.iter().for_each($f::<_, 32>)),
                case("64", move || data.iter().for_each($f::<_, 64>)),
                case("128", move || data.iter().for_each($f::<_, 128>)),
                case("256", move || data.iter().for_each($f::<_, 256>)),
                case("512", move || data.iter().for_each($f::<_, 512>)),
            ]
        }};
    }
    run_group(
        c,
        allocations,
        "batch_sha256_record",
        RECORDS,
        sizes!(sha_batched, data),
    );
    run_group(
        c,
        allocations,
        "batch_sha256_tiny",
        RECORDS,
        sizes!(sha_batched, tiny),
    );
    run_group(
        c,
        allocations,
        "batch_sha256_long",
        100,
        sizes!(sha_batched, long),
    );
    run_group(
        c,
        allocations,
        "batch_crc32_record",
        RECORDS,
        sizes!(crc_batched, data),
    );
    run_group(
        c,
        allocations,
        "batch_crc32_long",
        100,
        sizes!(crc_batched, long),
    );
}

/// Where criterion writes this run's estimates, so the table can read them back.
fn output_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion-peers")
}

/// The median of a finished benchmark in nanoseconds per iteration, from criterion's files.
fn median_ns(group: &str, name: &str) -> Option<f64> {
    let path = output_dir()
        .join(group)
        .join(name)
        .join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["median"]["point_estimate"].as_f64()
}

/// The markdown table: per item medians, ratios to borsh and to the limit, allocations.
fn table(groups: &[(&str, usize)], allocations: &Allocations) -> String {
    let mut out = String::new();
    for &(group, items) in groups {
        let cases: Vec<(&String, f64)> = allocations
            .iter()
            .filter(|((g, _), _)| g == group)
            .map(|((_, name), count)| (name, *count))
            .collect();
        let per_item = |name: &str| median_ns(group, name).map(|ns| ns / items as f64);
        let borsh = per_item("borsh").or_else(|| per_item("borsh_then_hash"));
        let limit = per_item("memcpy_limit").or_else(|| per_item("hash_limit"));
        let _ = writeln!(out, "\n#### `{group}`\n");
        let _ = writeln!(
            out,
            "| implementation | median per item | / borsh | / limit | allocations per item |"
        );
        let _ = writeln!(out, "|---|---:|---:|---:|---:|");
        for (name, count) in cases {
            let Some(ns) = per_item(name) else { continue };
            let ratio = |base: Option<f64>| base.map_or("-".into(), |b| format!("{:.2}", ns / b));
            let _ = writeln!(
                out,
                "| {name} | {} | {} | {} | {} |",
                format_ns(ns),
                ratio(borsh),
                ratio(limit),
                count,
            );
        }
    }
    out
}

fn format_ns(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}

fn main() {
    let mut c = Criterion::default()
        .output_directory(&output_dir())
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500))
        .sample_size(30)
        .configure_from_args();
    let mut allocations = Allocations::new();
    record_groups(&mut c, &mut allocations);
    tiny_groups(&mut c, &mut allocations);
    bulk_groups(&mut c, &mut allocations);
    batch_groups(&mut c, &mut allocations);
    if counting().is_some() {
        return;
    }
    c.final_summary();

    let groups: Vec<(&str, usize)> = [
        ("record_encode", RECORDS),
        ("record_to_vec", RECORDS),
        ("record_sha256", RECORDS),
        ("record_crc32", RECORDS),
        ("record_xxh3", RECORDS),
        ("record_std_hash", RECORDS),
        ("tiny_encode", RECORDS),
        ("tiny_to_vec", RECORDS),
        ("tiny_sha256", RECORDS),
        ("tiny_crc32", RECORDS),
        ("tiny_xxh3", RECORDS),
        ("tiny_std_hash", RECORDS),
        ("bulk_u64_encode", 1),
        ("bulk_u64_to_vec", 1),
        ("bulk_u64_sha256", 1),
        ("bulk_u64_crc32", 1),
        ("bulk_u8_encode", 1),
        ("bulk_u8_to_vec", 1),
        ("bulk_u8_sha256", 1),
        ("bulk_u8_crc32", 1),
        ("batch_sha256_record", RECORDS),
        ("batch_sha256_tiny", RECORDS),
        ("batch_sha256_long", 100),
        ("batch_crc32_record", RECORDS),
        ("batch_crc32_long", 100),
    ]
    .into();
    let table = table(&groups, &allocations);
    let _ = std::fs::write(output_dir().join("table.md"), &table);
    println!("{table}");
}
