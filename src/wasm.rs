//! The WebAssembly facade the extension's service worker loads: JSON
//! strings in and out, errors as JavaScript exceptions (never traps).
//!
//! ```js
//! const engine = new Engine(logJson);          // throws Error naming the field
//! const answer = engine.check(eventJson);      // '{"warnings":[...]}'
//! const due = engine.reminders(nowRfc3339);    // '{"reminders":[...]}'
//! ```

use crate::{json, log::Log, people, rules, Event, Timestamp, SCHEMA_VERSION};
use wasm_bindgen::prelude::*;

/// An engine built for one log.
#[wasm_bindgen]
pub struct Engine {
    inner: crate::Engine,
}

#[wasm_bindgen]
impl Engine {
    /// Builds the engine; throws when the log is invalid (the message is
    /// the first problem, `path: what was expected`).
    #[wasm_bindgen(constructor)]
    pub fn new(log_json: &str) -> Result<Engine, JsError> {
        let log = Log::from_json(log_json).map_err(|p| JsError::new(&p.first_line()))?;
        let inner = crate::Engine::new(log).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Engine { inner })
    }

    /// Checks one event; returns `{"warnings": [...]}`.
    pub fn check(&self, event_json: &str) -> Result<String, JsError> {
        let event = Event::from_json(event_json).map_err(|p| JsError::new(&p.first_line()))?;
        Ok(self.inner.check(&event).to_json())
    }

    /// The reminders due at `now` (RFC 3339); returns `{"reminders": [...]}`.
    pub fn reminders(&self, now: &str) -> Result<String, JsError> {
        let now = Timestamp::parse(now).ok_or_else(|| {
            JsError::new(&format!(
                "now: expected an RFC 3339 time with an offset, got {now:?}"
            ))
        })?;
        Ok(self.inner.reminders(now).to_json())
    }

    /// The entries a sent email or direct message adds to the log's `sent`
    /// list (automatic logging); returns a JSON array, `[]` for anything
    /// that is not a message to a tracked person or company.
    pub fn sent_records(&self, event_json: &str) -> Result<String, JsError> {
        let event = Event::from_json(event_json).map_err(|p| JsError::new(&p.first_line()))?;
        serde_json::to_string(&self.inner.sent_records(&event))
            .map_err(|e| JsError::new(&e.to_string()))
    }
}

/// Every problem of a log, as a JSON array of strings (`[]` when valid).
#[wasm_bindgen]
pub fn validate_log(log_json: &str) -> String {
    let problems = match Log::from_json(log_json) {
        Ok(_) => Vec::new(),
        Err(p) => p.lines(),
    };
    serde_json::to_string(&problems).unwrap_or_else(|_| "[]".into())
}

/// The log brought up to the current schema version (JSON), or an error.
#[wasm_bindgen]
pub fn migrate_log(log_json: &str) -> Result<String, JsError> {
    let doc = json::parse_document(log_json).map_err(|p| JsError::new(&p.first_line()))?;
    let doc = crate::log::migrate(doc).map_err(|p| JsError::new(&p.first_line()))?;
    Ok(doc.to_string())
}

/// `{"rules": [...]}`.
#[wasm_bindgen]
pub fn rules() -> String {
    rules::rules_json()
}

/// The schema version this build reads and writes.
#[wasm_bindgen]
pub fn schema_version() -> u32 {
    SCHEMA_VERSION as u32
}

/// The normalised identities of the tracked people (`email:…`,
/// `profile:…`, `name:…`) as a JSON array, for the content scripts' hashed
/// index. An invalid log gives `[]`.
#[wasm_bindgen]
pub fn identity_keys(log_json: &str) -> String {
    let keys = Log::from_json(log_json)
        .map(|l| people::identity_keys(&l))
        .unwrap_or_default();
    serde_json::to_string(&keys).unwrap_or_else(|_| "[]".into())
}

/// The normalised identity of one profile URL, email or name (`kind` is
/// `profile`, `email` or `name`), or an empty string.
#[wasm_bindgen]
pub fn identity_key(kind: &str, raw: &str) -> String {
    let key = match kind {
        "profile" => people::profile_key(raw).map(|k| format!("profile:{k}")),
        "email" => people::email_key(raw).map(|k| format!("email:{k}")),
        "name" => people::name_key(raw).map(|k| format!("name:{k}")),
        _ => None,
    };
    key.unwrap_or_default()
}
