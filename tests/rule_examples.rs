//! Every documented example of every rule runs here: an example marked to
//! fire must give exactly one warning of that rule with that severity, an
//! unmarked one none. The examples are checked against `tests/corpus/log.json`.

use interview_guard::rules::{self, RuleKind};
use interview_guard::{Engine, Event, Log, Timestamp};

fn engine() -> Engine {
    Engine::new(Log::from_json(include_str!("corpus/log.json")).unwrap()).unwrap()
}

/// The example log with an example's top-level fields replaced.
fn engine_with(patch: &str) -> Engine {
    let mut log: serde_json::Value = serde_json::from_str(include_str!("corpus/log.json")).unwrap();
    let patch: serde_json::Value = serde_json::from_str(patch).expect("example log patch is JSON");
    for (k, v) in patch.as_object().expect("example log patch is an object") {
        log[k] = v.clone();
    }
    Engine::new(Log::from_json(&log.to_string()).expect("patched example log is valid")).unwrap()
}

#[test]
fn every_rule_example_behaves_as_documented() {
    let engine = engine();
    let mut failures = Vec::new();
    let mut count = 0;
    for meta in rules::all() {
        assert!(
            meta.examples.iter().any(|e| e.fires.is_some())
                && meta.examples.iter().any(|e| e.fires.is_none()),
            "{} needs examples that fire and look-alikes that do not",
            meta.id
        );
        for ex in meta.examples {
            count += 1;
            let patched;
            let engine = if ex.log_patch.is_empty() {
                &engine
            } else {
                patched = engine_with(ex.log_patch);
                &patched
            };
            let found: Vec<_> = match meta.kind {
                RuleKind::Warning => {
                    let event = Event::from_json(ex.input)
                        .unwrap_or_else(|e| panic!("{}: bad example event: {e}", meta.id));
                    engine.check(&event).warnings
                }
                RuleKind::Reminder => {
                    let now = Timestamp::parse(ex.input).expect("example time");
                    engine.reminders(now).reminders
                }
            };
            let mine: Vec<_> = found.iter().filter(|w| w.rule == meta.id).collect();
            let ok = match ex.fires {
                // Reminders may fire for several interviews; one is enough.
                Some(sev) if meta.kind == RuleKind::Reminder => {
                    mine.iter().any(|w| w.severity == sev)
                }
                Some(sev) => mine.len() == 1 && mine[0].severity == sev,
                None => mine.is_empty(),
            };
            if !ok {
                failures.push(format!(
                    "{} — {} (expected {:?}): got {:?}",
                    meta.id,
                    ex.note,
                    ex.fires,
                    mine.iter()
                        .map(|w| (w.severity, &w.title))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{count} examples, failures:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_contract_example_answers_exactly() {
    let log = Log::from_json(
        r#"{
  "version": 1,
  "interviews": [{
    "id": "i1", "company": "Acme Corp", "company_aliases": ["Acme"], "company_domains": ["acme.com"],
    "role": "Backend Engineer", "stage": "phone_screen", "format": "video",
    "at": "2026-11-20T15:00:00-05:00", "duration_minutes": 60, "interviewer_ids": ["p1"],
    "decision_expected_by": "2026-12-01", "quick_decision": false, "preferred_channel": "any",
    "status": "open", "salary_expectation": {"amount": 120000, "currency": "USD", "period": "year"},
    "notes": ""
  }],
  "people": [{
    "id": "p1", "name": "Jane Doe", "title": "Engineering Manager", "company": "Acme Corp",
    "emails": ["jane.doe@acme.com"],
    "profiles": ["https://www.linkedin.com/in/janedoe", "https://x.com/janedoe"],
    "invited_to_connect": false
  }],
  "sent": [{"to": "p1", "interview_id": "i1", "at": "2026-11-20T19:30:00-05:00", "channel": "email",
            "kind": "thank_you", "text": "optional"},
           {"company": "Acme Corp", "address": "careers@acme.com", "at": "2026-11-28T10:00:00-05:00",
            "channel": "email", "kind": "follow_up"}],
  "views": [{"person": "p1", "site": "linkedin", "at": "2026-11-21T08:00:00-05:00"}],
  "settings": {"weekend": ["sat", "sun"], "muted": [], "sites": {"linkedin": true}}
}"#,
    )
    .unwrap();
    let engine = Engine::new(log).unwrap();
    let event = Event::from_json(
        r#"{"kind": "compose", "site": "gmail", "surface": "email",
 "to": ["jane.doe@acme.com"], "subject": "Checking in",
 "text": "Hi Jane, is there any update on the role?",
 "at": "2026-11-24T09:00:00-05:00"}"#,
    )
    .unwrap();
    let answer: serde_json::Value = serde_json::from_str(&engine.check(&event).to_json()).unwrap();
    let w = &answer["warnings"][0];
    assert_eq!(answer["warnings"].as_array().unwrap().len(), 1, "{answer}");
    assert_eq!(w["rule"], "follow-up-too-soon");
    assert_eq!(w["severity"], "caution");
    assert_eq!(w["title"], "Too soon to ask for an update");
    assert_eq!(w["span"], serde_json::json!({"start": 9, "end": 41}));
    assert_eq!(w["person"], "p1");
    assert_eq!(w["interview"], "i1");
    assert_eq!(w["facts"]["earliest"], "2026-12-02");
    assert_eq!(w["sources"], serde_json::json!(["A", "C", "E"]));
    let keys: Vec<&str> = w.as_object().unwrap().keys().map(String::as_str).collect();
    for k in [
        "rule",
        "severity",
        "title",
        "advice",
        "span",
        "person",
        "interview",
        "facts",
        "sources",
    ] {
        assert!(keys.contains(&k), "missing {k}");
    }
}

#[test]
fn rules_json_lists_every_rule_with_docs() {
    let v: serde_json::Value = serde_json::from_str(&rules::rules_json()).unwrap();
    let list = v["rules"].as_array().unwrap();
    assert_eq!(list.len(), rules::all().count());
    for r in list {
        for k in [
            "id",
            "kind",
            "severities",
            "title",
            "sources",
            "facts",
            "docs",
        ] {
            assert!(r.get(k).is_some(), "{r} lacks {k}");
        }
        assert!(r["docs"].as_str().unwrap().contains("Fires on:"));
    }
}
