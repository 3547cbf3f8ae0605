//! premature-resignation, in-person-visit, demands, romantic-advance and
//! public-brag: what their warnings carry (spans in UTF-16, facts, the
//! person and interview), and that mutes and statuses silence them.

use interview_guard::{Engine, Event, Log};
use serde_json::{json, Value};

fn log(patch: Value) -> Engine {
    let mut log: Value = serde_json::from_str(include_str!("corpus/log.json")).unwrap();
    if let (Some(o), Some(p)) = (log.as_object_mut(), patch.as_object()) {
        for (k, v) in p {
            o.insert(k.clone(), v.clone());
        }
    }
    Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap()
}

fn check(engine: &Engine, event: Value) -> Vec<Value> {
    let answer = engine.check(&Event::from_json(&event.to_string()).unwrap());
    let v: Value = serde_json::from_str(&answer.to_json()).unwrap();
    v["warnings"].as_array().cloned().unwrap_or_default()
}

fn email(to: &str, subject: &str, text: &str) -> Value {
    json!({"kind": "compose", "site": "gmail", "surface": "email", "to": [to],
           "subject": subject, "text": text, "at": "2026-11-24T10:00:00-05:00"})
}

fn rule<'a>(warnings: &'a [Value], id: &str) -> Option<&'a Value> {
    warnings.iter().find(|w| w["rule"] == id)
}

/// The text a warning's span points at (UTF-16 units).
fn spanned(text: &str, w: &Value) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let (s, e) = (
        w["span"]["start"].as_u64().unwrap() as usize,
        w["span"]["end"].as_u64().unwrap() as usize,
    );
    String::from_utf16_lossy(&units[s..e])
}

#[test]
fn a_resignation_is_spanned_in_utf16_and_names_the_tracked_recipient() {
    let engine = log(json!({}));
    let text = "Hola José 👋, I've handed in my notice at Globex today.";
    let ws = check(&engine, email("jose.nunez@acme.com", "", text));
    let w = rule(&ws, "premature-resignation").expect("fires");
    assert_eq!(w["severity"], "stop");
    assert_eq!(spanned(text, w), "handed in my notice");
    assert_eq!(w["person"], "jose");
    assert_eq!(w["interview"], "acme-1");
    assert_eq!(w["sources"], json!(["D#2"]));
}

#[test]
fn a_resignation_only_in_the_subject_has_no_span() {
    let engine = log(json!({}));
    let ws = check(
        &engine,
        email(
            "boss@globex.com",
            "Notice of my resignation",
            "Please see the attached letter.",
        ),
    );
    let w = rule(&ws, "premature-resignation").expect("fires");
    assert_eq!(w["span"], Value::Null);
    assert_eq!(w["facts"]["field"], "subject");
    assert_eq!(w["person"], Value::Null);
}

#[test]
fn any_written_offer_or_hire_silences_premature_resignation() {
    for status in ["offer_written", "hired"] {
        let engine = log(json!({"interviews": [
            {"id": "x", "company": "Hooli", "at": "2026-11-02T10:00:00-05:00", "status": status}
        ], "people": []}));
        let ws = check(
            &engine,
            email("boss@globex.com", "", "I resign, effective Friday."),
        );
        assert!(rule(&ws, "premature-resignation").is_none(), "{status}");
    }
}

#[test]
fn demands_carry_the_topic_and_a_question_to_ask_instead() {
    let engine = log(json!({}));
    let text = "Dear Zoë, I require a standing desk and two monitors from day one.";
    let ws = check(&engine, email("zoe.vdb@umbrellahealth.org", "", text));
    let w = rule(&ws, "demands").expect("fires");
    assert_eq!(w["facts"]["topic"], "kit");
    assert!(w["facts"]["question"].as_str().unwrap().ends_with('?'));
    assert!(w["advice"]
        .as_str()
        .unwrap()
        .contains(w["facts"]["question"].as_str().unwrap()));
    assert!(spanned(text, w).starts_with("require a standing desk"));
    assert_eq!(w["interview"], "umbrella-1");
}

#[test]
fn a_visit_to_a_rejected_company_still_fires_but_not_after_an_offer_is_written() {
    let text = "Priya, I'll swing by the Initech office on Friday to ask for feedback.";
    let engine = log(json!({}));
    let ws = check(&engine, email("priya@initech.io", "", text));
    assert_eq!(
        spanned(text, rule(&ws, "in-person-visit").expect("fires")),
        "swing by"
    );
    let mut l: Value = serde_json::from_str(include_str!("corpus/log.json")).unwrap();
    l["interviews"][2]["status"] = json!("offer_written");
    let engine = Engine::new(Log::from_json(&l.to_string()).unwrap()).unwrap();
    let ws = check(&engine, email("priya@initech.io", "", text));
    assert!(rule(&ws, "in-person-visit").is_none());
}

#[test]
fn romantic_advance_in_a_connection_note_and_muted_for_that_person() {
    let note = json!({"kind": "social", "site": "linkedin", "action": "connect",
        "target": {"name": "Zoë Van der Berg"},
        "note": "Zoë, would you like to go on a date with me?", "at": "2026-11-24T10:00:00-05:00"});
    let engine = log(json!({}));
    let ws = check(&engine, note.clone());
    let w = rule(&ws, "romantic-advance").expect("fires");
    assert_eq!(w["severity"], "stop");
    assert_eq!(w["person"], "zoe");
    let muted =
        log(json!({"settings": {"muted": [{"rule": "romantic-advance", "person": "zoe"}]}}));
    assert!(rule(&check(&muted, note), "romantic-advance").is_none());
}

#[test]
fn public_brag_names_the_company_and_skips_other_surfaces() {
    let text = "Absolutely nailed my final round at Stark Industries today! 🚀";
    let engine = log(json!({}));
    let post = json!({"kind": "compose", "site": "linkedin", "surface": "public_post", "to": [],
                      "text": text, "at": "2026-11-24T10:00:00-05:00"});
    let ws = check(&engine, post);
    let w = rule(&ws, "public-brag").expect("fires");
    assert_eq!(w["facts"]["company"], "Stark Industries");
    assert_eq!(w["interview"], "stark-1");
    assert_eq!(spanned(text, w), text);
    let dm = json!({"kind": "compose", "site": "linkedin", "surface": "direct_message",
                    "to": ["Dáithí Ó Sé"], "text": text, "at": "2026-11-24T10:00:00-05:00"});
    assert!(rule(&check(&engine, dm), "public-brag").is_none());
}
