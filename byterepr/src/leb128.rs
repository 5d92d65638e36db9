//! Unsigned LEB128, the form of lengths and enum tags in the canonical encoding.
//!
//! Seven bits a byte, least significant group first, the high bit set on every byte but the
//! last. The encoder only ever emits the shortest form, so each number has exactly one
//! encoding and the encoding is prefix-free (a decoder knows where it ends).

/// The most bytes a `u64` takes: ceil(64 / 7).
pub const MAX_LEN: usize = 10;

/// Encodes `value`; returns the buffer and how many of its bytes are used.
#[inline]
#[must_use]
#[allow(
    clippy::cast_possible_truncation,
    reason = "each cast keeps the low 7 bits of a group on purpose"
)]
pub const fn encode_u64(mut value: u64) -> ([u8; MAX_LEN], usize) {
    let mut bytes = [0u8; MAX_LEN];
    let mut used = 0;
    while value >= 0x80 {
        bytes[used] = (value as u8) | 0x80;
        value >>= 7;
        used += 1;
    }
    bytes[used] = value as u8;
    (bytes, used + 1)
}

/// How many bytes [`encode_u64`] uses for `value`, without encoding it.
#[inline]
#[must_use]
pub const fn encoded_len_u64(value: u64) -> usize {
    // 1 byte for 0..=127, one more per further 7 significant bits.
    let bits = 64 - (value | 1).leading_zeros() as usize;
    bits.div_ceil(7)
}

#[cfg(test)]
mod tests {
    use super::{encode_u64, encoded_len_u64};

    #[test]
    fn boundaries_encode_to_the_shortest_form() {
        let cases: [(u64, &[u8]); 7] = [
            (0, &[0x00]),
            (127, &[0x7f]),
            (128, &[0x80, 0x01]),
            (300, &[0xac, 0x02]),
            (16_383, &[0xff, 0x7f]),
            (16_384, &[0x80, 0x80, 0x01]),
            (
                u64::MAX,
                &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
            ),
        ];
        for (value, expected) in cases {
            let (bytes, used) = encode_u64(value);
            assert_eq!(&bytes[..used], expected, "{value}");
            assert_eq!(encoded_len_u64(value), expected.len(), "{value}");
        }
    }

    #[test]
    fn length_matches_encoding_at_every_width() {
        for shift in 0..64 {
            for value in [1u64 << shift, (1u64 << shift) - 1, (1u64 << shift) + 1] {
                assert_eq!(encoded_len_u64(value), encode_u64(value).1, "{value}");
            }
        }
    }
}
