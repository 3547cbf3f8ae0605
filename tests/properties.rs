//! Property tests: no input makes the core panic, and every span stays
//! inside the text it points into.

use interview_guard::{Engine, Event, Log, Timestamp};
use proptest::prelude::*;
use serde_json::json;

fn engine() -> Engine {
    Engine::new(Log::from_json(include_str!("corpus/log.json")).unwrap()).unwrap()
}

/// Text made of words the rules react to, names, punctuation, emoji and
/// odd characters, so that the analysers' edges are reached often.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Acme",
        "acme's",
        "Stark",
        "stark",
        "Jane",
        "Doe",
        "José",
        "Núñez",
        "Ms.",
        "O’Connor-Hart",
        "any",
        "update",
        "?",
        "!",
        ".",
        ",",
        "\"",
        "'",
        "“",
        "”",
        "not",
        "never",
        "but",
        "so",
        "rude",
        "nightmare",
        "great",
        "love",
        "how",
        "they",
        "the",
        "interview",
        "recruiter",
        "ghosted",
        "I",
        "my",
        "😀",
        "🙄",
        "\u{301}",
        "\u{fffd}",
        "日本",
        "\n",
        "\n\n",
        " ",
        "-",
        "jane.doe@acme.com",
        "https://x.com/janedoe",
        "when",
        "can",
        "hear",
        "back",
        "thanks",
        // The words the message rules of issue 4 look for, and their cues.
        "resign",
        "quit",
        "my",
        "notice",
        "flowers",
        "gift",
        "send",
        "drop",
        "by",
        "office",
        "need",
        "$",
        "130k",
        "non-negotiable",
        "date",
        "gorgeous",
        "you",
        "offer",
        "nailed",
        "it",
        "if",
        "should",
        "copy",
        "of",
        "Flower",
    ]);
    prop_oneof![
        prop::collection::vec(pieces.clone(), 0..40).prop_map(|v| v.join(" ")),
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat()),
        ".{0,200}",
    ]
}

fn time() -> impl Strategy<Value = String> {
    (2025i32..2028, 1u32..13, 1u32..29, 0u32..24, -14i32..15).prop_map(|(y, m, d, h, o)| {
        let sign = if o < 0 { '-' } else { '+' };
        format!("{y}-{m:02}-{d:02}T{h:02}:00:00{sign}{:02}:00", o.abs())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn compose_events_never_panic_and_spans_fit(
        text in texty(), subject in texty(), at in time(),
        surface in prop::sample::select(vec!["email", "direct_message", "public_post", "comment"]),
        site in prop::sample::select(vec!["gmail", "linkedin", "x", "reddit", "other"]),
        to in prop::collection::vec(prop::sample::select(vec![
            "jane.doe@acme.com", "careers@acme.com", "Jane Doe", "@siobhanoch", "nobody", "",
            "https://www.linkedin.com/in/josenunez/", "x@y", "<>", "@"]), 0..4),
    ) {
        let event = json!({"kind": "compose", "site": site, "surface": surface, "to": to,
                           "subject": subject, "text": text, "at": at});
        let event = Event::from_json(&event.to_string()).unwrap();
        let answer = engine().check(&event);
        let units = text.encode_utf16().count();
        for w in &answer.warnings {
            if let Some(s) = w.span {
                prop_assert!(s.start <= s.end && s.end <= units, "{:?} in {} units", s, units);
            }
        }
    }

    #[test]
    fn social_events_never_panic(
        name in texty(), profile in texty(), note in texty(), at in time(),
        action in prop::sample::select(vec!["connect", "follow", "friend", "like", "comment", "poke", "view_profile"]),
    ) {
        let event = json!({"kind": "social", "site": "linkedin", "action": action,
                           "target": {"name": name, "profile": profile}, "note": note, "at": at});
        let event = Event::from_json(&event.to_string()).unwrap();
        let _ = engine().check(&event);
    }

    #[test]
    fn reminders_never_panic(at in time()) {
        let _ = engine().reminders(Timestamp::parse(&at).unwrap());
    }

    #[test]
    fn any_json_text_is_an_answer_or_an_error(src in ".{0,300}") {
        let _ = Log::from_json(&src);
        let _ = Event::from_json(&src);
    }

    #[test]
    fn logs_with_odd_values_are_errors_or_engines(
        company in texty(), name in texty(), at in texty(), alias in texty(),
        stage in prop::sample::select(vec!["phone_screen", "final_round", "nope", ""]),
        weekend in prop::collection::vec(prop::sample::select(vec!["sat", "sun", "mon", "fri", "xyz"]), 0..8),
        duration in prop::sample::select(vec![json!(60), json!(-5), json!(0), json!(1e12), json!("x")]),
    ) {
        let log = json!({"version": 1,
            "interviews": [{"id": "i", "company": company, "company_aliases": [alias], "at": at,
                            "stage": stage, "duration_minutes": duration, "interviewer_ids": ["p"]}],
            "people": [{"id": "p", "name": name, "emails": [name], "profiles": [alias]}],
            "settings": {"weekend": weekend}});
        if let Ok(log) = Log::from_json(&log.to_string()) {
            let engine = Engine::new(log).unwrap();
            let event = json!({"kind": "compose", "site": "reddit", "surface": "public_post",
                               "text": format!("{company} {name} is awful"), "at": "2026-11-24T10:00:00Z"});
            let _ = engine.check(&Event::from_json(&event.to_string()).unwrap());
            let _ = engine.reminders(Timestamp::parse("2026-11-24T10:00:00Z").unwrap());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    /// The message rules (greetings and names, company names, tone) read
    /// the log's names as well as the text: odd names (one letter, empty,
    /// emoji, shared by two people) must not make them panic, and their
    /// spans stay inside the text.
    #[test]
    fn message_rules_with_odd_names_never_panic(
        company in texty(), alias in texty(), name in texty(), other in texty(),
        text in texty(), subject in texty(),
        greeting in prop::sample::select(vec!["Hi ", "Dear Ms ", "Hey ", "", "Thanks, ", "Good morning, "]),
    ) {
        let log = json!({"version": 1,
            "interviews": [{"id": "i", "company": company, "company_aliases": [alias],
                            "company_domains": ["co.example"], "at": "2026-11-20T10:00:00Z",
                            "interviewer_ids": ["p", "q"]}],
            "people": [{"id": "p", "name": name, "emails": ["p@co.example"]},
                       {"id": "q", "name": other, "emails": ["q@co.example"]},
                       {"id": "r", "name": name, "emails": ["r@co.example"]}]});
        if let Ok(log) = Log::from_json(&log.to_string()) {
            let engine = Engine::new(log).unwrap();
            let body = format!("{greeting}{other},\n\n{text}\n\nBest,\n{name}");
            let event = json!({"kind": "compose", "site": "gmail", "surface": "email",
                               "to": ["p@co.example", "careers@co.example"], "subject": subject,
                               "text": body, "at": "2026-11-24T10:00:00Z"});
            let answer = engine.check(&Event::from_json(&event.to_string()).unwrap());
            let units = body.encode_utf16().count();
            for w in &answer.warnings {
                if let Some(s) = w.span {
                    prop_assert!(s.start <= s.end && s.end <= units, "{:?} in {} units", s, units);
                }
            }
        }
    }
}

#[test]
fn huge_and_foreign_inputs_are_answered() {
    let engine = engine();
    let big = "Acme was rude and the recruiter ghosted me. ".repeat(250_000); // ~11 MB
    for text in [
        big.as_str(),
        "",
        "😀😀😀",
        "Это было ужасное собеседование в Acme.",
        "面接はひどかった",
        "المقابلة كانت سيئة",
        "a",
    ] {
        let event = json!({"kind": "compose", "site": "reddit", "surface": "public_post",
                           "text": text, "at": "2026-11-24T10:00:00Z"});
        let _ = engine.check(&Event::from_json(&event.to_string()).unwrap());
        // The same text as an email to an interviewer: the message rules read it too.
        let event = json!({"kind": "compose", "site": "gmail", "surface": "email",
                           "to": ["jane.doe@acme.com"], "subject": text.get(..200).unwrap_or(""),
                           "text": text, "at": "2026-11-24T10:00:00Z"});
        let _ = engine.check(&Event::from_json(&event.to_string()).unwrap());
    }
    // A pasted chat log full of casual markers and names stays quick and
    // gives a bounded number of warnings.
    let chat =
        "hey lol u r gonna luv it!!! 😍 SOOO VERY x\nThanks again, Tony, Hi Jose! Acme Crop. "
            .repeat(2_000);
    let event = json!({"kind": "compose", "site": "gmail", "surface": "email",
                       "to": ["jane.doe@acme.com"], "text": chat, "at": "2026-11-24T10:00:00Z"});
    let started = std::time::Instant::now();
    let answer = engine.check(&Event::from_json(&event.to_string()).unwrap());
    assert!(
        answer.warnings.len() < 120,
        "{} warnings",
        answer.warnings.len()
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // Deep nesting is an error, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    assert!(Log::from_json(&deep).is_err());
    assert!(Event::from_json(&deep).is_err());
}

/// The example log with what salary-jump, duplicate-note and angry-rejection
/// look at: a salary expectation, a logged thank-you note with its text,
/// and the rejected Initech.
fn engine_with_notes_and_pay() -> Engine {
    let mut log: serde_json::Value = serde_json::from_str(include_str!("corpus/log.json")).unwrap();
    log["interviews"][0]["salary_expectation"] =
        json!({"amount": 120000, "currency": "USD", "period": "year"});
    log["sent"] = json!([{"to": "jane", "at": "2026-11-23T15:00:00-05:00", "channel": "email",
        "kind": "thank_you",
        "text": "Thank you Jane for the time today, $135k, I loved the team and the 1,000,000 users."}]);
    Engine::new(Log::from_json(&log.to_string()).unwrap()).unwrap()
}

/// Text made of money, periods, ranges, thank-you and hostile words.
fn money_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "$",
        "£",
        "€",
        "¥",
        "US$",
        "C$",
        "USD",
        "CAD",
        "eur",
        "dollars",
        "135k",
        "135",
        "000",
        "135,000",
        "5.5k",
        "1.2M",
        "1,2,3",
        "99999999999999999999999",
        "1e400",
        "0",
        "0.0",
        "120.000",
        "a",
        "an",
        "per",
        "hour",
        "/",
        "hr",
        "year",
        "annum",
        "p.a.",
        "month",
        "week",
        "day",
        "rate",
        "salary",
        "base",
        "budget",
        "ticket",
        "not",
        "below",
        "between",
        "and",
        "to",
        "-",
        "–",
        "thousand",
        "hundred",
        "forty",
        "grand",
        "million",
        "%",
        "(k)",
        "401",
        "Thank",
        "you",
        "thanks",
        "Jane",
        "José",
        "rude",
        "joke",
        "your",
        "loss",
        "I'm",
        "disappointed",
        "?",
        ".",
        ",",
        "\n",
        " ",
        "😀",
        "\u{301}",
    ]);
    prop_oneof![
        prop::collection::vec(pieces.clone(), 0..40).prop_map(|v| v.join(" ")),
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn money_notes_and_replies_never_panic_and_spans_fit(
        text in money_text(), subject in money_text(),
        to in prop::sample::select(vec!["jose.nunez@acme.com", "priya@initech.io", "jane.doe@acme.com"]),
    ) {
        let event = json!({"kind": "compose", "site": "gmail", "surface": "email", "to": [to],
                           "subject": subject, "text": text, "at": "2026-11-24T10:00:00-05:00"});
        let answer = engine_with_notes_and_pay().check(&Event::from_json(&event.to_string()).unwrap());
        let units = text.encode_utf16().count();
        for w in &answer.warnings {
            if let Some(s) = w.span {
                prop_assert!(s.start <= s.end && s.end <= units, "{:?} in {} units", s, units);
            }
            for v in w.facts.values() {
                prop_assert!(!v.is_null(), "{} has a null fact", w.rule);
            }
        }
    }
}
