//! `url::Url`: its serialization, which is what its `Eq` compares (a parsed URL is already
//! normalised: `HTTP://Example.com` parses to `http://example.com/`).

use ::url::Url;

encodes_as! {
    /// As `str`: the serialization (`Url::as_str`).
    [] Url as str => |this| this.as_str();
}
