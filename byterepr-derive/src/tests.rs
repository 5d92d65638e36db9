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
fn struct_writes_fields_in_order_through_their_types() {
    let out = squash(&expand(quote! { struct P { x: u8, y: String } }));
    let x = out.find("iflet::core::result::Result::Err(__error)=<u8as::byterepr::ByteRepr>::write_to(&self.x,__sink){return::core::result::Result::Err(__error);}");
    let y = out.find("iflet::core::result::Result::Err(__error)=<Stringas::byterepr::ByteRepr>::write_to(&self.y,__sink){return::core::result::Result::Err(__error);}");
    assert!(x.is_some() && y.is_some() && x < y, "{out}");
    assert!(out.starts_with("const_:()={#[automatically_derived]impl::byterepr::ByteReprforP"));
    assert!(out.contains(
        "size::sum(&[<u8as::byterepr::ByteRepr>::ENCODED_SIZE,<Stringas::byterepr::ByteRepr>::ENCODED_SIZE])"
    ));
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
    for (variant, tag) in [
        ("A{..}", 0),
        ("B{0:__field0,..}", 7),
        ("C{x:__field0,..}", 8),
    ] {
        let name = &variant[..1];
        let arm = format!(
            "Self::{variant}=>{{::byterepr::Sink::begin_part(__sink,&::byterepr::__private::Part::Variant{{name:\"{name}\"}});iflet::core::result::Result::Err(__error)=::byterepr::Sink::write_tag(__sink,{tag}u32){{return::core::result::Result::Err(__error);}}"
        );
        assert!(out.contains(&arm), "{arm} not in {out}");
    }
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
