//! Reading JSON input field by field, collecting every problem with its path.
//!
//! The log and events are read from `serde_json::Value` by hand rather than
//! by derive, so that `validate` can report *every* problem, each naming its
//! field (`interviews[2].at: expected …, got "tomorrow"`).

use crate::calendar::{Date, Timestamp};
use serde_json::{Map, Value};
use std::fmt;

/// One problem in an input document: where, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field path, e.g. `interviews[2].at` (empty for the whole document).
    pub path: String,
    /// What was expected and what was found.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

impl Problems {
    /// The problems as lines (`path: message`).
    pub fn lines(&self) -> Vec<String> {
        self.0.iter().map(|p| p.to_string()).collect()
    }

    /// The first problem, for one-line error messages.
    pub fn first_line(&self) -> String {
        self.0
            .first()
            .map(|p| p.to_string())
            .unwrap_or_else(|| "invalid input".to_string())
    }
}

/// Replaces escaped lone UTF-16 surrogates (`"\ud800"`) with `\ufffd`, so
/// that text copied from a browser always parses. Lengths in UTF-16 code
/// units stay the same: one unit is replaced by one unit.
pub fn repair_lone_surrogates(src: &str) -> std::borrow::Cow<'_, str> {
    if !src.contains("\\u") && !src.contains("\\U") {
        return std::borrow::Cow::Borrowed(src);
    }
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let mut last = 0;
    let hex4 = |at: usize| -> Option<u32> {
        let s = src.get(at..at + 4)?;
        if s.bytes().all(|c| c.is_ascii_hexdigit()) {
            u32::from_str_radix(s, 16).ok()
        } else {
            None
        }
    };
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if i + 1 >= b.len() {
            break;
        }
        if b[i + 1] != b'u' {
            i += 2;
            continue;
        }
        let Some(unit) = hex4(i + 2) else {
            i += 2;
            continue;
        };
        let is_high = (0xD800..0xDC00).contains(&unit);
        let is_low = (0xDC00..0xE000).contains(&unit);
        if is_high {
            let pair_ok = b.get(i + 6) == Some(&b'\\')
                && b.get(i + 7) == Some(&b'u')
                && hex4(i + 8).is_some_and(|u| (0xDC00..0xE000).contains(&u));
            if pair_ok {
                i += 12;
                continue;
            }
        }
        if is_high || is_low {
            out.push_str(&src[last..i]);
            out.push_str("\\ufffd");
            i += 6;
            last = i;
            continue;
        }
        i += 6;
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(src);
    }
    out.push_str(&src[last..]);
    std::borrow::Cow::Owned(out)
}

/// Parses a JSON document, with lone surrogates repaired.
pub fn parse_document(src: &str) -> Result<Value, Problems> {
    let src = repair_lone_surrogates(src);
    serde_json::from_str(&src).map_err(|e| {
        Problems(vec![Problem {
            path: String::new(),
            message: format!("not valid JSON: {e}"),
        }])
    })
}

/// Short description of a JSON value for error messages.
pub fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let mut t: String = s.chars().take(40).collect();
            if s.chars().count() > 40 {
                t.push('…');
            }
            format!("{t:?}")
        }
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// Collects problems while reading.
#[derive(Default)]
pub struct Reader {
    /// Problems so far.
    pub problems: Vec<Problem>,
}

impl Reader {
    /// Records a problem.
    pub fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    /// The object at `path`, or a problem.
    pub fn object<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
        match v {
            Value::Object(m) => Some(m),
            other => {
                self.problem(path, format!("expected an object, got {}", describe(other)));
                None
            }
        }
    }

    /// A required string field.
    pub fn req_str(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let p = join(path, key);
        match obj.get(key) {
            None | Some(Value::Null) => {
                self.problem(&p, "required, missing");
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                self.problem(&p, format!("expected a string, got {}", describe(other)));
                None
            }
        }
    }

    /// An optional string field (missing or null → None).
    pub fn opt_str(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                self.problem(
                    &join(path, key),
                    format!("expected a string, got {}", describe(other)),
                );
                None
            }
        }
    }

    /// An optional boolean (default `false`).
    pub fn opt_bool(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> bool {
        match obj.get(key) {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.problem(
                    &join(path, key),
                    format!("expected true or false, got {}", describe(other)),
                );
                false
            }
        }
    }

    /// An optional list of strings (default empty).
    pub fn str_list(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Vec<String> {
        let p = join(path, key);
        match obj.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) => out.push(s.clone()),
                        other => self.problem(
                            &format!("{p}[{i}]"),
                            format!("expected a string, got {}", describe(other)),
                        ),
                    }
                }
                out
            }
            Some(other) => {
                self.problem(
                    &p,
                    format!("expected a list of strings, got {}", describe(other)),
                );
                Vec::new()
            }
        }
    }

    /// An optional list of values (default empty).
    pub fn list<'a>(&mut self, obj: &'a Map<String, Value>, path: &str, key: &str) -> &'a [Value] {
        match obj.get(key) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.problem(
                    &join(path, key),
                    format!("expected a list, got {}", describe(other)),
                );
                &[]
            }
        }
    }

    /// A required RFC 3339 time with an offset.
    pub fn req_time(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<Timestamp> {
        let p = join(path, key);
        match obj.get(key) {
            None | Some(Value::Null) => {
                self.problem(&p, "required, missing");
                None
            }
            Some(Value::String(s)) => match Timestamp::parse(s) {
                Some(t) => Some(t),
                None => {
                    self.problem(
                        &p,
                        format!(
                            "expected an RFC 3339 time with an offset, got {}",
                            describe(&Value::String(s.clone()))
                        ),
                    );
                    None
                }
            },
            Some(other) => {
                self.problem(
                    &p,
                    format!(
                        "expected an RFC 3339 time with an offset, got {}",
                        describe(other)
                    ),
                );
                None
            }
        }
    }

    /// An optional `YYYY-MM-DD` date.
    pub fn opt_date(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<Date> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.is_empty() => None,
            Some(Value::String(s)) => {
                let d = Date::parse(s);
                if d.is_none() {
                    self.problem(
                        &join(path, key),
                        format!(
                            "expected a date YYYY-MM-DD, got {}",
                            describe(&Value::String(s.clone()))
                        ),
                    );
                }
                d
            }
            Some(other) => {
                self.problem(
                    &join(path, key),
                    format!("expected a date YYYY-MM-DD, got {}", describe(other)),
                );
                None
            }
        }
    }

    /// An optional enum field: `values` lists the accepted strings; a missing
    /// field gives `default`.
    pub fn opt_enum<T: Copy>(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        values: &[(&str, T)],
        default: T,
    ) -> T {
        match obj.get(key) {
            None | Some(Value::Null) => default,
            Some(v) => self
                .enum_value(v, &join(path, key), values)
                .unwrap_or(default),
        }
    }

    /// A required enum field.
    pub fn req_enum<T: Copy>(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        values: &[(&str, T)],
    ) -> Option<T> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                self.problem(&join(path, key), "required, missing");
                None
            }
            Some(v) => self.enum_value(v, &join(path, key), values),
        }
    }

    /// One enum value.
    pub fn enum_value<T: Copy>(
        &mut self,
        v: &Value,
        path: &str,
        values: &[(&str, T)],
    ) -> Option<T> {
        if let Value::String(s) = v {
            if let Some((_, t)) = values.iter().find(|(name, _)| name == s) {
                return Some(*t);
            }
        }
        let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
        self.problem(
            path,
            format!("expected one of {}, got {}", names.join(" | "), describe(v)),
        );
        None
    }
}

/// `path.key`, or `key` at the top.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let v = parse_document(r#"{"t": "a\ud800b"}"#).unwrap();
        assert_eq!(v["t"], "a\u{fffd}b");
        let v = parse_document(r#"{"t": "\udc00"}"#).unwrap();
        assert_eq!(v["t"], "\u{fffd}");
        // A valid pair is kept.
        let v = parse_document(r#"{"t": "\ud83d\ude00"}"#).unwrap();
        assert_eq!(v["t"], "😀");
        // An escaped backslash followed by "ud800" is plain text.
        let v = parse_document(r#"{"t": "\\ud800"}"#).unwrap();
        assert_eq!(v["t"], "\\ud800");
        // A high surrogate followed by another high one.
        let v = parse_document(r#"{"t": "\ud800\ud800\udc00"}"#).unwrap();
        assert_eq!(v["t"], "\u{fffd}\u{10000}");
    }

    #[test]
    fn bad_json_is_a_problem_not_a_panic() {
        assert!(parse_document("{").is_err());
        assert!(parse_document("").is_err());
        let deep = "[".repeat(100_000);
        assert!(parse_document(&deep).is_err());
    }
}
