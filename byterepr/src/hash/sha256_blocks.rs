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
    let mut blocks = [0; GATHER];
    let mut chain = Chain::new();
    let mut sink = BlockSink {
        blocks: &mut blocks,
        used: 0,
        chain: &mut chain,
    };
    infallible(value.write_to(&mut sink));
    let used = sink.used;
    chain.finalize(&mut blocks, used)
}

/// Bytes gathered before compressing: two blocks, so that a value of up to 128 bytes (the
/// batch of the other sinks, [`BATCH`](super::BATCH)) is written without a spill.
const GATHER: usize = 128;

/// The SHA-256 state between blocks: the chaining value and how many blocks made it.
struct Chain {
    state: [u32; 8],
    /// Blocks compressed so far.
    compressed: u64,
}

impl Chain {
    #[inline]
    fn new() -> Self {
        Self {
            state: INITIAL,
            compressed: 0,
        }
    }

    #[inline]
    fn compress(&mut self, blocks: &[[u8; 64]]) {
        compress256(&mut self.state, blocks);
        self.compressed += blocks.len() as u64;
    }

    /// Pads the message whose last `used` bytes are at the start of `blocks`, the rest of
    /// which is zero (a 1 bit, zeros, the length in bits, big-endian), and returns the
    /// digest. `blocks` is left in no useful state.
    #[inline(always)]
    #[allow(
        clippy::inline_always,
        reason = "with #[inline] the call stays out of line: +22 instructions a record, \
                  +37 a tiny value (callgrind, the benchmark's record_sha256 and tiny_sha256)"
    )]
    fn finalize(&mut self, blocks: &mut [u8; GATHER], mut used: usize) -> [u8; 32] {
        if used == GATHER {
            self.compress(blocks.as_chunks().0);
            *blocks = [0; GATHER];
            used = 0;
        }
        // The length in bits modulo 2^64, as the standard defines it.
        let bits = self
            .compressed
            .wrapping_mul(512)
            .wrapping_add((used as u64) * 8);
        // The padded message ends in the block after the 0x80 byte, or in the next one
        // when fewer than 8 bytes are left for the length.
        let count = (used + 1 + 8).div_ceil(64);
        blocks[used] = 0x80;
        if count <= GATHER / 64 {
            let end = count * 64;
            blocks[end - 8..end].copy_from_slice(&bits.to_be_bytes());
            self.compress(&blocks.as_chunks().0[..count]);
        } else {
            // `used` is within 8 bytes of the end: the length goes into a block of its own.
            self.compress(blocks.as_chunks().0);
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

/// The sink: writes go into `blocks` until it is full; full blocks are compressed where
/// they are, and writes longer than what is left fill it, then their whole blocks are
/// compressed from the caller's bytes without a copy.
///
/// The blocks and the chaining state are borrowed from the caller's frame and the sink keeps
/// only the count of bytes in use, which [`spill`] takes and returns by value: so the count
/// stays in a register across a value's writes, as [`Gather`](super::gather::Gather)'s does
/// (bytes stored into the blocks could, for all the compiler knows, overwrite a count kept
/// beside them).
struct BlockSink<'a> {
    /// The bytes after the first `used` are zero, so the padding only writes its 0x80 byte
    /// and the length.
    blocks: &'a mut [u8; GATHER],
    /// Bytes of `blocks` in use, at most `GATHER`: full blocks wait for the next write or
    /// the padding, so the common write is one bounds check and one copy.
    used: usize,
    chain: &'a mut Chain,
}

/// The write that does not fit: fill the blocks, compress them, compress the whole blocks
/// of the rest straight from `data`, keep the tail; returns the bytes now in use.
#[inline(never)]
fn spill(blocks: &mut [u8; GATHER], used: usize, data: &[u8], chain: &mut Chain) -> usize {
    let (head, rest) = data.split_at(GATHER - used);
    blocks[used..].copy_from_slice(head);
    chain.compress(blocks.as_chunks().0);
    let (whole, tail) = rest.as_chunks::<64>();
    if !whole.is_empty() {
        chain.compress(whole);
    }
    *blocks = [0; GATHER];
    blocks[..tail.len()].copy_from_slice(tail);
    tail.len()
}

impl Sink for BlockSink<'_> {
    type Error = Infallible;

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn write_raw(&mut self, data: &[u8]) -> Result<(), Infallible> {
        let used = self.used;
        match self.blocks.get_mut(used..used + data.len()) {
            Some(free) => {
                crate::short_copy::copy_short(free, data);
                self.used = used + data.len();
            }
            None => self.used = spill(self.blocks, used, data, self.chain),
        }
        Ok(())
    }

    crate::sink::register_writes!();

    super::gather::gather_numbers!(spill, blocks(chain));
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
                let mut blocks = [0; super::GATHER];
                let mut chain = super::Chain::new();
                let mut sink = BlockSink {
                    blocks: &mut blocks,
                    used: 0,
                    chain: &mut chain,
                };
                for chunk in message.chunks(piece) {
                    let Ok(()) = sink.write_raw(chunk);
                }
                let used = sink.used;
                assert_eq!(
                    chain.finalize(&mut blocks, used),
                    expected,
                    "{len} bytes in pieces of {piece}"
                );
            }
        }
    }
}
