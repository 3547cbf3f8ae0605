//! `wrong-name`: a message to an employer that greets or addresses someone
//! other than the person it goes to, or misspells their name.

use super::recipients::{reached, Reached};
use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::people::Resolved;
use crate::text::greeting::{Addressee, Greetings, How};
use crate::text::names::{compare, NameMatch, NameWord, Nicknames, PersonName};
use crate::warning::{Severity, Utf16Index, Warning};
use std::collections::HashSet;

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "wrong-name",
    kind: RuleKind::Warning,
    severities: &[Severity::Stop, Severity::Caution],
    title: "Check the name",
    sources: &["B", "E"],
    facts: &["expected", "found", "reason", "other_person"],
    docs: "Fires on an email or direct message to a tracked person (or an address at a \
tracked company's domain) whose greeting, or a name addressed directly in the body \
(\"Thanks again, Tony, …\"), is not the recipient's: another tracked person's name, a \
misspelling of the recipient's name found by edit distance (\"Jayne\" for Jane, \"Zoey\" \
for Zoë, \"Ms Ramen\" for Ms Raman), or, in the greeting, a name that is neither the \
recipient's nor tracked — a `stop`. The right letters with a diacritic dropped or changed \
(\"Jose\" for José, \"Siobhan\" for Siobhán) are a `caution`. `facts.expected` is the \
name as logged, `facts.found` the name as written, `facts.reason` one of `diacritics`, \
`misspelling`, `other_person` (with `facts.other_person`, their id) and `unknown_name`. \
Case and the apostrophe's style do not matter; group greetings (\"Hi all\", \"Dear \
Hiring Manager\", \"Hello team\"), a common short form of the recipient's first name \
(\"Liz\" for Elizabeth, \"Tony\" for Anthony), people mentioned in the third person and \
the writer's own signature are fine.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Stop,
        thank_you_email!("jane.doe@acme.com", "Hi Priya,\\n\\nThank you for the phone screen on Monday.\\n\\nBest,\\nSam"),
        "another tracked person's name in the greeting",
    ),
    Example::fires(
        Severity::Stop,
        thank_you_email!("jane.doe@acme.com", "Dear Jayne,\\n\\nThank you for your time on Monday.\\n\\nKind regards,\\nSam"),
        "the recipient's name misspelt",
    ),
    Example::fires(
        Severity::Caution,
        thank_you_email!("jose.nunez@acme.com", "Hi Jose,\\n\\nMany thanks for arranging Monday's call.\\n\\nBest,\\nSam"),
        "an accent dropped",
    ),
    Example::fires(
        Severity::Stop,
        thank_you_email!("siobhan@starkindustries.com", "Dear Siobhán,\\n\\nThank you for the final round. Thanks as well, Zoë, for the portfolio questions.\\n\\nBest,\\nSam"),
        "another tracked person addressed in the body",
    ),
    Example::fires(
        Severity::Stop,
        thank_you_email!("tony.marsh@starkindustries.com", "Hi Sarah,\\n\\nThank you for showing me the studio.\\n\\nBest,\\nSam"),
        "a greeting that names someone untracked",
    ),
    Example::silent(
        thank_you_email!("siobhan@starkindustries.com", "Dear Ms O’Connor-Hart,\\n\\nThank you for the final round.\\n\\nKind regards,\\nSam"),
        "the surname with a typographic apostrophe",
    ),
    Example::silent(
        thank_you_email!("tony.marsh@starkindustries.com", "Hello team,\\n\\nThank you for a warm welcome on Monday.\\n\\nBest,\\nSam"),
        "a group greeting",
    ),
    Example::silent(
        thank_you_email!("tony.marsh@starkindustries.com", "Hi Tony,\\n\\nAs Siobhán said in the review, the team is growing.\\n\\nBest,\\nSam"),
        "a colleague mentioned in the third person",
    ),
    Example::silent(
        thank_you_email!("jane.doe@acme.com", "Hi Jane,\\n\\nMy referee, Tony Marsh, is happy to talk to you.\\n\\nWarm regards,\\nJosé Ruiz"),
        "someone described, and the writer's own name in the signature",
    ),
    Example::silent(
        thank_you_email!("tony.marsh@starkindustries.com", "Anthony,\\n\\nThank you for the studio tour on Monday.\\n\\nBest,\\nSam"),
        "the formal form of the recipient's first name",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["sarah@example.com"],"text":"Hi Jane, lunch on Friday?","at":"2026-11-24T10:00:00-05:00"}"#,
        "not an employer",
    ),
];

/// What was found wrong with one name.
struct Finding {
    severity: Severity,
    reason: &'static str,
    /// The recipient it was compared with (index into `log.people`).
    recipient: Option<usize>,
    /// Another tracked person it names.
    other: Option<usize>,
}

/// Checks an email or direct message to an employer.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let reached = reached(ctx.dir, msg);
    let Some(first) = reached.first() else {
        return;
    };
    let (Ok(greetings), Ok(nick)) = (Greetings::get(), Nicknames::get()) else {
        return;
    };
    let recipients: Vec<(usize, PersonName)> = msg
        .recipients
        .iter()
        .filter_map(|r| match *r {
            Resolved::Person(k) => Some((k, PersonName::parse(&ctx.log.people[k].name)?)),
            _ => None,
        })
        .collect();
    let text = msg.text;
    let tokens = &msg.tokens;
    let layout = greetings.layout(text, tokens);
    let addressees = greetings.addressees(text, tokens, &layout);
    if addressees.is_empty() {
        return;
    }
    // "Dear Acme team": a company's name is not a person's.
    // (Looked for around each name only: cheaper than the whole text.)
    let names_company = |a: &Addressee| {
        let from = a.first.saturating_sub(1);
        let to = (a.last + 1).min(tokens.len());
        let window = tokens.get(from..to).unwrap_or(&[]);
        ctx.dir.mentions(text, window).iter().any(|m| {
            matches!(m.who, Resolved::Company(_))
                && from + m.first < a.last
                && a.first < from + m.last
        })
    };
    // Whether the greeting also names a recipient ("Hi Jane and José,").
    let greets_recipient = addressees.iter().any(|a| {
        a.how == How::Greeting && {
            let words = words_of(text, tokens, a);
            recipients
                .iter()
                .any(|(_, n)| compare(&words, a.titled, n, nick) <= NameMatch::Diacritics)
        }
    });
    let mut seen: HashSet<String> = HashSet::new();
    for a in addressees {
        if names_company(&a) {
            continue;
        }
        let words = words_of(text, tokens, &a);
        let key: String = words
            .iter()
            .map(NameWord::folded)
            .collect::<Vec<_>>()
            .join(" ");
        if words.is_empty() || seen.contains(&key) {
            continue;
        }
        let Some(f) = judge(ctx, &a, &words, &recipients, first, &reached, nick) else {
            continue;
        };
        // A colleague greeted beside the recipient was probably meant to be
        // copied in: not a wrong name.
        let colleague = f.other.is_some_and(|k| {
            ctx.dir.person_processes[k]
                .iter()
                .any(|p| reached.iter().any(|r| r.process == *p))
        });
        if greets_recipient && a.how == How::Greeting && colleague {
            continue;
        }
        seen.insert(key);
        let found = name_text(text, tokens[a.first].start, tokens[a.last - 1].end);
        let expected = f.recipient.and_then(|k| {
            let (_, name) = recipients.iter().find(|(r, _)| *r == k)?;
            Some(expected_form(
                name,
                &a,
                words.len(),
                &ctx.log.people[k].name,
            ))
        });
        let recipient_name = f.recipient.map(|k| ctx.log.people[k].name.clone());
        let (title, advice) = match (f.reason, &expected) {
            ("diacritics", Some(exp)) => (
                format!("Their name is written “{exp}”"),
                format!(
                    "You wrote “{found}”, but the name is “{exp}”, with its accent marks. \
Getting every letter right shows care; copy the name from their own signature."
                ),
            ),
            ("misspelling", Some(exp)) => (
                format!("“{found}” looks like a misspelling of “{exp}”"),
                format!(
                    "The name is “{exp}”. A misspelt name is one of the first things a reader \
notices, and it suggests the note was rushed; check it letter by letter."
                ),
            ),
            ("other_person", _) => {
                let other = f
                    .other
                    .map(|k| ctx.log.people[k].name.clone())
                    .unwrap_or_default();
                let to = recipient_name.clone().unwrap_or_else(|| {
                    ctx.dir
                        .processes
                        .get(first.process)
                        .map(|p| p.name.clone())
                        .unwrap_or_default()
                });
                (
                    format!("This addresses {other}, not {to}"),
                    format!(
                        "“{found}” is {other}, but the message goes to {to}. A greeting meant \
for someone else makes the note look copied from another one; fix the name before sending."
                    ),
                )
            }
            _ => {
                let to = recipient_name.clone().unwrap_or_default();
                (
                    format!("The greeting names “{found}”, not {to}"),
                    format!(
                        "The message goes to {to}, but greets “{found}”. A name left over \
from another note is hard to take back; check who it is for."
                    ),
                )
            }
        };
        let mut w = Warning::new(META.id, f.severity, META.sources, title, advice)
            .fact("found", found.as_str())
            .fact("reason", f.reason);
        if let Some(exp) = expected {
            w = w.fact("expected", exp);
        }
        if let Some(o) = f.other {
            w = w.fact("other_person", ctx.log.people[o].id.as_str());
        }
        w.span = Some(Utf16Index::new(text).span(tokens[a.first].start, tokens[a.last - 1].end));
        let about = f
            .recipient
            .and_then(|k| reached.iter().find(|r| r.person == Some(k)))
            .unwrap_or(first);
        let to = Reached {
            person: f.recipient.or(about.person),
            ..*about
        };
        super::recipients::refer(ctx, &to, &mut w);
        out.push(w);
    }
}

fn judge(
    ctx: &CheckContext<'_>,
    a: &Addressee,
    words: &[NameWord],
    recipients: &[(usize, PersonName)],
    first: &Reached,
    reached: &[Reached],
    nick: &Nicknames,
) -> Option<Finding> {
    let best = recipients
        .iter()
        .map(|(k, name)| (compare(words, a.titled, name, nick), *k))
        .min_by_key(|&(m, _)| m);
    if best.is_some_and(|(m, _)| m <= NameMatch::ShortForm) {
        return None;
    }
    let recipient = best.map(|(_, k)| k).or(first.person);
    if let Some((NameMatch::Diacritics, k)) = best {
        return Some(Finding {
            severity: Severity::Caution,
            reason: "diacritics",
            recipient: Some(k),
            other: None,
        });
    }
    // Another tracked person's name?
    let folded: Vec<&str> = words.iter().map(NameWord::folded).collect();
    let mut keys = vec![folded.join(" ")];
    keys.extend(folded.first().map(|s| s.to_string()));
    keys.extend(folded.last().map(|s| s.to_string()));
    let mut other = None;
    'people: for key in &keys {
        for k in ctx.dir.people_named(key) {
            if recipients.iter().any(|(r, _)| *r == k) {
                continue;
            }
            let Some(name) = PersonName::parse(&ctx.log.people[k].name) else {
                continue;
            };
            if compare(words, a.titled, &name, nick) <= NameMatch::Diacritics {
                other = Some(k);
                break 'people;
            }
        }
    }
    if recipients.is_empty() {
        // Only a company address: a colleague there may read it, but a
        // person of another company should not be greeted.
        let k = other?;
        let theirs = &ctx.dir.person_processes[k];
        if reached.iter().any(|r| theirs.contains(&r.process)) {
            return None;
        }
        return Some(Finding {
            severity: Severity::Stop,
            reason: "other_person",
            recipient: None,
            other: Some(k),
        });
    }
    if other.is_some() {
        return Some(Finding {
            severity: Severity::Stop,
            reason: "other_person",
            recipient,
            other,
        });
    }
    match best {
        Some((NameMatch::Misspelt, k)) => Some(Finding {
            severity: Severity::Stop,
            reason: "misspelling",
            recipient: Some(k),
            other: None,
        }),
        // Only a greeting is sure to be a name; in the body an unknown
        // capitalised word after a comma may be anything.
        _ if a.how == How::Greeting => Some(Finding {
            severity: Severity::Stop,
            reason: "unknown_name",
            recipient,
            other: None,
        }),
        _ => None,
    }
}

/// The words of an addressed name.
fn words_of(text: &str, tokens: &[crate::text::tokens::Token], a: &Addressee) -> Vec<NameWord> {
    tokens
        .get(a.first..a.last)
        .unwrap_or(&[])
        .iter()
        .filter(|t| t.is_word())
        .map(|t| NameWord::from_token(text, t))
        .collect()
}

/// The name as written, without a possessive "'s".
fn name_text(text: &str, start: usize, end: usize) -> String {
    let s = text.get(start..end).unwrap_or("");
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .unwrap_or(s)
        .to_string()
}

/// The recipient's name in the form the writer used: the surname after a
/// title, the first name alone, or the whole name.
fn expected_form(name: &PersonName, a: &Addressee, words: usize, logged: &str) -> String {
    if a.titled && !name.rest_raw.is_empty() {
        name.rest_raw.clone()
    } else if words == 1 {
        name.first.raw.clone()
    } else {
        logged.trim().to_string()
    }
}
