//! interviewer-activity, follow-up-overload, wrong-channel and
//! uninvited-contact on logs built for each case.

use interview_guard::{Engine, Event, Log};
use serde_json::{json, Value};

fn engine(extra: Value) -> Engine {
    let mut log = json!({"version": 1,
        "interviews": [{"id": "i1", "company": "Acme Corp", "company_domains": ["acme.com"],
                        "stage": "final_round", "at": "2026-11-02T10:00:00-05:00",
                        "interviewer_ids": ["p1", "p2"]}],
        "people": [{"id": "p1", "name": "Jane Doe", "emails": ["jane@acme.com"],
                    "profiles": ["https://www.linkedin.com/in/janedoe"]},
                   {"id": "p2", "name": "Sam Lee", "emails": ["sam@acme.com"]}]});
    if let (Some(o), Some(e)) = (log.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            if k == "interview" {
                let iv = o["interviews"][0].as_object_mut().unwrap();
                iv.extend(v.as_object().unwrap().clone());
            } else {
                o.insert(k.clone(), v.clone());
            }
        }
    }
    Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap()
}

fn rules(engine: &Engine, event: Value) -> Vec<&'static str> {
    engine
        .check(&Event::from_json(&event.to_string()).unwrap())
        .warnings
        .iter()
        .map(|w| w.rule)
        .collect()
}

fn email(to: &[&str], text: &str) -> Value {
    json!({"kind": "compose", "site": "gmail", "surface": "email", "to": to, "text": text,
           "at": "2026-11-24T09:00:00-05:00"})
}

fn dm(to: &str, text: &str) -> Value {
    json!({"kind": "compose", "site": "linkedin", "surface": "direct_message", "to": [to],
           "text": text, "at": "2026-11-24T09:00:00-05:00"})
}

#[test]
fn a_second_profile_view_within_a_week_is_activity() {
    let view = json!({"kind": "social", "site": "linkedin", "action": "view_profile",
                      "target": {"profile": "https://www.linkedin.com/in/janedoe/"},
                      "at": "2026-11-24T09:00:00-05:00"});
    let recent = engine(
        json!({"views": [{"person": "p1", "site": "linkedin", "at": "2026-11-20T08:00:00-05:00"}]}),
    );
    assert_eq!(rules(&recent, view.clone()), ["interviewer-activity"]);
    let old = engine(
        json!({"views": [{"person": "p1", "site": "linkedin", "at": "2026-11-10T08:00:00-05:00"}]}),
    );
    assert!(
        rules(&old, view.clone()).is_empty(),
        "more than seven days ago"
    );
    let none = engine(json!({}));
    assert!(rules(&none, view).is_empty(), "the first view");
}

#[test]
fn an_invitation_does_not_exempt_activity() {
    let e = engine(
        json!({"people": [{"id": "p1", "name": "Jane Doe", "invited_to_connect": true},
                                      {"id": "p2", "name": "Sam Lee"}]}),
    );
    let like = json!({"kind": "social", "site": "linkedin", "action": "like",
                      "target": {"name": "Jane Doe"}, "at": "2026-11-24T09:00:00-05:00"});
    assert_eq!(rules(&e, like), ["interviewer-activity"]);
}

#[test]
fn three_follow_ups_in_three_weeks_are_an_overload() {
    let sent = |dates: &[&str]| json!({"sent": dates.iter().map(|d| json!({"to": "p1", "at": d, "kind": "follow_up"})).collect::<Vec<_>>()});
    let ask = email(&["jane@acme.com"], "Hi Jane, any update on the role?");
    let three = engine(sent(&[
        "2026-11-05T09:00:00-05:00",
        "2026-11-10T09:00:00-05:00",
        "2026-11-16T09:00:00-05:00",
    ]));
    assert!(rules(&three, ask.clone()).contains(&"follow-up-overload"));
    let old = engine(sent(&[
        "2026-10-20T09:00:00-05:00",
        "2026-11-10T09:00:00-05:00",
        "2026-11-16T09:00:00-05:00",
    ]));
    assert!(
        !rules(&old, ask.clone()).contains(&"follow-up-overload"),
        "one is older than 21 days"
    );
    let thanks = email(
        &["jane@acme.com"],
        "Hi Jane, thank you again for your time.",
    );
    assert!(
        !rules(&three, thanks).contains(&"follow-up-overload"),
        "only status checks"
    );
    let both = email(
        &["jane@acme.com", "Sam Lee <sam@acme.com>"],
        "Any update on the role?",
    );
    assert!(rules(&engine(json!({})), both).contains(&"follow-up-overload"));
}

#[test]
fn the_preferred_channel_is_respected() {
    let pref = |c: &str| engine(json!({"interview": {"preferred_channel": c}}));
    let note = "Hi Jane, thank you for your time.";
    assert!(rules(
        &pref("email"),
        dm("https://www.linkedin.com/in/janedoe", note)
    )
    .contains(&"wrong-channel"));
    assert!(rules(
        &pref("phone"),
        dm("https://www.linkedin.com/in/janedoe", note)
    )
    .contains(&"wrong-channel"));
    assert!(rules(&pref("linkedin"), email(&["jane@acme.com"], note)).contains(&"wrong-channel"));
    assert!(
        !rules(&pref("phone"), email(&["jane@acme.com"], note)).contains(&"wrong-channel"),
        "phone → an email is fine"
    );
    assert!(!rules(&pref("email"), email(&["jane@acme.com"], note)).contains(&"wrong-channel"));
    assert!(!rules(
        &pref("any"),
        dm("https://www.linkedin.com/in/janedoe", note)
    )
    .contains(&"wrong-channel"));
    let closed = engine(json!({"interview": {"preferred_channel": "email", "status": "rejected"}}));
    assert!(
        !rules(&closed, dm("https://www.linkedin.com/in/janedoe", note)).contains(&"wrong-channel")
    );
}

#[test]
fn uninvited_contact_spares_tracked_people_and_candidate_mailboxes() {
    let e = engine(json!({}));
    let note = "Hello, I interviewed for the backend role.";
    assert!(rules(&e, email(&["ceo@acme.com"], note)).contains(&"uninvited-contact"));
    assert!(
        rules(&e, email(&["someone@eu.acme.com"], note)).contains(&"uninvited-contact"),
        "a subdomain"
    );
    for ok in [
        "jane@acme.com",
        "JANE@ACME.COM",
        "careers@acme.com",
        "talent-acquisition@acme.com",
        "jobs@acme.com",
    ] {
        assert!(
            !rules(&e, email(&[ok], note)).contains(&"uninvited-contact"),
            "{ok}"
        );
    }
    let hired = engine(json!({"interview": {"status": "hired"}}));
    assert!(!rules(&hired, email(&["ceo@acme.com"], note)).contains(&"uninvited-contact"));
}
