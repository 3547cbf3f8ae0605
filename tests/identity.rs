//! The identity keys the extension's content scripts hash must be the same
//! in Rust and in JavaScript: both check `tests/fixtures/identity-vectors.json`.

use interview_guard::people::{email_key, name_key, profile_key};

#[test]
fn identity_keys_match_the_shared_vectors() {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/identity-vectors.json")).unwrap();
    let mut failures = Vec::new();
    for case in v.as_array().unwrap() {
        let (kind, input) = (
            case["kind"].as_str().unwrap(),
            case["input"].as_str().unwrap(),
        );
        let got = match kind {
            "email" => email_key(input).map(|k| format!("email:{k}")),
            "profile" => profile_key(input).map(|k| format!("profile:{k}")),
            "name" => name_key(input).map(|k| format!("name:{k}")),
            other => panic!("unknown kind {other}"),
        };
        let want = case["key"]
            .as_str()
            .filter(|k| !k.is_empty())
            .map(str::to_string);
        if got != want {
            failures.push(format!("{kind} {input:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
