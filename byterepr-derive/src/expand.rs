//! Generates the impl from a checked [`Input`]; may assume every attribute is valid.
//!
//! The generated code names the runtime only through `::byterepr` (or `crate = "..."`) and
//! std only through `::core`, sits in `const _: () = { ... };`, and names its locals with
//! `Span::mixed_site()`, so it works under `#![no_implicit_prelude]` and beside user items
//! called `Result`, `Ok`, `core`, ...

use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Type};

use crate::ast::{Field, Input, Shape, Variant};
use crate::attr::FieldMode;
use crate::check;
use crate::errors::Errors;
use crate::{bound, tag};

/// The whole derive: parse, check, generate. On errors, the errors and a stub impl.
pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let mut ast = Input::from_syn(input, &mut errors);
    check::check(&ast, &mut errors);
    if let Shape::Enum(variants) = &mut ast.shape {
        tag::assign(variants, &mut errors);
    }
    let krate = ast
        .krate
        .as_ref()
        .map_or_else(|| quote!(::byterepr), |path| quote!(#path));
    if let Some(compile_errors) = errors.into_compile_errors() {
        let stub = stub(input, &krate);
        return quote!(#compile_errors #stub);
    }
    generate(input, &ast, &krate)
}

/// An impl with no body to speak of, so that after a derive error the user sees that error
/// and not a cascade of "`ByteRepr` is not implemented" at every use of the type.
fn stub(input: &DeriveInput, krate: &TokenStream) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #krate::ByteRepr for #ident #ty_generics #where_clause {
                fn write_to<__S: #krate::Sink + ?::core::marker::Sized>(
                    &self,
                    _: &mut __S,
                ) -> ::core::result::Result<(), <__S as #krate::Sink>::Error> {
                    // Never runs: it is only emitted beside a compile error.
                    ::core::result::Result::Ok(())
                }
            }
        };
    }
}

/// Names the generated code gives its own locals, invisible to user code, and the name of
/// `write_to`'s sink type parameter.
struct Locals {
    sink: Ident,
    size: Ident,
    /// `S` where the input never names an `S` (so compiler messages about a `with` function
    /// read `&mut S`, as its docs write it), else `__S`. Type parameters cannot be hygienic:
    /// a field of a type `S` would otherwise resolve to the parameter.
    sink_type: Ident,
    /// Evolving types: how many of a block's added fields are written.
    present: Ident,
    /// Evolving types: the block's length in the sink's format.
    len: Ident,
    /// Evolving types: the sink the block is counted in, in a format that is not canonical.
    block: Ident,
}

impl Locals {
    fn new(input: &DeriveInput) -> Self {
        let local = |name: &str| Ident::new(name, Span::mixed_site());
        let sink_type = if names(&quote!(#input), "S") {
            "__S"
        } else {
            "S"
        };
        Locals {
            sink: local("__sink"),
            size: local("__size"),
            sink_type: Ident::new(sink_type, Span::call_site()),
            present: local("__present"),
            len: local("__len"),
            block: local("__block"),
        }
    }

    /// The name a `match` arm binds the variant's field number `index` to.
    fn binding(index: usize) -> Ident {
        Ident::new(&format!("__field{index}"), Span::mixed_site())
    }
}

/// Whether `tokens` contain the identifier `name` anywhere.
fn names(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == name,
        TokenTree::Group(group) => names(&group.stream(), name),
        TokenTree::Punct(_) | TokenTree::Literal(_) => false,
    })
}

/// The impl of a checked input: `ENCODED_SIZE`, `write_to` and, unless a `with` field forbids
/// it, `encoded_len`.
fn generate(syn_input: &DeriveInput, input: &Input, krate: &TokenStream) -> TokenStream {
    let locals = Locals::new(syn_input);
    let Locals {
        sink, sink_type, ..
    } = &locals;
    let ident = input.ident;
    let generics = bound::with_bounds(input, krate);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();

    let (encoded_size, write_body, len_body) = bodies(input, &locals, krate);
    // Only with byterepr's feature `schema` (which turns on this crate's): otherwise the
    // constant would be written, parsed and dropped (`schema_const!`) for nothing.
    let schema = if cfg!(feature = "schema") {
        let schema = schema(input, krate);
        quote! {
            #krate::__private::schema_const! {
                const SCHEMA: &'static #krate::__private::schema::Schema = #schema;
            }
        }
    } else {
        quote!()
    };

    // A `with` function is only ever called from `write_to`, so a wrong one is reported once;
    // such types keep the provided `encoded_len`, which runs `write_to` on a `LenCounter`.
    //
    // Every other type gets its own, although the provided one would compile in a fifth
    // fewer instructions (`benches/compile-time-variants.py`, "no_len") and run a record's
    // `extend_vec` in fewer (270 against 283, `benches/callgrind.sh`): through the counter,
    // a value that recurses through a `HashMap` measures only as deep as it encodes (in a
    // debug build the `MapTree` of `tests/issue_013.rs` overflowed at its tested depth), and
    // a `BinaryHeap` in it would allocate to be measured ("Allocation" in the crate docs).
    let has_with = input
        .all_fields()
        .any(|field| matches!(field.mode, FieldMode::With(_)));
    let encoded_len = if has_with {
        quote!()
    } else {
        quote! {
            #[inline]
            fn encoded_len(&self) -> ::core::primitive::usize {
                #len_body
            }
        }
    };

    // `hash`: a `Hash` that feeds the canonical bytes, under the same bounds as the
    // `ByteRepr` impl it calls.
    let hash_impl = if input.hash {
        let state = Ident::new("__state", Span::mixed_site());
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::hash::Hash for #ident #ty_generics #where_clause {
                #[inline]
                fn hash<__H: ::core::hash::Hasher>(&self, #state: &mut __H) {
                    #krate::__private::hash_canonical(self, #state);
                }
            }
        }
    } else {
        quote!()
    };

    quote! {
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #krate::ByteRepr for #ident #ty_generics #where_clause {
                const ENCODED_SIZE: ::core::option::Option<::core::primitive::usize> =
                    #encoded_size;

                #schema

                #[inline]
                fn write_to<#sink_type: #krate::Sink + ?::core::marker::Sized>(
                    &self,
                    #sink: &mut #sink_type,
                ) -> ::core::result::Result<(), <#sink_type as #krate::Sink>::Error> {
                    #write_body
                }

                #encoded_len
            }

            #hash_impl
        };
    }
}

/// The `SCHEMA` constant's value: the type's shape as data (`byterepr::schema`), evaluated
/// only when something reads it, so encoding never pays for it.
fn schema(input: &Input, krate: &TokenStream) -> TokenStream {
    let path = quote!(#krate::__private::schema);
    let domain = input.domain.as_ref().map_or_else(
        || quote!(::core::option::Option::None),
        |domain| quote!(::core::option::Option::Some(#domain)),
    );
    let evolving = input.evolving.is_some();
    let fields = |fields: &[Field]| {
        let fields = fields.iter().map(|field| {
            let name = field_name(field);
            let added = field.is_added();
            let ty = field.ty;
            let text = type_text(ty);
            let kind = match &field.mode {
                // A closure naming the impl as `write_to` does, so that a field type without
                // one is reported once, not once more for its schema (`schema::of::<Field>`
                // would be a second error, "required by a bound in `of`"). Fields written
                // through `Fields` are listed by `FieldList::schema` instead, which avoids
                // the closures' cost (a body each for rustc to check).
                FieldMode::Encode => quote!(#path::FieldKind::Encoded(
                    || <#ty as #krate::ByteRepr>::SCHEMA
                )),
                FieldMode::Skip => quote!(#path::FieldKind::Skipped),
                FieldMode::With(function) => {
                    let function = quote!(#function).to_string().replace(' ', "");
                    quote!(#path::FieldKind::With { function: #function, ty: #text })
                }
                FieldMode::As(adapter) => quote!(#path::FieldKind::As {
                    adapter: ::core::any::type_name::<#adapter>,
                    ty: #text,
                }),
                FieldMode::Serde => quote!(#path::FieldKind::Serde { ty: #text }),
            };
            quote!(#path::Field { name: #name, kind: #kind, added: #added })
        });
        quote!(&[#(#fields),*])
    };
    // Fields that are one `FieldList`, none skipped nor added, are listed by one call.
    let encoded = |all: &[Field], list: Option<&FieldList>| {
        list.filter(|_| !evolving)
            .and_then(|list| list.schema(all, krate))
    };
    let shape = match &input.shape {
        Shape::Struct(list) => {
            let compact = FieldList::new(list, |_| quote!(), input.ident);
            let list = encoded(list, compact.as_ref()).unwrap_or_else(|| fields(list));
            quote!(#path::Shape::Struct(#path::Struct {
                domain: #domain,
                evolving: #evolving,
                fields: #list,
            }))
        }
        Shape::Enum(variants) => {
            let lists = FieldList::of_enum(variants, input.ident);
            let variants = variants.iter().zip(&lists).map(|(variant, list)| {
                let name = variant.ident.to_string();
                let tag = Literal::u32_suffixed(variant.tag);
                let list = encoded(&variant.fields, list.as_ref())
                    .unwrap_or_else(|| fields(&variant.fields));
                quote!(#path::Variant { name: #name, tag: #tag, fields: #list })
            });
            quote!(#path::Shape::Enum(#path::Enum {
                domain: #domain,
                evolving: #evolving,
                variants: &[#(#variants),*],
            }))
        }
        Shape::Union(_) => unreachable!("unions are rejected by check"),
    };
    quote!(&#path::Schema {
        type_name: ::core::any::type_name::<Self>,
        shape: #shape,
    })
}

/// The three generated parts that depend on the shape: the `ENCODED_SIZE` expression, the
/// body of `write_to` and the length expression of `encoded_len`.
fn bodies(
    input: &Input,
    locals: &Locals,
    krate: &TokenStream,
) -> (TokenStream, TokenStream, TokenStream) {
    let sink = &locals.sink;
    let (domain_write, domain_len, domain_size) = match &input.domain {
        Some(domain) => {
            let n = Literal::usize_suffixed(domain.value().len());
            (
                {
                    let write = ret_err(&quote!(#krate::Sink::write_str(#sink, #domain)));
                    quote! {
                        #krate::Sink::begin_part(#sink, &#krate::__private::Part::Domain);
                        #write
                        #krate::Sink::end_part(#sink);
                    }
                },
                quote!(#krate::__private::size::str(#n)),
                quote!(::core::option::Option::Some(#krate::__private::size::str(#n)),),
            )
        }
        None => (quote!(), quote!(0usize), quote!()),
    };
    if input.evolving.is_some() {
        return evolving_bodies(
            input,
            locals,
            krate,
            (domain_write, domain_len, domain_size),
        );
    }

    let domain = (domain_write, domain_len, domain_size);
    match &input.shape {
        Shape::Struct(fields) => struct_bodies(fields, input, locals, krate, domain),
        // No values: nothing to write, not even the domain.
        Shape::Enum(variants) if variants.is_empty() => (
            quote!(::core::option::Option::None),
            quote!(match *self {}),
            quote!(match *self {}),
        ),
        Shape::Enum(variants) => enum_bodies(variants, input, locals, krate, domain),
        Shape::Union(_) => unreachable!("unions are rejected by check"),
    }
}

/// [`bodies`] for a struct that is not evolving.
fn struct_bodies(
    fields: &[Field],
    input: &Input,
    locals: &Locals,
    krate: &TokenStream,
    (domain_write, domain_len, domain_size): (TokenStream, TokenStream, TokenStream),
) -> (TokenStream, TokenStream, TokenStream) {
    let sink = &locals.sink;
    let sink_ty = &locals.sink_type;
    let sink_ty = quote!(#sink_ty);
    let ident = input.ident;
    let access = |field: &Field| {
        let member = &field.member;
        quote!(&self.#member)
    };
    let sizes = fields.iter().filter_map(|f| field_size(f, ident, krate));
    let size = quote!(#krate::__private::size::sum(&[#domain_size #(#sizes),*]));
    if let Some(list) = FieldList::new(fields, access, ident) {
        let write = list.write(sink, krate);
        let len = list.len(krate);
        let len = if input.domain.is_some() {
            sum_lens(domain_len, [len], krate)
        } else {
            len
        };
        return (
            size,
            quote! {
                #domain_write
                #write
            },
            len,
        );
    }
    let writes = fields
        .iter()
        .filter_map(|f| field_write(f, &access(f), sink, Some(&sink_ty), krate));
    let lens = fields
        .iter()
        .filter_map(|f| field_len(f, &access(f), krate));
    (
        size,
        quote! {
            #domain_write
            #(#writes)*
            ::core::result::Result::Ok(())
        },
        fixed_first(&sum_lens(domain_len, lens, krate), locals, krate),
    )
}

/// [`bodies`] for an enum with variants that is not evolving.
fn enum_bodies(
    variants: &[Variant],
    input: &Input,
    locals: &Locals,
    krate: &TokenStream,
    (domain_write, domain_len, domain_size): (TokenStream, TokenStream, TokenStream),
) -> (TokenStream, TokenStream, TokenStream) {
    let ident = input.ident;
    let lists = FieldList::of_enum(variants, ident);
    let sizes = variants.iter().map(|variant| {
        let tag = Literal::u32_suffixed(variant.tag);
        let fields = variant
            .fields
            .iter()
            .filter_map(|f| field_size(f, ident, krate));
        quote!(#krate::__private::size::sum(&[
            #domain_size
            ::core::option::Option::Some(#krate::__private::size::tag(#tag)),
            #(#fields),*
        ]))
    });
    let writes = variants
        .iter()
        .zip(&lists)
        .map(|(variant, list)| variant_write(variant, list.as_ref(), locals, krate));
    let lens = variants
        .iter()
        .zip(&lists)
        .map(|(variant, list)| variant_len(variant, list.as_ref(), krate));
    (
        quote!(#krate::__private::size::same(&[#(#sizes),*])),
        quote! {
            #domain_write
            match self { #(#writes)* }
        },
        fixed_first(
            &sum_lens(domain_len, [quote!(match self { #(#lens)* })], krate),
            locals,
            krate,
        ),
    )
}

/// The encoded fields of a struct or variant as one tuple of references, written, measured
/// and listed by one call each to the runtime's `Fields` impl for that tuple. Such an impl
/// costs rustc about half as much to check as one call per field (`Fields` is checked once,
/// in the runtime) and compiles to the same code in a release build (BENCHMARKS.md,
/// "Compile time of the derive"). The fields' `Part`s go along as one constant array, so
/// `explain` still names each field.
///
/// A field type without an impl is reported under the type by `ENCODED_SIZE`, which still
/// names each field's impl (and rustc reports it once for all its uses); the tuple's `Fields`
/// then fails too, reported once at the type's name (the tuple is spanned there) with
/// `Fields`'s message, which points back at the field.
///
/// Taken when each field is written by its type's own impl (no `with`, `as` or `serde`),
/// there are at most [`FieldList::MAX`], and none may lead back to the type
/// ([`may_recurse`]). Recursive types keep one call per field: in a debug build the tuple
/// and the calls through `Fields` take stack at every level of a deep value (a `List` of
/// `Box`es encoded 43,500 levels deep instead of 65,000 on an 8 MiB stack,
/// `examples/stack_depth.rs`), and such types are the ones that go deep.
struct FieldList<'f, 'a> {
    fields: Vec<&'f Field<'a>>,
    /// Each field as a `&FieldType` expression.
    values: Vec<TokenStream>,
    /// Where a tuple's missing `Fields` impl is reported: the type's name.
    span: Span,
}

impl<'f, 'a> FieldList<'f, 'a> {
    /// The most fields the runtime's `Fields` takes (its impls for tuples up to 16).
    const MAX: usize = 16;

    /// The list of a struct's `fields`, reached by `access`, if it can be one.
    fn new(
        fields: &'f [Field<'a>],
        access: impl Fn(&Field) -> TokenStream,
        owner: &Ident,
    ) -> Option<Self> {
        let values = fields.iter().map(|f| (!f.is_skipped()).then(|| access(f)));
        Self::from_values(fields, values.collect(), owner)
    }

    /// The lists of the fields of each variant of the enum `owner`, each if it can be one;
    /// none if a field of any variant may lead back to the type: the arms of a `match`
    /// share one stack frame, so one arm's tuple would take stack at every level of a deep
    /// value through another (the `List` above: 58,000 levels instead of 65,000).
    fn of_enum(variants: &'f [Variant<'a>], owner: &Ident) -> Vec<Option<Self>> {
        let recursive = variants.iter().flat_map(|v| &v.fields).any(|field| {
            let ty = field.ty;
            may_recurse(&quote!(#ty), owner)
        });
        variants
            .iter()
            .map(|variant| {
                if recursive {
                    return None;
                }
                let (_, bindings) = variant_pattern(variant);
                Self::from_values(&variant.fields, bindings, owner)
            })
            .collect()
    }

    fn from_values(
        fields: &'f [Field<'a>],
        values: Vec<Option<TokenStream>>,
        owner: &Ident,
    ) -> Option<Self> {
        let mut list = FieldList {
            fields: Vec::new(),
            values: Vec::new(),
            span: owner.span(),
        };
        for (field, value) in fields.iter().zip(values) {
            let ty = field.ty;
            match (&field.mode, value) {
                (FieldMode::Skip, _) => {}
                (FieldMode::Encode, Some(value)) if !may_recurse(&quote!(#ty), owner) => {
                    list.fields.push(field);
                    list.values.push(value);
                }
                _ => return None,
            }
        }
        (list.fields.len() <= Self::MAX).then_some(list)
    }

    /// `Fields`, through the runtime's private path.
    fn fields_trait(krate: &TokenStream) -> TokenStream {
        quote!(#krate::__private::fields::Fields)
    }

    /// `Fields::method`.
    fn method(method: &str, krate: &TokenStream) -> TokenStream {
        let fields = Self::fields_trait(krate);
        let method = Ident::new(method, Span::call_site());
        quote!(#fields::#method)
    }

    /// A reference to the tuple of the fields' references, `&(&self.a, &self.b,)`, spanned
    /// at the type's name.
    fn tuple(&self) -> TokenStream {
        let values = &self.values;
        let mut group =
            proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, quote!(#(#values,)*));
        group.set_span(self.span);
        quote_spanned!(self.span=> &#group)
    }

    /// The tuple's type, `(&A, &B,)`, spanned at the type's name.
    fn tuple_type(&self) -> TokenStream {
        let types = self.fields.iter().map(|field| field.ty);
        let mut group =
            proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, quote!(#(&#types,)*));
        group.set_span(self.span);
        quote!(#group)
    }

    /// The fields' `Part`s, as a constant array expression (promoted to `'static`).
    fn parts(&self, krate: &TokenStream) -> TokenStream {
        let parts = self.fields.iter().map(|field| {
            let name = field_name(field);
            let ty = type_text(field.ty);
            quote!(#krate::__private::Part::Field { name: #name, ty: #ty })
        });
        quote!(&[#(#parts),*])
    }

    /// The call writing the fields: a `Result` expression.
    fn write(&self, sink: &Ident, krate: &TokenStream) -> TokenStream {
        let write = Self::method("write_fields", krate);
        let tuple = self.tuple();
        let parts = self.parts(krate);
        quote!(#write(#tuple, #parts, #sink))
    }

    /// The call writing a variant with these fields, its mark `part` and its `tag`.
    fn write_variant(
        &self,
        sink: &Ident,
        part: &TokenStream,
        tag: &Literal,
        krate: &TokenStream,
    ) -> TokenStream {
        let write = Self::method("write_variant", krate);
        let tuple = self.tuple();
        let parts = self.parts(krate);
        quote!(#write(#tuple, #part, #tag, #parts, #sink))
    }

    /// The fields' encoded length together: a `usize` expression.
    fn len(&self, krate: &TokenStream) -> TokenStream {
        let len = Self::method("fields_len", krate);
        let tuple = self.tuple();
        quote!(#len(#tuple))
    }

    /// The schema's list of these fields, when they are all the fields (none skipped).
    fn schema(&self, all: &[Field], krate: &TokenStream) -> Option<TokenStream> {
        if self.fields.len() != all.len() {
            return None;
        }
        let fields = Self::fields_trait(krate);
        let names = self.fields.iter().map(|field| field_name(field));
        let tuple_type = self.tuple_type();
        let schemas = respan(quote!(<#tuple_type as #fields>::SCHEMAS), self.span);
        Some(quote!(&#krate::__private::fields::encoded_fields(
            [#(#names),*],
            #schemas,
        )))
    }
}

/// `tokens`, every one of them spanned at `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                tree = TokenTree::Group(inner);
            } else {
                tree.set_span(span);
            }
            tree
        })
        .collect()
}

/// The field's entry in the `sum_sizes` list; `None` for a skipped field (it adds nothing).
fn field_size(field: &Field, owner: &Ident, krate: &TokenStream) -> Option<TokenStream> {
    let ty = field.ty;
    match &field.mode {
        // A field that may lead back to the type (through a pointer) has no size of its own,
        // whether it is written by its impl or through an adapter.
        FieldMode::Encode | FieldMode::As(_) if may_recurse(&quote!(#ty), owner) => {
            Some(quote!(::core::option::Option::None))
        }
        FieldMode::Encode => Some(quote!(<#ty as #krate::ByteRepr>::ENCODED_SIZE)),
        FieldMode::Skip => None,
        FieldMode::As(adapter) => Some(adapter_call(adapter, ty, "ENCODED_SIZE_AS", krate)),
        // A `with` function may write anything, and serde's calls are not known before
        // they are made, so the type's size says nothing.
        FieldMode::With(_) | FieldMode::Serde => Some(quote!(::core::option::Option::None)),
    }
}

/// Whether a field type may lead back to the type being derived: it names the type or `Self`,
/// or goes through a pointer (`Box`, `Rc`, `Arc`, `&`), the only ways a type can contain
/// itself. Such a field counts as variable-size, because a type's `ENCODED_SIZE` computed from
/// its own `ENCODED_SIZE` is a compile-time cycle. A pointer to a fixed-size value loses its
/// constant size, not its exact `encoded_len`.
fn may_recurse(tokens: &TokenStream, owner: &Ident) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => {
            ident == *owner || ident == "Self" || ident == "Box" || ident == "Rc" || ident == "Arc"
        }
        TokenTree::Punct(punct) => punct.as_char() == '&',
        TokenTree::Group(group) => may_recurse(&group.stream(), owner),
        TokenTree::Literal(_) => false,
    })
}

/// The statements writing the field reached by `value` (a `&FieldType` expression) into
/// `sink`, of type `sink_ty` (`None`: a trait object, see `Block`), between the marks that
/// say which part of the value they are ([`Sink::begin_part`], for `explain`). The trait is
/// named through the field's type, spanned there, so a type without an impl is reported
/// under that type.
fn field_write(
    field: &Field,
    value: &TokenStream,
    sink: &Ident,
    sink_ty: Option<&TokenStream>,
    krate: &TokenStream,
) -> Option<TokenStream> {
    let write = field_write_unmarked(field, value, sink, sink_ty, krate)?;
    let name = field_name(field);
    let ty = type_text(field.ty);
    Some(quote! {
        #krate::Sink::begin_part(#sink, &#krate::__private::Part::Field { name: #name, ty: #ty });
        #write
        #krate::Sink::end_part(#sink);
    })
}

/// `if let Err(e) = call { return Err(e); }`: what `call?;` does, without `?`'s `From`
/// conversion and `Try` machinery, which the sink's error (an associated type) makes rustc
/// check at every field. Measured with `benches/compile-time-variants.py`: 14% fewer
/// instructions to compile the benchmark crate; the same code once optimized.
fn ret_err(call: &TokenStream) -> TokenStream {
    let error = Ident::new("__error", Span::mixed_site());
    quote! {
        if let ::core::result::Result::Err(#error) = #call {
            return ::core::result::Result::Err(#error);
        }
    }
}

/// The field's name as a part of a path: `email`, `0`.
fn field_name(field: &Field) -> String {
    let name = field.name();
    name.strip_prefix("r#").map_or(name.clone(), str::to_owned)
}

/// `ty` as written, with the spaces that token printing puts between punctuation removed:
/// `Vec<Option<&'a str>>`, `[u8; 4]`.
fn type_text(ty: &Type) -> String {
    let printed = quote!(#ty).to_string();
    let mut text = String::with_capacity(printed.len());
    let mut chars = printed.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let before = text.chars().last();
            let after = chars.peek().copied();
            let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            let keep = (word(before) && word(after))
                || matches!(before, Some(',' | ';'))
                || (word(before) && after == Some('\''));
            if keep {
                text.push(' ');
            }
        } else {
            text.push(c);
        }
    }
    text
}

/// [`field_write`] without the marks around it.
fn field_write_unmarked(
    field: &Field,
    value: &TokenStream,
    sink: &Ident,
    sink_ty: Option<&TokenStream>,
    krate: &TokenStream,
) -> Option<TokenStream> {
    let ty = field.ty;
    match &field.mode {
        FieldMode::Encode => Some(ret_err(
            &quote!(<#ty as #krate::ByteRepr>::write_to(#value, #sink)),
        )),
        FieldMode::Skip => None,
        FieldMode::As(adapter) => {
            let write = adapter_call(adapter, ty, "write_as", krate);
            Some(ret_err(&quote!(#write(#value, #sink))))
        }
        FieldMode::Serde => {
            let write = quote_spanned!(ty.span()=> __private::serde_write::<#ty, _>);
            Some(ret_err(&quote!(#krate::#write(#value, #sink))))
        }
        FieldMode::With(function) => {
            let Some(sink_ty) = sink_ty else {
                return Some(ret_err(&quote!(#function(#value, #sink))));
            };
            // A typed local, spanned at the path: a function of the wrong signature is one
            // "expected fn pointer `fn(&Field, &mut S) -> Result<(), <S as Sink>::Error>`"
            // under the path, naming nothing of the crate's internals.
            let with = Ident::new("__with", Span::mixed_site());
            let result = quote!(::core::result::Result<(), <#sink_ty as #krate::Sink>::Error>);
            let with_fn = quote_spanned! {function.span()=>
                let #with: fn(&#ty, &mut #sink_ty) -> #result = #function;
            };
            let call = ret_err(&quote!(#with(#value, #sink)));
            Some(quote!({
                #with_fn
                #call
            }))
        }
    }
}

/// `<Adapter as ByteReprAs<Field>>::item` (a method or the size constant), spanned at the adapter type, so an adapter
/// that cannot write the field's type is reported under it, naming both types.
fn adapter_call(adapter: &Type, ty: &Type, item: &str, krate: &TokenStream) -> TokenStream {
    let item = Ident::new(item, Span::call_site());
    quote_spanned!(adapter.span()=> <#adapter as #krate::ByteReprAs<#ty>>::#item)
}

/// The canonical length of a `serde` field, spanned at its type, so a type without
/// `Serialize` (or a build without the feature) is reported under it.
fn serde_len(ty: &Type, value: &TokenStream, krate: &TokenStream) -> TokenStream {
    let len = quote_spanned!(ty.span()=> __private::serde_len::<#ty>);
    quote!(#krate::#len(#value))
}

/// The body of `encoded_len` from the length expression `len`: the type's fixed size when it
/// has one, else `len`. (A struct written through `Fields` needs none of it:
/// `Fields::fields_len` checks the fields' fixed size itself.)
fn fixed_first(len: &TokenStream, locals: &Locals, krate: &TokenStream) -> TokenStream {
    let size = &locals.size;
    quote! {
        if let ::core::option::Option::Some(#size) = <Self as #krate::ByteRepr>::ENCODED_SIZE {
            return #size;
        }
        #len
    }
}

/// The expression adding `first` and each of `lens`, in order, through `size::add`.
///
/// Saturating, not wrapping: a value can encode to more than `usize::MAX` bytes without using
/// memory (arrays of a zero-sized type that writes a byte), and a wrapped length is small
/// enough for `to_slice` to trust and write part of the value (issue #13). Saturating adds
/// cannot be reassociated: `derive/encoded_len` in `benches/derive.rs` went from 11.5 to
/// 11.8 µs (criterion mean, +3%; the interleaved minimum moved from 0.96 to 1.01 of the
/// hand-written `+` version) when this replaced `wrapping_add`. A right length is worth it.
fn sum_lens(
    first: TokenStream,
    lens: impl IntoIterator<Item = TokenStream>,
    krate: &TokenStream,
) -> TokenStream {
    lens.into_iter().fold(
        first,
        |total, len| quote!(#krate::__private::size::add(#total, #len)),
    )
}

/// The expression giving the field's encoded length, computed without encoding it; the
/// generated `encoded_len` adds these with [`sum_lens`].
fn field_len(field: &Field, value: &TokenStream, krate: &TokenStream) -> Option<TokenStream> {
    let ty = field.ty;
    match &field.mode {
        FieldMode::Encode => Some(quote!(<#ty as #krate::ByteRepr>::encoded_len(#value))),
        FieldMode::As(adapter) => {
            let len = adapter_call(adapter, ty, "encoded_len_as", krate);
            Some(quote!(#len(#value)))
        }
        FieldMode::Serde => Some(serde_len(ty, value, krate)),
        // Types with `with` fields keep the provided `encoded_len` (see `generate`).
        FieldMode::Skip | FieldMode::With(_) => None,
    }
}

/// The pattern `Self::Variant { member: __fieldN, .. }` binding the encoded fields, with the
/// bindings as `&FieldType` expressions.
fn variant_pattern(variant: &Variant) -> (TokenStream, Vec<Option<TokenStream>>) {
    let ident = variant.ident;
    let mut bindings = Vec::new();
    let mut patterns = Vec::new();
    for (index, field) in variant.fields.iter().enumerate() {
        if field.is_skipped() {
            bindings.push(None);
        } else {
            let binding = Locals::binding(index);
            let member = &field.member;
            patterns.push(quote!(#member: #binding));
            bindings.push(Some(quote!(#binding)));
        }
    }
    (quote!(Self::#ident { #(#patterns,)* .. }), bindings)
}

/// The `match` arm of `write_to` for one variant: its tag, then its encoded fields.
fn variant_write(
    variant: &Variant,
    list: Option<&FieldList>,
    locals: &Locals,
    krate: &TokenStream,
) -> TokenStream {
    let sink = &locals.sink;
    let sink_ty = &locals.sink_type;
    let sink_ty = quote!(#sink_ty);
    let (pattern, bindings) = variant_pattern(variant);
    let tag = Literal::u32_suffixed(variant.tag);
    let name = variant.ident.to_string();
    let part = quote!(&#krate::__private::Part::Variant { name: #name });
    if let Some(list) = list {
        let write = list.write_variant(sink, &part, &tag, krate);
        return quote!(#pattern => #write,);
    }
    let writes = variant
        .fields
        .iter()
        .zip(&bindings)
        .filter_map(|(field, binding)| {
            field_write(field, binding.as_ref()?, sink, Some(&sink_ty), krate)
        });
    let write_tag = ret_err(&quote!(#krate::Sink::write_tag(#sink, #tag)));
    quote! {
        #pattern => {
            #krate::Sink::begin_part(#sink, #part);
            #write_tag
            #(#writes)*
            #krate::Sink::end_part(#sink);
            ::core::result::Result::Ok(())
        }
    }
}

/// The `match` arm of `encoded_len` for one variant: its tag's length plus its fields'.
fn variant_len(variant: &Variant, list: Option<&FieldList>, krate: &TokenStream) -> TokenStream {
    let (pattern, bindings) = variant_pattern(variant);
    let tag = Literal::u32_suffixed(variant.tag);
    let tag_len = quote!(#krate::__private::size::tag(#tag));
    if let Some(list) = list {
        let len = sum_lens(tag_len, [list.len(krate)], krate);
        return quote!(#pattern => #len,);
    }
    let lens = variant
        .fields
        .iter()
        .zip(&bindings)
        .filter_map(|(field, binding)| field_len(field, binding.as_ref()?, krate));
    let len = sum_lens(tag_len, lens, krate);
    quote! {
        #pattern => #len,
    }
}

/// The three bodies of [`bodies`] for an evolving type: the fields of the struct, or of the
/// variant after its tag, go in a block preceded by its length (SPEC.md 3.15), and the
/// trailing `added` fields that equal their default are left out of it. Kept apart from the
/// plain generator, which stays exactly as it is for types that do not opt in.
fn evolving_bodies(
    input: &Input,
    locals: &Locals,
    krate: &TokenStream,
    (domain_write, domain_len, domain_size): (TokenStream, TokenStream, TokenStream),
) -> (TokenStream, TokenStream, TokenStream) {
    match &input.shape {
        Shape::Struct(fields) => {
            let values: Vec<Option<TokenStream>> = fields
                .iter()
                .map(|field| {
                    let member = &field.member;
                    (!field.is_skipped()).then(|| quote!(&self.#member))
                })
                .collect();
            let block = Block::new(fields, &values, input.ident, locals, krate);
            let Block {
                present,
                size,
                len,
                write,
            } = &block;
            (
                quote!(#krate::__private::size::sum(&[
                    #domain_size
                    #krate::__private::size::fixed_block(#size)
                ])),
                quote! {
                    #domain_write
                    #write
                    ::core::result::Result::Ok(())
                },
                {
                    let total = sum_lens(
                        domain_len,
                        [quote!(#krate::__private::size::block(#len))],
                        krate,
                    );
                    fixed_first(&quote!({ #present #total }), locals, krate)
                },
            )
        }
        Shape::Enum(variants) if variants.is_empty() => (
            quote!(::core::option::Option::None),
            quote!(match *self {}),
            quote!(match *self {}),
        ),
        Shape::Enum(variants) => {
            let sink = &locals.sink;
            let mut sizes = Vec::new();
            let mut writes = Vec::new();
            let mut lens = Vec::new();
            for variant in variants {
                let (pattern, values) = variant_pattern(variant);
                let tag = Literal::u32_suffixed(variant.tag);
                let Block {
                    present,
                    size,
                    len,
                    write,
                } = Block::new(&variant.fields, &values, input.ident, locals, krate);
                sizes.push(quote!(#krate::__private::size::sum(&[
                    #domain_size
                    ::core::option::Option::Some(#krate::__private::size::tag(#tag)),
                    #krate::__private::size::fixed_block(#size)
                ])));
                let name = variant.ident.to_string();
                let write_tag = ret_err(&quote!(#krate::Sink::write_tag(#sink, #tag)));
                writes.push(quote! {
                    #pattern => {
                        #krate::Sink::begin_part(
                            #sink,
                            &#krate::__private::Part::Variant { name: #name },
                        );
                        #write_tag
                        #write
                        #krate::Sink::end_part(#sink);
                    }
                });
                lens.push(quote! {
                    #pattern => {
                        #present
                        #krate::__private::size::add(
                            #krate::__private::size::tag(#tag),
                            #krate::__private::size::block(#len),
                        )
                    }
                });
            }
            (
                quote!(#krate::__private::size::same(&[#(#sizes),*])),
                quote! {
                    #domain_write
                    match self { #(#writes)* }
                    ::core::result::Result::Ok(())
                },
                fixed_first(
                    &sum_lens(domain_len, [quote!(match self { #(#lens)* })], krate),
                    locals,
                    krate,
                ),
            )
        }
        Shape::Union(_) => unreachable!("unions are rejected by check"),
    }
}

/// The generated parts of one block: the fields of an evolving struct or of one variant.
struct Block {
    /// `let __present: usize = ...;`, how many added fields are written; empty without any.
    present: TokenStream,
    /// The content's fixed size as an `Option<usize>` expression: `None` when a field's
    /// size varies or there are added fields (written or not, they change the size).
    size: TokenStream,
    /// The content's canonical length (after `present`).
    len: TokenStream,
    /// The statements of `write_to` that write the block: `present`, the length in the
    /// sink's format, then the fields.
    write: TokenStream,
}

impl Block {
    /// The block of `fields`, each reached by its `values` entry (`None` when skipped).
    fn new(
        fields: &[Field],
        values: &[Option<TokenStream>],
        owner: &Ident,
        locals: &Locals,
        krate: &TokenStream,
    ) -> Self {
        let Locals {
            sink,
            present,
            len,
            block,
            ..
        } = locals;
        let encoded: Vec<(&Field, &TokenStream)> = fields
            .iter()
            .zip(values)
            .filter_map(|(field, value)| Some((field, value.as_ref()?)))
            .collect();
        // The added fields' ranks count from 1: field `rank` is written when `present >=
        // rank`. `check` made them the trailing fields, so they are the last in `encoded`.
        let mut rank = 0usize;
        let mut count = quote!(0usize);
        let mut gates = Vec::new();
        for (field, value) in &encoded {
            if field.is_added() {
                rank += 1;
                let ty = field.ty;
                let number = Literal::usize_suffixed(rank);
                // Spanned at the field's type, so a type without `Default` or `PartialEq`
                // is reported under it.
                let is_default = quote_spanned!(ty.span()=>
                    <#ty as #krate::__private::AddedField>::is_default);
                // The last added field that is not its default decides how many are written,
                // so the check runs from the last added field back.
                count = quote!(if #is_default(#value) { #count } else { #number });
                gates.push(Some(quote!(#present >= #number)));
            } else {
                gates.push(None);
            }
        }
        let has_added = rank > 0;
        let present = if has_added {
            quote!(let #present: ::core::primitive::usize = #count;)
        } else {
            quote!()
        };
        let behind_gate = |gate: &Option<TokenStream>, write: TokenStream| match gate {
            Some(gate) => quote!(if #gate { #write }),
            None => write,
        };
        let size = if has_added {
            quote!(::core::option::Option::None)
        } else {
            let sizes = encoded
                .iter()
                .filter_map(|(field, _)| field_size(field, owner, krate));
            quote!(#krate::__private::size::sum(&[#(#sizes),*]))
        };
        let lens = encoded.iter().zip(&gates).map(|((field, value), gate)| {
            let ty = field.ty;
            let len = match &field.mode {
                FieldMode::With(function) => {
                    let call = quote_spanned!(function.span()=> __private::with_len::<#ty, _>);
                    quote!(#krate::#call(#function, #value))
                }
                FieldMode::As(adapter) => {
                    let len = adapter_call(adapter, ty, "encoded_len_as", krate);
                    quote!(#len(#value))
                }
                FieldMode::Serde => serde_len(ty, value, krate),
                FieldMode::Encode | FieldMode::Skip => {
                    quote!(<#ty as #krate::ByteRepr>::encoded_len(#value))
                }
            };
            match gate {
                Some(gate) => quote!(if #gate { #len } else { 0usize }),
                None => len,
            }
        });
        let len_expr = sum_lens(quote!(0usize), lens, krate);
        let sink_type = &locals.sink_type;
        let block_ty = quote!(dyn #krate::Sink<Error = <#sink_type as #krate::Sink>::Error>);
        let writes_to = |target: &Ident, target_ty: Option<&TokenStream>| -> Vec<TokenStream> {
            encoded
                .iter()
                .zip(&gates)
                .filter_map(|((field, value), gate)| {
                    let write = field_write(field, value, target, target_ty, krate)?;
                    Some(behind_gate(gate, write))
                })
                .collect()
        };
        // The block's sink is a trait object, whose lifetime a `fn` pointer type cannot name
        // without making it higher-ranked: its `with` calls are direct. The same field is
        // written through the typed pointer below, where a wrong signature is reported.
        let block_writes = writes_to(block, None);
        let sink_writes = writes_to(sink, Some(&quote!(#sink_type)));
        let write = quote! {
            #present
            // The canonical length is computed without writing; a format with other sizes
            // (the Java encoding) counts the block by writing it to a counter of its own.
            let #len = #krate::Sink::block_len(#sink, #len_expr, &mut |#block: &mut #block_ty| {
                #(#block_writes)*
                ::core::result::Result::Ok(())
            })?;
            #krate::Sink::write_len(#sink, #len)?;
            #(#sink_writes)*
        };
        Block {
            present,
            size,
            len: len_expr,
            write,
        }
    }
}
