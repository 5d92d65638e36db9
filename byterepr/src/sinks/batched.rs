//! [`Batched`]: gathers small writes into a fixed buffer before they reach a sink.

use crate::Sink;

/// A sink that collects small writes in an `N`-byte buffer on the stack and hands them on in
/// one [`Sink::write_raw`] call once the buffer is full, or on [`Batched::flush`].
///
/// Hashers and `io::Write` pay a fixed cost per call that is larger than copying a few bytes:
/// a record of ten 4-byte fields costs ten hasher updates unbatched, one batched. Writes of
/// at least `N` bytes go straight through after the buffer is flushed, so bulk data is not
/// copied twice.
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
    buf: [u8; N],
    used: usize,
}

impl<S: Sink, const N: usize> Batched<S, N> {
    /// A batching sink in front of `inner`.
    pub fn new(inner: S) -> Self {
        Self {
            inner,
            buf: [0; N],
            used: 0,
        }
    }

    /// Hands the buffered bytes to the inner sink.
    ///
    /// # Errors
    /// Whatever the inner sink returns; the buffer is emptied either way.
    #[inline]
    pub fn flush(&mut self) -> Result<(), S::Error> {
        if self.used == 0 {
            return Ok(());
        }
        let used = core::mem::replace(&mut self.used, 0);
        self.inner.write_raw(&self.buf[..used])
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
        let end = self.used + bytes.len();
        if end <= N {
            self.buf[self.used..end].copy_from_slice(bytes);
            self.used = end;
            return Ok(());
        }
        self.flush()?;
        if bytes.len() >= N {
            self.inner.write_raw(bytes)
        } else {
            self.buf[..bytes.len()].copy_from_slice(bytes);
            self.used = bytes.len();
            Ok(())
        }
    }
}
