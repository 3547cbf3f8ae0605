//! # Interview Guard — the core
//!
//! Warns a job seeker before the mistakes made in a browser tab after an
//! interview: connecting with the interviewer too early, venting in public,
//! asking for news too soon. The core is pure and deterministic: it takes
//! the log the user keeps ([`Log`]) and an event ([`Event`], with its time)
//! and returns warnings ([`Warning`]). No I/O, no clock.
//!
//! It has three faces: this Rust API, the `interview-guard` command line,
//! and (on `wasm32`) the WebAssembly module the extension's service worker
//! loads. All three speak the JSON described in `CONTRACT.md`.
//!
//! ```
//! use interview_guard::{Engine, Event, Log, Timestamp};
//!
//! let log = Log::from_json(r#"{"version": 1,
//!   "interviews": [{"id": "i1", "company": "Acme Corp", "stage": "phone_screen",
//!                   "at": "2026-11-23T10:00:00-05:00", "interviewer_ids": ["p1"]}],
//!   "people": [{"id": "p1", "name": "Jane Doe",
//!               "profiles": ["https://www.linkedin.com/in/janedoe"]}]}"#)?;
//! let engine = Engine::new(log)?;
//!
//! let connect = Event::from_json(r#"{"kind": "social", "site": "linkedin", "action": "connect",
//!   "target": {"name": "Jane Doe", "profile": "https://www.linkedin.com/in/janedoe/"},
//!   "at": "2026-11-23T19:00:00-05:00"}"#)?;
//! let answer = engine.check(&connect);
//! assert_eq!(answer.warnings[0].rule, "connect-interviewer");
//!
//! let due = engine.reminders(Timestamp::parse("2026-11-23T12:00:00-05:00").unwrap());
//! assert!(due.reminders.iter().any(|r| r.rule == "thank-you-due"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

pub mod calendar;
pub mod engine;
pub mod event;
pub mod json;
pub mod log;
pub mod people;
pub mod record;
pub mod rules;
pub mod text;
pub mod warning;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use calendar::{Date, Timestamp};
pub use engine::{BuildError, Engine};
pub use event::{Event, Site};
pub use json::{Problem, Problems};
pub use log::{Log, SCHEMA_VERSION};
pub use warning::{Answer, Reminders, Severity, Span, Warning};
