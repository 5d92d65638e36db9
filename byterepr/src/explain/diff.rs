//! [`Diff`]: the parts whose bytes differ between two values, from their explanations.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::render::short_hex;
use super::tree::{Explanation, Kind, Node};

/// What happened to a part between the two values of a [`Diff`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// In both values, with different bytes (or another variant, or another set of parts
    /// inside it).
    Changed,
    /// Only in the second value: an element past the first one's end, a map key only it
    /// has.
    Added,
    /// Only in the first value.
    Removed,
}

/// One part whose bytes differ: an item of a [`Diff`].
///
/// ```
/// let diff = byterepr::diff(&(1u8, 2u8), &(1u8, 3u8));
/// let change = diff.iter().next().unwrap();
/// assert_eq!(change.path(), "[1]");
/// assert_eq!(change.kind(), byterepr::explain::ChangeKind::Changed);
/// assert_eq!((change.before(), change.after()), (Some("2"), Some("3")));
/// assert_eq!((change.before_bytes(), change.after_bytes()), (&[2][..], &[3][..]));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    path: String,
    kind: ChangeKind,
    before: Option<String>,
    after: Option<String>,
    before_bytes: Vec<u8>,
    after_bytes: Vec<u8>,
}

impl Change {
    /// The part's path, as [`Node::path`](super::Node::path) spells it (empty for the
    /// whole value).
    ///
    /// ```
    /// let diff = byterepr::diff(&vec!["a"], &vec!["a", "b"]);
    /// let paths: Vec<_> = diff.iter().map(|change| change.path()).collect();
    /// assert_eq!(paths, ["<len>", "[1]"]);
    /// ```
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Whether the part changed, was added or was removed.
    ///
    /// ```
    /// use byterepr::explain::ChangeKind;
    /// let diff = byterepr::diff(&vec!["a", "b"], &vec!["a"]);
    /// let kinds: Vec<_> = diff.iter().map(|change| change.kind()).collect();
    /// assert_eq!(kinds, [ChangeKind::Changed, ChangeKind::Removed]);
    /// ```
    #[must_use]
    pub fn kind(&self) -> ChangeKind {
        self.kind
    }

    /// The part's value in the first value, rendered as in
    /// [`Node::value`](super::Node::value) (a variant's name for a changed variant); `None`
    /// when it was added or has no single value.
    ///
    /// ```
    /// let diff = byterepr::diff(&Some(1u8), &None);
    /// assert_eq!(diff.iter().next().unwrap().before(), Some("Some"));
    /// ```
    #[must_use]
    pub fn before(&self) -> Option<&str> {
        self.before.as_deref()
    }

    /// The part's value in the second value, as [`before`](Self::before).
    ///
    /// ```
    /// let diff = byterepr::diff(&Some(1u8), &None);
    /// assert_eq!(diff.iter().next().unwrap().after(), Some("None"));
    /// ```
    #[must_use]
    pub fn after(&self) -> Option<&str> {
        self.after.as_deref()
    }

    /// The part's bytes in the first value (empty when it was added).
    ///
    /// ```
    /// let diff = byterepr::diff(&1u16, &2u16);
    /// assert_eq!(diff.iter().next().unwrap().before_bytes(), [1, 0]);
    /// ```
    #[must_use]
    pub fn before_bytes(&self) -> &[u8] {
        &self.before_bytes
    }

    /// The part's bytes in the second value (empty when it was removed).
    ///
    /// ```
    /// let diff = byterepr::diff(&1u16, &2u16);
    /// assert_eq!(diff.iter().next().unwrap().after_bytes(), [2, 0]);
    /// ```
    #[must_use]
    pub fn after_bytes(&self) -> &[u8] {
        &self.after_bytes
    }
}

/// `` `path`: before → after (bytes 0100 → 0200) ``, `` `path`: added 3 (bytes 03) ``,
/// `` `path`: removed 3 (bytes 03) ``; a part without a single rendered value shows
/// `changed`, `added` or `removed` and its bytes only. The whole value's path shows as
/// `(root)`; bytes show their first 8, then `…`.
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        match (self.kind, &self.before, &self.after) {
            (ChangeKind::Changed, Some(before), Some(after)) => {
                write!(f, "`{path}`: {before} → {after}")?;
            }
            (ChangeKind::Changed, ..) => write!(f, "`{path}`: changed")?,
            (ChangeKind::Added, _, Some(after)) => write!(f, "`{path}`: added {after}")?,
            (ChangeKind::Added, ..) => write!(f, "`{path}`: added")?,
            (ChangeKind::Removed, Some(before), _) => write!(f, "`{path}`: removed {before}")?,
            (ChangeKind::Removed, ..) => write!(f, "`{path}`: removed")?,
        }
        match self.kind {
            ChangeKind::Changed => write!(
                f,
                " (bytes {} → {})",
                short_hex(&self.before_bytes),
                short_hex(&self.after_bytes)
            ),
            ChangeKind::Added => write!(f, " (bytes {})", short_hex(&self.after_bytes)),
            ChangeKind::Removed => write!(f, " (bytes {})", short_hex(&self.before_bytes)),
        }
    }
}

/// The parts whose bytes differ between two values of one type: what
/// [`diff`](crate::diff()) returns. Empty exactly when the two values have the same
/// canonical bytes.
///
/// ```
/// let diff = byterepr::diff(&("a", 1u32), &("a", 2u32));
/// assert_eq!(diff.len(), 1);
/// assert_eq!(diff.to_string(), "`[1]`: 1 → 2 (bytes 01000000 → 02000000)\n");
/// assert!(byterepr::diff(&("a", 1u32), &("a", 1u32)).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diff {
    changes: Vec<Change>,
}

impl Diff {
    /// Whether the two values have the same bytes.
    ///
    /// ```
    /// assert!(byterepr::diff(&[1u8, 2], &[1u8, 2]).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The number of changes.
    ///
    /// ```
    /// assert_eq!(byterepr::diff(&(1u8, 2u8), &(3u8, 4u8)).len(), 2);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.changes.len()
    }

    /// The changes, in the order of the bytes of the first value (added parts where the
    /// second value has them).
    ///
    /// ```
    /// let diff = byterepr::diff(&(1u8, 2u8), &(3u8, 2u8));
    /// assert_eq!(diff.iter().map(|change| change.path()).collect::<Vec<_>>(), ["[0]"]);
    /// ```
    pub fn iter(&self) -> core::slice::Iter<'_, Change> {
        self.changes.iter()
    }
}

impl<'a> IntoIterator for &'a Diff {
    type Item = &'a Change;
    type IntoIter = core::slice::Iter<'a, Change>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// One line per change (see [`Change`]'s `Display`), or `no differences`.
impl fmt::Display for Diff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changes.is_empty() {
            return writeln!(f, "no differences");
        }
        for change in &self.changes {
            writeln!(f, "{change}")?;
        }
        Ok(())
    }
}

/// A node as the diff walks it: a node, or the one leaf a node shows as its value (so that
/// a part holding one leaf in one value and more in the other compares leaf by leaf).
#[derive(Clone, Copy)]
enum Side<'a> {
    Node(Node<'a>),
    Folded(Node<'a>),
}

impl<'a> Side<'a> {
    fn node(self) -> Node<'a> {
        match self {
            Side::Node(node) | Side::Folded(node) => node,
        }
    }

    fn segment(self) -> &'a str {
        match self {
            Side::Node(node) => node.segment(),
            Side::Folded(node) => node.folded_leaf().unwrap_or_default(),
        }
    }

    fn path(self) -> String {
        match self {
            Side::Node(node) => String::from(node.path()),
            Side::Folded(node) => {
                let leaf = node.folded_leaf().unwrap_or_default();
                if node.path().is_empty() {
                    String::from(leaf)
                } else {
                    alloc::format!("{}.{leaf}", node.path())
                }
            }
        }
    }

    fn value(self) -> Option<&'a str> {
        self.node().value()
    }

    fn bytes(self) -> &'a [u8] {
        self.node().bytes()
    }

    fn is_variant(self) -> bool {
        matches!(self, Side::Node(node) if node.kind() == Kind::Variant)
    }

    /// What the diff compares inside: the node's children, or its folded leaf.
    fn children(self) -> Vec<Side<'a>> {
        match self {
            Side::Node(node) if node.folded_leaf().is_some() => alloc::vec![Side::Folded(node)],
            Side::Node(node) => node.children().map(Side::Node).collect(),
            Side::Folded(_) => Vec::new(),
        }
    }

    /// Whether this is one leaf: compared by value, not by parts.
    fn is_leaf(self) -> bool {
        match self {
            Side::Node(node) => node.kind() == Kind::Leaf,
            Side::Folded(_) => true,
        }
    }
}

/// The diff of two explanations: see [`diff`](crate::diff()).
pub(super) fn diff(a: &Explanation, b: &Explanation) -> Diff {
    let mut changes = Vec::new();
    compare(Side::Node(a.root()), Side::Node(b.root()), &mut changes);
    Diff { changes }
}

fn change(kind: ChangeKind, path: String, a: Option<Side<'_>>, b: Option<Side<'_>>) -> Change {
    Change {
        path,
        kind,
        before: a.and_then(|a| a.value().map(String::from)),
        after: b.and_then(|b| b.value().map(String::from)),
        before_bytes: a.map(|a| a.bytes().to_vec()).unwrap_or_default(),
        after_bytes: b.map(|b| b.bytes().to_vec()).unwrap_or_default(),
    }
}

/// Adds the changes between `a` and `b`, two nodes at the same path, to `out`.
fn compare(a: Side<'_>, b: Side<'_>, out: &mut Vec<Change>) {
    if a.bytes() == b.bytes() {
        return;
    }
    let found = out.len();
    // Two values of one kind (two leaves, or two parts showing one leaf of the same kind)
    // are one change at this path.
    let both_values = a.value().is_some()
        && b.value().is_some()
        && a.node().folded_leaf() == b.node().folded_leaf();
    if !both_values && !a.is_leaf() && !b.is_leaf() {
        compare_children(a, b, out);
    }
    // Bytes differ but no part inside says where (a leaf, or parts that differ only in
    // where they sit): the node itself is the change.
    if out.len() == found {
        out.push(change(ChangeKind::Changed, a.path(), Some(a), Some(b)));
    }
}

/// Matches the children of `a` and `b` by segment (the n-th child of a segment with the
/// n-th of the same segment), compares the pairs and reports the rest as removed or added;
/// a variant in each that differs is one change at the parent's path.
fn compare_children(a: Side<'_>, b: Side<'_>, out: &mut Vec<Change>) {
    /// The `i`-th side's segment, and how many sides before it share that segment.
    fn key<'a>(sides: &[Side<'a>], i: usize) -> (&'a str, usize) {
        let segment = sides[i].segment();
        let nth = sides[..i].iter().filter(|s| s.segment() == segment).count();
        (segment, nth)
    }

    let (left, right) = (a.children(), b.children());
    let right_keys: Vec<_> = (0..right.len()).map(|i| key(&right, i)).collect();
    let mut matched = alloc::vec![false; right.len()];
    let variant_change = match (
        left.iter().position(|s| s.is_variant()),
        right.iter().position(|s| s.is_variant()),
    ) {
        (Some(l), Some(r)) if left[l].segment() != right[r].segment() => Some((l, r)),
        _ => None,
    };
    for i in 0..left.len() {
        if let Some((l, r)) = variant_change
            && l == i
        {
            matched[r] = true;
            let name = |side: Side<'_>| String::from(side.segment().trim_start_matches(':'));
            out.push(Change {
                before: Some(name(left[l])),
                after: Some(name(right[r])),
                ..change(ChangeKind::Changed, a.path(), Some(left[l]), Some(right[r]))
            });
            continue;
        }
        let wanted = key(&left, i);
        match right_keys.iter().position(|k| *k == wanted) {
            Some(j) if !matched[j] => {
                matched[j] = true;
                compare(left[i], right[j], out);
            }
            _ => out.push(change(
                ChangeKind::Removed,
                left[i].path(),
                Some(left[i]),
                None,
            )),
        }
    }
    for (j, side) in right.iter().enumerate() {
        if !matched[j] {
            out.push(change(ChangeKind::Added, side.path(), None, Some(*side)));
        }
    }
}
