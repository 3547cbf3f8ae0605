//! Automatic logging: what a sent email or direct message adds to the
//! log's `sent` list, so the timing rules stay right without manual entry.
//!
//! The extension calls this once the site has really sent the message (the
//! compose box closed or emptied after Send) and appends the entries it
//! returns. A message to a tracked person gives one entry per person; a
//! message to an address at a tracked company's domain that is nobody's
//! gives one company entry. Anything else (a post, a comment, a message to
//! nobody tracked) gives nothing.

use crate::engine::{Engine, Message};
use crate::event::{Event, EventKind, Site, Surface};
use crate::log::Channel;
use crate::people::{handle_host, Resolved};
use crate::rules::recipients::reached;
use crate::text::classify::Classifier;
use serde::Serialize;

/// One entry for the log's `sent` list, in CONTRACT.md's shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentRecord {
    /// The tracked person's id (absent for a company entry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The company (for an address that is no tracked person's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// That address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The interview it belongs to: the latest one of that process at the time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interview_id: Option<String>,
    /// When (the event's time).
    pub at: String,
    /// `email`, `linkedin`, `facebook`, `x`, `instagram` or `other`.
    pub channel: &'static str,
    /// `thank_you`, `follow_up` or `other`.
    pub kind: &'static str,
    /// The text, for `duplicate-note` (cut at the engine's text limit).
    pub text: String,
}

/// The channel a site's messages travel on.
fn channel(site: Site) -> Channel {
    match site {
        Site::Gmail | Site::Outlook => Channel::Email,
        Site::Linkedin => Channel::Linkedin,
        Site::Facebook => Channel::Facebook,
        Site::X => Channel::X,
        Site::Instagram => Channel::Instagram,
        _ => Channel::Other,
    }
}

fn channel_name(c: Channel) -> &'static str {
    Channel::NAMES
        .iter()
        .find(|(_, v)| *v == c)
        .map(|(n, _)| *n)
        .unwrap_or("other")
}

/// What kind of message it is: a status check is a follow-up (even when it
/// thanks them too), a thank-you note otherwise, else `other`.
fn kind_of(classifier: &Classifier, msg: &Message<'_>) -> &'static str {
    if !classifier
        .status_checks_in(msg.text, &msg.tokens)
        .is_empty()
    {
        "follow_up"
    } else if classifier.is_thank_you_in(&msg.tokens) {
        "thank_you"
    } else {
        "other"
    }
}

impl Engine {
    /// The `sent` entries a sent email or direct message adds to the log
    /// (empty for anything else). Mutes do not apply: logging is not a
    /// warning.
    pub fn sent_records(&self, event: &Event) -> Vec<SentRecord> {
        let EventKind::Compose(c) = &event.kind else {
            return Vec::new();
        };
        if !matches!(c.surface, Surface::Email | Surface::DirectMessage) || c.text.trim().is_empty()
        {
            return Vec::new();
        }
        let Ok(classifier) = Classifier::get() else {
            return Vec::new();
        };
        let dir = self.directory();
        let log = self.log();
        let entries: Vec<(String, Resolved)> =
            c.to.iter()
                .map(|e| (e.clone(), dir.resolve(e, handle_host(event.site))))
                .collect();
        let msg = Message::new(c.surface, &c.text, &c.subject, entries);
        let reach = reached(dir, &msg);
        if reach.is_empty() {
            return Vec::new();
        }
        let kind = kind_of(classifier, &msg);
        let channel = channel_name(channel(event.site));
        let at = event.at.to_string();
        // The message's text is already cut at the engine's limit.
        let text = msg.text;
        let interview_of = |process: usize| {
            dir.current_interview(log, process, event.at)
                .map(|i| log.interviews[i].id.clone())
        };
        let mut out: Vec<SentRecord> = Vec::new();
        // Every tracked person addressed, once, with the first process they belong to.
        for (_, r) in &msg.entries {
            let Resolved::Person(k) = *r else { continue };
            let id = &log.people[k].id;
            if out.iter().any(|s| s.to.as_deref() == Some(id)) {
                continue;
            }
            let process = reach
                .iter()
                .find(|x| dir.person_processes[k].contains(&x.process))
                .map(|x| x.process);
            out.push(SentRecord {
                to: Some(id.clone()),
                company: None,
                address: None,
                interview_id: process.and_then(interview_of),
                at: at.clone(),
                channel,
                kind,
                text: text.to_string(),
            });
        }
        // A company's address when none of its people was addressed.
        for x in reach.iter().filter(|x| x.person.is_none()) {
            let address = msg
                .entries
                .iter()
                .find(|(_, r)| *r == Resolved::Company(x.process))
                .map(|(e, _)| e.trim().to_string());
            out.push(SentRecord {
                to: None,
                company: dir.processes.get(x.process).map(|p| p.name.clone()),
                address,
                interview_id: interview_of(x.process),
                at: at.clone(),
                channel,
                kind,
                text: text.to_string(),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::{Engine, Event, Log};

    fn engine() -> Engine {
        let log = Log::from_json(
            r#"{"version": 1,
            "interviews": [{"id": "i1", "company": "Acme Corp", "company_domains": ["acme.com"],
              "at": "2026-11-20T15:00:00-05:00", "interviewer_ids": ["p1", "p2"]}],
            "people": [{"id": "p1", "name": "Jane Doe", "company": "Acme Corp", "emails": ["jane.doe@acme.com"],
                        "profiles": ["https://www.linkedin.com/in/janedoe"]},
                       {"id": "p2", "name": "Ravi Iyer", "company": "Acme Corp", "emails": ["ravi@acme.com"]}]}"#,
        )
        .unwrap();
        Engine::new(log).unwrap()
    }

    fn records(e: &Engine, event: &str) -> String {
        let ev = Event::from_json(event).unwrap();
        serde_json::to_string(&e.sent_records(&ev)).unwrap()
    }

    #[test]
    fn a_thank_you_email_to_two_interviewers_is_one_entry_each() {
        let got = records(
            &engine(),
            r#"{"kind": "compose", "site": "gmail", "surface": "email",
               "to": ["jane.doe@acme.com", "Ravi@acme.com"], "subject": "Thank you",
               "text": "Hi Jane and Ravi, thank you both for your time yesterday.", "at": "2026-11-21T09:00:00-05:00"}"#,
        );
        assert_eq!(
            got,
            r#"[{"to":"p1","interview_id":"i1","at":"2026-11-21T09:00:00-05:00","channel":"email","kind":"thank_you","text":"Hi Jane and Ravi, thank you both for your time yesterday."},{"to":"p2","interview_id":"i1","at":"2026-11-21T09:00:00-05:00","channel":"email","kind":"thank_you","text":"Hi Jane and Ravi, thank you both for your time yesterday."}]"#
        );
    }

    #[test]
    fn a_status_check_in_a_linkedin_message_is_a_follow_up() {
        let got = records(
            &engine(),
            r#"{"kind": "compose", "site": "linkedin", "surface": "direct_message",
               "to": ["https://www.linkedin.com/in/janedoe/"],
               "text": "Thanks again Jane! Is there any update on the decision?", "at": "2026-11-24T09:00:00-05:00"}"#,
        );
        assert!(got.contains(r#""to":"p1""#), "{got}");
        assert!(
            got.contains(r#""channel":"linkedin","kind":"follow_up""#),
            "{got}"
        );
    }

    #[test]
    fn an_address_at_the_company_that_is_nobodys_is_a_company_entry() {
        let got = records(
            &engine(),
            r#"{"kind": "compose", "site": "outlook", "surface": "email", "to": ["careers@acme.com"],
               "text": "Hello, I am writing to ask whether there is any news on my application.", "at": "2026-11-28T10:00:00-05:00"}"#,
        );
        assert!(
            got.starts_with(
                r#"[{"company":"Acme Corp","address":"careers@acme.com","interview_id":"i1""#
            ),
            "{got}"
        );
    }

    #[test]
    fn posts_comments_empty_texts_and_strangers_add_nothing() {
        let e = engine();
        for ev in [
            r#"{"kind": "compose", "site": "linkedin", "surface": "comment", "to": ["Jane Doe"], "text": "Great post!", "at": "2026-11-21T09:00:00-05:00"}"#,
            r#"{"kind": "compose", "site": "gmail", "surface": "email", "to": ["jane.doe@acme.com"], "text": "   ", "at": "2026-11-21T09:00:00-05:00"}"#,
            r#"{"kind": "compose", "site": "gmail", "surface": "email", "to": ["sam@elsewhere.example"], "text": "Thank you!", "at": "2026-11-21T09:00:00-05:00"}"#,
            r#"{"kind": "social", "site": "linkedin", "action": "connect", "target": {"name": "Jane Doe"}, "at": "2026-11-21T09:00:00-05:00"}"#,
        ] {
            assert_eq!(records(&e, ev), "[]", "{ev}");
        }
    }
}
