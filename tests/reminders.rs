//! notify-references, collect-details and keep-searching at their edges.

use interview_guard::{Engine, Log, Timestamp, Warning};
use serde_json::{json, Value};

fn engine(interviews: Value) -> Engine {
    let log = json!({"version": 1, "interviews": interviews,
        "people": [{"id": "p1", "name": "Jane Doe", "title": "Engineering Manager"},
                   {"id": "p2", "name": "Sam Lee"}]});
    Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap()
}

fn due(e: &Engine, now: &str, rule: &str) -> Vec<Warning> {
    e.reminders(Timestamp::parse(now).unwrap())
        .reminders
        .into_iter()
        .filter(|r| r.rule == rule)
        .collect()
}

fn iv(id: &str, company: &str, at: &str, stage: &str, extra: Value) -> Value {
    let mut v =
        json!({"id": id, "company": company, "at": at, "stage": stage, "interviewer_ids": ["p1"]});
    v.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    v
}

#[test]
fn references_are_warned_until_the_process_leaves_open() {
    let open = engine(json!([iv(
        "a",
        "Acme",
        "2026-11-30T10:00:00Z",
        "final_round",
        json!({})
    )]));
    assert!(
        due(&open, "2026-11-10T10:00:00Z", "notify-references").is_empty(),
        "three weeks ahead"
    );
    assert_eq!(
        due(&open, "2026-11-24T10:00:00Z", "notify-references").len(),
        1,
        "the week before"
    );
    assert_eq!(
        due(&open, "2026-12-05T10:00:00Z", "notify-references").len(),
        1,
        "after it, still open"
    );
    let offer = engine(json!([iv(
        "a",
        "Acme",
        "2026-11-20T10:00:00Z",
        "final_round",
        json!({"status": "offer_verbal"})
    )]));
    assert!(due(&offer, "2026-11-24T10:00:00Z", "notify-references").is_empty());
    let early = engine(json!([iv(
        "a",
        "Acme",
        "2026-11-20T10:00:00Z",
        "phone_screen",
        json!({})
    )]));
    assert!(due(&early, "2026-11-24T10:00:00Z", "notify-references").is_empty());
}

#[test]
fn details_are_asked_for_around_the_interview() {
    let e = engine(json!([iv(
        "a",
        "Acme",
        "2026-11-20T10:00:00Z",
        "first_round",
        json!({"interviewer_ids": ["p2"]})
    )]));
    assert!(
        due(&e, "2026-11-18T09:59:00Z", "collect-details").is_empty(),
        "more than 48 hours before"
    );
    let r = due(&e, "2026-11-18T10:01:00Z", "collect-details");
    assert_eq!(r[0].facts["missing"], json!(["titles", "decision_date"]));
    assert!(
        due(&e, "2026-11-27T10:01:00Z", "collect-details").is_empty(),
        "more than 7 days after"
    );
    let complete = engine(json!([iv(
        "a",
        "Acme",
        "2026-11-20T10:00:00Z",
        "first_round",
        json!({"decision_expected_by": "2026-12-01"})
    )]));
    assert!(due(&complete, "2026-11-21T10:00:00Z", "collect-details").is_empty());
    let nobody = engine(json!([iv(
        "a",
        "Acme",
        "2026-11-20T10:00:00Z",
        "first_round",
        json!({"interviewer_ids": [], "quick_decision": true})
    )]));
    assert_eq!(
        due(&nobody, "2026-11-21T10:00:00Z", "collect-details")[0].facts["missing"],
        json!(["interviewers"])
    );
}

#[test]
fn keep_searching_needs_exactly_one_quiet_open_process() {
    let one = engine(json!([iv(
        "a",
        "Acme",
        "2026-11-01T10:00:00Z",
        "first_round",
        json!({})
    )]));
    assert!(
        due(&one, "2026-11-14T10:00:00Z", "keep-searching").is_empty(),
        "13 days"
    );
    assert_eq!(
        due(&one, "2026-11-15T10:00:00Z", "keep-searching").len(),
        1,
        "14 days"
    );
    let two = engine(json!([
        iv(
            "a",
            "Acme",
            "2026-11-01T10:00:00Z",
            "first_round",
            json!({})
        ),
        iv(
            "b",
            "Globex",
            "2026-10-20T10:00:00Z",
            "first_round",
            json!({})
        )
    ]));
    assert!(
        due(&two, "2026-11-20T10:00:00Z", "keep-searching").is_empty(),
        "two open"
    );
    let none = engine(json!([iv(
        "a",
        "Acme",
        "2026-11-01T10:00:00Z",
        "first_round",
        json!({"status": "rejected"})
    )]));
    assert!(
        due(&none, "2026-11-20T10:00:00Z", "keep-searching").is_empty(),
        "none open"
    );
    let recent_other = engine(json!([
        iv(
            "a",
            "Acme",
            "2026-11-01T10:00:00Z",
            "first_round",
            json!({})
        ),
        iv(
            "b",
            "Globex",
            "2026-11-12T10:00:00Z",
            "first_round",
            json!({"status": "rejected"})
        )
    ]));
    assert!(
        due(&recent_other, "2026-11-20T10:00:00Z", "keep-searching").is_empty(),
        "an interview 8 days ago"
    );
}
