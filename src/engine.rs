//! The engine: built once per log, then checks events and computes
//! reminders without failing.

use crate::calendar::{Timestamp, Weekend};
use crate::event::{Event, EventKind, Site, Surface};
use crate::log::Log;
use crate::people::{handle_host, Directory, Mention, Resolved};
use crate::rules::{REMINDER_RULES, WARNING_RULES};
use crate::text::classify::Classifier;
use crate::text::phrases::{lookups, words_of, Lookups};
use crate::text::sentiment::Lexicon;
use crate::text::spelling::Speller;
use crate::text::tokens::{sentences, tokenize, Sentence, Token};
use crate::warning::{sort_reminders, sort_warnings, Answer, Reminders, Warning};
use std::fmt;

/// Texts longer than this are analysed up to this many bytes: enough for
/// any real message, and it keeps a pasted book from stalling typing.
pub const MAX_TEXT_BYTES: usize = 100_000;

/// The engine could not be built (its own data failed to compile).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError(String);

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the engine's phrase data failed to compile: {}", self.0)
    }
}

impl std::error::Error for BuildError {}

/// Checks events against one log.
///
/// ```
/// use interview_guard::{Engine, Event, Log};
/// let log = Log::from_json(r#"{"version": 1,
///   "interviews": [{"id": "i1", "company": "Acme Corp", "company_domains": ["acme.com"],
///     "stage": "phone_screen", "at": "2026-11-20T15:00:00-05:00",
///     "interviewer_ids": ["p1"], "decision_expected_by": "2026-12-01"}],
///   "people": [{"id": "p1", "name": "Jane Doe", "emails": ["jane.doe@acme.com"]}]}"#).unwrap();
/// let engine = Engine::new(log).unwrap();
/// let event = Event::from_json(r#"{"kind": "compose", "site": "gmail", "surface": "email",
///   "to": ["jane.doe@acme.com"], "subject": "Checking in",
///   "text": "Hi Jane, is there any update on the role?",
///   "at": "2026-11-24T09:00:00-05:00"}"#).unwrap();
/// let answer = engine.check(&event);
/// assert_eq!(answer.warnings[0].rule, "follow-up-too-soon");
/// assert_eq!(answer.warnings[0].facts["earliest"], "2026-12-02");
/// ```
pub struct Engine {
    log: Log,
    dir: Directory,
    lexicon: &'static Lexicon,
    classifier: &'static Classifier,
    speller: &'static Speller,
}

/// A text written to someone, as the message rules see it.
pub struct Message<'a> {
    /// Email or direct message (a connection note is a direct message).
    pub surface: Surface,
    /// The text (cut at [`MAX_TEXT_BYTES`]).
    pub text: &'a str,
    /// The subject (email).
    pub subject: &'a str,
    /// Every recipient, resolved, each person once.
    pub recipients: Vec<Resolved>,
    /// Every recipient entry as the page showed it, with what it resolved to.
    pub entries: Vec<(String, Resolved)>,
    /// Tokens of `text`.
    pub tokens: Vec<Token>,
    /// Sentences of `text`.
    pub sentences: Vec<Sentence>,
    /// Each token looked up in every phrase list, made on first use.
    lookups: std::cell::OnceCell<Lookups>,
}

impl<'a> Message<'a> {
    /// A message with its text cut at [`MAX_TEXT_BYTES`] and tokenised.
    pub fn new(
        surface: Surface,
        text: &'a str,
        subject: &'a str,
        entries: Vec<(String, Resolved)>,
    ) -> Message<'a> {
        let mut recipients: Vec<Resolved> = Vec::new();
        for (_, r) in &entries {
            if !recipients.contains(r) || *r == Resolved::Nobody {
                recipients.push(*r);
            }
        }
        let text = cut(text);
        let tokens = tokenize(text);
        let sentences = sentences(text, &tokens);
        Message {
            surface,
            text,
            subject: cut(subject),
            recipients,
            entries,
            tokens,
            sentences,
            lookups: std::cell::OnceCell::new(),
        }
    }

    /// Every token of the text looked up once in all the phrase lists (see
    /// [`crate::text::phrases::Phrases::scan_with`]).
    pub fn lookups(&self) -> &Lookups {
        self.lookups
            .get_or_init(|| lookups(&words_of(&self.tokens)))
    }

    /// The subject line as a message of its own (same surface, no
    /// recipients), for rules that also read the subject.
    pub fn subject_message(&self) -> Message<'a> {
        Message::new(self.surface, self.subject, "", Vec::new())
    }
}

/// What a warning rule sees.
pub struct CheckContext<'a> {
    /// The log.
    pub log: &'a Log,
    /// Lookup tables.
    pub dir: &'a Directory,
    /// Weekend setting.
    pub weekend: Weekend,
    /// The event.
    pub event: &'a Event,
    /// The text being written, when there is one: a compose event, or a
    /// social event's connection note.
    pub message: Option<Message<'a>>,
    /// Sentiment lexicon.
    pub lexicon: &'static Lexicon,
    /// Message classifier.
    pub classifier: &'static Classifier,
    /// The English dictionary (loaded once per process).
    pub speller: &'static Speller,
    status_check: std::cell::OnceCell<Option<Option<(usize, usize)>>>,
    mentions: std::cell::OnceCell<Vec<Mention>>,
}

impl CheckContext<'_> {
    /// The tracked companies and people named in the message's text, found
    /// once and shared by the rules (empty when there is no message).
    pub fn mentions(&self) -> &[Mention] {
        self.mentions.get_or_init(|| match &self.message {
            Some(msg) => self.dir.mentions(msg.text, &msg.tokens),
            None => Vec::new(),
        })
    }

    /// Whether the message is a status check: `Some(Some(span))` with the
    /// byte range of the first one in the text, `Some(None)` when only the
    /// subject asks, `None` when it is no status check (or no message).
    pub fn status_check(&self) -> Option<Option<(usize, usize)>> {
        *self.status_check.get_or_init(|| {
            let msg = self.message.as_ref()?;
            if !msg.surface.is_message() {
                return None;
            }
            if let Some(first) = self
                .classifier
                .first_status_check_in(&msg.tokens, &msg.sentences)
            {
                return Some(Some(first));
            }
            let in_subject = self.classifier.subject_asks(msg.subject, msg.text);
            in_subject.then_some(None)
        })
    }
}

/// What a reminder rule sees.
pub struct RemindContext<'a> {
    /// The log.
    pub log: &'a Log,
    /// Lookup tables.
    pub dir: &'a Directory,
    /// Weekend setting.
    pub weekend: Weekend,
    /// The time the reminders are for.
    pub now: Timestamp,
}

fn cut(text: &str) -> &str {
    if text.len() <= MAX_TEXT_BYTES {
        return text;
    }
    let mut end = MAX_TEXT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

impl Engine {
    /// Builds the engine: lookup tables for this log (the phrase data and
    /// the spelling dictionary are loaded once per process and shared).
    pub fn new(log: Log) -> Result<Engine, BuildError> {
        let lexicon = Lexicon::get().map_err(|e| BuildError(e.to_string()))?;
        let classifier = Classifier::get().map_err(|e| BuildError(e.to_string()))?;
        let speller = Speller::get().map_err(|e| BuildError(e.to_string()))?;
        crate::text::phrases::compile_all().map_err(|e| BuildError(e.to_string()))?;
        let dir = Directory::new(&log);
        Ok(Engine {
            log,
            dir,
            lexicon,
            classifier,
            speller,
        })
    }

    /// The log this engine checks against.
    pub fn log(&self) -> &Log {
        &self.log
    }

    /// The lookup tables.
    pub fn directory(&self) -> &Directory {
        &self.dir
    }

    fn site_enabled(&self, site: Site) -> bool {
        !self
            .log
            .settings
            .sites
            .iter()
            .any(|(name, on)| !on && name == site.name())
    }

    fn resolve_all(&self, entries: &[String], site: Site) -> Vec<(String, Resolved)> {
        entries
            .iter()
            .map(|e| (e.clone(), self.dir.resolve(e, handle_host(site))))
            .collect()
    }

    /// Checks one event. Never fails: an event the rules cannot judge gets
    /// no warning.
    pub fn check(&self, event: &Event) -> Answer {
        let Some(ctx) = self.context(event) else {
            return Answer::default();
        };
        let mut warnings = Vec::new();
        for (_, rule) in WARNING_RULES {
            rule(&ctx, &mut warnings);
        }
        warnings.retain(|w| !self.is_muted(w));
        sort_warnings(&mut warnings);
        Answer { warnings }
    }

    /// Checks one event like [`Engine::check`] and reports how long each
    /// rule took (the shared analyses are charged to the first rule that
    /// asks for them). For the benchmarks (`BENCH_RULES=1 ./scripts/bench`);
    /// native only (there is no clock in the WASM module).
    #[doc(hidden)]
    #[cfg(not(target_arch = "wasm32"))]
    pub fn check_timed(
        &self,
        event: &Event,
        mut each: impl FnMut(&'static str, std::time::Duration),
    ) {
        let start = std::time::Instant::now();
        let Some(ctx) = self.context(event) else {
            return;
        };
        each("(tokens, sentences, recipients)", start.elapsed());
        let mut warnings = Vec::new();
        for (meta, rule) in WARNING_RULES {
            let t = std::time::Instant::now();
            rule(&ctx, &mut warnings);
            each(meta.id, t.elapsed());
        }
    }

    /// What the rules see of one event (`None` when its site is switched off).
    fn context<'a>(&'a self, event: &'a Event) -> Option<CheckContext<'a>> {
        if !self.site_enabled(event.site) {
            return None;
        }
        let message = match &event.kind {
            EventKind::Compose(c) => Some(Message::new(
                c.surface,
                &c.text,
                &c.subject,
                self.resolve_all(&c.to, event.site),
            )),
            EventKind::Social(s) => s.note.as_deref().map(|note| {
                let target = s
                    .target
                    .profile
                    .as_deref()
                    .and_then(|p| self.dir.resolve_profile(p, handle_host(event.site)))
                    .or_else(|| {
                        s.target
                            .name
                            .as_deref()
                            .and_then(|n| self.dir.resolve_name(n))
                    })
                    .map(Resolved::Person)
                    .unwrap_or(Resolved::Nobody);
                let entry = s.target.profile.clone().or_else(|| s.target.name.clone());
                Message::new(
                    Surface::DirectMessage,
                    note,
                    "",
                    vec![(entry.unwrap_or_default(), target)],
                )
            }),
        };
        let ctx = CheckContext {
            log: &self.log,
            dir: &self.dir,
            weekend: self.log.settings.weekend,
            event,
            message,
            lexicon: self.lexicon,
            classifier: self.classifier,
            speller: self.speller,
            status_check: std::cell::OnceCell::new(),
            mentions: std::cell::OnceCell::new(),
        };
        Some(ctx)
    }

    /// The reminders due at `now`.
    pub fn reminders(&self, now: Timestamp) -> Reminders {
        let ctx = RemindContext {
            log: &self.log,
            dir: &self.dir,
            weekend: self.log.settings.weekend,
            now,
        };
        let mut reminders = Vec::new();
        for (_, rule) in REMINDER_RULES {
            rule(&ctx, &mut reminders);
        }
        reminders.retain(|w| !self.is_muted(w));
        sort_reminders(&mut reminders);
        Reminders { reminders }
    }

    /// Whether a mute in the settings covers this warning: every field a
    /// mute gives must match.
    pub fn is_muted(&self, w: &Warning) -> bool {
        self.log.settings.muted.iter().any(|m| {
            m.rule == w.rule
                && m.person
                    .as_deref()
                    .is_none_or(|p| w.person.as_deref() == Some(p))
                && m.company.as_deref().is_none_or(|c| {
                    let Some(wc) = w.company.as_deref() else {
                        return false;
                    };
                    match (self.dir.process_by_name(c), self.dir.process_by_name(wc)) {
                        (Some(a), Some(b)) => a == b,
                        _ => crate::people::company_key(c) == crate::people::company_key(wc),
                    }
                })
        })
    }
}
