//! Which `where` predicates the generated impl carries, inferred like serde's: `T: ByteRepr`
//! for each type parameter that an encoded field's type mentions, and `T::Assoc: ByteRepr` for
//! each associated type it mentions. Skipped fields, `with` fields and anything inside
//! `PhantomData` add nothing (they are not encoded through `ByteRepr`). An `as = Adapter`
//! field whose type or adapter mentions a parameter adds `Adapter: ByteReprAs<FieldType>`;
//! a `serde` field adds nothing (the runtime may be built without serde, so the derive
//! cannot name `Serialize`: a generic one takes `bound = "T: serde::Serialize"`). An `added` field whose
//! type mentions a parameter also bounds that type by `__private::AddedField` (`Default +
//! PartialEq`), which its omission needs. A field's `bound = "..."` replaces that field's
//! contribution; the container's replaces them all.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{GenericArgument, Generics, Ident, PathArguments, Type, WherePredicate};

use crate::ast::Input;
use crate::attr::FieldMode;

/// The input's generics with the inferred (or given) predicates added to its `where` clause.
pub(crate) fn with_bounds(input: &Input, krate: &TokenStream) -> Generics {
    let mut generics = input.generics.clone();
    let predicates = predicates(input, krate);
    let where_clause = generics.make_where_clause();
    where_clause.predicates.extend(predicates);
    generics
}

/// The container's `bound`, or else the inferred predicates followed by the fields' `bound`s.
fn predicates(input: &Input, krate: &TokenStream) -> Vec<WherePredicate> {
    if let Some(bound) = &input.bound {
        return bound.predicates.iter().cloned().collect();
    }
    let params: HashSet<&Ident> = input
        .generics
        .type_params()
        .map(|param| &param.ident)
        .collect();
    let mut used = Uses::default();
    let mut given = Vec::new();
    let mut added = Vec::new();
    let mut adapters: Vec<WherePredicate> = Vec::new();
    for field in input.all_fields() {
        if let Some(bound) = &field.bound {
            given.extend(bound.predicates.iter().cloned());
            continue;
        }
        match &field.mode {
            FieldMode::Encode => used.visit(field.ty, &params),
            // The adapter must write the field's type; a concrete pair is left to the call
            // in the generated code, which reports a wrong adapter under it.
            FieldMode::As(adapter)
                if Uses::mentions(field.ty, &params) || Uses::mentions(adapter, &params) =>
            {
                let ty = field.ty;
                adapters.push(syn::parse_quote!(#adapter: #krate::ByteReprAs<#ty>));
            }
            FieldMode::As(_) | FieldMode::Skip | FieldMode::With(_) | FieldMode::Serde => {}
        }
        // A concrete type is left to the check in the generated code, which reports a
        // missing `Default` or `PartialEq` under the field's type.
        if field.is_added() && Uses::mentions(field.ty, &params) {
            let ty = field.ty;
            added.push(syn::parse_quote!(#ty: #krate::__private::AddedField));
        }
    }
    let mut seen = HashSet::new();
    let inferred_params = input
        .generics
        .type_params()
        .filter(|param| used.params.contains(&param.ident))
        .map(|param| param.ident.to_token_stream());
    let inferred_assoc = used.assoc.iter().map(ToTokens::to_token_stream);
    inferred_params
        .chain(inferred_assoc)
        .filter(|ty| seen.insert(ty.to_string()))
        .map(|ty| syn::parse_quote!(#ty: #krate::ByteRepr))
        .chain(adapters)
        .chain(added)
        .chain(given)
        .collect()
}

/// The type parameters and associated types that a field type mentions.
#[derive(Default)]
struct Uses {
    params: HashSet<Ident>,
    assoc: Vec<Type>,
}

impl Uses {
    /// Records what of `params` the type `ty` mentions where it is encoded.
    fn visit(&mut self, ty: &Type, params: &HashSet<&Ident>) {
        match ty {
            Type::Path(path_ty) => {
                if let Some(qself) = &path_ty.qself {
                    // `<T as Trait>::Assoc`: bound the projection itself when it involves a
                    // parameter, since `T` need not be encodable for `T::Assoc` to be.
                    if Self::mentions(&qself.ty, params) {
                        self.assoc.push(ty.clone());
                    }
                    return;
                }
                let path = &path_ty.path;
                if path.leading_colon.is_none()
                    && let Some(first) = path.segments.first()
                    && params.contains(&first.ident)
                {
                    if path.segments.len() == 1 {
                        self.params.insert(first.ident.clone());
                    } else {
                        self.assoc.push(ty.clone());
                    }
                    return;
                }
                if path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "PhantomData")
                {
                    return;
                }
                for segment in &path.segments {
                    if let PathArguments::AngleBracketed(arguments) = &segment.arguments {
                        for argument in &arguments.args {
                            match argument {
                                GenericArgument::Type(inner) => self.visit(inner, params),
                                GenericArgument::AssocType(assoc) => self.visit(&assoc.ty, params),
                                _ => {}
                            }
                        }
                    }
                }
            }
            Type::Reference(inner) => self.visit(&inner.elem, params),
            Type::Slice(inner) => self.visit(&inner.elem, params),
            Type::Array(inner) => self.visit(&inner.elem, params),
            Type::Paren(inner) => self.visit(&inner.elem, params),
            Type::Group(inner) => self.visit(&inner.elem, params),
            Type::Ptr(inner) => self.visit(&inner.elem, params),
            Type::Tuple(tuple) => {
                for elem in &tuple.elems {
                    self.visit(elem, params);
                }
            }
            _ => {}
        }
    }

    /// Whether `ty` mentions any parameter (outside `PhantomData`).
    fn mentions(ty: &Type, params: &HashSet<&Ident>) -> bool {
        let mut probe = Uses::default();
        probe.visit(ty, params);
        !probe.params.is_empty() || !probe.assoc.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses(ty: &str, params: &[&str]) -> (Vec<String>, Vec<String>) {
        let ty: Type = syn::parse_str(ty).unwrap();
        let idents: Vec<Ident> = params.iter().map(|p| syn::parse_str(p).unwrap()).collect();
        let params: HashSet<&Ident> = idents.iter().collect();
        let mut used = Uses::default();
        used.visit(&ty, &params);
        let mut direct: Vec<String> = used.params.iter().map(ToString::to_string).collect();
        direct.sort();
        let assoc = used
            .assoc
            .iter()
            .map(|ty| ty.to_token_stream().to_string())
            .collect();
        (direct, assoc)
    }

    #[test]
    fn finds_parameters_inside_other_types() {
        assert_eq!(uses("Vec<(T, &'a [U; 4])>", &["T", "U", "V"]).0, ["T", "U"]);
    }

    #[test]
    fn ignores_phantom_data_and_bounds_associated_types() {
        let (direct, assoc) = uses("(PhantomData<T>, Option<T::Item>)", &["T"]);
        assert!(direct.is_empty());
        assert_eq!(assoc, ["T :: Item"]);
    }

    #[test]
    fn a_path_that_only_starts_like_a_parameter_is_not_one() {
        assert!(uses("::T", &["T"]).0.is_empty());
    }
}
