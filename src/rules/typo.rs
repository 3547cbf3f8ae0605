//! `typo`: a misspelt word in a message to the employer.

use super::recipients::reached;
use super::{Example, RuleKind, RuleMeta};
use crate::engine::{CheckContext, Message};
use crate::text::spelling::Misspelling;
use crate::text::tokens::tokenize;
use crate::warning::{Severity, Utf16Index, Warning};
use std::collections::HashSet;

/// At most this many warnings per message: past that, one card per word
/// helps nobody (and a text full of unknown words is rarely English).
pub const MAX_WARNINGS: usize = 20;

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "typo",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "Possible typo",
    sources: &["D#1", "E"],
    facts: &["word", "suggestions", "field"],
    docs: "Fires on each misspelt word of an email or direct message to a tracked person \
or to an address at a tracked company's domain (a connection note too), with its own \
span, `facts.word` and `facts.suggestions` (a few corrections, best first). A slip in a \
note to an employer is read as carelessness, and the sources say to proofread every \
one. The dictionary is Hunspell's English word list, American and British alike \
(\"color\" and \"colour\" are both right), plus common technical and workplace terms. \
It leaves alone what a dictionary cannot judge: the names of tracked people, \
recipients and companies, other capitalised words inside a sentence (names, products), \
email addresses, links and domains, acronyms, words with digits or inner capitals, \
code (between backticks, identifiers with `_`, paths), short quoted terms, hashtags \
and handles, and words with no close correction. A misspelt subject gives a warning \
with `facts.field: \"subject\"` and no span. At most 20 warnings per message.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["jane.doe@acme.com"],"text":"Hi Jane, thank you for your time yesterday. I look foward to hearing from you.","at":"2026-11-24T09:00:00-05:00"}"#,
        "a letter dropped",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":["https://www.linkedin.com/in/josenunez"],"text":"Thanks José, I really enjoyed the conversation and I apreciate the advice.","at":"2026-11-24T09:00:00-05:00"}"#,
        "a direct message to an interviewer",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["careers@starkindustries.com"],"text":"Hello,\n\nThier design team sounded wonderful. Kind regards, Alex","at":"2026-11-24T09:00:00-05:00"}"#,
        "letters swapped at the start of a sentence, to an address at the company's domain",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["zoe.vdb@umbrellahealth.org"],"subject":"Thank you for the intervew","text":"Dear Zoë, thank you for your time on Wednesday.","at":"2026-11-24T09:00:00-05:00"}"#,
        "in the subject (no span)",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"social","site":"linkedin","action":"connect","target":{"name":"Siobhán O'Connor-Hart","profile":"https://x.com/siobhanoch"},"note":"Great to meet you at the panel, I learnt a lot about the desgin process.","at":"2026-11-24T09:00:00-05:00"}"#,
        "a connection note",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["zoe.vdb@umbrellahealth.org"],"text":"Dear Zoë, please pass my thanks to Siobhán O’Connor-Hart, José Núñez and Ngozi Okafor too.","at":"2026-11-24T09:00:00-05:00"}"#,
        "names with diacritics, apostrophes and hyphens, tracked or not",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["jane.doe@acme.com"],"text":"I loved the colour palette and the color picker; I can organise the slides or organize a call.","at":"2026-11-24T09:00:00-05:00"}"#,
        "British and American spellings",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["jane.doe@acme.com"],"text":"I have shipped SQL, AWS and GDPR work at a SaaS startup, on Kubernetes and PostgreSQL, and I led onboarding.","at":"2026-11-24T09:00:00-05:00"}"#,
        "acronyms, products and jargon",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["jane.doe@acme.com"],"text":"You can reach me at alex.moreno@gmial.com; my portfolio is at https://alexmoreno.dev/projcts and the fix is in `parseUsr()`.","at":"2026-11-24T09:00:00-05:00"}"#,
        "an email address, a URL and code",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["friend@example.com"],"text":"I look foward to the weekend!","at":"2026-11-24T09:00:00-05:00"}"#,
        "not a message to an employer",
    ),
];

/// Checks a message (or a connection note).
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let reached = reached(ctx.dir, msg);
    let Some(first) = reached
        .iter()
        .find(|r| r.person.is_some())
        .or(reached.first())
    else {
        return;
    };
    let recipient_words = recipient_words(msg);
    let known = |norm: &str| ctx.dir.is_name_word(norm) || recipient_words.contains(norm);

    let mut found: Vec<(Misspelling, bool)> = ctx
        .speller
        .misspellings(msg.text, &msg.tokens, &known)
        .into_iter()
        .map(|m| (m, false))
        .collect();
    if !msg.subject.trim().is_empty() {
        let tokens = tokenize(msg.subject);
        found.extend(
            ctx.speller
                .misspellings(msg.subject, &tokens, &known)
                .into_iter()
                .map(|m| (m, true)),
        );
    }
    if found.is_empty() {
        return;
    }

    let p = first.process;
    let company = &ctx.dir.processes[p].name;
    let interview = ctx
        .dir
        .current_interview(ctx.log, p, ctx.event.at)
        .map(|i| ctx.log.interviews[i].id.clone());
    let person = first.person.map(|k| ctx.log.people[k].id.clone());
    let index = Utf16Index::new(msg.text);
    for (m, in_subject) in found.into_iter().take(MAX_WARNINGS) {
        let mut w = Warning::new(
            META.id,
            Severity::Caution,
            META.sources,
            META.title,
            advice(&m, in_subject),
        )
        .fact("word", m.word.clone())
        .fact("suggestions", m.suggestions.clone());
        if in_subject {
            w = w.fact("field", "subject");
        } else {
            w.span = Some(index.span(m.start, m.end));
        }
        w.person = person.clone();
        w.interview = interview.clone();
        w.company = Some(company.clone());
        out.push(w);
    }
}

fn advice(m: &Misspelling, in_subject: bool) -> String {
    let where_ = if in_subject { " in the subject" } else { "" };
    let guess = match m.suggestions.as_slice() {
        [] => String::new(),
        [one] => format!(" Did you mean “{one}”?"),
        [one, rest @ ..] => format!(
            " Did you mean “{one}”? (or {})",
            rest.iter()
                .map(|s| format!("“{s}”"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    format!(
        "“{}”{where_} looks misspelt.{guess} Employers read small slips as haste; \
a quick proofread before sending is worth it.",
        m.word
    )
}

/// The words of every recipient entry as the page showed it (display names,
/// addresses, profile links): the recipient's own name is never a typo.
fn recipient_words(msg: &Message<'_>) -> HashSet<String> {
    msg.entries
        .iter()
        .flat_map(|(entry, _)| tokenize(entry))
        .filter(|t| t.is_word())
        .map(|t| t.norm)
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Engine, Event, Log};

    fn engine() -> Engine {
        Engine::new(Log::from_json(include_str!("../../tests/corpus/log.json")).unwrap()).unwrap()
    }

    fn typos(to: &str, text: &str) -> Vec<serde_json::Value> {
        let event = Event::from_json(
            &serde_json::json!({"kind": "compose", "site": "gmail", "surface": "email",
                "to": [to], "text": text, "at": "2026-11-24T09:00:00-05:00"})
            .to_string(),
        )
        .unwrap();
        let answer: serde_json::Value =
            serde_json::from_str(&engine().check(&event).to_json()).unwrap();
        answer["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|w| w["rule"] == "typo")
            .cloned()
            .collect()
    }

    #[test]
    fn each_occurrence_has_its_own_span_word_and_suggestions() {
        let text = "Zoë, I look foward to it. I look foward to it.";
        let w = typos("jane.doe@acme.com", text);
        assert_eq!(w.len(), 2);
        // UTF-16: "Zoë, I look " is 12 units.
        assert_eq!(w[0]["span"], serde_json::json!({"start": 12, "end": 18}));
        assert_eq!(w[1]["span"], serde_json::json!({"start": 33, "end": 39}));
        assert_eq!(w[0]["facts"]["word"], "foward");
        assert_eq!(w[0]["facts"]["suggestions"][0], "forward");
        assert_eq!(w[0]["person"], "jane");
        assert_eq!(w[0]["interview"], "acme-1");
        assert_eq!(w[0]["severity"], "caution");
        assert!(w[0]["advice"].as_str().unwrap().contains("“forward”"));
    }

    #[test]
    fn the_recipients_own_name_is_not_a_typo() {
        let w = typos(
            "Kwabena Asante-Mensah <careers@acme.com>",
            "Dear kwabena, thank you for the call.",
        );
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn a_flood_of_unknown_words_is_capped() {
        let text = "I apreciate the oportunity. ".repeat(40);
        assert_eq!(typos("jane.doe@acme.com", &text).len(), super::MAX_WARNINGS);
    }
}
