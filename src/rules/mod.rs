//! The rule catalogue: one rule per file, each with its metadata, its
//! documentation and examples that run as tests (`tests/rule_examples.rs`
//! and each file's own tests).
//!
//! A rule registers itself by appearing once in [`WARNING_RULES`] or
//! [`REMINDER_RULES`]; `interview-guard rules` and the README's rule index
//! are generated from these tables.

use crate::engine::{CheckContext, RemindContext};
use crate::warning::{Severity, Warning};
use serde::Serialize;

/// An example email event (JSON) sent on Tuesday 24 November 2026 at
/// 10:00 New York time, with or without a subject.
macro_rules! example_email {
    ($to:literal, $text:literal) => {
        concat!(
            r#"{"kind":"compose","site":"gmail","surface":"email","to":[""#,
            $to,
            r#""],"text":""#,
            $text,
            r#"","at":"2026-11-24T10:00:00-05:00"}"#
        )
    };
    ($to:literal, $subject:literal, $text:literal) => {
        concat!(
            r#"{"kind":"compose","site":"gmail","surface":"email","to":[""#,
            $to,
            r#""],"subject":""#,
            $subject,
            r#"","text":""#,
            $text,
            r#"","at":"2026-11-24T10:00:00-05:00"}"#
        )
    };
}

/// An example thank-you email (subject "Thank you"), as [`example_email!`].
macro_rules! thank_you_email {
    ($to:literal, $text:literal) => {
        example_email!($to, "Thank you", $text)
    };
}

/// An example LinkedIn direct message (JSON), sent at the same time.
macro_rules! example_dm {
    ($to:literal, $text:literal) => {
        concat!(
            r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":[""#,
            $to,
            r#""],"text":""#,
            $text,
            r#"","at":"2026-11-24T10:00:00-05:00"}"#
        )
    };
}

pub mod angry_rejection;
pub mod collect_details;
pub mod connect_interviewer;
pub mod demands;
pub mod duplicate_note;
pub mod follow_up_overload;
pub mod follow_up_too_soon;
pub mod follow_up_window;
pub mod gift;
pub mod in_person_visit;
pub mod interviewer_activity;
pub mod keep_searching;
pub mod notify_references;
pub mod premature_resignation;
pub mod public_brag;
pub mod public_vent;
pub mod recipients;
pub mod romantic_advance;
pub mod salary_jump;
pub mod thank_you_due;
pub mod timing;
pub mod too_casual;
pub mod typo;
pub mod uninvited_contact;
pub mod words;
pub mod wrong_channel;
pub mod wrong_company;
pub mod wrong_name;

/// Whether a rule checks events or computes reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleKind {
    /// Checks an event and returns warnings.
    Warning,
    /// Computed from the log at a time.
    Reminder,
}

/// One documented example: an event (JSON, against the example log
/// `tests/corpus/log.json`) and whether the rule fires on it.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// Whether the rule must fire (with this severity) or stay silent (None).
    pub fires: Option<Severity>,
    /// For warnings: the event JSON. For reminders: the time (`now`).
    pub input: &'static str,
    /// What the example shows.
    pub note: &'static str,
    /// Top-level fields that replace those of the example log for this
    /// example (a JSON object), or "" for none.
    pub log_patch: &'static str,
}

impl Example {
    /// An example that fires with `severity`.
    pub const fn fires(severity: Severity, input: &'static str, note: &'static str) -> Example {
        Example {
            fires: Some(severity),
            input,
            note,
            log_patch: "",
        }
    }

    /// An example that must not fire.
    pub const fn silent(input: &'static str, note: &'static str) -> Example {
        Example {
            fires: None,
            input,
            note,
            log_patch: "",
        }
    }

    /// The same example against the example log with some fields replaced.
    pub const fn with_log(self, log_patch: &'static str) -> Example {
        Example { log_patch, ..self }
    }
}

/// What a rule is (the `rules` command prints these).
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id.
    pub id: &'static str,
    /// Warning or reminder.
    pub kind: RuleKind,
    /// Severities it can give.
    pub severities: &'static [Severity],
    /// One-line title.
    pub title: &'static str,
    /// Article letters.
    pub sources: &'static [&'static str],
    /// Keys it puts in `facts`.
    pub facts: &'static [&'static str],
    /// What it checks, in plain words (Markdown).
    pub docs: &'static str,
    /// Examples that run as tests.
    pub examples: &'static [Example],
}

/// A rule that checks events.
pub type CheckFn = fn(&CheckContext<'_>, &mut Vec<Warning>);
/// A rule that computes reminders.
pub type RemindFn = fn(&RemindContext<'_>, &mut Vec<Warning>);

/// Every rule that checks events, in catalogue order.
pub const WARNING_RULES: &[(&RuleMeta, CheckFn)] = &[
    (&connect_interviewer::META, connect_interviewer::check),
    (&interviewer_activity::META, interviewer_activity::check),
    (&romantic_advance::META, romantic_advance::check),
    (&public_vent::META, public_vent::check),
    (&public_brag::META, public_brag::check),
    (&follow_up_too_soon::META, follow_up_too_soon::check),
    (&follow_up_overload::META, follow_up_overload::check),
    (&wrong_channel::META, wrong_channel::check),
    (&uninvited_contact::META, uninvited_contact::check),
    (&duplicate_note::META, duplicate_note::check),
    (&salary_jump::META, salary_jump::check),
    (&angry_rejection::META, angry_rejection::check),
    (&typo::META, typo::check),
    (&too_casual::META, too_casual::check),
    (&wrong_name::META, wrong_name::check),
    (&wrong_company::META, wrong_company::check),
    (&demands::META, demands::check),
    (&gift::META, gift::check),
    (&in_person_visit::META, in_person_visit::check),
    (&premature_resignation::META, premature_resignation::check),
];

/// Every reminder, in catalogue order.
pub const REMINDER_RULES: &[(&RuleMeta, RemindFn)] = &[
    (&thank_you_due::META, thank_you_due::remind),
    (&follow_up_window::META, follow_up_window::remind),
    (&notify_references::META, notify_references::remind),
    (&keep_searching::META, keep_searching::remind),
    (&collect_details::META, collect_details::remind),
];

/// Every rule's metadata.
pub fn all() -> impl Iterator<Item = &'static RuleMeta> {
    WARNING_RULES
        .iter()
        .map(|(m, _)| *m)
        .chain(REMINDER_RULES.iter().map(|(m, _)| *m))
}

/// Whether `id` names a rule of this build or of the catalogue (RULES.md),
/// so that a mute saved for a rule this build does not implement yet is kept.
pub fn is_known_id(id: &str) -> bool {
    all().any(|m| m.id == id) || CATALOGUE_IDS.contains(&id)
}

/// Every rule id in RULES.md, implemented or not.
pub const CATALOGUE_IDS: &[&str] = &[
    "connect-interviewer",
    "interviewer-activity",
    "romantic-advance",
    "public-vent",
    "public-brag",
    "follow-up-too-soon",
    "follow-up-overload",
    "wrong-channel",
    "uninvited-contact",
    "too-casual",
    "wrong-name",
    "wrong-company",
    "typo",
    "duplicate-note",
    "demands",
    "salary-jump",
    "gift",
    "in-person-visit",
    "angry-rejection",
    "premature-resignation",
    "thank-you-due",
    "follow-up-window",
    "notify-references",
    "keep-searching",
    "collect-details",
];

#[derive(Serialize)]
struct RuleJson<'a> {
    id: &'a str,
    kind: RuleKind,
    severities: &'a [Severity],
    title: &'a str,
    sources: &'a [&'a str],
    facts: &'a [&'a str],
    docs: String,
}

/// The documentation of one rule with its examples, as Markdown.
pub fn docs_with_examples(m: &RuleMeta) -> String {
    let mut s = m.docs.trim().to_string();
    let text_of = |input: &str| -> String {
        let v: serde_json::Value = serde_json::from_str(input).unwrap_or_default();
        v.get("text")
            .or_else(|| v.get("note"))
            .and_then(|t| t.as_str())
            .map(str::to_string)
            .unwrap_or_else(|| input.to_string())
    };
    let fires: Vec<_> = m.examples.iter().filter(|e| e.fires.is_some()).collect();
    let silent: Vec<_> = m.examples.iter().filter(|e| e.fires.is_none()).collect();
    if !fires.is_empty() {
        s.push_str("\n\nFires on:\n");
        for e in fires {
            let sev = e.fires.map(Severity::name).unwrap_or("");
            s.push_str(&format!("- ({sev}) {} — “{}”\n", e.note, text_of(e.input)));
        }
    }
    if !silent.is_empty() {
        s.push_str("\nStays silent on:\n");
        for e in silent {
            s.push_str(&format!("- {} — “{}”\n", e.note, text_of(e.input)));
        }
    }
    s
}

/// `{"rules": [...]}` for the CLI and the extension.
pub fn rules_json() -> String {
    let list: Vec<RuleJson<'_>> = all()
        .map(|m| RuleJson {
            id: m.id,
            kind: m.kind,
            severities: m.severities,
            title: m.title,
            sources: m.sources,
            facts: m.facts,
            docs: docs_with_examples(m),
        })
        .collect();
    serde_json::to_string(&serde_json::json!({ "rules": list }))
        .unwrap_or_else(|_| r#"{"rules":[]}"#.to_string())
}
