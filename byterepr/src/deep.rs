//! Deep values: the `deep!` guard that the recursive paths of encoding (pointers and
//! collections, the only ways a value can contain itself) run their bodies through.
//!
//! Without feature `stacker` the guard is nothing: the body runs as written, and the depth a
//! value can have is the one "Limits" in the crate docs measures. With it, the body runs
//! where at least [`RED_ZONE`] bytes of stack are left, on a new [`SEGMENT`]-byte stack
//! segment on the heap when fewer are (`stacker::maybe_grow`), so no value is too deep to
//! encode: depth then costs heap, not a stack overflow that aborts the process.

/// Stack that must be left for a body to run where it is: more than any one level of any
/// entry point takes (about 1 KiB for a `HashMap` level of the Java encoding in a debug
/// build), with room for the hasher's and the sort's own frames.
#[cfg(feature = "stacker")]
pub(crate) const RED_ZONE: usize = 64 * 1024;

/// The size of each stack segment taken from the heap when the red zone is reached.
#[cfg(feature = "stacker")]
pub(crate) const SEGMENT: usize = 2 * 1024 * 1024;

/// Runs `$body` (an expression; `?` inside it returns from the body) behind the stack guard,
/// unless every type listed before it has a fixed encoded size: such a type cannot contain
/// itself (the derive gives a recursive type no fixed size), so `Vec<i32>` or a
/// `HashMap<u64, f64>` pays nothing even with the feature.
macro_rules! deep {
    ($($ty:ty),+ => $body:expr) => {{
        #[cfg(feature = "stacker")]
        {
            if true $(&& <$ty as $crate::ByteRepr>::ENCODED_SIZE.is_some())+ {
                $body
            } else {
                ::stacker::maybe_grow($crate::deep::RED_ZONE, $crate::deep::SEGMENT, || $body)
            }
        }
        #[cfg(not(feature = "stacker"))]
        {
            $body
        }
    }};
}
pub(crate) use deep;
