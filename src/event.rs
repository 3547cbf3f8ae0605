//! Events a content script reports (CONTRACT.md, "An event").

use crate::calendar::Timestamp;
use crate::json::{self, Problems, Reader};
use serde_json::Value;

/// The site an event happened on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// LinkedIn.
    Linkedin,
    /// Facebook or Messenger.
    Facebook,
    /// X (Twitter).
    X,
    /// Instagram.
    Instagram,
    /// Reddit.
    Reddit,
    /// Glassdoor.
    Glassdoor,
    /// Gmail.
    Gmail,
    /// Outlook on the web.
    Outlook,
    /// Any other site.
    Other,
}

impl Site {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, Site)] = &[
        ("linkedin", Site::Linkedin),
        ("facebook", Site::Facebook),
        ("x", Site::X),
        ("instagram", Site::Instagram),
        ("reddit", Site::Reddit),
        ("glassdoor", Site::Glassdoor),
        ("gmail", Site::Gmail),
        ("outlook", Site::Outlook),
        ("other", Site::Other),
    ];

    /// The JSON name.
    pub fn name(self) -> &'static str {
        Site::NAMES
            .iter()
            .find(|(_, s)| *s == self)
            .map(|(n, _)| *n)
            .unwrap_or("other")
    }

    /// The name a person knows the site by.
    pub fn human(self) -> &'static str {
        match self {
            Site::Linkedin => "LinkedIn",
            Site::Facebook => "Facebook",
            Site::X => "X",
            Site::Instagram => "Instagram",
            Site::Reddit => "Reddit",
            Site::Glassdoor => "Glassdoor",
            Site::Gmail => "Gmail",
            Site::Outlook => "Outlook",
            Site::Other => "this site",
        }
    }
}

/// Where a text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    /// An email.
    Email,
    /// A private message.
    DirectMessage,
    /// A public post.
    PublicPost,
    /// A comment.
    Comment,
}

impl Surface {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, Surface)] = &[
        ("email", Surface::Email),
        ("direct_message", Surface::DirectMessage),
        ("public_post", Surface::PublicPost),
        ("comment", Surface::Comment),
    ];

    /// Email or direct message: a message to someone.
    pub fn is_message(self) -> bool {
        matches!(self, Surface::Email | Surface::DirectMessage)
    }

    /// A public post or comment.
    pub fn is_public(self) -> bool {
        matches!(self, Surface::PublicPost | Surface::Comment)
    }
}

/// A social action on a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Connect (LinkedIn).
    Connect,
    /// Follow.
    Follow,
    /// Friend (Facebook).
    Friend,
    /// Like or react.
    Like,
    /// Comment on their content.
    Comment,
    /// Poke (Facebook).
    Poke,
    /// Open their profile.
    ViewProfile,
}

impl Action {
    /// JSON names.
    pub const NAMES: &'static [(&'static str, Action)] = &[
        ("connect", Action::Connect),
        ("follow", Action::Follow),
        ("friend", Action::Friend),
        ("like", Action::Like),
        ("comment", Action::Comment),
        ("poke", Action::Poke),
        ("view_profile", Action::ViewProfile),
    ];

    /// The verb ("connect with", "follow", "friend").
    pub fn verb(self) -> &'static str {
        match self {
            Action::Connect => "connect with",
            Action::Follow => "follow",
            Action::Friend => "send a friend request to",
            Action::Like => "react to",
            Action::Comment => "comment on",
            Action::Poke => "poke",
            Action::ViewProfile => "view",
        }
    }
}

/// A compose event: text being written.
#[derive(Debug, Clone, PartialEq)]
pub struct Compose {
    /// Where.
    pub surface: Surface,
    /// Every recipient as the page shows them.
    pub to: Vec<String>,
    /// The subject, for email.
    pub subject: String,
    /// The text.
    pub text: String,
}

/// The person a social action is aimed at.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Target {
    /// Display name.
    pub name: Option<String>,
    /// Profile URL or handle.
    pub profile: Option<String>,
}

/// A social action.
#[derive(Debug, Clone, PartialEq)]
pub struct Social {
    /// What.
    pub action: Action,
    /// On whom.
    pub target: Target,
    /// A connection note, if any.
    pub note: Option<String>,
}

/// What happened.
#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    /// Writing.
    Compose(Compose),
    /// A click on a person.
    Social(Social),
}

/// One event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Where.
    pub site: Site,
    /// When, with the user's offset.
    pub at: Timestamp,
    /// What.
    pub kind: EventKind,
}

impl Event {
    /// Parses and validates an event.
    ///
    /// ```
    /// let e = interview_guard::Event::from_json(r#"{"kind": "compose", "site": "gmail",
    ///   "surface": "email", "to": ["jane@acme.com"], "text": "Hi",
    ///   "at": "2026-11-24T09:00:00-05:00"}"#).unwrap();
    /// assert_eq!(e.site, interview_guard::Site::Gmail);
    /// ```
    pub fn from_json(src: &str) -> Result<Event, Problems> {
        let doc = json::parse_document(src)?;
        Event::from_value(&doc)
    }

    /// Reads an already parsed event.
    pub fn from_value(doc: &Value) -> Result<Event, Problems> {
        let mut r = Reader::default();
        let Some(o) = r.object(doc, "") else {
            return Err(Problems(r.problems));
        };
        let kind = r.req_enum(o, "", "kind", &[("compose", 0u8), ("social", 1u8)]);
        let site = r.opt_enum(o, "", "site", Site::NAMES, Site::Other);
        let at = r.req_time(o, "", "at");
        let kind = match kind {
            Some(0) => {
                let surface = r.req_enum(o, "", "surface", Surface::NAMES);
                let to = r.str_list(o, "", "to");
                let subject = r.opt_str(o, "", "subject").unwrap_or_default();
                let text = r.opt_str(o, "", "text").unwrap_or_default();
                surface.map(|surface| {
                    EventKind::Compose(Compose {
                        surface,
                        to,
                        subject,
                        text,
                    })
                })
            }
            Some(_) => {
                let action = r.req_enum(o, "", "action", Action::NAMES);
                let target = match o.get("target") {
                    None | Some(Value::Null) => Target::default(),
                    Some(Value::String(s)) => Target {
                        name: None,
                        profile: Some(s.clone()),
                    },
                    Some(v) => match r.object(v, "target") {
                        Some(t) => Target {
                            name: r.opt_str(t, "target", "name"),
                            profile: r.opt_str(t, "target", "profile"),
                        },
                        None => Target::default(),
                    },
                };
                let note = r.opt_str(o, "", "note").filter(|n| !n.trim().is_empty());
                action.map(|action| {
                    EventKind::Social(Social {
                        action,
                        target,
                        note,
                    })
                })
            }
            None => None,
        };
        match (kind, at) {
            (Some(kind), Some(at)) if r.problems.is_empty() => Ok(Event { site, at, kind }),
            _ => Err(Problems(r.problems)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_need_a_kind_and_a_time() {
        let e = Event::from_json(r#"{"kind": "compose", "surface": "email"}"#).unwrap_err();
        assert_eq!(e.to_string(), "at: required, missing");
        let e = Event::from_json(r#"{"kind": "dance", "at": "2026-11-24T09:00:00Z"}"#).unwrap_err();
        assert!(e
            .to_string()
            .starts_with("kind: expected one of compose | social"));
        let e = Event::from_json(
            r#"{"kind": "social", "action": "hug", "at": "2026-11-24T09:00:00Z"}"#,
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("action: expected one of"));
    }

    #[test]
    fn social_events_read_their_target() {
        let e = Event::from_json(
            r#"{"kind": "social", "site": "linkedin", "action": "connect",
                "target": {"name": "Jane Doe", "profile": "https://www.linkedin.com/in/janedoe/"},
                "note": "  ", "at": "2026-11-21T09:00:00-05:00"}"#,
        )
        .unwrap();
        let EventKind::Social(s) = e.kind else {
            panic!()
        };
        assert_eq!(s.target.name.as_deref(), Some("Jane Doe"));
        assert_eq!(s.note, None, "a blank note is no note");
    }
}
