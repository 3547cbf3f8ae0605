//! The command-line tool, run as a separate process against temporary files
//! (CONTRACT.md, "The command line").

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_interview-guard");
const LOG: &str = include_str!("corpus/log.json");

/// CONTRACT.md's example: a status check the calendar day after the phone
/// screen with Jane Doe (Mon 23 Nov 2026, 10:00 -05:00).
const EVENT: &str = r#"{"kind": "compose", "site": "gmail", "surface": "email",
 "to": ["jane.doe@acme.com"], "subject": "Checking in",
 "text": "Hi Jane, is there any update on the role?",
 "at": "2026-11-24T09:00:00-05:00"}"#;

/// A fresh directory per test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "interview-guard-cli-{}-{}",
            std::process::id(),
            name
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    {
        let mut pipe = child.stdin.take().unwrap();
        if let Some(input) = stdin {
            // The tool may exit (bad log, missing file) before reading
            // stdin; a broken pipe then is expected.
            let _ = pipe.write_all(input.as_bytes());
        }
    }
    child.wait_with_output().unwrap()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn describe(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        stdout(out),
        stderr(out)
    )
}

/// True when `json` has no whitespace outside strings.
fn is_compact(json: &str) -> bool {
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c.is_whitespace() {
            return false;
        }
    }
    true
}

/// stdout is exactly one line of compact JSON; returns it parsed.
fn json_line(out: &Output) -> Value {
    assert_eq!(out.status.code(), Some(0), "{}", describe(out));
    let text = stdout(out);
    let line = text
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("stdout must end with a newline: {text:?}"));
    assert!(!line.contains('\n'), "stdout must be one line: {text:?}");
    assert!(is_compact(line), "stdout must be compact JSON: {line}");
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
}

/// Exit 2 with exactly one line on stderr, which contains every `needle`.
fn bad_input(out: &Output, needles: &[&str]) {
    assert_eq!(out.status.code(), Some(2), "{}", describe(out));
    let err = stderr(out);
    assert_eq!(
        err.lines().count(),
        1,
        "one line on stderr: {}",
        describe(out)
    );
    for needle in needles {
        assert!(err.contains(needle), "stderr should name {needle:?}: {err}");
    }
    assert!(
        out.stdout.is_empty(),
        "nothing on stdout: {}",
        describe(out)
    );
}

fn log_with(pointer: &str, value: Value) -> String {
    let mut log: Value = serde_json::from_str(LOG).unwrap();
    *log.pointer_mut(pointer).unwrap() = value;
    log.to_string()
}

fn assert_contract_example(answer: &Value) {
    let warnings = answer["warnings"].as_array().expect("a warnings array");
    let w = warnings
        .iter()
        .find(|w| w["rule"] == "follow-up-too-soon")
        .unwrap_or_else(|| panic!("no follow-up-too-soon in {answer}"));
    assert_eq!(w["severity"], "stop", "{w}");
    assert_eq!(w["span"], serde_json::json!({"start": 9, "end": 41}), "{w}");
    assert_eq!(w["person"], "jane", "{w}");
    assert_eq!(w["interview"], "acme-1", "{w}");
}

#[test]
fn check_reads_the_event_from_a_file() {
    let dir = TempDir::new("check-file");
    let log = dir.file("log.json", LOG);
    let event = dir.file("event.json", EVENT);
    let out = run(&["check", "--log", p(&log), p(&event)], None);
    assert_contract_example(&json_line(&out));
}

#[test]
fn check_reads_the_event_from_stdin() {
    let dir = TempDir::new("check-stdin");
    let log = dir.file("log.json", LOG);
    let out = run(&["check", "--log", p(&log)], Some(EVENT));
    assert_contract_example(&json_line(&out));
}

#[test]
fn check_answers_an_event_with_nothing_to_say() {
    let dir = TempDir::new("check-quiet");
    let log = dir.file("log.json", LOG);
    let event = r#"{"kind": "compose", "site": "gmail", "surface": "email",
      "to": ["friend@example.org"], "text": "See you at the match on Saturday.",
      "at": "2026-11-24T09:00:00-05:00"}"#;
    let answer = json_line(&run(&["check", "--log", p(&log)], Some(event)));
    assert!(answer["warnings"].is_array(), "{answer}");
}

#[test]
fn a_bad_event_on_stdin_names_stdin() {
    let dir = TempDir::new("bad-stdin");
    let log = dir.file("log.json", LOG);
    for bad in ["", "not json", "[]", "null", "{\"kind\": \"compose\""] {
        let out = run(&["check", "--log", p(&log)], Some(bad));
        bad_input(&out, &["<stdin>"]);
    }
    let unknown_site = EVENT.replace("\"gmail\"", "\"myspace\"");
    let out = run(&["check", "--log", p(&log)], Some(&unknown_site));
    bad_input(&out, &["<stdin>", "site"]);
}

#[test]
fn a_bad_event_file_names_the_file_and_the_field() {
    let dir = TempDir::new("bad-event-file");
    let log = dir.file("log.json", LOG);
    let event = dir.file(
        "event.json",
        &EVENT.replace("2026-11-24T09:00:00-05:00", "next tuesday"),
    );
    let out = run(&["check", "--log", p(&log), p(&event)], None);
    bad_input(&out, &["event.json", "at"]);
}

#[test]
fn validate_a_good_log_prints_ok() {
    let dir = TempDir::new("validate-ok");
    let log = dir.file("log.json", LOG);
    let out = run(&["validate", "--log", p(&log)], None);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(stdout(&out), "ok\n");
}

#[test]
fn validate_prints_every_problem_and_exits_2() {
    let dir = TempDir::new("validate-bad");
    let log = dir.file(
        "log.json",
        &log_with("/interviews/0/at", Value::from("tomorrow")),
    );
    let out = run(&["validate", "--log", p(&log)], None);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    let text = stdout(&out);
    let expected = r#"interviews[0].at: expected an RFC 3339 time with an offset, got "tomorrow""#;
    assert!(
        text.lines().any(|l| l.contains(expected)),
        "validate should print a line containing {expected:?}:\n{}",
        describe(&out)
    );
    assert!(text.contains("log.json"), "the line names the file: {text}");
}

#[test]
fn validate_lists_several_problems_one_a_line() {
    let dir = TempDir::new("validate-several");
    let mut log: Value = serde_json::from_str(LOG).unwrap();
    log["interviews"][0]["at"] = Value::from("tomorrow");
    log["interviews"][1]["status"] = Value::from("maybe");
    let log = dir.file("log.json", &log.to_string());
    let out = run(&["validate", "--log", p(&log)], None);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    let text = stdout(&out);
    assert!(
        text.lines().any(|l| l.contains("interviews[0].at")),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l.contains("interviews[1].status")),
        "{text}"
    );
}

#[test]
fn a_log_that_is_not_json_exits_2_naming_the_file() {
    let dir = TempDir::new("log-not-json");
    let log = dir.file("broken-log.json", "{\"version\": 1, \"interviews\": [");
    let event = dir.file("event.json", EVENT);
    bad_input(
        &run(&["check", "--log", p(&log), p(&event)], None),
        &["broken-log.json"],
    );
    bad_input(
        &run(
            &[
                "reminders",
                "--log",
                p(&log),
                "--now",
                "2026-11-24T09:00:00-05:00",
            ],
            None,
        ),
        &["broken-log.json"],
    );
}

#[test]
fn a_missing_file_exits_2_naming_it() {
    let dir = TempDir::new("missing");
    let log = dir.file("log.json", LOG);
    let missing = dir.0.join("no-such-log.json");
    bad_input(
        &run(&["check", "--log", p(&missing)], Some(EVENT)),
        &["no-such-log.json"],
    );
    let missing_event = dir.0.join("no-such-event.json");
    bad_input(
        &run(&["check", "--log", p(&log), p(&missing_event)], None),
        &["no-such-event.json"],
    );
    let out = run(&["validate", "--log", p(&missing)], None);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
}

#[test]
fn an_unknown_enum_value_exits_2() {
    let dir = TempDir::new("unknown-enum");
    let log = dir.file(
        "log.json",
        &log_with("/interviews/0/status", Value::from("maybe")),
    );
    bad_input(
        &run(&["check", "--log", p(&log)], Some(EVENT)),
        &["log.json", "interviews[0].status"],
    );
}

#[test]
fn rules_prints_the_catalogue() {
    let rules = json_line(&run(&["rules"], None));
    let list = rules["rules"].as_array().expect("a rules array");
    assert!(!list.is_empty());
    for r in list {
        assert!(r["id"].is_string(), "{r}");
        assert!(r["kind"] == "warning" || r["kind"] == "reminder", "{r}");
        assert!(r["severities"].is_array(), "{r}");
        assert!(r["title"].is_string(), "{r}");
        assert!(r["sources"].is_array(), "{r}");
        assert!(r["facts"].is_array(), "{r}");
    }
    assert!(list.iter().any(|r| r["id"] == "follow-up-too-soon"));
}

#[test]
fn reminders_prints_a_reminders_array() {
    let dir = TempDir::new("reminders");
    let log = dir.file("log.json", LOG);
    let out = run(
        &[
            "reminders",
            "--log",
            p(&log),
            "--now",
            "2026-11-24T09:00:00-05:00",
        ],
        None,
    );
    let answer = json_line(&out);
    let reminders = answer["reminders"].as_array().expect("a reminders array");
    for r in reminders {
        for field in [
            "rule",
            "severity",
            "title",
            "advice",
            "person",
            "interview",
            "facts",
        ] {
            assert!(r.get(field).is_some(), "missing {field}: {r}");
        }
    }
}

#[test]
fn reminders_with_a_bad_time_exits_2() {
    let dir = TempDir::new("reminders-bad-now");
    let log = dir.file("log.json", LOG);
    let out = run(&["reminders", "--log", p(&log), "--now", "tomorrow"], None);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", describe(&out));
}

#[test]
fn bad_usage_does_not_panic() {
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["check"][..],
        &["check", "--log"][..],
        &["reminders", "--log", "x.json"][..],
    ] {
        let out = run(args, Some(""));
        let code = out.status.code();
        assert!(
            code == Some(1) || code == Some(2),
            "{args:?}: {}",
            describe(&out)
        );
    }
}
