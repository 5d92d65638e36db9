//! An HTTP `ETag` for a response: a strong validator computed from the canonical bytes of the
//! derived response type, so it changes exactly when the representation changes, and is the
//! same on every server replica.
//!
//! Run with `cargo run --example etag`.

use byterepr::ByteRepr;
use byterepr::hash::Hex;

#[derive(ByteRepr, Clone)]
enum Role {
    Reader,
    Editor { since: u32 },
}

/// The JSON body a `GET /users/{id}` would serialise; the `ETag` covers exactly these fields.
#[derive(ByteRepr, Clone)]
#[byterepr(domain = "api.UserResponse.v1")]
struct UserResponse {
    id: u64,
    name: String,
    email: Option<String>,
    roles: Vec<Role>,
    /// Request-scoped, not part of the representation: it must not change the `ETag`.
    #[byterepr(skip)]
    request_id: String,
}

/// A strong `ETag`: 128 bits of the SHA-256 in hex, quoted, as the header wants it.
fn etag(response: &UserResponse) -> String {
    let digest = byterepr::sha256(response);
    format!("\"{}\"", Hex(&digest[..16]))
}

/// What a handler answers: `304 Not Modified` when the client's copy is current.
fn respond(response: &UserResponse, if_none_match: Option<&str>) -> (u16, String) {
    let tag = etag(response);
    let status = match if_none_match {
        Some(seen) if seen == tag => 304,
        _ => 200,
    };
    println!("[{}] {status}", response.request_id);
    (status, tag)
}

fn main() {
    let user = UserResponse {
        id: 42,
        name: "Ada".into(),
        email: Some("ada@example.com".into()),
        roles: vec![Role::Reader, Role::Editor { since: 2024 }],
        request_id: "req-1".into(),
    };

    let (status, tag) = respond(&user, None);
    println!("{status} ETag: {tag}");
    assert_eq!(status, 200);
    assert_eq!(tag.len(), 2 + 32);

    // Another request for the same representation: same ETag, so 304.
    let replay = UserResponse {
        request_id: "req-2".into(),
        ..user.clone()
    };
    let (status, _) = respond(&replay, Some(&tag));
    println!("{status} for an unchanged user");
    assert_eq!(status, 304);

    // The representation changed: a new ETag, so a full 200.
    let renamed = UserResponse {
        name: "Ada L.".into(),
        ..user
    };
    let (status, new_tag) = respond(&renamed, Some(&tag));
    println!("{status} ETag: {new_tag} after a rename");
    assert_eq!(status, 200);
    assert_ne!(new_tag, tag);
}
