//! `serde_json::Value`, `Map<String, Value>` and `Number`.
//!
//! `Value`'s `Eq` is structural, with two points that the bytes follow: a `Number` keeps the
//! kind it was made as (`1` and `1.0` are not `==`; `serde_json` compares a non-negative
//! integer, a negative integer and a float only with numbers of the same kind), and a `Map`
//! compares as a map, ignoring the order of its entries even with `serde_json`'s
//! `preserve_order` feature (where it is an `IndexMap`). So a `Map` encodes like a `HashMap`,
//! with or without that feature.
//!
//! `serde_json`'s `arbitrary_precision` feature, if anything in the build enables it, makes a
//! `Number` a decimal string compared as a string (`1.0` and `1.00` differ); the bytes
//! below are of the number it parses to, which that feature's `==` can tell apart where
//! these bytes cannot.

use ::serde_json::{Map, Number, Value};
use alloc::string::String;

use crate::deep::deep;

use crate::impls::maps::{map_encoded_len, write_hashed, write_key};
use crate::impls::{part, variants};
use crate::schema::{Custom, Order, Schema, Shape, Variant, of};
use crate::{ByteRepr, Sink, size};

/// The tags of `Number`'s three kinds.
const POS_INT: u32 = 0;
const NEG_INT: u32 = 1;
const FLOAT: u32 = 2;

/// Tag `0` then a `u64` for a non-negative integer; tag `1` then an `i64` for a negative
/// integer; tag `2` then an `f64` for a float, with `-0.0` written as `0.0` (they are `==`
/// as `Number`s; a `Number` is never NaN or infinite).
impl ByteRepr for Number {
    const ENCODED_SIZE: Option<usize> = size::same(&[
        size::sum(&[Some(size::tag(POS_INT)), Some(size::U64)]),
        size::sum(&[Some(size::tag(NEG_INT)), Some(size::I64)]),
        size::sum(&[Some(size::tag(FLOAT)), Some(size::F64)]),
    ]);
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Custom(Custom {
        name: "serde_json::Number",
        version: 1,
        layout: "tag 0 then a u64 (a non-negative integer), tag 1 then an i64 (a negative \
                 integer), or tag 2 then an f64 with -0.0 written as 0.0 (a float)",
    }));

    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        // `as_u64` is `Some` for the non-negative integers only and `as_i64`, after it, for
        // the negative ones: the public view of `serde_json`'s three kinds.
        if let Some(n) = self.as_u64() {
            sink.write_tag(POS_INT)?;
            sink.write_u64(n)
        } else if let Some(n) = self.as_i64() {
            sink.write_tag(NEG_INT)?;
            sink.write_i64(n)
        } else {
            sink.write_tag(FLOAT)?;
            // `+ 0.0` turns `-0.0` into `0.0` and leaves every other finite value as it is.
            sink.write_f64(self.as_f64().unwrap_or_default() + 0.0)
        }
    }
}

/// `len`, then each `(key, value)` sorted by the entry's encoded bytes, as a
/// `HashMap<String, Value>`: `==` ignores the order of the entries.
impl ByteRepr for Map<String, Value> {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(Shape::Map {
        key: of::<String>,
        value: of::<Value>,
        order: Order::ByBytes,
    });

    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        deep!(Value => write_hashed(
            sink,
            self.len(),
            self.iter(),
            |(key, value), entry_sink| {
                write_key(*key, entry_sink)?;
                value.write_to(entry_sink)
            }
        ))
    }

    fn encoded_len(&self) -> usize {
        deep!(Value => map_encoded_len(self.len(), self.iter()))
    }
}

/// A tag in the order of `Value`'s variants, then the payload: `Null` → `0`; `Bool` → `1`
/// then the `bool`; `Number` → `2` then the `Number`; `String` → `3` then the string;
/// `Array` → `4` then the `Vec<Value>`; `Object` → `5` then the `Map`.
impl ByteRepr for Value {
    const SCHEMA: &'static Schema = &Schema::new::<Self>(variants(&[
        Variant {
            name: "Null",
            tag: 0,
            fields: &[],
        },
        Variant {
            name: "Bool",
            tag: 1,
            fields: &[part("0", of::<bool>)],
        },
        Variant {
            name: "Number",
            tag: 2,
            fields: &[part("0", of::<Number>)],
        },
        Variant {
            name: "String",
            tag: 3,
            fields: &[part("0", of::<String>)],
        },
        Variant {
            name: "Array",
            tag: 4,
            fields: &[part("0", of::<alloc::vec::Vec<Value>>)],
        },
        Variant {
            name: "Object",
            tag: 5,
            fields: &[part("0", of::<Map<String, Value>>)],
        },
    ]));

    fn write_to<S: Sink + ?Sized>(&self, sink: &mut S) -> Result<(), S::Error> {
        match self {
            Value::Null => sink.write_tag(0),
            Value::Bool(value) => {
                sink.write_tag(1)?;
                sink.write_bool(*value)
            }
            Value::Number(value) => {
                sink.write_tag(2)?;
                value.write_to(sink)
            }
            Value::String(value) => {
                sink.write_tag(3)?;
                sink.write_str(value)
            }
            Value::Array(values) => {
                sink.write_tag(4)?;
                values.write_to(sink)
            }
            Value::Object(map) => {
                sink.write_tag(5)?;
                map.write_to(sink)
            }
        }
    }

    fn encoded_len(&self) -> usize {
        match self {
            Value::Null => size::tag(0),
            Value::Bool(value) => size::add(size::tag(1), value.encoded_len()),
            Value::Number(value) => size::add(size::tag(2), value.encoded_len()),
            Value::String(value) => size::add(size::tag(3), size::str(value.len())),
            Value::Array(values) => size::add(size::tag(4), values.encoded_len()),
            Value::Object(map) => size::add(size::tag(5), map.encoded_len()),
        }
    }
}
