//! Hashing sinks, one-call helpers, the chaining DSL and the fold-friendly encoder.
//!
//! The reference for every streamed hash is the hasher's own API run over `to_vec` of the
//! same value: streaming must change how the bytes travel, never which bytes are hashed.

use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;
use std::hash::{DefaultHasher, Hasher};

use byterepr::hash::{
    BATCH, Blake3Sink, Crc32Sink, Digest010Sink, DigestSink, FinalizeReset, HashSink, HasherSink,
    Hex, Sha256Sink, Xxh3_128Sink, Xxh3Sink,
};
use byterepr::{ByteRepr, DynByteRepr, Encoder, Sink, SliceSink};
use proptest::prelude::*;
use sha2::Digest as _;

use crate::alloc_count::count_allocations;

/// A `Hasher` that records every `write` call, to see how the bridge cuts the bytes.
#[derive(Default)]
struct Recorder {
    writes: Vec<Vec<u8>>,
}

impl Hasher for Recorder {
    fn finish(&self) -> u64 {
        self.writes.iter().map(Vec::len).sum::<usize>() as u64
    }

    fn write(&mut self, bytes: &[u8]) {
        self.writes.push(bytes.to_vec());
    }
}

/// Values of many shapes: empty, tiny, exactly one batch, spilling over several batches,
/// bulk slices and unordered maps.
fn sample_encodings() -> Vec<Vec<u8>> {
    let map: HashMap<String, Vec<u16>> = (0..40)
        .map(|i| (format!("key-{i}"), vec![i; usize::from(i)]))
        .collect();
    let tree: BTreeMap<u8, &str> = [(3, "c"), (1, "a")].into();
    vec![
        byterepr::to_vec(&()),
        byterepr::to_vec(&7u8),
        byterepr::to_vec(&("DSL", 32i32, true)),
        byterepr::to_vec(&[0xabu8; BATCH - 1]),
        byterepr::to_vec(&[0xcdu8; BATCH]),
        byterepr::to_vec(&[0xefu8; BATCH + 1]),
        byterepr::to_vec(&"x".repeat(3 * BATCH + 17)),
        byterepr::to_vec(&(0..5000u64).collect::<Vec<_>>()),
        byterepr::to_vec(&vec![1.5f64, -0.0, f64::NAN]),
        byterepr::to_vec(&map),
        byterepr::to_vec(&tree),
        byterepr::to_vec(&(Some("option"), Ok::<u8, String>(9), 'é', u128::MAX)),
    ]
}

/// Runs `check` on the values behind [`sample_encodings`], each with its expected bytes.
fn for_each_sample(mut check: impl FnMut(&dyn DynByteRepr, &[u8])) {
    let map: HashMap<String, Vec<u16>> = (0..40)
        .map(|i| (format!("key-{i}"), vec![i; usize::from(i)]))
        .collect();
    let tree: BTreeMap<u8, &str> = [(3, "c"), (1, "a")].into();
    let long = "x".repeat(3 * BATCH + 17);
    let bulk: Vec<u64> = (0..5000).collect();
    let floats = vec![1.5f64, -0.0, f64::NAN];
    let mixed = (Some("option"), Ok::<u8, String>(9), 'é', u128::MAX);
    let values: [&dyn DynByteRepr; 12] = [
        &(),
        &7u8,
        &("DSL", 32i32, true),
        &[0xabu8; BATCH - 1],
        &[0xcdu8; BATCH],
        &[0xefu8; BATCH + 1],
        &long,
        &bulk,
        &floats,
        &map,
        &tree,
        &mixed,
    ];
    let expected = sample_encodings();
    assert_eq!(values.len(), expected.len());
    for (value, bytes) in values.into_iter().zip(&expected) {
        assert_eq!(
            &byterepr::to_vec(value),
            bytes,
            "dyn encodes like the value"
        );
        check(value, bytes);
    }
}

/// Writes `value` into `sink`, which cannot fail.
fn write<S: Sink<Error = Infallible>>(value: &(impl ByteRepr + ?Sized), mut sink: S) -> S {
    match value.write_to(&mut sink) {
        Ok(()) => sink,
    }
}

#[test]
fn every_sink_equals_hashing_to_vec() {
    for_each_sample(|value, bytes| {
        assert_eq!(
            write(value, DigestSink::<sha2::Sha256>::new()).finalize(),
            sha2::Sha256::digest(bytes)
        );
        assert_eq!(
            write(value, DigestSink::<sha2::Sha512>::new()).finalize(),
            sha2::Sha512::digest(bytes)
        );
        assert_eq!(
            write(value, Digest010Sink::<sha2_010::Sha256>::new()).finalize(),
            <sha2_010::Sha256 as sha2_010::Digest>::digest(bytes)
        );
        assert_eq!(
            write(value, Crc32Sink::new()).finalize(),
            crc32fast::hash(bytes)
        );
        assert_eq!(
            write(value, Blake3Sink::new()).finalize(),
            blake3::hash(bytes)
        );
        assert_eq!(
            write(value, Xxh3Sink::new()).finalize(),
            xxhash_rust::xxh3::xxh3_64(bytes)
        );
        assert_eq!(
            write(value, Xxh3_128Sink::new()).finalize(),
            xxhash_rust::xxh3::xxh3_128(bytes)
        );
        let mut plain = DefaultHasher::new();
        plain.write(bytes);
        assert_eq!(
            write(value, HasherSink::from_hasher(DefaultHasher::new())).finish(),
            plain.finish()
        );
    });
}

#[test]
fn every_helper_equals_hashing_to_vec() {
    for_each_sample(|value, bytes| {
        assert_eq!(byterepr::sha256(value)[..], sha2::Sha256::digest(bytes)[..]);
        assert_eq!(
            byterepr::sha256_hex(value),
            Hex(&sha2::Sha256::digest(bytes)).to_string()
        );
        assert_eq!(
            byterepr::digest::<sha2::Sha384>(value),
            sha2::Sha384::digest(bytes)
        );
        assert_eq!(
            byterepr::hash::digest010::<sha2_010::Sha512>(value),
            <sha2_010::Sha512 as sha2_010::Digest>::digest(bytes)
        );
        assert_eq!(byterepr::crc32(value), crc32fast::hash(bytes));
        assert_eq!(byterepr::blake3(value), blake3::hash(bytes));
        assert_eq!(byterepr::xxh3_64(value), xxhash_rust::xxh3::xxh3_64(bytes));
        assert_eq!(
            byterepr::xxh3_128(value),
            xxhash_rust::xxh3::xxh3_128(bytes)
        );
        let mut plain = DefaultHasher::new();
        plain.write(bytes);
        assert_eq!(
            byterepr::std_hash(value, DefaultHasher::new()),
            plain.finish()
        );
    });
}

#[test]
fn known_answers() {
    // The canonical encoding of a byte array is its bytes (arrays have no length), so these
    // are the standard test vectors of each algorithm.
    assert_eq!(
        byterepr::sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(
        byterepr::sha256_hex(&()),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(byterepr::crc32(b"123456789"), 0xcbf4_3926);
    assert_eq!(byterepr::crc32(&()), 0);
    // XXH3 of no bytes, seed 0 (the reference implementation's value).
    assert_eq!(byterepr::xxh3_64(&()), 0x2d06_8005_38d3_94c2);
    assert_eq!(
        byterepr::xxh3_128(&()),
        0x99aa_06d3_0147_98d8_6001_c324_468d_497f
    );
    // A `str` is its length first: "abc" hashes as the bytes 03 61 62 63.
    assert_eq!(
        byterepr::sha256("abc"),
        <[u8; 32]>::from(sha2::Sha256::digest([3, b'a', b'b', b'c']))
    );
}

#[test]
fn hex_is_lowercase_two_digits_per_byte() {
    assert_eq!(Hex(&[]).to_string(), "");
    assert_eq!(Hex(&[0x00, 0x0f, 0xf0, 0xff]).to_string(), "000ff0ff");
    assert_eq!(format!("{:?}", Hex(&[0xa5])), "a5");
    assert_eq!(format!("{:x}", Hex(&[0x5a])), "5a");
}

#[test]
fn std_bridge_cuts_bytes_at_batch_boundaries_only() {
    for_each_sample(|value, bytes| {
        let recorder = write(value, HasherSink::<Recorder>::new()).into_hasher();
        let expected: Vec<Vec<u8>> = bytes.chunks(BATCH).map(<[u8]>::to_vec).collect();
        assert_eq!(recorder.writes, expected);

        let small = write(value, HasherSink::<_, 7>::batched(Recorder::default())).into_hasher();
        let expected: Vec<Vec<u8>> = bytes.chunks(7).map(<[u8]>::to_vec).collect();
        assert_eq!(small.writes, expected);
    });
}

/// `std_hash` and `hash_canonical` make the writes of a `HasherSink`, whichever of their
/// paths a value takes: a batch on the stack (a lent hasher), or a register for a value of
/// a fixed size of at most 16 bytes.
#[test]
fn std_hash_writes_what_a_hasher_sink_writes() {
    fn check<T: ByteRepr + ?Sized>(value: &T) {
        let expected = write(value, HasherSink::<Recorder>::new())
            .into_hasher()
            .writes;
        let mut recorder = Recorder::default();
        let _ = byterepr::std_hash(value, &mut recorder);
        assert_eq!(recorder.writes, expected, "std_hash");
        let mut recorder = Recorder::default();
        byterepr::hash::hash_canonical(value, &mut recorder);
        assert_eq!(recorder.writes, expected, "hash_canonical");
        let mut recorder = Recorder::default();
        byterepr::hash::hash_canonical(value, &mut recorder as &mut dyn Hasher);
        assert_eq!(
            recorder.writes, expected,
            "hash_canonical into a dyn Hasher"
        );
    }
    for_each_sample(|value, _| check(value));
    check(&());
    check(&7u8);
    check(&(1u32, true));
    check(&u128::MAX);
    check(&[3u8; 17]);
    for len in [
        0,
        1,
        BATCH - 2,
        BATCH - 1,
        BATCH,
        BATCH + 1,
        2 * BATCH,
        5 * BATCH + 3,
    ] {
        check(&(7u8, "y".repeat(len)));
    }
}

#[test]
fn std_bridge_through_a_borrowed_hasher_keeps_it() {
    let mut hasher = DefaultHasher::new();
    let first = byterepr::std_hash(&1u32, &mut hasher);
    let mut plain = DefaultHasher::new();
    plain.write(&1u32.to_le_bytes());
    assert_eq!(first, plain.finish());
    let _ = byterepr::std_hash(&2u32, &mut hasher);
    plain.write(&2u32.to_le_bytes());
    assert_eq!(hasher.finish(), plain.finish());
}

#[test]
fn sinks_start_from_a_hasher_that_has_a_prefix() {
    let mut prefixed = sha2::Sha256::new();
    sha2::Digest::update(&mut prefixed, b"domain:");
    let streamed = write(&42u64, DigestSink::<_>::from_hasher(prefixed)).finalize();
    let mut expected = b"domain:".to_vec();
    expected.extend(42u64.to_le_bytes());
    assert_eq!(streamed, sha2::Sha256::digest(&expected));

    let keyed = blake3::Hasher::new_keyed(&[7; 32]);
    let streamed = write(&"v", Blake3Sink::from_hasher(keyed)).finalize();
    assert_eq!(streamed, blake3::keyed_hash(&[7; 32], &[1, b'v']));

    let mut crc = crc32fast::Hasher::new();
    crc.update(b"head");
    let streamed = write(&[9u8; 3], Crc32Sink::from_hasher(crc)).finalize();
    assert_eq!(streamed, crc32fast::hash(b"head\x09\x09\x09"));

    let seeded = xxhash_rust::xxh3::Xxh3::with_seed(99);
    let streamed = write(&[9u8; 3], Xxh3Sink::from_hasher(seeded)).finalize();
    assert_eq!(streamed, xxhash_rust::xxh3::xxh3_64_with_seed(&[9; 3], 99));
}

/// Every hashing sink is one type with one set of constructors and methods: each way to
/// build one and each way to finish it gives the hash of the same bytes, and
/// `finalize_reset` leaves a sink that hashes the next value from scratch.
fn check_uniform_api<F>(expected: impl Fn(&[u8]) -> F::Output)
where
    F: FinalizeReset<Hasher: Default + Clone>,
    F::Output: PartialEq + std::fmt::Debug,
{
    let values = ["first", &"x".repeat(3 * BATCH + 1), ""];
    let mut reused = HashSink::<F>::new();
    for value in values {
        let bytes = byterepr::to_vec(value);
        let Ok(()) = value.write_to(&mut reused);
        let cloned = reused.clone();
        assert_eq!(reused.finalize_reset(), expected(&bytes), "{value}");
        assert_eq!(cloned.finalize(), expected(&bytes));
        let fresh = [
            write(value, HashSink::<F>::default()),
            write(value, HashSink::<F>::from_hasher(F::Hasher::default())),
            write(value, HashSink::<F>::batched(F::Hasher::default())),
        ];
        for sink in fresh {
            assert_eq!(sink.finalize(), expected(&bytes));
        }
        let small = write(value, HashSink::<F, 16>::batched(F::Hasher::default()));
        let hasher: F::Hasher = small.into_hasher();
        assert_eq!(F::finalize(hasher), expected(&bytes));
    }
}

#[test]
fn every_sink_has_the_same_constructors_and_methods() {
    use byterepr::hash::{Blake3, Crc32, RustCrypto, RustCrypto010, StdHasher, Xxh3_64, Xxh3_128};
    check_uniform_api::<RustCrypto<sha2::Sha256>>(|bytes| sha2::Sha256::digest(bytes));
    check_uniform_api::<RustCrypto010<sha2_010::Sha256>>(|bytes| {
        <sha2_010::Sha256 as sha2_010::Digest>::digest(bytes)
    });
    check_uniform_api::<Crc32>(crc32fast::hash);
    check_uniform_api::<Blake3>(blake3::hash);
    check_uniform_api::<Xxh3_64>(xxhash_rust::xxh3::xxh3_64);
    check_uniform_api::<Xxh3_128>(xxhash_rust::xxh3::xxh3_128);
    check_uniform_api::<StdHasher<DefaultHasher>>(|bytes| {
        let mut plain = DefaultHasher::new();
        plain.write(bytes);
        plain.finish()
    });
}

#[test]
fn finalize_reset_starts_the_next_value_from_a_fresh_hasher() {
    let mut sha = Sha256Sink::new();
    let mut sha010 = Digest010Sink::<sha2_010::Sha256>::new();
    let mut crc = Crc32Sink::new();
    for value in [
        "first",
        "second, longer than one batch of bytes...........................................................................................",
        "",
    ] {
        let bytes = byterepr::to_vec(value);
        let Ok(()) = value.write_to(&mut sha);
        let Ok(()) = value.write_to(&mut sha010);
        let Ok(()) = value.write_to(&mut crc);
        assert_eq!(sha.finalize_reset(), sha2::Sha256::digest(&bytes));
        assert_eq!(
            sha010.finalize_reset(),
            <sha2_010::Sha256 as sha2_010::Digest>::digest(&bytes)
        );
        assert_eq!(crc.finalize_reset(), crc32fast::hash(&bytes));
    }
}

/// Writes `pieces` as raw writes into every sink with batch size `N` and compares each with
/// hashing their concatenation.
fn check_raw_pieces<const N: usize>(pieces: &[Vec<u8>]) {
    let all: Vec<u8> = pieces.concat();
    let mut sha = DigestSink::<sha2::Sha256, N>::default();
    let mut sha010 = Digest010Sink::<sha2_010::Sha256, N>::batched(sha2_010::Sha256::default());
    let mut crc = Crc32Sink::<N>::default();
    let mut blake = Blake3Sink::<N>::batched(blake3::Hasher::new());
    let mut recorder = HasherSink::<_, N>::batched(Recorder::default());
    let mut xxh3 = Xxh3_128Sink::<N>::default();
    for piece in pieces {
        let Ok(()) = xxh3.write_raw(piece);
        let Ok(()) = sha.write_raw(piece);
        let Ok(()) = sha010.write_raw(piece);
        let Ok(()) = crc.write_raw(piece);
        let Ok(()) = blake.write_raw(piece);
        let Ok(()) = recorder.write_raw(piece);
    }
    assert_eq!(sha.finalize(), sha2::Sha256::digest(&all));
    assert_eq!(
        sha010.finalize(),
        <sha2_010::Sha256 as sha2_010::Digest>::digest(&all)
    );
    assert_eq!(crc.finalize(), crc32fast::hash(&all));
    assert_eq!(blake.finalize(), blake3::hash(&all));
    assert_eq!(xxh3.finalize(), xxhash_rust::xxh3::xxh3_128(&all));
    let expected: Vec<Vec<u8>> = all.chunks(N).map(<[u8]>::to_vec).collect();
    assert_eq!(recorder.into_hasher().writes, expected);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Writes of any sizes, around and across batch boundaries, reach the hasher as the
    /// same byte stream.
    #[test]
    fn raw_writes_of_any_size_hash_as_their_concatenation(
        pieces in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..300), 0..12),
    ) {
        check_raw_pieces::<BATCH>(&pieces);
        check_raw_pieces::<1>(&pieces);
        check_raw_pieces::<13>(&pieces);
        check_raw_pieces::<64>(&pieces);
    }

    #[test]
    fn helpers_equal_hashing_to_vec_on_random_records(
        id in any::<u64>(),
        name in ".{0,80}",
        score in any::<f64>(),
        tags in prop::collection::vec(any::<i32>(), 0..100),
        note in prop::option::of(".{0,200}"),
    ) {
        let record = (id, name, score, tags, note);
        let bytes = byterepr::to_vec(&record);
        prop_assert_eq!(&byterepr::sha256(&record)[..], &sha2::Sha256::digest(&bytes)[..]);
        prop_assert_eq!(byterepr::crc32(&record), crc32fast::hash(&bytes));
        prop_assert_eq!(byterepr::blake3(&record), blake3::hash(&bytes));
        prop_assert_eq!(
            byterepr::hash::digest010::<sha2_010::Sha256>(&record),
            <sha2_010::Sha256 as sha2_010::Digest>::digest(&bytes)
        );
        let mut plain = DefaultHasher::new();
        plain.write(&bytes);
        prop_assert_eq!(byterepr::std_hash(&record, DefaultHasher::new()), plain.finish());
    }

    /// `bytes!`, `write_all!` and `chain!` equal writing the values one after another.
    #[test]
    fn dsl_equals_sequential_writes(
        text in ".{0,40}",
        number in any::<i64>(),
        flag in any::<bool>(),
        list in prop::collection::vec(any::<u16>(), 0..50),
    ) {
        let mut sequential = Vec::new();
        let Ok(()) = text.write_to(&mut sequential);
        let Ok(()) = number.write_to(&mut sequential);
        let Ok(()) = flag.write_to(&mut sequential);
        let Ok(()) = list.write_to(&mut sequential);

        prop_assert_eq!(&byterepr::bytes![text, number, flag, list], &sequential);
        let mut sink = Vec::new();
        let Ok(()) = byterepr::write_all!(&mut sink; text, number, flag, list);
        prop_assert_eq!(&sink, &sequential);
        let chained = byterepr::chain![text, number, flag, list];
        prop_assert_eq!(byterepr::encoded_len(&chained), sequential.len());
        prop_assert_eq!(&byterepr::sha256(&chained)[..], &sha2::Sha256::digest(&sequential)[..]);
        prop_assert_eq!(byterepr::crc32(&chained), crc32fast::hash(&sequential));
    }

    /// fold, `Extend` and `FromIterator` give the concatenation of the items, into bytes and
    /// into every hasher.
    #[test]
    fn fold_extend_and_collect_agree(items in prop::collection::vec(".{0,30}", 0..40)) {
        let concatenated: Vec<u8> = items.iter().flat_map(byterepr::to_vec).collect();

        let folded = items.iter().fold(Encoder::new(), Encoder::push).finish();
        prop_assert_eq!(&folded, &concatenated);
        let mut extended = Encoder::new();
        extended.extend(&items);
        prop_assert_eq!(&extended.finish(), &concatenated);
        let collected: Encoder = items.iter().collect();
        prop_assert_eq!(&collected.finish(), &concatenated);
        let by_value: Encoder = items.clone().into_iter().collect();
        prop_assert_eq!(&by_value.finish(), &concatenated);

        let sha = items.iter().fold(Encoder::sha256(), Encoder::push).finish();
        prop_assert_eq!(sha, sha2::Sha256::digest(&concatenated));
        let sha512: Encoder<DigestSink<sha2::Sha512>> = items.iter().collect();
        prop_assert_eq!(sha512.finish(), sha2::Sha512::digest(&concatenated));
        let mut crc = Encoder::crc32();
        crc.extend(items.iter());
        prop_assert_eq!(crc.finish(), crc32fast::hash(&concatenated));
        let blake = items.iter().fold(Encoder::blake3(), Encoder::push).finish();
        prop_assert_eq!(blake, blake3::hash(&concatenated));
        let digest = items.iter().fold(Encoder::digest(sha2::Sha224::new()), Encoder::push);
        prop_assert_eq!(digest.finish(), sha2::Sha224::digest(&concatenated));
        let std = items.iter().fold(Encoder::hasher(DefaultHasher::new()), Encoder::push);
        let mut plain = DefaultHasher::new();
        plain.write(&concatenated);
        prop_assert_eq!(std.finish(), plain.finish());
    }
}

#[test]
fn dsl_golden_bytes() {
    // "DSL": LEB128 length 3 then UTF-8; 32i32: 4 bytes little-endian; true: 1.
    assert_eq!(
        byterepr::bytes!["DSL", 32i32, true],
        [0x03, 0x44, 0x53, 0x4c, 0x20, 0x00, 0x00, 0x00, 0x01]
    );
    assert_eq!(byterepr::bytes![], Vec::<u8>::new());
    assert_eq!(byterepr::bytes![1u8,], [1]);
    // Expressions are evaluated once and borrowed, not moved.
    let mut calls = 0;
    let mut next = || {
        calls += 1;
        calls
    };
    let owned = String::from("ab");
    assert_eq!(byterepr::bytes![next(), owned], [1, 0, 0, 0, 2, b'a', b'b']);
    assert_eq!(calls, 1);
    assert_eq!(owned, "ab");
}

#[test]
fn chain_is_a_value_with_an_exact_length() {
    let chained = byterepr::chain![String::from("temporary"), 1u64, [2u8; 3]];
    assert_eq!(byterepr::encoded_len(&chained), 1 + 9 + 8 + 3);
    assert_eq!(
        <(&u8, (&u32, ())) as ByteRepr>::ENCODED_SIZE,
        Some(5),
        "a chain of fixed-size values has a fixed size"
    );
    let (bytes, allocations) = count_allocations(|| byterepr::to_vec(&chained));
    assert_eq!(bytes.len(), 21);
    assert_eq!(allocations, 1, "to_vec of a chain allocates once");
}

#[test]
fn dyn_lists_fold_like_their_values() {
    let numbers = vec![1u16, 2];
    let list: Vec<&dyn DynByteRepr> = vec![&"DSL", &32i32, &true, &numbers];
    let folded = list.iter().fold(Encoder::new(), |e, v| e.push(*v)).finish();
    assert_eq!(
        folded,
        byterepr::to_vec(&("DSL", 32i32, true, vec![1u16, 2]))
    );
    assert_eq!(
        byterepr::to_vec(&list[..])[0],
        4,
        "a slice of objects has its length"
    );
    let encoded_len: usize = list.iter().map(|v| byterepr::encoded_len(*v)).sum();
    assert_eq!(encoded_len, folded.len());
    let sha = list
        .iter()
        .fold(Encoder::sha256(), |e, v| e.push(*v))
        .finish();
    assert_eq!(sha, sha2::Sha256::digest(&folded));
}

/// A format adapter for the test: `u32` big-endian, everything else canonical.
struct BigEndianU32<S>(S);

impl<S: Sink> Sink for BigEndianU32<S> {
    type Error = S::Error;

    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), S::Error> {
        self.0.write_raw(bytes)
    }

    fn write_u32(&mut self, value: u32) -> Result<(), S::Error> {
        self.0.write_raw(&value.to_be_bytes())
    }
}

#[test]
fn dyn_values_keep_the_sink_format_and_its_errors() {
    let value: &dyn DynByteRepr = &(0x0102_0304u32, "a");
    let mut sink = BigEndianU32(Vec::new());
    let Ok(()) = value.write_to(&mut sink);
    assert_eq!(sink.0, [1, 2, 3, 4, 1, b'a']);

    // A sink error comes back with its own type and fields, through the erased path.
    let mut buf = [0u8; 5];
    let mut small = SliceSink::new(&mut buf);
    let error = value.write_to(&mut small).unwrap_err();
    assert_eq!(
        (error.needed, error.remaining),
        (1, 0),
        "the 'a' did not fit"
    );
    assert_eq!(small.written(), [4, 3, 2, 1, 1]);
    let long: &dyn DynByteRepr = &"more";
    let error = long.write_to(&mut small).unwrap_err();
    assert_eq!(
        (error.needed, error.remaining),
        (1, 0),
        "not even its length fits"
    );

    // Unordered collections go through `with_scratch` of the erased sink.
    let map: HashMap<u8, &str> = [(1, "one"), (2, "two"), (3, "three")].into();
    let object: &dyn DynByteRepr = &map;
    assert_eq!(byterepr::to_vec(object), byterepr::to_vec(&map));
}

#[test]
fn encoder_keeps_the_first_error_and_skips_the_rest() {
    let mut buf = [0u8; 5];
    let encoder = Encoder::with_sink(SliceSink::new(&mut buf))
        .push(&1u32)
        .push(&2u32)
        .push(&3u8);
    let error = encoder.into_sink().unwrap_err();
    assert_eq!((error.needed, error.remaining), (4, 1));
    assert_eq!(buf, [1, 0, 0, 0, 0], "nothing after the failed write");
}

#[test]
fn hashing_ten_million_lazy_items_allocates_nothing() {
    const COUNT: u32 = 10_000_000;
    let items = || (0..COUNT).map(|i| (u64::from(i), i % 3 == 0));
    let (digest, allocations) = count_allocations(|| {
        let mut sink = Sha256Sink::new();
        byterepr::write_seq(&mut sink, items()).unwrap();
        sink.finalize()
    });
    assert_eq!(allocations, 0);
    // The same bytes, materialised: 10_000_000 in LEB128 is 80 ad e2 04.
    let mut expected = vec![0x80, 0xad, 0xe2, 0x04];
    for (number, flag) in items() {
        expected.extend(number.to_le_bytes());
        expected.push(u8::from(flag));
    }
    assert_eq!(expected.len(), 4 + 9 * 10_000_000);
    assert_eq!(digest, sha2::Sha256::digest(&expected));

    let (crc, allocations) = count_allocations(|| {
        let mut sink = Crc32Sink::new();
        byterepr::write_seq(&mut sink, items()).unwrap();
        sink.finalize()
    });
    assert_eq!(allocations, 0);
    assert_eq!(crc, crc32fast::hash(&expected));
}

/// A value of `len` bytes that exists only while it is written: a byte string of repeated
/// 64 KiB blocks, encoded as a `[u8]` of that length.
struct Huge {
    len: usize,
}

impl ByteRepr for Huge {
    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        static BLOCK: [u8; 1 << 16] = [0x5a; 1 << 16];
        sink.write_len(self.len)?;
        let mut left = self.len;
        while left > 0 {
            let n = left.min(BLOCK.len() - 3);
            // Odd sizes, so the writes do not line up with batch boundaries.
            sink.write_raw(&BLOCK[..n])?;
            left -= n;
        }
        Ok(())
    }
}

#[test]
fn hashing_a_large_value_allocates_nothing() {
    let huge = Huge { len: 256 << 20 };
    let (hashes, allocations) = count_allocations(|| {
        (
            byterepr::blake3(&huge),
            byterepr::std_hash(&huge, DefaultHasher::new()),
        )
    });
    assert_eq!(allocations, 0);
    let bytes = byterepr::to_vec(&vec![0x5au8; 256 << 20]);
    assert_eq!(hashes.0, blake3::hash(&bytes));
    let mut plain = DefaultHasher::new();
    plain.write(&bytes);
    assert_eq!(hashes.1, plain.finish());

    // Every helper on an 8 MiB value already in memory.
    let bulk: Vec<u64> = (0..1u64 << 20).collect();
    let (_, allocations) = count_allocations(|| {
        (
            byterepr::sha256(&bulk),
            byterepr::crc32(&bulk),
            byterepr::digest::<sha2::Sha512>(&bulk),
            byterepr::hash::digest010::<sha2_010::Sha256>(&bulk),
            byterepr::blake3(&bulk),
            byterepr::xxh3_64(&bulk),
            byterepr::xxh3_128(&bulk),
            items_fold(&bulk),
        )
    });
    assert_eq!(allocations, 0);
}

fn items_fold(items: &[u64]) -> u32 {
    items.iter().fold(Encoder::crc32(), Encoder::push).finish()
}
