//! The body of [`sha256`](super::sha256): SHA-256 through `sha2`'s block function
//! ([`compress256`]), with the encoding written straight into the 64-byte block that is
//! compressed. A [`Sha256Sink`](super::Sha256Sink) gathers the encoding in its batch, then
//! hands it to `sha2::Sha256`, which copies what is left of it after the whole blocks into
//! a block buffer of its own and pads it there; here there is one buffer, the block itself,
//! and the padding is written into it in place.

use core::convert::Infallible;

use sha2::block_api::compress256;

use super::stream::infallible;
use crate::{ByteRepr, Sink};

/// The initial hash value of SHA-256 (FIPS 180-4, section 5.3.3).
const INITIAL: [u32; 8] = [
    0x6a09_e667,
    0xbb67_ae85,
    0x3c6e_f372,
    0xa54f_f53a,
    0x510e_527f,
    0x9b05_688c,
    0x1f83_d9ab,
    0x5be0_cd19,
];

/// The SHA-256 of the canonical encoding of `value`: [`sha256`](super::sha256)'s body.
//
// One call boundary with everything inlined inside it, as for the other helpers
// (`gather::hash_fresh`): inlined into a large caller, the finalization stops being inlined.
#[inline(never)]
pub(super) fn sha256(value: &(impl ByteRepr + ?Sized)) -> [u8; 32] {
    let mut sink = BlockSink::new();
    infallible(value.write_to(&mut sink));
    sink.finalize_in_place()
}

/// Bytes gathered before compressing: two blocks, so that a value of up to 128 bytes (the
/// batch of the other sinks, [`BATCH`](super::BATCH)) is written without a spill.
const GATHER: usize = 128;

/// A SHA-256 state and the blocks being filled: writes go into `blocks` until it is full,
/// and full blocks are compressed where they are. Writes longer than what is left fill it,
/// then their whole blocks are compressed from the caller's bytes without a copy.
struct BlockSink {
    state: [u32; 8],
    /// Blocks compressed so far.
    compressed: u64,
    /// Bytes of `blocks` in use, at most `GATHER`: full blocks wait for the next write or
    /// the padding, so the common write is one bounds check and one copy. The bytes after
    /// them are zero, so the padding only writes its 0x80 byte and the length.
    used: usize,
    blocks: [[u8; 64]; GATHER / 64],
}

impl BlockSink {
    #[inline]
    fn new() -> Self {
        Self {
            state: INITIAL,
            compressed: 0,
            used: 0,
            blocks: [[0; 64]; GATHER / 64],
        }
    }

    #[inline]
    fn compress(&mut self, blocks: usize) {
        compress256(&mut self.state, &self.blocks[..blocks]);
        self.compressed += blocks as u64;
    }

    /// The write that does not fit: fill the blocks, compress them, compress the whole
    /// blocks of the rest straight from `bytes`, keep the tail.
    #[inline(never)]
    fn spill(&mut self, bytes: &[u8]) {
        let (head, rest) = bytes.split_at(GATHER - self.used);
        self.blocks.as_flattened_mut()[self.used..].copy_from_slice(head);
        self.compress(GATHER / 64);
        let (whole, tail) = rest.as_chunks::<64>();
        if !whole.is_empty() {
            compress256(&mut self.state, whole);
            self.compressed += whole.len() as u64;
        }
        self.blocks = [[0; 64]; GATHER / 64];
        self.blocks.as_flattened_mut()[..tail.len()].copy_from_slice(tail);
        self.used = tail.len();
    }

    /// Pads the message in place (a 1 bit, zeros, the length in bits, big-endian) and
    /// returns the digest. The sink is left in no useful state.
    //
    // By reference: taking `self` by value copied the sink (+29 instructions a hash).
    #[inline(always)]
    #[allow(
        clippy::inline_always,
        reason = "with #[inline] the call stays out of line: +22 instructions a record, \
                  +37 a tiny value (callgrind, the benchmark's record_sha256 and tiny_sha256)"
    )]
    fn finalize_in_place(&mut self) -> [u8; 32] {
        if self.used == GATHER {
            self.compress(GATHER / 64);
            self.blocks = [[0; 64]; GATHER / 64];
            self.used = 0;
        }
        let used = self.used;
        // The length in bits modulo 2^64, as the standard defines it.
        let bits = self
            .compressed
            .wrapping_mul(512)
            .wrapping_add((used as u64) * 8);
        // The padded message ends in the block after the 0x80 byte, or in the next one
        // when fewer than 8 bytes are left for the length.
        let blocks = (used + 1 + 8).div_ceil(64);
        let bytes = self.blocks.as_flattened_mut();
        bytes[used] = 0x80;
        if blocks <= GATHER / 64 {
            let end = blocks * 64;
            bytes[end - 8..end].copy_from_slice(&bits.to_be_bytes());
            self.compress(blocks);
        } else {
            // `used` is within 8 bytes of the end: the length goes into a block of its own.
            self.compress(GATHER / 64);
            let mut last = [0; 64];
            last[56..].copy_from_slice(&bits.to_be_bytes());
            compress256(&mut self.state, &[last]);
        }
        let mut digest = [0; 32];
        for (bytes, word) in digest.as_chunks_mut::<4>().0.iter_mut().zip(self.state) {
            *bytes = word.to_be_bytes();
        }
        digest
    }
}

impl Sink for BlockSink {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        let used = self.used;
        match self
            .blocks
            .as_flattened_mut()
            .get_mut(used..used + bytes.len())
        {
            Some(free) => {
                free.copy_from_slice(bytes);
                self.used = used + bytes.len();
            }
            None => self.spill(bytes),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use sha2::Digest as _;

    use super::BlockSink;
    use crate::Sink as _;

    /// Every length across the padding boundaries (55, 56, 64 bytes and their multiples),
    /// written in pieces that end inside, at and across block boundaries, equals `sha2`.
    #[test]
    fn equals_sha2_at_every_length_and_cut() {
        let mut data = [0u8; 300];
        for (i, byte) in data.iter_mut().enumerate() {
            *byte = u8::try_from(i * 37 % 251).unwrap();
        }
        for len in 0..=data.len() {
            let message = &data[..len];
            let expected: [u8; 32] = sha2::Sha256::digest(message).into();
            for piece in [1, 7, 55, 56, 63, 64, 65, 120, 127, 128, 129, 300] {
                let mut sink = BlockSink::new();
                for chunk in message.chunks(piece) {
                    let Ok(()) = sink.write_raw(chunk);
                }
                assert_eq!(
                    sink.finalize_in_place(),
                    expected,
                    "{len} bytes in pieces of {piece}"
                );
            }
        }
    }
}
