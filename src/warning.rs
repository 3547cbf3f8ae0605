//! Warnings and reminders, their severities and spans.
//!
//! Rules work in byte offsets of the Rust string; the one conversion to
//! UTF-16 code units (what JavaScript and the highlight API count) happens
//! here, in [`Utf16Index`].

use serde::Serialize;
use serde_json::{Map, Value};

/// How much a warning matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Almost certainly harms the candidacy.
    Stop,
    /// Likely to hurt; worth a second look.
    Caution,
    /// Advice, shown quietly.
    Info,
}

impl Severity {
    /// The JSON name.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Stop => "stop",
            Severity::Caution => "caution",
            Severity::Info => "info",
        }
    }
}

/// A range of UTF-16 code units in the checked text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First unit.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
}

/// One warning or reminder (CONTRACT.md, "The answer").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    /// Rule id.
    pub rule: &'static str,
    /// Severity.
    pub severity: Severity,
    /// One-line title.
    pub title: String,
    /// What to do instead, in plain words.
    pub advice: String,
    /// The offending text, in UTF-16 units, or null.
    pub span: Option<Span>,
    /// The tracked person it refers to.
    pub person: Option<String>,
    /// The interview it refers to.
    pub interview: Option<String>,
    /// Rule-specific facts.
    pub facts: Map<String, Value>,
    /// Article letters (RULES.md).
    pub sources: &'static [&'static str],
    /// The company the warning is about, for mutes; not part of the answer.
    #[serde(skip)]
    pub company: Option<String>,
}

impl Warning {
    /// A warning with empty facts and no span, person or interview.
    pub fn new(
        rule: &'static str,
        severity: Severity,
        sources: &'static [&'static str],
        title: impl Into<String>,
        advice: impl Into<String>,
    ) -> Warning {
        Warning {
            rule,
            severity,
            title: title.into(),
            advice: advice.into(),
            span: None,
            person: None,
            interview: None,
            facts: Map::new(),
            sources,
            company: None,
        }
    }

    /// Adds a fact.
    pub fn fact(mut self, key: &str, value: impl Into<Value>) -> Warning {
        self.facts.insert(key.to_string(), value.into());
        self
    }
}

/// Sorts warnings in answer order: severity, span start (null last), span
/// end, rule id, person id.
pub fn sort_warnings(w: &mut [Warning]) {
    w.sort_by(|a, b| {
        let span_key = |s: &Option<Span>| match s {
            Some(s) => (0, s.start, s.end),
            None => (1, 0, 0),
        };
        a.severity
            .cmp(&b.severity)
            .then(span_key(&a.span).cmp(&span_key(&b.span)))
            .then(a.rule.cmp(b.rule))
            .then(a.person.cmp(&b.person))
    });
}

/// Sorts reminders: severity, then `facts.due` (null last), rule id, person id.
pub fn sort_reminders(w: &mut [Warning]) {
    w.sort_by(|a, b| {
        let due = |w: &Warning| {
            w.facts
                .get("due")
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let (da, db) = (due(a), due(b));
        let due_key = |d: &Option<String>| (d.is_none(), d.clone().unwrap_or_default());
        a.severity
            .cmp(&b.severity)
            .then(due_key(&da).cmp(&due_key(&db)))
            .then(a.rule.cmp(b.rule))
            .then(a.person.cmp(&b.person))
            .then(a.interview.cmp(&b.interview))
    });
}

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
pub struct Utf16Index<'a> {
    text: &'a str,
}

impl<'a> Utf16Index<'a> {
    /// An index over `text`.
    pub fn new(text: &'a str) -> Self {
        Utf16Index { text }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to a char boundary).
    pub fn unit(&self, byte: usize) -> usize {
        let mut b = byte.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        self.text[..b].encode_utf16().count()
    }

    /// A span from byte offsets.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let s = self.unit(start);
        let e = self.unit(end).max(s);
        Span { start: s, end: e }
    }
}

/// The answer to `check`: warnings in answer order.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Answer {
    /// The warnings.
    pub warnings: Vec<Warning>,
}

impl Answer {
    /// `{"warnings": [...]}` as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| r#"{"warnings":[]}"#.to_string())
    }
}

/// The answer to `reminders`.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Reminders {
    /// The reminders.
    pub reminders: Vec<Warning>,
}

impl Reminders {
    /// `{"reminders": [...]}` as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| r#"{"reminders":[]}"#.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs_as_two() {
        let t = "😀 Hi José";
        let idx = Utf16Index::new(t);
        let start = t.find("José").unwrap();
        let s = idx.span(start, t.len());
        assert_eq!(s, Span { start: 6, end: 10 });
        // Not on a char boundary: clamped back.
        assert_eq!(idx.unit(1), 0);
    }

    #[test]
    fn warnings_sort_by_severity_then_span() {
        let mut w = vec![
            Warning::new("b", Severity::Caution, &[], "", ""),
            Warning::new("a", Severity::Caution, &[], "", ""),
            Warning::new("z", Severity::Stop, &[], "", ""),
        ];
        w[0].span = Some(Span { start: 3, end: 4 });
        sort_warnings(&mut w);
        let ids: Vec<_> = w.iter().map(|w| w.rule).collect();
        assert_eq!(ids, ["z", "b", "a"]);
    }
}
