//! `romantic-advance`: asking out, flirting with or complimenting the looks
//! of someone you met through the hiring process.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::{CheckContext, Message};
use crate::people::Resolved;
use crate::text::phrases::{self, sentence_end, words_of, List, Scan};
use crate::text::stance::Reader;
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "romantic-advance",
    kind: RuleKind::Warning,
    severities: &[Severity::Stop],
    title: "Romantic message to an interviewer",
    sources: &["D#4"],
    facts: &[],
    docs: "Fires on a connection note, direct message or email to a tracked person that \
uses romantic or dating language: asking them out or on a date, compliments on their \
looks (\"you looked gorgeous on the call\"), a crush, \"are you single?\", \"just the two of \
us\". An invitation to dinner or drinks counts together with another sign (\"my treat\", \
\"sometime\", a wink), not on its own, and not when it is for the team. Praise for their \
work (\"gorgeous slides\"), a calendar date, professional coffee chats, events the \
employer runs, your own partner, quoted titles and negations do not fire. Whoever the \
note is to, flirting with someone who interviewed you ends the candidacy and can be \
harassment; keep it professional.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Stop,
        example_dm!("https://www.linkedin.com/in/josenunez", "José, you have the most gorgeous smile. Can I take you out for dinner this weekend?"),
        "looks and asking out",
    ),
    Example::fires(
        Severity::Stop,
        r#"{"kind":"social","site":"linkedin","action":"connect","target":{"name":"Jane Doe","profile":"https://www.linkedin.com/in/janedoe"},"note":"Jane, loved our chat. Drinks sometime? My treat 😉","at":"2026-11-24T10:00:00-05:00"}"#,
        "a connection note: drinks, my treat and a wink",
    ),
    Example::fires(
        Severity::Stop,
        example_dm!("Tony Marsh", "Tony, are you seeing anyone? I'd love to go on a date."),
        "asking if they are single",
    ),
    Example::silent(
        example_dm!("https://x.com/siobhanoch", "Siobhán, your slides on colour theory were gorgeous. Could we have a 20-minute call about the design system?"),
        "praise for work and a call",
    ),
    Example::silent(
        example_dm!("https://www.linkedin.com/in/janedoe", "Jane, is there a date for the next round yet? Happy to travel."),
        "a calendar date",
    ),
    Example::silent(
        example_dm!("Tony Marsh", "Tony, thanks for inviting me to the team drinks on Friday, looking forward to meeting everyone."),
        "drinks with the team",
    ),
    Example::silent(
        example_dm!("Sam Rivera", "Sam, you looked gorgeous last night, dinner again Friday?"),
        "someone who is not tracked",
    ),
];

/// Checks a message, a connection note or an email.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let Some(person) = msg.recipients.iter().find_map(|r| match r {
        Resolved::Person(k) => Some(*k),
        _ => None,
    }) else {
        return;
    };
    let Ok(phrases) = phrases::get(List::Romance) else {
        return;
    };
    let words = words_of(&msg.tokens);
    let scan = phrases.scan_with(&words, msg.lookups());
    if !scan.may_match(&["strong", "weak"]) {
        return;
    }
    let year = ctx.event.at.local_date().ymd().0;
    let Some(reader) = Reader::new(&msg.tokens, &msg.sentences, &words, msg.lookups(), year) else {
        return;
    };
    let Some((a, b)) = find(&scan, &reader, msg) else {
        return;
    };
    let name = &ctx.log.people[person].name;
    let first = name.split_whitespace().next().unwrap_or(name);
    let advice = format!(
        "{first} met you to assess you for a job. A romantic or flirtatious message puts them \
in an awkward position, can read as harassment and will end your candidacy. Keep every \
contact professional; delete this part before you send."
    );
    let mut w = Warning::new(META.id, Severity::Stop, META.sources, META.title, advice);
    w.span = Some(Utf16Index::new(msg.text).span(msg.tokens[a].start, msg.tokens[b - 1].end));
    w.person = Some(ctx.log.people[person].id.clone());
    if let Some(&p) = ctx.dir.person_processes[person].first() {
        w.interview = ctx
            .dir
            .latest_interview(ctx.log, p, ctx.event.at)
            .map(|i| ctx.log.interviews[i].id.clone());
        w.company = Some(ctx.dir.processes[p].name.clone());
    }
    out.push(w);
}

/// The first romantic sign, or the first of two weaker ones.
fn find(scan: &Scan<'_>, reader: &Reader<'_>, msg: &Message<'_>) -> Option<(usize, usize)> {
    let tokens = &msg.tokens;
    let meant = |a: usize, b: usize| {
        let r = reader.read(a, b);
        !r.negated && !r.quoted && !r.reported
    };
    let mut weak: Vec<(usize, usize)> = Vec::new();
    for s in &msg.sentences {
        let to = sentence_end(s, tokens);
        if let Some(&(a, b)) = scan
            .find("strong", s.first, to)
            .iter()
            // "KISS": an acronym, not a kiss.
            .find(|&&(a, b)| meant(a, b.min(tokens.len())) && !(b == a + 1 && tokens[a].all_caps))
        {
            return Some((a, b.min(tokens.len())));
        }
        if scan.has("group", s.first, to) || scan.has("work", s.first, to) {
            continue;
        }
        weak.extend(
            scan.find("weak", s.first, to)
                .into_iter()
                .map(|(a, b)| (a, b.min(tokens.len())))
                .filter(|&(a, b)| b > a && meant(a, b)),
        );
        if weak.len() >= 2 {
            return Some(weak[0]);
        }
    }
    None
}
