//! `in-person-visit`: proposing to drop by the employer's office without
//! being invited.

use super::recipients::{reached, refer};
use super::{Example, RuleKind, RuleMeta};
use crate::engine::{CheckContext, Message};
use crate::log::Status;
use crate::people::Resolved;
use crate::text::phrases::{self, sentence_end, words_of, List, Scan};
use crate::text::stance::{Condition, Reader};
use crate::text::tokens::Kind;
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "in-person-visit",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "Dropping by uninvited",
    sources: &["D#5"],
    facts: &[],
    docs: "Fires on an email or direct message to a tracked person or an address at a \
tracked company's domain that proposes or announces an unplanned visit: dropping by, \
popping in, swinging past or coming to their office, reception or studio, or knocking on \
the team's door — asked politely (\"would it be all right if I stopped by?\") or not. \
Turning up in person puts people on the spot and rarely helps; an email or a call does \
the job. Visits they scheduled or suggested, visits for the interview they arranged, \
past visits, visits only if they would like one, and look-alikes (\"drop by the post \
office\", \"a drop in test coverage\", \"a pop-in modal\", \"drop by my portfolio site\") do \
not fire. Once an offer is written or you are hired, visiting is normal and nothing fires.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        example_email!(
            "jane.doe@acme.com",
            "Hi Jane, I'm in town on Thursday so I'll pop in to the Acme office to say hello."
        ),
        "announcing a visit",
    ),
    Example::fires(
        Severity::Caution,
        example_email!(
            "tony.marsh@starkindustries.com",
            "Tony, could I swing by the studio tomorrow afternoon to show you my sketchbook?"
        ),
        "asking to come by",
    ),
    Example::fires(
        Severity::Caution,
        example_email!(
            "zoe.vdb@umbrellahealth.org",
            "Dear Zoë, I will come to your office next week to hear the decision in person."
        ),
        "coming to their office for the decision",
    ),
    Example::silent(
        example_email!(
            "jane.doe@acme.com",
            "Hi Jane, as you suggested, I'll come by reception at 9 to pick up my visitor badge."
        ),
        "a visit she suggested",
    ),
    Example::silent(
        example_email!(
            "jose.nunez@acme.com",
            "José, happy to come into the office for the final round whenever it suits."
        ),
        "the interview they will schedule",
    ),
    Example::silent(
        example_email!(
            "jane.doe@acme.com",
            "Hi Jane, I'll drop by the post office to send the signed forms back."
        ),
        "\"drop by the post office\"",
    ),
    Example::silent(
        example_email!(
            "tony.marsh@starkindustries.com",
            "Tony, I noticed a drop in page speed on the new site; happy to share what I found."
        ),
        "\"a drop in\" as a noun",
    ),
    Example::silent(
        example_email!(
            "siobhan@starkindustries.com",
            "Siobhán, when I visited the studio for the final round, the light was amazing."
        ),
        "a past visit",
    ),
    Example::silent(
        example_email!(
            "friend@example.org",
            "I'll swing by your office after work for that coffee."
        ),
        "a friend, not the employer",
    ),
];

/// Checks a message (or a connection note).
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let at = ctx.event.at;
    let Some(to) = reached(ctx.dir, msg).into_iter().find(|r| {
        !matches!(
            ctx.dir.status(ctx.log, r.process, at),
            Some(Status::OfferWritten | Status::Hired)
        )
    }) else {
        return;
    };
    let Ok(phrases) = phrases::get(List::Visit) else {
        return;
    };
    let year = at.local_date().ymd().0;
    let words = words_of(&msg.tokens);
    let scan = phrases.scan_with(&words, msg.lookups());
    if !scan.may_match(&["go", "go_to", "go_full", "meet"]) {
        return;
    }
    let Some(reader) = Reader::new(&msg.tokens, &msg.sentences, &words, msg.lookups(), year) else {
        return;
    };
    // Company names are looked for only when a visit verb needs a place.
    let company_at = |i: usize| {
        ctx.mentions()
            .iter()
            .any(|m| m.first == i && matches!(m.who, Resolved::Company(_)))
    };
    let Some((a, b)) = find(&scan, &reader, msg, &company_at) else {
        return;
    };
    let (start, end) = (msg.tokens[a].start, msg.tokens[b - 1].end);
    let company = &ctx.dir.processes[to.process].name;
    let advice = format!(
        "Turning up at {company} without an invitation puts people on the spot and can come \
across as pushy. If you have a question or want to say thanks, email or call; go in person \
only when they invite you."
    );
    let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice);
    w.span = Some(Utf16Index::new(msg.text).span(start, end));
    refer(ctx, &to, &mut w);
    out.push(w);
}

/// Words before a visit verb that make it a noun ("a drop in quality").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "any", "no", "big", "small", "sharp", "slight", "huge",
    "sudden", "steep", "major", "minor", "another",
];

/// Words after a visit verb that say the place is not theirs ("drop by my site").
const NOT_THEIRS: &[&str] = &["my", "our", "his", "her", "their", "mine", "home"];

/// Whether the condition right before token `a` is the writer's own
/// supposed visit ("would you mind if I stopped in?"), not their wish
/// ("if you'd like me to come in").
fn own_supposition(words: &[&str], a: usize) -> bool {
    (a.saturating_sub(4)..a)
        .any(|k| words[k] == "if" && matches!(words.get(k + 1), Some(&("i" | "we" | "i'm" | "im"))))
}

/// The token range of the first uninvited visit.
fn find(
    scan: &Scan<'_>,
    reader: &Reader<'_>,
    msg: &Message<'_>,
    company_at: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let words = reader.words();
    let tokens = &msg.tokens;
    for (si, s) in msg.sentences.iter().enumerate() {
        let to = sentence_end(s, tokens);
        let mut visits: Vec<(usize, usize)> = Vec::new();
        // Their places within `n` tokens after `b` (a tracked company counts).
        let place_after = |b: usize, n: usize| {
            let end = (b + n).min(s.last);
            !NOT_THEIRS.contains(&words.get(b).copied().unwrap_or("."))
                && ((b..end).any(company_at) || scan.has("place", b, end))
        };
        for (a, b) in scan.find("go", s.first, to) {
            let b = b.min(tokens.len());
            if a > s.first && DETERMINERS.contains(&words[a - 1]) {
                continue;
            }
            let alone = b >= s.last
                || scan.starts_at("then", b, to)
                || scan.starts_at("purpose", b, to)
                || tokens.get(b).is_some_and(|t| t.kind == Kind::Number);
            if alone || place_after(b, 5) {
                visits.push((a, b));
            }
        }
        for (a, b) in scan.find("go_to", s.first, to) {
            let b = b.min(tokens.len());
            if place_after(b, 4) {
                visits.push((a, b));
            }
        }
        // Meeting in person, when it is proposed ("could we meet at your office?").
        for (a, b) in scan.find("meet", s.first, to) {
            let (seg, _) = reader.segment(a);
            if scan.has("propose", seg, a + 1) {
                visits.push((a, b.min(tokens.len())));
            }
        }
        visits.extend(
            scan.find("go_full", s.first, to)
                .into_iter()
                .map(|(a, b)| (a, b.min(tokens.len()))),
        );
        visits.sort_unstable();
        if visits.is_empty() {
            continue;
        }
        // Theirs: scheduled, suggested or invited, here or just before.
        let from = if si > 0 && msg.sentences[si - 1].paragraph == s.paragraph {
            msg.sentences[si - 1].first
        } else {
            s.first
        };
        if scan.has("invited", from, to) {
            continue;
        }
        for (a, b) in visits {
            let r = reader.read(a, b);
            if r.negated
                || r.reported
                || r.quoted
                || (r.condition == Condition::Inside && !own_supposition(words, a))
                || !r.is_writers()
            {
                continue;
            }
            // A visit that already happened ("when I visited the studio"),
            // unless it is only supposed ("would it be OK if I stopped by").
            let supposed = (a.saturating_sub(3)..a).any(|k| words[k] == "if");
            if scan.starts_at("past", a, to) && !supposed {
                continue;
            }
            return Some((a, b));
        }
    }
    None
}
