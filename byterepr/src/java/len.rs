//! [`JavaLen`]: counts the bytes of the Java encoding without producing them.

use core::convert::Infallible;
use core::marker::PhantomData;

use super::Error;
use super::utf::modified_utf8_len;
use crate::Sink;

/// A sink that only adds up the length of the Java encoding, and finds its errors.
///
/// Where the Java encoding has the same width as the canonical one (numbers, `bool`, slices of
/// them) the provided typed methods already count right, in O(1) for slices; only the methods
/// whose width differs are overridden.
///
/// Its error is `Error<E>` for any `E` (it never reports `Error::Sink`), so that the [`Java`]
/// adapter over a sink of error `E` can count a block with it and report a string too long
/// for the Java encoding as its own error.
///
/// [`Java`]: super::Java
#[derive(Debug)]
pub(super) struct JavaLen<E = Infallible> {
    len: usize,
    error: PhantomData<fn() -> E>,
}

impl<E> Default for JavaLen<E> {
    fn default() -> Self {
        Self {
            len: 0,
            error: PhantomData,
        }
    }
}

impl<E> JavaLen<E> {
    pub(super) const fn len(&self) -> usize {
        self.len
    }

    fn add(&mut self, bytes: usize) {
        self.len = self.len.saturating_add(bytes);
    }
}

impl<E> Sink for JavaLen<E> {
    type Error = Error<E>;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Error<E>> {
        self.add(bytes.len());
        Ok(())
    }

    #[inline]
    fn write_char(&mut self, value: char) -> Result<(), Error<E>> {
        self.add(2 * value.len_utf16());
        Ok(())
    }

    #[inline]
    fn write_len(&mut self, len: usize) -> Result<(), Error<E>> {
        if i32::try_from(len).is_err() {
            return Err(Error::LengthTooLarge { len });
        }
        self.add(4);
        Ok(())
    }

    #[inline]
    fn write_tag(&mut self, _tag: u32) -> Result<(), Error<E>> {
        self.add(4);
        Ok(())
    }

    #[inline]
    fn write_str(&mut self, value: &str) -> Result<(), Error<E>> {
        let len = modified_utf8_len(value);
        if len > super::utf::MAX_UTF_LEN {
            return Err(Error::StringTooLong { len });
        }
        self.add(2 + len);
        Ok(())
    }

    /// A block inside a block is counted in the Java format too.
    fn block_len(
        &mut self,
        _canonical: usize,
        write: &mut crate::EntryWriter<'_, Error<E>>,
    ) -> Result<usize, Error<E>> {
        let mut counter = JavaLen::<E>::default();
        write(&mut counter)?;
        Ok(counter.len())
    }

    /// Entries are counted where they are written; their order does not change the total.
    #[cfg(feature = "alloc")]
    fn with_scratch(
        &mut self,
        _scratch: &mut alloc::vec::Vec<u8>,
        write: &mut crate::EntryWriter<'_, Error<E>>,
    ) -> Result<(), Error<E>> {
        write(self)
    }
}
