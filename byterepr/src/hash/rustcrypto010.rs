//! [`Digest010Sink`]: `RustCrypto` hashers of the older `digest` 0.10 line (`sha2` 0.10 and the
//! crates of its generation) as a sink, and the [`digest010`] helper.

super::digest_line::digest_line! {
    traits: digest010;
    /// A `RustCrypto` hash function of the `digest` 0.10 line (`sha2` 0.10 and the crates of
    /// its generation), used in a [`HashSink`](super::HashSink).
    function: RustCrypto010;
    /// A sink that feeds a `RustCrypto` hasher of the `digest` 0.10 line, gathering small writes
    /// into batches of `N` bytes first (see [`BATCH`](super::BATCH)). The same as
    /// [`DigestSink`](super::DigestSink) for the current line.
    ///
    /// Hashing through it equals hashing [`to_vec`](crate::to_vec) of the same values with
    /// `Update::update`, and allocates nothing.
    sink: Digest010Sink;
    /// The digest of the canonical encoding of `value` under `D`, a hasher of the `digest` 0.10
    /// line, streamed without allocating.
    helper: digest010;
}
