//! `connect-interviewer` across every status, network and invitation.

use interview_guard::{Engine, Event, Log, Severity};
use serde_json::json;

fn check(status: &str, site: &str, invited: bool, action: &str) -> Option<Severity> {
    let log = json!({"version": 1,
        "interviews": [{"id": "i1", "company": "Acme Corp", "at": "2026-11-20T15:00:00-05:00",
                        "interviewer_ids": ["p1"], "status": status}],
        "people": [{"id": "p1", "name": "Jane Doe", "invited_to_connect": invited,
                    "profiles": ["https://www.linkedin.com/in/janedoe", "https://www.facebook.com/profile.php?id=42",
                                 "https://x.com/janedoe", "https://www.instagram.com/jane.doe/"]}]});
    let engine = Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap();
    let profile = match site {
        "linkedin" => "https://www.linkedin.com/in/janedoe/",
        "facebook" => "https://m.facebook.com/profile.php?id=42&ref=bookmarks",
        "x" => "@JaneDoe",
        _ => "https://instagram.com/jane.doe",
    };
    let e = json!({"kind": "social", "site": site, "action": action,
                   "target": {"profile": profile}, "at": "2026-11-21T09:00:00-05:00"});
    engine
        .check(&Event::from_json(&e.to_string()).unwrap())
        .warnings
        .iter()
        .find(|w| w.rule == "connect-interviewer")
        .map(|w| w.severity)
}

#[test]
fn severities_follow_the_status_and_the_network() {
    use Severity::*;
    let table = [
        ("open", "linkedin", Some(Caution)),
        ("open", "facebook", Some(Stop)),
        ("open", "x", Some(Stop)),
        ("open", "instagram", Some(Stop)),
        ("offer_verbal", "linkedin", Some(Caution)),
        ("offer_verbal", "facebook", Some(Stop)),
        ("offer_written", "linkedin", None),
        ("offer_written", "facebook", Some(Caution)),
        ("rejected", "linkedin", None),
        ("rejected", "x", Some(Caution)),
        ("withdrawn", "linkedin", None),
        ("withdrawn", "instagram", Some(Caution)),
        ("hired", "linkedin", None),
        ("hired", "facebook", None),
    ];
    for (status, site, want) in table {
        let action = if site == "facebook" {
            "friend"
        } else if site == "linkedin" {
            "connect"
        } else {
            "follow"
        };
        assert_eq!(
            check(status, site, false, action),
            want,
            "{status} on {site}"
        );
    }
}

#[test]
fn an_invitation_exempts_every_network() {
    for site in ["linkedin", "facebook", "x", "instagram"] {
        assert_eq!(check("open", site, true, "follow"), None, "{site}");
    }
}

#[test]
fn other_social_actions_are_not_connections() {
    for action in ["like", "comment", "poke", "view_profile"] {
        assert_eq!(check("open", "facebook", false, action), None, "{action}");
    }
}

#[test]
fn an_upcoming_interview_counts_as_open() {
    let log = json!({"version": 1,
        "interviews": [{"id": "i1", "company": "Acme Corp", "at": "2026-12-01T15:00:00-05:00", "interviewer_ids": ["p1"]}],
        "people": [{"id": "p1", "name": "Jane Doe"}]});
    let engine = Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap();
    let e = json!({"kind": "social", "site": "linkedin", "action": "connect",
                   "target": {"name": "Jane Q. Doe"}, "at": "2026-11-24T09:00:00-05:00"});
    let answer = engine.check(&Event::from_json(&e.to_string()).unwrap());
    assert_eq!(answer.warnings.len(), 1);
    assert!(
        answer.warnings[0]
            .advice
            .contains("You have an interview with Jane Doe (Acme Corp) on Tuesday 1 December."),
        "{}",
        answer.warnings[0].advice
    );
}

#[test]
fn a_connection_note_is_checked_as_a_direct_message() {
    let log = json!({"version": 1,
        "interviews": [{"id": "i1", "company": "Acme Corp", "stage": "phone_screen", "at": "2026-11-23T15:00:00-05:00", "interviewer_ids": ["p1"]}],
        "people": [{"id": "p1", "name": "Jane Doe", "profiles": ["https://www.linkedin.com/in/janedoe"]}]});
    let engine = Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap();
    let e = json!({"kind": "social", "site": "linkedin", "action": "connect",
                   "target": {"name": "Jane Doe", "profile": "https://www.linkedin.com/in/janedoe/"},
                   "note": "Great to meet you! Any news on the decision?", "at": "2026-11-24T09:00:00-05:00"});
    let answer = engine.check(&Event::from_json(&e.to_string()).unwrap());
    let rules: Vec<_> = answer.warnings.iter().map(|w| (w.rule, w.span)).collect();
    assert!(
        rules
            .iter()
            .any(|(r, s)| *r == "follow-up-too-soon" && s.is_some_and(|s| s.start == 19)),
        "{rules:?}"
    );
    assert!(rules.iter().any(|(r, _)| *r == "connect-interviewer"));
}
