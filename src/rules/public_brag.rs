//! `public-brag`: announcing an interview or an offer from a tracked
//! company in public before the offer is in writing.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::{CheckContext, Message};
use crate::log::Status;
use crate::people::{Mention, Resolved};
use crate::text::phrases::{self, sentence_end, words_of, List, Scan};
use crate::text::sentiment::clauses;
use crate::text::stance::Reader;
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "public-brag",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "Announcing it before the offer is written",
    sources: &["D#9"],
    facts: &["company"],
    docs: "Fires on a public post or comment that names a tracked company (name or alias) \
together with your interview, the job or an offer, in a positive or boastful way (\"nailed \
my final round at Stark!\", \"the Acme job is as good as mine\", \"fingers crossed for the \
offer\"), while that company's process is open or the offer only verbal. Hiring teams read \
public posts; celebrating early can look presumptuous, and a verbal offer can still be \
withdrawn. Posts that name no tracked company, an ordinary word that happens to be a \
name (\"stark contrast\", \"the acme of\"), the company without the job, someone else's new \
role, a rejection taken graciously and complaints (see `public-vent`) do not fire; once \
the offer is written, nothing fires.",
    examples: EXAMPLES,
};

macro_rules! post {
    ($text:literal) => {
        concat!(
            r#"{"kind":"compose","site":"linkedin","surface":"public_post","to":[],"text":""#,
            $text,
            r#"","at":"2026-11-24T10:00:00-05:00"}"#
        )
    };
}

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        post!("Absolutely crushed my phone screen with Acme today. Next stop: the offer! 🚀"),
        "an interview named with a tracked company",
    ),
    Example::fires(
        Severity::Caution,
        post!("Big news: Umbrella Health made me a verbal offer for the QA Lead role! 🎉"),
        "a verbal offer is not a written one",
    )
    .with_log(r#"{"interviews": [{"id": "umbrella-1", "company": "Umbrella Health", "company_aliases": ["Umbrella"], "at": "2026-11-18T16:30:00+01:00", "status": "offer_verbal"}], "people": []}"#),
    Example::silent(
        post!("Big news: Umbrella Health made me an offer for the QA Lead role! 🎉"),
        "the offer is written",
    )
    .with_log(r#"{"interviews": [{"id": "umbrella-1", "company": "Umbrella Health", "company_aliases": ["Umbrella"], "at": "2026-11-18T16:30:00+01:00", "status": "offer_written"}], "people": []}"#),
    Example::silent(
        post!("Stark contrast between my first interview and today's: I finally enjoyed one."),
        "an ordinary word",
    ),
    Example::silent(
        post!("Acme's new status page is brilliant. Clear, fast and honest."),
        "the company without the job",
    ),
    Example::silent(
        post!("So proud of my brother, who starts his new role at Stark Industries on Monday!"),
        "someone else's job",
    ),
    Example::silent(
        post!("Great interview today, can't say where yet, but I'm proud of how I prepared."),
        "no company named",
    ),
];

/// Checks a public post or comment.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_public() {
        return;
    }
    let at = ctx.event.at;
    let Ok(phrases) = phrases::get(List::Brag) else {
        return;
    };
    let words = words_of(&msg.tokens);
    let scan = phrases.scan_with(&words, msg.lookups());
    if !scan.may_match(&["job", "win"]) {
        return;
    }
    let mentions: Vec<Mention> = ctx
        .mentions()
        .iter()
        .copied()
        .filter(|m| match m.who {
            Resolved::Company(p) => matches!(
                ctx.dir.status(ctx.log, p, at),
                Some(Status::Open | Status::OfferVerbal)
            ),
            _ => false,
        })
        .collect();
    if mentions.is_empty() {
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
    let Some((si, m)) = find(ctx, &scan, &reader, msg, &mentions) else {
        return;
    };
    let Resolved::Company(p) = m.who else { return };
    let company = ctx.dir.processes[p].name.clone();
    let advice = format!(
        "People at {company} may see this, and until the offer is in writing nothing is \
settled: celebrating in public can read as presumptuous and cannot be taken back if plans \
change. Share the news with friends privately, and post once you have signed."
    );
    let s = &msg.sentences[si];
    let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
        .fact("company", company.clone());
    w.span = Some(Utf16Index::new(msg.text).span(s.start, s.end));
    w.interview = ctx
        .dir
        .latest_interview(ctx.log, p, at)
        .map(|i| ctx.log.interviews[i].id.clone());
    w.company = Some(company);
    out.push(w);
}

/// The sentence and the company mention of the first brag.
fn find(
    ctx: &CheckContext<'_>,
    scan: &Scan<'_>,
    reader: &Reader<'_>,
    msg: &Message<'_>,
    mentions: &[Mention],
) -> Option<(usize, Mention)> {
    let tokens = &msg.tokens;
    let sents = &msg.sentences;
    let mut seen: Vec<usize> = Vec::new();
    for m in mentions {
        let Some(si) = sents
            .iter()
            .position(|s| m.first >= s.first && m.first < s.last)
        else {
            continue;
        };
        // One reading per sentence, however often it names the company.
        if seen.contains(&si) {
            continue;
        }
        seen.push(si);
        let s = &sents[si];
        let to = sentence_end(s, tokens);
        if reader.read(m.first, m.last).quoted || scan.has("other", s.first, to) {
            continue;
        }
        // The post around the mention: its sentence and the ones either side
        // in the same paragraph.
        let window: Vec<usize> = (si.saturating_sub(1)..(si + 2).min(sents.len()))
            .filter(|&k| sents[k].paragraph == s.paragraph)
            .collect();
        let (from, until) = (
            sents[window[0]].first,
            sentence_end(&sents[window[window.len() - 1]], tokens),
        );
        // The company's own name is no job word ("Acme Careers").
        let outside_mention = |&(a, b): &(usize, usize)| !(a >= m.first && b <= m.last);
        if scan.has("loss", from, until) {
            continue;
        }
        let win = scan.find("win", from, until).iter().any(outside_mention);
        if win {
            return Some((si, *m));
        }
        if !scan.find("job", from, until).iter().any(outside_mention) {
            continue;
        }
        // Sentiment only for the window (its clauses number from its start).
        let (w0, w1) = (window[0], window[window.len() - 1]);
        let scored = clauses(ctx.lexicon, tokens, &sents[w0..=w1]);
        let glad = scan.has("brag", from, until) || scored.iter().any(|c| c.score >= 1.5);
        // A complaint is for public-vent; "crushed it" only sounds like one.
        let complaint = scored
            .iter()
            .any(|c| c.sentence + w0 == si && c.is_negative())
            && !scan.has("brag", s.first, to);
        if glad && !complaint {
            return Some((si, *m));
        }
    }
    None
}
