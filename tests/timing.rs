//! Timing rules across weekends, offsets, another weekend setting and the
//! boundaries (the last too-soon day, the first good day).

use interview_guard::{Engine, Event, Log, Severity, Timestamp};
use serde_json::{json, Value};

fn engine(interviews: Value, sent: Value, weekend: Value) -> Engine {
    let log = json!({"version": 1, "interviews": interviews,
        "people": [{"id": "p1", "name": "Jane Doe", "company": "Acme Corp", "emails": ["jane@acme.com"]},
                   {"id": "p2", "name": "Sam Lee", "company": "Acme Corp", "emails": ["sam@acme.com"]}],
        "sent": sent, "settings": {"weekend": weekend}});
    Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap()
}

fn interview(at: &str, stage: &str, extra: Value) -> Value {
    let mut v = json!({"id": format!("i-{at}"), "company": "Acme Corp", "company_domains": ["acme.com"],
                       "at": at, "stage": stage, "interviewer_ids": ["p1"]});
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    v
}

/// The follow-up-too-soon warning for a status check at `at`: (severity, earliest).
fn ask(engine: &Engine, at: &str) -> Option<(Severity, String)> {
    let e = json!({"kind": "compose", "site": "gmail", "surface": "email", "to": ["jane@acme.com"],
                   "text": "Hi Jane, is there any update on the role?", "at": at});
    engine
        .check(&Event::from_json(&e.to_string()).unwrap())
        .warnings
        .into_iter()
        .find(|w| w.rule == "follow-up-too-soon")
        .map(|w| {
            (
                w.severity,
                w.facts["earliest"].as_str().unwrap().to_string(),
            )
        })
}

const WEEKEND: &str = r#"["sat", "sun"]"#;

fn weekend(s: &str) -> Value {
    serde_json::from_str(s).unwrap()
}

#[test]
fn phone_screen_waits_five_business_days_across_the_weekend() {
    // Friday 20 November: the 5th business day after is Friday 27 November.
    let e = engine(
        json!([interview(
            "2026-11-20T15:00:00-05:00",
            "phone_screen",
            json!({})
        )]),
        json!([]),
        weekend(WEEKEND),
    );
    let stop = Some((Severity::Stop, "2026-11-27".to_string()));
    let caution = Some((Severity::Caution, "2026-11-27".to_string()));
    assert_eq!(ask(&e, "2026-11-20T18:00:00-05:00"), stop, "the same day");
    assert_eq!(
        ask(&e, "2026-11-21T09:00:00-05:00"),
        stop,
        "the calendar day after (a Saturday)"
    );
    assert_eq!(ask(&e, "2026-11-22T09:00:00-05:00"), caution);
    assert_eq!(
        ask(&e, "2026-11-26T23:59:00-05:00"),
        caution,
        "the last too-soon day"
    );
    assert_eq!(
        ask(&e, "2026-11-27T00:01:00-05:00"),
        None,
        "the first good day"
    );
}

#[test]
fn another_weekend_setting_moves_the_first_good_day() {
    // Friday–Saturday weekend: after Friday 20 November come Sun, Mon, Tue, Wed, Thu.
    let e = engine(
        json!([interview(
            "2026-11-20T15:00:00-05:00",
            "first_round",
            json!({})
        )]),
        json!([]),
        weekend(r#"["fri", "sat"]"#),
    );
    assert_eq!(
        ask(&e, "2026-11-25T12:00:00-05:00"),
        Some((Severity::Caution, "2026-11-26".into()))
    );
    assert_eq!(ask(&e, "2026-11-26T08:00:00-05:00"), None);
}

#[test]
fn days_are_counted_in_the_interview_offset() {
    // 23:30 on Friday in New York; the check is sent at 03:00 UTC on Sunday,
    // which is still Saturday evening in New York: the day after, so `stop`.
    let e = engine(
        json!([interview(
            "2026-11-20T23:30:00-05:00",
            "phone_screen",
            json!({})
        )]),
        json!([]),
        weekend(WEEKEND),
    );
    assert_eq!(
        ask(&e, "2026-11-22T03:00:00+00:00").map(|w| w.0),
        Some(Severity::Stop)
    );
    // An interview in Tokyo on Monday morning is Sunday evening in London.
    let e = engine(
        json!([interview(
            "2026-11-23T09:00:00+09:00",
            "phone_screen",
            json!({})
        )]),
        json!([]),
        weekend(WEEKEND),
    );
    let w = ask(&e, "2026-11-24T08:00:00+00:00").unwrap();
    assert_eq!(
        w,
        (Severity::Stop, "2026-11-30".into()),
        "Tokyo's Tuesday 17:00 is the day after"
    );
}

#[test]
fn later_rounds_wait_seven_calendar_days() {
    let e = engine(
        json!([interview(
            "2026-11-16T14:00:00+00:00",
            "final_round",
            json!({})
        )]),
        json!([]),
        weekend(WEEKEND),
    );
    assert_eq!(
        ask(&e, "2026-11-22T20:00:00+00:00"),
        Some((Severity::Caution, "2026-11-23".into()))
    );
    assert_eq!(ask(&e, "2026-11-23T08:00:00+00:00"), None);
    // Stage "other" and "references" wait like later rounds.
    for stage in ["other", "references"] {
        let e = engine(
            json!([interview("2026-11-16T14:00:00+00:00", stage, json!({}))]),
            json!([]),
            weekend(WEEKEND),
        );
        assert_eq!(
            ask(&e, "2026-11-22T20:00:00+00:00").map(|w| w.1),
            Some("2026-11-23".into()),
            "{stage}"
        );
    }
}

#[test]
fn a_decision_date_replaces_the_stage_rule() {
    let e = engine(
        json!([interview(
            "2026-11-20T15:00:00-05:00",
            "final_round",
            json!({"decision_expected_by": "2026-12-04"})
        )]),
        json!([]),
        weekend(WEEKEND),
    );
    // Friday 4 December: the first business day after is Monday 7 December.
    assert_eq!(
        ask(&e, "2026-12-04T16:00:00-05:00"),
        Some((Severity::Caution, "2026-12-07".into())),
        "the decision day itself is too soon"
    );
    assert_eq!(
        ask(&e, "2026-12-05T10:00:00-05:00"),
        Some((Severity::Caution, "2026-12-07".into()))
    );
    assert_eq!(ask(&e, "2026-12-07T09:00:00-05:00"), None);
}

#[test]
fn a_quick_decision_waits_two_business_days() {
    let e = engine(
        json!([interview(
            "2026-11-19T10:00:00-05:00",
            "second_round",
            json!({"quick_decision": true})
        )]),
        json!([]),
        weekend(WEEKEND),
    );
    assert_eq!(
        ask(&e, "2026-11-20T10:00:00-05:00").map(|w| w.0),
        Some(Severity::Stop)
    );
    assert_eq!(
        ask(&e, "2026-11-21T10:00:00-05:00"),
        Some((Severity::Caution, "2026-11-23".into()))
    );
    assert_eq!(ask(&e, "2026-11-23T10:00:00-05:00"), None);
}

#[test]
fn a_week_between_follow_ups_and_the_later_day_wins() {
    let e = engine(
        json!([interview(
            "2026-11-02T10:00:00-05:00",
            "final_round",
            json!({})
        )]),
        json!([{"company": "Acme Corp", "address": "careers@acme.com", "at": "2026-11-20T10:00:00-05:00", "kind": "follow_up"}]),
        weekend(WEEKEND),
    );
    assert_eq!(
        ask(&e, "2026-11-24T10:00:00-05:00"),
        Some((Severity::Caution, "2026-11-27".into()))
    );
    assert_eq!(ask(&e, "2026-11-27T10:00:00-05:00"), None);
    // A follow-up to a colleague at the same company counts too.
    let e = engine(
        json!([interview(
            "2026-11-02T10:00:00-05:00",
            "final_round",
            json!({})
        )]),
        json!([{"to": "p2", "at": "2026-11-20T10:00:00-05:00", "kind": "follow_up"}]),
        weekend(WEEKEND),
    );
    assert!(ask(&e, "2026-11-24T10:00:00-05:00").is_some());
}

#[test]
fn the_latest_interview_at_the_company_counts() {
    let e = engine(
        json!([
            interview("2026-11-02T10:00:00-05:00", "phone_screen", json!({})),
            interview("2026-11-23T10:00:00-05:00", "second_round", json!({}))
        ]),
        json!([]),
        weekend(WEEKEND),
    );
    assert_eq!(
        ask(&e, "2026-11-24T10:00:00-05:00"),
        Some((Severity::Stop, "2026-11-30".into()))
    );
    // Before the second interview, the first one decides.
    assert_eq!(ask(&e, "2026-11-20T10:00:00-05:00"), None);
}

fn reminders(e: &Engine, now: &str, rule: &str) -> Vec<interview_guard::Warning> {
    e.reminders(Timestamp::parse(now).unwrap())
        .reminders
        .into_iter()
        .filter(|r| r.rule == rule)
        .collect()
}

#[test]
fn thank_you_due_grows_more_urgent() {
    let iv = interview(
        "2026-11-20T15:00:00-05:00",
        "phone_screen",
        json!({"duration_minutes": 45}),
    );
    let e = engine(json!([iv]), json!([]), weekend(WEEKEND));
    assert!(
        reminders(&e, "2026-11-20T15:30:00-05:00", "thank-you-due").is_empty(),
        "still in the interview"
    );
    let r = reminders(&e, "2026-11-20T18:00:00-05:00", "thank-you-due");
    assert_eq!(
        (r[0].severity, r[0].facts["due"].as_str()),
        (Severity::Info, Some("2026-11-24"))
    );
    assert_eq!(r[0].facts["overdue"], false);
    let r = reminders(&e, "2026-11-21T16:00:00-05:00", "thank-you-due");
    assert_eq!(r[0].severity, Severity::Caution);
    let r = reminders(&e, "2026-11-25T09:00:00-05:00", "thank-you-due");
    assert_eq!(r[0].facts["overdue"], true);
    assert!(
        reminders(&e, "2026-12-05T09:00:00-05:00", "thank-you-due").is_empty(),
        "stops after 14 days"
    );
}

#[test]
fn a_thank_you_counts_by_interview_id_or_by_time() {
    let a = interview("2026-11-10T10:00:00-05:00", "first_round", json!({}));
    let b = interview("2026-11-20T10:00:00-05:00", "second_round", json!({}));
    // One note without an id, sent after the first interview: it thanks for the first only.
    let e = engine(
        json!([a, b]),
        json!([{"to": "p1", "at": "2026-11-10T15:00:00-05:00", "kind": "thank_you"}]),
        weekend(WEEKEND),
    );
    let r = reminders(&e, "2026-11-20T15:00:00-05:00", "thank-you-due");
    assert_eq!(r.len(), 1);
    assert_eq!(
        r[0].interview.as_deref(),
        Some("i-2026-11-20T10:00:00-05:00")
    );
    // A note sent before the interview ended does not count.
    let c = interview("2026-11-20T10:00:00-05:00", "first_round", json!({}));
    let e = engine(
        json!([c]),
        json!([{"to": "p1", "at": "2026-11-20T10:30:00-05:00", "kind": "thank_you"}]),
        weekend(WEEKEND),
    );
    assert_eq!(
        reminders(&e, "2026-11-20T15:00:00-05:00", "thank-you-due").len(),
        1
    );
}

#[test]
fn the_follow_up_window_turns_caution_once_it_has_passed() {
    let e = engine(
        json!([interview(
            "2026-11-20T15:00:00-05:00",
            "phone_screen",
            json!({})
        )]),
        json!([]),
        weekend(WEEKEND),
    );
    let r = reminders(&e, "2026-11-24T09:00:00-05:00", "follow-up-window");
    assert_eq!(r[0].severity, Severity::Info);
    assert_eq!(
        (
            r[0].facts["earliest"].as_str(),
            r[0].facts["latest"].as_str()
        ),
        (Some("2026-11-27"), Some("2026-12-02"))
    );
    assert_eq!(
        reminders(&e, "2026-12-02T20:00:00-05:00", "follow-up-window")[0].severity,
        Severity::Info
    );
    assert_eq!(
        reminders(&e, "2026-12-03T09:00:00-05:00", "follow-up-window")[0].severity,
        Severity::Caution
    );
    // A logged follow-up ends it.
    let e = engine(
        json!([interview(
            "2026-11-20T15:00:00-05:00",
            "phone_screen",
            json!({})
        )]),
        json!([{"to": "p1", "at": "2026-11-30T09:00:00-05:00", "kind": "follow_up"}]),
        weekend(WEEKEND),
    );
    assert!(reminders(&e, "2026-12-03T09:00:00-05:00", "follow-up-window").is_empty());
}

#[test]
fn mutes_are_honoured() {
    let log = |muted: Value| {
        let l = json!({"version": 1,
            "interviews": [interview("2026-11-20T15:00:00-05:00", "phone_screen", json!({"company_aliases": ["Acme"]}))],
            "people": [{"id": "p1", "name": "Jane Doe", "emails": ["jane@acme.com"]}],
            "settings": {"muted": muted}});
        Engine::new(Log::from_json(&l.to_string()).unwrap()).unwrap()
    };
    let at = "2026-11-21T09:00:00-05:00";
    assert!(ask(&log(json!([])), at).is_some());
    assert!(
        ask(&log(json!([{"rule": "follow-up-too-soon"}])), at).is_none(),
        "everywhere"
    );
    assert!(
        ask(
            &log(json!([{"rule": "follow-up-too-soon", "person": "p1"}])),
            at
        )
        .is_none(),
        "for the person"
    );
    assert!(
        ask(
            &log(json!([{"rule": "follow-up-too-soon", "company": "acme"}])),
            at
        )
        .is_none(),
        "by alias, any case"
    );
    assert!(
        ask(
            &log(json!([{"rule": "follow-up-too-soon", "person": "p9"}])),
            at
        )
        .is_some(),
        "another person"
    );
    assert!(
        ask(&log(json!([{"rule": "public-vent"}])), at).is_some(),
        "another rule"
    );
    let muted = log(json!([{"rule": "thank-you-due", "company": "Acme Corp"}]));
    assert!(
        reminders(&muted, "2026-11-21T09:00:00-05:00", "thank-you-due").is_empty(),
        "reminders too"
    );
}
