//! `demands`: telling the employer what you need in pay, benefits,
//! equipment or conditions before they have made an offer.

use super::recipients::{reached, refer};
use super::{Example, RuleKind, RuleMeta};
use crate::engine::{CheckContext, Message};
use crate::log::Status;
use crate::text::phrases::{self, sentence_end, words_of, List, Scan};
use crate::text::stance::{Condition, Reader, Subject};
use crate::text::tokens::Kind;
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "demands",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "A demand before an offer",
    sources: &["D#3"],
    facts: &["topic", "question"],
    docs: "Fires on an email or direct message to a company whose process is still `open` \
that states a demand about pay, benefits, equipment or working conditions: \"I need $80 a \
month for internet\", \"I require a MacBook\", \"I insist on four days a week\", \"my minimum \
is…\", \"non-negotiable\", \"I'll only go ahead if…\". Before an offer, a list of requirements \
makes a candidate look hard to work with; the same point asked as a question gets an \
answer. The advice offers that question (`facts.question`; `facts.topic` is `pay`, \
`leave`, `where`, `kit`, `costs`, `growth` or `terms`). Polite questions, needs that are \
not conditions (\"I need a day to prepare\"), access needs, other people's requirements, \
past negotiations and quoted words do not fire; once there is an offer (`offer_verbal` or \
`offer_written`), negotiating is expected and nothing fires.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        example_email!("jose.nunez@acme.com", "Hi José, as I would be remote, I need Acme to pay $60 towards my broadband every month."),
        "a stipend demanded before any offer",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("tony.marsh@starkindustries.com", "Tony, a four-day week is non-negotiable for me."),
        "\"non-negotiable\"",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("zoe.vdb@umbrellahealth.org", "Dear Zoë, I require two external monitors and a standing desk from my first day."),
        "equipment",
    ),
    Example::silent(
        example_email!("jose.nunez@acme.com", "Hi José, as I would be remote, does Acme help with broadband costs for people at home?"),
        "the same point as a question",
    ),
    Example::silent(
        example_email!("jose.nunez@acme.com", "Hi José, as I would be remote, I need Acme to pay $60 towards my broadband every month."),
        "the same demand after a verbal offer",
    )
    .with_log(r#"{"interviews": [{"id": "acme-1", "company": "Acme Corp", "company_domains": ["acme.com"], "at": "2026-11-23T10:00:00-05:00", "interviewer_ids": ["jose"], "status": "offer_verbal"}], "people": [{"id": "jose", "name": "José Núñez", "company": "Acme Corp", "emails": ["jose.nunez@acme.com"]}]}"#),
    Example::silent(
        example_email!("tony.marsh@starkindustries.com", "Tony, for the onsite I'll need a quiet room, as I'm hard of hearing."),
        "an access need",
    ),
    Example::silent(
        example_email!("siobhan@starkindustries.com", "Siobhán, I need a couple of days to finish the case study; would Monday work?"),
        "a need that is no condition",
    ),
    Example::silent(
        example_email!("priya@initech.io", "Priya, I need at least $95k and full remote."),
        "the process is closed",
    ),
];

/// What the demand is about, and the question to ask instead.
const TOPICS: &[(&str, &str)] = &[
    (
        "costs",
        "Does {company} offer any allowance or reimbursement for costs like these?",
    ),
    (
        "kit",
        "What equipment do new people on the team usually get?",
    ),
    (
        "leave",
        "How much leave do people on the team usually have, and how does booking time off work?",
    ),
    (
        "where",
        "How does the team handle remote work, location and working hours?",
    ),
    (
        "growth",
        "How do reviews, promotions and training work for this role?",
    ),
    (
        "pay",
        "Could you share the salary range you have in mind for this role?",
    ),
    (
        "terms",
        "What would the contract look like if it came to an offer?",
    ),
];

/// Checks a message (or a connection note).
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let at = ctx.event.at;
    let Some(to) = reached(ctx.dir, msg)
        .into_iter()
        .find(|r| ctx.dir.status(ctx.log, r.process, at) == Some(Status::Open))
    else {
        return;
    };
    let Ok(phrases) = phrases::get(List::Demands) else {
        return;
    };
    let words = words_of(&msg.tokens);
    let scan = phrases.scan_with(&words, msg.lookups());
    if !scan.may_match(&["want", "firm"]) {
        return;
    }
    let Some(reader) = Reader::new(
        &msg.tokens,
        &msg.sentences,
        &words,
        msg.lookups(),
        at.local_date().ymd().0,
    ) else {
        return;
    };
    let Some((a, b, topic)) = find(&scan, &reader, msg) else {
        return;
    };
    let company = &ctx.dir.processes[to.process].name;
    let question = TOPICS
        .iter()
        .find(|(t, _)| *t == topic)
        .map(|(_, q)| q.replace("{company}", company))
        .unwrap_or_default();
    let advice = format!(
        "Before an offer, stating what you require reads as a list of demands and can make \
you look hard to work with. Ask instead, for example: \u{201c}{question}\u{201d} Negotiate once \
{company} has made an offer."
    );
    let (start, end) = (msg.tokens[a].start, msg.tokens[b - 1].end);
    let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
        .fact("topic", topic)
        .fact("question", question);
    w.span = Some(Utf16Index::new(msg.text).span(start, end));
    refer(ctx, &to, &mut w);
    out.push(w);
}

/// The topic of a demand found in `from..to`, leaving out `skip` (the
/// demand's own words).
fn topic_in(
    scan: &Scan<'_>,
    msg: &Message<'_>,
    words: &[&str],
    (from, to): (usize, usize),
    skip: (usize, usize),
) -> Option<&'static str> {
    let outside = |&(a, b): &(usize, usize)| b <= skip.0 || a >= skip.1;
    for (topic, _) in TOPICS {
        if scan.find(topic, from, to).iter().any(outside) {
            return Some(topic);
        }
    }
    // "$130k", "95,000": a sum of money is about pay.
    let money = (from..to.min(msg.tokens.len())).any(|k| {
        let t = &msg.tokens[k];
        t.kind == Kind::Number
            && (k < skip.0 || k >= skip.1)
            && (t.norm.ends_with('k') || t.norm.len() >= 5 || words.get(k + 1) == Some(&"k"))
    });
    money.then_some("pay")
}

/// Verbs after "I need to" that state a condition, not a task.
const CONDITION_VERBS: &[&str] = &[
    "be", "have", "work", "get", "keep", "take", "receive", "earn", "make", "bring", "stay", "own",
    "use", "start", "finish", "see", "know",
];

/// The token range of the first demand and its topic.
fn find(
    scan: &Scan<'_>,
    reader: &Reader<'_>,
    msg: &Message<'_>,
) -> Option<(usize, usize, &'static str)> {
    let words = reader.words();
    let tokens = &msg.tokens;
    for (si, s) in msg.sentences.iter().enumerate() {
        let to = sentence_end(s, tokens);
        if scan.has("exempt", s.first, to) {
            continue;
        }
        // "I need …", "I require …", "I insist on …" by the writer, plainly.
        for (a, b) in scan.find("want", s.first, to) {
            let b = b.min(tokens.len());
            let r = reader.read(a, b);
            let mine = r.owned || r.subject == Subject::First;
            // "I need to schedule …" is a task; "I need to be paid …" a condition.
            let task = words.get(b) == Some(&"to")
                && !words
                    .get(b + 1)
                    .is_some_and(|w| CONDITION_VERBS.contains(w));
            if !mine
                || task
                || r.negated
                || r.question
                || r.reported
                || r.quoted
                || r.musing
                || r.condition == Condition::Inside
                || scan.starts_at("past", a, to)
            {
                continue;
            }
            if let Some(topic) = topic_in(scan, msg, words, (b, to), (a, b)) {
                // The span runs to the end of the sentence: "I need a laptop stipend".
                let mut end = s.last;
                while end > b && !tokens[end - 1].is_word() {
                    end -= 1;
                }
                return Some((a, end, topic));
            }
        }
        // "non-negotiable", "one condition", "I'll only go ahead if …".
        for (a, b) in scan.find("firm", s.first, to) {
            let b = b.min(tokens.len());
            let r = reader.read(a, b);
            if r.question || r.reported || r.quoted {
                continue;
            }
            let before = if si > 0 && msg.sentences[si - 1].paragraph == s.paragraph {
                msg.sentences[si - 1].first
            } else {
                s.first
            };
            if let Some(topic) = topic_in(scan, msg, words, (before, to), (a, b)) {
                return Some((a.max(s.first), b, topic));
            }
        }
    }
    None
}
