//! [`JavaLen`]: counts the bytes of the Java encoding without producing them.

use core::convert::Infallible;

use super::Error;
use super::utf::modified_utf8_len;
use crate::Sink;

/// A sink that only adds up the length of the Java encoding, and finds its errors.
///
/// Where the Java encoding has the same width as the canonical one (numbers, `bool`, slices of
/// them) the provided typed methods already count right, in O(1) for slices; only the methods
/// whose width differs are overridden.
#[derive(Debug, Default)]
pub(super) struct JavaLen {
    len: usize,
}

impl JavaLen {
    pub(super) const fn len(&self) -> usize {
        self.len
    }

    fn add(&mut self, bytes: usize) {
        self.len = self.len.saturating_add(bytes);
    }
}

impl Sink for JavaLen {
    type Error = Error<Infallible>;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.add(bytes.len());
        Ok(())
    }

    #[inline]
    fn write_char(&mut self, value: char) -> Result<(), Error> {
        self.add(2 * value.len_utf16());
        Ok(())
    }

    #[inline]
    fn write_len(&mut self, len: usize) -> Result<(), Error> {
        if i32::try_from(len).is_err() {
            return Err(Error::LengthTooLarge { len });
        }
        self.add(4);
        Ok(())
    }

    #[inline]
    fn write_tag(&mut self, _tag: u32) -> Result<(), Error> {
        self.add(4);
        Ok(())
    }

    #[inline]
    fn write_str(&mut self, value: &str) -> Result<(), Error> {
        let len = modified_utf8_len(value);
        if len > super::utf::MAX_UTF_LEN {
            return Err(Error::StringTooLong { len });
        }
        self.add(2 + len);
        Ok(())
    }

    /// Entries are counted where they are written; their order does not change the total.
    #[cfg(feature = "alloc")]
    fn with_scratch(
        &mut self,
        _scratch: &mut alloc::vec::Vec<u8>,
        write: &mut crate::EntryWriter<'_, Error>,
    ) -> Result<(), Error> {
        write(self)
    }
}
