//! Compile errors of `#[derive(ByteRepr)]`: every case under `tests/ui/<category>/` must fail
//! to compile with exactly the message in its `.stderr`. Regenerate with
//! `TRYBUILD=overwrite cargo test -p byterepr-ui-tests`, then read every diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*/*.rs");
}
