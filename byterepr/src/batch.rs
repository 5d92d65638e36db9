//! The batching engine: one inline buffer that gathers small writes and hands them on in
//! whole batches. [`Batched`](crate::Batched), every hashing sink and the Java SHA-256 path
//! are built on it, so its edge cases are settled here once.
//!
//! A sink pays a fixed cost per call (a hasher's `update`, an `io::Write` call) that is larger
//! than copying the few bytes of a field, so fields are gathered first. The stream is always
//! cut at multiples of `N`, whatever the sizes of the writes: a write that does not fit
//! completes the batch, which is handed on; whole batches of the rest go straight from the
//! caller's slice, without a second copy; what remains starts the next batch. A hasher whose
//! block size divides `N` therefore compresses every full batch in place.

/// `N` bytes inline and how many of them are in use.
#[derive(Clone)]
pub(crate) struct Buffer<const N: usize> {
    bytes: [u8; N],
    used: usize,
}

/// Shows how much is pending, not the `N` bytes.
impl<const N: usize> core::fmt::Debug for Buffer<N> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Buffer")
            .field("capacity", &N)
            .field("pending", &self.used)
            .finish_non_exhaustive()
    }
}

impl<const N: usize> Buffer<N> {
    /// An empty buffer, built in place. A constant rather than a function body, so that a
    /// large buffer (`Batched<_, 1_000_000>`) is written straight into its final place even
    /// in debug builds, not assembled on the stack and copied.
    pub(crate) const EMPTY: Self = {
        assert!(N > 0, "a batch holds at least one byte");
        Self {
            bytes: [0; N],
            used: 0,
        }
    };

    /// Gathers `data`, handing `absorb` whatever completes a batch (see the module docs).
    ///
    /// # Errors
    /// The first error `absorb` returns; the buffer is then empty and the rest of `data`
    /// is dropped, as a failed sink's bytes are.
    #[inline]
    pub(crate) fn write<E>(
        &mut self,
        data: &[u8],
        absorb: impl FnMut(&[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        // `get_mut` rather than indexing: one comparison, no panic path in the hot code.
        let used = self.used;
        match self.bytes.get_mut(used..used + data.len()) {
            Some(free) => {
                free.copy_from_slice(data);
                self.used = used + data.len();
                Ok(())
            }
            None => self.spill(data, absorb),
        }
    }

    /// The slow path of [`Buffer::write`]: [`spill`] into this buffer.
    #[inline(never)]
    fn spill<E>(
        &mut self,
        data: &[u8],
        absorb: impl FnMut(&[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        let used = core::mem::replace(&mut self.used, 0);
        self.used = spill(&mut self.bytes, used, data, absorb)?;
        Ok(())
    }

    /// Hands over the partial batch, if any, and empties the buffer.
    ///
    /// # Errors
    /// Whatever `absorb` returns; the buffer is emptied either way.
    #[inline]
    pub(crate) fn flush<E>(
        &mut self,
        mut absorb: impl FnMut(&[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.used == 0 {
            return Ok(());
        }
        let used = core::mem::replace(&mut self.used, 0);
        absorb(&self.bytes[..used])
    }
}

/// What a batch does with a write that does not fit it: `data` completes the `used` bytes of
/// `bytes`, which are handed to `absorb`; whole batches of the rest go to `absorb` straight
/// from `data`; what remains starts the next batch. Returns how many bytes of `bytes` that
/// is: the new `used`.
///
/// A function of the array and its count, not a method of [`Buffer`], so that a sink that
/// keeps its count apart from its bytes (the one-call hashes' `Gather`, whose count stays
/// in a register) shares it.
///
/// # Errors
/// The first error `absorb` returns; the batch is then dropped with the rest of `data`.
///
/// # Panics
/// Never for `used <= N` with `used + data.len() > N`, the only way it is called.
#[inline]
pub(crate) fn spill<const N: usize, E>(
    bytes: &mut [u8; N],
    used: usize,
    data: &[u8],
    mut absorb: impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<usize, E> {
    let (head, rest) = data.split_at(N - used);
    bytes[used..].copy_from_slice(head);
    absorb(bytes)?;
    let whole = rest.len() - rest.len() % N;
    let (batches, tail) = rest.split_at(whole);
    if !batches.is_empty() {
        absorb(batches)?;
    }
    bytes[..tail.len()].copy_from_slice(tail);
    Ok(tail.len())
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use alloc::vec::Vec;
    use core::convert::Infallible;

    use super::Buffer;

    /// Writes `sizes` bytes at a time through a `Buffer<N>` and returns the runs it handed on.
    fn runs<const N: usize>(sizes: &[usize]) -> (Vec<Vec<u8>>, Vec<u8>) {
        let mut buffer = Buffer::<N>::EMPTY;
        let mut handed = Vec::new();
        let mut next = 0u8;
        let mut all = Vec::new();
        for &size in sizes {
            let data: Vec<u8> = (0..size)
                .map(|_| {
                    next = next.wrapping_add(1);
                    next
                })
                .collect();
            all.extend_from_slice(&data);
            buffer
                .write(&data, |run| {
                    handed.push(run.to_vec());
                    Ok::<(), Infallible>(())
                })
                .unwrap();
        }
        buffer
            .flush(|run| {
                handed.push(run.to_vec());
                Ok::<(), Infallible>(())
            })
            .unwrap();
        (handed, all)
    }

    #[test]
    fn the_stream_is_cut_at_multiples_of_the_batch_whatever_the_writes() {
        for sizes in [
            &[][..],
            &[1],
            &[4],
            &[3, 1],
            &[3, 2],
            &[9],
            &[1, 12],
            &[1, 11, 1],
            &[0, 4, 0, 4, 5],
        ] {
            let (handed, all) = runs::<4>(sizes);
            assert_eq!(handed.concat(), all, "{sizes:?}");
            let mut offset = 0;
            for run in &handed[..handed.len().saturating_sub(1)] {
                assert_eq!(run.len() % 4, 0, "{sizes:?}: {handed:?}");
                offset += run.len();
            }
            assert!(handed.iter().all(|run| !run.is_empty()), "{sizes:?}");
            assert!(all.len() - offset <= 4, "{sizes:?}");
        }
    }

    #[test]
    fn a_failing_absorb_leaves_an_empty_buffer_and_reports_once() {
        let mut buffer = Buffer::<4>::EMPTY;
        buffer.write(&[1, 2], |_| Err("unreached")).unwrap();
        assert_eq!(buffer.write(&[3, 4, 5], |_| Err("full")), Err("full"));
        assert_eq!(buffer.used, 0);
        assert_eq!(buffer.flush(|_| Err("unreached")), Ok(()));
    }
}
