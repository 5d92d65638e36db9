//! Regression tests for issue #13: robustness of lengths, sinks and the one-call helpers.

/// Lengths past `usize::MAX` saturate everywhere they are added, so no `encoded_len` wraps
/// into a small number that a writer would trust.
mod encoded_len_saturates {
    use std::collections::{BTreeMap, HashMap, LinkedList};

    use byterepr::{BufferFull, ByteRepr, Sink};

    /// Zero-sized but one byte encoded: arrays of it encode to more bytes than any memory
    /// holds, yet cost nothing to build.
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    struct One;

    impl ByteRepr for One {
        const ENCODED_SIZE: Option<usize> = Some(1);

        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_u8(1)
        }
    }

    const HALF: usize = 1 << (usize::BITS - 1);
    /// Half of `usize::MAX + 1` bytes: two of them overflow a `usize`.
    type Half = [One; HALF];

    #[derive(byterepr::ByteRepr)]
    struct Twice {
        first: Half,
        second: Half,
        last: u8,
    }

    #[derive(byterepr::ByteRepr)]
    enum Variant {
        Twice(Half, Half, u8),
    }

    fn twice() -> Twice {
        Twice {
            first: [One; HALF],
            second: [One; HALF],
            last: 0,
        }
    }

    /// A variable-size element of `HALF + 1` bytes.
    fn big() -> Vec<Half> {
        vec![[One; HALF]]
    }

    #[test]
    fn derived_struct_and_enum_saturate() {
        assert_eq!(byterepr::encoded_len(&twice()), usize::MAX);
        let variant = Variant::Twice([One; HALF], [One; HALF], 0);
        assert_eq!(byterepr::encoded_len(&variant), usize::MAX);
        assert_eq!(byterepr::encoded_len(&Some(twice())), usize::MAX);
    }

    #[test]
    fn sequences_and_maps_saturate() {
        assert_eq!(byterepr::encoded_len(&vec![big(), big()]), usize::MAX);
        assert_eq!(byterepr::encoded_len(&[big(), big()][..]), usize::MAX);
        let list: LinkedList<Vec<Half>> = [big(), big()].into_iter().collect();
        assert_eq!(byterepr::encoded_len(&list), usize::MAX);
        let btree: BTreeMap<u8, Vec<Half>> = [(0, big()), (1, big())].into_iter().collect();
        assert_eq!(byterepr::encoded_len(&btree), usize::MAX);
        let hashed: HashMap<u8, Vec<Half>> = [(0, big()), (1, big())].into_iter().collect();
        assert_eq!(byterepr::encoded_len(&hashed), usize::MAX);
        assert_eq!(byterepr::encoded_len(&(big(), big())), usize::MAX);
    }

    #[test]
    fn to_slice_writes_nothing_for_a_value_larger_than_memory() {
        let mut buf = [0xaa; 8];
        assert_eq!(
            byterepr::to_slice(&twice(), &mut buf),
            Err(BufferFull {
                needed: usize::MAX,
                remaining: 8
            })
        );
        assert_eq!(buf, [0xaa; 8]);
    }

    /// Writes one byte but claims to need every byte there is: a broken hand-written impl.
    struct ClaimsHuge;

    impl ByteRepr for ClaimsHuge {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_u8(7)
        }

        fn encoded_len(&self) -> usize {
            usize::MAX
        }
    }

    #[test]
    fn an_absurd_length_is_only_a_hint_to_the_vec_helpers() {
        assert_eq!(byterepr::to_vec(&ClaimsHuge), [7]);
        let mut bytes = vec![1];
        byterepr::extend_vec(&ClaimsHuge, &mut bytes);
        assert_eq!(bytes, [1, 7]);
    }
}

/// Unordered collections survive a sink whose `with_scratch` does not append as documented,
/// and write what `Sink::with_scratch` says such a sink gets.
mod lying_scratch_sinks {
    use std::collections::{HashMap, HashSet};

    use byterepr::{ByteRepr, EntryWriter, Sink};

    /// A `Vec` sink whose `with_scratch` misbehaves as `misbehave` says.
    struct Lying {
        bytes: Vec<u8>,
        calls: usize,
        misbehave: fn(usize, &mut Vec<u8>, &mut EntryWriter<'_, core::convert::Infallible>),
    }

    impl Lying {
        fn encode(
            value: &impl ByteRepr,
            misbehave: fn(usize, &mut Vec<u8>, &mut EntryWriter<'_, core::convert::Infallible>),
        ) -> Vec<u8> {
            let mut sink = Lying {
                bytes: Vec::new(),
                calls: 0,
                misbehave,
            };
            let Ok(()) = value.write_to(&mut sink);
            sink.bytes
        }
    }

    impl Sink for Lying {
        type Error = core::convert::Infallible;

        fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Self::Error> {
            self.bytes.extend_from_slice(bytes);
            Ok(())
        }

        fn with_scratch(
            &mut self,
            scratch: &mut Vec<u8>,
            write: &mut EntryWriter<'_, Self::Error>,
        ) -> Result<(), Self::Error> {
            self.calls += 1;
            (self.misbehave)(self.calls, scratch, write);
            Ok(())
        }
    }

    fn map() -> HashMap<u8, String> {
        [(1, "one".to_owned()), (2, "two".to_owned())].into()
    }

    #[test]
    fn a_sink_that_clears_the_scratch_buffer_gets_empty_entries() {
        // The first entry is appended, the second call clears it all: every recorded run
        // now points past the end of the buffer.
        let bytes = Lying::encode(&map(), |call, scratch, write| {
            let Ok(()) = write(&mut *scratch);
            if call % 2 == 0 {
                scratch.clear();
            }
        });
        assert_eq!(bytes, [2]);
    }

    #[test]
    fn a_sink_that_truncates_below_an_earlier_entry_does_not_panic() {
        let set: HashSet<String> = ["a".repeat(10), "b".repeat(3), "c".repeat(6)].into();
        let bytes = Lying::encode(&set, |call, scratch, write| {
            let Ok(()) = write(&mut *scratch);
            if call == 3 {
                scratch.truncate(5);
            }
        });
        // The length, then the runs that survived whole or in part, in byte order: which
        // entries those are depends on the set's iteration order, their total does not
        // exceed the five bytes left.
        assert_eq!(bytes[0], 3);
        assert!(bytes.len() <= 1 + 5, "{bytes:?}");
    }

    #[test]
    fn a_sink_that_ignores_the_scratch_buffer_writes_the_length_alone() {
        let bytes = Lying::encode(&map(), |_, _, write| {
            let Ok(()) = write(&mut Vec::new());
        });
        assert_eq!(bytes, [2]);
    }
}

/// The Java one-call helpers that write into a caller's sink leave nothing behind when the
/// value has no Java encoding, as the `java` module docs say.
mod java_errors_write_nothing {
    use std::collections::HashMap;

    use byterepr::java::{self, Error};

    /// 65536 bytes of modified UTF-8: one more than `writeUTF` can count.
    fn too_long() -> String {
        "x".repeat(65_536)
    }

    #[test]
    fn write_into_a_vec_leaves_it_as_it_was() {
        let value = ("y".repeat(2_000), vec!["a".to_owned(), too_long()]);
        let mut out = vec![9];
        assert_eq!(
            java::write(&value, &mut out),
            Err(Error::StringTooLong { len: 65_536 })
        );
        assert_eq!(out, [9]);
    }

    #[test]
    fn a_map_with_a_key_too_long_does_not_leave_its_count() {
        let map: HashMap<String, u8> = [(too_long(), 1)].into();
        let mut out = Vec::new();
        assert_eq!(
            java::write(&map, &mut out),
            Err(Error::StringTooLong { len: 65_536 })
        );
        assert_eq!(out, [0u8; 0]);
    }

    #[test]
    fn to_writer_writes_nothing_before_a_java_error() {
        // More than one 1 KiB batch precedes the error.
        let value = ("y".repeat(2_000), too_long());
        let mut out = Vec::new();
        let error = java::to_writer(&value, &mut out).unwrap_err();
        assert!(matches!(error, Error::StringTooLong { len: 65_536 }));
        assert_eq!(out, [0u8; 0]);
    }
}

/// An exhausted `RangeInclusive` is not `==` to a fresh one with its bounds, and since
/// format 2 it does not share its bytes either.
mod range_inclusive_exhaustion {
    use std::ops::RangeInclusive;

    fn iterated_out(mut range: RangeInclusive<u8>) -> RangeInclusive<u8> {
        range.by_ref().for_each(drop);
        range
    }

    #[test]
    fn bytes_agree_with_eq() {
        let exhausted = iterated_out(1..=2);
        let fresh = 2u8..=2;
        assert_ne!(exhausted, fresh);
        assert!(!exhausted.contains(&2) && fresh.contains(&2));
        assert_ne!(byterepr::to_vec(&exhausted), byterepr::to_vec(&fresh));
        assert_ne!(
            byterepr::java::to_vec(&exhausted),
            byterepr::java::to_vec(&fresh)
        );
        // Two ranges exhausted at the same value are `==`, and encode the same.
        assert_eq!(exhausted, iterated_out(2..=2));
        assert_eq!(
            byterepr::to_vec(&exhausted),
            byterepr::to_vec(&iterated_out(2..=2))
        );
        assert_eq!(byterepr::encoded_len(&exhausted), 3);
    }
}

/// `dyn DynByteRepr` with auto traits is `ByteRepr` like the bare trait object.
mod dyn_with_auto_traits {
    use byterepr::DynByteRepr;

    #[test]
    fn send_and_sync_trait_objects_encode_like_the_bare_one() {
        let bare: Vec<Box<dyn DynByteRepr>> = vec![Box::new("a"), Box::new(7u16)];
        let send: Vec<Box<dyn DynByteRepr + Send>> = vec![Box::new("a"), Box::new(7u16)];
        let sync: Vec<Box<dyn DynByteRepr + Sync>> = vec![Box::new("a"), Box::new(7u16)];
        let both: Vec<Box<dyn DynByteRepr + Send + Sync>> = vec![Box::new("a"), Box::new(7u16)];
        let expected = byterepr::to_vec(&bare);
        assert_eq!(expected, [2, 1, b'a', 7, 0]);
        assert_eq!(byterepr::to_vec(&send), expected);
        assert_eq!(byterepr::to_vec(&sync), expected);
        assert_eq!(byterepr::to_vec(&both), expected);
        assert_eq!(byterepr::encoded_len(&both), expected.len());
        assert_eq!(byterepr::java::to_vec(&both), byterepr::java::to_vec(&bare));
    }
}

/// Deep recursive values encode through every entry point at depths that overflowed the
/// stack before the recursive paths were trimmed (measured with `examples/stack_depth`;
/// the figures are in the crate docs, "Limits"), and that their own `Drop` survives.
///
/// Each depth is run in a thread with a fixed 8 MiB stack, so the test does not depend on
/// the test harness's thread size. The depths are for the test profile (a debug build),
/// where frames are largest; an overflow aborts the test binary, which fails the run.
mod deep_values {
    use std::collections::HashMap;

    use byterepr::ByteRepr;
    use sha2::Digest;

    #[derive(ByteRepr)]
    pub(super) enum List {
        Nil,
        Cons(u32, Box<List>),
    }

    #[derive(ByteRepr)]
    pub(super) struct Tree(pub(super) Vec<Tree>);

    #[derive(ByteRepr)]
    pub(super) struct MapTree(pub(super) HashMap<u8, MapTree>);

    pub(super) fn list(depth: u32) -> List {
        (0..depth).fold(List::Nil, |next, n| List::Cons(n, Box::new(next)))
    }

    pub(super) fn tree(depth: u32) -> Tree {
        (0..depth).fold(Tree(Vec::new()), |child, _| Tree(vec![child]))
    }

    pub(super) fn map_tree(depth: u32) -> MapTree {
        (0..depth).fold(MapTree(HashMap::new()), |child, _| {
            MapTree(HashMap::from([(7, child)]))
        })
    }

    /// Runs `f` in a thread with an 8 MiB stack, the main thread's size on Linux.
    fn on_8_mib_stack(f: impl FnOnce() + Send + 'static) {
        std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(f)
            .expect("spawning the test thread")
            .join()
            .expect("the deep value encoded");
    }

    /// Depths in levels for each group of entry points.
    #[derive(Clone, Copy)]
    struct Depths {
        to_vec: u32,
        encoded_len: u32,
        hashes: u32,
        java: u32,
    }

    /// Runs every entry point at its depth, checking each against `to_vec` or
    /// `java::to_vec` of the same value; then the value's own `Drop`.
    fn encodes<T: ByteRepr + 'static>(build: fn(u32) -> T, depths: Depths) {
        on_8_mib_stack(move || {
            let value = build(depths.to_vec);
            let bytes = byterepr::to_vec(&value);
            drop(value);
            let value = build(depths.encoded_len);
            assert!(byterepr::encoded_len(&value) > usize::try_from(depths.encoded_len).unwrap());
            drop(value);
            let value = build(depths.hashes);
            // The hashes are checked against the bytes of this very value, when `to_vec` of
            // it is within the depth `to_vec` is tested at.
            let expected = (depths.hashes <= depths.to_vec).then(|| byterepr::to_vec(&value));
            let sha256 = byterepr::sha256(&value);
            let crc32 = byterepr::crc32(&value);
            if let Some(bytes) = expected {
                assert_eq!(sha256, <[u8; 32]>::from(sha2::Sha256::digest(&bytes)));
                assert_eq!(crc32, crc32fast::hash(&bytes));
            }
            drop(value);
            let value = build(depths.java);
            let java = byterepr::java::to_vec(&value).expect("a Java encoding");
            let digest = byterepr::java::sha256(&value).expect("a Java encoding");
            assert_eq!(digest, <[u8; 32]>::from(sha2::Sha256::digest(&java)));
            drop(value);
            assert!(!bytes.is_empty());
        });
    }

    // Before: 65,000 levels for `to_vec` and `encoded_len` (unchanged), 65,000 for `sha256`
    // and `crc32` (now 74,500), 32,500 for the Java helpers (now 34,750); `Drop`: 104,000.
    #[test]
    fn a_deep_list() {
        assert_eq!(byterepr::to_vec(&list(3))[..6], [1, 2, 0, 0, 0, 1]);
        encodes(
            list,
            Depths {
                to_vec: 60_000,
                encoded_len: 60_000,
                hashes: 70_000,
                java: 34_000,
            },
        );
    }

    // Before: 18,000 for `to_vec` and `encoded_len` (now 34,750 both), 20,125 for the
    // hashes (now 37,250), 13,750 for the Java helpers (now 26,000); `Drop`: 52,000.
    #[test]
    fn a_deep_tree_of_vectors() {
        encodes(
            tree,
            Depths {
                to_vec: 30_000,
                encoded_len: 30_000,
                hashes: 30_000,
                java: 24_000,
            },
        );
    }

    // Before: 7,437 for `to_vec` and `encoded_len` (now 10,437 and 16,250), 8,687 for the
    // hashes (now 10,437), 6,875 for the Java helpers (now 8,000); `Drop`: 15,750.
    #[test]
    fn a_deep_tree_of_hash_maps() {
        encodes(
            map_tree,
            Depths {
                to_vec: 9_500,
                encoded_len: 14_000,
                hashes: 9_500,
                java: 7_400,
            },
        );
    }
}

/// Impls that break the `ByteRepr` contract: no entry point panics or goes out of bounds,
/// and each does what the trait docs ("When an impl breaks the contract") say.
mod lying_impls {
    use std::cell::Cell;

    use byterepr::java::{self, Error};
    use byterepr::{BufferFull, ByteRepr, Sink};

    /// Writes `bytes` but claims `claimed` as its length.
    struct Claims {
        bytes: Vec<u8>,
        claimed: usize,
    }

    impl ByteRepr for Claims {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            sink.write_raw(&self.bytes)
        }

        fn encoded_len(&self) -> usize {
            self.claimed
        }
    }

    /// Writes a short string on odd calls and a string too long for Java on even ones.
    struct Flaky {
        calls: Cell<usize>,
    }

    impl ByteRepr for Flaky {
        fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
            let call = self.calls.get() + 1;
            self.calls.set(call);
            if call % 2 == 1 {
                sink.write_str("ok")
            } else {
                sink.write_str(&"x".repeat(70_000))
            }
        }
    }

    #[test]
    fn too_small_a_length_fails_to_slice_at_the_write_that_does_not_fit() {
        let value = Claims {
            bytes: vec![1; 10],
            claimed: 2,
        };
        let mut buf = [0u8; 4];
        assert_eq!(
            byterepr::to_slice(&value, &mut buf),
            Err(BufferFull {
                needed: 10,
                remaining: 4
            })
        );
        assert_eq!(buf, [0; 4]);
        let (mut buf, value) = (
            [0u8; 4],
            (
                1u8,
                Claims {
                    bytes: vec![2; 5],
                    claimed: 0,
                },
            ),
        );
        assert!(byterepr::to_slice(&value, &mut buf).is_err());
        assert_eq!(buf, [1, 0, 0, 0]);
        assert_eq!(byterepr::to_vec(&value), [1, 2, 2, 2, 2, 2]);
    }

    #[test]
    fn too_large_a_length_refuses_a_buffer_the_bytes_would_fit() {
        let value = Claims {
            bytes: vec![1, 2],
            claimed: 100,
        };
        let mut buf = [0u8; 8];
        assert_eq!(
            byterepr::to_slice(&value, &mut buf),
            Err(BufferFull {
                needed: 100,
                remaining: 8
            })
        );
        assert_eq!(buf, [0; 8]);
        let mut buf = [0u8; 100];
        assert_eq!(byterepr::to_slice(&value, &mut buf), Ok(2));
        assert_eq!(byterepr::to_vec(&value), [1, 2]);
        let mut bytes = vec![9];
        byterepr::extend_vec(&value, &mut bytes);
        assert_eq!(bytes, [9, 1, 2]);
        assert_eq!(byterepr::crc32(&value), crc32fast::hash(&[1, 2]));
    }

    #[test]
    fn a_nondeterministic_impl_gets_its_java_error_from_the_second_walk() {
        let flaky = || Flaky {
            calls: Cell::new(0),
        };
        // The length pass sees "ok", the write sees the long string.
        assert_eq!(
            java::to_vec(&flaky()),
            Err(Error::StringTooLong { len: 70_000 })
        );
        let mut bytes = vec![7];
        let value = flaky();
        value.calls.set(1); // the write sees the long string
        assert!(java::extend_vec(&value, &mut bytes).is_err());
        assert_eq!(bytes, [7]);
        let mut out = vec![7];
        let value = (1u8, flaky());
        assert!(java::write(&value, &mut out).is_err());
        assert_eq!(out, [7, 1], "what reached the sink before the error stays");
        assert!(java::sha256(&flaky()).is_ok(), "one walk only: sees \"ok\"");
        // Canonical helpers write what their own walk writes, whatever a length pass says:
        // `to_vec` walks for its length hint (call 1, "ok"), then for the bytes (call 2, the
        // long string), measuring again when the room runs out (call 3, "ok"), and the bytes
        // are still those of the write; a hasher walks once (call 4, the long string).
        let value = flaky();
        let bytes = byterepr::to_vec(&value);
        assert_eq!(
            (bytes.len(), &bytes[..4]),
            (3 + 70_000, &[0xf0, 0xa2, 0x04, b'x'][..])
        );
        assert_eq!(value.calls.get(), 3);
        assert_eq!(byterepr::crc32(&value), crc32fast::hash(&bytes));
    }
}

/// With feature `stacker`, depth costs heap instead of stack: every entry point encodes each
/// shape far deeper than its own `Drop` survives on the same 8 MiB stack (about 104,000
/// levels for the list, 52,000 for the tree, 15,750 for the map tree in a debug build).
/// `.ci/run` runs these with `cargo test -p byterepr-tests --features stacker`.
#[cfg(feature = "stacker")]
mod deep_values_with_stacker {
    use byterepr::ByteRepr;
    use sha2::Digest;

    use super::deep_values::{List, list, map_tree, tree};

    /// Every entry point on the value `build` makes, on an 8 MiB stack; `take_apart` then
    /// frees it a level at a time, since its own `Drop` would overflow.
    fn encodes<T: ByteRepr + 'static>(
        build: impl FnOnce() -> T + Send + 'static,
        take_apart: fn(T),
    ) {
        std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                let value = build();
                let bytes = byterepr::to_vec(&value);
                assert_eq!(byterepr::encoded_len(&value), bytes.len());
                assert_eq!(
                    byterepr::sha256(&value),
                    <[u8; 32]>::from(sha2::Sha256::digest(&bytes))
                );
                assert_eq!(byterepr::crc32(&value), crc32fast::hash(&bytes));
                let java = byterepr::java::to_vec(&value).expect("a Java encoding");
                let digest = byterepr::java::sha256(&value).expect("a Java encoding");
                assert_eq!(digest, <[u8; 32]>::from(sha2::Sha256::digest(&java)));
                take_apart(value);
            })
            .expect("spawning the test thread")
            .join()
            .expect("the deep value encoded");
    }

    #[test]
    fn a_list_four_times_deeper_than_its_drop() {
        encodes(
            || list(400_000),
            |mut list| {
                while let List::Cons(_, next) = list {
                    list = *next;
                }
            },
        );
    }

    #[test]
    fn a_tree_of_vectors_four_times_deeper_than_its_drop() {
        encodes(
            || tree(200_000),
            |mut tree| {
                while let Some(child) = tree.0.pop() {
                    tree = child;
                }
            },
        );
    }

    #[test]
    fn a_tree_of_hash_maps_four_times_deeper_than_its_drop() {
        encodes(
            || map_tree(64_000),
            |mut tree| {
                while let Some((_, child)) = tree.0.into_iter().next() {
                    tree = child;
                }
            },
        );
    }
}
