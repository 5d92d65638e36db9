//! The Java encoding against a real JVM: the Java programs in `java/` are compiled with `javac`
//! and run with `java`, and every byte they write through `java.io.DataOutputStream` (or the
//! helper class `byterepr.ByteRepr`) must equal what `byterepr::java` writes for the same value.
//!
//! A JDK is required: without `javac` on the PATH these tests fail (`.ci/run` installs one).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::marker::PhantomData;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use byterepr::ByteRepr;

use crate::order_record::{Line, Order, Status, order};
use crate::vectors::{
    Json, Row, Vector, added, check_file, derived_enum, derived_variant, domain, evolving, field,
    render, structure, vector_struct,
};
use byterepr::java::{self, Error, Java};

// ---------------------------------------------------------------------------------------------
// Running the JVM

/// The repository's `java/` directory.
fn java_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../java")
}

/// Compiles every Java source once and returns the class directory. The directory is named
/// after the sources' SHA-256, so unchanged sources are not compiled again; each process
/// compiles into its own directory first and renames it into place, so concurrent test runs
/// never see half-written classes.
fn classes() -> &'static Path {
    static CLASSES: OnceLock<PathBuf> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut sources = Vec::new();
        for sub in ["src/byterepr", "test", "bench"] {
            for entry in std::fs::read_dir(java_dir().join(sub)).expect("read java/") {
                let path = entry.expect("list java/").path();
                if path.extension().is_some_and(|ext| ext == "java") {
                    sources.push(path);
                }
            }
        }
        sources.sort();
        let contents: Vec<(String, Vec<u8>)> = sources
            .iter()
            .map(|path| {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read(path).expect("read a Java source"))
            })
            .collect();
        let key = hex(&byterepr::sha256(&contents)[..8]);
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let out = root.join(format!("java-classes-{key}"));
        if out.is_dir() {
            return out;
        }
        let staging = root.join(format!("java-classes-tmp-{}", std::process::id()));
        std::fs::create_dir_all(&staging).expect("create the class output directory");
        let status = Command::new("javac")
            .args(["-Xlint:all", "-d"])
            .arg(&staging)
            .args(&sources)
            .status()
            .unwrap_or_else(|error| {
                panic!(
                    "cannot run `javac` ({error}): the Java-encoding tests need a JDK (17 or \
                     newer) on the PATH; install one, e.g. `apt-get install \
                     openjdk-17-jdk-headless` (`.ci/run` does this)"
                )
            });
        assert!(status.success(), "javac failed on {sources:?}");
        if std::fs::rename(&staging, &out).is_err() {
            // Another process put the same classes in place first.
            assert!(out.is_dir(), "cannot move the classes to {}", out.display());
            std::fs::remove_dir_all(&staging).expect("remove the staging directory");
        }
        out
    })
}

/// Runs `class` on the compiled classes with `stdin`, returning its standard output.
fn run_java(class: &str, stdin: &str) -> String {
    let mut child = Command::new("java")
        .arg("-cp")
        .arg(classes())
        .arg(class)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|error| panic!("cannot run `java` ({error}): a JDK must be on the PATH"));
    let mut input = child.stdin.take().expect("piped stdin");
    let stdin = stdin.to_owned();
    let writer = std::thread::spawn(move || input.write_all(stdin.as_bytes()));
    let output = child.wait_with_output().expect("wait for java");
    writer.join().expect("stdin writer").expect("write to java");
    assert!(output.status.success(), "java {class} failed");
    String::from_utf8(output.stdout).expect("java prints ASCII")
}

use crate::vectors::hex;

// ---------------------------------------------------------------------------------------------
// The cases of java/test/JavaCases.java, built in Rust

/// Everything the tests check about one value, type-erased.
trait Check {
    /// Drives a `Java` adapter by hand: like `DataOutputStream`, it keeps what was written
    /// before an error.
    fn stream(&self, out: &mut Vec<u8>) -> Result<(), Error>;
    /// `java::write`, which writes nothing on a Java error.
    fn write(&self, out: &mut Vec<u8>) -> Result<(), Error>;
    fn to_vec(&self) -> Result<Vec<u8>, Error>;
    fn encoded_len(&self) -> Result<usize, Error>;
    fn sha256(&self) -> Result<[u8; 32], Error>;
    fn to_writer(&self) -> Result<Vec<u8>, Error<std::io::Error>>;
}

impl<T: ByteRepr> Check for T {
    fn stream(&self, out: &mut Vec<u8>) -> Result<(), Error> {
        self.write_to(&mut Java::new(out))
    }
    fn write(&self, out: &mut Vec<u8>) -> Result<(), Error> {
        java::write(self, out)
    }
    fn to_vec(&self) -> Result<Vec<u8>, Error> {
        java::to_vec(self)
    }
    fn encoded_len(&self) -> Result<usize, Error> {
        java::encoded_len(self)
    }
    fn sha256(&self) -> Result<[u8; 32], Error> {
        java::sha256(self)
    }
    fn to_writer(&self) -> Result<Vec<u8>, Error<std::io::Error>> {
        let mut out = Vec::new();
        java::to_writer(self, &mut out)?;
        Ok(out)
    }
}

/// A case that is also a vector of `vectors/java.json`.
trait VectorCase: Check {
    fn row(&self, name: &'static str) -> Row;
}

impl<T: ByteRepr + Vector> VectorCase for T {
    fn row(&self, name: &'static str) -> Row {
        let bytes = java::to_vec(self).map_err(|error| match error {
            Error::StringTooLong { .. } => "string_too_long".to_owned(),
            other => panic!("{name}: no vector for {other}"),
        });
        Row::new(name, self, bytes)
    }
}

type VectorCases = Vec<(&'static str, Box<dyn VectorCase>)>;

macro_rules! vector_cases {
    ($($name:ident => $value:expr,)*) => {{
        let cases: VectorCases =
            vec![$((stringify!($name), Box::new($value) as Box<dyn VectorCase>),)*];
        cases
    }};
}

fn emoji() -> char {
    '\u{1F600}'
}

#[expect(
    clippy::too_many_lines,
    reason = "one line per case, mirroring JavaCases.java"
)]
fn rust_cases() -> VectorCases {
    vector_cases! {
        bool_false => false,
        bool_true => true,
        i8_min => i8::MIN,
        i8_max => i8::MAX,
        i8_minus_one => -1i8,
        u8_zero => 0u8,
        u8_max => u8::MAX,
        i16_min => i16::MIN,
        i16_max => i16::MAX,
        i16_minus_one => -1i16,
        u16_max => u16::MAX,
        u16_high_bit => 0x8000u16,
        u16_0102 => 0x0102u16,
        i32_min => i32::MIN,
        i32_max => i32::MAX,
        i32_minus_one => -1i32,
        i32_zero => 0i32,
        i32_01020304 => 0x0102_0304i32,
        u32_max => u32::MAX,
        u32_high_bit => 0x8000_0000u32,
        i64_min => i64::MIN,
        i64_max => i64::MAX,
        i64_minus_one => -1i64,
        i64_0102030405060708 => 0x0102_0304_0506_0708i64,
        u64_max => u64::MAX,
        u64_high_bit => 1u64 << 63,
        usize_max => usize::MAX,
        usize_1000 => 1000usize,
        isize_min => isize::MIN,
        u128_max => u128::MAX,
        u128_one => 1u128,
        u128_counting => 0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10u128,
        i128_min => i128::MIN,
        i128_max => i128::MAX,
        i128_minus_one => -1i128,
        f32_zero => 0.0f32,
        f32_negative_zero => -0.0f32,
        f32_one => 1.0f32,
        f32_minus_one_and_half => -1.5f32,
        f32_max => f32::MAX,
        f32_lowest => f32::MIN,
        f32_min_positive_normal => f32::MIN_POSITIVE,
        f32_smallest_subnormal => f32::from_bits(1),
        f32_largest_subnormal => f32::from_bits(0x007f_ffff),
        f32_infinity => f32::INFINITY,
        f32_negative_infinity => f32::NEG_INFINITY,
        f32_nan => f32::NAN,
        f32_nan_payload => f32::from_bits(0x7fc0_0001),
        f32_nan_negative => f32::from_bits(0xffc0_0000),
        f32_nan_signaling => f32::from_bits(0x7f80_0001),
        f32_nan_all_ones => f32::from_bits(0xffff_ffff),
        f64_zero => 0.0f64,
        f64_negative_zero => -0.0f64,
        f64_one => 1.0f64,
        f64_pi => std::f64::consts::PI,
        f64_max => f64::MAX,
        f64_lowest => f64::MIN,
        f64_min_positive_normal => f64::MIN_POSITIVE,
        f64_smallest_subnormal => f64::from_bits(1),
        f64_largest_subnormal => f64::from_bits(0x000f_ffff_ffff_ffff),
        f64_negative_subnormal => -f64::from_bits(1),
        f64_infinity => f64::INFINITY,
        f64_negative_infinity => f64::NEG_INFINITY,
        f64_nan => f64::NAN,
        f64_nan_payload => f64::from_bits(0x7ff8_dead_beef_0001),
        f64_nan_negative => f64::from_bits(0xfff8_0000_0000_0000),
        f64_nan_signaling => f64::from_bits(0x7ff0_0000_0000_0001),
        char_nul => '\0',
        char_a => 'A',
        char_e_acute => 'é',
        char_euro => '€',
        char_d7ff => '\u{D7FF}',
        char_e000 => '\u{E000}',
        char_ffff => '\u{FFFF}',
        char_u10000 => '\u{10000}',
        char_emoji => emoji(),
        char_u10ffff => '\u{10FFFF}',
        str_empty => "",
        str_dsl => "DSL",
        str_ascii => "hello, world",
        str_nul => "\0",
        str_with_nul => "a\0b\0",
        str_u007f => "\u{7f}",
        str_u0080 => "\u{80}",
        str_u07ff => "\u{7ff}",
        str_u0800 => "\u{800}",
        str_uffff => "\u{ffff}",
        str_two_byte => "ñandú",
        str_three_byte => "日本語 €",
        str_four_byte => "😀",
        str_u10000 => "\u{10000}",
        str_u10ffff => "\u{10FFFF}",
        str_clef => "G: 𝄞",
        str_mixed => "a\0é€😀z",
        str_65535_ascii => "a".repeat(65535),
        str_65536_ascii => "a".repeat(65536),
        str_32767_nuls => "\0".repeat(32767),
        str_32767_nuls_and_a => "\0".repeat(32767) + "a",
        str_32768_nuls => "\0".repeat(32768),
        str_21845_euros => "€".repeat(21845),
        str_21845_euros_and_a => "€".repeat(21845) + "a",
        str_10922_emoji_and_abc => "😀".repeat(10922) + "abc",
        str_10923_emoji => "😀".repeat(10923),
        str_too_long_after_int => (7i32, "x".repeat(70000)),
        record_dsl => ("DSL", 32i32, true),
        record_person => (42u64, "Ada Lovelace", 36i16, 99.5f64, false, 'é', -0.0f32),
        record_nested => ("outer", (1i32, -2i32), ("inner\0", 3u8)),
        vec_i32 => vec![1i32, -1, i32::MIN, i32::MAX],
        vec_i32_empty => Vec::<i32>::new(),
        vec_u8 => vec![0u8, 0x7f, 0xff],
        vec_u16 => vec![1u16, 0x1234, 0xffff],
        vec_i16 => vec![-2i16, 300],
        vec_i64 => vec![i64::MIN, 5],
        vec_u64 => vec![u64::MAX, 1],
        vec_u32 => vec![u32::MAX, 0x1234_5678],
        vec_u128 => vec![(1u128 << 64) | 2],
        vec_i128 => vec![-2i128, 3],
        vec_usize => vec![0usize, usize::MAX],
        vec_isize => vec![-1isize, isize::MAX],
        vec_i8 => vec![-128i8, 127],
        vec_bool => vec![true, false, true],
        vec_f32_with_nan => vec![1.5f32, f32::from_bits(0x7fa0_0000), -0.0],
        vec_f64_with_nan => vec![-0.0f64, f64::from_bits(0xfff0_0000_0000_0001), f64::from_bits(1)],
        vec_f64_plain => vec![0.1f64, -2.5],
        vec_char => vec!['x', emoji()],
        vec_str => vec!["ab", "c"],
        array_i16_3 => [1i16, -1, 256],
        vec_i32_300 => (0..300).map(|i| i * 7919 - 1_000_000).collect::<Vec<i32>>(),
        vec_f64_200 => (0..200).map(|i| f64::from(i) / 3.0 - 17.25).collect::<Vec<f64>>(),
        vec_u16_700 => (0..700u16).map(|i| i.wrapping_mul(97)).collect::<Vec<u16>>(),
        option_none => None::<i32>,
        option_some_i32 => Some(5i32),
        option_some_none => Some(None::<i32>),
        option_some_str => Some("x"),
        result_ok => Ok::<i16, String>(7),
        result_err => Err::<i16, &str>("bad"),
        btreemap_str_i32 => BTreeMap::from([("b", 2i32), ("a", 1)]),
        hashmap_str_i32 => HashMap::from([("bb", 1i32), ("c", 2)]),
        hashset_i32 => HashSet::from([-1i32, 256, 1]),
        hashmap_empty => HashMap::<String, i32>::new(),
        unit => (),
        tuple_with_unit => (1u8, (), PhantomData::<String>, 2u8),
        duration => Duration::new(3, 500),
        ipv4 => Ipv4Addr::LOCALHOST,
        socket_v4 => SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::new(10, 0, 0, 2), 8080)),
    }
}

#[test]
fn vectors_java_json_is_up_to_date() {
    // The bytes of these rows are `byterepr::java`'s, which the tests hold to the JVM's
    // (`every_jvm_case_matches_data_output_stream`) and to the derived types' Java twins
    // (`java_helper_class_agrees_with_derived_types`).
    let rows: Vec<Row> = rust_cases()
        .iter()
        .chain(&derived_cases())
        .map(|(name, value)| value.row(name))
        .collect();
    assert!(rows.len() >= 180, "only {} Java vectors", rows.len());
    check_file("java.json", &render("java", &rows));
}

#[test]
fn java_helper_proves_itself_against_vectors_java_json() {
    let file = std::fs::read_to_string(crate::vectors::repo().join("vectors/java.json"))
        .expect("read vectors/java.json");
    let output = run_java("VectorCheck", &file);
    let mut lines = output.lines();
    assert_eq!(
        lines.next(),
        Some(format!("format_version {}", byterepr::FORMAT_VERSION).as_str()),
        "the file's format version"
    );
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in lines.by_ref() {
        if let Some(count) = line.strip_prefix("checked ") {
            assert_eq!(
                count.parse::<usize>(),
                Ok(checked),
                "the count VectorCheck gives"
            );
            break;
        }
        checked += 1;
        if !line.ends_with("\tok") {
            failures.push(line.to_owned());
        }
    }
    assert!(
        failures.is_empty(),
        "the helper disagrees with java.json: {failures:#?}"
    );
    assert_eq!(lines.next(), None, "nothing after the count");
    let in_file = file.matches("{\"name\": ").count();
    assert_eq!(checked, in_file, "VectorCheck read every vector");
    assert!(checked >= 140, "only {checked} vectors");
}

#[test]
fn java_helper_declares_the_crate_format_version() {
    let source = std::fs::read_to_string(java_dir().join("src/byterepr/ByteRepr.java"))
        .expect("read ByteRepr.java");
    let declared = format!(
        "public static final int FORMAT_VERSION = {};",
        byterepr::FORMAT_VERSION
    );
    assert!(
        source.contains(&declared),
        "ByteRepr.java lacks `{declared}`"
    );
}

/// One line of `JavaCases`' output.
enum JvmResult {
    Ok { bytes: String, sha256: String },
    TooLong { len: usize, written: String },
}

fn jvm_cases() -> Vec<(String, JvmResult)> {
    run_java("JavaCases", "")
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let result = match fields[1] {
                "OK" => JvmResult::Ok {
                    bytes: fields[2].to_owned(),
                    sha256: fields[3].to_owned(),
                },
                "ERR" => JvmResult::TooLong {
                    len: fields[2].parse().expect("utflen"),
                    written: fields[3].to_owned(),
                },
                other => panic!("unexpected status {other} in {line}"),
            };
            (fields[0].to_owned(), result)
        })
        .collect()
}

#[test]
fn every_jvm_case_matches_data_output_stream() {
    let jvm = jvm_cases();
    let rust = rust_cases();
    let jvm_names: Vec<&str> = jvm.iter().map(|(name, _)| name.as_str()).collect();
    let rust_names: Vec<&str> = rust.iter().map(|(name, _)| *name).collect();
    assert_eq!(jvm_names, rust_names, "the two case lists differ");
    assert!(jvm.len() >= 60, "only {} JVM-checked cases", jvm.len());

    let mut too_long = 0;
    for ((name, expected), (_, value)) in jvm.iter().zip(&rust) {
        let mut streamed = Vec::new();
        let result = value.stream(&mut streamed);
        match expected {
            JvmResult::Ok { bytes, sha256 } => {
                assert_eq!(result, Ok(()), "{name}: the JVM encodes it");
                let mut out = Vec::new();
                assert_eq!(value.write(&mut out), Ok(()), "{name}: write");
                assert_eq!(out, streamed, "{name}: write differs");
                assert_eq!(
                    hex(&streamed),
                    *bytes,
                    "{name}: bytes differ from the JVM's"
                );
                let to_vec = value.to_vec().unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(to_vec, streamed, "{name}: to_vec differs from streaming");
                assert_eq!(
                    value.encoded_len(),
                    Ok(streamed.len()),
                    "{name}: encoded_len"
                );
                let digest = value.sha256().unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(
                    hex(&digest),
                    *sha256,
                    "{name}: SHA-256 differs from the JVM's"
                );
                let written = value.to_writer().unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(written, streamed, "{name}: to_writer differs");
            }
            JvmResult::TooLong { len, written } => {
                too_long += 1;
                let error = Error::StringTooLong { len: *len };
                assert_eq!(result, Err(error), "{name}: the JVM refuses it");
                // Nothing of the string was written; what came before it was, as in Java.
                assert_eq!(hex(&streamed), *written, "{name}: bytes before the error");
                let mut out = vec![0xee];
                assert_eq!(value.write(&mut out), Err(error), "{name}: write");
                assert_eq!(out, [0xee], "{name}: write leaves the sink as it was");
                assert_eq!(value.to_vec(), Err(error), "{name}: to_vec");
                assert_eq!(value.encoded_len(), Err(error), "{name}: encoded_len");
                assert_eq!(value.sha256(), Err(error), "{name}: sha256");
                assert!(
                    matches!(value.to_writer(), Err(Error::StringTooLong { len: l }) if l == *len),
                    "{name}: to_writer"
                );
            }
        }
    }
    assert_eq!(too_long, 5, "the over-long strings the JVM refuses");
}

// ---------------------------------------------------------------------------------------------
// Randomized strings, floats and chars, sent to the JVM

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn char(&mut self) -> char {
        const EDGES: [u32; 12] = [
            0, 1, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x1_0000, 0x10_ffff,
        ];
        let code = match self.below(4) {
            0 => EDGES[usize::try_from(self.below(12)).unwrap()],
            1 => u32::try_from(self.below(0x80)).unwrap(),
            2 => u32::try_from(self.below(0x1_0000)).unwrap(),
            _ => u32::try_from(0x1_0000 + self.below(0x10_0000)).unwrap(),
        };
        char::from_u32(code).unwrap_or('\u{fffd}') // surrogates are not chars
    }

    fn string(&mut self) -> String {
        let len = match self.below(20) {
            0 => 16_000 + self.below(6_000), // around the 65535-byte limit
            _ => self.below(40),
        };
        (0..len).map(|_| self.char()).collect()
    }
}

#[test]
fn random_strings_floats_and_chars_match_the_jvm() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut input = String::new();
    let mut expected = Vec::new();
    for _ in 0..1500 {
        let value = rng.string();
        writeln!(input, "utf {}", hex(value.as_bytes())).unwrap();
        expected.push(match java::to_vec(&value) {
            Ok(bytes) => hex(&bytes),
            Err(Error::StringTooLong { .. }) => "ERR".to_owned(),
            Err(error) => panic!("unexpected {error}"),
        });
    }
    for _ in 0..1000 {
        // Biased towards NaNs, infinities, zeros and subnormals: exponent all ones or zeros.
        let bits = rng.next();
        let bits = match rng.below(3) {
            0 => bits | 0x7ff0_0000_0000_0000,
            1 => bits & 0x800f_ffff_ffff_ffff,
            _ => bits,
        };
        writeln!(input, "f64 {bits:016x}").unwrap();
        expected.push(hex(&java::to_vec(&f64::from_bits(bits)).unwrap()));
        let bits = u32::try_from(bits >> 32).unwrap();
        writeln!(input, "f32 {bits:08x}").unwrap();
        expected.push(hex(&java::to_vec(&f32::from_bits(bits)).unwrap()));
    }
    for _ in 0..1000 {
        let ch = rng.char();
        writeln!(input, "char {:08x}", u32::from(ch)).unwrap();
        expected.push(hex(&java::to_vec(&ch).unwrap()));
    }
    let output = run_java("JavaEcho", &input);
    let actual: Vec<&str> = output.lines().collect();
    assert_eq!(actual.len(), expected.len());
    for ((line, actual), expected) in input.lines().zip(actual).zip(&expected) {
        assert_eq!(actual, expected, "input {}", &line[..line.len().min(80)]);
    }
    assert!(
        expected.iter().any(|e| e == "ERR"),
        "some strings cross the limit"
    );
}

// ---------------------------------------------------------------------------------------------
// Derived types against their Java twins (java/test/Twins.java) written by the helper class

#[derive(ByteRepr)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(ByteRepr)]
struct Shape {
    name: String,
    origin: Point,
    corners: Vec<Point>,
    closed: bool,
    color: [u8; 3],
}

#[derive(ByteRepr)]
enum Event {
    Started,
    Moved {
        from: Point,
        to: Point,
    },
    Renamed(String),
    Tagged(Vec<String>, Option<u16>),
    #[byterepr(tag = 10)]
    Deleted {
        at: i64,
    },
}

#[derive(ByteRepr)]
struct Customer {
    id: u64,
    name: String,
    email: Option<String>,
    tags: BTreeSet<String>,
    scores: HashMap<String, f64>,
    vip: bool,
    initial: char,
}

#[derive(ByteRepr)]
struct Inventory {
    stock: HashMap<u32, Vec<Option<i64>>>,
    glyphs: HashSet<char>,
    last: Result<u8, String>,
    matrix: [[i16; 2]; 2],
    total: u128,
    delta: i128,
    ratio: f32,
}

#[derive(ByteRepr)]
#[byterepr(domain = "app.Reading")]
struct Reading(String, f64, Vec<i16>);

/// Evolving twins: `ByteRepr.writeBlock` and `ByteRepr.addedToWrite` in Java.
#[derive(ByteRepr)]
#[byterepr(evolving)]
struct Profile {
    id: u32,
    name: String,
    #[byterepr(added)]
    email: Option<String>,
    #[byterepr(added)]
    roles: Vec<String>,
    #[byterepr(added)]
    level: u8,
}

#[derive(ByteRepr)]
#[byterepr(evolving, domain = "app.Signal")]
enum Signal {
    Off,
    On {
        level: u8,
        #[byterepr(added)]
        note: Option<String>,
    },
}

// Their descriptions, for `vectors/java.json`.

vector_struct!(Point { x, y });
vector_struct!(Shape {
    name,
    origin,
    corners,
    closed,
    color
});
vector_struct!(Customer {
    id,
    name,
    email,
    tags,
    scores,
    vip,
    initial
});
vector_struct!(Inventory {
    stock,
    glyphs,
    last,
    matrix,
    total,
    delta,
    ratio
});
vector_struct!(Order {
    id,
    customer,
    lines,
    note,
    paid,
    created,
    status
});
vector_struct!(Line {
    sku,
    qty,
    price_cents,
    discount
});

impl Vector for Event {
    fn ty() -> Json {
        derived_enum(&[
            ("Started", 0, structure(vec![])),
            (
                "Moved",
                1,
                structure(vec![field::<Point>("from"), field::<Point>("to")]),
            ),
            ("Renamed", 2, structure(vec![field::<String>("0")])),
            (
                "Tagged",
                3,
                structure(vec![field::<Vec<String>>("0"), field::<Option<u16>>("1")]),
            ),
            ("Deleted", 10, structure(vec![field::<i64>("at")])),
        ])
    }
    fn json(&self) -> Json {
        match self {
            Self::Started => derived_variant("Started", vec![]),
            Self::Moved { from, to } => derived_variant("Moved", vec![from.json(), to.json()]),
            Self::Renamed(name) => derived_variant("Renamed", vec![name.json()]),
            Self::Tagged(tags, n) => derived_variant("Tagged", vec![tags.json(), n.json()]),
            Self::Deleted { at } => derived_variant("Deleted", vec![at.json()]),
        }
    }
}

impl Vector for Status {
    fn ty() -> Json {
        derived_enum(&[
            ("Open", 0, structure(vec![])),
            (
                "Shipped",
                1,
                structure(vec![field::<String>("carrier"), field::<i64>("at")]),
            ),
            (
                "Cancelled",
                2,
                structure(vec![field::<Option<String>>("0")]),
            ),
        ])
    }
    fn json(&self) -> Json {
        match self {
            Self::Open => derived_variant("Open", vec![]),
            Self::Shipped { carrier, at } => {
                derived_variant("Shipped", vec![carrier.json(), at.json()])
            }
            Self::Cancelled(why) => derived_variant("Cancelled", vec![why.json()]),
        }
    }
}

impl Vector for Reading {
    fn ty() -> Json {
        domain(
            "app.Reading",
            structure(vec![
                field::<String>("0"),
                field::<f64>("1"),
                field::<Vec<i16>>("2"),
            ]),
        )
    }
    fn json(&self) -> Json {
        Json::Array(vec![self.0.json(), self.1.json(), self.2.json()])
    }
}

impl Vector for Profile {
    fn ty() -> Json {
        evolving(
            vec![field::<u32>("id"), field::<String>("name")],
            vec![
                added::<Option<String>>("email"),
                added::<Vec<String>>("roles"),
                added::<u8>("level"),
            ],
        )
    }
    fn json(&self) -> Json {
        Json::Array(vec![
            self.id.json(),
            self.name.json(),
            self.email.json(),
            self.roles.json(),
            self.level.json(),
        ])
    }
}

impl Vector for Signal {
    fn ty() -> Json {
        domain(
            "app.Signal",
            derived_enum(&[
                ("Off", 0, evolving(vec![], vec![])),
                (
                    "On",
                    1,
                    evolving(
                        vec![field::<u8>("level")],
                        vec![added::<Option<String>>("note")],
                    ),
                ),
            ]),
        )
    }
    fn json(&self) -> Json {
        match self {
            Self::Off => derived_variant("Off", vec![]),
            Self::On { level, note } => derived_variant("On", vec![level.json(), note.json()]),
        }
    }
}

fn derived_cases() -> VectorCases {
    let a = || Point { x: 0, y: 0 };
    let b = || Point { x: -1, y: i32::MAX };
    let c = || Point { x: 3, y: 4 };
    let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let mut cases = vector_cases! {
        point_origin => a(),
        point_edges => b(),
        shape_triangle => Shape {
            name: "triangle".into(),
            origin: c(),
            corners: vec![a(), b(), c()],
            closed: true,
            color: [255, 0, 127],
        },
        shape_empty => Shape {
            name: String::new(),
            origin: a(),
            corners: vec![],
            closed: false,
            color: [0; 3],
        },
        event_started => Event::Started,
        event_moved => Event::Moved { from: a(), to: b() },
        event_renamed => Event::Renamed("n\0me 😀".into()),
        event_tagged_some => Event::Tagged(strings(&["red", "", "été"]), Some(u16::MAX)),
        event_tagged_none => Event::Tagged(vec![], None),
        event_deleted => Event::Deleted { at: -5 },
        customer_full => Customer {
            id: u64::MAX,
            name: "Zoë".into(),
            email: Some("zoe@example.org".into()),
            tags: strings(&["vip", "beta", "early"]).into_iter().collect(),
            scores: HashMap::from([
                ("speed".to_owned(), 0.75),
                ("zeal".to_owned(), -0.0),
                ("a".to_owned(), f64::NAN),
                ("accuracy".to_owned(), f64::from_bits(1)),
                ("€".to_owned(), 1e300),
            ]),
            vip: true,
            initial: emoji(),
        },
        customer_minimal => Customer {
            id: 0,
            name: "x".into(),
            email: None,
            tags: BTreeSet::new(),
            scores: HashMap::new(),
            vip: false,
            initial: 'x',
        },
        inventory_ok => Inventory {
            stock: HashMap::from([
                (u32::MAX, vec![Some(i64::MIN)]),
                (0, vec![]),
                (0x8000_0000, vec![None, Some(1)]),
                (7, vec![Some(-7), None]),
                (256, vec![None]),
            ]),
            glyphs: HashSet::from(['a', 'é', '€', emoji(), '\u{10FFFF}', '\0']),
            last: Ok(200),
            matrix: [[1, -1], [i16::MIN, i16::MAX]],
            total: u128::MAX,
            delta: i128::MIN,
            ratio: f32::NAN,
        },
        inventory_err => Inventory {
            stock: HashMap::new(),
            glyphs: HashSet::new(),
            last: Err("broken \0".into()),
            matrix: [[0; 2]; 2],
            total: 0,
            delta: -1,
            ratio: -0.0,
        },
    };
    cases.push((
        "reading_with_domain",
        Box::new(Reading("té".into(), -273.15, vec![1, -1])),
    ));
    let names: &[&'static str] = &[
        "order_0", "order_1", "order_2", "order_3", "order_4", "order_5", "order_6", "order_7",
        "order_8", "order_9", "order_10", "order_11",
    ];
    for (i, name) in (0..).zip(names) {
        cases.push((name, Box::new(order(i))));
    }
    cases.push(("order_9999", Box::new(order(9999))));
    cases.extend(evolving_cases());
    cases
}

/// The evolving twins' cases, after the others.
fn evolving_cases() -> VectorCases {
    let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    // The name's NUL is 2 bytes of modified UTF-8 and 1 canonical byte: the block length is
    // counted in Java bytes.
    let profile = |id, name: &str, email: Option<&str>, roles: &[&str], level| Profile {
        id,
        name: name.into(),
        email: email.map(Into::into),
        roles: strings(roles),
        level,
    };
    vec![
        ("profile_old", Box::new(profile(7, "Zoë\0", None, &[], 0))),
        (
            "profile_email",
            Box::new(profile(u32::MAX, "", Some("z@\0"), &[], 0)),
        ),
        (
            "profile_last_only",
            Box::new(profile(7, "Zoë\0", None, &[], 3)),
        ),
        (
            "profile_all",
            Box::new(profile(1, "a", Some("e"), &["admin", "€"], 255)),
        ),
        (
            "profile_list",
            Box::new(vec![
                profile(7, "Zoë\0", None, &[], 0),
                profile(7, "Zoë\0", None, &[], 3),
            ]),
        ),
        ("signal_off", Box::new(Signal::Off)),
        (
            "signal_on_old",
            Box::new(Signal::On {
                level: 9,
                note: None,
            }),
        ),
        (
            "signal_on_note",
            Box::new(Signal::On {
                level: 9,
                note: Some("😀".into()),
            }),
        ),
    ]
}

#[test]
fn java_helper_class_agrees_with_derived_types() {
    let output = run_java("HelperAgreement", "");
    let jvm: Vec<Vec<&str>> = output.lines().map(|l| l.split('\t').collect()).collect();
    let rust = derived_cases();
    let jvm_names: Vec<&str> = jvm.iter().map(|fields| fields[0]).collect();
    let rust_names: Vec<&str> = rust.iter().map(|(name, _)| *name).collect();
    assert_eq!(jvm_names, rust_names, "the two case lists differ");
    for (fields, (name, value)) in jvm.iter().zip(&rust) {
        let bytes = value.to_vec().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            hex(&bytes),
            fields[1],
            "{name}: bytes differ from the Java twin's"
        );
        let digest = value.sha256().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            hex(&digest),
            fields[2],
            "{name}: SHA-256 differs from the Java twin's"
        );
        assert_eq!(value.encoded_len(), Ok(bytes.len()), "{name}: encoded_len");
    }
}

// ---------------------------------------------------------------------------------------------
// Rules checked without a JVM: golden bytes derived from the DataOutputStream docs

#[test]
fn the_scala_example_holds() {
    let expected = [0x00, 0x03, 0x44, 0x53, 0x4c, 0x00, 0x00, 0x00, 0x20, 0x01];
    assert_eq!(java::to_vec(&("DSL", 32i32, true)).unwrap(), expected);
    // The same through a folding sink: three values written one after another.
    let mut sink = Java::new(Vec::new());
    "DSL".write_to(&mut sink).unwrap();
    32i32.write_to(&mut sink).unwrap();
    true.write_to(&mut sink).unwrap();
    assert_eq!(sink.into_inner(), expected);
}

#[test]
fn counts_above_i32_max_are_typed_errors() {
    // A Vec of 2^31 zero-sized values costs no memory; its count does not fit a Java int.
    let len = 1usize << 31;
    let huge = vec![(); len];
    assert_eq!(java::to_vec(&huge), Err(Error::LengthTooLarge { len }));
    assert_eq!(java::encoded_len(&huge), Err(Error::LengthTooLarge { len }));
    let mut out = vec![9u8];
    assert_eq!(
        java::extend_vec(&huge, &mut out),
        Err(Error::LengthTooLarge { len })
    );
    assert_eq!(out, [9], "extend_vec leaves the buffer as it was");
    // i32::MAX itself is a valid count.
    let mut sink = Java::new(Vec::new());
    byterepr::Sink::write_len(&mut sink, 0x7fff_ffff).unwrap();
    assert_eq!(sink.into_inner(), [0x7f, 0xff, 0xff, 0xff]);
    // An iterator announcing too many items fails before it is walked.
    let result = java::write_seq(Vec::new(), std::iter::repeat_n(0u8, len));
    assert_eq!(
        result,
        Err(byterepr::SeqError::Sink(Error::LengthTooLarge { len }))
    );
}

#[test]
fn sinks_that_fail_pass_their_error_through() {
    let mut buf = [0u8; 6];
    let mut sink = byterepr::SliceSink::new(&mut buf);
    let result = java::write(&("DSL", 32i32), &mut sink);
    assert!(matches!(
        result,
        Err(Error::Sink(byterepr::BufferFull { .. }))
    ));
}

#[test]
fn hash_map_order_does_not_depend_on_insertion_order() {
    let forward: HashMap<String, u32> = (0..200).map(|i| (format!("k{i}"), i)).collect();
    let backward: HashMap<String, u32> = (0..200).rev().map(|i| (format!("k{i}"), i)).collect();
    let bytes = java::to_vec(&forward).unwrap();
    assert_eq!(bytes, java::to_vec(&backward).unwrap());
    // Entries sorted by their Java bytes: "k0".."k9" (length 2) before "k10".. (length 3).
    assert_eq!(&bytes[..4], [0, 0, 0, 200]);
    assert_eq!(&bytes[4..8], [0, 2, b'k', b'0']);
}

// ---------------------------------------------------------------------------------------------
// java/README.md's worked example, run against the jar java/build-jar.sh builds

/// The Rust `Account` of java/README.md.
#[derive(ByteRepr)]
struct Account {
    id: u64,
    name: String,
    roles: Vec<String>,
    limit: Option<u32>,
    active: bool,
}

/// The text of the fenced block of `language` in `markdown` (the first one).
fn fenced_block<'a>(markdown: &'a str, language: &str) -> &'a str {
    let start = markdown
        .find(&format!("```{language}\n"))
        .unwrap_or_else(|| panic!("no {language} block"))
        + language.len()
        + 4;
    let len = markdown[start..].find("```").expect("a closing fence");
    &markdown[start..start + len]
}

#[test]
fn java_readme_example_hashes_like_rust_through_the_built_jar() {
    let account = Account {
        id: 7,
        name: "Ada".into(),
        roles: vec!["admin".into(), "ops".into()],
        limit: Some(1000),
        active: true,
    };
    let expected = hex(&java::sha256(&account).unwrap());
    let readme = std::fs::read_to_string(java_dir().join("README.md")).expect("read README");
    assert!(
        readme.contains(&format!("# {expected}")),
        "java/README.md shows the digest {expected}"
    );

    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("java-readme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create a work directory");
    let status = Command::new("bash")
        .arg(java_dir().join("build-jar.sh"))
        .arg(&dir)
        .stdout(Stdio::null())
        .status()
        .expect("run java/build-jar.sh");
    assert!(status.success(), "java/build-jar.sh failed");
    let jar = dir.join("byterepr-java.jar");
    std::fs::write(dir.join("Account.java"), fenced_block(&readme, "java"))
        .expect("write Account.java");
    let status = Command::new("javac")
        .arg("-cp")
        .arg(&jar)
        .arg("-d")
        .arg(&dir)
        .arg(dir.join("Account.java"))
        .status()
        .expect("run javac");
    assert!(
        status.success(),
        "javac failed on the README's Account.java"
    );
    let classpath = std::env::join_paths([&jar, &dir]).expect("a class path");
    let output = Command::new("java")
        .arg("-cp")
        .arg(classpath)
        .arg("Account")
        .output()
        .expect("run java");
    assert!(output.status.success(), "java Account failed");
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), expected);
    std::fs::remove_dir_all(&dir).expect("remove the work directory");
}
