//! [`LenCounter`]: a sink that only counts.

use core::convert::Infallible;

use crate::Sink;

/// A sink that keeps no bytes, only their number: the canonical encoded length.
///
/// [`ByteRepr::encoded_len`](crate::ByteRepr::encoded_len) runs on it; after inlining, the
/// count of a fixed-size value folds to a constant.
///
/// ```
/// use byterepr::{ByteRepr, LenCounter};
///
/// let mut counter = LenCounter::new();
/// ("abc", 7u64).write_to(&mut counter).unwrap();
/// assert_eq!(counter.len(), 1 + 3 + 8);
/// ```
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LenCounter {
    len: usize,
}

impl LenCounter {
    /// A counter at zero.
    #[must_use]
    pub const fn new() -> Self {
        Self { len: 0 }
    }

    /// The number of bytes written so far (saturating at `usize::MAX`).
    #[must_use]
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing has been written.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Sink for LenCounter {
    type Error = Infallible;

    #[inline]
    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        self.len = self.len.saturating_add(bytes.len());
        Ok(())
    }

    /// Entries are counted where they are written: their order does not change the total,
    /// and counting them in place, with nothing appended to `scratch`, is what keeps the
    /// `encoded_len` of a type that counts through `write_to` (a derived type with a `with`
    /// field) from allocating for its `HashMap`s and `HashSet`s.
    #[cfg(feature = "alloc")]
    fn with_scratch(
        &mut self,
        _scratch: &mut alloc::vec::Vec<u8>,
        write: &mut crate::EntryWriter<'_, Infallible>,
    ) -> Result<(), Infallible> {
        write(self)
    }
}
