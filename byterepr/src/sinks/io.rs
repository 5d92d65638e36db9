//! [`IoSink`]: any `std::io::Write` as a sink.

use crate::Sink;

/// A sink that passes every write to an [`std::io::Write`], returning its errors.
///
/// Each typed write becomes one `write_all` call: wrap an unbuffered writer (a `File`, a
/// `TcpStream`) in a [`std::io::BufWriter`], or in [`Batched`](crate::Batched), or use
/// [`to_writer`](crate::to_writer), which batches for you.
///
/// ```
/// use byterepr::{ByteRepr, IoSink};
///
/// let mut sink = IoSink::new(Vec::new());
/// "hi".write_to(&mut sink)?;
/// assert_eq!(sink.into_inner(), [2, b'h', b'i']);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct IoSink<W> {
    writer: W,
}

impl<W: std::io::Write> IoSink<W> {
    /// A sink writing into `writer`.
    pub fn new(writer: W) -> Self {
        Self { writer }
    }

    /// The writer back.
    pub fn into_inner(self) -> W {
        self.writer
    }

    /// The writer, borrowed.
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.writer
    }
}

impl<W: std::io::Write> Sink for IoSink<W> {
    type Error = std::io::Error;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.writer.write_all(bytes)
    }
}
