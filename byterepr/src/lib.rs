// The README links SPEC.md as `[spec]`; this definition comes first, so it wins in the crate
// docs and the link leads to the `spec` module, while the README's own leads to the file.
#![doc = "[spec]: crate::spec"]
#![doc = include_str!("../README.md")]
//!
//! # Map of the crate
//!
//! - [`ByteRepr`]: how a type writes itself; implemented here for the std types (see
//!   SPEC.md for every encoding) and derivable for your own.
//! - [`Sink`]: where the bytes go, and, through its typed methods, which bytes they are.
//! - Sinks: `Vec<u8>`, [`LenCounter`], [`SliceSink`], [`IoSink`], [`Batched`].
//! - Entry points: [`to_vec`], [`encoded_len`], [`extend_vec`], [`to_slice`], [`to_writer`],
//!   and for lazy sequences [`write_seq`], [`write_seq_counted`], [`seq_to_vec`], and in a
//!   `with` function or a hand-written impl [`write_exact_seq`].
//! - Adapters ([`adapt`](mod@adapt)): [`ByteReprAs`], a custom rule for a type that composes through
//!   containers (`#[byterepr(as = Vec<Option<MyRule>>)]`, [`adapt()`]), and
//!   [`write_unordered`], the byte-sorted writer of `HashMap` for any collection.
//! - The serde bridge (`serde`, feature `serde`): `Serde(&v)` and `serde::to_vec` give any
//!   `serde::Serialize` type the derive's bytes (SPEC.md 3.16 says where serde differs).
//! - Canonical sizes ([`size`]): how many bytes each typed write takes, for `ENCODED_SIZE`
//!   and `encoded_len` of hand-written impls.
//! - Hashing ([`hash`]): one batched, allocation-free sink, [`hash::HashSink`], over
//!   `RustCrypto` hashers of the `digest` 0.11 and (feature `digest010`) 0.10 lines, CRC-32,
//!   BLAKE3, XXH3 and any `Hasher`; helpers `sha256`, `crc32`, `digest::<D>`,
//!   `hash::digest010::<D>`, `blake3`, `xxh3_64`, `xxh3_128`, `std_hash`, `sha256_hex` (each
//!   behind its feature, see [Features](#features)); [`hash::hex`] and [`hash::Hex`] give any
//!   digest's lowercase hex.
//! - The chaining DSL and folds ([`dsl`]): [`chain!`], [`bytes!`], [`write_all!`],
//!   [`Encoder`] (`fold`, `Extend`, `FromIterator`); [`DynByteRepr`] for `&dyn` lists.
//! - The Java encoding (`java`, feature `java`): the exact bytes of `java.io.DataOutputStream`
//!   through the `java::Java` sink adapter; `java::to_vec`, `java::sha256`, `java_bytes!`.
//! - Foreign types (SPEC.md 3.16): impls for `uuid`, `rust_decimal`, `chrono`, `time`, `jiff`,
//!   `indexmap`, `hashbrown`, `serde_json`, `bytes`, `smallvec`, `arrayvec`, `semver`, `url`,
//!   `ordered-float` and `half` types, each behind the feature named after its crate (see
//!   [Features](#features)); their bytes agree with the crate's `Eq`.
//! - The format: [`spec`] (SPEC.md, normative) and [`FORMAT_VERSION`].
//! - Why a hash changed ([below](#why-did-my-hash-change)): [`explain()`] and [`diff()`]
//!   name each part of a value's bytes; [`schema()`](fn@schema), [`fingerprint()`] and
//!   [`pin()`] describe what decides a type's bytes and catch, in a test, a change that would
//!   change stored hashes.
//!
//! # Types without an impl
//!
//! - `Path`, `PathBuf`, `OsStr`, `OsString`: their bytes differ between platforms (UTF-16 on
//!   Windows, arbitrary bytes on Unix), so no encoding of them is canonical. Convert to `str`
//!   (`to_str()`) and decide what a non-UTF-8 path means for your hashes.
//! - `Instant`: an opaque point on a per-boot clock; it has no stable value to encode.
//! - `RefCell`, `Mutex`, `RwLock`: reading them can fail or block; encode the guarded value.
//! - raw pointers and function pointers: addresses change from run to run.
//! - `f16`/`f128`: not stable in Rust yet.
//!
//! # Why did my hash change?
//!
//! Stored hashes (cache keys, content addresses, ETags, Merkle leaves) raise two questions:
//! which part of this value made its hash differ, and will this refactor change the hashes
//! already stored. Both are answered from the same two sources, and encoding pays for
//! neither: the marks every derived impl and every container gives its sink around each
//! field, element, variant and map entry ([`Sink::begin_part`], a provided method that does
//! nothing, so it compiles away in every sink but the explaining one), and each type's
//! schema, [`ByteRepr::SCHEMA`], a constant that nothing reads while encoding.
//!
//! - [`explain(&v)`](explain()): every part of `to_vec(&v)`, as a tree of paths
//!   (`items[1].price`, `status::Cancelled.0`, `tags["rush"]`), each with its type, offset,
//!   length, bytes and value. Its `Display` is an indented tree.
//! - [`diff(&a, &b)`](diff()): the paths whose bytes differ, with the values before and
//!   after; empty exactly when the bytes are equal.
//! - [`schema::<T>()`](fn@schema): the shape that decides `T`'s bytes: field order, each
//!   field's schema, variants and tags, domains, sequences, maps, the foreign types' layouts
//!   by name and version. [`fingerprint::<T>()`](fingerprint()) hashes it without the names
//!   (a rename keeps every byte), so it changes exactly when some value's bytes could.
//! - [`pin::<T>("tests/pins/t.pin")`](pin()): a one-line test that keeps the schema as text
//!   in the repository, and fails on any change with each change's path and verdict:
//!   *compatible* (every existing value keeps its bytes: a rename, a variant with a new tag,
//!   an `added` field of an evolving type) or *breaking* (some values change bytes: fields
//!   reordered, inserted or retyped, a tag or domain changed), and how to accept it
//!   (`BYTEREPR_PIN=update`, and for a breaking change a new `domain` version).
//!
//! ```
//! #[derive(byterepr::ByteRepr, Clone)]
//! struct Item { sku: String, price: f64 }
//! #[derive(byterepr::ByteRepr, Clone)]
//! struct Order { id: u64, items: Vec<Item> }
//!
//! let before = Order {
//!     id: 7,
//!     items: vec![Item { sku: "tea".into(), price: 4.5 }, Item { sku: "cup".into(), price: 19.99 }],
//! };
//! let mut after = before.clone();
//! after.items[1].price = 20.0;
//!
//! let changes = byterepr::diff(&before, &after);
//! assert_eq!(changes.len(), 1);
//! assert!(changes.to_string().contains("items[1].price"));
//! assert!(byterepr::diff(&before, &before).is_empty());
//!
//! let parts = byterepr::explain(&after);
//! assert_eq!(parts.bytes(), byterepr::to_vec(&after));
//! ```
//!
//! `examples/why_changed.rs` walks through a cache key that changes after an edit, `diff`
//! naming the field, and a pin catching a reordered field as breaking
//! (`cargo run -p byterepr-examples --example why_changed`).
//!
//! `schema`, `fingerprint` and `pin` need the feature `schema`, which makes every derived
//! impl state its `SCHEMA`. It is off by default: derived impls compile in about a quarter
//! fewer instructions without it (BENCHMARKS.md, "Compile time of the derive"), and pins
//! are tests, so enable it for test builds only, under `[dev-dependencies]`:
//! `byterepr = { version = "0.1", features = ["schema"] }`. Without it a derived type's
//! `SCHEMA` is the opaque default; `explain` and `diff` need nothing.
//!
//! # Limits
//!
//! ## Stack depth
//!
//! Encoding is recursive: a value nested `n` levels deep (a linked list, a tree) takes `n`
//! levels of stack in every entry point, as its own `Drop` does. A stack overflow aborts the
//! process; it is not an error this crate can return. The recursive paths are kept lean
//! (plain loops, pointers inlined, a hash map's sort out of line), and
//! `examples/stack_depth.rs` measures what is left: the deepest value each entry point
//! encodes in a thread with an 8 MiB stack (the main thread's size on Linux), beside the
//! depth at which dropping the same value overflows. Bytes of stack per level in brackets;
//! rustc 1.95, x86-64, these shapes:
//!
//! ```
//! # use std::collections::HashMap;
//! #[derive(byterepr::ByteRepr)]
//! enum List { Nil, Cons(u32, Box<List>) }
//! #[derive(byterepr::ByteRepr)]
//! struct Tree(Vec<Tree>);
//! #[derive(byterepr::ByteRepr)]
//! struct MapTree(HashMap<u8, MapTree>);
//! ```
//!
//! Debug build (the test profile), after, with the depth before the trimming where it moved:
//!
//! | shape | `Drop` | `to_vec` | `encoded_len` | `sha256`, `crc32` | `java::to_vec`, `java::sha256` |
//! |---|---|---|---|---|---|
//! | `List` | 104,000 (80 B) | 65,000 (129 B) | 65,000 (129 B) | 74,500 (112 B); was 65,000 | 34,750 (241 B); was 32,500 |
//! | `Tree` | 52,000 (161 B) | 34,750 (241 B); was 18,000 | 34,750; was 18,000 | 37,250 (225 B); was 20,125 | 26,000 (322 B); was 13,750 |
//! | `MapTree` | 15,750 (532 B) | 10,437 (803 B); was 7,437 | 16,250 (516 B); was 7,437 | 10,437; was 8,687 | 8,000 (1048 B); was 6,875 |
//!
//! (The part marks that [`explain()`] reads cost a debug build a little depth where an
//! element's index is passed down, `Tree`'s hashes 40,250 before them and the `MapTree`'s
//! `to_vec` 10,687; a release build compiles them away and keeps every depth below.)
//!
//! Release build (`--release`):
//!
//! | shape | `Drop` | `to_vec` | `encoded_len` | `sha256` | `crc32` | `java::to_vec` | `java::sha256` |
//! |---|---|---|---|---|---|---|---|
//! | `List` | 260,000 (32 B) | 520,000 (16 B) | 520,000 | 174,000 (48 B) | 174,000 (48 B) | no limit (a loop) | 174,000 (48 B) |
//! | `Tree` | 174,000 (48 B) | 87,000 (96 B) | 174,000 | 104,000 (80 B) | 104,000 | 87,000 (96 B) | 104,000 |
//! | `MapTree` | 130,000 (64 B) | 37,250 (225 B) | 74,500 (112 B) | 37,250 | 37,250 | 34,750 (241 B) | 34,750 |
//!
//! `to_vec`, `extend_vec` and the one-call hashes keep their position in a register, which
//! makes them much faster (a record's `extend_vec` in 156 instructions instead of 284;
//! BENCHMARKS.md) and costs a level of a deep value some stack in a release build: a `Vec`
//! tree's `to_vec` 96 bytes a level where it took 80 (104,000 levels), a list's `crc32` and
//! `sha256` 48 where they took 32 (260,000). The speed serves every value; the depth lost is
//! a fraction of depths no data reaches, and feature `stacker` removes the limit.
//!
//! So in a release build a list encodes at least 2/3 as deep as it drops and a `Vec` tree
//! half as deep or more; in a debug build, and for values that recurse through a `HashMap` or
//! `HashSet` in either build, encoding reaches 1/4 to 2/3 of the depth `Drop` does. The gap
//! is the work a level does that `Drop` does not: a hash map encodes each entry into a
//! scratch buffer through [`Sink::with_scratch`] before sorting, and the Java adapter carries
//! a larger error type through every `?`. Closing it would take an explicit stack instead of
//! recursion through `ByteRepr::write_to` (which impls and derived code call directly).
//!
//! ### Feature `stacker`: no value too deep
//!
//! For values built from untrusted input (JSON trees, nested configurations), enable the
//! `stacker` feature. Every recursive path of encoding (pointers, sequences, maps and sets:
//! the only ways a value can contain itself) then checks the stack left, and continues on a
//! 2 MiB stack segment taken from the heap when less than 64 KiB remain
//! ([`stacker::maybe_grow`](https://docs.rs/stacker)). Depth costs heap instead of aborting
//! the process: on the same 8 MiB thread, a debug build encodes the `MapTree` above 200,000
//! levels deep through `java::sha256` (13x its `Drop` limit; 3.4 s, 400 MB peak), the `List`
//! and the `Tree` 1,000,000 and 500,000 levels through every entry point, and a release
//! build 1,000,000 to 2,000,000 levels of each. `tests/issue_013.rs` checks every entry point
//! at four times `Drop`'s depth (`cargo test -p byterepr-tests --features stacker`).
//!
//! The check costs nothing where a value cannot be recursive: a container whose elements
//! have a fixed encoded size (`Vec<i32>`, `HashMap<u64, f64>`; a recursive type never has
//! one) skips it, so the benchmark record encodes and hashes in exactly as many instructions
//! with the feature as without (callgrind, `benches/callgrind.sh`). Where it runs, it costs
//! about 25 instructions per container (reading the stack limit). It needs `std`, so it is
//! off by default; without it, encode deep values in a thread with a larger stack
//! (`std::thread::Builder::stack_size`), or bound the depth where the value is built. A
//! hand-written recursive impl is covered when it recurses through the pointers and
//! collections of this crate; one that recurses by itself is not.
//!
//! ## Allocation
//!
//! The one list of what allocates; `tests/alloc_count.rs` counts each line. Apart from the
//! bytes that [`to_vec`], [`extend_vec`], [`seq_to_vec`] and the Java helpers that return or
//! grow a `Vec` write into it, encoding allocates nothing, into any sink and through every
//! helper, except for these types:
//!
//! | type | allocates when written into | why |
//! |---|---|---|
//! | `HashMap`, `HashSet` (any hasher) | any sink but a length counter: the hashers, `to_slice`, `to_writer`, `java::sha256`, ... | each entry is encoded into a scratch buffer, to sort the entries by their bytes: the scratch bytes and an index of them |
//! | `BinaryHeap` | any sink, length counters included | its elements are written in sorted order, through a sorted `Vec` of references |
//!
//! Lengths allocate for none of them: [`encoded_len`] and `java::encoded_len` (and so the
//! length pass of `java::write` and `java::to_writer`) count a hash map's entries in place,
//! and a `BinaryHeap`'s `encoded_len` does not sort. The one exception is a derived type
//! with a `#[byterepr(with = ...)]` field: its `encoded_len` runs `write_to` against a
//! [`LenCounter`] (the `with` function has no length of its own), so a `BinaryHeap` in it, or
//! a `with` function that allocates, allocates there too.
#![no_std]
// One module writes into a `Vec`'s spare capacity (`sinks/spare.rs`, where the reason and
// the measurements are); every other line of the crate is safe code.
#![deny(unsafe_code)]
#![warn(clippy::undocumented_unsafe_blocks)]
// The docs link to what the (non-default) `schema` feature adds: `schema()`, `fingerprint()`,
// `pin()` and most of `byterepr::schema`. docs.rs documents every feature and CI checks the
// links with every feature; a build without `schema` shows those links as plain text.
#![cfg_attr(not(feature = "schema"), allow(rustdoc::broken_intra_doc_links))]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[doc(hidden)]
pub mod __private;
pub mod adapt;
#[doc = include_str!("../SPEC.md")]
pub mod spec {}
mod batch;
mod deep;
pub mod dsl;
mod dyn_repr;
pub mod explain;
pub mod hash;
mod impls;
#[cfg(feature = "java")]
pub mod java;
mod lazy;
pub mod leb128;
mod repr;
pub mod schema;
#[cfg(feature = "serde")]
pub mod serde;
mod short_copy;
mod sink;
pub mod sinks;
#[cfg(all(test, feature = "alloc"))]
mod testing;

pub use adapt::{ByteReprAs, adapt};
#[cfg(feature = "derive")]
#[doc = include_str!("derive.md")]
pub use byterepr_derive::ByteRepr;
pub use dsl::Encoder;
pub use dyn_repr::{DynByteRepr, ErasedError};
#[cfg(feature = "alloc")]
pub use explain::{diff, explain};
#[cfg(feature = "blake3")]
pub use hash::blake3;
#[cfg(feature = "crc32")]
pub use hash::crc32;
#[cfg(feature = "digest")]
pub use hash::digest;
#[cfg(feature = "sha256")]
pub use hash::sha256;
#[cfg(all(feature = "sha256", feature = "alloc"))]
pub use hash::sha256_hex;
pub use hash::std_hash;
#[cfg(feature = "xxh3")]
pub use hash::{xxh3_64, xxh3_128};
#[cfg(feature = "alloc")]
pub use impls::maps::unordered::write_unordered;
#[cfg(feature = "alloc")]
pub use lazy::seq_to_vec;
pub use lazy::{SeqError, TrustedLen, write_exact_seq, write_seq, write_seq_counted};
pub use repr::ByteRepr;
#[cfg(all(feature = "schema", feature = "sha256"))]
pub use schema::fingerprint;
#[cfg(all(feature = "schema", feature = "std"))]
pub use schema::pin;
#[cfg(feature = "schema")]
pub use schema::schema;
#[cfg(feature = "serde")]
pub use serde::Serde;
pub use sink::size;
pub use sink::{
    CANONICAL_NAN_F32, CANONICAL_NAN_F64, EntryWriter, FinishSink, Sink, canonical_f32_bits,
    canonical_f64_bits,
};
#[cfg(feature = "std")]
pub use sinks::IoSink;
pub use sinks::{Batched, BufferFull, LenCounter, SliceSink};

/// The version of the encodings this release writes: the canonical format of SPEC.md and
/// the Java encoding share it. A change to the bytes of any value is a new version (SPEC.md,
/// section 5); the Java helper class `byterepr.ByteRepr` carries the same number.
///
/// ```
/// assert_eq!(byterepr::FORMAT_VERSION, 2);
/// ```
pub const FORMAT_VERSION: u32 = 2;

/// The number of bytes [`Sink::write_len`] writes for `len` in the canonical format; the
/// same as [`size::len_prefix`], where the other canonical sizes are.
///
/// ```
/// assert_eq!(byterepr::len_prefix_size(127), 1);
/// assert_eq!(byterepr::len_prefix_size(128), 2);
/// ```
#[inline]
#[must_use]
pub const fn len_prefix_size(len: usize) -> usize {
    size::len_prefix(len)
}

/// The length of the canonical encoding of `value`, computed without encoding it and without
/// allocating (but see "Allocation" in the crate docs for a derived type with a `with` field).
///
/// ```
/// assert_eq!(byterepr::encoded_len(&("abc", 1u32)), 1 + 3 + 4);
/// ```
#[inline]
#[must_use]
pub fn encoded_len<T: ByteRepr + ?Sized>(value: &T) -> usize {
    value.encoded_len()
}

/// The canonical encoding of `value` in a new `Vec`, allocated once at its exact length.
///
/// The value is measured first ([`ByteRepr::encoded_len`]), the vector is allocated at that
/// length, and the bytes are written straight into it. The length is only a hint: when the
/// allocator refuses it (a length of `usize::MAX`, saturated or wrong) or it is too small,
/// the vector grows as the bytes are written instead, and the bytes are those of
/// [`ByteRepr::write_to`] either way. A value of a fixed size of at most 16 bytes
/// ([`ByteRepr::ENCODED_SIZE`]) is not measured.
///
/// ```
/// assert_eq!(byterepr::to_vec(&("DSL", 32u32, true)), b"\x03DSL\x20\x00\x00\x00\x01");
/// ```
#[cfg(feature = "alloc")]
#[inline]
#[must_use]
pub fn to_vec<T: ByteRepr + ?Sized>(value: &T) -> alloc::vec::Vec<u8> {
    if let Some((bytes, len)) = sinks::encode_small(value) {
        return bytes[..len].to_vec();
    }
    sinks::to_vec_spare(value)
}

/// Appends the canonical encoding of `value` to `bytes`, growing the vector at most once.
///
/// The bytes go into the vector's spare capacity as they are written. The value is measured
/// ([`ByteRepr::encoded_len`]) only if the room runs out, and the vector then grows once, by
/// what is left of the value: reusing one `Vec` across values allocates nothing, and measures
/// nothing, once it is large enough. As in [`to_vec`], a length the allocator refuses
/// reserves nothing, and a wrong one only costs more growth: the bytes are those of
/// [`ByteRepr::write_to`]. A value of a fixed size of at most 16 bytes
/// ([`ByteRepr::ENCODED_SIZE`]) is encoded into a buffer on the stack and appended in one
/// copy; the bytes are the same.
///
/// ```
/// let mut buf = Vec::new();
/// for n in [1u16, 2] {
///     buf.clear();
///     byterepr::extend_vec(&n, &mut buf);
///     assert_eq!(buf, n.to_le_bytes());
/// }
/// ```
#[cfg(feature = "alloc")]
#[inline]
pub fn extend_vec<T: ByteRepr + ?Sized>(value: &T, bytes: &mut alloc::vec::Vec<u8>) {
    if sinks::extend_small(value, bytes) {
        return;
    }
    sinks::extend_spare(value, bytes);
}

/// Writes the canonical encoding of `value` to the start of `buf` and returns its length, or
/// writes nothing when it does not fit.
///
/// ```
/// let mut buf = [0u8; 8];
/// assert_eq!(byterepr::to_slice(&7u32, &mut buf), Ok(4));
/// let err = byterepr::to_slice(&7u128, &mut buf).unwrap_err();
/// assert_eq!((err.needed, err.remaining), (16, 8));
/// assert_eq!(buf[4..], [0; 4]); // untouched
/// ```
///
/// "Nothing" rests on [`ByteRepr::encoded_len`], which is checked before the first byte is
/// written. Every impl of this crate and every derived impl computes it exactly, saturating at
/// `usize::MAX` for a value larger than memory, so such a value is refused whole. A
/// hand-written impl whose `encoded_len` is smaller than what it writes (a bug in that impl)
/// fails at the write that does not fit, with that write's size as `needed`, and leaves the
/// bytes written before it in `buf`.
///
/// # Errors
/// [`BufferFull`] with the encoded length as `needed`, when `buf` is shorter.
pub fn to_slice<T: ByteRepr + ?Sized>(value: &T, buf: &mut [u8]) -> Result<usize, BufferFull> {
    let needed = value.encoded_len();
    if needed > buf.len() {
        return Err(BufferFull {
            needed,
            remaining: buf.len(),
        });
    }
    let mut sink = SliceSink::new(buf);
    value.write_to(&mut sink)?;
    Ok(sink.position())
}

/// Writes the canonical encoding of `value` to `writer`, gathering small writes into 1 KiB
/// batches so an unbuffered writer sees few calls. Does not flush `writer` itself.
///
/// ```
/// let mut out = Vec::new();
/// byterepr::to_writer(&"hi", &mut out)?;
/// assert_eq!(out, [2, b'h', b'i']);
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
/// The first error `writer` returns; some bytes may have been written before it.
#[cfg(feature = "std")]
pub fn to_writer<T, W>(value: &T, writer: W) -> std::io::Result<()>
where
    T: ByteRepr + ?Sized,
    W: std::io::Write,
{
    let mut sink = Batched::<_, 1024>::new(IoSink::new(writer));
    value.write_to(&mut sink)?;
    sink.flush()
}
