//! Modified UTF-8, as `DataOutputStream.writeUTF` and `DataInput.readUTF` define it.
//!
//! It differs from UTF-8 in two ways: `U+0000` is the two bytes `C0 80` (so the encoded
//! string holds no zero byte), and a character outside the Basic Multilingual Plane is its
//! UTF-16 surrogate pair, each half as a 3-byte sequence (6 bytes instead of UTF-8's 4).
//! Every other character has its UTF-8 bytes, so a string without NUL and without
//! supplementary characters goes out as its own bytes, in one write.

use crate::Sink;
use crate::sinks::Batched;

/// The most bytes `writeUTF` can count in its 2-byte length.
pub(crate) const MAX_UTF_LEN: usize = 0xffff;

/// The length of `value` in modified UTF-8: its UTF-8 length, plus 1 per NUL (1 byte becomes
/// 2) and 2 per supplementary character (4 bytes become 6).
///
/// Most strings have neither, so a first pass only asks whether any byte is `00` or starts a
/// 4-byte sequence (`f0` or more), eight bytes at a time; only strings that have one are
/// counted byte by byte.
#[inline]
pub(crate) fn modified_utf8_len(value: &str) -> usize {
    let bytes = value.as_bytes();
    let (words, rest) = bytes.as_chunks::<8>();
    let plain = !words
        .iter()
        .any(|word| needs_rewrite(u64::from_ne_bytes(*word)))
        && !rest.iter().any(|&byte| byte == 0 || byte >= 0xf0);
    if plain {
        bytes.len()
    } else {
        bytes.len() + extra_bytes(bytes)
    }
}

/// How many bytes modified UTF-8 adds to these UTF-8 bytes.
#[cold]
fn extra_bytes(bytes: &[u8]) -> usize {
    // A 4-byte UTF-8 sequence, and only it, starts with a byte of 0xF0 or more.
    bytes
        .iter()
        .map(|&byte| usize::from(byte == 0) + 2 * usize::from(byte >= 0xf0))
        .sum()
}

/// Whether any of the 8 bytes of `word` is `00` or `f0`-`ff`.
#[inline]
const fn needs_rewrite(word: u64) -> bool {
    const HIGH_NIBBLES: u64 = 0xf0f0_f0f0_f0f0_f0f0;
    // A byte is f0-ff exactly when its high nibble is f, i.e. when it is zero after
    // masking the low nibble and flipping the high one.
    has_zero_byte(word) || has_zero_byte((word & HIGH_NIBBLES) ^ HIGH_NIBBLES)
}

/// Whether any byte of `word` is zero (the classic bit trick: exact for "any", with no false
/// positives, though not for "which").
#[inline]
const fn has_zero_byte(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    word.wrapping_sub(ONES) & !word & HIGHS != 0
}

/// Writes the modified UTF-8 of `value`, which holds a NUL or a supplementary character,
/// gathering the pieces in a stack buffer so the sink sees few writes.
pub(crate) fn write_modified_utf8<S: Sink + ?Sized>(
    sink: &mut S,
    value: &str,
) -> Result<(), S::Error> {
    let mut out = Batched::<_, 256>::new(sink);
    let mut plain_from = 0;
    for (at, ch) in value.char_indices() {
        let special: &[u8] = match ch {
            '\0' => &[0xc0, 0x80],
            '\u{10000}'.. => &surrogate_pair_bytes(ch),
            _ => continue,
        };
        out.write_raw(&value.as_bytes()[plain_from..at])?;
        out.write_raw(special)?;
        plain_from = at + ch.len_utf8();
    }
    out.write_raw(&value.as_bytes()[plain_from..])?;
    out.flush()
}

/// The 6 bytes of a supplementary character: its two UTF-16 surrogates, each written as a
/// 3-byte sequence (`1110xxxx 10xxxxxx 10xxxxxx`).
fn surrogate_pair_bytes(ch: char) -> [u8; 6] {
    let mut units = [0u16; 2];
    let units = ch.encode_utf16(&mut units);
    let mut bytes = [0u8; 6];
    for (dst, &unit) in bytes.chunks_exact_mut(3).zip(units.iter()) {
        dst.copy_from_slice(&three_byte_unit(unit));
    }
    bytes
}

/// A UTF-16 code unit as the 3-byte sequence `writeUTF` uses for units of `0x800` and more.
pub(crate) fn three_byte_unit(unit: u16) -> [u8; 3] {
    let [high, low] = unit.to_be_bytes();
    [
        0xe0 | (high >> 4),
        0x80 | ((high & 0x0f) << 2) | (low >> 6),
        0x80 | (low & 0x3f),
    ]
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use alloc::string::String;
    use alloc::vec::Vec;

    use super::*;

    #[test]
    fn lengths_count_bytes_not_chars() {
        assert_eq!(modified_utf8_len(""), 0);
        assert_eq!(modified_utf8_len("abc"), 3);
        assert_eq!(modified_utf8_len("\0"), 2);
        assert_eq!(modified_utf8_len("é"), 2);
        assert_eq!(modified_utf8_len("€"), 3);
        assert_eq!(modified_utf8_len("😀"), 6);
        assert_eq!(modified_utf8_len("a\0é€😀"), 1 + 2 + 2 + 3 + 6);
    }

    #[test]
    fn the_word_scan_sees_every_position() {
        // A NUL or a 4-byte character at each position of strings longer than a word.
        for len in 0..24 {
            let plain = "a".repeat(len);
            assert_eq!(modified_utf8_len(&plain), len);
            let with_f = "ÿ".repeat(len); // c3 bf: high bytes that are not f0-ff
            assert_eq!(modified_utf8_len(&with_f), 2 * len);
            for at in 0..=len {
                let (head, tail) = plain.split_at(at);
                assert_eq!(modified_utf8_len(&[head, "\0", tail].concat()), len + 2);
                assert_eq!(modified_utf8_len(&[head, "😀", tail].concat()), len + 6);
            }
        }
    }

    #[test]
    fn surrogate_halves_are_three_byte_sequences() {
        // U+1F600 is the surrogate pair D83D DE00.
        // D83D = 1101 1000 0011 1101 -> 1110_1101 10_100000 10_111101 = ED A0 BD
        // DE00 = 1101 1110 0000 0000 -> 1110_1101 10_111000 10_000000 = ED B8 80
        assert_eq!(
            surrogate_pair_bytes('\u{1F600}'),
            [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]
        );
        // U+10000 = D800 DC00; U+10FFFF = DBFF DFFF.
        assert_eq!(
            surrogate_pair_bytes('\u{10000}'),
            [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]
        );
        assert_eq!(
            surrogate_pair_bytes('\u{10FFFF}'),
            [0xed, 0xaf, 0xbf, 0xed, 0xbf, 0xbf]
        );
    }

    #[test]
    fn special_characters_are_rewritten_in_place() {
        let mut out = Vec::new();
        write_modified_utf8(&mut out, "a\0b😀c").unwrap();
        assert_eq!(
            out,
            [
                b'a', 0xc0, 0x80, b'b', 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, b'c'
            ]
        );
        assert_eq!(out.len(), modified_utf8_len("a\0b😀c"));
    }

    #[test]
    fn long_strings_cross_the_batch_boundary_intact() {
        let value: String = "x\0😀".repeat(100);
        let mut out = Vec::new();
        write_modified_utf8(&mut out, &value).unwrap();
        let expected: Vec<u8> = (0..100)
            .flat_map(|_| [b'x', 0xc0, 0x80, 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80])
            .collect();
        assert_eq!(out, expected);
    }
}
