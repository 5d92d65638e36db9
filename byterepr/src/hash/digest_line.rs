//! The sink and the one-call helper of a `digest` trait line, written once for the two lines
//! (`digest` 0.11 and 0.10 are distinct crates with the same traits, so each needs its own
//! types): `DigestSink` and `Digest010Sink`.

/// Expands to the sink type, its impls and the helper function, in the calling module,
/// which imports `Infallible`, `BATCH`, `Buffer`, `FinishSink`, `ByteRepr` and `Sink`.
macro_rules! digest_line {
    (
        traits: $digest:ident;
        $(#[$sink_doc:meta])*
        sink: $sink:ident;
        $(#[$helper_doc:meta])*
        helper: $helper:ident;
    ) => {
        $(#[$sink_doc])*
        #[derive(Clone)]
        pub struct $sink<D, const N: usize = BATCH> {
            hasher: D,
            buffer: Buffer<N>,
        }

        impl<D: $digest::Update + Default> $sink<D> {
            /// A sink in front of a fresh hasher, with the default batch size.
            #[inline]
            #[must_use]
            pub fn new() -> Self {
                Self::from_hasher(D::default())
            }
        }

        impl<D: $digest::Update> $sink<D> {
            /// A sink in front of `hasher`, which may already have absorbed a prefix (a domain
            /// separation tag, a key for a keyed hash), with the default batch size.
            #[inline]
            pub const fn from_hasher(hasher: D) -> Self {
                Self::batched(hasher)
            }
        }

        /// A fresh hasher, with any batch size.
        impl<D: $digest::Update + Default, const N: usize> Default for $sink<D, N> {
            #[inline]
            fn default() -> Self {
                Self::batched(D::default())
            }
        }

        impl<D: $digest::Update, const N: usize> $sink<D, N> {
            /// A sink in front of `hasher` that batches `N` bytes instead of [`BATCH`].
            #[inline]
            pub const fn batched(hasher: D) -> Self {
                Self {
                    hasher,
                    buffer: Buffer::new(),
                }
            }

            /// Flushes the batch and returns the hasher, to absorb more or to finalize it yourself.
            #[inline]
            #[must_use]
            pub fn into_hasher(mut self) -> D {
                let hasher = &mut self.hasher;
                self.buffer.flush(|batch| hasher.update(batch));
                self.hasher
            }

            /// Flushes the batch and returns the digest.
            #[inline]
            #[must_use]
            pub fn finalize(self) -> $digest::Output<D>
            where
                D: $digest::FixedOutput,
            {
                self.into_hasher().finalize_fixed()
            }

            /// Flushes the batch, returns the digest and resets the sink to a fresh hasher, ready
            /// for the next value. Nothing is moved, so this is also the fastest way to finalize.
            #[inline]
            pub fn finalize_reset(&mut self) -> $digest::Output<D>
            where
                D: $digest::FixedOutputReset,
            {
                let hasher = &mut self.hasher;
                self.buffer.flush(|batch| hasher.update(batch));
                self.hasher.finalize_fixed_reset()
            }
        }

        impl<D: $digest::Update, const N: usize> Sink for $sink<D, N> {
            type Error = Infallible;

            #[inline]
            fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
                let hasher = &mut self.hasher;
                self.buffer.write(bytes, |batch| hasher.update(batch));
                Ok(())
            }
        }

        impl<D: $digest::FixedOutput, const N: usize> FinishSink for $sink<D, N> {
            type Output = $digest::Output<D>;

            #[inline]
            fn finish_sink(self) -> Result<$digest::Output<D>, Infallible> {
                Ok(self.finalize())
            }
        }

        $(#[$helper_doc])*
        // One call boundary, with everything inlined inside it: inlined into a large caller, the
        // hasher's own finalization stops being inlined and moves its state through memcpy calls.
        #[inline(never)]
        #[must_use]
        pub fn $helper<D: $digest::Update + $digest::FixedOutputReset + Default>(
            value: &(impl ByteRepr + ?Sized),
        ) -> $digest::Output<D> {
            let mut sink = $sink::<D>::new();
            let result: Result<(), Infallible> = value.write_to(&mut sink);
            match result {
                Ok(()) => sink.finalize_reset(),
            }
        }
    };
}
pub(crate) use digest_line;
