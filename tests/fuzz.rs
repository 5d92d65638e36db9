//! A fuzz-style property suite for issue #13: random nested values, lying impls and
//! iterators, and failing sinks through every entry point of both formats. Each property
//! asserts agreement with `to_vec` (or `java::to_vec`), all-or-nothing where the docs
//! promise it, and, by running at all, that nothing panics.
//!
//! The default is a few cases per property, so `cargo test` stays fast; a longer run is
//! `PROPTEST_CASES=5000 cargo test -p byterepr-tests fuzz`, which these configs read.

use std::collections::{BTreeMap, HashMap};

use byterepr::{Batched, BufferFull, ByteRepr, SeqError, java};
use proptest::collection::{btree_map, hash_map, vec};
use proptest::prelude::*;
use sha2::Digest;

/// A value of most shapes: recursion through a `Vec`, a `HashMap` and a `Box`, strings and
/// byte runs of sizes around the batch (128, 256) and chunk (512) boundaries.
#[derive(ByteRepr, Debug, Clone)]
enum Node {
    Byte(u8),
    Text(String),
    Bytes(Vec<u8>),
    Numbers(Vec<u32>),
    Flags(Vec<bool>),
    Pair(Box<Node>, Box<Node>),
    List(Vec<Node>),
    Map(HashMap<u16, Node>),
    Ordered(BTreeMap<String, Node>),
    Maybe(Option<Box<Node>>),
}

/// Sizes that put the ends of writes on either side of the batch and chunk boundaries.
fn boundary_size() -> impl Strategy<Value = usize> {
    prop_oneof![
        0..4usize,
        124..132usize,
        252..260usize,
        508..516usize,
        1020..1030usize
    ]
}

fn leaf() -> impl Strategy<Value = Node> {
    prop_oneof![
        any::<u8>().prop_map(Node::Byte),
        ".{0,6}".prop_map(Node::Text),
        boundary_size().prop_map(|n| Node::Text("é".repeat(n / 2))),
        boundary_size().prop_map(|n| Node::Bytes(vec![0xa5; n])),
        boundary_size().prop_map(|n| Node::Numbers(
            (0..n / 4)
                .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
                .collect()
        )),
        boundary_size().prop_map(|n| Node::Flags(vec![true; n])),
    ]
}

fn node() -> impl Strategy<Value = Node> {
    leaf().prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Node::Pair(Box::new(a), Box::new(b))),
            vec(inner.clone(), 0..6).prop_map(Node::List),
            hash_map(any::<u16>(), inner.clone(), 0..5).prop_map(Node::Map),
            btree_map(".{0,3}", inner.clone(), 0..4).prop_map(Node::Ordered),
            proptest::option::of(inner).prop_map(|n| Node::Maybe(n.map(Box::new))),
        ]
    })
}

/// An `io::Write` that takes `left` bytes, then fails.
struct FailsAfter {
    taken: Vec<u8>,
    left: usize,
}

impl std::io::Write for FailsAfter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.left == 0 && !buf.is_empty() {
            return Err(std::io::Error::other("full"));
        }
        let n = buf.len().min(self.left);
        self.taken.extend_from_slice(&buf[..n]);
        self.left -= n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An iterator whose `len()` says `claimed`, whatever it yields.
struct Lying<I> {
    items: I,
    claimed: usize,
}

impl<I: Iterator> Iterator for Lying<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.items.next()
    }
}

impl<I: Iterator> ExactSizeIterator for Lying<I> {
    fn len(&self) -> usize {
        self.claimed
    }
}

/// `PROPTEST_CASES` when set, else `default`: a short run in `cargo test`, a long one on
/// demand.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default);
    ProptestConfig::with_cases(cases)
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn every_canonical_entry_point_agrees_with_to_vec(value in node()) {
        let bytes = byterepr::to_vec(&value);
        prop_assert_eq!(byterepr::encoded_len(&value), bytes.len());
        let mut extended = vec![1, 2];
        byterepr::extend_vec(&value, &mut extended);
        prop_assert_eq!(&extended[2..], &bytes[..]);
        let mut out = Vec::new();
        byterepr::to_writer(&value, &mut out).expect("a Vec takes everything");
        prop_assert_eq!(&out, &bytes);
        let mut batched = Batched::<_, 128>::new(Vec::new());
        let Ok(()) = value.write_to(&mut batched);
        prop_assert_eq!(&batched.finish().expect("infallible"), &bytes);
        prop_assert_eq!(byterepr::sha256(&value), <[u8; 32]>::from(sha2::Sha256::digest(&bytes)));
        prop_assert_eq!(byterepr::crc32(&value), crc32fast::hash(&bytes));
        prop_assert_eq!(byterepr::xxh3_64(&value), xxhash_rust::xxh3::xxh3_64(&bytes));
    }

    #[test]
    fn every_java_entry_point_agrees_with_java_to_vec(value in node()) {
        let bytes = java::to_vec(&value).expect("short strings only");
        prop_assert_eq!(java::encoded_len(&value), Ok(bytes.len()));
        let mut extended = vec![9];
        java::extend_vec(&value, &mut extended).expect("short strings only");
        prop_assert_eq!(&extended[1..], &bytes[..]);
        let mut written = Vec::new();
        java::write(&value, &mut written).expect("short strings only");
        prop_assert_eq!(&written, &bytes);
        let mut out = Vec::new();
        java::to_writer(&value, &mut out).expect("a Vec takes everything");
        prop_assert_eq!(&out, &bytes);
        prop_assert_eq!(
            java::sha256(&value).expect("short strings only"),
            <[u8; 32]>::from(sha2::Sha256::digest(&bytes))
        );
    }

    #[test]
    fn to_slice_is_all_or_nothing(value in node(), cut in any::<prop::sample::Index>()) {
        let bytes = byterepr::to_vec(&value);
        let size = cut.index(bytes.len() + 1);
        let mut buf = vec![0x5a; size];
        match byterepr::to_slice(&value, &mut buf) {
            Ok(len) => {
                prop_assert_eq!(len, bytes.len());
                prop_assert_eq!(&buf[..], &bytes[..]);
            }
            Err(error) => {
                prop_assert_eq!(error, BufferFull { needed: bytes.len(), remaining: size });
                prop_assert!(buf.iter().all(|&b| b == 0x5a));
            }
        }
    }

    #[test]
    fn a_failing_writer_gets_a_prefix_and_an_error(value in node(), cut in any::<prop::sample::Index>()) {
        let bytes = byterepr::to_vec(&value);
        prop_assume!(!bytes.is_empty());
        let left = cut.index(bytes.len());
        let mut writer = FailsAfter { taken: Vec::new(), left };
        prop_assert!(byterepr::to_writer(&value, &mut writer).is_err());
        prop_assert!(bytes.starts_with(&writer.taken));
        let java_bytes = java::to_vec(&value).expect("short strings only");
        let left = cut.index(java_bytes.len());
        let mut writer = FailsAfter { taken: Vec::new(), left };
        prop_assert!(matches!(java::to_writer(&value, &mut writer), Err(java::Error::Sink(_))));
        prop_assert!(java_bytes.starts_with(&writer.taken));
    }

    #[test]
    fn java_errors_leave_a_vec_as_it_was(value in node(), at_end in any::<bool>()) {
        let long = Node::Text("x".repeat(65_536));
        let value = if at_end {
            Node::List(vec![value, long])
        } else {
            Node::Pair(Box::new(long), Box::new(value))
        };
        let mut extended = vec![3];
        prop_assert!(java::extend_vec(&value, &mut extended).is_err());
        prop_assert_eq!(&extended, &[3]);
        let mut written = vec![3];
        prop_assert!(java::write(&value, &mut written).is_err());
        prop_assert_eq!(&written, &[3]);
        prop_assert!(java::to_vec(&value).is_err());
        prop_assert!(java::sha256(&value).is_err());
    }

    #[test]
    fn a_lying_iterator_is_a_length_mismatch(
        items in vec(node(), 0..8),
        claimed in 0usize..10,
    ) {
        let lying = || Lying { items: items.iter(), claimed };
        let mut sink = Vec::new();
        let result = byterepr::write_seq(&mut sink, lying());
        if claimed == items.len() {
            prop_assert_eq!(result, Ok(()));
            prop_assert_eq!(&sink, &byterepr::to_vec(&items));
        } else {
            let is_mismatch = matches!(result, Err(SeqError::LengthMismatch { .. }));
            prop_assert!(is_mismatch);
            prop_assert!(byterepr::seq_to_vec(lying()).is_err());
            prop_assert!(java::seq_to_vec(lying()).is_err());
        }
    }

    #[test]
    fn a_slice_sink_too_small_keeps_a_prefix(value in node(), cut in any::<prop::sample::Index>()) {
        let bytes = byterepr::to_vec(&value);
        prop_assume!(!bytes.is_empty());
        let mut buf = vec![0; cut.index(bytes.len())];
        let mut sink = byterepr::SliceSink::new(&mut buf);
        let error = value.write_to(&mut sink).expect_err("too small");
        prop_assert!(error.needed > error.remaining);
        prop_assert!(bytes.starts_with(sink.written()));
        let java_bytes = java::to_vec(&value).expect("short strings only");
        let mut buf = vec![0; cut.index(java_bytes.len())];
        let mut java_sink = java::Java::new(byterepr::SliceSink::new(&mut buf));
        let failed = matches!(value.write_to(&mut java_sink), Err(java::Error::Sink(_)));
        prop_assert!(failed);
        prop_assert!(java_bytes.starts_with(java_sink.get_ref().written()));
    }
}
