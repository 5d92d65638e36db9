//! Injectivity: exhaustive enumeration of small domains, asserting that no two distinct values
//! share bytes and that no encoding is a proper prefix of another (each value's encoding is
//! self-delimiting, which is what lets tuples and containers concatenate encodings safely).
//!
//! Each test pins the number of values it enumerates, so a shrinking domain fails loudly.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Debug;

use byterepr::ByteRepr;

/// Encodes every value, panics on the first two that share bytes or where one encoding is a
/// proper prefix of another, and returns how many values there were.
fn assert_injective<T: ByteRepr + Debug>(values: impl IntoIterator<Item = T>) -> usize {
    let mut seen: HashMap<Vec<u8>, T> = HashMap::new();
    let mut count = 0;
    for value in values {
        let bytes = byterepr::to_vec(&value);
        if let Some(previous) = seen.get(&bytes) {
            panic!("{previous:?} and {value:?} both encode as {bytes:02x?}");
        }
        seen.insert(bytes, value);
        count += 1;
    }
    assert_eq!(seen.len(), count, "distinct encodings");
    // In sorted order, an encoding that is a prefix of another is a prefix of its successor.
    let mut encodings: Vec<&Vec<u8>> = seen.keys().collect();
    encodings.sort();
    for pair in encodings.windows(2) {
        assert!(
            !pair[1].starts_with(pair[0]),
            "{:?} encodes as {:02x?}, a prefix of {:?}'s {:02x?}",
            seen[pair[0]],
            pair[0],
            seen[pair[1]],
            pair[1],
        );
    }
    count
}

/// Every string over `alphabet` of length at most `max_len`.
fn strings(alphabet: &[char], max_len: usize) -> Vec<String> {
    sequences(alphabet, max_len)
        .into_iter()
        .map(|chars| chars.into_iter().collect())
        .collect()
}

/// Every sequence of items from `items` of length at most `max_len`, shortest first.
fn sequences<T: Clone>(items: &[T], max_len: usize) -> Vec<Vec<T>> {
    let mut all = vec![Vec::new()];
    let mut previous_length = vec![Vec::new()];
    for _ in 0..max_len {
        let mut next = Vec::new();
        for prefix in &previous_length {
            for item in items {
                let mut longer: Vec<T> = prefix.clone();
                longer.push(item.clone());
                next.push(longer);
            }
        }
        all.extend(next.iter().cloned());
        previous_length = next;
    }
    all
}

/// Every map from a subset of `keys` to values in `values`.
fn maps<K: Clone, V: Clone>(keys: &[K], values: &[V]) -> Vec<Vec<(K, V)>> {
    let mut all = vec![Vec::new()];
    for key in keys {
        let mut next = Vec::new();
        for map in &all {
            next.push(map.clone()); // key absent
            for value in values {
                let mut with: Vec<(K, V)> = map.clone();
                with.push((key.clone(), value.clone()));
                next.push(with);
            }
        }
        all = next;
    }
    all
}

#[test]
fn string_pairs_over_two_letters() {
    let words = strings(&['a', 'b'], 3); // 1 + 2 + 4 + 8 = 15
    let pairs = words
        .iter()
        .flat_map(|a| words.iter().map(move |b| (a.clone(), b.clone())));
    assert_eq!(assert_injective(pairs), 15 * 15);
}

#[test]
fn nested_byte_vectors() {
    let inner = sequences(&[0u8, 1, 128], 2); // 1 + 3 + 9 = 13
    let outer = sequences(&inner, 3); // 1 + 13 + 169 + 2197
    assert_eq!(assert_injective(outer), 2380);
}

#[test]
fn byte_vector_pairs() {
    // Without length prefixes, ([0], []) and ([], [0]) would collide.
    let vectors = sequences(&[0u8, 1], 3); // 15
    let pairs = vectors
        .iter()
        .flat_map(|a| vectors.iter().map(move |b| (a.clone(), b.clone())));
    assert_eq!(assert_injective(pairs), 225);
}

#[test]
fn nested_options() {
    let values = [None, Some(None), Some(Some(false)), Some(Some(true))];
    assert_eq!(assert_injective(values), 4);
}

#[test]
fn vectors_of_optional_strings() {
    let options: Vec<Option<String>> = std::iter::once(None)
        .chain(strings(&['a', 'b'], 2).into_iter().map(Some))
        .collect(); // None and 7 strings
    assert_eq!(assert_injective(sequences(&options, 3)), 1 + 8 + 64 + 512);
}

#[test]
fn vectors_of_strings() {
    // "ab" alone against "a", "b": the lengths keep them apart.
    let words = strings(&['a', 'b'], 2);
    assert_eq!(assert_injective(sequences(&words, 3)), 1 + 7 + 49 + 343);
}

#[test]
fn results_over_every_byte() {
    let values = (0..=u8::MAX)
        .map(Ok::<u8, u8>)
        .chain((0..=u8::MAX).map(Err));
    assert_eq!(assert_injective(values), 512);
}

#[test]
fn optional_byte_and_bools() {
    let options: Vec<Option<u8>> = std::iter::once(None)
        .chain((0..=u8::MAX).map(Some))
        .collect();
    let bools = sequences(&[false, true], 3); // 15
    let values = options
        .iter()
        .flat_map(|o| bools.iter().map(move |b| (*o, b.clone())));
    assert_eq!(assert_injective(values), 257 * 15);
}

#[test]
fn btree_maps_of_byte_vectors() {
    let values = sequences(&[0u8, 1], 2); // 7
    let all: Vec<BTreeMap<u8, Vec<u8>>> = maps(&[0u8, 1, 2], &values)
        .into_iter()
        .map(BTreeMap::from_iter)
        .collect();
    assert_eq!(assert_injective(all), 8 * 8 * 8);
}

#[test]
fn hash_maps_of_strings() {
    let keys = strings(&['a', 'b'], 2)[..4].to_vec(); // "", "a", "b", "aa"
    assert_eq!(keys, ["", "a", "b", "aa"]);
    let all: Vec<HashMap<String, u8>> = maps(&keys, &[0u8, 1])
        .into_iter()
        .map(HashMap::from_iter)
        .collect();
    assert_eq!(assert_injective(all), 3 * 3 * 3 * 3);
}

#[test]
fn hash_sets_of_byte_vectors() {
    let elements = sequences(&[0u8, 1], 2); // 7 elements: every subset
    let all: Vec<HashSet<Vec<u8>>> = maps(&elements, &[()])
        .into_iter()
        .map(|entries| entries.into_iter().map(|(key, ())| key).collect())
        .collect();
    assert_eq!(assert_injective(all), 1 << 7);
}

#[test]
fn char_vectors() {
    let chars = ['\0', 'a', 'é', '€', '😀'];
    assert_eq!(assert_injective(sequences(&chars, 3)), 1 + 5 + 25 + 125);
}

#[test]
fn option_vec_option_bytes() {
    let items = [None, Some(0u8), Some(1)];
    let values = std::iter::once(None).chain(sequences(&items, 3).into_iter().map(Some));
    assert_eq!(assert_injective(values), 1 + 1 + 3 + 9 + 27);
}

/// Bit patterns with every sign and exponent and a few mantissas, split into NaNs and the rest.
fn f64_patterns() -> (Vec<u64>, Vec<u64>) {
    let mantissas = [
        0u64,
        1,
        2,
        0x0008_0000_0000_0000,
        0x000f_ffff_ffff_ffff,
        0x0000_dead_beef_0000,
    ];
    let mut numbers = Vec::new();
    let mut nans = Vec::new();
    for sign in [0u64, 1] {
        for exponent in 0..=0x7ffu64 {
            for mantissa in mantissas {
                let bits = sign << 63 | exponent << 52 | mantissa;
                if f64::from_bits(bits).is_nan() {
                    nans.push(bits);
                } else {
                    numbers.push(bits);
                }
            }
        }
    }
    (numbers, nans)
}

#[test]
fn f64_distinct_bits_give_distinct_bytes_and_nans_collapse() {
    let (numbers, nans) = f64_patterns();
    assert_eq!(numbers.len() + nans.len(), 2 * 2048 * 6);
    assert_eq!(nans.len(), 2 * 5); // exponent all ones, mantissa not zero
    // Keyed by bits: floats are not `Eq`, and 0.0 == -0.0 must still differ.
    let count = assert_injective(numbers.iter().map(|&bits| FloatBits(f64::from_bits(bits))));
    assert_eq!(count, 2 * 2048 * 6 - 10);
    assert_ne!(byterepr::to_vec(&0.0f64), byterepr::to_vec(&-0.0f64));
    for bits in nans {
        assert_eq!(
            byterepr::to_vec(&f64::from_bits(bits)),
            0x7ff8_0000_0000_0000u64.to_le_bytes(),
            "{bits:#018x}"
        );
    }
}

#[test]
fn f32_distinct_bits_give_distinct_bytes_and_nans_collapse() {
    let mantissas = [0u32, 1, 2, 0x40_0000, 0x7f_ffff, 0x12_3456];
    let mut numbers = Vec::new();
    let mut nan_count = 0;
    for sign in [0u32, 1] {
        for exponent in 0..=0xffu32 {
            for mantissa in mantissas {
                let value = f32::from_bits(sign << 31 | exponent << 23 | mantissa);
                if value.is_nan() {
                    nan_count += 1;
                    assert_eq!(byterepr::to_vec(&value), 0x7fc0_0000u32.to_le_bytes());
                } else {
                    numbers.push(FloatBits(value));
                }
            }
        }
    }
    assert_eq!(nan_count, 2 * 5);
    assert_eq!(assert_injective(numbers), 2 * 256 * 6 - 10);
    assert_ne!(byterepr::to_vec(&0.0f32), byterepr::to_vec(&-0.0f32));
}

/// A float shown with its bits, so a collision report tells `0.0` from `-0.0`.
struct FloatBits<T>(T);

impl<T: ByteRepr> ByteRepr for FloatBits<T> {
    const ENCODED_SIZE: Option<usize> = T::ENCODED_SIZE;

    fn write_to<S: byterepr::Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        self.0.write_to(sink)
    }
}

impl Debug for FloatBits<f64> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} ({:#018x})", self.0, self.0.to_bits())
    }
}

impl Debug for FloatBits<f32> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} ({:#010x})", self.0, self.0.to_bits())
    }
}
