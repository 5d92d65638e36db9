//! The explaining sink: writes the canonical bytes into a `Vec<u8>` and records, for each
//! mark and each typed write, which bytes it covers.

use alloc::string::String;
use alloc::vec::Vec;
use core::convert::Infallible;
use core::fmt::Debug;

use super::Part;
use super::render::{hex, list, quoted};
use crate::{EntryWriter, Sink};

/// What one recorded node is.
pub(super) enum What {
    /// The whole value.
    Root,
    /// A part its impl marked.
    Part(Part),
    /// One typed write: its kind (`u32`, `str`, `len`) and its value, rendered.
    Leaf { kind: &'static str, value: String },
}

/// One recorded node: bytes `start..end` of the recorder's output (from its base).
pub(super) struct Raw {
    pub(super) what: What,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) children: Vec<usize>,
}

/// An entry of an unordered collection, recorded when it was encoded into scratch bytes:
/// its bytes, and its nodes (`nodes[0]` the entry as a whole, offsets from its start).
struct Pending {
    bytes: Vec<u8>,
    nodes: Vec<Raw>,
}

/// How deep parts are recorded: the parts of a value nested deeper than this (a long linked
/// list, a deep tree) are shown as one `deeper` leaf per run of their bytes. The tree, its
/// paths (each holds its ancestors') and the walks over it then stay small whatever the
/// value's depth, and `explain` and `diff` recurse no deeper than this.
pub(super) const MAX_DEPTH: usize = 128;

/// The explaining sink. Every typed method is one leaf, written by `Vec<u8>`'s own impl, so
/// the bytes are exactly the canonical ones; `block_len` keeps its canonical provided body.
pub(super) struct Recorder<'a> {
    out: &'a mut Vec<u8>,
    base: usize,
    pub(super) nodes: Vec<Raw>,
    open: Vec<usize>,
    pending: Vec<Pending>,
    /// The depth of this recorder's root in the whole value (an unordered collection's
    /// entries are recorded apart, then grafted where they belong).
    depth_base: usize,
    /// How many marked parts are open beyond [`MAX_DEPTH`], and so not recorded.
    hidden: usize,
}

impl<'a> Recorder<'a> {
    /// A recorder appending to `out`, its offsets counted from `out`'s current end.
    pub(super) fn new(out: &'a mut Vec<u8>) -> Self {
        Self::nested(out, 0)
    }

    /// A recorder whose root is `depth_base` parts deep in the value.
    fn nested(out: &'a mut Vec<u8>, depth_base: usize) -> Self {
        let base = out.len();
        Self {
            out,
            base,
            nodes: alloc::vec![Raw {
                what: What::Root,
                start: 0,
                end: 0,
                children: Vec::new(),
            }],
            open: alloc::vec![0],
            pending: Vec::new(),
            depth_base,
            hidden: 0,
        }
    }

    /// How many parts deep the innermost open part is.
    fn depth(&self) -> usize {
        self.depth_base + self.open.len() - 1
    }

    /// The recorded nodes, every part still open closed at the end of the bytes.
    pub(super) fn finish(mut self) -> Vec<Raw> {
        let end = self.position();
        for &open in &self.open {
            self.nodes[open].end = end;
        }
        self.nodes
    }

    fn position(&self) -> usize {
        self.out.len() - self.base
    }

    fn push(&mut self, node: Raw) -> usize {
        let index = self.nodes.len();
        self.nodes.push(node);
        let parent = self.open.last().copied().unwrap_or(0);
        self.nodes[parent].children.push(index);
        index
    }

    /// Records one typed write as a leaf of the innermost open part.
    fn leaf(&mut self, kind: &'static str, value: String, write: impl FnOnce(&mut Vec<u8>)) {
        let start = self.position();
        write(self.out);
        let end = self.position();
        if self.hidden > 0 {
            // Beyond `MAX_DEPTH`: one `deeper` leaf for the run of bytes.
            let parent = self.open.last().copied().unwrap_or(0);
            if let Some(&last) = self.nodes[parent].children.last() {
                let node = &mut self.nodes[last];
                if matches!(node.what, What::Leaf { kind: "deeper", .. }) && node.end == start {
                    node.end = end;
                    return;
                }
            }
            self.push(Raw {
                what: What::Leaf {
                    kind: "deeper",
                    value: alloc::format!("(parts nested more than {MAX_DEPTH} deep)"),
                },
                start,
                end,
                children: Vec::new(),
            });
            return;
        }
        self.push(Raw {
            what: What::Leaf { kind, value },
            start,
            end,
            children: Vec::new(),
        });
    }

    /// An entry of an unordered collection arrives as one `raw` write of the bytes that
    /// `with_scratch` recorded: its recorded parts replace that leaf.
    fn graft_entry(&mut self, entry: usize) {
        let [leaf] = self.nodes[entry].children[..] else {
            return;
        };
        if !matches!(self.nodes[leaf].what, What::Leaf { kind: "raw", .. }) {
            return;
        }
        let bytes = &self.out[self.base + self.nodes[leaf].start..self.base + self.nodes[leaf].end];
        let Some(found) = self.pending.iter().position(|p| p.bytes == bytes) else {
            return;
        };
        let mut pending = self.pending.swap_remove(found);
        let shift = self.nodes[entry].start;
        let children = core::mem::take(&mut pending.nodes[0].children);
        self.nodes[entry].children.clear();
        let mut value = None;
        for child in children {
            let copied = self.copy(&mut pending.nodes, child, shift);
            // A hashed map marks its entries' keys only (see `impls::maps::write_key`):
            // what follows the key is the value.
            let key_end = match self.nodes[entry].children[..] {
                [key]
                    if value.is_none()
                        && !matches!(self.nodes[copied].what, What::Part(Part::Value)) =>
                {
                    match self.nodes[key].what {
                        What::Part(Part::Key) => Some(self.nodes[key].end),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(start) = key_end {
                let end = self.nodes[entry].end;
                value = Some(self.nodes.len());
                self.nodes.push(Raw {
                    what: What::Part(Part::Value),
                    start,
                    end,
                    children: Vec::new(),
                });
                self.nodes[entry].children.extend(value);
            }
            match value {
                Some(value) => self.nodes[value].children.push(copied),
                None => self.nodes[entry].children.push(copied),
            }
        }
    }

    /// Moves node `index` of `from` and its descendants into this recorder, shifted.
    fn copy(&mut self, from: &mut [Raw], index: usize, shift: usize) -> usize {
        let what = core::mem::replace(&mut from[index].what, What::Root);
        let children = core::mem::take(&mut from[index].children);
        let copied = self.nodes.len();
        self.nodes.push(Raw {
            what,
            start: from[index].start + shift,
            end: from[index].end + shift,
            children: Vec::new(),
        });
        for child in children {
            let child = self.copy(from, child, shift);
            self.nodes[copied].children.push(child);
        }
        copied
    }
}

/// A typed method: one leaf of `kind`, rendered by `render`, written by `Vec<u8>`'s impl.
macro_rules! leaf_methods {
    ($($name:ident($ty:ty) => $kind:literal, $render:expr;)*) => {$(
        fn $name(&mut self, value: $ty) -> Result<(), Infallible> {
            let render: fn(&$ty) -> String = $render;
            self.leaf($kind, render(&value), |out| {
                let Ok(()) = Sink::$name(out, value);
            });
            Ok(())
        }
    )*};
}

fn display<T: core::fmt::Display>(value: &T) -> String {
    alloc::format!("{value}")
}

fn debug<T: Debug>(value: &T) -> String {
    alloc::format!("{value:?}")
}

impl Sink for Recorder<'_> {
    type Error = Infallible;

    fn write_raw(&mut self, bytes: &[u8]) -> Result<(), Infallible> {
        self.leaf("raw", hex(bytes), |out| out.extend_from_slice(bytes));
        Ok(())
    }

    leaf_methods! {
        write_u8(u8) => "u8", display;
        write_u16(u16) => "u16", display;
        write_u32(u32) => "u32", display;
        write_u64(u64) => "u64", display;
        write_u128(u128) => "u128", display;
        write_i8(i8) => "i8", display;
        write_i16(i16) => "i16", display;
        write_i32(i32) => "i32", display;
        write_i64(i64) => "i64", display;
        write_i128(i128) => "i128", display;
        write_usize(usize) => "usize", display;
        write_isize(isize) => "isize", display;
        write_f32(f32) => "f32", debug;
        write_f64(f64) => "f64", debug;
        write_bool(bool) => "bool", display;
        write_char(char) => "char", debug;
        write_len(usize) => "len", display;
        write_tag(u32) => "tag", display;
        write_str(&str) => "str", |value| quoted(value);
        write_u8_slice(&[u8]) => "bytes", |items| hex(items);
        write_i8_slice(&[i8]) => "[i8]", |items| list(items);
        write_u16_slice(&[u16]) => "[u16]", |items| list(items);
        write_u32_slice(&[u32]) => "[u32]", |items| list(items);
        write_u64_slice(&[u64]) => "[u64]", |items| list(items);
        write_u128_slice(&[u128]) => "[u128]", |items| list(items);
        write_i16_slice(&[i16]) => "[i16]", |items| list(items);
        write_i32_slice(&[i32]) => "[i32]", |items| list(items);
        write_i64_slice(&[i64]) => "[i64]", |items| list(items);
        write_i128_slice(&[i128]) => "[i128]", |items| list(items);
        write_usize_slice(&[usize]) => "[usize]", |items| list(items);
        write_isize_slice(&[isize]) => "[isize]", |items| list(items);
        write_f32_slice(&[f32]) => "[f32]", |items| list(items);
        write_f64_slice(&[f64]) => "[f64]", |items| list(items);
        write_bool_slice(&[bool]) => "[bool]", |items| list(items);
    }

    fn begin_part(&mut self, part: &Part) {
        if self.hidden > 0 || self.depth() >= MAX_DEPTH {
            self.hidden += 1;
            return;
        }
        let start = self.position();
        let index = self.push(Raw {
            what: What::Part(*part),
            start,
            end: start,
            children: Vec::new(),
        });
        self.open.push(index);
    }

    fn end_part(&mut self) {
        if self.hidden > 0 {
            self.hidden -= 1;
            return;
        }
        // The root is never closed by a mark: an unmatched `end_part` is ignored.
        if self.open.len() > 1
            && let Some(index) = self.open.pop()
        {
            self.nodes[index].end = self.position();
            if matches!(self.nodes[index].what, What::Part(Part::Entry { .. })) {
                self.graft_entry(index);
            }
        }
    }

    /// Encodes the entry canonically into `scratch` through a recorder of its own, and keeps
    /// what it recorded until the entry's bytes come back, sorted, through `write_raw`.
    fn with_scratch(
        &mut self,
        scratch: &mut Vec<u8>,
        write: &mut EntryWriter<'_, Infallible>,
    ) -> Result<(), Infallible> {
        if self.hidden > 0 {
            // Not shown: the entry's bytes come back as part of a `deeper` leaf.
            return write(&mut crate::sinks::Scratch::new(scratch));
        }
        let start = scratch.len();
        let mut entry = Recorder::nested(scratch, self.depth() + 1);
        let result = write(&mut entry);
        let nodes = entry.finish();
        if let Some(bytes) = scratch.get(start..).filter(|bytes| !bytes.is_empty()) {
            self.pending.push(Pending {
                bytes: bytes.to_vec(),
                nodes,
            });
        }
        result
    }
}
