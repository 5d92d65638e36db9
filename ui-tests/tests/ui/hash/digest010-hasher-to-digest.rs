// A hasher of the `digest` 0.10 line (sha2 0.10) given to `byterepr::digest`, which takes the
// 0.11 line: the message names the feature and helper that take it.
fn main() {
    let _ = byterepr::digest::<sha2_010::Sha256>(&1u8);
}
