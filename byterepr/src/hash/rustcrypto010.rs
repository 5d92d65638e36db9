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
    /// The hashers [`digest010`](fn@digest010) takes: those of the `digest` 0.10 line that
    /// can start afresh and be built with `Default` (implemented for every such hasher).
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not a hasher of the `digest` 0.10 line, which `digest010` takes",
        label = "not a `digest` 0.10 hasher",
        note = "a hasher of the `digest` 0.11 line (e.g. from `sha2` 0.11) goes through `byterepr::digest::<D>` (feature `digest`)"
    )]
    hasher: Digest010Hasher;
    /// The digest of the canonical encoding of `value` under `D`, a hasher of the `digest` 0.10
    /// line, streamed without allocating.
    helper: digest010;
}
