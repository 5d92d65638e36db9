//! Measures how deep a recursive value can be before encoding it overflows the stack, beside
//! how deep it can be before its own `Drop` does: the figures of the "Limits" section of
//! the crate docs (`byterepr/src/lib.rs`).
//!
//! Run with `cargo run --example stack_depth` (debug) and
//! `cargo run --release --example stack_depth`. Optional arguments narrow the run:
//! `stack_depth map to_vec` measures one shape and one entry point.
//!
//! A stack overflow aborts the whole process, so each probe runs in a child process (this
//! same binary, with `probe SHAPE OPERATION DEPTH`), which encodes one value in a thread with
//! an 8 MiB stack (the main thread's size on Linux) and reports success by its exit status.
//! The deepest depth that succeeds is found by doubling, then by bisection to within 1%.

use std::collections::HashMap;
use std::process::{Command, Stdio};

use byterepr::ByteRepr;

/// The stack of the thread each probe runs in.
const STACK: usize = 8 << 20;

/// A linked list: recursion through an enum and a `Box`.
#[derive(ByteRepr)]
enum List {
    Nil,
    Cons(u32, Box<List>),
}

/// A tree of vectors: recursion through a `Vec` (a slice).
#[derive(ByteRepr)]
struct Tree(Vec<Tree>);

/// A tree of hash maps: recursion through an unordered collection, whose entries are
/// encoded into a scratch buffer each.
#[derive(ByteRepr)]
struct MapTree(HashMap<u8, MapTree>);

/// The shapes, by the names the command line uses.
const SHAPES: [&str; 3] = ["list", "tree", "map"];
/// The operations: `drop` is the reference, the others are the entry points.
const OPERATIONS: [&str; 7] = [
    "drop",
    "to_vec",
    "encoded_len",
    "sha256",
    "crc32",
    "java_to_vec",
    "java_sha256",
];

fn list(depth: usize) -> List {
    (0..depth).fold(List::Nil, |next, n| {
        List::Cons(u32::try_from(n).unwrap_or(u32::MAX), Box::new(next))
    })
}

fn tree(depth: usize) -> Tree {
    (0..depth).fold(Tree(Vec::new()), |child, _| Tree(vec![child]))
}

fn map_tree(depth: usize) -> MapTree {
    (0..depth).fold(MapTree(HashMap::new()), |child, _| {
        MapTree(HashMap::from([(7, child)]))
    })
}

/// Runs `operation` on `value`; the value is leaked afterwards unless the operation is
/// `drop`, so that only the operation's own recursion is measured.
fn run<T: ByteRepr>(value: T, operation: &str) {
    let keep = |output: &dyn std::fmt::Debug| {
        // Printed to nowhere: only keeps the optimizer from removing the work.
        std::hint::black_box(format!("{output:?}").len());
    };
    match operation {
        "drop" => {
            drop(value);
            return;
        }
        "to_vec" => keep(&byterepr::to_vec(&value).len()),
        "encoded_len" => keep(&byterepr::encoded_len(&value)),
        "sha256" => keep(&byterepr::sha256(&value)),
        "crc32" => keep(&byterepr::crc32(&value)),
        "java_to_vec" => keep(&byterepr::java::to_vec(&value).map(|bytes| bytes.len())),
        "java_sha256" => keep(&byterepr::java::sha256(&value)),
        other => panic!("unknown operation {other}"),
    }
    std::mem::forget(value);
}

/// The child's side: builds the value (iteratively, on the heap) and runs the operation in
/// a thread with a [`STACK`]-byte stack.
fn probe(shape: &str, operation: &str, depth: usize) {
    let shape = shape.to_owned();
    let operation = operation.to_owned();
    let thread = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || match shape.as_str() {
            "list" => run(list(depth), &operation),
            "tree" => run(tree(depth), &operation),
            "map" => run(map_tree(depth), &operation),
            other => panic!("unknown shape {other}"),
        })
        .expect("spawning the probe thread");
    thread.join().expect("the probe thread panicked");
}

/// Whether a child process survives `operation` on a `shape` of `depth` levels.
fn survives(shape: &str, operation: &str, depth: usize) -> bool {
    Command::new(std::env::current_exe().expect("the path of this example"))
        .args(["probe", shape, operation, &depth.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("running a probe")
        .success()
}

/// Past this many levels a probe is not tried: an operation that survives it runs in
/// constant stack (the optimizer turned its recursion into a loop).
const CEILING: usize = 4_000_000;

/// The deepest depth that survives, to within 1%, or `None` past [`CEILING`].
fn max_depth(shape: &str, operation: &str) -> Option<usize> {
    let mut good = 0;
    let mut bad = 1_000;
    while survives(shape, operation, bad) {
        if bad >= CEILING {
            return None;
        }
        good = bad;
        bad *= 2;
    }
    while bad - good > (good / 100).max(1) {
        let middle = good + (bad - good) / 2;
        if survives(shape, operation, middle) {
            good = middle;
        } else {
            bad = middle;
        }
    }
    Some(good)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [command, shape, operation, depth] = args.as_slice()
        && command == "probe"
    {
        probe(shape, operation, depth.parse().expect("a depth"));
        return;
    }
    let shapes: Vec<&str> = match args.first() {
        Some(shape) => vec![shape.as_str()],
        None => SHAPES.to_vec(),
    };
    let operations: Vec<&str> = match args.get(1) {
        Some(operation) => vec![operation.as_str()],
        None => OPERATIONS.to_vec(),
    };
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!("max depth, {build} build, {} MiB stack", STACK >> 20);
    println!("| shape | {} |", operations.join(" | "));
    println!("|---|{}", "---|".repeat(operations.len()));
    for shape in shapes {
        let depths: Vec<String> = operations
            .iter()
            .map(|operation| {
                // Bytes of stack per level: what the depth says about each frame.
                match max_depth(shape, operation) {
                    Some(depth) => format!("{depth} ({} B)", STACK / depth.max(1)),
                    None => format!("> {CEILING} (loop)"),
                }
            })
            .collect();
        println!("| {shape} | {} |", depths.join(" | "));
    }
}
