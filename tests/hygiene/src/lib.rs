//! Crate-level hygiene of `#[derive(ByteRepr)]`: this crate has no implicit prelude, denies
//! every warning, `missing_docs`, `unused_qualifications` and clippy's pedantic lints, names
//! its own items like the prelude and std items generated code uses, and reaches byterepr only
//! under another name (`byterepr_renamed`), through `#[byterepr(crate = "...")]`.
#![no_implicit_prelude]
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    clippy::all,
    clippy::pedantic
)]

use ::byterepr_renamed::{ByteRepr, Sink};

/// Shadows `core::result::Result`.
pub struct Result;
/// Shadows `Ok`.
pub struct Ok;
/// Shadows `Err`.
pub struct Err;
/// Shadows `Some`.
pub struct Some;
/// Shadows `None`.
pub struct None;
/// Shadows `Option`.
pub struct Option;
/// Shadows `Vec`.
pub struct Vec;
/// Shadows `String`.
pub struct String;
/// Shadows `Sized`.
pub struct Sized;
/// Shadows the `core` crate's name.
pub mod core {}
/// Shadows the `std` crate's name.
pub mod std {}
/// Shadows the runtime crate's usual name.
pub mod byterepr {}

/// Writes a byte twice: a `with` function.
///
/// # Errors
/// Whatever the sink returns.
pub fn write_twice<S>(value: &[u8; 1], sink: &mut S) -> ::core::result::Result<(), S::Error>
where
    S: Sink + ?::core::marker::Sized,
{
    sink.write_u8(value[0])?;
    sink.write_u8(value[0])
}

/// A struct with every field attribute.
#[derive(ByteRepr)]
#[byterepr(crate = "::byterepr_renamed", domain = "hygiene.Order")]
pub struct Order {
    /// Encoded.
    pub id: u64,
    /// Encoded.
    pub name: ::std::string::String,
    /// Written by `write_twice`.
    #[byterepr(with = write_twice)]
    pub check: [u8; 1],
    /// Left out.
    #[byterepr(skip)]
    pub cache: ::std::vec::Vec<u8>,
}

/// A key with an adapted field and a `Hash` impl from its bytes.
#[derive(ByteRepr)]
#[byterepr(crate = "::byterepr_renamed", hash)]
pub struct Keyed<T> {
    /// Written through an adapter, generic.
    #[byterepr(as = ::std::vec::Vec<::core::option::Option<::byterepr_renamed::adapt::Same>>)]
    pub parts: ::std::vec::Vec<::core::option::Option<T>>,
}

/// An enum with pinned and implicit tags, generic data and a bound.
#[derive(ByteRepr)]
#[byterepr(crate = "::byterepr_renamed")]
pub enum Event<T> {
    /// Tag 0.
    Start,
    /// Tag 7.
    #[byterepr(tag = 7)]
    Data(T),
    /// Tag 8.
    Pair {
        /// Encoded.
        left: T,
        /// Encoded.
        right: ::core::option::Option<T>,
    },
}

/// A fixed-size struct.
#[derive(ByteRepr)]
#[byterepr(crate = "::byterepr_renamed")]
pub struct Point(pub i32, pub i32);

/// A type with no values.
#[derive(ByteRepr)]
#[byterepr(crate = "::byterepr_renamed")]
pub enum Never {}

#[cfg(test)]
mod tests {
    use ::byterepr_renamed::ByteRepr;
    use ::std::vec;

    use super::{Event, Order, Point};

    #[::core::prelude::v1::test]
    fn derived_impls_encode_as_specified() {
        let order = Order {
            id: 1,
            name: ::std::borrow::ToOwned::to_owned("n"),
            check: [9],
            cache: vec![5],
        };
        let mut expected = vec![13];
        expected.extend_from_slice(b"hygiene.Order");
        expected.extend_from_slice(&[1, 0, 0, 0, 0, 0, 0, 0, 1, b'n', 9, 9]);
        ::std::assert_eq!(::byterepr_renamed::to_vec(&order), expected);
        ::std::assert_eq!(order.encoded_len(), expected.len());
        ::std::assert_eq!(order.cache, [5]);

        ::std::assert_eq!(::byterepr_renamed::to_vec(&Event::<u8>::Start), [0]);
        ::std::assert_eq!(::byterepr_renamed::to_vec(&Event::Data(3u8)), [7, 3]);
        let pair = Event::Pair {
            left: 1u8,
            right: ::core::option::Option::Some(2),
        };
        ::std::assert_eq!(::byterepr_renamed::to_vec(&pair), [8, 1, 1, 2]);
        ::std::assert_eq!(
            <Point as ByteRepr>::ENCODED_SIZE,
            ::core::option::Option::Some(8)
        );
        ::std::assert_eq!(::byterepr_renamed::to_vec(&Point(1, -1)).len(), 8);
    }
}
