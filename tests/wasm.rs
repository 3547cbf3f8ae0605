//! The WASM facade, run under Node by wasm-bindgen-test-runner:
//! `cargo test --target wasm32-unknown-unknown --test wasm`.
//! These are the calls the extension's service worker makes, with the same
//! JSON strings in and out.
#![cfg(target_arch = "wasm32")]

use interview_guard::wasm::{rules, schema_version, validate_log, Engine as WasmEngine};
use serde_json::Value;
use wasm_bindgen_test::wasm_bindgen_test;

const LOG: &str = include_str!("corpus/log.json");

/// CONTRACT.md's example: a status check the calendar day after the phone
/// screen with Jane Doe (Mon 23 Nov 2026, 10:00 -05:00).
const EVENT: &str = r#"{"kind": "compose", "site": "gmail", "surface": "email",
 "to": ["jane.doe@acme.com"], "subject": "Checking in",
 "text": "Hi Jane, is there any update on the role?",
 "at": "2026-11-24T09:00:00-05:00"}"#;

fn engine() -> WasmEngine {
    match WasmEngine::new(LOG) {
        Ok(engine) => engine,
        Err(err) => panic!("the fixture log must load: {err:?}"),
    }
}

fn parse(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("not JSON ({e}): {json}"))
}

fn warnings_of(answer: &str) -> Vec<Value> {
    let value = parse(answer);
    value["warnings"]
        .as_array()
        .unwrap_or_else(|| panic!("no \"warnings\" array: {answer}"))
        .clone()
}

fn find_rule<'a>(warnings: &'a [Value], rule: &str) -> &'a Value {
    warnings
        .iter()
        .find(|w| w["rule"] == rule)
        .unwrap_or_else(|| panic!("no {rule} warning in {warnings:?}"))
}

/// The log with interviews[0].at replaced by "tomorrow".
fn log_with_bad_time() -> String {
    let mut log = parse(LOG);
    log["interviews"][0]["at"] = Value::from("tomorrow");
    log.to_string()
}

#[wasm_bindgen_test]
fn answers_the_contract_example() {
    let answer = engine().check(EVENT).expect("a valid event is answered");
    let warnings = warnings_of(&answer);
    let w = find_rule(&warnings, "follow-up-too-soon");
    assert_eq!(w["severity"], "stop", "{w}");
    assert_eq!(w["span"], serde_json::json!({"start": 9, "end": 41}), "{w}");
    assert_eq!(w["person"], "jane", "{w}");
    assert_eq!(w["interview"], "acme-1", "{w}");
    assert!(w["facts"].is_object(), "facts is always an object: {w}");
}

#[wasm_bindgen_test]
fn every_warning_has_every_field() {
    let answer = engine().check(EVENT).unwrap();
    for w in warnings_of(&answer) {
        for field in [
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
            assert!(w.get(field).is_some(), "missing {field}: {w}");
        }
    }
}

#[wasm_bindgen_test]
fn a_bad_log_is_an_error_naming_the_field_not_a_trap() {
    let err = match WasmEngine::new(&log_with_bad_time()) {
        Ok(_) => panic!("a log with \"at\": \"tomorrow\" must be rejected"),
        Err(err) => format!("{err:?}"),
    };
    assert!(err.contains("interviews[0].at"), "{err}");
    // The module is still alive after the error.
    assert!(engine().check(EVENT).is_ok());
}

#[wasm_bindgen_test]
fn a_log_that_is_not_json_is_an_error() {
    assert!(WasmEngine::new("{\"version\": 1, ").is_err());
    assert!(WasmEngine::new("").is_err());
    assert!(WasmEngine::new("[]").is_err());
}

#[wasm_bindgen_test]
fn a_bad_event_is_an_error() {
    let engine = engine();
    for bad in [
        "",
        "not json",
        "[]",
        "null",
        r#"{"kind": "compose", "site": "gmail", "surface": "email""#,
        r#"{"kind": "compose", "site": "nowhere", "surface": "email", "to": [], "text": "hi", "at": "2026-11-24T09:00:00-05:00"}"#,
        r#"{"kind": "compose", "site": "gmail", "surface": "email", "to": [], "text": "hi", "at": "tomorrow"}"#,
    ] {
        assert!(engine.check(bad).is_err(), "accepted {bad:?}");
    }
    // Still usable afterwards.
    assert!(engine.check(EVENT).is_ok());
}

#[wasm_bindgen_test]
fn a_lone_surrogate_in_the_text_is_answered() {
    // JSON.stringify writes a lone surrogate as an escape; it is replaced
    // with U+FFFD (one UTF-16 unit), so spans do not move.
    let event = EVENT.replace(
        "is there any update on the role?\"",
        "is there any update on the role? \\ud800\"",
    );
    assert!(event.contains("\\ud800"));
    let answer = engine()
        .check(&event)
        .expect("an event with a lone surrogate is answered");
    let warnings = warnings_of(&answer);
    let w = find_rule(&warnings, "follow-up-too-soon");
    assert_eq!(w["span"], serde_json::json!({"start": 9, "end": 41}), "{w}");

    // A lone trail surrogate before the text is one unit too, so the
    // question still ends at 42 (where it starts depends on the greeting).
    let leading = EVENT.replace("\"Hi Jane,", "\"\\udc00Hi Jane,");
    assert!(leading.contains("\\udc00Hi"));
    let answer = engine().check(&leading).expect("answered");
    let warnings = warnings_of(&answer);
    let w = find_rule(&warnings, "follow-up-too-soon");
    assert_eq!(w["span"]["end"], 42, "{w}");
}

#[wasm_bindgen_test]
fn reminders_are_answered() {
    let out = engine()
        .reminders("2026-11-24T09:00:00-05:00")
        .expect("reminders for a valid time");
    assert!(parse(&out)["reminders"].is_array(), "{out}");
    assert!(engine().reminders("tomorrow").is_err());
}

#[wasm_bindgen_test]
fn validate_log_lists_problems() {
    assert_eq!(parse(&validate_log(LOG)), serde_json::json!([]));

    let problems = parse(&validate_log(&log_with_bad_time()));
    let problems = problems.as_array().expect("an array of problems");
    assert!(!problems.is_empty());
    assert!(
        problems
            .iter()
            .any(|p| p.as_str().is_some_and(|p| p.contains("interviews[0].at"))),
        "{problems:?}"
    );

    let problems = parse(&validate_log("not json"));
    assert!(!problems.as_array().expect("an array").is_empty());
}

#[wasm_bindgen_test]
fn rules_is_a_json_catalogue() {
    let rules = parse(&rules());
    let list = rules["rules"].as_array().expect("a \"rules\" array");
    assert!(!list.is_empty());
    assert!(
        list.iter().any(|r| r["id"] == "follow-up-too-soon"),
        "{list:?}"
    );
    for r in list {
        assert!(r["id"].is_string(), "{r}");
        assert!(r["kind"] == "warning" || r["kind"] == "reminder", "{r}");
    }
}

#[wasm_bindgen_test]
fn schema_version_is_1() {
    assert_eq!(schema_version(), 1);
}

/// The spelling dictionary is compiled into the module and loads there too:
/// a typo gets its warning with suggestions, British and American spellings
/// and names do not.
#[wasm_bindgen_test]
fn typos_are_found_with_the_dictionary() {
    let event = r#"{"kind": "compose", "site": "gmail", "surface": "email",
 "to": ["jane.doe@acme.com"], "subject": "Thanks",
 "text": "Hi Jane, I loved the colour scheme and the color picker. I look foward to hearing from José Núñez.",
 "at": "2026-11-24T09:00:00-05:00"}"#;
    let answer = engine().check(event).expect("a valid event is answered");
    let warnings = warnings_of(&answer);
    let typos: Vec<&Value> = warnings.iter().filter(|w| w["rule"] == "typo").collect();
    assert_eq!(typos.len(), 1, "{typos:?}");
    assert_eq!(typos[0]["facts"]["word"], "foward");
    assert_eq!(typos[0]["facts"]["suggestions"][0], "forward");
    assert_eq!(
        typos[0]["span"],
        serde_json::json!({"start": 64, "end": 70})
    );
}
