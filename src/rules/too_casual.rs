//! `too-casual`: chat-style writing in a message to an employer — one
//! warning for each casual marker, with its own span.

use super::recipients::{reached, Reached};
use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::people::Resolved;
use crate::text::greeting::Greetings;
use crate::text::names::PersonName;
use crate::text::tokens::tokenize;
use crate::text::tone::{Tone, ToneKind, ToneMark};
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "too-casual",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "Too casual for an employer",
    sources: &["C", "D#1"],
    facts: &["kind", "found", "suggestion", "field"],
    docs: "Fires on each casual marker in an email or direct message to a tracked person \
or an address at a tracked company's domain: casual greetings (\"hey\", \"yo\", \
\"hiya\"), text-speak (\"btw\", \"u\", \"thx\"), slang (\"gonna\", \"kinda\"), written \
laughter, stretched words (\"sooo\"), emoji and emoticons, runs of \"!!\" or \"??\", \
words in capitals used for emphasis, pet names (\"hun\", \"mate\") and kisses \
(\"xoxo\", a closing \"x\"). Each occurrence is its own warning with its own span \
(`facts.kind`, `facts.found`, and `facts.suggestion` with the plain form when there is \
one); a marker in the subject has no span and `facts.field: \"subject\"`. At most 50 \
are reported for one text. Acronyms \
(\"SQL\", \"HIPAA\"), \"OK\", one \"!\" or \"?\", code in backticks, links, letters \
inside words (\"They\", \"Tokyo\"), \"love\" as a verb and \"Cheers\" as a sign-off do \
not fire, and neither does anything written to people who are not tracked.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        thank_you_email!("jane.doe@acme.com", "Hey Jane, thank you for the conversation on Monday."),
        "a casual greeting",
    ),
    Example::fires(
        Severity::Caution,
        thank_you_email!("jose.nunez@acme.com", "Hi José, I'm gonna send the signed form this afternoon."),
        "slang",
    ),
    Example::fires(
        Severity::Caution,
        thank_you_email!("zoe.vdb@umbrellahealth.org", "Dear Zoë, I am REALLY keen on the QA Lead role."),
        "a word in capitals for emphasis",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":["https://www.linkedin.com/in/janedoe"],"text":"Thank you for your time yesterday 🙏","at":"2026-11-24T10:00:00-05:00"}"#,
        "an emoji in a direct message",
    ),
    Example::fires(
        Severity::Caution,
        thank_you_email!("tony.marsh@starkindustries.com", "Hi Tony, thanks for the studio tour, it was brilliant!!"),
        "a run of exclamation marks",
    ),
    Example::fires(
        Severity::Caution,
        thank_you_email!("priya@initech.io", "Hi Priya, thanks for letting me know, hun."),
        "a pet name, even to a company that said no",
    ),
    Example::silent(
        thank_you_email!("jane.doe@acme.com", "Hi Jane, I have used SQL and AWS for years, and the OKR process sounds familiar. Thank you!"),
        "acronyms and a single exclamation mark",
    ),
    Example::silent(
        thank_you_email!("siobhan@starkindustries.com", "Dear Siobhán, they showed me the Tokyo office plans; I would love to help. Cheers, Aoife"),
        "letters inside words, love as a verb, Cheers as a sign-off",
    ),
    Example::silent(
        thank_you_email!("jane.doe@acme.com", "Hi Jane, in Kotlin I avoid the `!!` operator, as discussed."),
        "code in backticks",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":["Maya Brooks"],"text":"hey!! gonna celebrate tonight lol 🎉","at":"2026-11-24T10:00:00-05:00"}"#,
        "a friend who is not tracked",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"reddit","surface":"public_post","text":"omg the Acme interview went sooo well 🎉","at":"2026-11-24T10:00:00-05:00"}"#,
        "a public post is not a message to the employer",
    ),
];

/// At most this many warnings for one text: enough to show the pattern;
/// a pasted chat log must not bury the other warnings (or stall typing).
pub const MAX_WARNINGS: usize = 50;

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
    let Ok(tone) = Tone::get() else { return };
    let about = reached.iter().find(|r| r.person.is_some()).unwrap_or(first);
    // Quoted history is not the writer's; the signature is ("Kiera x").
    let layout = Greetings::get()
        .ok()
        .map(|g| g.quoted(msg.text, &msg.tokens));
    let marks = tone.markers(msg.text, &msg.tokens);
    // Names of tracked people and companies are never casual markers.
    let names: Vec<(usize, usize)> = if marks.is_empty() {
        Vec::new()
    } else {
        ctx.mentions()
            .iter()
            .filter(|m| m.who != Resolved::Nobody)
            .map(|m| (msg.tokens[m.first].start, msg.tokens[m.last - 1].end))
            .collect()
    };
    // Sorted and apart (mentions do not overlap): a binary search finds the one before.
    let in_name = |a: usize, b: usize| {
        let k = names.partition_point(|&(s, _)| s < b);
        k > 0 && names.get(k - 1).is_some_and(|&(_, e)| a < e)
    };
    let index = Utf16Index::new(msg.text);
    let own = marks.iter().filter(|mark| {
        layout.as_ref().is_none_or(|l| l.is_own(mark.start)) && !in_name(mark.start, mark.end)
    });
    for mark in own.take(MAX_WARNINGS) {
        let mut w = warning(ctx, about, mark, msg.text);
        w.span = Some(index.span(mark.start, mark.end));
        out.push(w);
    }
    if !msg.subject.trim().is_empty() {
        let tokens = tokenize(msg.subject);
        for mark in tone
            .markers(msg.subject, &tokens)
            .into_iter()
            .take(MAX_WARNINGS)
        {
            let w = warning(ctx, about, &mark, msg.subject).fact("field", "subject");
            out.push(w);
        }
    }
}

fn warning(ctx: &CheckContext<'_>, about: &Reached, mark: &ToneMark<'_>, text: &str) -> Warning {
    let found = text.get(mark.start..mark.end).unwrap_or("").to_string();
    let name = about
        .person
        .and_then(|k| PersonName::parse(&ctx.log.people[k].name))
        .map(|n| n.first.raw);
    let advice = match mark.kind {
        ToneKind::Greeting => format!(
            "“{found}” reads like a text to a friend. Open with “Hi {}” or “Dear {}” instead.",
            name.as_deref().unwrap_or("…"),
            name.as_deref().unwrap_or("…"),
        ),
        ToneKind::TextSpeak | ToneKind::Slang => match mark.suggestion {
            Some(s) => format!(
                "Write “{s}” instead of “{found}”: chat shorthand looks careless to someone \
weighing your application."
            ),
            None => format!(
                "Spell out “{found}” in full words: chat shorthand looks careless to someone \
weighing your application."
            ),
        },
        ToneKind::Laugh => "Leave the laughter out; if something was funny, one plain sentence \
says so better in a message to an employer."
            .to_string(),
        ToneKind::Stretched => format!(
            "Write “{found}” with its usual spelling: held letters read as chatty in a \
message to an employer."
        ),
        ToneKind::Emoji => "Leave emoji out of messages to an employer and let your words carry \
the warmth."
            .to_string(),
        ToneKind::Punctuation => "One “!” or “?” is enough: a run of them reads as excitable or \
impatient."
            .to_string(),
        ToneKind::Shouting => format!(
            "“{found}” in capitals reads as shouting. Write it in ordinary case; if something \
matters, say why."
        ),
        ToneKind::PetName => format!(
            "“{found}” is too familiar for someone deciding on your application. Use {} instead.",
            name.as_deref()
                .map(|n| format!("their name ({n})"))
                .unwrap_or_else(|| "their name".to_string())
        ),
        ToneKind::Kiss => "Kisses and hugs belong in messages to friends and family; close with \
“Best regards” or “Thank you” instead."
            .to_string(),
    };
    let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
        .fact("kind", mark.kind.name())
        .fact("found", found);
    if let Some(s) = mark.suggestion {
        w = w.fact("suggestion", s);
    }
    super::recipients::refer(ctx, about, &mut w);
    w
}
