//! The destinations this crate ships: where encoded bytes can go without writing a [`Sink`]
//! yourself. The trait itself, and the format its typed methods define, live in the `sink`
//! module (re-exported at the crate root); the hashing destinations live in
//! [`hash`](crate::hash).
//!
//! | sink | error | for |
//! |---|---|---|
//! | `Vec<u8>` | `Infallible` | appending to a buffer you own |
//! | [`LenCounter`] | `Infallible` | measuring an encoding without writing it |
//! | [`SliceSink`] | [`BufferFull`] | a fixed `&mut [u8]`, e.g. on the stack or in `no_std` |
//! | [`IoSink`] | `std::io::Error` | any `std::io::Write` |
//! | [`Batched`] | the inner sink's | gathering small writes before a sink that dislikes them |
//!
//! [`Sink`]: crate::Sink

mod batched;
#[cfg(feature = "std")]
mod io;
mod len;
mod slice;
#[cfg(feature = "alloc")]
#[allow(
    unsafe_code,
    reason = "the one module that writes into a `Vec`'s spare capacity"
)]
mod spare;
#[cfg(feature = "alloc")]
mod vec;

pub use batched::Batched;
#[cfg(feature = "std")]
pub use io::IoSink;
pub use len::LenCounter;
pub use slice::{BufferFull, SliceSink};
#[cfg(feature = "alloc")]
pub(crate) use spare::{extend as extend_spare, to_vec as to_vec_spare};
#[cfg(all(feature = "alloc", feature = "java"))]
pub(crate) use vec::with_capacity_hint;
#[cfg(feature = "alloc")]
pub(crate) use vec::{Scratch, encode_small, extend_small};
