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
#[inline]
pub(crate) fn modified_utf8_len(value: &str) -> usize {
    // A 4-byte UTF-8 sequence, and only it, starts with a byte of 0xF0 or more.
    let extra: usize = value
        .bytes()
        .map(|byte| usize::from(byte == 0) + 2 * usize::from(byte >= 0xf0))
        .sum();
    value.len() + extra
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
