//! duplicate-note: a thank-you note that repeats, names aside, one already
//! logged to a colleague at the same company. Table tests on a log with
//! two companies and notes kept in `sent[]`.

use interview_guard::{Engine, Event, Log};
use serde_json::{json, Value};

/// The note the candidate sent Siobhán after the Stark final round.
const TO_SIOBHAN: &str = "Dear Siobhán,\n\nThank you for taking the time to meet with me on \
Monday. I really enjoyed our conversation about the design system and how Stark Industries \
is rethinking its onboarding flows. The role sounds like a great fit for my background, and \
I'm excited about the possibility of joining the team.\n\nBest regards,\nMaya";

fn engine(sent: Value) -> Engine {
    let log = json!({"version": 1,
        "interviews": [
            {"id": "stark-1", "company": "Stark Industries", "company_aliases": ["Stark"],
             "company_domains": ["starkindustries.com"], "stage": "final_round",
             "at": "2026-11-16T14:00:00+00:00", "interviewer_ids": ["siobhan", "tony", "ana"]},
            {"id": "acme-1", "company": "Acme Corp", "company_domains": ["acme.com"],
             "stage": "first_round", "at": "2026-11-17T10:00:00-05:00", "interviewer_ids": ["jane"]}],
        "people": [
            {"id": "siobhan", "name": "Siobhán O'Connor-Hart", "company": "Stark Industries",
             "emails": ["siobhan@starkindustries.com"]},
            {"id": "tony", "name": "Tony Marsh", "company": "Stark Industries",
             "emails": ["tony.marsh@starkindustries.com"],
             "profiles": ["https://www.linkedin.com/in/tonymarsh"]},
            {"id": "ana", "name": "Ana-María Ñúñez", "company": "Stark Industries",
             "emails": ["ana@starkindustries.com"]},
            {"id": "jane", "name": "Jane Doe", "company": "Acme Corp", "emails": ["jane@acme.com"]}],
        "sent": sent});
    Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap()
}

fn note_to(id: &str, text: &str) -> Value {
    json!({"to": id, "at": "2026-11-16T19:00:00+00:00", "channel": "email",
           "kind": "thank_you", "text": text})
}

fn email(to: &str, text: &str) -> Value {
    json!({"kind": "compose", "site": "gmail", "surface": "email", "to": [to],
           "subject": "Thank you", "text": text, "at": "2026-11-17T09:00:00+00:00"})
}

/// The duplicate-note warnings: (person, similar_to, similarity).
fn found(engine: &Engine, event: Value) -> Vec<(String, String, f64)> {
    engine
        .check(&Event::from_json(&event.to_string()).unwrap())
        .warnings
        .iter()
        .filter(|w| w.rule == "duplicate-note")
        .map(|w| {
            (
                w.person.clone().unwrap_or_default(),
                w.facts["similar_to"].as_str().unwrap_or("").to_string(),
                w.facts["similarity"].as_f64().unwrap_or(-1.0),
            )
        })
        .collect()
}

#[test]
fn the_same_note_with_the_names_swapped_fires() {
    let e = engine(json!([note_to("siobhan", TO_SIOBHAN)]));
    let cases = [
        (
            "tony.marsh@starkindustries.com",
            TO_SIOBHAN.replace("Siobhán", "Tony"),
        ),
        (
            "ana@starkindustries.com",
            TO_SIOBHAN.replace("Dear Siobhán", "Dear Ms. Ñúñez"),
        ),
        // Lower case, straight apostrophes, another company name form.
        (
            "tony.marsh@starkindustries.com",
            TO_SIOBHAN
                .replace("Siobhán", "Mr Marsh")
                .replace("Stark Industries", "Stark")
                .replace("I'm", "I’m")
                .to_lowercase(),
        ),
    ];
    for (to, text) in cases {
        let got = found(&e, email(to, &text));
        assert_eq!(got.len(), 1, "{to}: {text}");
        assert_eq!(got[0].1, "siobhan");
        assert!(got[0].2 >= 0.95, "{got:?}");
    }
}

#[test]
fn a_direct_message_counts_too() {
    let e = engine(json!([note_to("siobhan", TO_SIOBHAN)]));
    let dm = json!({"kind": "compose", "site": "linkedin", "surface": "direct_message",
                    "to": ["https://www.linkedin.com/in/tonymarsh/"],
                    "text": TO_SIOBHAN.replace("Siobhán", "Tony"),
                    "at": "2026-11-17T09:00:00+00:00"});
    assert_eq!(found(&e, dm).len(), 1);
}

#[test]
fn a_template_with_one_detail_changed_still_fires() {
    let e = engine(json!([note_to("siobhan", TO_SIOBHAN)]));
    let text = TO_SIOBHAN.replace("Siobhán", "Tony").replace(
        "the design system and how Stark Industries is rethinking its onboarding flows",
        "the accessibility audit you are running this quarter",
    );
    let got = found(&e, email("tony.marsh@starkindustries.com", &text));
    assert_eq!(got.len(), 1, "{text}");
    assert!(got[0].2 < 1.0 && got[0].2 >= 0.5, "{got:?}");
}

#[test]
fn two_genuinely_different_notes_are_silent() {
    let e = engine(json!([note_to("siobhan", TO_SIOBHAN)]));
    let own = "Hi Tony,\n\nThanks for the studio tour and for being so candid about the \
roadmap. Your question about designing for low-bandwidth users has stayed with me; I sketched \
a couple of ideas on the train home and would be glad to share them.\n\nBest,\nMaya";
    assert!(found(&e, email("tony.marsh@starkindustries.com", own)).is_empty());
    // Common thank-you phrases alone are not a template.
    let shared_opening = "Dear Tony,\n\nThank you for taking the time to meet with me on \
Monday. Your portfolio critique was sharp and fair, and the way you run design reviews with \
engineers in the room is exactly the kind of culture I want to work in.\n\nBest regards,\nMaya";
    let got = found(&e, email("tony.marsh@starkindustries.com", shared_opening));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_same_note_to_the_same_person_again_is_silent() {
    let e = engine(json!([note_to("siobhan", TO_SIOBHAN)]));
    assert!(found(&e, email("siobhan@starkindustries.com", TO_SIOBHAN)).is_empty());
}

#[test]
fn the_same_note_to_another_company_is_silent() {
    let e = engine(json!([note_to("siobhan", TO_SIOBHAN)]));
    let text = TO_SIOBHAN
        .replace("Siobhán", "Jane")
        .replace("Stark Industries", "Acme Corp");
    assert!(found(&e, email("jane@acme.com", &text)).is_empty());
}

#[test]
fn only_thank_you_notes_with_their_text_are_compared() {
    // Logged without its text: nothing to compare.
    let no_text = json!([{"to": "siobhan", "at": "2026-11-16T19:00:00+00:00",
                          "channel": "email", "kind": "thank_you"}]);
    let text = TO_SIOBHAN.replace("Siobhán", "Tony");
    assert!(found(
        &engine(no_text),
        email("tony.marsh@starkindustries.com", &text)
    )
    .is_empty());
    // A logged follow-up is not a thank-you note.
    let follow_up = json!([{"to": "siobhan", "at": "2026-11-16T19:00:00+00:00",
                            "channel": "email", "kind": "follow_up", "text": TO_SIOBHAN}]);
    assert!(found(
        &engine(follow_up),
        email("tony.marsh@starkindustries.com", &text)
    )
    .is_empty());
    // A logged note sent after the moment being checked does not count.
    let later = json!([{"to": "siobhan", "at": "2026-11-18T19:00:00+00:00",
                        "channel": "email", "kind": "thank_you", "text": TO_SIOBHAN}]);
    assert!(found(
        &engine(later),
        email("tony.marsh@starkindustries.com", &text)
    )
    .is_empty());
}

#[test]
fn a_message_that_is_no_thank_you_is_silent() {
    let logged = "Hi Siobhán, could you tell me when the team expects to decide on the \
Product Designer role? I'm weighing another process and would like to plan. Thanks, Maya";
    let e = engine(json!([note_to("siobhan", logged)]));
    let same = logged.replace("Siobhán", "Tony");
    let got = found(&e, email("tony.marsh@starkindustries.com", &same));
    // The logged entry is a thank_you by kind, but this message is a status check.
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn very_short_notes_are_not_judged() {
    let e = engine(json!([note_to("siobhan", "Thanks, Siobhán!")]));
    assert!(found(&e, email("tony.marsh@starkindustries.com", "Thanks, Tony!")).is_empty());
}

#[test]
fn the_most_similar_colleague_is_named() {
    let other = "Dear Ana-María, thank you for the whiteboard session; the way you framed \
the research question helped me think clearly. Best regards, Maya";
    let e = engine(json!([
        note_to("ana", other),
        note_to("siobhan", TO_SIOBHAN)
    ]));
    let got = found(
        &e,
        email(
            "tony.marsh@starkindustries.com",
            &TO_SIOBHAN.replace("Siobhán", "Tony"),
        ),
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "siobhan");
}
