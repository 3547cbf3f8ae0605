//! `premature-resignation`: resigning, or telling anyone you have, before a
//! written offer is in hand.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::log::Status;
use crate::people::Resolved;
use crate::text::phrases::{self, sentence_end, words_of, List, Scan};
use crate::text::stance::Reader;
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "premature-resignation",
    kind: RuleKind::Warning,
    severities: &[Severity::Stop],
    title: "Resigning before a written offer",
    sources: &["D#2"],
    facts: &["phrase", "field"],
    docs: "Fires on an email or direct message, to anyone at all (usually your current \
manager, who is not in the log), in which you resign or say you have: \"I resign\", \"I'm \
handing in my notice\", \"consider this my two weeks\", \"my last day will be…\" — while no \
interview in the log has reached `offer_written` or `hired`. A promising interview is not \
an offer, and verbal offers can still vanish. Stating your notice period, someone else \
resigning, a resignation years ago, and anything negated, conditional (\"if they make an \
offer, I'll resign\"), weighed up (\"should I give notice?\") or quoted does not fire. \
`facts.phrase` is the resignation as written; a hit only in the subject line has \
`facts.field: \"subject\"`.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Stop,
        example_email!("lena.fischer@globex.com", "Hi Lena, I've decided to resign. My last day will be 18 December."),
        "to the current manager, who is not tracked",
    ),
    Example::fires(
        Severity::Stop,
        example_email!("ben@example.org", "Big day: I handed my notice in this morning, Acme is surely going to hire me."),
        "telling a friend, before any offer",
    ),
    Example::fires(
        Severity::Stop,
        r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":["Lena Fischer"],"text":"Lena, please take this message as my formal notice.","at":"2026-11-24T10:00:00-05:00"}"#,
        "a direct message",
    ),
    Example::fires(
        Severity::Stop,
        r#"{"kind":"compose","site":"outlook","surface":"email","to":["lena.fischer@globex.com"],"subject":"My resignation","text":"Dear Lena, please see the attached letter.","at":"2026-11-24T10:00:00-05:00"}"#,
        "only the subject line resigns",
    ),
    Example::silent(
        example_email!("lena.fischer@globex.com", "Hi Lena, I've decided to resign. My last day will be 18 December."),
        "the same resignation once an offer is written",
    )
    .with_log(r#"{"interviews": [{"id": "acme-1", "company": "Acme Corp", "at": "2026-11-23T10:00:00-05:00", "status": "offer_written"}], "people": []}"#),
    Example::silent(
        example_email!("jose.nunez@acme.com", "Hi José, my notice period is six weeks, so I could start in mid-January."),
        "stating a notice period",
    ),
    Example::silent(
        example_email!("ben@example.org", "If the Acme offer comes through in writing, I'll hand in my notice that week."),
        "a plan conditional on the written offer",
    ),
    Example::silent(
        example_email!("ben@example.org", "Should I give notice now or wait for the contract?"),
        "asking whether to resign",
    ),
    Example::silent(
        example_email!("ben@example.org", "Did you hear? Lena resigned yesterday, after nine years."),
        "someone else resigning",
    ),
    Example::silent(
        example_email!("ben@example.org", "I'm not handing in my notice until Acme puts it in writing."),
        "negation",
    ),
    Example::silent(
        example_email!("lena.fischer@globex.com", "Thanks for covering at such short notice yesterday."),
        "\"short notice\"",
    ),
];

/// Checks a message (or a connection note).
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    if ctx
        .log
        .interviews
        .iter()
        .any(|i| matches!(i.status, Status::OfferWritten | Status::Hired))
    {
        return;
    }
    let Ok(phrases) = phrases::get(List::Resignation) else {
        return;
    };
    let year = ctx.event.at.local_date().ymd().0;
    let words = words_of(&msg.tokens);
    let scan = phrases.scan_with(&words, msg.lookups());
    let in_text = scan
        .may_match(&["act"])
        .then(|| Reader::new(&msg.tokens, &msg.sentences, &words, msg.lookups(), year))
        .flatten()
        .and_then(|r| find(&scan, &r, &msg.tokens))
        .map(|(s, e)| (Some((s, e)), msg.text[s..e].to_string()));
    let found = in_text.or_else(|| {
        let subject = msg.subject_message();
        let words = words_of(&subject.tokens);
        let scan = phrases.scan_with(&words, subject.lookups());
        if !scan.may_match(&["act"]) {
            return None;
        }
        Reader::new(
            &subject.tokens,
            &subject.sentences,
            &words,
            subject.lookups(),
            year,
        )
        .and_then(|r| find(&scan, &r, &subject.tokens))
        .map(|(s, e)| (None, msg.subject[s..e].to_string()))
    });
    let Some((span, phrase)) = found else { return };

    let person = msg.recipients.iter().find_map(|r| match r {
        Resolved::Person(k) => Some(*k),
        _ => None,
    });
    let process = person
        .and_then(|k| ctx.dir.person_processes[k].first().copied())
        .or_else(|| {
            msg.recipients.iter().find_map(|r| match r {
                Resolved::Company(p) => Some(*p),
                _ => None,
            })
        });
    let advice = "Keep your current job until an offer is in writing and signed: interviews \
that feel certain still end in rejections, and verbal offers get withdrawn. Hold this message \
back for now; once the written offer is in hand, resign and agree your start date.";
    let mut w = Warning::new(META.id, Severity::Stop, META.sources, META.title, advice)
        .fact("phrase", phrase);
    match span {
        Some((s, e)) => w.span = Some(Utf16Index::new(msg.text).span(s, e)),
        None => w = w.fact("field", "subject"),
    }
    w.person = person.map(|k| ctx.log.people[k].id.clone());
    if let Some(p) = process {
        w.interview = ctx
            .dir
            .latest_interview(ctx.log, p, ctx.event.at)
            .map(|i| ctx.log.interviews[i].id.clone());
        w.company = Some(ctx.dir.processes[p].name.clone());
    }
    out.push(w);
}

/// The byte range of the first plain resignation in a text.
fn find(
    scan: &Scan<'_>,
    reader: &Reader<'_>,
    tokens: &[crate::text::tokens::Token],
) -> Option<(usize, usize)> {
    for s in reader.sentences() {
        for (a, b) in scan.find("act", s.first, sentence_end(s, tokens)) {
            let b = b.min(tokens.len());
            if b <= a {
                continue;
            }
            let r = reader.read(a, b);
            if r.is_plain_act() && !r.modal && !r.distant_past {
                return Some((tokens[a].start, tokens[b - 1].end));
            }
        }
    }
    None
}
