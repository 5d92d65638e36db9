//! [`Batched`]: gathers small writes into a fixed buffer before they reach a sink.

use crate::Sink;
use crate::batch::Buffer;

/// A sink that collects small writes in an `N`-byte buffer inline and hands them on in
/// one [`Sink::write_raw`] call once the buffer is full, or on [`Batched::flush`].
///
/// Hashers and `io::Write` pay a fixed cost per call that is larger than copying a few bytes:
/// a record of ten 4-byte fields costs ten hasher updates unbatched, one batched. The inner
/// sink sees the stream cut at multiples of `N`: a write that does not fit completes the
/// batch, whole batches of the rest go straight through from the caller's slice (bulk data
/// is not copied twice), and what remains starts the next batch. The hashing sinks batch
/// the same way, with the same engine.
///
/// `Batched` is a byte-level sink: it writes the canonical format. Put format adapters
/// *around* it (`Java<Batched<S>>`), never inside it.
///
/// Bytes still in the buffer are lost unless [`flush`](Batched::flush) or
/// [`finish`](Batched::finish) is called; dropping does not flush, since a flush can fail.
///
/// ```
/// use byterepr::{Batched, ByteRepr};
///
/// let mut sink = Batched::<_, 64>::new(Vec::new());
/// (1u32, 2u32, "three").write_to(&mut sink).unwrap();
/// assert!(sink.get_ref().is_empty()); // still in the batch
/// let bytes = sink.finish().unwrap();
/// assert_eq!(bytes, byterepr::to_vec(&(1u32, 2u32, "three")));
/// ```
#[derive(Debug, Clone)]
pub struct Batched<S, const N: usize> {
    inner: S,
    buffer: Buffer<N>,
}

impl<S: Sink, const N: usize> Batched<S, N> {
    /// A batching sink in front of `inner`.
    pub fn new(inner: S) -> Self {
        Self {
            inner,
            buffer: Buffer::EMPTY,
        }
    }

    /// Hands the buffered bytes to the inner sink.
    ///
    /// # Errors
    /// Whatever the inner sink returns; the buffer is emptied either way.
    #[inline]
    pub fn flush(&mut self) -> Result<(), S::Error> {
        let inner = &mut self.inner;
        self.buffer.flush(|batch| inner.write_raw(batch))
    }

    /// Flushes and returns the inner sink.
    ///
    /// # Errors
    /// Whatever the inner sink returns on the last flush.
    pub fn finish(mut self) -> Result<S, S::Error> {
        self.flush()?;
        Ok(self.inner)
    }

    /// The inner sink, which has seen only what was flushed so far.
    pub fn get_ref(&self) -> &S {
        &self.inner
    }
}

impl<S: Sink, const N: usize> Sink for Batched<S, N> {
    type Error = S::Error;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), S::Error> {
        let inner = &mut self.inner;
        self.buffer.write(bytes, |batch| inner.write_raw(batch))
    }
}
