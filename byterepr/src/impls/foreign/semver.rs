//! `semver::Version`, `Prerelease` and `BuildMetadata`. `Version`'s `Eq` compares every
//! field, build metadata included (`1.0.0+a != 1.0.0+b`, although they have the same
//! precedence), and the pre-release and build parts compare as strings; so do the bytes.

use ::semver::{BuildMetadata, Prerelease, Version};

use crate::impls::{part, parts};
use crate::schema::{Schema, of};
use crate::{ByteRepr, Sink, size};

/// Major, minor and patch as `u64`s, then the pre-release and the build metadata as strings
/// (their text without the leading `-` or `+`; empty when absent).
impl ByteRepr for Version {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(parts(&[
        part("major", of::<u64>),
        part("minor", of::<u64>),
        part("patch", of::<u64>),
        part("pre", of::<Prerelease>),
        part("build", of::<BuildMetadata>),
    ]));

    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        sink.write_u64(self.major)?;
        sink.write_u64(self.minor)?;
        sink.write_u64(self.patch)?;
        self.pre.write_to(sink)?;
        self.build.write_to(sink)
    }

    fn encoded_len(&self) -> usize {
        let numbers = size::repeat(size::U64, 3);
        size::add(
            numbers,
            size::add(self.pre.encoded_len(), self.build.encoded_len()),
        )
    }
}

encodes_as! {
    /// As `str`: the identifiers joined by dots, empty for none.
    [] Prerelease as str => |this| this.as_str();
    /// As `str`: the identifiers joined by dots, empty for none.
    [] BuildMetadata as str => |this| this.as_str();
}
