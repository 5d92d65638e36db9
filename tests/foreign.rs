//! Foreign types (SPEC.md 3.16): golden vectors, and the rule "bytes agree with `Eq`" as a
//! property over generated pairs of values, checked with each crate's own `==`, in both
//! encodings.
//!
//! The golden bytes were derived by hand from SPEC.md (little-endian numbers, LEB128 lengths
//! and tags, entries of unordered collections sorted by their bytes).

use std::cell::Cell;
use std::fmt::Debug;
use std::str::FromStr;

use byterepr::ByteRepr;
use proptest::collection::{hash_map, vec};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::golden::{check, parse_hex};

/// Pairs each property runs.
const CASES: u32 = 1000;

/// Runs `pairs` through the rule, `CASES` times: `a == b` exactly when their canonical bytes
/// are equal, and exactly when their Java bytes are; `encoded_len` is exact. Fails unless
/// both equal and unequal pairs came up often, so the property cannot pass vacuously.
#[track_caller]
fn check_agreement<T>(pairs: impl Strategy<Value = (T, T)>)
where
    T: ByteRepr + PartialEq + Debug,
{
    let (equal, unequal) = (Cell::new(0u32), Cell::new(0u32));
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&pairs, |(a, b)| {
            let (bytes_a, bytes_b) = (byterepr::to_vec(&a), byterepr::to_vec(&b));
            prop_assert_eq!(a == b, bytes_a == bytes_b, "{:?} and {:?}", a, b);
            prop_assert_eq!(byterepr::encoded_len(&a), bytes_a.len());
            let java_a = byterepr::java::to_vec(&a).expect("a Java encoding");
            let java_b = byterepr::java::to_vec(&b).expect("a Java encoding");
            prop_assert_eq!(a == b, java_a == java_b, "Java: {:?} and {:?}", a, b);
            let counter = if a == b { &equal } else { &unequal };
            counter.set(counter.get() + 1);
            Ok(())
        })
        .unwrap();
    let (equal, unequal) = (equal.get(), unequal.get());
    assert!(
        equal >= CASES / 10 && unequal >= CASES / 10,
        "{equal} equal and {unequal} unequal pairs: the generator needs both"
    );
}

/// A pair of values: half the time the second is `same(first)` (an equal value, built
/// another way), else an independent one from the same small domain.
fn pairs<T: Clone + Debug, S: Strategy<Value = T> + Clone>(
    values: S,
    same: impl Fn(&T) -> T + Clone + 'static,
) -> impl Strategy<Value = (T, T)> {
    (values.clone(), values, any::<bool>()).prop_map(move |(a, b, twin)| {
        let b = if twin { same(&a) } else { b };
        (a, b)
    })
}

// --- uuid -----------------------------------------------------------------------------------

mod uuid_tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn golden() {
        check(
            &Uuid::from_u128(0x0011_2233_4455_6677_8899_aabb_ccdd_eeff),
            "00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff",
        );
        check(&Uuid::nil(), "00*16");
        check(&Uuid::max(), "ff*16");
        // A byte array is bytes in both encodings.
        let id = Uuid::from_u128(0x0102);
        assert_eq!(byterepr::java::to_vec(&id).unwrap(), byterepr::to_vec(&id));
    }

    #[test]
    fn agrees_with_eq() {
        check_agreement(pairs((0u128..4).prop_map(Uuid::from_u128), |id| {
            Uuid::from_bytes(*id.as_bytes())
        }));
    }
}

// --- rust_decimal ---------------------------------------------------------------------------

mod rust_decimal_tests {
    use super::*;
    use rust_decimal::Decimal;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn golden() {
        check(&dec("1.5"), "0f 00*15 01 00 00 00");
        check(&dec("1.50"), "0f 00*15 01 00 00 00");
        check(&dec("-1.5"), "f1 ff*15 01 00 00 00");
        check(&dec("100"), "64 00*15 00 00 00 00");
        check(&dec("100.00"), "64 00*15 00 00 00 00");
        check(&dec("-0.000"), "00*16 00 00 00 00");
        check(&Decimal::MAX, "ff*12 00*4 00 00 00 00");
        // Java: the mantissa as two big-endian longs, the scale as an int.
        assert_eq!(
            byterepr::java::to_vec(&dec("1.50")).unwrap(),
            parse_hex("00*15 0f 00 00 00 01")
        );
    }

    /// `mantissa × 10^extra` at scale `scale + extra`: the same value as `mantissa` at
    /// `scale`, written with `extra` more trailing zeros; a zero may carry a minus sign.
    fn scaled(mantissa: i64, scale: u32, extra: u32, negative_zero: bool) -> Decimal {
        let mut value =
            Decimal::from_i128_with_scale(i128::from(mantissa) * 10i128.pow(extra), scale + extra);
        if negative_zero && value.is_zero() {
            value.set_sign_negative(true);
        }
        value
    }

    #[test]
    fn agrees_with_eq() {
        let values = (-30i64..30, 0u32..4, 0u32..20, any::<bool>());
        let pairs = (values.clone(), values, any::<bool>()).prop_map(
            |((m, s, e, z), (m2, s2, e2, z2), twin)| {
                let a = scaled(m, s, e, z);
                // The twin: the same number at another scale, or with the other zero sign.
                let b = if twin {
                    scaled(m, s, e2, z2)
                } else {
                    scaled(m2, s2, e2, z2)
                };
                (a, b)
            },
        );
        check_agreement(pairs);
    }
}

// --- chrono ---------------------------------------------------------------------------------

mod chrono_tests {
    use super::*;
    use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

    fn at(secs: i64, nanos: u32) -> DateTime<Utc> {
        DateTime::from_timestamp(secs, nanos).unwrap()
    }

    #[test]
    fn golden() {
        check(&at(1, 500_000_000), "01 00*7 00 65 cd 1d");
        let east = FixedOffset::east_opt(2 * 3600).unwrap();
        check(
            &at(1, 500_000_000).with_timezone(&east),
            "01 00*7 00 65 cd 1d",
        );
        check(&at(-1, 500_000_000), "ff*8 00 65 cd 1d");
        // 2016-12-31T23:59:60.5Z, a leap second: the second before, with 1.5 × 10⁹ ns.
        let leap = NaiveDate::from_ymd_opt(2016, 12, 31)
            .unwrap()
            .and_hms_nano_opt(23, 59, 59, 1_500_000_000)
            .unwrap();
        check(&leap.and_utc(), "7f 46 68 58 00 00 00 00 00 2f 68 59");
        check(&leap, "e0 07 00 00 0c 1f 17 3b 3b 00 2f 68 59");
        check(
            &NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
            "e8 07 00 00 02 1d",
        );
        check(
            &NaiveTime::from_hms_nano_opt(23, 59, 59, 1).unwrap(),
            "17 3b 3b 01 00 00 00",
        );
        check(
            &NaiveDate::from_ymd_opt(-1, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
            "ff ff ff ff 01 01 00 00 00 00 00 00 00",
        );
        // Java: big-endian.
        assert_eq!(
            byterepr::java::to_vec(&at(1, 500_000_000)).unwrap(),
            parse_hex("00*7 01 1d cd 65 00")
        );
    }

    /// Instants around a leap second (1969-12-31T23:59:59 is second -1), at offsets.
    fn instants() -> impl Strategy<Value = DateTime<FixedOffset>> + Clone {
        (
            prop::sample::select(vec![-61i64, -1, 0, 59, 60]),
            prop::sample::select(vec![0u32, 500_000_000, 1_500_000_000]),
            -2i32..3,
        )
            .prop_filter_map("a valid instant", |(secs, nanos, hours)| {
                let offset = FixedOffset::east_opt(hours * 3600)?;
                Some(DateTime::from_timestamp(secs, nanos)?.with_timezone(&offset))
            })
    }

    #[test]
    fn date_times_agree_with_eq() {
        // The twin: the same instant seen from UTC+05:30.
        check_agreement(pairs(instants(), |instant| {
            instant.with_timezone(&FixedOffset::east_opt(19_800).unwrap())
        }));
    }

    #[test]
    fn naive_date_times_agree_with_eq() {
        let values = (
            2023i32..2025,
            1u32..3,
            prop::sample::select(vec![0u32, 59]),
            prop::sample::select(vec![0u32, 1, 1_000_000_000]),
        )
            .prop_map(|(year, day, second, nanos)| {
                NaiveDate::from_ymd_opt(year, 1, day).unwrap().and_time(
                    NaiveTime::from_hms_nano_opt(23, 59, second, nanos).unwrap_or_default(),
                )
            });
        check_agreement(pairs(values, |value: &NaiveDateTime| {
            value.date().and_time(value.time())
        }));
    }
}

// --- jiff ------------------------------------------------------------------------------------

mod jiff_tests {
    use super::*;
    use jiff::civil::{Date, DateTime, Time};
    use jiff::tz::{Offset, TimeZone};
    use jiff::{Timestamp, ZonedDateTime};

    fn at(secs: i64, nanos: i32) -> Timestamp {
        Timestamp::new(secs, nanos).unwrap()
    }

    fn zoned(instant: Timestamp, hours: i8) -> ZonedDateTime {
        instant.to_zoned_datetime(TimeZone::fixed(Offset::constant(hours)))
    }

    #[test]
    fn golden() {
        // The bytes of chrono's `DateTime` for the same instants.
        check(&at(1, 500_000_000), "01 00*7 00 65 cd 1d");
        check(&zoned(at(1, 500_000_000), 2), "01 00*7 00 65 cd 1d");
        // Half a second before the epoch: jiff says -0.5 s, the bytes say second -1 + 0.5 s.
        check(&at(0, -500_000_000), "ff*8 00 65 cd 1d");
        assert_eq!(
            byterepr::to_vec(&at(0, -500_000_000)),
            byterepr::to_vec(&chrono::DateTime::from_timestamp(-1, 500_000_000).unwrap())
        );
        check(&Date::constant(2024, 2, 29), "e8 07 00 00 02 1d");
        check(&Time::constant(23, 59, 59, 1), "17 3b 3b 01 00 00 00");
        check(
            &DateTime::constant(-1, 1, 1, 0, 0, 0, 0),
            "ff ff ff ff 01 01 00 00 00 00 00 00 00",
        );
        // Java: big-endian.
        assert_eq!(
            byterepr::java::to_vec(&at(1, 500_000_000)).unwrap(),
            parse_hex("00*7 01 1d cd 65 00")
        );
    }

    /// Instants around the epoch, in fixed-offset time zones.
    fn instants() -> impl Strategy<Value = ZonedDateTime> + Clone {
        (
            prop::sample::select(vec![-61i64, -1, 0, 59]),
            prop::sample::select(vec![-500_000_000i32, 0, 500_000_000]),
            -2i8..3,
        )
            .prop_filter_map("a valid instant", |(secs, nanos, hours)| {
                Some(zoned(Timestamp::new(secs, nanos).ok()?, hours))
            })
    }

    #[test]
    fn zoned_date_times_agree_with_eq() {
        // The twin: the same instant in another time zone; `==` compares instants only.
        check_agreement(pairs(instants(), |instant: &ZonedDateTime| {
            zoned(instant.timestamp(), 5)
        }));
    }

    #[test]
    fn timestamps_agree_with_eq() {
        // The twin: the same instant rebuilt from seconds and nanoseconds with the other
        // sign convention (-0.5 s as second -1 plus 0.5 s).
        let values = instants().prop_map(|zoned| zoned.timestamp());
        check_agreement(pairs(values, |instant: &Timestamp| {
            let nanos = instant.as_nanosecond();
            let seconds = i64::try_from(nanos.div_euclid(1_000_000_000)).unwrap();
            let rest = i32::try_from(nanos.rem_euclid(1_000_000_000)).unwrap();
            Timestamp::new(seconds, rest).unwrap()
        }));
    }

    #[test]
    fn civil_date_times_agree_with_eq() {
        let values = (
            2023i16..2025,
            1i8..3,
            prop::sample::select(vec![0i8, 59]),
            0i32..2,
        )
            .prop_map(|(year, day, second, nanos)| {
                DateTime::constant(year, 1, day, 23, 59, second, nanos)
            });
        check_agreement(pairs(values, |value: &DateTime| {
            value.date().to_datetime(value.time())
        }));
    }
}

// --- indexmap, hashbrown --------------------------------------------------------------------

mod map_tests {
    use super::*;

    /// Entries of a small map, and the same entries in another order.
    fn entries() -> impl Strategy<Value = Vec<(u8, u8)>> + Clone {
        hash_map(0u8..4, 0u8..2, 0..4).prop_map(|map| map.into_iter().collect())
    }

    #[test]
    fn golden() {
        let map: indexmap::IndexMap<&str, u8> = [("b", 1), ("a", 2)].into_iter().collect();
        check(&map, "02 01 61 02 01 62 01");
        let set: indexmap::IndexSet<&str> = ["b", "a", "ab"].into_iter().collect();
        check(&set, "03 01 61 01 62 02 61 62");
        let set: hashbrown::HashSet<&str> = ["b", "a", "ab"].into_iter().collect();
        check(&set, "03 01 61 01 62 02 61 62");
        let map: hashbrown::HashMap<&str, u8> = [("b", 1), ("a", 2)].into_iter().collect();
        check(&map, "02 01 61 02 01 62 01");
        // Insertion order, when wanted, through `write_seq`: the `Vec` of the pairs.
        let map: indexmap::IndexMap<&str, u8> = [("b", 1), ("a", 2)].into_iter().collect();
        assert_eq!(
            byterepr::seq_to_vec(map.iter()).unwrap(),
            parse_hex("02 01 62 01 01 61 02")
        );
        // Java: entries sorted by their Java bytes.
        assert_eq!(
            byterepr::java::to_vec(&map).unwrap(),
            parse_hex("00 00 00 02 00 01 61 02 00 01 62 01")
        );
    }

    #[test]
    fn index_maps_agree_with_eq() {
        let maps = entries().prop_map(|entries| entries.into_iter().collect());
        check_agreement(pairs(maps, |map: &indexmap::IndexMap<u8, u8>| {
            map.iter().rev().map(|(k, v)| (*k, *v)).collect()
        }));
    }

    #[test]
    fn index_sets_agree_with_eq() {
        let sets = vec(0u8..3, 0..4).prop_map(|items| items.into_iter().collect());
        check_agreement(pairs(sets, |set: &indexmap::IndexSet<u8>| {
            set.iter().rev().copied().collect()
        }));
    }

    #[test]
    fn hashbrown_maps_agree_with_eq() {
        let maps = entries().prop_map(|entries| entries.into_iter().collect());
        check_agreement(pairs(maps, |map: &hashbrown::HashMap<u8, u8>| {
            // Same entries, another table: built with room for more, in reverse.
            let mut twin = hashbrown::HashMap::with_capacity(64);
            let mut entries: Vec<_> = map.iter().collect();
            entries.reverse();
            twin.extend(entries.into_iter().map(|(k, v)| (*k, *v)));
            twin
        }));
    }

    #[test]
    fn hashbrown_sets_agree_with_eq() {
        let sets = vec(0u8..3, 0..4).prop_map(|items| items.into_iter().collect());
        check_agreement(pairs(sets, |set: &hashbrown::HashSet<u8>| {
            set.iter().copied().collect()
        }));
    }
}

// --- serde_json -----------------------------------------------------------------------------

mod serde_json_tests {
    use super::*;
    use serde_json::{Number, Value, json};

    #[test]
    fn golden() {
        check(&Number::from(1u8), "00 01 00*7");
        check(
            &Number::from_f64(1.0).unwrap(),
            "02 00 00 00 00 00 00 f0 3f",
        );
        check(&Number::from(-1i8), "01 ff*8");
        check(&Number::from_f64(-0.0).unwrap(), "02 00*8");
        check(&json!(null), "00");
        check(&json!(true), "01 01");
        check(&json!("a"), "03 01 61");
        check(&json!([1, null]), "04 02 02 00 01 00*7 00");
        check(&json!({"b": null, "a": true}), "05 02 01 61 01 01 01 62 00");
        // Java: tags are ints, strings `writeUTF`.
        assert_eq!(
            byterepr::java::to_vec(&json!("a")).unwrap(),
            parse_hex("00 00 00 03 00 01 61")
        );
    }

    /// Small JSON values: the numbers `1`, `1.0`, `-1`, `0`, `0.0`, `-0.0`, short strings,
    /// arrays and objects over three keys, two levels deep.
    fn values() -> impl Strategy<Value = Value> + Clone {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            prop::sample::select(vec![
                json!(1),
                json!(1.0),
                json!(-1),
                json!(0),
                json!(0.0),
                json!(-0.0),
            ]),
            "[ab]{0,1}".prop_map(Value::String),
        ];
        leaf.prop_recursive(2, 8, 3, |inner| {
            prop_oneof![
                vec(inner.clone(), 0..3).prop_map(Value::Array),
                vec((prop::sample::select(vec!["a", "b", "c"]), inner), 0..3).prop_map(|entries| {
                    Value::Object(
                        entries
                            .into_iter()
                            .map(|(k, v)| (k.to_owned(), v))
                            .collect(),
                    )
                }),
            ]
        })
    }

    /// The same value with every object's entries inserted in reverse order.
    fn reordered(value: &Value) -> Value {
        match value {
            Value::Array(items) => Value::Array(items.iter().map(reordered).collect()),
            Value::Object(map) => Value::Object(
                map.iter()
                    .rev()
                    .map(|(k, v)| (k.clone(), reordered(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    #[test]
    fn preserve_order_is_on_so_order_could_leak() {
        let value = reordered(&json!({"a": 1, "b": 2}));
        let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["b", "a"]);
    }

    #[test]
    fn values_agree_with_eq() {
        check_agreement(pairs(values(), reordered));
    }
}

// --- bytes, smallvec, arrayvec --------------------------------------------------------------

mod slice_tests {
    use super::*;
    use arrayvec::{ArrayString, ArrayVec};
    use bytes::{Bytes, BytesMut};
    use smallvec::SmallVec;

    #[test]
    fn golden() {
        check(&Bytes::from_static(b"ab"), "02 61 62");
        check(&BytesMut::from(&b"ab"[..]), "02 61 62");
        let spilled: SmallVec<[u16; 2]> = SmallVec::from_slice(&[1, 2, 3]);
        check(&spilled, "03 01 00 02 00 03 00");
        let inline: SmallVec<[u16; 2]> = SmallVec::from_slice(&[1]);
        check(&inline, "01 01 00");
        let array: ArrayVec<u8, 4> = [1, 2].into_iter().collect();
        check(&array, "02 01 02");
        check(&ArrayString::<8>::from("DSL").unwrap(), "03 44 53 4c");
        assert_eq!(
            byterepr::java::to_vec(&ArrayString::<8>::from("DSL").unwrap()).unwrap(),
            parse_hex("00 03 44 53 4c")
        );
    }

    #[test]
    fn bytes_agree_with_eq() {
        let values = vec(0u8..2, 0..3).prop_map(Bytes::from);
        check_agreement(pairs(values, |b: &Bytes| Bytes::copy_from_slice(b)));
    }

    #[test]
    fn small_vecs_agree_with_eq() {
        // Two fit inline, more spill to the heap: the twin of an inline vector is spilled.
        let values = vec(0u8..2, 0..4).prop_map(SmallVec::<[u8; 2]>::from_vec);
        check_agreement(pairs(values, |v: &SmallVec<[u8; 2]>| {
            let mut twin = SmallVec::with_capacity(8);
            twin.extend_from_slice(v);
            twin
        }));
    }

    #[test]
    fn array_strings_agree_with_eq() {
        let values = "[ab]{0,2}".prop_map(|s| ArrayString::<4>::from(&s).unwrap());
        check_agreement(pairs(values, |s: &ArrayString<4>| {
            ArrayString::from(s.as_str()).unwrap()
        }));
        let values = vec(0u8..2, 0..3).prop_map(|v| v.into_iter().collect::<ArrayVec<u8, 4>>());
        check_agreement(pairs(values, Clone::clone));
    }
}

// --- semver, url ----------------------------------------------------------------------------

mod text_tests {
    use super::*;
    use semver::Version;
    use url::Url;

    #[test]
    fn golden() {
        check(
            &Version::parse("1.2.3-alpha.1+build.5").unwrap(),
            "01 00*7 02 00*7 03 00*7 07 61 6c 70 68 61 2e 31 07 62 75 69 6c 64 2e 35",
        );
        check(&Version::new(1, 0, 0), "01 00*7 00*16 00 00");
        check(
            &Url::parse("HTTP://Example.com").unwrap(),
            "13 68 74 74 70 3a 2f 2f 65 78 61 6d 70 6c 65 2e 63 6f 6d 2f",
        );
    }

    #[test]
    fn versions_agree_with_eq() {
        let values = (
            0u64..2,
            0u64..2,
            prop::sample::select(vec!["", "alpha", "alpha.1", "1"]),
            prop::sample::select(vec!["", "a", "b.1"]),
        )
            .prop_map(|(major, minor, pre, build)| Version {
                pre: semver::Prerelease::new(pre).unwrap(),
                build: semver::BuildMetadata::new(build).unwrap(),
                ..Version::new(major, minor, 0)
            });
        check_agreement(pairs(values, |v: &Version| {
            Version::parse(&v.to_string()).unwrap()
        }));
    }

    #[test]
    fn urls_agree_with_eq() {
        let values = prop::sample::select(vec![
            "HTTP://Example.com",
            "http://example.com/",
            "http://example.com:80/",
            "http://example.com:8080/",
            "http://example.com/a",
            "http://example.com/a?",
        ])
        .prop_map(|text| Url::parse(text).unwrap());
        check_agreement(pairs(values, |url: &Url| Url::parse(url.as_str()).unwrap()));
    }
}

// --- time -----------------------------------------------------------------------------------

mod time_tests {
    use super::*;
    use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

    fn at(secs: i64, nanos: u32) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(secs).unwrap()
            + time::Duration::nanoseconds(i64::from(nanos))
    }

    #[test]
    fn golden() {
        let east = UtcOffset::from_hms(2, 0, 0).unwrap();
        check(&at(1, 500_000_000), "01 00*7 00 65 cd 1d");
        check(&at(1, 500_000_000).to_offset(east), "01 00*7 00 65 cd 1d");
        check(&at(-1, 500_000_000), "ff*8 00 65 cd 1d");
        check(
            &time::UtcDateTime::from_unix_timestamp(1).unwrap(),
            "01 00*7 00 00 00 00",
        );
        let date = Date::from_calendar_date(2024, Month::February, 29).unwrap();
        check(&date, "e8 07 00 00 02 1d");
        let clock = Time::from_hms_nano(23, 59, 59, 1).unwrap();
        check(&clock, "17 3b 3b 01 00 00 00");
        check(
            &PrimitiveDateTime::new(date, clock),
            "e8 07 00 00 02 1d 17 3b 3b 01 00 00 00",
        );
    }

    #[test]
    fn offset_date_times_agree_with_eq() {
        let values = (
            -2i64..2,
            prop::sample::select(vec![0u32, 500_000_000]),
            -2i8..3,
        )
            .prop_map(|(secs, nanos, hours)| {
                at(secs, nanos).to_offset(UtcOffset::from_hms(hours, 0, 0).unwrap())
            });
        check_agreement(pairs(values, |value: &OffsetDateTime| {
            value.to_offset(UtcOffset::from_hms(5, 30, 0).unwrap())
        }));
    }

    #[test]
    fn primitive_date_times_agree_with_eq() {
        let values = (1u8..3, 0u8..2, prop::sample::select(vec![0u32, 1])).prop_map(
            |(day, second, nanos)| {
                PrimitiveDateTime::new(
                    Date::from_calendar_date(2024, Month::January, day).unwrap(),
                    Time::from_hms_nano(0, 0, second, nanos).unwrap(),
                )
            },
        );
        check_agreement(pairs(values, |value: &PrimitiveDateTime| {
            PrimitiveDateTime::new(value.date(), value.time())
        }));
    }
}

// --- ordered-float, half --------------------------------------------------------------------

mod float_tests {
    use super::*;
    use half::{bf16, f16};
    use ordered_float::{NotNan, OrderedFloat};

    #[test]
    fn golden() {
        check(&OrderedFloat(-0.0f64), "00*8");
        check(&OrderedFloat(0.0f64), "00*8");
        check(&OrderedFloat(f64::NAN), "00 00 00 00 00 00 f8 7f");
        check(
            &OrderedFloat(-f64::from_bits(0x7ff0_0000_0000_0001)),
            "00 00 00 00 00 00 f8 7f",
        );
        check(&OrderedFloat(-0.0f32), "00 00 00 00");
        check(&NotNan::new(1.0f32).unwrap(), "00 00 80 3f");
        check(&NotNan::new(-0.0f64).unwrap(), "00*8");
        check(&f16::ONE, "00 3c");
        check(&f16::NEG_ZERO, "00 80");
        check(&f16::from_bits(0xfe01), "00 7e");
        check(&bf16::ONE, "80 3f");
        check(&bf16::from_bits(0xffc1), "c0 7f");
        // Java: big-endian bits, `writeDouble` of `0.0` for `-0.0`.
        assert_eq!(
            byterepr::java::to_vec(&OrderedFloat(-0.0f64)).unwrap(),
            parse_hex("00*8")
        );
        assert_eq!(
            byterepr::java::to_vec(&f16::ONE).unwrap(),
            parse_hex("3c 00")
        );
    }

    /// Zeros of both signs, NaNs of several payloads and signs, and a few other values.
    fn floats() -> impl Strategy<Value = f64> + Clone {
        prop::sample::select(vec![
            0.0,
            -0.0,
            f64::NAN,
            -f64::NAN,
            f64::from_bits(0x7ff0_0000_0000_0001),
            1.0,
            -1.0,
            f64::INFINITY,
        ])
    }

    #[test]
    fn ordered_floats_agree_with_eq() {
        check_agreement(pairs(floats().prop_map(OrderedFloat), |x| {
            OrderedFloat(-(-x.0))
        }));
        #[expect(clippy::cast_possible_truncation, reason = "the values fit an f32")]
        let narrow = floats().prop_map(|x| OrderedFloat(x as f32));
        check_agreement(pairs(narrow, |x| OrderedFloat(x.0 * 1.0)));
    }

    #[test]
    fn not_nans_agree_with_eq() {
        let values = floats().prop_filter_map("not NaN", |x| NotNan::new(x).ok());
        // The twin of a zero is the other zero.
        check_agreement(pairs(values, |x| {
            if x.into_inner() == 0.0 {
                NotNan::new(-x.into_inner()).unwrap()
            } else {
                *x
            }
        }));
    }

    /// `f16` and `bf16` have no `Eq`: their bytes are equal exactly when both are NaN or
    /// their bits are equal (SPEC.md 3.3's rule for floats).
    #[test]
    fn half_floats_are_bits_with_one_nan() {
        let bits = prop::sample::select(vec![
            0x0000u16, 0x8000, 0x3c00, 0x7c00, 0x7c01, 0x7e00, 0xfe00, 0xffff,
        ]);
        proptest!(Config::with_cases(CASES), |(a in bits.clone(), b in bits)| {
            let (x, y) = (f16::from_bits(a), f16::from_bits(b));
            let same = (x.is_nan() && y.is_nan()) || a == b;
            prop_assert_eq!(same, byterepr::to_vec(&x) == byterepr::to_vec(&y));
            let (x, y) = (bf16::from_bits(a), bf16::from_bits(b));
            let same = (x.is_nan() && y.is_nan()) || a == b;
            prop_assert_eq!(same, byterepr::to_vec(&x) == byterepr::to_vec(&y));
        });
    }
}
