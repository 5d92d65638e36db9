//! The pin text of a [`SchemaGraph`]: its `Display`, and [`SchemaGraph::parse`].
//!
//! ```text
//! # byterepr pin
//! root shop::Order
//! fingerprint 5d0c...
//! format 2
//!
//! type shop::Order = struct domain "shop.order/1"
//!   0 id: u64
//!   1 items: seq shop::Item
//!   2 cache: skip
//!   3 tags: map<str, u32> by bytes
//!   4 status: shop::Status
//!
//! type shop::Item = struct
//!   0 sku: str
//!   1 price: u64
//!
//! type shop::Status = enum
//!   variant Pending = 0
//!   variant Cancelled = 1
//!     0 0: str
//! ```
//!
//! Expressions: the scalar names (`u8` ... `f64`, `bool`, `char`, `()`), `str`, `seq T`,
//! `array<T; N>`, `(A, B)` (a tuple; `(A,)` for one part), `option T`, `result<T, E>`,
//! `map<K, V> ORDER`, `set<T> ORDER` with `ORDER` one of `sorted`, `by bytes`,
//! `by insertion`, and a named type by its name. Fields: `INDEX NAME: KIND`, the kind an
//! expression, `skip`, `with "path" ty "T"`, `as "Adapter" ty "T"` or `serde ty "T"`, then
//! `added` for an added field. Bodies: `struct`, `enum` (each followed by `domain "..."` and
//! `evolving` when they apply), `custom "name" version N layout "..."`, `opaque`.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Write as _};

use super::graph::{
    EnumBody, GraphField, GraphFieldKind, GraphType, GraphVariant, SchemaGraph, StructBody,
    TypeBody, TypeRef,
};
use super::{Order, Scalar};

const SCALARS: [Scalar; 15] = [
    Scalar::U8,
    Scalar::U16,
    Scalar::U32,
    Scalar::U64,
    Scalar::U128,
    Scalar::I8,
    Scalar::I16,
    Scalar::I32,
    Scalar::I64,
    Scalar::I128,
    Scalar::F32,
    Scalar::F64,
    Scalar::Bool,
    Scalar::Char,
    Scalar::Unit,
];

fn order_name(order: Order) -> &'static str {
    match order {
        Order::Sorted => "sorted",
        Order::ByBytes => "by bytes",
        Order::Insertion => "by insertion",
    }
}

/// A type expression as the pin text writes it (`seq shop::Item`).
pub(crate) fn render_ref(graph: &SchemaGraph, ty: &TypeRef) -> String {
    let mut out = String::new();
    write_ref(&mut out, graph, ty);
    out
}

fn write_ref(out: &mut String, graph: &SchemaGraph, ty: &TypeRef) {
    match ty {
        TypeRef::Scalar(scalar) => out.push_str(scalar.name()),
        TypeRef::Str => out.push_str("str"),
        TypeRef::Seq(item) => {
            out.push_str("seq ");
            write_ref(out, graph, item);
        }
        TypeRef::Array { len, item } => {
            out.push_str("array<");
            write_ref(out, graph, item);
            let _ = write!(out, "; {len}>");
        }
        TypeRef::Tuple(parts) => {
            out.push('(');
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_ref(out, graph, part);
            }
            if parts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        TypeRef::OptionOf(item) => {
            out.push_str("option ");
            write_ref(out, graph, item);
        }
        TypeRef::ResultOf { ok, err } => {
            out.push_str("result<");
            write_ref(out, graph, ok);
            out.push_str(", ");
            write_ref(out, graph, err);
            out.push('>');
        }
        TypeRef::Map { key, value, order } => {
            out.push_str("map<");
            write_ref(out, graph, key);
            out.push_str(", ");
            write_ref(out, graph, value);
            let _ = write!(out, "> {}", order_name(*order));
        }
        TypeRef::Set { item, order } => {
            out.push_str("set<");
            write_ref(out, graph, item);
            let _ = write!(out, "> {}", order_name(*order));
        }
        TypeRef::Named(index) => out.push_str(&graph.types[*index].name),
    }
}

/// A field's kind as the pin text writes it.
pub(crate) fn render_kind(graph: &SchemaGraph, kind: &GraphFieldKind) -> String {
    match kind {
        GraphFieldKind::Encoded(ty) => render_ref(graph, ty),
        GraphFieldKind::Skipped => "skip".to_string(),
        GraphFieldKind::With { function, ty } => format!("with {function:?} ty {ty:?}"),
        GraphFieldKind::As { adapter, ty } => format!("as {adapter:?} ty {ty:?}"),
        GraphFieldKind::Serde { ty } => format!("serde ty {ty:?}"),
    }
}

fn write_fields(
    f: &mut fmt::Formatter<'_>,
    graph: &SchemaGraph,
    fields: &[GraphField],
    indent: &str,
) -> fmt::Result {
    for (i, field) in fields.iter().enumerate() {
        let added = if field.added { " added" } else { "" };
        let kind = render_kind(graph, &field.kind);
        writeln!(f, "{indent}{i} {}: {kind}{added}", field.name)?;
    }
    Ok(())
}

fn write_attrs(f: &mut fmt::Formatter<'_>, domain: Option<&String>, evolving: bool) -> fmt::Result {
    if let Some(domain) = domain {
        write!(f, " domain {domain:?}")?;
    }
    if evolving {
        f.write_str(" evolving")?;
    }
    writeln!(f)
}

impl fmt::Display for SchemaGraph {
    /// The pin text: a header (`# byterepr pin`, the root, the fingerprint with feature
    /// `sha256`, the format version), then one block per named type.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "# byterepr pin")?;
        writeln!(f, "root {}", render_ref(self, &self.root))?;
        #[cfg(feature = "sha256")]
        writeln!(f, "fingerprint {}", self.fingerprint())?;
        writeln!(f, "format {}", self.format_version)?;
        for ty in &self.types {
            writeln!(f)?;
            write!(f, "type {} = ", ty.name)?;
            match &ty.body {
                TypeBody::Struct(body) => {
                    f.write_str("struct")?;
                    write_attrs(f, body.domain.as_ref(), body.evolving)?;
                    write_fields(f, self, &body.fields, "  ")?;
                }
                TypeBody::Enum(body) => {
                    f.write_str("enum")?;
                    write_attrs(f, body.domain.as_ref(), body.evolving)?;
                    for variant in &body.variants {
                        writeln!(f, "  variant {} = {}", variant.name, variant.tag)?;
                        write_fields(f, self, &variant.fields, "    ")?;
                    }
                }
                TypeBody::Custom {
                    name,
                    version,
                    layout,
                } => writeln!(f, "custom {name:?} version {version} layout {layout:?}")?,
                TypeBody::Opaque => writeln!(f, "opaque")?,
            }
        }
        Ok(())
    }
}

/// Why a pin text could not be read: the line (from 1) and what was wrong there.
///
/// ```
/// let err = byterepr::schema::SchemaGraph::parse("# byterepr pin\nroot nonsense\nformat 2\n").unwrap_err();
/// assert_eq!(err.line, 2);
/// assert_eq!(err.to_string(), "pin text, line 2: unknown type `nonsense`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The line, counted from 1 (0: the text as a whole).
    pub line: usize,
    /// What was expected or found.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "pin text: {}", self.message)
        } else {
            write!(f, "pin text, line {}: {}", self.line, self.message)
        }
    }
}

impl core::error::Error for ParseError {}

const BODY_KEYWORDS: [&str; 4] = ["struct", "enum", "custom", "opaque"];

/// Splits `type NAME = BODY` at the first ` = ` followed by a body keyword.
fn split_type_line(rest: &str) -> Option<(&str, &str)> {
    let mut from = 0;
    while let Some(at) = rest[from..].find(" = ") {
        let at = from + at;
        let body = &rest[at + 3..];
        if BODY_KEYWORDS.iter().any(|k| {
            body.strip_prefix(k)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        }) {
            return Some((&rest[..at], body));
        }
        from = at + 1;
    }
    None
}

impl SchemaGraph {
    /// Reads a pin text back: the inverse of `Display`, for comparing a pin file with the
    /// code through [`diff_schemas`](super::diff_schemas). Comment lines (`#`) and the
    /// `fingerprint` line are not read: the comparison is structural.
    ///
    /// # Errors
    /// A [`ParseError`] naming the first line that is not pin text.
    ///
    /// ```
    /// #[derive(byterepr::ByteRepr)]
    /// enum Status { Pending, Cancelled(u8) }
    /// let graph = byterepr::schema::<Status>();
    /// let text = graph.to_string();
    /// assert_eq!(byterepr::schema::SchemaGraph::parse(&text)?, graph);
    /// # Ok::<(), byterepr::schema::ParseError>(())
    /// ```
    #[allow(
        clippy::too_many_lines,
        reason = "one pass over the lines, block by block"
    )]
    pub fn parse(text: &str) -> Result<SchemaGraph, ParseError> {
        let lines: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim_end()))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
            .collect();
        // First pass: the named types, so that expressions can refer to any of them.
        let mut names: Vec<String> = Vec::new();
        for &(n, line) in &lines {
            if let Some(rest) = line.strip_prefix("type ") {
                let (name, _) =
                    split_type_line(rest).ok_or_else(|| err(n, "expected `type NAME = BODY`"))?;
                if names.iter().any(|x| x == name) {
                    return Err(err(n, &format!("type {name} given twice")));
                }
                names.push(name.to_string());
            }
        }
        let mut sorted: Vec<(usize, &str)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (i, n.as_str()))
            .collect();
        sorted.sort_by_key(|(_, n)| core::cmp::Reverse(n.len()));
        let parser = Exprs { names: &sorted };

        let mut root = None;
        let mut format_version = None;
        let mut types: Vec<GraphType> = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let (n, line) = lines[i];
            i += 1;
            if let Some(rest) = line.strip_prefix("root ") {
                root = Some(parser.whole(rest).map_err(|m| err(n, &m))?);
            } else if line.starts_with("fingerprint ") {
                // Informational only.
            } else if let Some(rest) = line.strip_prefix("format ") {
                format_version = Some(
                    rest.trim()
                        .parse::<u32>()
                        .map_err(|_| err(n, "expected a format version"))?,
                );
            } else if let Some(rest) = line.strip_prefix("type ") {
                let (name, body) =
                    split_type_line(rest).ok_or_else(|| err(n, "expected `type NAME = BODY`"))?;
                let mut words = Cursor { s: body };
                let body = if words.keyword("struct") {
                    let (domain, evolving) = attrs(&mut words).map_err(|m| err(n, &m))?;
                    let fields = read_fields(&lines, &mut i, &parser, "  ")?;
                    TypeBody::Struct(StructBody {
                        domain,
                        evolving,
                        fields,
                    })
                } else if words.keyword("enum") {
                    let (domain, evolving) = attrs(&mut words).map_err(|m| err(n, &m))?;
                    let mut variants = Vec::new();
                    while i < lines.len() {
                        let (vn, vline) = lines[i];
                        let Some(rest) = vline.strip_prefix("  variant ") else {
                            break;
                        };
                        i += 1;
                        let (vname, tag) = rest
                            .rsplit_once(" = ")
                            .ok_or_else(|| err(vn, "expected `variant NAME = TAG`"))?;
                        let tag = tag.parse::<u32>().map_err(|_| err(vn, "expected a tag"))?;
                        let fields = read_fields(&lines, &mut i, &parser, "    ")?;
                        variants.push(GraphVariant {
                            name: vname.to_string(),
                            tag,
                            fields,
                        });
                    }
                    TypeBody::Enum(EnumBody {
                        domain,
                        evolving,
                        variants,
                    })
                } else if words.keyword("custom") {
                    let custom = (|| {
                        let name = words.string()?;
                        words.expect("version")?;
                        let version = words.number()?;
                        words.expect("layout")?;
                        let layout = words.string()?;
                        words.end()?;
                        Ok::<_, String>(TypeBody::Custom {
                            name,
                            version: u32::try_from(version)
                                .map_err(|_| "version too large".to_string())?,
                            layout,
                        })
                    })();
                    custom.map_err(|m| err(n, &m))?
                } else {
                    words.keyword("opaque");
                    words.end().map_err(|m| err(n, &m))?;
                    TypeBody::Opaque
                };
                types.push(GraphType {
                    name: name.to_string(),
                    body,
                });
            } else {
                return Err(err(
                    n,
                    "expected `root`, `format`, `type` or a field of the type above",
                ));
            }
        }
        Ok(SchemaGraph {
            root: root.ok_or_else(|| err(0, "no `root` line"))?,
            types,
            format_version: format_version.ok_or_else(|| err(0, "no `format` line"))?,
        })
    }
}

fn err(line: usize, message: &str) -> ParseError {
    ParseError {
        line,
        message: message.to_string(),
    }
}

fn attrs(words: &mut Cursor<'_>) -> Result<(Option<String>, bool), String> {
    let domain = if words.keyword("domain") {
        Some(words.string()?)
    } else {
        None
    };
    let evolving = words.keyword("evolving");
    words.end()?;
    Ok((domain, evolving))
}

fn read_fields(
    lines: &[(usize, &str)],
    i: &mut usize,
    parser: &Exprs<'_>,
    indent: &str,
) -> Result<Vec<GraphField>, ParseError> {
    let mut fields = Vec::new();
    while *i < lines.len() {
        let (n, line) = lines[*i];
        let Some(rest) = line.strip_prefix(indent) else {
            break;
        };
        if rest.starts_with(' ') || rest.starts_with("variant ") {
            break;
        }
        *i += 1;
        let field = (|| {
            let (index, rest) = rest.split_once(' ').ok_or("expected `INDEX NAME: KIND`")?;
            if index.parse::<usize>() != Ok(fields.len()) {
                return Err(format!("expected field {}", fields.len()));
            }
            let (name, kind) = rest.split_once(": ").ok_or("expected `INDEX NAME: KIND`")?;
            let (kind, added) = match kind.strip_suffix(" added") {
                Some(kind) => (kind, true),
                None => (kind, false),
            };
            let mut words = Cursor { s: kind };
            let kind = if words.keyword("skip") && words.s.is_empty() {
                GraphFieldKind::Skipped
            } else if kind.starts_with("with \"") {
                words = Cursor { s: &kind[5..] };
                let function = words.string()?;
                words.expect("ty")?;
                let ty = words.string()?;
                words.end()?;
                GraphFieldKind::With { function, ty }
            } else if kind.starts_with("as \"") {
                words = Cursor { s: &kind[3..] };
                let adapter = words.string()?;
                words.expect("ty")?;
                let ty = words.string()?;
                words.end()?;
                GraphFieldKind::As { adapter, ty }
            } else if kind.starts_with("serde ty \"") {
                words = Cursor { s: &kind[9..] };
                let ty = words.string()?;
                words.end()?;
                GraphFieldKind::Serde { ty }
            } else {
                GraphFieldKind::Encoded(parser.whole(kind)?)
            };
            Ok(GraphField {
                name: name.to_string(),
                kind,
                added,
            })
        })();
        fields.push(field.map_err(|m: String| err(n, &m))?);
    }
    Ok(fields)
}

/// Words of a line: keywords, numbers and quoted strings.
struct Cursor<'a> {
    s: &'a str,
}

impl Cursor<'_> {
    fn keyword(&mut self, word: &str) -> bool {
        let s = self.s.trim_start();
        match s.strip_prefix(word) {
            Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
                self.s = rest;
                true
            }
            _ => false,
        }
    }

    fn expect(&mut self, word: &str) -> Result<(), String> {
        if self.keyword(word) {
            Ok(())
        } else {
            Err(format!("expected `{word}`"))
        }
    }

    fn number(&mut self) -> Result<u64, String> {
        let s = self.s.trim_start();
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let value = s[..end]
            .parse()
            .map_err(|_| "expected a number".to_string())?;
        self.s = &s[end..];
        Ok(value)
    }

    fn end(&self) -> Result<(), String> {
        if self.s.trim().is_empty() {
            Ok(())
        } else {
            Err(format!("unexpected `{}`", self.s.trim()))
        }
    }

    /// A string as `{:?}` writes it.
    fn string(&mut self) -> Result<String, String> {
        let s = self.s.trim_start();
        let mut chars = s.char_indices();
        if chars.next().map(|(_, c)| c) != Some('"') {
            return Err("expected a quoted string".to_string());
        }
        let mut out = String::new();
        while let Some((at, c)) = chars.next() {
            match c {
                '"' => {
                    self.s = &s[at + 1..];
                    return Ok(out);
                }
                '\\' => {
                    let escaped = match chars.next().map(|(_, c)| c) {
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('0') => '\0',
                        Some(c @ ('\\' | '"' | '\'')) => c,
                        Some('u') => {
                            let rest = &s[at + 2..];
                            let close = rest.find('}').ok_or("bad \\u escape")?;
                            let hex = rest.get(1..close).ok_or("bad \\u escape")?;
                            let code =
                                u32::from_str_radix(hex, 16).map_err(|_| "bad \\u escape")?;
                            for _ in 0..close {
                                chars.next();
                            }
                            char::from_u32(code).ok_or("bad \\u escape")?
                        }
                        _ => return Err("bad escape in a string".to_string()),
                    };
                    out.push(escaped);
                }
                c => out.push(c),
            }
        }
        Err("unterminated string".to_string())
    }
}

/// The expression parser: knows the named types' names, longest first.
struct Exprs<'a> {
    names: &'a [(usize, &'a str)],
}

impl Exprs<'_> {
    fn whole(&self, s: &str) -> Result<TypeRef, String> {
        let (ty, rest) = self.expr(s)?;
        if rest.trim().is_empty() {
            Ok(ty)
        } else {
            Err(format!("unexpected `{}`", rest.trim()))
        }
    }

    fn expr<'s>(&self, s: &'s str) -> Result<(TypeRef, &'s str), String> {
        let s = s.trim_start();
        let ends = |rest: &str| rest.is_empty() || rest.starts_with([' ', ',', '>', ')', ';']);
        // A named type first: an opaque type may be named like a keyword (`u64`).
        for &(index, name) in self.names {
            if let Some(rest) = s.strip_prefix(name)
                && ends(rest)
            {
                return Ok((TypeRef::Named(index), rest));
            }
        }
        for scalar in SCALARS {
            if let Some(rest) = s.strip_prefix(scalar.name())
                && ends(rest)
            {
                return Ok((TypeRef::Scalar(scalar), rest));
            }
        }
        let word = |w: &str| s.strip_prefix(w).filter(|r| ends(r));
        if let Some(rest) = word("str") {
            return Ok((TypeRef::Str, rest));
        }
        if let Some(rest) = s.strip_prefix("seq ") {
            let (item, rest) = self.expr(rest)?;
            return Ok((TypeRef::Seq(Box::new(item)), rest));
        }
        if let Some(rest) = s.strip_prefix("option ") {
            let (item, rest) = self.expr(rest)?;
            return Ok((TypeRef::OptionOf(Box::new(item)), rest));
        }
        if let Some(rest) = s.strip_prefix("array<") {
            let (item, rest) = self.expr(rest)?;
            let rest = rest.strip_prefix("; ").ok_or("expected `; N>`")?;
            let mut words = Cursor { s: rest };
            let len = words.number()?;
            let rest = words.s.strip_prefix('>').ok_or("expected `>`")?;
            return Ok((
                TypeRef::Array {
                    len,
                    item: Box::new(item),
                },
                rest,
            ));
        }
        if let Some(rest) = s.strip_prefix("result<") {
            let (ok, rest) = self.expr(rest)?;
            let rest = rest.strip_prefix(", ").ok_or("expected `, `")?;
            let (e, rest) = self.expr(rest)?;
            let rest = rest.strip_prefix('>').ok_or("expected `>`")?;
            return Ok((
                TypeRef::ResultOf {
                    ok: Box::new(ok),
                    err: Box::new(e),
                },
                rest,
            ));
        }
        if let Some(rest) = s.strip_prefix("map<") {
            let (key, rest) = self.expr(rest)?;
            let rest = rest.strip_prefix(", ").ok_or("expected `, `")?;
            let (value, rest) = self.expr(rest)?;
            let rest = rest.strip_prefix('>').ok_or("expected `>`")?;
            let (order, rest) = order(rest)?;
            return Ok((
                TypeRef::Map {
                    key: Box::new(key),
                    value: Box::new(value),
                    order,
                },
                rest,
            ));
        }
        if let Some(rest) = s.strip_prefix("set<") {
            let (item, rest) = self.expr(rest)?;
            let rest = rest.strip_prefix('>').ok_or("expected `>`")?;
            let (order, rest) = order(rest)?;
            return Ok((
                TypeRef::Set {
                    item: Box::new(item),
                    order,
                },
                rest,
            ));
        }
        if let Some(mut rest) = s.strip_prefix('(') {
            let mut parts = Vec::new();
            loop {
                if let Some(r) = rest.strip_prefix(')') {
                    return Ok((TypeRef::Tuple(parts), r));
                }
                let (part, r) = self.expr(rest)?;
                parts.push(part);
                rest = r
                    .strip_prefix(", ")
                    .or_else(|| r.strip_prefix(','))
                    .unwrap_or(r);
                if !rest.starts_with(')') && !r.starts_with(',') {
                    return Err("expected `,` or `)`".to_string());
                }
            }
        }
        Err(format!("unknown type `{s}`"))
    }
}

fn order(s: &str) -> Result<(Order, &str), String> {
    for order in [Order::Sorted, Order::ByBytes, Order::Insertion] {
        if let Some(rest) = s
            .strip_prefix(' ')
            .and_then(|r| r.strip_prefix(order_name(order)))
        {
            return Ok((order, rest));
        }
    }
    Err("expected `sorted`, `by bytes` or `by insertion`".to_string())
}
