//! `wrong-company`: a message to one employer that names another tracked
//! company (usually a copy-paste from another application), or misspells
//! the employer's own name.

use super::recipients::{reached, Reached};
use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::text::companies::{CompanyCues, CompanyMention};
use crate::text::greeting::Greetings;
use crate::text::tokens::{sentences, tokenize, Token};
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "wrong-company",
    kind: RuleKind::Warning,
    severities: &[Severity::Stop, Severity::Caution],
    title: "Check the company's name",
    sources: &["D#1", "E"],
    facts: &["company", "expected", "found", "field"],
    docs: "Fires on an email or direct message to a tracked person or an address at a \
tracked company's domain that names another tracked company (by name, alias or domain, \
in the text or the subject) — a `stop`, since it usually means a note was copied from \
another application — or misspells the recipient's own company (\"Acme Crop\", \
\"Umbrela Health\", found by edit distance on its names and aliases) — a `caution`. \
`facts.found` is the name as written, `facts.expected` the recipient's company, and \
`facts.company` the other company named. Ordinary words that are also a company's name \
(\"stark contrast\", \"the acme of\", \"an umbrella\"), other senses (\"the ACME \
certificate protocol\", a cartoon's ACME crates), other people's names (\"Tony Stark\"), \
similar but different names (\"Starkey\"), the full form of the name (\"Acme \
Corporation\"), sentences that compare offers or processes on purpose, and letters to \
people who are not tracked do not fire.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Stop,
        example_email!("jane.doe@acme.com", "Thank you", "Hi Jane, I would be proud to help Umbrella Health grow its platform."),
        "another tracked company in a note to Acme",
    ),
    Example::fires(
        Severity::Stop,
        example_email!("zoe.vdb@umbrellahealth.org", "Following up on the Stark Industries role", "Dear Zoë, thank you again for the call."),
        "another tracked company in the subject only",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("tony.marsh@starkindustries.com", "Thank you", "Hi Tony, the design culture at Stark Industires impressed me."),
        "the recipient's company misspelt",
    ),
    Example::silent(
        example_email!("jane.doe@acme.com", "Thank you", "Hi Jane, the contrast with my last team was stark, in a good way."),
        "an ordinary word that is also a company's name",
    ),
    Example::silent(
        example_email!("jane.doe@acme.com", "Thank you", "Hi Jane, I also set up automatic TLS renewal with the ACME protocol."),
        "another sense of the name",
    ),
    Example::silent(
        example_email!("jose.nunez@acme.com", "Thank you", "Hi José, I'm excited about the role at Acme Corporation."),
        "the full form of the recipient's own name",
    ),
    Example::silent(
        example_email!("zoe.vdb@umbrellahealth.org", "Timeline", "Dear Zoë, I have a competing offer from Stark Industries, so I wanted to ask about your timeline."),
        "another company named on purpose",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["sam@example.com"],"subject":"Update","text":"Interviews this month: Acme, Stark Industries and Umbrella Health.","at":"2026-11-24T10:00:00-05:00"}"#,
        "a friend, not an employer",
    ),
];

/// Checks an email or direct message to an employer.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let reached = reached(ctx.dir, msg);
    if reached.is_empty() {
        return;
    }
    let Ok(cues) = CompanyCues::get() else { return };
    // Quoted history is someone else's words.
    let layout = Greetings::get()
        .ok()
        .map(|g| g.quoted(msg.text, &msg.tokens));
    let mut done: Vec<(usize, bool)> = Vec::new();
    let own: Vec<usize> = reached.iter().map(|r| r.process).collect();
    let found = cues.mentions(
        ctx.dir,
        msg.text,
        &msg.tokens,
        &msg.sentences,
        ctx.mentions(),
        &own,
    );
    for m in &found {
        let at = msg.tokens[m.first].start;
        if layout.as_ref().is_some_and(|l| !l.is_own(at)) {
            continue;
        }
        if let Some(mut w) = judge(ctx, &reached, m, msg.text, &msg.tokens, &mut done) {
            let end = msg.tokens[m.last - 1].end;
            w.span = Some(Utf16Index::new(msg.text).span(at, end));
            out.push(w);
        }
    }
    if !msg.subject.trim().is_empty() {
        let tokens = tokenize(msg.subject);
        let sents = sentences(msg.subject, &tokens);
        let named = ctx.dir.mentions(msg.subject, &tokens);
        for m in cues.mentions(ctx.dir, msg.subject, &tokens, &sents, &named, &own) {
            if let Some(w) = judge(ctx, &reached, &m, msg.subject, &tokens, &mut done) {
                out.push(w.fact("field", "subject"));
            }
        }
    }
}

fn judge(
    ctx: &CheckContext<'_>,
    reached: &[Reached],
    m: &CompanyMention,
    text: &str,
    tokens: &[Token],
    done: &mut Vec<(usize, bool)>,
) -> Option<Warning> {
    if m.deliberate {
        return None;
    }
    let own = reached.iter().find(|r| r.process == m.process);
    let misspelt = m.misspelt.is_some();
    // A near miss of another company's one-word name is too weak a sign.
    if own.is_none() && misspelt && m.last - m.first < 2 {
        return None;
    }
    if (own.is_some() && !misspelt) || done.contains(&(m.process, misspelt)) {
        return None;
    }
    done.push((m.process, misspelt));
    let first = reached
        .iter()
        .find(|r| r.person.is_some())
        .or(reached.first())?;
    let about = own.unwrap_or(first);
    let found = written(text, tokens, m);
    let theirs = ctx
        .dir
        .processes
        .get(about.process)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let named = ctx
        .dir
        .processes
        .get(m.process)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let w = match (own, &m.misspelt) {
        (Some(_), Some(close)) => Warning::new(
            META.id,
            Severity::Caution,
            META.sources,
            format!("“{found}” looks like a misspelling of “{close}”"),
            format!(
                "The company is “{close}”. Getting its name right is the least a reader \
expects; check it before sending."
            ),
        )
        .fact("expected", close.as_str())
        .fact("found", found.as_str()),
        _ => Warning::new(
            META.id,
            Severity::Stop,
            META.sources,
            format!("This names {named}, but it goes to {theirs}"),
            format!(
                "“{found}” is another company you are interviewing with. A note that names the \
wrong employer looks copied from another application; make sure every mention is {theirs}."
            ),
        )
        .fact("company", named)
        .fact("expected", theirs)
        .fact("found", found.as_str()),
    };
    let mut w = w;
    super::recipients::refer(ctx, about, &mut w);
    Some(w)
}

/// The name as written, without a possessive "'s".
fn written(text: &str, tokens: &[Token], m: &CompanyMention) -> String {
    let s = text
        .get(tokens[m.first].start..tokens[m.last - 1].end)
        .unwrap_or("");
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .or_else(|| s.strip_suffix('\''))
        .unwrap_or(s)
        .to_string()
}
