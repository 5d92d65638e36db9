//! Every shape the derive accepts: generics of all kinds, associated types, recursive types,
//! raw identifiers, types made by `macro_rules!`, and enums with more than 256 variants.

use std::marker::PhantomData;

use byterepr::ByteRepr;

trait Codec {
    type Wire;
}

struct U8Codec; // deliberately without a ByteRepr impl

impl Codec for U8Codec {
    type Wire = u8;
}

#[derive(ByteRepr)]
struct Message<C: Codec> {
    wire: C::Wire,
    seq: Vec<<C as Codec>::Wire>,
    codec: PhantomData<C>,
}

#[test]
fn associated_types_are_bounded_not_their_parameter() {
    let message = Message::<U8Codec> {
        wire: 1,
        seq: vec![2, 3],
        codec: PhantomData,
    };
    assert_eq!(byterepr::to_vec(&message), [0x01, 0x02, 0x02, 0x03]);
}

#[derive(ByteRepr)]
struct Borrowed<'a, T: ?Sized + 'a = str>
where
    T: ToOwned,
{
    value: &'a T,
    extra: u8,
}

#[derive(ByteRepr)]
struct Sized2<T, const N: usize = 2> {
    items: [T; N],
}

#[test]
fn lifetimes_defaults_where_clauses_and_const_parameters() {
    let borrowed: Borrowed<'_> = Borrowed {
        value: "a",
        extra: 1,
    };
    assert_eq!(byterepr::to_vec(&borrowed), [0x01, b'a', 0x01]);
    let pair: Sized2<u16> = Sized2 { items: [1, 2] };
    assert_eq!(byterepr::to_vec(&pair), [1, 0, 2, 0]);
    assert_eq!(Sized2::<u16>::ENCODED_SIZE, Some(4));
    assert_eq!(Sized2::<u32, 3>::ENCODED_SIZE, Some(12));
}

#[derive(ByteRepr)]
enum List {
    Nil,
    Cons(u8, Box<List>),
}

#[derive(ByteRepr)]
enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}

#[test]
fn recursive_types() {
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    assert_eq!(byterepr::to_vec(&list), [0x01, 0x01, 0x01, 0x02, 0x00]);
    assert_eq!(list.encoded_len(), 5);
    let tree = Tree::Node(Box::new(Tree::Leaf('a')), Box::new(Tree::Leaf('b')));
    assert_eq!(
        byterepr::to_vec(&tree),
        [0x01, 0x00, b'a', 0, 0, 0, 0x00, b'b', 0, 0, 0]
    );
}

#[allow(
    non_camel_case_types,
    reason = "raw identifiers are the point of the test"
)]
#[derive(ByteRepr)]
struct r#struct {
    r#type: u8,
    r#match: bool,
}

#[allow(
    non_camel_case_types,
    reason = "raw identifiers are the point of the test"
)]
#[derive(ByteRepr)]
enum r#enum {
    r#fn,
    r#loop { r#in: u8 },
}

#[test]
fn raw_identifiers() {
    let value = r#struct {
        r#type: 4,
        r#match: true,
    };
    assert_eq!(byterepr::to_vec(&value), [0x04, 0x01]);
    assert_eq!(byterepr::to_vec(&r#enum::r#fn), [0x00]);
    assert_eq!(byterepr::to_vec(&r#enum::r#loop { r#in: 9 }), [0x01, 0x09]);
}

macro_rules! record {
    ($name:ident { $($field:ident : $ty:ty),* }) => {
        #[derive(ByteRepr)]
        struct $name { $($field: $ty),* }
    };
}

record!(Macroed { a: u8, b: String });

macro_rules! wrapper {
    ($name:ident, $param:ident, $ty:ty) => {
        #[derive(ByteRepr)]
        struct $name<$param> {
            inner: $ty,
        }
    };
}

wrapper!(MacroVec, T, Vec<T>);

#[test]
fn types_made_by_macro_rules() {
    let value = Macroed {
        a: 1,
        b: "z".into(),
    };
    assert_eq!(byterepr::to_vec(&value), [0x01, 0x01, b'z']);
    let wrapped = MacroVec { inner: vec![7u8] };
    assert_eq!(byterepr::to_vec(&wrapped), [0x01, 0x07]);
}

macro_rules! many_variants {
    ($name:ident: $($variant:ident)*) => {
        #[derive(ByteRepr, Clone, Copy)]
        enum $name { $($variant),* }

        impl $name {
            const ALL: &[$name] = &[$($name::$variant),*];
        }
    };
}

many_variants!(Wide:
    V0 V1 V2 V3 V4 V5 V6 V7 V8 V9 V10 V11 V12 V13 V14 V15 V16 V17 V18 V19
    V20 V21 V22 V23 V24 V25 V26 V27 V28 V29 V30 V31 V32 V33 V34 V35 V36 V37 V38 V39
    V40 V41 V42 V43 V44 V45 V46 V47 V48 V49 V50 V51 V52 V53 V54 V55 V56 V57 V58 V59
    V60 V61 V62 V63 V64 V65 V66 V67 V68 V69 V70 V71 V72 V73 V74 V75 V76 V77 V78 V79
    V80 V81 V82 V83 V84 V85 V86 V87 V88 V89 V90 V91 V92 V93 V94 V95 V96 V97 V98 V99
    V100 V101 V102 V103 V104 V105 V106 V107 V108 V109 V110 V111 V112 V113 V114 V115 V116 V117 V118 V119
    V120 V121 V122 V123 V124 V125 V126 V127 V128 V129 V130 V131 V132 V133 V134 V135 V136 V137 V138 V139
    V140 V141 V142 V143 V144 V145 V146 V147 V148 V149 V150 V151 V152 V153 V154 V155 V156 V157 V158 V159
    V160 V161 V162 V163 V164 V165 V166 V167 V168 V169 V170 V171 V172 V173 V174 V175 V176 V177 V178 V179
    V180 V181 V182 V183 V184 V185 V186 V187 V188 V189 V190 V191 V192 V193 V194 V195 V196 V197 V198 V199
    V200 V201 V202 V203 V204 V205 V206 V207 V208 V209 V210 V211 V212 V213 V214 V215 V216 V217 V218 V219
    V220 V221 V222 V223 V224 V225 V226 V227 V228 V229 V230 V231 V232 V233 V234 V235 V236 V237 V238 V239
    V240 V241 V242 V243 V244 V245 V246 V247 V248 V249 V250 V251 V252 V253 V254 V255 V256 V257 V258 V259
    V260 V261 V262 V263 V264 V265 V266 V267 V268 V269 V270 V271 V272 V273 V274 V275 V276 V277 V278 V279
    V280 V281 V282 V283 V284 V285 V286 V287 V288 V289 V290 V291 V292 V293 V294 V295 V296 V297 V298 V299
);

#[test]
fn more_than_256_variants() {
    assert_eq!(Wide::ALL.len(), 300);
    assert_eq!(byterepr::to_vec(&Wide::V0), [0x00]);
    assert_eq!(byterepr::to_vec(&Wide::V127), [0x7f]);
    assert_eq!(byterepr::to_vec(&Wide::V128), [0x80, 0x01]);
    assert_eq!(byterepr::to_vec(&Wide::V255), [0xff, 0x01]);
    assert_eq!(byterepr::to_vec(&Wide::V256), [0x80, 0x02]);
    // 299 = 2 * 128 + 43: 0x2b with the continuation bit, then 0x02.
    assert_eq!(byterepr::to_vec(&Wide::V299), [0xab, 0x02]);
    let mut seen = std::collections::HashSet::new();
    for variant in Wide::ALL {
        let bytes = byterepr::to_vec(variant);
        assert_eq!(bytes.len(), variant.encoded_len());
        assert!(seen.insert(bytes), "two variants share their bytes");
    }
    assert_eq!(Wide::ENCODED_SIZE, None);
}
