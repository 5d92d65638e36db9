//! [`diff_schemas`]: the changes between two schema graphs, each classified by what it does
//! to the bytes of existing values.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use super::Order;
use super::graph::{GraphField, GraphFieldKind, GraphVariant, SchemaGraph, TypeBody, TypeRef};
use super::text::{render_kind, render_ref};

/// What a schema change does to the bytes of values that exist before it; `Breaking` is the
/// greater, so the verdict of several changes is their maximum.
///
/// ```
/// use byterepr::schema::Verdict;
/// assert!(Verdict::Breaking > Verdict::Compatible);
/// assert_eq!(Verdict::Compatible.to_string(), "COMPATIBLE");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Every existing value keeps its bytes (and so its stored hashes).
    Compatible,
    /// Some existing values get other bytes: stored hashes of them no longer match.
    Breaking,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Verdict::Compatible => "COMPATIBLE",
            Verdict::Breaking => "BREAKING",
        })
    }
}

/// One change between two schema graphs ([`diff_schemas`]), at a path.
///
/// ```
/// use byterepr::schema::{Change, ChangeKind, Verdict};
/// let change = Change {
///     path: "Order.items[_].price".into(),
///     kind: ChangeKind::TagChanged { old: 1, new: 2 },
/// };
/// assert_eq!(change.verdict(), Verdict::Breaking);
/// assert_eq!(change.to_string(), "BREAKING   Order.items[_].price: tag changed: 1 -> 2");
/// ```
///
/// Paths start at the root type's name without its module path (`Order`), then name the
/// parts on the way: `.field` for a field (the new name), `.0` for a tuple's part,
/// `[_]` for any element of a sequence, array or set, `{key}` and `{value}` for a map's keys
/// and values, `::Variant` for an enum's variant (`::Some` for an option's value, `::Ok` and
/// `::Err` for a result's). So `Order.items[_].price` is the `price` of every item, and
/// `Status::Cancelled.0` the first field of the `Cancelled` variant. A named type reached
/// along several paths is compared once, at the first (depth first, fields in order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Where: see above.
    pub path: String,
    /// What.
    pub kind: ChangeKind,
}

impl Change {
    /// Whether the change keeps every existing value's bytes: [`ChangeKind::verdict`].
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        self.kind.verdict()
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<10} {}: {}", self.verdict(), self.path, self.kind)
    }
}

/// What changed, and so whether existing values keep their bytes ([`ChangeKind::verdict`]).
///
/// Compatible: renames (of a type, a field, a variant), a variant added with a tag no
/// variant had, a variant removed (the others keep their tags and bytes; do not give its
/// tag to a later variant), an `added` field appended to an evolving type (SPEC.md 3.15), a
/// skipped field added or removed (it writes nothing). Everything else is breaking.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChangeKind {
    /// A struct, enum or custom-layout type has a new Rust name. Compatible.
    TypeRenamed {
        /// The old name.
        old: String,
        /// The new name.
        new: String,
    },
    /// A field at the same place has a new name. Compatible.
    FieldRenamed {
        /// The old name.
        old: String,
        /// The new name.
        new: String,
    },
    /// A variant with the same tag has a new name. Compatible.
    VariantRenamed {
        /// The old name.
        old: String,
        /// The new name.
        new: String,
    },
    /// A variant with a tag no old variant had. Compatible.
    VariantAdded {
        /// Its name.
        name: String,
        /// Its tag.
        tag: u32,
    },
    /// A variant removed: no remaining value changes. Compatible.
    VariantRemoved {
        /// Its name.
        name: String,
        /// Its tag, which no later variant should take.
        tag: u32,
    },
    /// An `added` field appended to an evolving type. Compatible.
    FieldAppended {
        /// Its name.
        name: String,
    },
    /// A `skip` field added: it writes nothing. Compatible.
    SkippedFieldAdded {
        /// Its name.
        name: String,
    },
    /// A `skip` field removed: it wrote nothing. Compatible.
    SkippedFieldRemoved {
        /// Its name.
        name: String,
    },
    /// The written fields are in another order. Breaking.
    FieldsReordered {
        /// The old order of the written fields.
        old: Vec<String>,
        /// The new order.
        new: Vec<String>,
    },
    /// A written field inserted (anywhere but appended with `added` to an evolving type).
    /// Breaking.
    FieldInserted {
        /// Its name.
        name: String,
    },
    /// A written field removed. Breaking.
    FieldRemoved {
        /// Its name.
        name: String,
    },
    /// A field now skipped, or now written. Breaking.
    SkipChanged {
        /// Whether the new field is skipped.
        now_skipped: bool,
    },
    /// A field gained or lost `added`. Breaking.
    AddedChanged {
        /// Whether the new field is `added`.
        now_added: bool,
    },
    /// Another type in the same place: another scalar, shape, or kind of type. Breaking.
    TypeChanged {
        /// The old type, as the pin text writes it.
        old: String,
        /// The new type.
        new: String,
    },
    /// A field written another way (`with`, `as`, `serde` or by its impl, another function,
    /// adapter or field type). Breaking.
    FieldEncodingChanged {
        /// The old way, as the pin text writes it.
        old: String,
        /// The new way.
        new: String,
    },
    /// A variant with another tag. Breaking.
    TagChanged {
        /// The old tag.
        old: u32,
        /// The new tag.
        new: u32,
    },
    /// A new variant took the tag of an old, other variant: old values now read as it.
    /// Breaking.
    TagReused {
        /// The new variant.
        name: String,
        /// The tag.
        tag: u32,
        /// The old variant that had it.
        old_variant: String,
    },
    /// Another domain string, or one added or removed. Breaking.
    DomainChanged {
        /// The old domain.
        old: Option<String>,
        /// The new domain.
        new: Option<String>,
    },
    /// The type became evolving, or stopped being evolving. Breaking.
    EvolvingChanged {
        /// Whether the new type is evolving.
        now_evolving: bool,
    },
    /// An array of another length. Breaking.
    ArrayLenChanged {
        /// The old length.
        old: u64,
        /// The new length.
        new: u64,
    },
    /// A map or set written in another order. Breaking.
    OrderChanged {
        /// The old order.
        old: Order,
        /// The new order.
        new: Order,
    },
    /// A custom layout with another name, version or description. Breaking.
    CustomChanged {
        /// The old layout, as the pin text writes it.
        old: String,
        /// The new layout.
        new: String,
    },
    /// An opaque type (known by its name only) replaced by another. Breaking.
    OpaqueChanged {
        /// The old name.
        old: String,
        /// The new name.
        new: String,
    },
    /// Another [`FORMAT_VERSION`](crate::FORMAT_VERSION): every value's bytes may differ.
    /// Breaking.
    FormatChanged {
        /// The old version.
        old: u32,
        /// The new version.
        new: u32,
    },
}

impl ChangeKind {
    /// Whether the change keeps every existing value's bytes.
    ///
    /// ```
    /// use byterepr::schema::{ChangeKind, Verdict};
    /// let rename = ChangeKind::FieldRenamed { old: "a".into(), new: "b".into() };
    /// assert_eq!(rename.verdict(), Verdict::Compatible);
    /// assert_eq!(ChangeKind::TagChanged { old: 1, new: 2 }.verdict(), Verdict::Breaking);
    /// ```
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        match self {
            ChangeKind::TypeRenamed { .. }
            | ChangeKind::FieldRenamed { .. }
            | ChangeKind::VariantRenamed { .. }
            | ChangeKind::VariantAdded { .. }
            | ChangeKind::VariantRemoved { .. }
            | ChangeKind::FieldAppended { .. }
            | ChangeKind::SkippedFieldAdded { .. }
            | ChangeKind::SkippedFieldRemoved { .. } => Verdict::Compatible,
            _ => Verdict::Breaking,
        }
    }
}

fn order_word(order: Order) -> &'static str {
    match order {
        Order::Sorted => "sorted",
        Order::ByBytes => "by bytes",
        Order::Insertion => "by insertion",
    }
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChangeKind::TypeRenamed { old, new } => write!(f, "type renamed: {old} -> {new}"),
            ChangeKind::FieldRenamed { old, new } => write!(f, "field renamed: {old} -> {new}"),
            ChangeKind::VariantRenamed { old, new } => {
                write!(f, "variant renamed: {old} -> {new}")
            }
            ChangeKind::VariantAdded { name, tag } => {
                write!(f, "variant {name} added with the new tag {tag}")
            }
            ChangeKind::VariantRemoved { name, tag } => write!(
                f,
                "variant {name} removed (do not give its tag {tag} to another variant)"
            ),
            ChangeKind::FieldAppended { name } => {
                write!(f, "added field {name} appended to an evolving type")
            }
            ChangeKind::SkippedFieldAdded { name } => {
                write!(f, "skipped field {name} added (writes nothing)")
            }
            ChangeKind::SkippedFieldRemoved { name } => {
                write!(f, "skipped field {name} removed (wrote nothing)")
            }
            ChangeKind::FieldsReordered { old, new } => write!(
                f,
                "fields reordered: {} -> {}",
                old.join(", "),
                new.join(", ")
            ),
            ChangeKind::FieldInserted { name } => write!(f, "field {name} inserted"),
            ChangeKind::FieldRemoved { name } => write!(f, "field {name} removed"),
            ChangeKind::SkipChanged { now_skipped: true } => {
                f.write_str("field now skipped (was written)")
            }
            ChangeKind::SkipChanged { now_skipped: false } => {
                f.write_str("field now written (was skipped)")
            }
            ChangeKind::AddedChanged { now_added } => {
                write!(
                    f,
                    "field {} `added`",
                    if *now_added { "now" } else { "no longer" }
                )
            }
            ChangeKind::TypeChanged { old, new } => write!(f, "type changed: {old} -> {new}"),
            ChangeKind::FieldEncodingChanged { old, new } => {
                write!(f, "field written another way: {old} -> {new}")
            }
            ChangeKind::TagChanged { old, new } => write!(f, "tag changed: {old} -> {new}"),
            ChangeKind::TagReused {
                name,
                tag,
                old_variant,
            } => write!(
                f,
                "variant {name} takes tag {tag}, the tag of the old variant {old_variant}"
            ),
            ChangeKind::DomainChanged { old, new } => write!(
                f,
                "domain changed: {} -> {}",
                old.as_deref()
                    .map_or("none".to_string(), |d| format!("{d:?}")),
                new.as_deref()
                    .map_or("none".to_string(), |d| format!("{d:?}"))
            ),
            ChangeKind::EvolvingChanged { now_evolving } => write!(
                f,
                "type {} evolving",
                if *now_evolving { "now" } else { "no longer" }
            ),
            ChangeKind::ArrayLenChanged { old, new } => {
                write!(f, "array length changed: {old} -> {new}")
            }
            ChangeKind::OrderChanged { old, new } => write!(
                f,
                "order changed: {} -> {}",
                order_word(*old),
                order_word(*new)
            ),
            ChangeKind::CustomChanged { old, new } => {
                write!(f, "custom layout changed: {old} -> {new}")
            }
            ChangeKind::OpaqueChanged { old, new } => {
                write!(f, "opaque type changed: {old} -> {new}")
            }
            ChangeKind::FormatChanged { old, new } => {
                write!(f, "format version changed: {old} -> {new}")
            }
        }
    }
}

/// The changes between an old and a new schema graph ([`diff_schemas`]).
///
/// ```
/// mod old {
///     #[derive(byterepr::ByteRepr)]
///     pub struct T { pub a: u8, pub b: u8 }
/// }
/// mod new {
///     #[derive(byterepr::ByteRepr)]
///     pub struct T { pub b: u8, pub a: u8 }
/// }
/// let diff = byterepr::schema::diff_schemas(&byterepr::schema::<old::T>(), &byterepr::schema::<new::T>());
/// assert!(!diff.is_empty() && diff.is_breaking());
/// assert!(diff.to_string().contains("BREAKING   T: fields reordered: a, b -> b, a"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SchemaDiff {
    /// Every change, in the order of a depth-first walk of both graphs.
    pub changes: Vec<Change>,
}

impl SchemaDiff {
    /// No change at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The overall verdict: breaking if any change is, compatible otherwise (and when there
    /// is none).
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        self.changes
            .iter()
            .map(Change::verdict)
            .max()
            .unwrap_or(Verdict::Compatible)
    }

    /// Whether any change is breaking.
    #[must_use]
    pub fn is_breaking(&self) -> bool {
        self.verdict() == Verdict::Breaking
    }
}

impl fmt::Display for SchemaDiff {
    /// One line per change: its verdict, its path, what changed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for change in &self.changes {
            writeln!(f, "  {change}")?;
        }
        Ok(())
    }
}

/// The changes from the schema graph `old` to `new`, each with its path and verdict.
///
/// Named types are matched by where they are reached, not by name (a renamed type is the
/// same type); fields by name, then, among the fields left, by place (a field whose name
/// changed in place is renamed); variants by name, then by tag. See [`ChangeKind`] for the
/// rules and [`Change`] for the paths.
///
/// ```
/// mod before {
///     #[derive(byterepr::ByteRepr)]
///     pub enum Status { Pending, Cancelled(u8) }
/// }
/// mod after {
///     #[derive(byterepr::ByteRepr)]
///     pub enum Status { Waiting, Cancelled(u16) }
/// }
/// use byterepr::schema::{ChangeKind, Verdict, diff_schemas};
/// let diff = diff_schemas(&byterepr::schema::<before::Status>(), &byterepr::schema::<after::Status>());
/// let found: Vec<_> = diff.changes.iter().map(|c| (c.path.as_str(), c.verdict())).collect();
/// assert_eq!(found, [
///     ("Status", Verdict::Compatible), // type renamed: before::Status -> after::Status
///     ("Status::Waiting", Verdict::Compatible), // variant renamed: Pending -> Waiting
///     ("Status::Cancelled.0", Verdict::Breaking), // type changed: u8 -> u16
/// ]);
/// assert!(diff.is_breaking());
/// ```
#[must_use]
pub fn diff_schemas(old: &SchemaGraph, new: &SchemaGraph) -> SchemaDiff {
    let mut cmp = Cmp {
        old,
        new,
        seen: Vec::new(),
        changes: Vec::new(),
    };
    let root = short_name(&new.root_name());
    if old.format_version != new.format_version {
        cmp.push(
            &root,
            ChangeKind::FormatChanged {
                old: old.format_version,
                new: new.format_version,
            },
        );
    }
    cmp.refs(&root, &old.root, &new.root);
    SchemaDiff {
        changes: cmp.changes,
    }
}

/// A type's name without its module path: `shop::Page<shop::Item>` -> `Page<shop::Item>`.
pub(crate) fn short_name(name: &str) -> String {
    let head = name.find(['<', '(', '[']).unwrap_or(name.len());
    let start = name[..head].rfind("::").map_or(0, |i| i + 2);
    name[start..].to_string()
}

struct Cmp<'a> {
    old: &'a SchemaGraph,
    new: &'a SchemaGraph,
    seen: Vec<(usize, usize)>,
    changes: Vec<Change>,
}

fn is_skipped(field: &GraphField) -> bool {
    matches!(field.kind, GraphFieldKind::Skipped)
}

impl Cmp<'_> {
    fn push(&mut self, path: &str, kind: ChangeKind) {
        self.changes.push(Change {
            path: path.to_string(),
            kind,
        });
    }

    fn type_changed(&mut self, path: &str, a: &TypeRef, b: &TypeRef) {
        let kind = ChangeKind::TypeChanged {
            old: render_ref(self.old, a),
            new: render_ref(self.new, b),
        };
        self.push(path, kind);
    }

    fn order(&mut self, path: &str, a: Order, b: Order) {
        if a != b {
            self.push(path, ChangeKind::OrderChanged { old: a, new: b });
        }
    }

    #[allow(clippy::many_single_char_names, reason = "old and new, side by side")]
    fn refs(&mut self, path: &str, a: &TypeRef, b: &TypeRef) {
        match (a, b) {
            (TypeRef::Scalar(x), TypeRef::Scalar(y)) if x == y => {}
            (TypeRef::Str, TypeRef::Str) => {}
            (TypeRef::Seq(x), TypeRef::Seq(y)) => self.refs(&format!("{path}[_]"), x, y),
            (TypeRef::Array { len: m, item: x }, TypeRef::Array { len: n, item: y }) => {
                if m != n {
                    self.push(path, ChangeKind::ArrayLenChanged { old: *m, new: *n });
                }
                self.refs(&format!("{path}[_]"), x, y);
            }
            (TypeRef::Tuple(xs), TypeRef::Tuple(ys)) if xs.len() == ys.len() => {
                for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
                    self.refs(&format!("{path}.{i}"), x, y);
                }
            }
            (TypeRef::OptionOf(x), TypeRef::OptionOf(y)) => {
                self.refs(&format!("{path}::Some"), x, y);
            }
            (TypeRef::ResultOf { ok: a, err: e }, TypeRef::ResultOf { ok: b, err: f }) => {
                self.refs(&format!("{path}::Ok"), a, b);
                self.refs(&format!("{path}::Err"), e, f);
            }
            (
                TypeRef::Map {
                    key: k1,
                    value: v1,
                    order: o1,
                },
                TypeRef::Map {
                    key: k2,
                    value: v2,
                    order: o2,
                },
            ) => {
                self.order(path, *o1, *o2);
                self.refs(&format!("{path}{{key}}"), k1, k2);
                self.refs(&format!("{path}{{value}}"), v1, v2);
            }
            (TypeRef::Set { item: x, order: o1 }, TypeRef::Set { item: y, order: o2 }) => {
                self.order(path, *o1, *o2);
                self.refs(&format!("{path}[_]"), x, y);
            }
            (TypeRef::Named(i), TypeRef::Named(j)) => self.named(path, *i, *j),
            _ => self.type_changed(path, a, b),
        }
    }

    fn named(&mut self, path: &str, i: usize, j: usize) {
        if self.seen.contains(&(i, j)) {
            return;
        }
        self.seen.push((i, j));
        let (old, new) = (self.old.get(i), self.new.get(j));
        let renamed = old.name != new.name;
        let rename = || ChangeKind::TypeRenamed {
            old: old.name.clone(),
            new: new.name.clone(),
        };
        match (&old.body, &new.body) {
            (TypeBody::Struct(a), TypeBody::Struct(b)) => {
                self.header(
                    path,
                    renamed.then(rename),
                    (a.domain.as_ref(), a.evolving),
                    (b.domain.as_ref(), b.evolving),
                );
                self.fields(path, &a.fields, &b.fields, a.evolving && b.evolving);
            }
            (TypeBody::Enum(a), TypeBody::Enum(b)) => {
                self.header(
                    path,
                    renamed.then(rename),
                    (a.domain.as_ref(), a.evolving),
                    (b.domain.as_ref(), b.evolving),
                );
                self.variants(path, &a.variants, &b.variants, a.evolving && b.evolving);
            }
            (TypeBody::Custom { .. }, TypeBody::Custom { .. }) => {
                let (x, y) = (custom_text(&old.body), custom_text(&new.body));
                if x != y {
                    self.push(path, ChangeKind::CustomChanged { old: x, new: y });
                } else if renamed {
                    self.push(path, rename());
                }
            }
            (TypeBody::Opaque, TypeBody::Opaque) => {
                if renamed {
                    self.push(
                        path,
                        ChangeKind::OpaqueChanged {
                            old: old.name.clone(),
                            new: new.name.clone(),
                        },
                    );
                }
            }
            _ => self.push(
                path,
                ChangeKind::TypeChanged {
                    old: format!("{} {}", body_word(&old.body), old.name),
                    new: format!("{} {}", body_word(&new.body), new.name),
                },
            ),
        }
    }

    /// What a struct or enum states besides its fields or variants, old against new: its
    /// name (`rename`, the change when it differs), its domain and whether it is evolving.
    fn header(
        &mut self,
        path: &str,
        rename: Option<ChangeKind>,
        a: (Option<&String>, bool),
        b: (Option<&String>, bool),
    ) {
        if let Some(rename) = rename {
            self.push(path, rename);
        }
        if a.0 != b.0 {
            self.push(
                path,
                ChangeKind::DomainChanged {
                    old: a.0.cloned(),
                    new: b.0.cloned(),
                },
            );
        }
        if a.1 != b.1 {
            self.push(path, ChangeKind::EvolvingChanged { now_evolving: b.1 });
        }
    }

    #[allow(
        clippy::too_many_lines,
        clippy::many_single_char_names,
        reason = "one alignment, step by step, old and new side by side"
    )]
    fn fields(&mut self, path: &str, olds: &[GraphField], news: &[GraphField], evolving: bool) {
        // Pairs (old index, new index): by name first.
        let mut pairs: Vec<(usize, usize)> = news
            .iter()
            .enumerate()
            .filter_map(|(j, n)| olds.iter().position(|o| o.name == n.name).map(|i| (i, j)))
            .collect();
        let monotonic = |pairs: &[(usize, usize)]| pairs.windows(2).all(|w| w[0].0 < w[1].0);
        // Reordered written fields (a skipped field's place does not matter).
        let written_pairs: Vec<(usize, usize)> = pairs
            .iter()
            .copied()
            .filter(|&(i, j)| !is_skipped(&olds[i]) && !is_skipped(&news[j]))
            .collect();
        if !monotonic(&written_pairs) {
            let names = |fields: &[GraphField]| {
                fields
                    .iter()
                    .filter(|f| !is_skipped(f))
                    .map(|f| f.name.clone())
                    .collect()
            };
            self.push(
                path,
                ChangeKind::FieldsReordered {
                    old: names(olds),
                    new: names(news),
                },
            );
        }
        // The fields left: renamed in place when they sit between the same named neighbours
        // (or, once the order changed, in order), removed or inserted otherwise.
        let anchors = pairs.clone();
        let aligned = monotonic(&anchors);
        let gap = |index: usize, old_side: bool| {
            if !aligned {
                return 0;
            }
            anchors
                .iter()
                .filter(|&&(i, j)| if old_side { i < index } else { j < index })
                .count()
        };
        let left_old: Vec<usize> = (0..olds.len())
            .filter(|i| !anchors.iter().any(|p| p.0 == *i))
            .collect();
        let left_new: Vec<usize> = (0..news.len())
            .filter(|j| !anchors.iter().any(|p| p.1 == *j))
            .collect();
        let mut removed = Vec::new();
        let mut inserted = Vec::new();
        let gaps = left_old
            .iter()
            .map(|&i| gap(i, true))
            .chain(left_new.iter().map(|&j| gap(j, false)));
        let mut gap_ids: Vec<usize> = gaps.collect();
        gap_ids.sort_unstable();
        gap_ids.dedup();
        for g in gap_ids {
            let o: Vec<usize> = left_old
                .iter()
                .copied()
                .filter(|&i| gap(i, true) == g)
                .collect();
            let n: Vec<usize> = left_new
                .iter()
                .copied()
                .filter(|&j| gap(j, false) == g)
                .collect();
            for k in 0..o.len().max(n.len()) {
                match (o.get(k), n.get(k)) {
                    (Some(&i), Some(&j)) => pairs.push((i, j)),
                    (Some(&i), None) => removed.push(i),
                    (None, Some(&j)) => inserted.push(j),
                    (None, None) => {}
                }
            }
        }
        pairs.sort_by_key(|p| p.1);
        // The last new written field that was an old one: a field after it is appended.
        let last_kept = pairs
            .iter()
            .filter(|&&(_, j)| !is_skipped(&news[j]))
            .map(|p| p.1)
            .max();
        let mut events: Vec<(usize, bool, usize)> = Vec::new(); // (new place, is pair, index)
        for (k, &(_, j)) in pairs.iter().enumerate() {
            events.push((j, true, k));
        }
        for &j in &inserted {
            events.push((j, false, j));
        }
        events.sort_unstable();
        for &i in &removed {
            let field = &olds[i];
            let kind = if is_skipped(field) {
                ChangeKind::SkippedFieldRemoved {
                    name: field.name.clone(),
                }
            } else {
                ChangeKind::FieldRemoved {
                    name: field.name.clone(),
                }
            };
            self.push(path, kind);
        }
        for (_, is_pair, k) in events {
            if !is_pair {
                let field = &news[k];
                let name = field.name.clone();
                let kind = if is_skipped(field) {
                    ChangeKind::SkippedFieldAdded { name }
                } else if evolving && field.added && last_kept.is_none_or(|last| last < k) {
                    ChangeKind::FieldAppended { name }
                } else {
                    ChangeKind::FieldInserted { name }
                };
                self.push(path, kind);
                continue;
            }
            let (i, j) = pairs[k];
            let (o, n) = (&olds[i], &news[j]);
            let here = format!("{path}.{}", n.name);
            if o.name != n.name {
                self.push(
                    &here,
                    ChangeKind::FieldRenamed {
                        old: o.name.clone(),
                        new: n.name.clone(),
                    },
                );
            }
            match (is_skipped(o), is_skipped(n)) {
                (true, true) => continue,
                (false, false) => {}
                (_, now_skipped) => {
                    self.push(&here, ChangeKind::SkipChanged { now_skipped });
                    continue;
                }
            }
            if o.added != n.added {
                self.push(&here, ChangeKind::AddedChanged { now_added: n.added });
            }
            match (&o.kind, &n.kind) {
                (GraphFieldKind::Encoded(a), GraphFieldKind::Encoded(b)) => self.refs(&here, a, b),
                (a, b) if a == b => {}
                (a, b) => {
                    let kind = ChangeKind::FieldEncodingChanged {
                        old: render_kind(self.old, a),
                        new: render_kind(self.new, b),
                    };
                    self.push(&here, kind);
                }
            }
        }
    }

    fn variants(
        &mut self,
        path: &str,
        olds: &[GraphVariant],
        news: &[GraphVariant],
        evolving: bool,
    ) {
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (j, n) in news.iter().enumerate() {
            if let Some(i) = olds.iter().position(|o| o.name == n.name) {
                pairs.push((i, j));
            }
        }
        for (j, n) in news.iter().enumerate() {
            if pairs.iter().any(|p| p.1 == j) {
                continue;
            }
            let by_tag = olds
                .iter()
                .position(|o| o.tag == n.tag)
                .filter(|i| !pairs.iter().any(|p| p.0 == *i));
            if let Some(i) = by_tag {
                pairs.push((i, j));
            }
        }
        for (i, o) in olds.iter().enumerate() {
            if !pairs.iter().any(|p| p.0 == i) {
                let kind = ChangeKind::VariantRemoved {
                    name: o.name.clone(),
                    tag: o.tag,
                };
                self.push(&format!("{path}::{}", o.name), kind);
            }
        }
        for (j, n) in news.iter().enumerate() {
            let here = format!("{path}::{}", n.name);
            let Some(&(i, _)) = pairs.iter().find(|p| p.1 == j) else {
                let kind = match olds.iter().find(|o| o.tag == n.tag) {
                    Some(o) => ChangeKind::TagReused {
                        name: n.name.clone(),
                        tag: n.tag,
                        old_variant: o.name.clone(),
                    },
                    None => ChangeKind::VariantAdded {
                        name: n.name.clone(),
                        tag: n.tag,
                    },
                };
                self.push(&here, kind);
                continue;
            };
            let o = &olds[i];
            if o.name != n.name {
                let kind = ChangeKind::VariantRenamed {
                    old: o.name.clone(),
                    new: n.name.clone(),
                };
                self.push(&here, kind);
            }
            if o.tag != n.tag {
                self.push(
                    &here,
                    ChangeKind::TagChanged {
                        old: o.tag,
                        new: n.tag,
                    },
                );
            }
            self.fields(&here, &o.fields, &n.fields, evolving);
        }
    }
}

fn body_word(body: &TypeBody) -> &'static str {
    match body {
        TypeBody::Struct(_) => "struct",
        TypeBody::Enum(_) => "enum",
        TypeBody::Custom { .. } => "custom",
        TypeBody::Opaque => "opaque",
    }
}

fn custom_text(body: &TypeBody) -> String {
    match body {
        TypeBody::Custom {
            name,
            version,
            layout,
        } => format!("{name:?} version {version} layout {layout:?}"),
        _ => String::new(),
    }
}
