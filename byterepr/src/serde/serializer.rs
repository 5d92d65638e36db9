//! The serializer of the bridge: each serde call is a typed write of the sink (the rules are
//! in the table of the [module docs](super)), and the first failure is kept where a
//! `Serialize` impl cannot drop it.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use core::ops::Range;

use ::serde::ser::{self, Serialize};

use super::Error;
use crate::Sink;
use crate::impls::maps::unordered::write_sorted;

/// Serializes `value` into `sink`: the body of [`write`](super::write()).
pub(super) fn serialize<T, S>(value: &T, sink: &mut S) -> Result<(), Error<S::Error>>
where
    T: Serialize + ?Sized,
    S: Sink + ?Sized,
{
    let mut outcome = Outcome::default();
    let result = value.serialize(&mut Serializer {
        sink,
        outcome: &mut outcome,
    });
    // The first failure wins even when a `Serialize` impl swallowed it and went on: the
    // bytes after it are not the value's.
    match (outcome, result) {
        (
            Outcome {
                sink_error: Some(error),
                ..
            },
            _,
        ) => Err(Error::Sink(error)),
        (
            Outcome {
                failure: Some(error),
                ..
            },
            _,
        )
        | (_, Err(Failure(error))) => Err(without_sink(error)),
        (_, Ok(())) => Ok(()),
    }
}

/// The serializer's own error: an [`Error`] without the sink's, which waits in the
/// serializer (serde needs an error type with `Display`, and a sink's error has none).
#[derive(Debug)]
struct Failure(Error<SinkFailed>);

/// The sink's error, as a [`Failure`] holds it: the error itself waits in the serializer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct SinkFailed;

impl fmt::Display for SinkFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the sink failed")
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl core::error::Error for Failure {}

impl ser::Error for Failure {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Failure(Error::Custom(message.to_string()))
    }
}

/// An error of the serializer when the sink did not fail.
fn without_sink<E>(error: Error<SinkFailed>) -> Error<E> {
    match error {
        Error::Custom(message) => Error::Custom(message),
        Error::SkippedField(name) => Error::SkippedField(name),
        Error::LengthMismatch { declared, given } => Error::LengthMismatch { declared, given },
        // The serializer only reports a sink failure when it kept the sink's error, which
        // `write` returns instead; a `Serialize` impl cannot make one.
        Error::Sink(SinkFailed) => Error::Custom(String::from("the sink failed")),
    }
}

/// The first failures of a serialization, kept where a `Serialize` impl cannot drop them.
struct Outcome<E> {
    /// The sink's error, when it failed.
    sink_error: Option<E>,
    /// The bridge's own first error (a skipped field, a lying length).
    failure: Option<Error<SinkFailed>>,
}

impl<E> Default for Outcome<E> {
    fn default() -> Self {
        Outcome {
            sink_error: None,
            failure: None,
        }
    }
}

/// The serializer: each serde call is a typed write of the sink.
struct Serializer<'a, S: Sink + ?Sized> {
    sink: &'a mut S,
    outcome: &'a mut Outcome<S::Error>,
}

impl<S: Sink + ?Sized> Serializer<'_, S> {
    /// Passes on a sink write's result, keeping the sink's error aside.
    fn sent(&mut self, result: Result<(), S::Error>) -> Result<(), Failure> {
        result.map_err(|error| {
            if self.outcome.sink_error.is_none() {
                self.outcome.sink_error = Some(error);
            }
            Failure(Error::Sink(SinkFailed))
        })
    }

    /// The bridge's own error, kept as the outcome if it is the first.
    fn fail(&mut self, error: Error<SinkFailed>) -> Failure {
        if self.outcome.failure.is_none() {
            self.outcome.failure = Some(error.clone());
        }
        Failure(error)
    }

    /// Serializes `value` into `scratch`, in the sink's format, through
    /// [`Sink::with_scratch`]: how a map entry or an element of a sequence of unknown
    /// length is encoded before its place is known.
    fn scratch_encode<T: Serialize + ?Sized>(
        &mut self,
        scratch: &mut Vec<u8>,
        value: &T,
    ) -> Result<(), Failure> {
        let mut failure = None;
        let result = self.sink.with_scratch(scratch, &mut |entry_sink| {
            let mut outcome = Outcome::default();
            let result = value.serialize(&mut Serializer {
                sink: entry_sink,
                outcome: &mut outcome,
            });
            if let Some(error) = outcome.sink_error {
                return Err(error);
            }
            failure = outcome.failure.or(result.err().map(|Failure(error)| error));
            Ok(())
        });
        self.sent(result)?;
        match failure {
            // A bridge error inside is one here too; the value's own error passes as it is.
            Some(error @ (Error::SkippedField(_) | Error::LengthMismatch { .. })) => {
                Err(self.fail(error))
            }
            Some(error) => Err(Failure(error)),
            None => Ok(()),
        }
    }
}

impl<'b, 'a: 'b, S: Sink + ?Sized> ser::Serializer for &'b mut Serializer<'a, S> {
    type Ok = ();
    type Error = Failure;
    type SerializeSeq = Seq<'b, 'a, S>;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Map<'b, 'a, S>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn is_human_readable(&self) -> bool {
        false
    }

    fn serialize_bool(self, v: bool) -> Result<(), Failure> {
        let result = self.sink.write_bool(v);
        self.sent(result)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Failure> {
        let result = self.sink.write_i8(v);
        self.sent(result)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Failure> {
        let result = self.sink.write_i16(v);
        self.sent(result)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Failure> {
        let result = self.sink.write_i32(v);
        self.sent(result)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Failure> {
        let result = self.sink.write_i64(v);
        self.sent(result)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Failure> {
        let result = self.sink.write_i128(v);
        self.sent(result)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Failure> {
        let result = self.sink.write_u8(v);
        self.sent(result)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Failure> {
        let result = self.sink.write_u16(v);
        self.sent(result)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Failure> {
        let result = self.sink.write_u32(v);
        self.sent(result)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Failure> {
        let result = self.sink.write_u64(v);
        self.sent(result)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Failure> {
        let result = self.sink.write_u128(v);
        self.sent(result)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Failure> {
        let result = self.sink.write_f32(v);
        self.sent(result)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Failure> {
        let result = self.sink.write_f64(v);
        self.sent(result)
    }
    fn serialize_char(self, v: char) -> Result<(), Failure> {
        let result = self.sink.write_char(v);
        self.sent(result)
    }
    fn serialize_str(self, v: &str) -> Result<(), Failure> {
        let result = self.sink.write_str(v);
        self.sent(result)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Failure> {
        let result = self.sink.write_len(v.len());
        self.sent(result)?;
        let result = self.sink.write_u8_slice(v);
        self.sent(result)
    }
    fn serialize_none(self) -> Result<(), Failure> {
        let result = self.sink.write_tag(0);
        self.sent(result)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Failure> {
        let result = self.sink.write_tag(1);
        self.sent(result)?;
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Failure> {
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Failure> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        variant_index: u32,
        _variant: &'static str,
    ) -> Result<(), Failure> {
        let result = self.sink.write_tag(variant_index);
        self.sent(result)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Failure> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        variant_index: u32,
        _variant: &'static str,
        value: &T,
    ) -> Result<(), Failure> {
        let result = self.sink.write_tag(variant_index);
        self.sent(result)?;
        value.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'b, 'a, S>, Failure> {
        match len {
            Some(declared) => {
                let result = self.sink.write_len(declared);
                self.sent(result)?;
                Ok(Seq::Direct {
                    ser: self,
                    declared,
                    given: 0,
                })
            }
            None => Ok(Seq::Buffered {
                ser: self,
                scratch: Vec::new(),
                given: 0,
            }),
        }
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self, Failure> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self, Failure> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        variant_index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self, Failure> {
        let result = self.sink.write_tag(variant_index);
        self.sent(result)?;
        Ok(self)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Map<'b, 'a, S>, Failure> {
        Ok(Map {
            ser: self,
            declared: len,
            scratch: Vec::new(),
            runs: Vec::new(),
            key_start: 0,
        })
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, Failure> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        variant_index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self, Failure> {
        let result = self.sink.write_tag(variant_index);
        self.sent(result)?;
        Ok(self)
    }
}

/// Tuples, structs and their variants: the fields one after another, nothing between.
macro_rules! fields_in_order {
    ($($trait:ident::$method:ident($($key:ident: $key_ty:ty)?);)*) => {$(
        impl<'b, 'a: 'b, S: Sink + ?Sized> ser::$trait for &'b mut Serializer<'a, S> {
            type Ok = ();
            type Error = Failure;

            fn $method<T: Serialize + ?Sized>(
                &mut self,
                $($key: $key_ty,)?
                value: &T,
            ) -> Result<(), Failure> {
                $(let _ = $key;)?
                value.serialize(&mut **self)
            }

            fn end(self) -> Result<(), Failure> {
                Ok(())
            }
        }
    )*};
}

fields_in_order! {
    SerializeTuple::serialize_element();
    SerializeTupleStruct::serialize_field();
    SerializeTupleVariant::serialize_field();
}

/// `skip_serializing_if` is refused (see [`Error::SkippedField`]).
macro_rules! struct_fields {
    ($($trait:ident;)*) => {$(
        impl<'b, 'a: 'b, S: Sink + ?Sized> ser::$trait for &'b mut Serializer<'a, S> {
            type Ok = ();
            type Error = Failure;

            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                _key: &'static str,
                value: &T,
            ) -> Result<(), Failure> {
                value.serialize(&mut **self)
            }

            fn skip_field(&mut self, key: &'static str) -> Result<(), Failure> {
                Err(self.fail(Error::SkippedField(key)))
            }

            fn end(self) -> Result<(), Failure> {
                Ok(())
            }
        }
    )*};
}

struct_fields! {
    SerializeStruct;
    SerializeStructVariant;
}

/// A sequence being serialized.
enum Seq<'b, 'a, S: Sink + ?Sized> {
    /// Its length was announced and written: elements go straight to the sink and are
    /// counted against it.
    Direct {
        ser: &'b mut Serializer<'a, S>,
        declared: usize,
        given: usize,
    },
    /// Its length is unknown: elements are encoded into `scratch` and counted, and the
    /// count and the bytes go out at the end.
    Buffered {
        ser: &'b mut Serializer<'a, S>,
        scratch: Vec<u8>,
        given: usize,
    },
}

/// A map being serialized: each entry (key then value) is encoded into `scratch`, and the
/// entries go out sorted by their bytes at the end, after their number.
struct Map<'b, 'a, S: Sink + ?Sized> {
    ser: &'b mut Serializer<'a, S>,
    /// The announced length, if any, checked at the end.
    declared: Option<usize>,
    /// The entries' bytes, in the sink's format.
    scratch: Vec<u8>,
    /// Where each entry's bytes are in `scratch`.
    runs: Vec<Range<usize>>,
    /// Where the current entry's key started.
    key_start: usize,
}

impl<S: Sink + ?Sized> ser::SerializeSeq for Seq<'_, '_, S> {
    type Ok = ();
    type Error = Failure;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failure> {
        match self {
            Seq::Direct {
                ser,
                declared,
                given,
            } => {
                *given += 1;
                if *given > *declared {
                    return Err(ser.fail(Error::LengthMismatch {
                        declared: *declared,
                        given: *given,
                    }));
                }
                value.serialize(&mut **ser)
            }
            Seq::Buffered {
                ser,
                scratch,
                given,
            } => {
                *given += 1;
                ser.scratch_encode(scratch, value)
            }
        }
    }

    fn end(self) -> Result<(), Failure> {
        match self {
            Seq::Direct {
                ser,
                declared,
                given,
            } if declared != given => Err(ser.fail(Error::LengthMismatch { declared, given })),
            Seq::Direct { .. } => Ok(()),
            Seq::Buffered {
                ser,
                scratch,
                given,
            } => {
                let result = ser.sink.write_len(given);
                ser.sent(result)?;
                let result = ser.sink.write_raw(&scratch);
                ser.sent(result)
            }
        }
    }
}

impl<S: Sink + ?Sized> ser::SerializeMap for Map<'_, '_, S> {
    type Ok = ();
    type Error = Failure;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Failure> {
        self.key_start = self.scratch.len();
        self.ser.scratch_encode(&mut self.scratch, key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Failure> {
        self.ser.scratch_encode(&mut self.scratch, value)?;
        self.runs.push(self.key_start..self.scratch.len());
        Ok(())
    }

    fn end(mut self) -> Result<(), Failure> {
        let given = self.runs.len();
        if let Some(declared) = self.declared
            && declared != given
        {
            return Err(self.ser.fail(Error::LengthMismatch { declared, given }));
        }
        let result = self.ser.sink.write_len(given);
        self.ser.sent(result)?;
        let result = write_sorted(&mut *self.ser.sink, &self.scratch, &mut self.runs);
        self.ser.sent(result)
    }
}
