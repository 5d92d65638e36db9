//! The `#[byterepr(...)]` vocabulary and its parser. [`ATTRIBUTES`] is the one list of what
//! exists: each row says where an attribute may appear and how messages show it, and the
//! "unknown attribute" and "does not apply here" errors are computed from it. [`parse`] reads
//! the attributes at one place into typed [`Settings`]; every mistake is recorded in
//! [`Errors`] and parsing goes on with the next attribute, so one compile shows them all.
//!
//! Adding an attribute takes a row in [`ATTRIBUTES`], a parse arm in `parse_one` with the
//! [`Settings`] field it fills, and the AST node that takes that field to the phases using it.

use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, LitStr, Path, Token, Type, WherePredicate};

use crate::errors::Errors;

/// Where a `#[byterepr(...)]` sits; decides which attributes it accepts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Place {
    Struct,
    Enum,
    Variant,
    Field,
}

impl Place {
    /// The place as messages name it: "does not apply to {noun}".
    fn noun(self) -> &'static str {
        match self {
            Place::Struct => "a struct",
            Place::Enum => "an enum",
            Place::Variant => "an enum variant",
            Place::Field => "a field",
        }
    }
}

/// One attribute: its name, where it may appear and how messages show it.
pub(crate) struct Spec {
    /// The name inside `#[byterepr(...)]`.
    pub name: &'static str,
    /// Where it may appear; anywhere else it is reported as misplaced.
    pub places: &'static [Place],
    /// Its syntax as the "unknown attribute" message lists it.
    pub syntax: &'static str,
    /// Where it belongs, completing the misplacement message's "put it on ...".
    pub home: &'static str,
    /// A further hint for places where finding it suggests a misunderstanding, not a slip.
    pub advice: &'static [(Place, &'static str)],
}

/// The places of the attributes that describe the whole type.
const CONTAINER: &[Place] = &[Place::Struct, Place::Enum];
/// The home of the container attributes, shown by an example of the most common one.
const ON_CONTAINER: &str =
    "the struct or enum itself, like #[byterepr(domain = \"app.Type\")] above `struct`";
/// The home of the field attributes, shown by an example of the most common one.
const ON_FIELD: &str = "a field, like #[byterepr(skip)] above the field";

/// The whole vocabulary. Messages list a place's attributes in this order, so the rows are
/// ordered to read naturally for every place: `crate`, `bound`, `domain`, `evolving`, `hash` on a
/// container and `skip`, `with`, `as`, `serde`, `added`, `bound` on a field.
pub(crate) const ATTRIBUTES: &[Spec] = &[
    Spec {
        name: "crate",
        places: CONTAINER,
        syntax: "crate = \"path\"",
        home: ON_CONTAINER,
        advice: &[],
    },
    Spec {
        name: "skip",
        places: &[Place::Field],
        syntax: "skip",
        home: ON_FIELD,
        advice: &[],
    },
    Spec {
        name: "with",
        places: &[Place::Field],
        syntax: "with = path",
        home: ON_FIELD,
        advice: &[],
    },
    Spec {
        name: "as",
        places: &[Place::Field],
        syntax: "as = Adapter",
        home: ON_FIELD,
        advice: &[],
    },
    Spec {
        name: "serde",
        places: &[Place::Field],
        syntax: "serde",
        home: ON_FIELD,
        advice: &[],
    },
    Spec {
        name: "added",
        places: &[Place::Field],
        syntax: "added",
        home: "a field appended to a #[byterepr(evolving)] type, like #[byterepr(added)] \
               above the field",
        advice: &[
            (
                Place::Struct,
                "a type that will grow takes #[byterepr(evolving)], and each field appended \
                 later takes `added`",
            ),
            (
                Place::Enum,
                "an enum that will grow takes #[byterepr(evolving)], and each field appended \
                 to a variant later takes `added`",
            ),
        ],
    },
    Spec {
        name: "bound",
        places: &[Place::Struct, Place::Enum, Place::Field],
        syntax: "bound = \"T: Trait\"",
        home: "a struct, an enum or a field",
        advice: &[],
    },
    Spec {
        name: "domain",
        places: CONTAINER,
        syntax: "domain = \"name\"",
        home: ON_CONTAINER,
        advice: &[],
    },
    Spec {
        name: "evolving",
        places: CONTAINER,
        syntax: "evolving",
        home: "the struct or enum itself, like #[byterepr(evolving)] above `struct`",
        advice: &[(
            Place::Field,
            "a field appended to an evolving type takes #[byterepr(added)] instead",
        )],
    },
    Spec {
        name: "hash",
        places: CONTAINER,
        syntax: "hash",
        home: "the struct or enum itself, like #[byterepr(hash)] above `struct`",
        advice: &[],
    },
    Spec {
        name: "tag",
        places: &[Place::Variant],
        syntax: "tag = N",
        home: "an enum variant, like #[byterepr(tag = 3)] above the variant",
        advice: &[(
            Place::Struct,
            "a struct has no tag, use `domain = \"...\"` to tell two structs apart",
        )],
    },
];

/// What the attributes at one place set. The table decides which fields a place can fill;
/// the others keep their defaults, and each AST node takes only the fields of its place.
#[derive(Default)]
pub(crate) struct Settings {
    /// `crate = "..."` (container): the path generated code names the runtime through.
    pub krate: Option<Path>,
    /// `bound = "..."` (container or field): replaces inferred bounds.
    pub bound: Option<Bound>,
    /// `domain = "..."` (container): written first, to tell types apart.
    pub domain: Option<LitStr>,
    /// `tag = N` (variant).
    pub tag: Option<PinnedTag>,
    /// `evolving` (container): the fields are written as a length-delimited block, so
    /// fields marked `added` can be appended later; the span is the attribute's.
    pub evolving: Option<Span>,
    /// `hash` (container): also implement `Hash` by feeding the canonical bytes.
    pub hash: Option<Span>,
    /// `added` (field): appended to an evolving type, and left out while it is its default;
    /// the span is the attribute's.
    pub added: Option<Span>,
    /// `skip`, `with = path`, `as = Adapter` or `serde` (field).
    pub mode: FieldMode,
}

/// `where` predicates given as a string, with the string's span for errors.
pub(crate) struct Bound {
    pub predicates: Punctuated<WherePredicate, Token![,]>,
    pub span: Span,
}

/// A variant's `tag = N`, with the span of its literal for errors.
#[derive(Clone, Copy)]
pub(crate) struct PinnedTag {
    pub value: u32,
    pub span: Span,
}

/// How a field takes part in the encoding: exactly one of these, never a combination.
#[derive(Default)]
pub(crate) enum FieldMode {
    /// Written with its own `ByteRepr` impl (no attribute).
    #[default]
    Encode,
    /// Not written at all (`skip`).
    Skip,
    /// Written by a user function (`with = path`).
    With(Path),
    /// Written by an adapter type, `<Adapter as ByteReprAs<FieldType>>` (`as = Adapter`).
    As(Type),
    /// Written through its `serde::Serialize` impl by the serde bridge (`serde`).
    Serde,
}

impl FieldMode {
    /// The attribute that chose this mode, for the conflict message; `None` for the default.
    fn attribute(&self) -> Option<&'static str> {
        match self {
            FieldMode::Encode => None,
            FieldMode::Skip => Some("skip"),
            FieldMode::With(_) => Some("with"),
            FieldMode::As(_) => Some("as"),
            FieldMode::Serde => Some("serde"),
        }
    }

    /// What the attribute of a mode does to the field, for the conflict message.
    fn effect(name: &str) -> &'static str {
        match name {
            "skip" => "leaves the field out of the encoding",
            "with" => "writes it with a function",
            "as" => "writes it through an adapter type",
            _ => "writes it through its `Serialize` impl",
        }
    }
}

/// Reads every `#[byterepr(...)]` among `attrs`, which sit at `place`.
pub(crate) fn parse(attrs: &[Attribute], place: Place, errors: &mut Errors) -> Settings {
    let mut settings = Settings::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("byterepr")) {
        let result = attr.parse_nested_meta(|meta| {
            if let Err(error) = parse_one(&meta, place, &mut settings) {
                errors.push(error);
                skip_to_comma(meta.input)?;
            }
            Ok(())
        });
        if let Err(error) = result {
            errors.push(error);
        }
    }
    settings
}

/// The message of the dispatch's last arm, which a test proves no table row reaches.
const NO_PARSE_ARM: &str = "has a row in the attribute table but no parse arm";

/// Parses one `name` or `name = value` inside `#[byterepr(...)]`.
fn parse_one(meta: &ParseNestedMeta, place: Place, settings: &mut Settings) -> syn::Result<()> {
    let spec = spec_at(&meta.path, place)?;
    let (path, name) = (&meta.path, spec.name);
    // The value is parsed before the duplicate check, so a bad second value is reported as
    // bad rather than as a duplicate.
    match name {
        // #[byterepr(crate = "path::to::byterepr")]
        "crate" => first(path, name, &mut settings.krate, crate_value(meta)?),
        // #[byterepr(bound = "T: Trait, U: Other")]
        "bound" => first(path, name, &mut settings.bound, bound_value(meta)?),
        // #[byterepr(domain = "myapp.Order.v1")]
        "domain" => {
            let domain = string_value(meta, name, "domain = \"myapp.Order.v1\"")?;
            first(path, name, &mut settings.domain, domain)
        }
        // #[byterepr(tag = 7)]
        "tag" => first(path, name, &mut settings.tag, tag_value(meta)?),
        // #[byterepr(skip)]
        "skip" => {
            no_value(meta, name)?;
            set_mode(path, name, &mut settings.mode, FieldMode::Skip)
        }
        // #[byterepr(evolving)]
        "evolving" => {
            no_value(meta, name)?;
            first(path, name, &mut settings.evolving, path.span())
        }
        // #[byterepr(hash)]
        "hash" => {
            no_value(meta, name)?;
            first(path, name, &mut settings.hash, path.span())
        }
        // #[byterepr(added)]
        "added" => {
            no_value(meta, name)?;
            first(path, name, &mut settings.added, path.span())
        }
        // #[byterepr(with = path::to::write_fn)]
        "with" => {
            let function = with_value(meta)?;
            set_mode(path, name, &mut settings.mode, FieldMode::With(function))
        }
        // #[byterepr(serde)]
        "serde" => {
            no_value(meta, name)?;
            set_mode(path, name, &mut settings.mode, FieldMode::Serde)
        }
        // #[byterepr(as = Vec<Option<AdapterType>>)]
        "as" => {
            let adapter = as_value(meta)?;
            set_mode(path, name, &mut settings.mode, FieldMode::As(adapter))
        }
        _ => Err(syn::Error::new_spanned(
            path,
            format!("`{name}` {NO_PARSE_ARM} (a bug of the derive)"),
        )),
    }
}

/// The table row `path` names, if it is an attribute allowed at `place`.
fn spec_at(path: &Path, place: Place) -> syn::Result<&'static Spec> {
    let spec = path
        .get_ident()
        .and_then(|ident| ATTRIBUTES.iter().find(|spec| ident == spec.name));
    match spec {
        Some(spec) if spec.places.contains(&place) => Ok(spec),
        Some(spec) => Err(misplaced(path, spec, place)),
        None => Err(unknown(path, place)),
    }
}

/// The error for a name outside the table: what `place` accepts instead.
fn unknown(path: &Path, place: Place) -> syn::Error {
    // A path like `a::b` is no name to quote back.
    let name = path
        .get_ident()
        .map_or_else(String::new, |ident| format!(" `{ident}`"));
    syn::Error::new_spanned(
        path,
        format!(
            "unknown byterepr attribute{name}: on {} it accepts {}",
            place.noun(),
            vocabulary(place)
        ),
    )
}

/// The attributes `place` accepts, as a list in a sentence: "`a`, `b` and `c`".
fn vocabulary(place: Place) -> String {
    let syntaxes: Vec<String> = ATTRIBUTES
        .iter()
        .filter(|spec| spec.places.contains(&place))
        .map(|spec| format!("`{}`", spec.syntax))
        .collect();
    match syntaxes.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, others)) => format!("{} and {last}", others.join(", ")),
        None => String::new(),
    }
}

/// The error for `spec` found at `place`, which it does not apply to: where to put it instead.
fn misplaced(path: &Path, spec: &Spec, place: Place) -> syn::Error {
    let advice = spec
        .advice
        .iter()
        .find(|(at, _)| *at == place)
        .map_or_else(String::new, |(_, advice)| format!("; {advice}"));
    syn::Error::new_spanned(
        path,
        format!(
            "`{}` does not apply to {}: put it on {}{advice}",
            spec.name,
            place.noun(),
            spec.home
        ),
    )
}

/// Checks that a flag attribute (`skip`, `evolving`, `added`) is given without a value.
fn no_value(meta: &ParseNestedMeta, name: &str) -> syn::Result<()> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(())
    } else {
        Err(meta.error(format!(
            "`{name}` takes no value: write #[byterepr({name})]"
        )))
    }
}

/// Stores `value` unless the attribute was already given; the error sits on the second one.
fn first<T>(path: &Path, name: &str, slot: &mut Option<T>, value: T) -> syn::Result<()> {
    if slot.is_some() {
        return Err(duplicate(path, name));
    }
    *slot = Some(value);
    Ok(())
}

/// Stores a field's mode unless `skip` or `with` was already given.
fn set_mode(path: &Path, name: &str, slot: &mut FieldMode, mode: FieldMode) -> syn::Result<()> {
    match slot.attribute() {
        None => {
            *slot = mode;
            Ok(())
        }
        Some(earlier) if earlier == name => Err(duplicate(path, name)),
        Some(earlier) => Err(syn::Error::new_spanned(
            path,
            format!(
                "`{name}` conflicts with `{earlier}` given above: `{earlier}` {} and `{name}` {}; \
                 keep one of them",
                FieldMode::effect(earlier),
                FieldMode::effect(name),
            ),
        )),
    }
}

/// The error at the second occurrence of an attribute that may be given once.
fn duplicate(path: &Path, name: &str) -> syn::Error {
    syn::Error::new_spanned(
        path,
        format!("duplicate `{name}`: it is already given above, remove this one"),
    )
}

/// The path in the string after `crate =`.
fn crate_value(meta: &ParseNestedMeta) -> syn::Result<Path> {
    let lit = string_value(meta, "crate", "crate = \"::my_framework::byterepr\"")?;
    lit.parse::<Path>().map_err(|_| {
        syn::Error::new(
            lit.span(),
            format!(
                "`crate` must be a path to the byterepr crate, like \
                 crate = \"::my_framework::byterepr\", and `{}` is not a path",
                lit.value()
            ),
        )
    })
}

/// The predicates in the string after `bound =`.
fn bound_value(meta: &ParseNestedMeta) -> syn::Result<Bound> {
    let lit = string_value(meta, "bound", "bound = \"T: byterepr::ByteRepr\"")?;
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
    Ok(Bound {
        predicates,
        span: lit.span(),
    })
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
fn with_value(meta: &ParseNestedMeta) -> syn::Result<Path> {
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

/// The adapter type after `as =`: a type without quotes, as `with` takes a path without
/// them, so that it is checked and highlighted as code.
fn as_value(meta: &ParseNestedMeta) -> syn::Result<Type> {
    let example = "as = Vec<Option<MyAdapter>>";
    let value = value_stream(meta, "as", example)?;
    if let Ok(lit) = value.fork().parse::<LitStr>() {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "`as` takes a type without quotes: write as = {}",
                lit.value()
            ),
        ));
    }
    value.parse::<Type>().map_err(|_| {
        value_error(
            value,
            &format!("`as` takes the adapter type that writes the field, like {example}"),
        )
    })
}

/// The unsigned 32-bit integer after `tag =`.
fn tag_value(meta: &ParseNestedMeta) -> syn::Result<PinnedTag> {
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
    // `base10_parse` ignores the suffix, so `300u8` would pass as 300: only the tag's own
    // type may be named.
    if !matches!(lit.suffix(), "" | "u32") {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "a tag is a u32, not {suffix}: write `tag = {digits}` without the `{suffix}` suffix",
                suffix = lit.suffix(),
                digits = lit.base10_digits(),
            ),
        ));
    }
    match lit.base10_parse::<u32>() {
        Ok(tag) => Ok(PinnedTag {
            value: tag,
            span: lit.span(),
        }),
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

#[cfg(test)]
mod tests {
    use proc_macro2::Ident;
    use syn::parse_quote;

    use super::*;

    const PLACES: [Place; 4] = [Place::Struct, Place::Enum, Place::Variant, Place::Field];

    /// Every message that parsing `attr` at `place` reports, as one token string.
    fn messages(attr: &Attribute, place: Place) -> String {
        let mut errors = Errors::default();
        parse(std::slice::from_ref(attr), place, &mut errors);
        errors
            .into_compile_errors()
            .map(|errors| errors.to_string())
            .unwrap_or_default()
    }

    /// The row's name as the parser sees it.
    fn name(spec: &Spec) -> Ident {
        Ident::new(spec.name, Span::call_site())
    }

    #[test]
    fn names_are_unique_and_each_syntax_starts_with_its_name() {
        for (index, spec) in ATTRIBUTES.iter().enumerate() {
            assert!(spec.syntax.starts_with(spec.name), "{}", spec.syntax);
            assert!(!spec.places.is_empty(), "`{}` fits nowhere", spec.name);
            let again = ATTRIBUTES[index + 1..].iter().any(|s| s.name == spec.name);
            assert!(!again, "`{}` has two rows", spec.name);
        }
    }

    #[test]
    fn the_vocabulary_of_each_place_lists_exactly_its_rows() {
        for place in PLACES {
            let vocabulary = vocabulary(place);
            for spec in ATTRIBUTES {
                assert_eq!(
                    vocabulary.contains(&format!("`{}`", spec.syntax)),
                    spec.places.contains(&place),
                    "`{}` on {place:?}: {vocabulary}",
                    spec.name
                );
            }
        }
        assert_eq!(
            vocabulary(Place::Field),
            "`skip`, `with = path`, `as = Adapter`, `serde`, `added` and `bound = \"T: Trait\"`"
        );
        assert_eq!(
            vocabulary(Place::Struct),
            "`crate = \"path\"`, `bound = \"T: Trait\"`, `domain = \"name\"`, `evolving` and `hash`"
        );
        assert_eq!(vocabulary(Place::Variant), "`tag = N`");
    }

    #[test]
    fn every_row_has_a_parse_arm() {
        for spec in ATTRIBUTES {
            let name = name(spec);
            for &place in spec.places {
                // Without its value most attributes are an error, but not this one.
                let out = messages(&parse_quote!(#[byterepr(#name)]), place);
                assert!(!out.contains(NO_PARSE_ARM), "`{name}` on {place:?}: {out}");
            }
        }
    }

    #[test]
    fn a_name_outside_the_table_is_rejected_everywhere() {
        for place in PLACES {
            let out = messages(&parse_quote!(#[byterepr(rename = "x")]), place);
            assert!(out.contains("unknown byterepr attribute `rename`"), "{out}");
        }
    }

    #[test]
    fn a_misplaced_attribute_is_sent_to_its_home() {
        for spec in ATTRIBUTES {
            for place in PLACES.into_iter().filter(|p| !spec.places.contains(p)) {
                let Err(error) = spec_at(&Path::from(name(spec)), place) else {
                    panic!("`{}` accepted on {place:?}", spec.name);
                };
                let expected = format!(
                    "`{}` does not apply to {}: put it on {}",
                    spec.name,
                    place.noun(),
                    spec.home
                );
                assert!(error.to_string().starts_with(&expected), "{error}");
            }
        }
    }

    #[test]
    fn advice_is_only_given_where_an_attribute_does_not_apply() {
        for spec in ATTRIBUTES {
            for (place, _) in spec.advice {
                assert!(!spec.places.contains(place), "`{}` on {place:?}", spec.name);
            }
        }
    }

    #[test]
    fn well_formed_attributes_fill_their_settings() {
        let mut errors = Errors::default();
        let container: Attribute =
            parse_quote!(#[byterepr(crate = "my::br", bound = "T: Clone", domain = "d")]);
        let settings = parse(&[container], Place::Enum, &mut errors);
        assert!(settings.krate.is_some() && settings.bound.is_some());
        assert!(settings.domain.is_some());
        let variant: Attribute = parse_quote!(#[byterepr(tag = 7)]);
        let settings = parse(&[variant], Place::Variant, &mut errors);
        assert_eq!(settings.tag.map(|tag| tag.value), Some(7));
        let skip: Attribute = parse_quote!(#[byterepr(skip, bound = "T: Copy")]);
        let settings = parse(&[skip], Place::Field, &mut errors);
        assert!(matches!(settings.mode, FieldMode::Skip) && settings.bound.is_some());
        let with: Attribute = parse_quote!(#[byterepr(with = write_id)]);
        let settings = parse(&[with], Place::Field, &mut errors);
        assert!(matches!(settings.mode, FieldMode::With(_)));
        let evolving: Attribute = parse_quote!(#[byterepr(evolving)]);
        assert!(
            parse(&[evolving], Place::Struct, &mut errors)
                .evolving
                .is_some()
        );
        let added: Attribute = parse_quote!(#[byterepr(added, with = write_id)]);
        let settings = parse(&[added], Place::Field, &mut errors);
        assert!(settings.added.is_some() && matches!(settings.mode, FieldMode::With(_)));
        let adapter: Attribute = parse_quote!(#[byterepr(as = Vec<Option<Hex>>, bound = "")]);
        let settings = parse(&[adapter], Place::Field, &mut errors);
        assert!(matches!(settings.mode, FieldMode::As(_)) && settings.bound.is_some());
        let serde: Attribute = parse_quote!(#[byterepr(serde)]);
        let settings = parse(&[serde], Place::Field, &mut errors);
        assert!(matches!(settings.mode, FieldMode::Serde));
        assert!(errors.into_compile_errors().is_none());
    }
}
