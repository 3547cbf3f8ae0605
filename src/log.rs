//! The log: interviews, people, sent messages, profile views and settings
//! (CONTRACT.md, "The log").
//!
//! [`Log::from_json`] reads and validates in one pass and reports every
//! problem with its field path. Older schema versions are brought up to
//! [`SCHEMA_VERSION`] by [`migrate`] before reading.

use crate::calendar::{Date, Timestamp, Weekday, Weekend};
use crate::json::{self, Problem, Problems, Reader};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u64 = 1;

/// Interview stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// A first call, often with a recruiter.
    PhoneScreen,
    /// The first proper round.
    FirstRound,
    /// Second round.
    SecondRound,
    /// Third round.
    ThirdRound,
    /// The final round.
    FinalRound,
    /// References are being checked.
    References,
    /// Anything else.
    Other,
}

impl Stage {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, Stage)] = &[
        ("phone_screen", Stage::PhoneScreen),
        ("first_round", Stage::FirstRound),
        ("second_round", Stage::SecondRound),
        ("third_round", Stage::ThirdRound),
        ("final_round", Stage::FinalRound),
        ("references", Stage::References),
        ("other", Stage::Other),
    ];

    /// Human name ("phone screen").
    pub fn human(self) -> &'static str {
        match self {
            Stage::PhoneScreen => "phone screen",
            Stage::FirstRound => "first-round interview",
            Stage::SecondRound => "second-round interview",
            Stage::ThirdRound => "third-round interview",
            Stage::FinalRound => "final-round interview",
            Stage::References => "reference stage",
            Stage::Other => "interview",
        }
    }

    /// Whether this stage is early in a process (shorter wait before a check-in).
    pub fn is_early(self) -> bool {
        matches!(self, Stage::PhoneScreen | Stage::FirstRound)
    }
}

/// Interview format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// By phone.
    Phone,
    /// By video call.
    Video,
    /// In person.
    Onsite,
}

impl Format {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, Format)] = &[
        ("phone", Format::Phone),
        ("video", Format::Video),
        ("onsite", Format::Onsite),
    ];
}

/// How the employer asked to be contacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreferredChannel {
    /// Email.
    Email,
    /// Phone.
    Phone,
    /// LinkedIn messages.
    Linkedin,
    /// No preference.
    Any,
}

impl PreferredChannel {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, PreferredChannel)] = &[
        ("email", PreferredChannel::Email),
        ("phone", PreferredChannel::Phone),
        ("linkedin", PreferredChannel::Linkedin),
        ("any", PreferredChannel::Any),
    ];
}

/// Where an interview process stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Waiting for a decision.
    Open,
    /// An offer was made by word of mouth.
    OfferVerbal,
    /// A written offer is in hand.
    OfferWritten,
    /// The employer said no.
    Rejected,
    /// The candidate withdrew.
    Withdrawn,
    /// The candidate was hired.
    Hired,
}

impl Status {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, Status)] = &[
        ("open", Status::Open),
        ("offer_verbal", Status::OfferVerbal),
        ("offer_written", Status::OfferWritten),
        ("rejected", Status::Rejected),
        ("withdrawn", Status::Withdrawn),
        ("hired", Status::Hired),
    ];

    /// `open` or `offer_verbal` (RULES.md: an *open process*).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Open | Status::OfferVerbal)
    }

    /// The JSON name.
    pub fn name(self) -> &'static str {
        Status::NAMES
            .iter()
            .find(|(_, s)| *s == self)
            .map(|(n, _)| *n)
            .unwrap_or("open")
    }
}

/// A channel a message went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// Email.
    Email,
    /// LinkedIn.
    Linkedin,
    /// Facebook or Messenger.
    Facebook,
    /// X (Twitter).
    X,
    /// Instagram.
    Instagram,
    /// A phone call or text.
    Phone,
    /// Anything else.
    Other,
}

impl Channel {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, Channel)] = &[
        ("email", Channel::Email),
        ("linkedin", Channel::Linkedin),
        ("facebook", Channel::Facebook),
        ("x", Channel::X),
        ("instagram", Channel::Instagram),
        ("phone", Channel::Phone),
        ("other", Channel::Other),
    ];
}

/// What a sent message was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentKind {
    /// A thank-you note.
    ThankYou,
    /// A status check / follow-up.
    FollowUp,
    /// Anything else.
    Other,
}

impl SentKind {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, SentKind)] = &[
        ("thank_you", SentKind::ThankYou),
        ("follow_up", SentKind::FollowUp),
        ("other", SentKind::Other),
    ];
}

/// Pay period of an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Per hour.
    Hour,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

impl Period {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, Period)] = &[
        ("hour", Period::Hour),
        ("week", Period::Week),
        ("month", Period::Month),
        ("year", Period::Year),
    ];

    /// Multiplier to a yearly amount (RULES.md: hour × 2080, week × 52, month × 12).
    pub fn per_year(self) -> f64 {
        match self {
            Period::Hour => 2080.0,
            Period::Week => 52.0,
            Period::Month => 12.0,
            Period::Year => 1.0,
        }
    }
}

/// A salary expectation the candidate gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Salary {
    /// The amount.
    pub amount: f64,
    /// ISO currency code, upper case (`USD`).
    pub currency: String,
    /// The period.
    pub period: Period,
}

/// One interview.
#[derive(Debug, Clone, PartialEq)]
pub struct Interview {
    /// Unique id.
    pub id: String,
    /// Company name as written.
    pub company: String,
    /// Other names of the company.
    pub company_aliases: Vec<String>,
    /// Email domains of the company (lowercase).
    pub company_domains: Vec<String>,
    /// The role.
    pub role: String,
    /// Stage.
    pub stage: Stage,
    /// Format, if known.
    pub format: Option<Format>,
    /// Start time, with the interview's own offset.
    pub at: Timestamp,
    /// Length in minutes (default 60).
    pub duration_minutes: u32,
    /// The people who interviewed.
    pub interviewer_ids: Vec<String>,
    /// The decision date the employer gave.
    pub decision_expected_by: Option<Date>,
    /// Whether they said the decision would be quick.
    pub quick_decision: bool,
    /// How they asked to be contacted.
    pub preferred_channel: PreferredChannel,
    /// Where the process stands.
    pub status: Status,
    /// Salary expectation given.
    pub salary_expectation: Option<Salary>,
    /// Free notes.
    pub notes: String,
}

impl Interview {
    /// The interview's end (`at` + duration).
    pub fn end(&self) -> Timestamp {
        self.at
            .plus_seconds(i64::from(self.duration_minutes).saturating_mul(60))
    }

    /// The interview's local date (in its own offset).
    pub fn local_date(&self) -> Date {
        self.at.local_date()
    }
}

/// A tracked person.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Unique id.
    pub id: String,
    /// Name as written.
    pub name: String,
    /// Job title.
    pub title: String,
    /// Their company (name or alias of an interview's company).
    pub company: String,
    /// Email addresses.
    pub emails: Vec<String>,
    /// Profile links.
    pub profiles: Vec<String>,
    /// They invited the candidate to connect.
    pub invited_to_connect: bool,
}

/// Who a sent message went to.
#[derive(Debug, Clone, PartialEq)]
pub enum Recipient {
    /// A tracked person, by id.
    Person(String),
    /// An address at a company that is no tracked person's.
    Company {
        /// Company name.
        company: String,
        /// The address, if given.
        address: Option<String>,
    },
}

/// A message the candidate sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Sent {
    /// Recipient.
    pub to: Recipient,
    /// The interview it belongs to, if known.
    pub interview_id: Option<String>,
    /// When.
    pub at: Timestamp,
    /// Channel.
    pub channel: Channel,
    /// What it was.
    pub kind: SentKind,
    /// The text, when kept.
    pub text: Option<String>,
}

/// A profile view of a tracked person.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Person id.
    pub person: String,
    /// Site name.
    pub site: String,
    /// When.
    pub at: Timestamp,
}

/// One muted rule: every field given must match.
#[derive(Debug, Clone, PartialEq)]
pub struct Mute {
    /// Rule id.
    pub rule: String,
    /// Person id.
    pub person: Option<String>,
    /// Company name or alias.
    pub company: Option<String>,
}

/// User settings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Settings {
    /// Weekend days.
    pub weekend: Weekend,
    /// Muted rules.
    pub muted: Vec<Mute>,
    /// Per-site switches (site → on); missing means on.
    pub sites: Vec<(String, bool)>,
}

/// The whole log.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Log {
    /// Interviews.
    pub interviews: Vec<Interview>,
    /// Tracked people.
    pub people: Vec<Person>,
    /// Messages sent.
    pub sent: Vec<Sent>,
    /// Profile views.
    pub views: Vec<View>,
    /// Settings.
    pub settings: Settings,
}

/// Brings a log document of an older schema version up to
/// [`SCHEMA_VERSION`]. Each step is one function from version N to N + 1;
/// version 1 is the first, so there are none yet.
pub fn migrate(mut doc: Value) -> Result<Value, Problems> {
    const STEPS: &[fn(Value) -> Value] = &[];
    let version = match doc.get("version") {
        Some(Value::Number(n)) => n.as_u64(),
        None | Some(Value::Null) => {
            return Err(one("version", "required, missing"));
        }
        Some(_) => None,
    };
    let Some(version) = version.filter(|v| *v >= 1) else {
        return Err(one(
            "version",
            format!(
                "expected a schema version from 1 to {SCHEMA_VERSION}, got {}",
                json::describe(doc.get("version").unwrap_or(&Value::Null))
            ),
        ));
    };
    if version > SCHEMA_VERSION {
        return Err(one(
            "version",
            format!(
                "this log was written by a newer version (schema {version}); this build reads up to {SCHEMA_VERSION}"
            ),
        ));
    }
    for step in STEPS.iter().skip((version - 1) as usize) {
        doc = step(doc);
    }
    if let Value::Object(m) = &mut doc {
        m.insert("version".into(), Value::from(SCHEMA_VERSION));
    }
    Ok(doc)
}

fn one(path: &str, message: impl Into<String>) -> Problems {
    Problems(vec![Problem {
        path: path.into(),
        message: message.into(),
    }])
}

impl Log {
    /// Parses and validates a log document.
    ///
    /// ```
    /// let log = interview_guard::Log::from_json(r#"{"version": 1}"#).unwrap();
    /// assert!(log.interviews.is_empty());
    /// let err = interview_guard::Log::from_json(
    ///     r#"{"version": 1, "interviews": [{"id": "i1", "company": "Acme", "at": "tomorrow"}]}"#,
    /// ).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     r#"interviews[0].at: expected an RFC 3339 time with an offset, got "tomorrow""#
    /// );
    /// ```
    pub fn from_json(src: &str) -> Result<Log, Problems> {
        let doc = json::parse_document(src)?;
        Log::from_value(doc)
    }

    /// Validates and reads an already parsed document (migrating it first).
    pub fn from_value(doc: Value) -> Result<Log, Problems> {
        let mut r = Reader::default();
        if r.object(&doc, "").is_none() {
            return Err(Problems(r.problems));
        }
        // Version problems are reported together with the rest.
        let doc = match migrate(doc.clone()) {
            Ok(d) => d,
            Err(p) => {
                r.problems.extend(p.0);
                doc
            }
        };
        let empty = Map::new();
        let top = doc.as_object().unwrap_or(&empty);
        let log = read_log(&mut r, top);
        if r.problems.is_empty() {
            Ok(log)
        } else {
            Err(Problems(r.problems))
        }
    }

    /// The interview with this id.
    pub fn interview(&self, id: &str) -> Option<&Interview> {
        self.interviews.iter().find(|i| i.id == id)
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
}

fn read_log(r: &mut Reader, top: &Map<String, Value>) -> Log {
    let mut log = Log::default();
    for (i, v) in r.list(top, "", "interviews").iter().enumerate() {
        let path = format!("interviews[{i}]");
        if let Some(iv) = read_interview(r, v, &path) {
            log.interviews.push(iv);
        }
    }
    for (i, v) in r.list(top, "", "people").iter().enumerate() {
        let path = format!("people[{i}]");
        if let Some(p) = read_person(r, v, &path) {
            log.people.push(p);
        }
    }
    for (i, v) in r.list(top, "", "sent").iter().enumerate() {
        let path = format!("sent[{i}]");
        if let Some(s) = read_sent(r, v, &path) {
            log.sent.push(s);
        }
    }
    for (i, v) in r.list(top, "", "views").iter().enumerate() {
        let path = format!("views[{i}]");
        let Some(o) = r.object(v, &path) else {
            continue;
        };
        let person = r.req_str(o, &path, "person");
        let site = r.opt_str(o, &path, "site").unwrap_or_default();
        let at = r.req_time(o, &path, "at");
        if let (Some(person), Some(at)) = (person, at) {
            if person_missing(&log, &person) {
                r.problem(
                    &format!("{path}.person"),
                    format!("names no person in people: {person:?}"),
                );
            }
            log.views.push(View { person, site, at });
        }
    }
    if let Some(s) = top.get("settings").filter(|v| !v.is_null()) {
        if let Some(o) = r.object(s, "settings") {
            log.settings = read_settings(r, o);
        }
    }
    check_references(r, &log);
    check_raw_references(r, top);
    log
}

/// Person references are checked on the raw document, so that they are
/// reported even for records with other problems.
fn check_raw_references(r: &mut Reader, top: &Map<String, Value>) {
    let ids: HashSet<&str> = top
        .get("people")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|p| p.get("id").and_then(Value::as_str))
                .collect()
        })
        .unwrap_or_default();
    let list = |key: &str| {
        top.get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for (i, iv) in list("interviews").iter().enumerate() {
        let Some(refs) = iv.get("interviewer_ids").and_then(Value::as_array) else {
            continue;
        };
        for (j, pid) in refs.iter().enumerate() {
            if let Some(pid) = pid.as_str() {
                if !ids.contains(pid) {
                    r.problem(
                        &format!("interviews[{i}].interviewer_ids[{j}]"),
                        format!("names no person in people: {pid:?}"),
                    );
                }
            }
        }
    }
    for (i, s) in list("sent").iter().enumerate() {
        if let Some(pid) = s.get("to").and_then(Value::as_str) {
            if !ids.contains(pid) {
                r.problem(
                    &format!("sent[{i}].to"),
                    format!("names no person in people: {pid:?}"),
                );
            }
        }
    }
}

fn person_missing(log: &Log, id: &str) -> bool {
    !log.people.iter().any(|p| p.id == id)
}

fn check_references(r: &mut Reader, log: &Log) {
    let mut seen = HashSet::new();
    for (i, iv) in log.interviews.iter().enumerate() {
        if !seen.insert(iv.id.as_str()) {
            r.problem(
                &format!("interviews[{i}].id"),
                format!("duplicate id {:?}", iv.id),
            );
        }
    }
    let mut seen = HashSet::new();
    for (i, p) in log.people.iter().enumerate() {
        if !seen.insert(p.id.as_str()) {
            r.problem(
                &format!("people[{i}].id"),
                format!("duplicate id {:?}", p.id),
            );
        }
    }
    for (i, s) in log.sent.iter().enumerate() {
        if let Some(iid) = &s.interview_id {
            if log.interview(iid).is_none() {
                r.problem(
                    &format!("sent[{i}].interview_id"),
                    format!("names no interview in interviews: {iid:?}"),
                );
            }
        }
    }
}

fn read_interview(r: &mut Reader, v: &Value, path: &str) -> Option<Interview> {
    let o = r.object(v, path)?;
    let id = r.req_str(o, path, "id");
    let company = r.req_str(o, path, "company");
    let at = r.req_time(o, path, "at");
    if let Some(c) = &company {
        if c.trim().is_empty() {
            r.problem(&json::join(path, "company"), "must not be empty");
        }
    }
    let company_aliases = r.str_list(o, path, "company_aliases");
    let company_domains = r
        .str_list(o, path, "company_domains")
        .into_iter()
        .map(|d| normalize_domain(&d))
        .filter(|d| !d.is_empty())
        .collect();
    let role = r.opt_str(o, path, "role").unwrap_or_default();
    let stage = r.opt_enum(o, path, "stage", Stage::NAMES, Stage::Other);
    let format = match o.get("format") {
        None | Some(Value::Null) => None,
        Some(v) => r.enum_value(v, &json::join(path, "format"), Format::NAMES),
    };
    let duration_minutes = match o.get("duration_minutes") {
        None | Some(Value::Null) => 60,
        Some(Value::Number(n)) => match n.as_u64() {
            Some(m) if (1..=7 * 24 * 60).contains(&m) => m as u32,
            _ => {
                r.problem(
                    &json::join(path, "duration_minutes"),
                    format!("expected whole minutes from 1 to 10080, got {n}"),
                );
                60
            }
        },
        Some(other) => {
            r.problem(
                &json::join(path, "duration_minutes"),
                format!(
                    "expected a number of minutes, got {}",
                    json::describe(other)
                ),
            );
            60
        }
    };
    let interviewer_ids = r.str_list(o, path, "interviewer_ids");
    let decision_expected_by = r.opt_date(o, path, "decision_expected_by");
    let quick_decision = r.opt_bool(o, path, "quick_decision");
    let preferred_channel = r.opt_enum(
        o,
        path,
        "preferred_channel",
        PreferredChannel::NAMES,
        PreferredChannel::Any,
    );
    let status = r.opt_enum(o, path, "status", Status::NAMES, Status::Open);
    let salary_expectation = match o.get("salary_expectation") {
        None | Some(Value::Null) => None,
        Some(v) => read_salary(r, v, &json::join(path, "salary_expectation")),
    };
    let notes = r.opt_str(o, path, "notes").unwrap_or_default();
    Some(Interview {
        id: id?,
        company: company?,
        company_aliases,
        company_domains,
        role,
        stage,
        format,
        at: at?,
        duration_minutes,
        interviewer_ids,
        decision_expected_by,
        quick_decision,
        preferred_channel,
        status,
        salary_expectation,
        notes,
    })
}

fn read_salary(r: &mut Reader, v: &Value, path: &str) -> Option<Salary> {
    let o = r.object(v, path)?;
    let amount = match o.get("amount") {
        Some(Value::Number(n)) => match n.as_f64() {
            Some(a) if a.is_finite() && a >= 0.0 => Some(a),
            _ => {
                r.problem(
                    &json::join(path, "amount"),
                    format!("expected a positive amount, got {n}"),
                );
                None
            }
        },
        None | Some(Value::Null) => {
            r.problem(&json::join(path, "amount"), "required, missing");
            None
        }
        Some(other) => {
            r.problem(
                &json::join(path, "amount"),
                format!("expected a number, got {}", json::describe(other)),
            );
            None
        }
    };
    let currency = r
        .opt_str(o, path, "currency")
        .unwrap_or_else(|| "USD".into())
        .trim()
        .to_ascii_uppercase();
    let period = r.opt_enum(o, path, "period", Period::NAMES, Period::Year);
    Some(Salary {
        amount: amount?,
        currency,
        period,
    })
}

fn read_person(r: &mut Reader, v: &Value, path: &str) -> Option<Person> {
    let o = r.object(v, path)?;
    let id = r.req_str(o, path, "id");
    let name = r.req_str(o, path, "name");
    if let Some(n) = &name {
        if n.trim().is_empty() {
            r.problem(&json::join(path, "name"), "must not be empty");
        }
    }
    let title = r.opt_str(o, path, "title").unwrap_or_default();
    let company = r.opt_str(o, path, "company").unwrap_or_default();
    let emails = r.str_list(o, path, "emails");
    let profiles = r.str_list(o, path, "profiles");
    let invited_to_connect = r.opt_bool(o, path, "invited_to_connect");
    Some(Person {
        id: id?,
        name: name?,
        title,
        company,
        emails,
        profiles,
        invited_to_connect,
    })
}

fn read_sent(r: &mut Reader, v: &Value, path: &str) -> Option<Sent> {
    let o = r.object(v, path)?;
    let to = r.opt_str(o, path, "to");
    let company = r.opt_str(o, path, "company");
    let address = r.opt_str(o, path, "address");
    let recipient = match (to, company) {
        (Some(to), _) => Some(Recipient::Person(to)),
        (None, Some(company)) => Some(Recipient::Company { company, address }),
        (None, None) => {
            r.problem(
                &json::join(path, "to"),
                "required: either to (a person id) or company",
            );
            None
        }
    };
    let interview_id = r.opt_str(o, path, "interview_id");
    let at = r.req_time(o, path, "at");
    let channel = r.opt_enum(o, path, "channel", Channel::NAMES, Channel::Other);
    let kind = r.req_enum(o, path, "kind", SentKind::NAMES);
    let text = r.opt_str(o, path, "text");
    Some(Sent {
        to: recipient?,
        interview_id,
        at: at?,
        channel,
        kind: kind?,
        text,
    })
}

fn read_settings(r: &mut Reader, o: &Map<String, Value>) -> Settings {
    let path = "settings";
    let mut settings = Settings::default();
    if o.get("weekend").is_some_and(|v| !v.is_null()) {
        let names = r.str_list(o, path, "weekend");
        let mut days = Vec::new();
        for (i, n) in names.iter().enumerate() {
            match Weekday::from_short_name(n) {
                Some(d) => days.push(d),
                None => r.problem(
                    &format!("settings.weekend[{i}]"),
                    format!("expected one of mon | tue | wed | thu | fri | sat | sun, got {n:?}"),
                ),
            }
        }
        settings.weekend = Weekend::from_days(&days);
    }
    for (i, v) in r.list(o, path, "muted").iter().enumerate() {
        let p = format!("settings.muted[{i}]");
        let Some(m) = r.object(v, &p) else { continue };
        let rule = r.req_str(m, &p, "rule");
        let person = r.opt_str(m, &p, "person");
        let company = r.opt_str(m, &p, "company");
        if let Some(rule) = rule {
            if !crate::rules::is_known_id(&rule) {
                r.problem(
                    &format!("{p}.rule"),
                    format!("expected a rule id (see `interview-guard rules`), got {rule:?}"),
                );
            }
            settings.muted.push(Mute {
                rule,
                person,
                company,
            });
        }
    }
    match o.get("sites") {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) => {
            for (k, v) in m {
                match v {
                    Value::Bool(b) => settings.sites.push((k.clone(), *b)),
                    other => r.problem(
                        &format!("settings.sites.{k}"),
                        format!("expected true or false, got {}", json::describe(other)),
                    ),
                }
            }
        }
        Some(other) => r.problem(
            "settings.sites",
            format!("expected an object, got {}", json::describe(other)),
        ),
    }
    settings
}

/// Lowercases a domain and removes a leading `@` or `www.` and a trailing dot.
pub fn normalize_domain(d: &str) -> String {
    let d = d.trim().trim_start_matches('@').trim_end_matches('.');
    let d = d.to_lowercase();
    d.strip_prefix("www.").map(str::to_string).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
      "version": 1,
      "interviews": [{"id": "i1", "company": "Acme Corp", "company_domains": ["Acme.com"],
        "at": "2026-11-20T15:00:00-05:00", "interviewer_ids": ["p1"], "stage": "phone_screen"}],
      "people": [{"id": "p1", "name": "Jane Doe"}],
      "sent": [{"to": "p1", "at": "2026-11-20T19:30:00-05:00", "kind": "thank_you"},
               {"company": "Acme Corp", "address": "careers@acme.com", "at": "2026-11-28T10:00:00-05:00", "kind": "follow_up"}],
      "settings": {"weekend": ["fri", "sat"], "muted": [{"rule": "typo"}], "sites": {"linkedin": false}}
    }"#;

    #[test]
    fn a_good_log_reads_with_defaults() {
        let log = Log::from_json(GOOD).unwrap();
        let iv = &log.interviews[0];
        assert_eq!(iv.duration_minutes, 60);
        assert_eq!(iv.status, Status::Open);
        assert_eq!(iv.preferred_channel, PreferredChannel::Any);
        assert_eq!(iv.company_domains, vec!["acme.com"]);
        assert_eq!(log.sent.len(), 2);
        assert_eq!(log.settings.sites, vec![("linkedin".to_string(), false)]);
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let bad = r#"{"version": 1,
          "interviews": [{"id": "i1", "company": "A", "at": "tomorrow", "status": "maybe", "interviewer_ids": ["nobody"]},
                         {"company": 3, "at": "2026-02-30T10:00:00Z"}],
          "people": [{"id": "p1"}],
          "sent": [{"at": "2026-11-20T19:30:00-05:00", "kind": "note"}],
          "settings": {"weekend": ["saturday"]}}"#;
        let lines = Log::from_json(bad).unwrap_err().lines();
        let expect = [
            r#"interviews[0].at: expected an RFC 3339 time with an offset, got "tomorrow""#,
            r#"interviews[0].status: expected one of open | offer_verbal | offer_written | rejected | withdrawn | hired, got "maybe""#,
            "interviews[1].id: required, missing",
            "interviews[1].company: expected a string, got 3",
            r#"interviews[1].at: expected an RFC 3339 time with an offset, got "2026-02-30T10:00:00Z""#,
            "people[0].name: required, missing",
            "sent[0].to: required: either to (a person id) or company",
            r#"sent[0].kind: expected one of thank_you | follow_up | other, got "note""#,
            r#"settings.weekend[0]: expected one of mon | tue | wed | thu | fri | sat | sun, got "saturday""#,
            r#"interviews[0].interviewer_ids[0]: names no person in people: "nobody""#,
        ];
        for e in expect {
            assert!(lines.iter().any(|l| l == e), "missing {e}\n got {lines:#?}");
        }
    }

    #[test]
    fn versions_are_checked() {
        assert!(Log::from_json(r#"{}"#).is_err());
        let newer = Log::from_json(r#"{"version": 2}"#).unwrap_err().to_string();
        assert!(newer.contains("newer version"), "{newer}");
        assert!(Log::from_json(r#"{"version": 0}"#).is_err());
        assert!(Log::from_json(r#"{"version": "1"}"#).is_err());
        assert!(Log::from_json(r#"[]"#).is_err());
    }

    #[test]
    fn unknown_fields_are_ignored() {
        assert!(Log::from_json(r#"{"version": 1, "future": {"x": 1}}"#).is_ok());
    }
}
