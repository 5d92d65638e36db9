//! Pin files: a type's schema graph kept as text in the repository, checked by a test.

use alloc::string::{String, ToString};
use core::fmt;
use std::path::{Path, PathBuf};

use super::diff::{SchemaDiff, diff_schemas, short_name};
use super::graph::{SchemaGraph, TypeBody, TypeRef};
use super::text::ParseError;
use crate::ByteRepr;

/// Asserts that `T`'s schema is the one pinned in the file at `path` (relative to the
/// current directory: the package's directory under `cargo test`). A one-line test per type
/// that says what a change does to stored hashes:
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("byterepr-pin-doc-{}", std::process::id()));
/// # let path = dir.join("order.pin");
/// # let _ = std::fs::remove_file(&path);
/// #[derive(byterepr::ByteRepr)]
/// #[byterepr(domain = "shop.order/1")]
/// struct Order { id: u32, total: u64 }
///
/// // In a test: `byterepr::pin::<Order>("tests/pins/order.pin");`
/// # if std::env::var_os("CI").is_none() {
/// byterepr::pin::<Order>(&path); // the first run writes the file
/// byterepr::pin::<Order>(&path); // later runs compare with it
/// # }
/// # let _ = std::fs::remove_dir_all(&dir);
/// ```
///
/// - The file matches (structurally: [`SchemaGraph::parse`], [`diff_schemas`]): it passes.
/// - It differs: it panics with each change, its path and its verdict (compatible: every
///   existing value keeps its bytes; breaking: some values change, and so do their stored
///   hashes), and how to accept: rerun with `BYTEREPR_PIN=update`, which rewrites the file,
///   and, for a breaking change, also bump the type's `domain` version so that old and new
///   hashes cannot collide. A compatible change fails too until accepted, so the file always
///   describes the code.
/// - It is missing: it is written and the test passes with a note on stderr; but when the
///   environment variable `CI` is set it fails, asking to run the test locally with
///   `BYTEREPR_PIN=update` and commit the file.
///
/// [`check_pin`](super::check_pin) does the same without panicking.
///
/// # Panics
/// When the file does not match, is missing under `CI`, cannot be read or written, or is
/// not pin text.
#[track_caller]
pub fn pin<T: ByteRepr + ?Sized>(path: impl AsRef<Path>) {
    match check_pin::<T>(path) {
        Ok(PinStatus::Unchanged) => {}
        Ok(status) => std::eprintln!("{status}"),
        Err(error) => panic!("{error}"),
    }
}

/// Checks `T`'s schema against the pin file at `path`, as [`pin`](crate::pin()) does, with
/// the options of the environment ([`PinOptions::from_env`]), returning instead of
/// panicking.
///
/// # Errors
/// [`PinError`]: the file differs, is missing under `CI`, or cannot be read, written or
/// parsed.
///
/// ```
/// use byterepr::schema::{PinOptions, PinStatus, check_pin_with};
/// let dir = std::env::temp_dir().join(format!("byterepr-check-doc-{}", std::process::id()));
/// let path = dir.join("pair.pin");
/// let _ = std::fs::remove_file(&path);
/// let local = PinOptions { update: false, ci: false };
/// assert!(matches!(check_pin_with::<(u8, u16)>(&path, local), Ok(PinStatus::Created { .. })));
/// assert!(matches!(check_pin_with::<(u8, u16)>(&path, local), Ok(PinStatus::Unchanged)));
/// let err = check_pin_with::<(u16, u8)>(&path, local).unwrap_err();
/// assert!(err.to_string().contains("BYTEREPR_PIN=update"));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn check_pin<T: ByteRepr + ?Sized>(path: impl AsRef<Path>) -> Result<PinStatus, PinError> {
    check_pin_with::<T>(path, PinOptions::from_env())
}

/// [`check_pin`] with explicit options instead of the environment's.
///
/// # Errors
/// As [`check_pin`].
pub fn check_pin_with<T: ByteRepr + ?Sized>(
    path: impl AsRef<Path>,
    options: PinOptions,
) -> Result<PinStatus, PinError> {
    check_graph(&crate::schema::<T>(), path.as_ref(), options)
}

/// [`check_pin_with`] for a graph already built.
///
/// # Errors
/// As [`check_pin`].
///
/// ```
/// use byterepr::schema::{PinOptions, PinStatus, check_graph};
/// let dir = std::env::temp_dir().join(format!("byterepr-graph-doc-{}", std::process::id()));
/// let path = dir.join("u8.pin");
/// let graph = byterepr::schema::<u8>();
/// let update = PinOptions { update: true, ci: true };
/// assert!(matches!(check_graph(&graph, &path, update), Ok(PinStatus::Created { .. })));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn check_graph(
    graph: &SchemaGraph,
    path: &Path,
    options: PinOptions,
) -> Result<PinStatus, PinError> {
    let text = graph.to_string();
    let write = || -> Result<(), PinError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| io(path, e))?;
        }
        std::fs::write(path, &text).map_err(|e| io(path, e))
    };
    let old = match std::fs::read_to_string(path) {
        Ok(old) => old,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if options.ci && !options.update {
                return Err(PinError::Missing {
                    path: path.to_path_buf(),
                });
            }
            write()?;
            return Ok(PinStatus::Created {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(io(path, e)),
    };
    let parsed = SchemaGraph::parse(&old);
    let diff = match (parsed, options.update) {
        (Ok(parsed), _) => diff_schemas(&parsed, graph),
        (Err(error), false) => {
            return Err(PinError::Parse {
                path: path.to_path_buf(),
                error,
            });
        }
        // An unreadable file is replaced in update mode.
        (Err(_), true) => SchemaDiff::default(),
    };
    if options.update {
        if old != text {
            write()?;
        }
        return Ok(PinStatus::Updated {
            path: path.to_path_buf(),
            diff,
        });
    }
    if diff.is_empty() {
        return Ok(PinStatus::Unchanged);
    }
    Err(PinError::Changed {
        path: path.to_path_buf(),
        root: graph.root_name(),
        domain: root_domain(graph),
        diff,
    })
}

fn io(path: &Path, error: std::io::Error) -> PinError {
    PinError::Io {
        path: path.to_path_buf(),
        error,
    }
}

fn root_domain(graph: &SchemaGraph) -> Option<String> {
    let TypeRef::Named(index) = graph.root else {
        return None;
    };
    match &graph.get(index).body {
        TypeBody::Struct(body) => body.domain.clone(),
        TypeBody::Enum(body) => body.domain.clone(),
        _ => None,
    }
}

/// How [`check_pin_with`] treats a missing or different file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PinOptions {
    /// Rewrite the file to match the code, and pass (`BYTEREPR_PIN=update`).
    pub update: bool,
    /// A missing file is an error, not written (the environment variable `CI` is set).
    pub ci: bool,
}

impl PinOptions {
    /// The options of the environment: `update` when `BYTEREPR_PIN` is `update`, `ci` when
    /// `CI` is set to anything but the empty string, `0` or `false`.
    ///
    /// ```
    /// let options = byterepr::schema::PinOptions::from_env();
    /// assert_eq!(options.update, std::env::var("BYTEREPR_PIN").as_deref() == Ok("update"));
    /// ```
    #[must_use]
    pub fn from_env() -> PinOptions {
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "0" && v != "false");
        PinOptions {
            update: std::env::var_os("BYTEREPR_PIN").is_some_and(|v| v == "update"),
            ci,
        }
    }
}

/// A pin check that passed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PinStatus {
    /// The file matches the code.
    Unchanged,
    /// The file was missing and has been written.
    Created {
        /// The file.
        path: PathBuf,
    },
    /// Update mode: the file now matches the code; `diff` is what the update accepted.
    Updated {
        /// The file.
        path: PathBuf,
        /// The changes accepted (empty when there were none).
        diff: SchemaDiff,
    },
}

impl fmt::Display for PinStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PinStatus::Unchanged => f.write_str("schema pin unchanged"),
            PinStatus::Created { path } => write!(
                f,
                "note: wrote the schema pin {} (it was missing); commit it",
                path.display()
            ),
            PinStatus::Updated { path, diff } if diff.is_empty() => {
                write!(f, "note: schema pin {} is up to date", path.display())
            }
            PinStatus::Updated { path, diff } => write!(
                f,
                "note: updated the schema pin {} accepting {} change(s), {}:\n{diff}",
                path.display(),
                diff.changes.len(),
                diff.verdict()
            ),
        }
    }
}

/// A pin check that failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum PinError {
    /// The code's schema differs from the file's.
    Changed {
        /// The file.
        path: PathBuf,
        /// The pinned type's name.
        root: String,
        /// The root type's domain, if it has one (for the advice to bump it).
        domain: Option<String>,
        /// The changes from the file to the code.
        diff: SchemaDiff,
    },
    /// The file is missing and `CI` is set.
    Missing {
        /// The file.
        path: PathBuf,
    },
    /// The file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// What failed.
        error: std::io::Error,
    },
    /// The file is not pin text.
    Parse {
        /// The file.
        path: PathBuf,
        /// Where and why.
        error: ParseError,
    },
}

/// `shop.order/1` -> `shop.order/2`; `None` when the domain does not end in a number.
fn bumped(domain: &str) -> Option<String> {
    let (head, n) = domain.rsplit_once('/')?;
    let n: u64 = n.parse().ok()?;
    Some(alloc::format!("{head}/{}", n + 1))
}

impl fmt::Display for PinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PinError::Changed {
                path,
                root,
                domain,
                diff,
            } => {
                let path = path.display();
                writeln!(
                    f,
                    "schema of {} differs from its pin {path}: {} ({} change(s))",
                    short_name(root),
                    diff.verdict(),
                    diff.changes.len()
                )?;
                write!(f, "{diff}")?;
                if diff.is_breaking() {
                    writeln!(
                        f,
                        "BREAKING: some existing values now have other bytes, so hashes stored \
                         from them will not match."
                    )?;
                    write!(f, "To accept: ")?;
                    match domain.as_deref().map(|d| (d, bumped(d))) {
                        Some((d, Some(next))) => write!(
                            f,
                            "bump the domain version (#[byterepr(domain = {d:?})] -> {next:?}) "
                        )?,
                        Some((d, None)) => write!(
                            f,
                            "bump the domain version (#[byterepr(domain = {d:?})] -> a new one) "
                        )?,
                        None => write!(
                            f,
                            "give the type a versioned domain (#[byterepr(domain = \"name/2\")]) "
                        )?,
                    }
                    writeln!(
                        f,
                        "so that old and new hashes cannot collide, then rerun with \
                         BYTEREPR_PIN=update to rewrite {path}, and commit it."
                    )
                } else {
                    writeln!(
                        f,
                        "COMPATIBLE: every existing value keeps its bytes. To accept: rerun with \
                         BYTEREPR_PIN=update to rewrite {path}, and commit it."
                    )
                }
            }
            PinError::Missing { path } => write!(
                f,
                "schema pin {} is missing (CI is set, so it is not written here): run the test \
                 locally with BYTEREPR_PIN=update and commit the file",
                path.display()
            ),
            PinError::Io { path, error } => {
                write!(f, "schema pin {}: {error}", path.display())
            }
            PinError::Parse { path, error } => write!(
                f,
                "schema pin {}: {error} (rerun with BYTEREPR_PIN=update to rewrite it)",
                path.display()
            ),
        }
    }
}

impl std::error::Error for PinError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PinError::Io { error, .. } => Some(error),
            PinError::Parse { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl PinError {
    /// The changes, when the file differs from the code.
    #[must_use]
    pub fn diff(&self) -> Option<&SchemaDiff> {
        match self {
            PinError::Changed { diff, .. } => Some(diff),
            _ => None,
        }
    }
}
