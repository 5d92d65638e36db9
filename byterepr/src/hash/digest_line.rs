//! The hash function of a `digest` trait line, written once for the two lines (`digest`
//! 0.11 and 0.10 are distinct crates with the same traits, so each needs its own marker and
//! impls): the marker type, its [`HashFunction`](super::HashFunction) impls, the sink alias
//! and the one-call helper.

/// Expands, in the calling module, to the marker `$function`, the `$sink` alias, the
/// `$hasher` bound (named so a hasher of the other line gets a message saying which feature
/// and helper take it) and the `$helper` function of the `digest`-like crate `$digest`.
macro_rules! digest_line {
    (
        traits: $digest:ident;
        $(#[$function_doc:meta])*
        function: $function:ident;
        $(#[$sink_doc:meta])*
        sink: $sink:ident;
        $(#[$hasher_doc:meta])*
        hasher: $hasher:ident;
        $(#[$helper_doc:meta])*
        helper: $helper:ident;
    ) => {
        $(#[$hasher_doc])*
        pub trait $hasher: $digest::Update + $digest::FixedOutputReset + Default {
            /// The digest, `Output<Self>` of the line's crate. The helper's return type names
            /// it through this trait rather than as `Output<D>` directly: for a hasher of the
            /// other line, `Output<D>` is an unsatisfied bound of its own, a second error after
            /// the one with the message.
            type Digest;

            /// The helper's body, here so that it sees `Digest` as `Output<Self>`.
            #[doc(hidden)]
            fn __hash(value: &(impl crate::ByteRepr + ?Sized)) -> Self::Digest;
        }

        // Not recommended: an error then names this trait, with its message, rather than the
        // `digest` trait the hasher lacks (for a hasher of the other line, the same trait of
        // a different crate version, which only confuses).
        #[diagnostic::do_not_recommend]
        impl<D: $digest::Update + $digest::FixedOutputReset + Default> $hasher for D {
            type Digest = $digest::Output<D>;

            #[inline]
            fn __hash(value: &(impl crate::ByteRepr + ?Sized)) -> Self::Digest {
                super::gather::hash_fresh::<$function<D>>(value, D::default)
            }
        }

        $(#[$function_doc])*
        pub struct $function<D>(core::marker::PhantomData<fn() -> D>);

        impl<D: $digest::Update> super::HashFunction for $function<D> {
            type Hasher = D;

            #[inline]
            fn update(hasher: &mut D, bytes: &[u8]) {
                hasher.update(bytes);
            }
        }

        impl<D: $digest::Update + $digest::FixedOutput> super::Finalize for $function<D> {
            type Output = $digest::Output<D>;

            #[inline]
            fn finalize(hasher: D) -> Self::Output {
                hasher.finalize_fixed()
            }
        }

        impl<D> super::FinalizeReset for $function<D>
        where
            D: $digest::Update + $digest::FixedOutput + $digest::FixedOutputReset,
        {
            #[inline]
            fn finalize_reset(hasher: &mut D) -> Self::Output {
                hasher.finalize_fixed_reset()
            }
        }

        $(#[$sink_doc])*
        pub type $sink<D, const N: usize = { super::BATCH }> = super::HashSink<$function<D>, N>;

        $(#[$helper_doc])*
        #[inline]
        #[must_use]
        pub fn $helper<D: $hasher>(value: &(impl crate::ByteRepr + ?Sized)) -> D::Digest {
            D::__hash(value)
        }
    };
}
pub(crate) use digest_line;
