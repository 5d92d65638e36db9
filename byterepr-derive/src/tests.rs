//! Unit tests of the generator on `proc_macro2` tokens: the shape of what it emits, and the
//! errors it collects.

use quote::quote;

use crate::expand;

fn expand(input: proc_macro2::TokenStream) -> String {
    let input: syn::DeriveInput = syn::parse2(input).unwrap();
    expand::derive(&input).to_string()
}

fn squash(tokens: &str) -> String {
    tokens.split_whitespace().collect()
}

#[test]
fn struct_writes_fields_in_order_as_one_tuple_with_their_parts() {
    let out = squash(&expand(quote! { struct P { x: u8, y: String } }));
    assert!(out.starts_with("const_:()={#[automatically_derived]impl::byterepr::ByteReprforP"));
    assert!(
        out.contains(
            "::byterepr::__private::fields::Fields::write_fields(&(&self.x,&self.y,),&[::byterepr::__private::Part::Field{name:\"x\",ty:\"u8\"},::byterepr::__private::Part::Field{name:\"y\",ty:\"String\"}],__sink)"
        ),
        "{out}"
    );
    // The size names each field's impl, under the field's type.
    assert!(
        out.contains("size::sum(&[<u8as::byterepr::ByteRepr>::ENCODED_SIZE,<Stringas::byterepr::ByteRepr>::ENCODED_SIZE])"),
        "{out}"
    );
    assert!(
        out.contains("::byterepr::__private::fields::Fields::fields_len(&(&self.x,&self.y,))"),
        "{out}"
    );
    // The schema, only with the feature that byterepr's `schema` turns on.
    assert_eq!(
        out.contains("encoded_fields([\"x\",\"y\"],<(&u8,&String,)as::byterepr::__private::fields::Fields>::SCHEMAS,)"),
        cfg!(feature = "schema"),
        "{out}"
    );
    assert!(!out.contains("write_to(&self"), "{out}");
}

#[test]
fn struct_that_may_recurse_writes_field_by_field_through_their_types() {
    let out = squash(&expand(quote! { struct P { x: u8, next: Option<Box<P>> } }));
    let x = out.find("iflet::core::result::Result::Err(__error)=<u8as::byterepr::ByteRepr>::write_to(&self.x,__sink){return::core::result::Result::Err(__error);}");
    let next = out.find("iflet::core::result::Result::Err(__error)=<Option<Box<P>>as::byterepr::ByteRepr>::write_to(&self.next,__sink){return::core::result::Result::Err(__error);}");
    assert!(x.is_some() && next.is_some() && x < next, "{out}");
    assert!(out.contains(
        "size::sum(&[<u8as::byterepr::ByteRepr>::ENCODED_SIZE,::core::option::Option::None])"
    ));
    assert!(!out.contains("Fields"), "{out}");
}

#[test]
fn struct_with_a_with_field_writes_field_by_field() {
    let out = squash(&expand(quote! {
        struct P { x: u8, #[byterepr(with = write_y)] y: Y }
    }));
    assert!(
        out.contains("<u8as::byterepr::ByteRepr>::write_to(&self.x,__sink)"),
        "{out}"
    );
    assert!(!out.contains("Fields"), "{out}");
}

#[test]
fn skipped_fields_are_neither_written_nor_counted() {
    let out = squash(&expand(
        quote! { struct P { x: u8, #[byterepr(skip)] cache: u64 } },
    ));
    assert!(!out.contains("self.cache"), "{out}");
}

#[test]
fn enum_tags_count_on_from_the_last_pinned_one() {
    let out = squash(&expand(quote! {
        enum E { A, #[byterepr(tag = 7)] B(u8), C { x: u8 } }
    }));
    let field =
        |name: &str| format!("&[::byterepr::__private::Part::Field{{name:\"{name}\",ty:\"u8\"}}]");
    for (variant, tuple, tag, parts) in [
        ("A{..}", "()", 0, "&[]".to_owned()),
        ("B{0:__field0,..}", "(__field0,)", 7, field("0")),
        ("C{x:__field0,..}", "(__field0,)", 8, field("x")),
    ] {
        let name = &variant[..1];
        let arm = format!(
            "Self::{variant}=>::byterepr::__private::fields::Fields::write_variant(&{tuple},&::byterepr::__private::Part::Variant{{name:\"{name}\"}},{tag}u32,{parts},__sink),"
        );
        assert!(out.contains(&arm), "{arm} not in {out}");
    }
}

#[test]
fn enum_that_may_recurse_writes_every_variant_field_by_field() {
    let out = squash(&expand(quote! {
        enum List { Nil, Cons(u32, Box<List>) }
    }));
    for (variant, tag) in [("Nil{..}", 0), ("Cons{0:__field0,1:__field1,..}", 1)] {
        let name = &variant[..variant.find('{').unwrap()];
        let arm = format!(
            "Self::{variant}=>{{::byterepr::Sink::begin_part(__sink,&::byterepr::__private::Part::Variant{{name:\"{name}\"}});iflet::core::result::Result::Err(__error)=::byterepr::Sink::write_tag(__sink,{tag}u32){{return::core::result::Result::Err(__error);}}"
        );
        assert!(out.contains(&arm), "{arm} not in {out}");
    }
    assert!(!out.contains("Fields"), "{out}");
}

#[test]
fn inferred_bounds_skip_phantom_data_and_skipped_fields() {
    let out = squash(&expand(quote! {
        struct G<T, U, V> { t: T, u: PhantomData<U>, #[byterepr(skip)] v: V }
    }));
    assert!(out.contains("whereT:::byterepr::ByteRepr"), "{out}");
    assert!(!out.contains("U:::byterepr::ByteRepr"), "{out}");
    assert!(!out.contains("V:::byterepr::ByteRepr"), "{out}");
}

#[test]
fn crate_path_replaces_byterepr_everywhere() {
    let out = expand(quote! { #[byterepr(crate = "my::br")] struct P(u8); });
    assert!(!out.contains(":: byterepr"), "{out}");
    assert!(out.contains("my :: br :: ByteRepr"), "{out}");
}

#[test]
fn errors_are_all_reported_with_a_stub_impl() {
    let out = expand(quote! {
        #[byterepr(domain = "")]
        struct P { #[byterepr(skip, with = f)] a: u8, #[byterepr(tag = 1)] b: u8 }
    });
    assert_eq!(out.matches("compile_error").count(), 3, "{out}");
    assert!(out.contains("impl :: byterepr :: ByteRepr for P"), "{out}");
    assert!(!out.contains("write_tag"), "{out}");
}

#[test]
fn container_bound_replaces_inference_and_field_bound_replaces_the_field() {
    let out = squash(&expand(quote! {
        #[byterepr(bound = "T: Clone")]
        struct A<T> { t: T }
    }));
    assert!(out.contains("whereT:Clone{"), "{out}");
    let out = squash(&expand(quote! {
        struct B<T, U> { #[byterepr(bound = "T: Copy + ::byterepr::ByteRepr")] t: T, u: U }
    }));
    assert!(
        out.contains("whereU:::byterepr::ByteRepr,T:Copy+::byterepr::ByteRepr{"),
        "{out}"
    );
}

#[test]
fn associated_types_are_bounded_as_written() {
    let out = squash(&expand(quote! {
        struct M<C: Codec> { wire: C::Wire, _c: PhantomData<C> }
    }));
    assert!(out.contains("whereC::Wire:::byterepr::ByteRepr{"), "{out}");
}

#[test]
fn a_plain_type_pays_nothing_for_evolving_types() {
    // The plain generator is unchanged: no block, no length before the fields, no checks
    // of defaults.
    for input in [
        quote! { struct P { x: u8, y: String } },
        quote! { enum E { A, B(u8) } },
    ] {
        let out = squash(&expand(input));
        for evolving_only in [
            "block_len",
            "write_len",
            "AddedField",
            "__present",
            "block(",
        ] {
            assert!(!out.contains(evolving_only), "{evolving_only} in {out}");
        }
    }
}

#[test]
fn an_evolving_struct_writes_a_block_and_gates_its_added_fields() {
    let out = squash(&expand(quote! {
        #[byterepr(evolving)]
        struct P { x: u8, #[byterepr(added)] y: Option<u8>, #[byterepr(added)] z: Vec<u8> }
    }));
    // The last added field that is not its default decides how many are written.
    assert!(
        out.contains(
            "let__present:::core::primitive::usize=if<Vec<u8>as::byterepr::__private::AddedField>::is_default(&self.z){if<Option<u8>as::byterepr::__private::AddedField>::is_default(&self.y){0usize}else{1usize}}else{2usize};"
        ),
        "{out}"
    );
    let len = out.find("::byterepr::Sink::write_len(__sink,__len)?;");
    let x = out.find("iflet::core::result::Result::Err(__error)=<u8as::byterepr::ByteRepr>::write_to(&self.x,__sink){return::core::result::Result::Err(__error);}");
    let z = out
        .find("if__present>=2usize{::byterepr::Sink::begin_part(__sink,&::byterepr::__private::Part::Field{name:\"z\",ty:\"Vec<u8>\"});iflet::core::result::Result::Err(__error)=<Vec<u8>as::byterepr::ByteRepr>::write_to(&self.z,__sink){return::core::result::Result::Err(__error);}::byterepr::Sink::end_part(__sink);}");
    assert!(len.is_some() && len < x && x < z, "{out}");
    // Added fields make the size vary, whatever the fields' own sizes.
    assert!(
        out.contains("size::fixed_block(::core::option::Option::None)"),
        "{out}"
    );
}

#[test]
fn an_evolving_enum_writes_the_tag_then_the_block() {
    let out = squash(&expand(quote! {
        #[byterepr(evolving)]
        enum E { A, B(u8, #[byterepr(added)] bool) }
    }));
    let arm = "Self::A{..}=>{::byterepr::Sink::begin_part(__sink,&::byterepr::__private::Part::Variant{name:\"A\"},);iflet::core::result::Result::Err(__error)=::byterepr::Sink::write_tag(__sink,0u32){return::core::result::Result::Err(__error);}let__len=::byterepr::Sink::block_len(__sink,0usize,";
    assert!(out.contains(arm), "{arm} not in {out}");
    assert!(
        out.contains(
            "if__present>=1usize{::byterepr::Sink::begin_part(__sink,&::byterepr::__private::Part::Field{name:\"1\",ty:\"bool\"});iflet::core::result::Result::Err(__error)=<boolas::byterepr::ByteRepr>::write_to(__field1,__sink){return::core::result::Result::Err(__error);}::byterepr::Sink::end_part(__sink);}"
        ),
        "{out}"
    );
}

#[test]
fn added_rules_are_checked_at_their_spans() {
    let out = expand(quote! {
        struct P { #[byterepr(added)] a: u8 }
    });
    assert!(out.contains("`added` needs an evolving type"), "{out}");
    let out = expand(quote! {
        #[byterepr(evolving)]
        struct Q { #[byterepr(added)] a: u8, b: u8, #[byterepr(added, skip)] c: u8 }
    });
    assert!(
        out.contains("field `b` follows the added field `a`"),
        "{out}"
    );
    assert!(out.contains("`added` cannot go with `skip`"), "{out}");
    assert_eq!(out.matches("compile_error").count(), 2, "{out}");
}

#[test]
fn a_generic_added_field_is_bounded_by_what_its_omission_needs() {
    let out = squash(&expand(quote! {
        #[byterepr(evolving)]
        struct G<T> { t: T, #[byterepr(added)] more: Option<T>, #[byterepr(added)] n: u8 }
    }));
    assert!(
        out.contains("whereT:::byterepr::ByteRepr,Option<T>:::byterepr::__private::AddedField{"),
        "{out}"
    );
}
