//! Copying a run of bytes whose length is known only at run time (a string's bytes, a slice
//! of numbers) without a call to `memcpy` when it is short: two fixed-size copies that meet
//! or overlap in the middle. Short runs are the common case of a record's fields, and a call
//! to `memcpy` for them costs more than the copy: its dispatch on the length mispredicts when
//! lengths vary, and a record of the benchmark took 13.4 ns through it against 7.9 ns this
//! way (`extend_vec`; BENCHMARKS.md, "Short runs without `memcpy`"). Not for a batch that a
//! hash reads back at once: its wide loads cannot be forwarded from two overlapping stores.

/// Where [`copy_short`] copies to: fixed-size chunks at offsets, or a whole run at the start.
pub(crate) trait Dest {
    /// Copies `chunk` to offset `at`. [`copy_short`] calls it only with `at + N` at most the
    /// length of the run it copies.
    fn chunk<const N: usize>(&mut self, at: usize, chunk: &[u8; N]);

    /// Copies `bytes` to the start.
    fn run(&mut self, bytes: &[u8]);
}

/// A slice of at least the run's length.
impl Dest for [u8] {
    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn chunk<const N: usize>(&mut self, at: usize, chunk: &[u8; N]) {
        self[at..at + N].copy_from_slice(chunk);
    }

    #[cfg_attr(not(debug_assertions), inline(always))]
    #[cfg_attr(debug_assertions, inline)]
    fn run(&mut self, bytes: &[u8]) {
        self[..bytes.len()].copy_from_slice(bytes);
    }
}

/// Copies `src` to the start of `dst`, writing no byte of `dst` past `src.len()`: a run of 4
/// to 32 bytes as two chunks of 4, 8 or 16 bytes, the second ending where the run ends; any
/// other through [`Dest::run`].
#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
pub(crate) fn copy_short<D: Dest + ?Sized>(dst: &mut D, src: &[u8]) {
    let len = src.len();
    // Each pair of chunks exists exactly when the run is at least as long as one chunk.
    if len >= 16 {
        if len <= 32
            && let (Some(head), Some(tail)) = (src.first_chunk::<16>(), src.last_chunk::<16>())
        {
            dst.chunk(0, head);
            dst.chunk(len - 16, tail);
            return;
        }
    } else if let (Some(head), Some(tail)) = (src.first_chunk::<8>(), src.last_chunk::<8>()) {
        dst.chunk(0, head);
        dst.chunk(len - 8, tail);
        return;
    } else if let (Some(head), Some(tail)) = (src.first_chunk::<4>(), src.last_chunk::<4>()) {
        dst.chunk(0, head);
        dst.chunk(len - 4, tail);
        return;
    }
    dst.run(src);
}

#[cfg(test)]
mod tests {
    use super::copy_short;

    #[test]
    fn every_length_copies_the_run_and_nothing_past_it() {
        let src: [u8; 80] = core::array::from_fn(|i| u8::try_from(i + 1).unwrap());
        for len in 0..=src.len() {
            let mut dst = [0u8; 90];
            copy_short(&mut dst[..], &src[..len]);
            assert_eq!(dst[..len], src[..len], "{len}");
            assert!(dst[len..].iter().all(|&b| b == 0), "{len}: past the run");
        }
    }
}
