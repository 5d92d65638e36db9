//! The generated code is hygienic: it compiles under `#[no_implicit_prelude]`, beside user
//! items named like the prelude and std items it uses, and with strict lints denied. (The
//! crate-level variants, with a renamed dependency and `missing_docs`, live in the
//! `byterepr-hygiene-tests` crate under `tests/hygiene`.)

#[deny(warnings, unused_qualifications, clippy::all, clippy::pedantic)]
#[no_implicit_prelude]
mod no_prelude {
    use ::byterepr::Sink;

    pub fn write_doubled<T, S>(value: &T, sink: &mut S) -> ::core::result::Result<(), S::Error>
    where
        T: ::core::marker::Copy + ::core::convert::Into<u16>,
        S: Sink + ?::core::marker::Sized,
    {
        sink.write_u16(::core::convert::Into::into(*value) * 2)
    }

    #[derive(::byterepr::ByteRepr)]
    #[byterepr(domain = "np")]
    pub struct Plain {
        pub a: u8,
        pub b: ::std::string::String,
        #[byterepr(with = write_doubled)]
        pub c: u8,
        #[byterepr(skip)]
        pub d: ::std::vec::Vec<u8>,
    }

    #[derive(::byterepr::ByteRepr)]
    pub enum Generic<T> {
        A,
        B(T),
        C {
            items: ::std::vec::Vec<T>,
            #[byterepr(with = write_doubled)]
            n: u8,
        },
    }

    #[derive(::byterepr::ByteRepr)]
    pub enum Empty {}

    #[derive(::byterepr::ByteRepr)]
    #[byterepr(hash)]
    pub struct Adapted<T> {
        #[byterepr(as = ::std::vec::Vec<::std::option::Option<::byterepr::adapt::Same>>)]
        pub parts: ::std::vec::Vec<::std::option::Option<T>>,
        #[byterepr(serde)]
        pub settings: (u8, ::std::string::String),
    }

    #[derive(::byterepr::ByteRepr)]
    #[byterepr(evolving, domain = "ev")]
    pub struct Evolving {
        pub a: u8,
        #[byterepr(skip)]
        pub cache: u8,
        #[byterepr(added)]
        pub b: ::std::option::Option<::std::string::String>,
        #[byterepr(added, with = write_doubled)]
        pub c: u8,
    }

    #[derive(::byterepr::ByteRepr)]
    #[byterepr(evolving)]
    pub enum EvolvingEnum<T> {
        A,
        B(T, #[byterepr(added)] ::std::vec::Vec<T>),
    }
}

/// Items named like what the generated code uses; the derive must not pick any of them up.
#[deny(warnings, unused_qualifications, clippy::all, clippy::pedantic)]
#[allow(
    dead_code,
    non_camel_case_types,
    reason = "these items exist only to shadow the names generated code might use"
)]
mod shadowed {
    use ::byterepr::{ByteRepr, Sink};

    struct Result;
    struct Ok;
    struct Err;
    struct Some;
    struct None;
    struct Option;
    struct Vec;
    struct String;
    struct Sized;
    struct usize;
    struct u32;
    mod core {}
    mod std {}
    mod byterepr {}
    trait Into {}
    fn drop() {}

    pub fn write_twice<T, S>(value: &T, sink: &mut S) -> ::core::result::Result<(), S::Error>
    where
        T: ByteRepr,
        S: Sink + ?::core::marker::Sized,
    {
        value.write_to(sink)?;
        value.write_to(sink)
    }

    /// `as`, `serde` and `hash` beside the shadowing items (and `__state`, the `Hash`
    /// impl's local, as a field).
    #[derive(ByteRepr)]
    #[byterepr(hash)]
    pub struct ShadowedAdapted {
        #[byterepr(as = ::byterepr::adapt::Same)]
        pub __state: u8,
        #[byterepr(serde)]
        pub __sink: u8,
    }

    #[derive(ByteRepr)]
    pub struct Shadowed {
        pub a: u8,
        #[byterepr(with = write_twice)]
        pub b: u8,
    }

    #[derive(ByteRepr)]
    pub enum ShadowedEnum {
        A(u8),
        #[byterepr(tag = 5)]
        B {
            #[byterepr(with = write_twice)]
            b: u8,
        },
    }

    /// A field or binding named like the generated locals must not collide with them.
    #[derive(ByteRepr)]
    pub struct LocalNames {
        pub __sink: u8,
        pub __size: u8,
        pub __field0: u8,
        #[byterepr(with = write_twice)]
        pub __counter: u8,
    }

    pub fn sink_is_used(sink: &mut dyn Sink<Error = ::core::convert::Infallible>) {
        let _ = sink.write_u8(0);
    }
}

#[test]
fn derives_without_the_prelude_encode_as_expected() {
    let plain = no_prelude::Plain {
        a: 1,
        b: "x".into(),
        c: 3,
        d: vec![9],
    };
    assert_eq!(
        byterepr::to_vec(&plain),
        [0x02, b'n', b'p', 0x01, 0x01, b'x', 0x06, 0x00]
    );
    assert_eq!(byterepr::encoded_len(&plain), 8);
    assert_eq!(plain.d, [9]); // skipped: kept in the value, left out of the bytes
    let c = no_prelude::Generic::<u8>::C {
        items: vec![4],
        n: 1,
    };
    assert_eq!(byterepr::to_vec(&c), [0x02, 0x01, 0x04, 0x02, 0x00]);
    assert_eq!(byterepr::to_vec(&no_prelude::Generic::B(7u8)), [0x01, 0x07]);
    assert_eq!(byterepr::to_vec(&no_prelude::Generic::<u8>::A), [0x00]);
    assert_eq!(
        <no_prelude::Empty as byterepr::ByteRepr>::ENCODED_SIZE,
        None
    );
    let evolving = |c| no_prelude::Evolving {
        a: 1,
        cache: 5,
        b: None,
        c,
    };
    assert_eq!(byterepr::to_vec(&evolving(0)), [2, b'e', b'v', 1, 1]);
    assert_eq!(
        byterepr::to_vec(&evolving(2)),
        [2, b'e', b'v', 4, 1, 0, 4, 0]
    );
    assert_eq!(byterepr::encoded_len(&evolving(2)), 8);
    assert_eq!(evolving(0).cache, 5); // skipped: may sit after an added field
    let b = |more| no_prelude::EvolvingEnum::B(7u8, more);
    assert_eq!(byterepr::to_vec(&b(vec![])), [1, 1, 7]);
    assert_eq!(byterepr::to_vec(&b(vec![8])), [1, 3, 7, 1, 8]);
    assert_eq!(byterepr::to_vec(&no_prelude::EvolvingEnum::<u8>::A), [0, 0]);
    let adapted = no_prelude::Adapted {
        parts: vec![Some(1u8), None],
        settings: (2, "s".into()),
    };
    assert_eq!(byterepr::to_vec(&adapted), [2, 1, 1, 0, 2, 1, b's']);
    assert_eq!(byterepr::encoded_len(&adapted), 7);
    let state = std::hash::RandomState::new();
    let mut bytes = std::hash::BuildHasher::build_hasher(&state);
    std::hash::Hasher::write(&mut bytes, &byterepr::to_vec(&adapted));
    assert_eq!(
        std::hash::BuildHasher::hash_one(&state, &adapted),
        std::hash::Hasher::finish(&bytes)
    );
}

#[test]
fn derives_beside_shadowing_items_encode_as_expected() {
    let value = shadowed::Shadowed { a: 1, b: 2 };
    assert_eq!(byterepr::to_vec(&value), [0x01, 0x02, 0x02]);
    assert_eq!(byterepr::encoded_len(&value), 3);
    assert_eq!(
        byterepr::to_vec(&shadowed::ShadowedEnum::B { b: 3 }),
        [0x05, 0x03, 0x03]
    );
    assert_eq!(
        byterepr::to_vec(&shadowed::ShadowedEnum::A(3)),
        [0x00, 0x03]
    );
    let locals = shadowed::LocalNames {
        __sink: 1,
        __size: 2,
        __field0: 3,
        __counter: 4,
    };
    assert_eq!(byterepr::to_vec(&locals), [1, 2, 3, 4, 4]);
    assert_eq!(byterepr::encoded_len(&locals), 5);
    let mut sink = Vec::new();
    shadowed::sink_is_used(&mut sink);
    assert_eq!(sink, [0]);
    let adapted = shadowed::ShadowedAdapted {
        __state: 1,
        __sink: 2,
    };
    assert_eq!(byterepr::to_vec(&adapted), [1, 2]);
    let state = std::hash::RandomState::new();
    assert_eq!(
        std::hash::BuildHasher::hash_one(&state, &adapted),
        byterepr::std_hash(&adapted, std::hash::BuildHasher::build_hasher(&state))
    );
}
