//! [`Explanation`] and [`Node`]: the recorded parts of a value's bytes, as a tree.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::Part;
use super::record::{Raw, What};
use super::render::{hex, is_cut, short_type};

/// What a node is, as far as paths and [`diff`](crate::diff()) need to know.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Root,
    Field,
    Index,
    Variant,
    Entry,
    Key,
    Value,
    Domain,
    Leaf,
}

pub(super) struct NodeData {
    pub(super) kind: Kind,
    pub(super) segment: String,
    pub(super) path: String,
    pub(super) type_name: String,
    pub(super) offset: usize,
    pub(super) len: usize,
    pub(super) value: Option<String>,
    /// The segment of the one leaf a node shows as its value (`<u64>`), if it is one.
    pub(super) folded_leaf: Option<String>,
    pub(super) children: Vec<usize>,
    pub(super) depth: usize,
}

/// Every part of a value's canonical bytes, as a tree: what [`explain`](crate::explain())
/// returns.
///
/// The root is the whole value; below it are the parts its impl marked (fields, elements,
/// variants, map entries, see [`Part`]) and, inside each, the typed writes that made its
/// bytes (a length, a tag, a number, a string), the *leaves*. Each node has a path
/// (`items[2].price`), a type name, and its offset and length in [`bytes`](Self::bytes),
/// which are exactly [`to_vec`](crate::to_vec) of the value.
///
/// Paths join segments: a field `.name` (no dot at the start), an element `[2]`, a variant
/// `::Cancelled`, a map entry `["apple"]` by its key when the key is one leaf and
/// `{#3}` (its position in the bytes) otherwise, a hashed set's element `{"red"}` by its
/// value likewise, an entry's key and value `.key` and `.value`, a domain `.<domain>`, and a
/// leaf `.<kind>` (`.<len>`; `.<u32#1>` when a part holds more than one of a kind). A part
/// that holds exactly one leaf and nothing else is shown as that leaf: its
/// [`value`](Node::value) is the leaf's.
///
/// ```
/// let explanation = byterepr::explain(&("hi", vec![7u8, 8]));
/// assert_eq!(explanation.bytes(), byterepr::to_vec(&("hi", vec![7u8, 8])));
/// let second = explanation.find("[1]").unwrap();
/// assert_eq!((second.offset(), second.len()), (3, 3));
/// assert_eq!(explanation.find("[0]").unwrap().value(), Some("\"hi\""));
/// ```
pub struct Explanation {
    pub(super) bytes: Vec<u8>,
    pub(super) nodes: Vec<NodeData>,
}

/// One node of an [`Explanation`]: the whole value, a part of it, or one typed write.
///
/// ```
/// let explanation = byterepr::explain(&Some(5u16));
/// let some = explanation.find("::Some").unwrap();
/// assert_eq!(some.segment(), "::Some");
/// let kinds: Vec<_> = some.children().map(|leaf| leaf.type_name().to_owned()).collect();
/// assert_eq!(kinds, ["tag", "u16"]);
/// assert_eq!(some.bytes(), [1, 5, 0]);
/// ```
#[derive(Clone, Copy)]
pub struct Node<'a> {
    explanation: &'a Explanation,
    index: usize,
}

impl fmt::Debug for Node<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Node")
            .field("path", &self.path())
            .field("type_name", &self.type_name())
            .field("offset", &self.offset())
            .field("len", &self.len())
            .field("value", &self.value())
            .finish_non_exhaustive()
    }
}

impl<'a> Node<'a> {
    fn data(&self) -> &'a NodeData {
        &self.explanation.nodes[self.index]
    }

    pub(super) fn kind(&self) -> Kind {
        self.data().kind
    }

    pub(super) fn folded_leaf(&self) -> Option<&'a str> {
        self.data().folded_leaf.as_deref()
    }

    /// The node's full path from the root (`items[2].price`); empty for the root.
    ///
    /// ```
    /// let explanation = byterepr::explain(&(1u8, (2u8, 3u8)));
    /// assert_eq!(explanation.find("[1][0]").unwrap().path(), "[1][0]");
    /// ```
    #[must_use]
    pub fn path(&self) -> &'a str {
        &self.data().path
    }

    /// The node's own segment of the path: `price`, `[2]`, `::Cancelled`, `["apple"]`,
    /// `<len>`; empty for the root.
    ///
    /// ```
    /// let explanation = byterepr::explain(&vec!["x", "y"]);
    /// let segments: Vec<_> = explanation.root().children().map(|n| n.segment().to_owned()).collect();
    /// assert_eq!(segments, ["<len>", "[0]", "[1]"]);
    /// ```
    #[must_use]
    pub fn segment(&self) -> &'a str {
        &self.data().segment
    }

    /// The node's type, without module paths (`Vec<Item>`); a leaf's kind (`u32`, `str`,
    /// `len`, `tag`, `bytes`, `raw`); empty for a part that names no type (a variant, a map
    /// entry) and holds more than one leaf.
    ///
    /// ```
    /// let explanation = byterepr::explain(&vec![String::from("a")]);
    /// assert_eq!(explanation.root().type_name(), "Vec<String>");
    /// assert_eq!(explanation.find("[0]").unwrap().type_name(), "String");
    /// ```
    #[must_use]
    pub fn type_name(&self) -> &'a str {
        &self.data().type_name
    }

    /// Where the node's bytes start in [`Explanation::bytes`].
    ///
    /// ```
    /// let explanation = byterepr::explain(&(1u32, 2u16));
    /// assert_eq!(explanation.find("[1]").unwrap().offset(), 4);
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.data().offset
    }

    /// How many bytes the node covers.
    ///
    /// ```
    /// let explanation = byterepr::explain(&(1u32, 2u16));
    /// assert_eq!(explanation.find("[1]").unwrap().len(), 2);
    /// ```
    #[must_use]
    #[allow(clippy::len_without_is_empty, reason = "a node is not a collection")]
    pub fn len(&self) -> usize {
        self.data().len
    }

    /// The node's bytes: `bytes()[offset..offset + len]` of the explanation.
    ///
    /// ```
    /// let explanation = byterepr::explain(&"hi");
    /// assert_eq!(explanation.root().bytes(), [2, b'h', b'i']);
    /// ```
    #[must_use]
    pub fn bytes(&self) -> &'a [u8] {
        let data = self.data();
        &self.explanation.bytes[data.offset..data.offset + data.len]
    }

    /// The value a leaf wrote, rendered: numbers in decimal, floats as `{:?}` prints them,
    /// strings and chars quoted and escaped (strings cut after 60 characters), bytes as
    /// hex. Also the value of a part that holds exactly one leaf and nothing else. `None`
    /// for a node with parts or several leaves inside.
    ///
    /// ```
    /// let explanation = byterepr::explain(&(0.1f64, 'x'));
    /// assert_eq!(explanation.find("[0]").unwrap().value(), Some("0.1"));
    /// assert_eq!(explanation.find("[1]").unwrap().value(), Some("'x'"));
    /// assert_eq!(explanation.root().value(), None);
    /// ```
    #[must_use]
    pub fn value(&self) -> Option<&'a str> {
        self.data().value.as_deref()
    }

    /// The node's children, in the order of their bytes: the parts and leaves inside it.
    ///
    /// ```
    /// let explanation = byterepr::explain(&["a", "b"]);
    /// assert_eq!(explanation.root().children().count(), 2);
    /// // Numbers in a slice go to the sink in one write: one leaf.
    /// assert_eq!(byterepr::explain(&[1u8, 2]).root().value(), Some("01 02"));
    /// ```
    #[must_use]
    pub fn children(&self) -> impl ExactSizeIterator<Item = Node<'a>> + 'a {
        let explanation = self.explanation;
        self.data()
            .children
            .iter()
            .map(move |&index| Node { explanation, index })
    }
}

impl Explanation {
    /// The value's canonical bytes: [`to_vec`](crate::to_vec) of it.
    ///
    /// ```
    /// assert_eq!(byterepr::explain(&7u16).bytes(), [7, 0]);
    /// ```
    #[must_use]
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The node of the whole value.
    ///
    /// ```
    /// let explanation = byterepr::explain(&7u16);
    /// assert_eq!(explanation.root().value(), Some("7"));
    /// assert_eq!(explanation.root().path(), "");
    /// ```
    #[must_use]
    pub fn root(&self) -> Node<'_> {
        Node {
            explanation: self,
            index: 0,
        }
    }

    /// Every node, each before its children (the order of [`Display`](fmt::Display)).
    ///
    /// ```
    /// let explanation = byterepr::explain(&(1u8, 2u8));
    /// let paths: Vec<_> = explanation.iter().map(|node| node.path()).collect();
    /// assert_eq!(paths, ["", "[0]", "[1]"]);
    /// ```
    #[must_use]
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Node<'_>> + '_ {
        (0..self.nodes.len()).map(move |index| Node {
            explanation: self,
            index,
        })
    }

    /// The node at `path`, as [`Node::path`] spells it.
    ///
    /// ```
    /// let explanation = byterepr::explain(&vec![(1u8, 2u8)]);
    /// assert_eq!(explanation.find("[0][1]").unwrap().value(), Some("2"));
    /// assert!(explanation.find("[1]").is_none());
    /// ```
    #[must_use]
    pub fn find(&self, path: &str) -> Option<Node<'_>> {
        self.iter().find(|node| node.path() == path)
    }
}

impl fmt::Debug for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// An indented tree, one line per node: `path  type  @offset+len  value`, where a node
/// without a value shows its bytes in hex (longer runs cut, with their length). The root's
/// path is shown as `(root)`; a part that names no type shows `-`.
impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows: Vec<[String; 4]> = self
            .iter()
            .map(|node| {
                let data = node.data();
                let mut path = " ".repeat(2 * data.depth);
                path.push_str(if data.kind == Kind::Root {
                    "(root)"
                } else {
                    &data.path
                });
                let type_name = if data.type_name.is_empty() {
                    String::from("-")
                } else {
                    data.type_name.clone()
                };
                let at = alloc::format!("@{}+{}", data.offset, data.len);
                let value = data.value.clone().unwrap_or_else(|| hex(node.bytes()));
                [path, type_name, at, value]
            })
            .collect();
        let width = |column: usize| {
            rows.iter()
                .map(|row| row[column].chars().count())
                .max()
                .unwrap_or(0)
        };
        let (path_width, type_width, at_width) = (width(0), width(1), width(2));
        for [path, type_name, at, value] in &rows {
            let line = alloc::format!(
                "{path:<path_width$}  {type_name:<type_width$}  {at:<at_width$}  {value}"
            );
            writeln!(f, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// Builds an [`Explanation`] from the recorder's nodes.
pub(super) fn build(bytes: Vec<u8>, mut raw: Vec<Raw>, root_type: &str) -> Explanation {
    let mut nodes = Vec::new();
    add(&mut nodes, &mut raw, 0, None, "", 0, short_type(root_type));
    Explanation { bytes, nodes }
}

/// The one leaf a raw node holds and nothing else, if so: its kind and value.
fn only_leaf(raw: &[Raw], index: usize) -> Option<(&'static str, &str)> {
    match raw[index].children[..] {
        [child] => match &raw[child].what {
            What::Leaf { kind, value } => Some((kind, value)),
            _ => None,
        },
        _ => None,
    }
}

/// Joins `segment` to `parent` with a dot, or not at the root.
fn dotted(parent: &str, segment: &str) -> String {
    if parent.is_empty() {
        String::from(segment)
    } else {
        alloc::format!("{parent}.{segment}")
    }
}

/// Adds raw node `index` (and its descendants) to `nodes`, each before its children, and
/// returns its position. `segment` is set for leaves by their parent.
fn add(
    nodes: &mut Vec<NodeData>,
    raw: &mut [Raw],
    index: usize,
    leaf_segment: Option<String>,
    parent: &str,
    depth: usize,
    root_type: String,
) -> usize {
    let (kind, segment, path, mut type_name) = match &raw[index].what {
        What::Root => (Kind::Root, String::new(), String::new(), root_type),
        What::Leaf { kind, .. } => {
            let segment = leaf_segment.unwrap_or_else(|| alloc::format!("<{kind}>"));
            let path = dotted(parent, &segment);
            (Kind::Leaf, segment, path, String::from(*kind))
        }
        What::Part(part) => match *part {
            Part::Field { name, ty } => (
                Kind::Field,
                String::from(name),
                dotted(parent, name),
                short_type(ty),
            ),
            Part::Index { index, ty } => {
                let segment = alloc::format!("[{index}]");
                let path = alloc::format!("{parent}{segment}");
                (Kind::Index, segment, path, short_type(ty))
            }
            Part::Variant { name } => {
                let segment = alloc::format!("::{name}");
                let path = alloc::format!("{parent}{segment}");
                (Kind::Variant, segment, path, String::new())
            }
            Part::Entry { index: position } => {
                let segment = entry_segment(raw, index, position);
                let path = alloc::format!("{parent}{segment}");
                (Kind::Entry, segment, path, String::new())
            }
            Part::Key => (
                Kind::Key,
                String::from("key"),
                dotted(parent, "key"),
                String::new(),
            ),
            Part::Value => (
                Kind::Value,
                String::from("value"),
                dotted(parent, "value"),
                String::new(),
            ),
            Part::Domain => (
                Kind::Domain,
                String::from("<domain>"),
                dotted(parent, "<domain>"),
                String::new(),
            ),
        },
    };
    let (start, end) = (raw[index].start, raw[index].end);
    let mut value = None;
    let mut folded_leaf = None;
    let mut children = Vec::new();
    if let What::Leaf { value: leaf, .. } = &raw[index].what {
        value = Some(leaf.clone());
    } else if let Some((leaf_kind, leaf)) = only_leaf(raw, index) {
        value = Some(String::from(leaf));
        folded_leaf = Some(alloc::format!("<{leaf_kind}>"));
        if type_name.is_empty() {
            type_name = String::from(leaf_kind);
        }
    } else {
        children = core::mem::take(&mut raw[index].children);
    }
    let position = nodes.len();
    nodes.push(NodeData {
        kind,
        segment,
        path: path.clone(),
        type_name,
        offset: start,
        len: end.saturating_sub(start),
        value,
        folded_leaf,
        children: Vec::new(),
        depth,
    });
    let segments = leaf_segments(raw, &children);
    for (child, leaf_segment) in children.into_iter().zip(segments) {
        let added = add(
            nodes,
            raw,
            child,
            leaf_segment,
            &path,
            depth + 1,
            String::new(),
        );
        nodes[position].children.push(added);
    }
    position
}

/// The segments of the leaves among `children`: `<kind>`, or `<kind#n>` when there are
/// several of one kind. `None` for the parts.
fn leaf_segments(raw: &[Raw], children: &[usize]) -> Vec<Option<String>> {
    let kind_of = |child: usize| match raw[child].what {
        What::Leaf { kind, .. } => Some(kind),
        _ => None,
    };
    let mut seen: Vec<(&str, usize)> = Vec::new();
    children
        .iter()
        .map(|&child| {
            let kind = kind_of(child)?;
            let total = children
                .iter()
                .filter(|&&other| kind_of(other) == Some(kind))
                .count();
            let nth = if let Some((_, count)) = seen.iter_mut().find(|(seen, _)| *seen == kind) {
                *count += 1;
                *count
            } else {
                seen.push((kind, 0));
                0
            };
            Some(if total > 1 {
                alloc::format!("<{kind}#{nth}>")
            } else {
                alloc::format!("<{kind}>")
            })
        })
        .collect()
}

/// A map entry's segment: `[key]` when its key is one leaf, `{value}` for a set's element
/// that is one leaf, `{#position}` otherwise (and when the rendered value was cut short, so
/// that two entries never share a segment).
fn entry_segment(raw: &[Raw], index: usize, position: usize) -> String {
    let key = raw[index]
        .children
        .iter()
        .copied()
        .find(|&child| matches!(raw[child].what, What::Part(Part::Key)));
    let shown = match key {
        Some(key) => only_leaf(raw, key).map(|(_, value)| ('[', value, ']')),
        None => only_leaf(raw, index).map(|(_, value)| ('{', value, '}')),
    };
    match shown {
        Some((open, value, close)) if !is_cut(value) => alloc::format!("{open}{value}{close}"),
        _ => alloc::format!("{{#{position}}}"),
    }
}
