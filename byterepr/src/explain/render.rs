//! How explanations show values, bytes and type names.

use alloc::string::String;
use core::fmt::{Debug, Write};

/// Characters of a string shown before it is cut short.
const STR_CHARS: usize = 60;
/// Bytes shown in full; longer runs show their first [`HEX_HEAD`] bytes and their length.
const HEX_FULL: usize = 16;
/// Bytes shown of a longer run.
const HEX_HEAD: usize = 8;
/// Elements of a number slice shown before the rest is elided.
const LIST_HEAD: usize = 8;

/// `bytes` as spaced hex pairs, `01 02 03 … (1024 bytes)` past [`HEX_FULL`] bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    let mut text = String::new();
    let shown = if bytes.len() > HEX_FULL {
        HEX_HEAD
    } else {
        bytes.len()
    };
    for (i, byte) in bytes[..shown].iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let _ = write!(text, "{byte:02x}");
    }
    if shown < bytes.len() {
        let _ = write!(text, " … ({} bytes)", bytes.len());
    }
    text
}

/// `bytes` as unspaced hex for a one-line answer: at most [`HEX_HEAD`] bytes, then `…`.
pub(crate) fn short_hex(bytes: &[u8]) -> String {
    let mut text = String::new();
    for byte in bytes.iter().take(HEX_HEAD) {
        let _ = write!(text, "{byte:02x}");
    }
    if bytes.len() > HEX_HEAD {
        text.push('…');
    }
    text
}

/// A string quoted and escaped as `Debug` does, cut after [`STR_CHARS`] characters
/// (`"abc…"`).
pub(crate) fn quoted(value: &str) -> String {
    match value.char_indices().nth(STR_CHARS) {
        None => alloc::format!("{value:?}"),
        Some((cut, _)) => {
            let mut text = alloc::format!("{:?}", &value[..cut]);
            text.pop();
            text.push_str("…\"");
            text
        }
    }
}

/// Whether a rendered value may have been cut short (by [`quoted`], [`hex`] or [`list`]):
/// such a value does not name a map entry, as two entries could share it.
pub(crate) fn is_cut(value: &str) -> bool {
    value.contains('…')
}

/// Elements as `Debug` shows them, `[1, 2, 3, … (1000 items)]` past [`LIST_HEAD`].
pub(crate) fn list<T: Debug>(items: &[T]) -> String {
    let mut text = String::from("[");
    for (i, item) in items.iter().take(LIST_HEAD).enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        let _ = write!(text, "{item:?}");
    }
    if items.len() > LIST_HEAD {
        let _ = write!(text, ", … ({} items)", items.len());
    }
    text.push(']');
    text
}

/// A type name without module paths: `alloc::vec::Vec<shop::Item>` becomes `Vec<Item>`.
pub(crate) fn short_type(name: &str) -> String {
    let mut text = String::with_capacity(name.len());
    // Where the path being read began in `text`: a `::` drops what came since.
    let mut path_start = 0;
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            text.truncate(path_start);
        } else {
            text.push(c);
            if !(c.is_alphanumeric() || c == '_') {
                path_start = text.len();
            }
        }
    }
    text
}
