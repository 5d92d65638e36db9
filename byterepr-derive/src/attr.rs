//! Parses `#[byterepr(...)]` attributes into typed settings, one role (container, variant,
//! field) at a time. Every mistake is recorded in [`Errors`] and parsing goes on with the next
//! attribute, so one compile shows them all.
//!
//! The whole vocabulary:
//! - container: `crate = "path"`, `bound = "predicates"`, `domain = "name"`
//! - variant: `tag = N`
//! - field: `skip`, `with = path`, `bound = "predicates"`

use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, LitStr, Path, Token, WherePredicate};

use crate::errors::Errors;

/// Where an attribute sits; decides which names it accepts.
#[derive(Clone, Copy)]
pub(crate) enum Role {
    Struct,
    Enum,
    Variant,
    Field,
}

impl Role {
    fn noun(self) -> &'static str {
        match self {
            Role::Struct => "a struct",
            Role::Enum => "an enum",
            Role::Variant => "an enum variant",
            Role::Field => "a field",
        }
    }

    fn vocabulary(self) -> &'static str {
        match self {
            Role::Struct | Role::Enum => {
                "`crate = \"path\"`, `bound = \"T: Trait\"` and `domain = \"name\"`"
            }
            Role::Variant => "`tag = N`",
            Role::Field => "`skip`, `with = path` and `bound = \"T: Trait\"`",
        }
    }
}

/// `where` predicates given as a string, with the string's span for errors.
pub(crate) struct Bound {
    pub predicates: Punctuated<WherePredicate, Token![,]>,
    pub span: Span,
}

/// How a field takes part in the encoding: exactly one of these, never a combination.
pub(crate) enum FieldMode {
    /// Written with its own `ByteRepr` impl (no attribute).
    Encode,
    /// Not written at all (`skip`).
    Skip,
    /// Written by a user function (`with = path`).
    With(Path),
}

pub(crate) struct ContainerAttrs {
    pub krate: Option<Path>,
    pub bound: Option<Bound>,
    pub domain: Option<LitStr>,
}

pub(crate) struct VariantAttrs {
    /// The pinned tag and the span of its literal.
    pub tag: Option<(u32, Span)>,
}

pub(crate) struct FieldAttrs {
    pub mode: FieldMode,
    pub bound: Option<Bound>,
}

/// Everything any role may carry; the role decides which slots can be filled.
#[derive(Default)]
struct Slots {
    krate: Option<Path>,
    bound: Option<Bound>,
    domain: Option<LitStr>,
    tag: Option<(u32, Span)>,
    mode: Option<(FieldMode, &'static str)>,
}

pub(crate) fn container(attrs: &[Attribute], is_enum: bool, errors: &mut Errors) -> ContainerAttrs {
    let role = if is_enum { Role::Enum } else { Role::Struct };
    let slots = parse(attrs, role, errors);
    ContainerAttrs {
        krate: slots.krate,
        bound: slots.bound,
        domain: slots.domain,
    }
}

pub(crate) fn variant(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    VariantAttrs {
        tag: parse(attrs, Role::Variant, errors).tag,
    }
}

pub(crate) fn field(attrs: &[Attribute], errors: &mut Errors) -> FieldAttrs {
    let slots = parse(attrs, Role::Field, errors);
    FieldAttrs {
        mode: slots.mode.map_or(FieldMode::Encode, |(mode, _)| mode),
        bound: slots.bound,
    }
}

fn parse(attrs: &[Attribute], role: Role, errors: &mut Errors) -> Slots {
    let mut slots = Slots::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("byterepr")) {
        let result = attr.parse_nested_meta(|meta| {
            if let Err(error) = parse_one(&meta, role, &mut slots) {
                errors.push(error);
                skip_to_comma(meta.input)?;
            }
            Ok(())
        });
        if let Err(error) = result {
            errors.push(error);
        }
    }
    slots
}

/// Parses one `name` or `name = value` inside `#[byterepr(...)]`.
fn parse_one(meta: &ParseNestedMeta, role: Role, slots: &mut Slots) -> syn::Result<()> {
    let path = &meta.path;
    let Some(name) = path.get_ident().map(ToString::to_string) else {
        return Err(syn::Error::new_spanned(
            path,
            format!(
                "unknown byterepr attribute: on {} it accepts {}",
                role.noun(),
                role.vocabulary()
            ),
        ));
    };
    let allowed = |roles: &[&str]| -> syn::Result<()> {
        let here = match role {
            Role::Struct | Role::Enum => "container",
            Role::Variant => "variant",
            Role::Field => "field",
        };
        if roles.contains(&here) {
            Ok(())
        } else {
            Err(misplaced(path, &name, role))
        }
    };
    match name.as_str() {
        // #[byterepr(crate = "path::to::byterepr")]
        "crate" => {
            allowed(&["container"])?;
            let lit = string_value(meta, &name, "crate = \"::my_framework::byterepr\"")?;
            let krate = lit.parse::<Path>().map_err(|_| {
                syn::Error::new(
                    lit.span(),
                    format!(
                        "`crate` must be a path to the byterepr crate, like \
                         crate = \"::my_framework::byterepr\", and `{}` is not a path",
                        lit.value()
                    ),
                )
            })?;
            first(path, &name, &mut slots.krate, krate)
        }
        // #[byterepr(bound = "T: Trait, U: Other")]
        "bound" => {
            allowed(&["container", "field"])?;
            let lit = string_value(meta, &name, "bound = \"T: byterepr::ByteRepr\"")?;
            let predicates = lit
                .parse_with(Punctuated::<WherePredicate, Token![,]>::parse_terminated)
                .map_err(|error| {
                    syn::Error::new(
                        lit.span(),
                        format!(
                            "`bound` must hold where-clause predicates separated by commas, \
                             like bound = \"T: byterepr::ByteRepr, U: Clone\" ({error})"
                        ),
                    )
                })?;
            let bound = Bound {
                predicates,
                span: lit.span(),
            };
            first(path, &name, &mut slots.bound, bound)
        }
        // #[byterepr(domain = "myapp.Order.v1")]
        "domain" => {
            allowed(&["container"])?;
            let lit = string_value(meta, &name, "domain = \"myapp.Order.v1\"")?;
            first(path, &name, &mut slots.domain, lit)
        }
        // #[byterepr(tag = 7)]
        "tag" => {
            allowed(&["variant"])?;
            let tag = tag_value(meta)?;
            first(path, &name, &mut slots.tag, tag)
        }
        // #[byterepr(skip)]
        "skip" => {
            allowed(&["field"])?;
            if !(meta.input.is_empty() || meta.input.peek(Token![,])) {
                return Err(meta.error("`skip` takes no value: write #[byterepr(skip)]"));
            }
            set_mode(path, slots, FieldMode::Skip, "skip")
        }
        // #[byterepr(with = path::to::write_fn)]
        "with" => {
            allowed(&["field"])?;
            let function = path_value(meta)?;
            set_mode(path, slots, FieldMode::With(function), "with")
        }
        _ => Err(syn::Error::new_spanned(
            path,
            format!(
                "unknown byterepr attribute `{name}`: on {} it accepts {}",
                role.noun(),
                role.vocabulary()
            ),
        )),
    }
}

fn misplaced(path: &Path, name: &str, role: Role) -> syn::Error {
    let home = match name {
        "crate" | "domain" => {
            "the struct or enum itself, like #[byterepr(domain = \"app.Type\")] above `struct`"
        }
        "tag" => "an enum variant, like #[byterepr(tag = 3)] above the variant",
        "skip" | "with" => "a field, like #[byterepr(skip)] above the field",
        _ => "a struct, an enum or a field",
    };
    let remedy = if name == "tag" && matches!(role, Role::Struct) {
        "; a struct has no tag, use `domain = \"...\"` to tell two structs apart"
    } else {
        ""
    };
    syn::Error::new_spanned(
        path,
        format!(
            "`{name}` does not apply to {}: put it on {home}{remedy}",
            role.noun()
        ),
    )
}

/// Stores `value` unless the attribute was already given; the error sits on the second one.
fn first<T>(path: &Path, name: &str, slot: &mut Option<T>, value: T) -> syn::Result<()> {
    if slot.is_some() {
        return Err(syn::Error::new_spanned(
            path,
            format!("duplicate `{name}`: it is already given above, remove this one"),
        ));
    }
    *slot = Some(value);
    Ok(())
}

fn set_mode(
    path: &Path,
    slots: &mut Slots,
    mode: FieldMode,
    name: &'static str,
) -> syn::Result<()> {
    match &slots.mode {
        None => {
            slots.mode = Some((mode, name));
            Ok(())
        }
        Some((_, earlier)) if *earlier == name => Err(syn::Error::new_spanned(
            path,
            format!("duplicate `{name}`: it is already given above, remove this one"),
        )),
        Some((_, earlier)) => Err(syn::Error::new_spanned(
            path,
            format!(
                "`{name}` conflicts with `{earlier}` given above: `skip` leaves the field out of \
                 the encoding and `with` writes it with a function; keep one of them"
            ),
        )),
    }
}

/// The string after `name =`.
fn string_value(meta: &ParseNestedMeta, name: &str, example: &str) -> syn::Result<LitStr> {
    let value = value_stream(meta, name, example)?;
    if value.peek(LitStr) {
        return value.parse();
    }
    Err(value_error(
        value,
        &format!("`{name}` takes a string in quotes, like {example}"),
    ))
}

/// The path after `with =`.
fn path_value(meta: &ParseNestedMeta) -> syn::Result<Path> {
    let example = "with = my_module::write_field";
    let value = value_stream(meta, "with", example)?;
    if let Ok(lit) = value.fork().parse::<LitStr>() {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "`with` takes a path without quotes: write with = {}",
                lit.value()
            ),
        ));
    }
    value.parse::<Path>().map_err(|_| {
        value_error(
            value,
            &format!("`with` takes the path of a function that writes the field, like {example}"),
        )
    })
}

/// The unsigned 32-bit integer after `tag =`.
fn tag_value(meta: &ParseNestedMeta) -> syn::Result<(u32, Span)> {
    let value = value_stream(meta, "tag", "tag = 3")?;
    if value.peek(Token![-]) {
        let minus: Token![-] = value.parse()?;
        let number: Option<TokenTree> = value.parse().ok();
        return Err(syn::Error::new_spanned(
            quote::quote!(#minus #number),
            "a tag cannot be negative: tags are unsigned, from 0 to 4294967295 (u32::MAX)",
        ));
    }
    if !value.peek(LitInt) {
        return Err(value_error(
            value,
            "`tag` takes an integer literal from 0 to 4294967295, like tag = 3",
        ));
    }
    let lit: LitInt = value.parse()?;
    match lit.base10_parse::<u32>() {
        Ok(tag) => Ok((tag, lit.span())),
        Err(_) => Err(syn::Error::new(
            lit.span(),
            format!(
                "tag {} does not fit in u32: tags go from 0 to 4294967295 (u32::MAX)",
                lit.base10_digits()
            ),
        )),
    }
}

/// The stream after `name =`, or an error at the name when there is no `=`.
fn value_stream<'a>(
    meta: &ParseNestedMeta<'a>,
    name: &str,
    example: &str,
) -> syn::Result<ParseStream<'a>> {
    if meta.input.peek(Token![=]) {
        meta.value()
    } else {
        Err(syn::Error::new(
            meta.path.span(),
            format!("`{name}` needs a value: write {example}"),
        ))
    }
}

/// An error at the next token of `value` (or at its end).
fn value_error(value: ParseStream, message: &str) -> syn::Error {
    match value.fork().parse::<TokenTree>() {
        Ok(tree) => syn::Error::new(tree.span(), message),
        Err(_) => value.error(message),
    }
}

/// Skips what is left of a malformed `name = value` so the next attribute is still read.
fn skip_to_comma(input: ParseStream) -> syn::Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tree, next)) = rest.token_tree() {
            if let TokenTree::Punct(punct) = &tree
                && punct.as_char() == ','
            {
                return Ok(((), rest));
            }
            rest = next;
        }
        Ok(((), rest))
    })
}
