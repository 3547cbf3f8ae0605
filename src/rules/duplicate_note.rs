//! `duplicate-note`: the same thank-you note, names swapped, to a second
//! person at the same company.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::log::{Recipient, SentKind};
use crate::people::Resolved;
use crate::text::similarity::Fingerprint;
use crate::text::tokens::tokenize;
use crate::warning::{Severity, Utf16Index, Warning};

/// Notes at least this similar (Jaccard of three-word shingles, names
/// left out) are "nearly identical": the same note with a detail or two
/// changed still scores above it; two notes written separately, even with
/// the usual thank-you phrases in common, score far below.
pub const THRESHOLD: f64 = 0.5;

/// Shorter notes (in words, names left out) are not judged: "Thanks, Jane!"
/// is no template.
pub const MIN_WORDS: usize = 6;

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "duplicate-note",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "The same note as to a colleague",
    sources: &["E"],
    facts: &["similar_to", "similarity"],
    docs: "Fires on a thank-you note to a tracked person when a thank-you already \
logged (`sent[]` with `kind: \"thank_you\"` and its `text`) to another person at the \
same company is nearly identical once names are set aside: the two are compared by \
their runs of three words, ignoring case, punctuation, titles and the names of tracked \
people and companies, and fire at a similarity of 0.5 or more (1 is the same text). \
Interviewers often compare the notes they receive, and one that only swaps the name \
reads as a form letter. Notes to the same person again, to someone at another company, \
and very short notes are not compared. `facts.similar_to` is the colleague's id, \
`facts.similarity` the score.",
    examples: EXAMPLES,
};

/// The example log with a thank-you to Jane Doe (Acme) logged.
const NOTE_TO_JANE: &str = r#"{"sent": [{"to": "jane", "interview_id": "acme-1",
  "at": "2026-11-23T15:00:00-05:00", "channel": "email", "kind": "thank_you",
  "text": "Dear Jane, thank you for taking the time to speak with me today about the Backend Engineer role. I enjoyed learning about the team's move to event sourcing and I'm excited about the chance to contribute. Best regards, Sam"}]}"#;

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        thank_you_email!("jose.nunez@acme.com", "Dear José, thank you for taking the time to speak with me today about the Backend Engineer role. I enjoyed learning about the team's move to event sourcing and I'm excited about the chance to contribute. Best regards, Sam"),
        "the note sent to Jane, with José's name",
    )
    .with_log(NOTE_TO_JANE),
    Example::fires(
        Severity::Caution,
        thank_you_email!("jose.nunez@acme.com", "Hi José, thank you for taking the time to speak with me about the Backend Engineer role. I enjoyed learning about the team's move to Kafka and I'm really excited about the chance to contribute. Best, Sam"),
        "the same note with a detail or two changed",
    )
    .with_log(NOTE_TO_JANE),
    Example::silent(
        thank_you_email!("jose.nunez@acme.com", "Hi José, thanks for walking me through the interview loop and answering all my questions about relocating to Austin. Your tip about the system design round was really helpful. Best, Sam"),
        "a note written for this person",
    )
    .with_log(NOTE_TO_JANE),
    Example::silent(
        thank_you_email!("jane.doe@acme.com", "Dear Jane, thank you for taking the time to speak with me today about the Backend Engineer role. I enjoyed learning about the team's move to event sourcing and I'm excited about the chance to contribute. Best regards, Sam"),
        "the same note to the same person again",
    )
    .with_log(NOTE_TO_JANE),
    Example::silent(
        thank_you_email!("tony.marsh@starkindustries.com", "Dear Tony, thank you for taking the time to speak with me today about the Backend Engineer role. I enjoyed learning about the team's move to event sourcing and I'm excited about the chance to contribute. Best regards, Sam"),
        "someone at another company",
    )
    .with_log(NOTE_TO_JANE),
    Example::silent(
        thank_you_email!("jose.nunez@acme.com", "Dear José, thank you for taking the time to speak with me today about the Backend Engineer role. I enjoyed learning about the team's move to event sourcing and I'm excited about the chance to contribute. Best regards, Sam"),
        "no note logged with its text",
    ),
];

/// Checks an email or direct message.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let people: Vec<usize> = msg
        .recipients
        .iter()
        .filter_map(|r| match r {
            Resolved::Person(k) => Some(*k),
            _ => None,
        })
        .collect();
    if people.is_empty() {
        return;
    }
    let colleague = |j: usize, k: usize| {
        j != k
            && ctx.dir.person_processes[k]
                .iter()
                .any(|p| ctx.dir.person_processes[j].contains(p))
    };
    // The recipients' colleagues: people who share a process with one.
    let colleagues: Vec<(usize, &str)> = ctx
        .log
        .people
        .iter()
        .enumerate()
        .filter(|&(j, _)| people.iter().any(|&k| colleague(j, k)))
        .map(|(j, p)| (j, p.id.as_str()))
        .collect();
    // Thank-you notes logged with their text, to a colleague, by now.
    let logged: Vec<(usize, &str, crate::calendar::Timestamp)> = ctx
        .log
        .sent
        .iter()
        .filter(|s| s.kind == SentKind::ThankYou && s.at <= ctx.event.at)
        .filter_map(|s| match (&s.to, s.text.as_deref()) {
            (Recipient::Person(id), Some(text)) if !text.trim().is_empty() => colleagues
                .iter()
                .find(|(_, cid)| cid == id)
                .map(|&(j, _)| (j, text, s.at)),
            _ => None,
        })
        .collect();
    if logged.is_empty() {
        return;
    }
    let is_name = |w: &str| ctx.dir.is_name_word(w);
    let this = Fingerprint::new(&msg.tokens, is_name);
    if this.words() < MIN_WORDS {
        return;
    }
    let prints: Vec<(usize, Fingerprint, crate::calendar::Timestamp)> = logged
        .iter()
        .map(|&(j, text, at)| (j, Fingerprint::new(&tokenize(text), is_name), at))
        .collect();
    let is_thank_you = std::cell::OnceCell::new();
    for &k in &people {
        let best = prints
            .iter()
            .filter(|(j, f, _)| f.words() >= MIN_WORDS && colleague(*j, k))
            .map(|(j, f, at)| (*j, this.similarity(f), *at))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let Some((j, similarity, sent_at)) = best else {
            continue;
        };
        // Checked last: classifying the text costs more than comparing it.
        if similarity < THRESHOLD
            || !*is_thank_you.get_or_init(|| ctx.classifier.is_thank_you_in(&msg.tokens))
        {
            continue;
        }
        let colleague = &ctx.log.people[j];
        let recipient = &ctx.log.people[k];
        let process = ctx.dir.person_processes[k]
            .iter()
            .copied()
            .find(|p| ctx.dir.person_processes[j].contains(p));
        let company = process.map(|p| ctx.dir.processes[p].name.clone());
        let today = ctx.event.at.local_date();
        let when = super::words::relative_day(sent_at.local_date(), today);
        let advice = format!(
            "This is nearly word for word the note you sent {} {when}. People who interviewed \
you together often compare notes, and the same text with the name swapped reads as a form \
letter. Mention something you talked about with {} in particular: a question they asked, \
a detail of their work, what you would do in the role.",
            colleague.name, recipient.name
        );
        let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
            .fact("similar_to", colleague.id.clone())
            .fact("similarity", (similarity * 100.0).round() / 100.0);
        if let (Some(first), Some(last)) = (msg.tokens.first(), msg.tokens.last()) {
            w.span = Some(Utf16Index::new(msg.text).span(first.start, last.end));
        }
        w.person = Some(recipient.id.clone());
        w.interview = process
            .and_then(|p| ctx.dir.latest_interview(ctx.log, p, ctx.event.at))
            .map(|i| ctx.log.interviews[i].id.clone());
        w.company = company;
        out.push(w);
    }
}
