//! `gift`: sending or offering the employer flowers, food, drink or another
//! gift after an interview.
//!
//! Tuned on the tune half of `tests/corpus/issue4/gift.jsonl` and on four
//! tune-only files from other writers (`gift-tune2` … `gift-tune5`, 242
//! lines in all); the held-out half is gated like every other rule. A gift
//! is an item (`data/gift.txt`: flowers, food, drink, cards and vouchers,
//! books, keepsakes, brands that are the gift) that the writer sends, offers
//! or has delivered, in the same sentence or in a later one that points back
//! to it ("One's on its way", "May I bring one for the team?"). Gifts
//! received, bought for oneself or for someone else, refused (in the same
//! sentence or called off in the next), quoted or reported do not count.

use super::recipients::{reached, refer};
use super::{Example, RuleKind, RuleMeta};
use crate::engine::{CheckContext, Message};
use crate::text::phrases::{self, sentence_end, words_of, List, Scan};
use crate::text::stance::{Reader, Subject};
use crate::text::tokens::Kind;
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "gift",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "A gift to the employer",
    sources: &["A", "B"],
    facts: &["item", "field"],
    docs: "Fires on an email or direct message to a tracked person or an address at a \
tracked company's domain that sends or offers a gift: flowers or a plant, sweets, food \
delivered to the team, a bottle, a gift card or voucher (\"a bouquet is on its way\", \
\"can I send you some chocolates?\", \"please accept this gift card\"). The sources \
disagree: one says a gift after an interview is never appropriate and can read as a \
bribe, the other notes that some candidates do send one; a warm thank-you note does the \
job without the risk, so the advice says both. \"The gift of your time\", \"a gift for \
explaining\", a gift-card checkout you built, a tool called Flower, gifts you received \
from them, gifts for yourself or someone else (a referee) and gifts refused or called off \
in the next sentence do not fire; an item named in one sentence and sent in the next \
(\"One's on its way\") does. `facts.item` is the gift as written; a gift named \
only in the subject line has `facts.field: \"subject\"`.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        example_email!("jane.doe@acme.com", "Hi Jane, a box of chocolates is on its way to the office as a thank-you."),
        "chocolates on their way",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("tony.marsh@starkindustries.com", "Tony, may I send you a bottle of wine to thank you for Monday?"),
        "offering a bottle",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("careers@umbrellahealth.org", "Hello team, I've ordered a fruit basket for everyone who met me."),
        "a basket for the team, to the company's address",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("jane.doe@acme.com", "Jane, as a thank you I've put together a little hamper for the hiring panel."),
        "a hamper put together for the panel",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("jane.doe@acme.com", "Jane, keep an eye on your inbox for a little e-gift from me!"),
        "an e-gift from the writer",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("zoe.vdb@umbrellahealth.org", "Dear Zoë, to say thank you for Wednesday I've made a donation to a children's charity in your name."),
        "a donation in their name",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("tony.marsh@starkindustries.com", "Tony, I have two spare tickets for Saturday's match. They're yours if you'd like them."),
        "tickets handed over in the next sentence",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("siobhan@starkindustries.com", "Siobhán, I've had a wee hamper of shortbread sent over to the studio for you and Tony."),
        "a hamper had sent over",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("tony.marsh@starkindustries.com", "Tony, I made far too many Christmas puddings this weekend. One has your name on it and goes in the post tomorrow."),
        "an item named in one sentence, sent in the next",
    ),
    Example::fires(
        Severity::Caution,
        example_email!("jane.doe@acme.com", "Macarons for the platform team", "Hi Jane, thank you again for Monday's phone screen."),
        "a gift named only in the subject line",
    ),
    Example::silent(
        example_email!("jose.nunez@acme.com", "José, I nearly sent the team a box of doughnuts. I've talked myself out of it, so please take my thanks instead."),
        "a gift called off in the next sentence",
    ),
    Example::silent(
        example_email!("zoe.vdb@umbrellahealth.org", "Dear Zoë, Dr Mensah will send her reference by Friday; I'm sending her a bouquet to say thank you."),
        "a gift for the writer's referee",
    ),
    Example::silent(
        example_email!("siobhan@starkindustries.com", "Siobhán, I've sent you the illustrations for the design exercise and a link to my portfolio."),
        "work samples sent, not a gift",
    ),
    Example::silent(
        example_email!("jane.doe@acme.com", "Hi Jane, my colleague sent me a lovely bouquet when I left my last job."),
        "a gift the writer received, at another job",
    ),
    Example::silent(
        example_email!("jane.doe@acme.com", "Jane, I've ordered the books you recommended for myself and started the first one."),
        "bought for oneself",
    ),
    Example::silent(
        example_email!("jane.doe@acme.com", "Dear Jane, thank you for the gift of your time on Monday."),
        "\"the gift of your time\"",
    ),
    Example::silent(
        example_email!("jose.nunez@acme.com", "José, I rebuilt the gift card checkout at my last job, happy to walk you through it."),
        "gift cards as work",
    ),
    Example::silent(
        example_email!("zoe.vdb@umbrellahealth.org", "Dear Zoë, thanks again for the Umbrella tote bag and the flowers in the lobby were lovely."),
        "things they gave or showed",
    ),
    Example::silent(
        example_email!("sister@example.org", "Can you send flowers to Gran for me? I'll pay you back."),
        "not the employer",
    ),
    Example::silent(
        example_email!("jane.doe@acme.com", "Hi Jane, I won't send a gift, I know it's not the done thing, but thank you."),
        "a gift refused",
    ),
];

/// Checks a message (or a connection note).
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let Some(to) = reached(ctx.dir, msg).first().copied() else {
        return;
    };
    let Ok(phrases) = phrases::get(List::Gift) else {
        return;
    };
    let year = ctx.event.at.local_date().ymd().0;
    let words = words_of(&msg.tokens);
    // Most messages name no gift at all: skip the reading then.
    let scan = phrases.scan_with(&words, msg.lookups());
    let in_text = scan
        .may_match(GIFT_KINDS)
        .then(|| Reader::new(&msg.tokens, &msg.sentences, &words, msg.lookups(), year))
        .flatten()
        .and_then(|r| find(&scan, &r, msg))
        .map(|(a, b)| (msg.tokens[a].start, msg.tokens[b - 1].end, true));
    // A gift named only in the subject line ("Flowers on their way").
    let subject = msg.subject_message();
    let found = in_text.or_else(|| {
        let words = words_of(&subject.tokens);
        Reader::new(
            &subject.tokens,
            &subject.sentences,
            &words,
            subject.lookups(),
            year,
        )
        .and_then(|r| {
            let scan = phrases.scan_with(&words, subject.lookups());
            scan.may_match(GIFT_KINDS)
                .then(|| find(&scan, &r, &subject))
                .flatten()
        })
        .map(|(a, b)| (subject.tokens[a].start, subject.tokens[b - 1].end, false))
    });
    let Some((start, end, in_body)) = found else {
        return;
    };
    let item = if in_body {
        &msg.text[start..end]
    } else {
        &msg.subject[start..end]
    }
    .to_string();
    let company = &ctx.dir.processes[to.process].name;
    let advice = format!(
        "Think twice before sending {item} to {company}. The advice is split: some career \
writers say a gift after an interview is never appropriate and can look like an attempt to \
buy a better chance, others say some candidates do it to stand out. A prompt, specific \
thank-you note gets the same goodwill with none of the risk."
    );
    let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
        .fact("item", item);
    if in_body {
        w.span = Some(Utf16Index::new(msg.text).span(start, end));
    } else {
        w = w.fact("field", "subject");
    }
    refer(ctx, &to, &mut w);
    out.push(w);
}

/// The kinds one of which a message must hold to name a gift.
const GIFT_KINDS: &[&str] = &["item", "meal", "act", "cue"];

/// Words before a capitalised item that make it a name ("using Flower").
const NAME_BEFORE: &[&str] = &[
    "use",
    "uses",
    "using",
    "used",
    "called",
    "named",
    "via",
    "in",
    "on",
    "with",
    "built",
    "build",
    "deploy",
    "deployed",
    "run",
    "running",
    "install",
    "installed",
    "ran",
    "like",
    "at",
    "from",
    "for",
];

/// Words after a refusal that concede it and give anyway.
const CONCEDE: &[&str] = &[
    "but",
    "however",
    "still",
    "anyway",
    "anyhow",
    "though",
    "nonetheless",
];

/// The token range of the first gift the writer sends or offers.
fn find(scan: &Scan<'_>, reader: &Reader<'_>, msg: &Message<'_>) -> Option<(usize, usize)> {
    let tokens = &msg.tokens;
    // The last item named in an earlier sentence, for "One's on its way" or
    // "I will mail one box" in a later one.
    let mut earlier: Option<(usize, usize)> = None;
    for (si, s) in msg.sentences.iter().enumerate() {
        let Some(found) = find_in(scan, reader, msg, s, earlier) else {
            let to = sentence_end(s, tokens);
            let refused = scan.has("refuse", s.first, to);
            if let Some(&(a, b)) = scan.find("item", s.first, to).first().filter(|_| !refused) {
                let r = reader.read(a, b);
                if !r.negated && !r.quoted {
                    earlier = Some((a, b.min(tokens.len())));
                }
            }
            continue;
        };
        // "… I've talked her down.": the next sentence calls it off.
        let retracted = msg
            .sentences
            .get(si + 1)
            .is_some_and(|n| scan.has("retract", n.first, sentence_end(n, tokens)));
        if !retracted {
            return Some(found);
        }
    }
    None
}

/// The first gift in sentence `s`; `earlier` is an item named before it.
fn find_in(
    scan: &Scan<'_>,
    reader: &Reader<'_>,
    msg: &Message<'_>,
    s: &crate::text::tokens::Sentence,
    earlier: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let words = reader.words();
    let tokens = &msg.tokens;
    {
        let to = sentence_end(s, tokens);
        // Most sentences name nothing a gift could be.
        if earlier.is_none()
            && !["item", "meal", "act", "cue", "thanks"]
                .iter()
                .any(|k| scan.has(k, s.first, to))
            && !words[s.first..to].contains(&"copy")
        {
            return None;
        }
        let mut items: Vec<(usize, usize, bool)> = scan
            .find("item", s.first, to)
            .into_iter()
            .map(|(a, b)| (a, b, false))
            .chain(
                scan.find("meal", s.first, to)
                    .into_iter()
                    .map(|(a, b)| (a, b, true)),
            )
            .collect();
        // "a signed copy of Clean Code": a book by its title.
        for i in s.first..s.last.saturating_sub(2) {
            if words[i] == "copy"
                && words[i + 1] == "of"
                && (tokens[i + 2].cap
                    || matches!(words[i + 2], "\"" | "'" | "\u{201c}" | "\u{2018}"))
            {
                items.push((i, i + 2, false));
            }
        }
        items.sort_unstable();
        // "I decided against it" refuses the gift; "I know it's not the done
        // thing, but …" concedes and sends it anyway.
        let refused = scan.find("refuse", s.first, to).iter().any(|&(a, e)| {
            // "I hope it isn't inappropriate, …" hedges, it does not refuse.
            let hedged = (a.saturating_sub(4).max(s.first)..a)
                .any(|k| matches!(words[k], "hope" | "hoping" | "trust" | "sure"));
            !hedged && !(e..s.last).any(|k| CONCEDE.contains(&words[k]))
        });
        if refused {
            return None;
        }
        // "I'd like to gift you …": the verb is the gift; "keep an eye out
        // for a parcel": so is the cue.
        let acts = scan.find("act", s.first, to);
        let cues = scan.find("cue", s.first, to);
        let whole = acts
            .iter()
            .map(|&m| (m, true))
            .chain(cues.iter().map(|&m| (m, false)))
            .find(|&((a, b), writer)| {
                let r = reader.read(a, b);
                !r.negated && !r.reported && !r.quoted && (!writer || r.is_writers())
            });
        if let Some(((a, b), _)) = whole {
            return Some((a, b.min(tokens.len())));
        }
        // The writer's own giving: not negated, reported or quoted, and not
        // someone else's ("thanks for sending").
        let givers: Vec<(usize, usize)> = scan
            .find("give", s.first, to)
            .into_iter()
            .filter(|&(g, h)| {
                let r = reader.read(g, h);
                !r.negated && !r.quoted && r.is_writers()
            })
            .collect();
        let helpers: Vec<(usize, usize)> = scan
            .find("give_you", s.first, to)
            .into_iter()
            .filter(|&(g, h)| {
                let r = reader.read(g, h);
                !r.negated && !r.quoted && r.is_writers()
            })
            .collect();
        let arrivals = scan.find("arrive", s.first, to);
        let accepts: Vec<(usize, usize)> = scan
            .find("accept", s.first, to)
            .into_iter()
            .filter(|&(g, h)| {
                // "I accepted a bouquet" is the writer's; "I hope you enjoy
                // the chocolates" is theirs.
                let r = reader.read(g, h);
                let writer_takes = matches!(
                    words[g],
                    "accept" | "accepting" | "accepted" | "receive" | "receiving" | "received"
                );
                !r.negated && (r.subject != Subject::First || !writer_takes)
            })
            .collect();
        let for_them = |from: usize, to: usize| scan.has("for_them", from, to);
        for &(a, b, meal) in &items {
            let b = b.min(tokens.len());
            if b <= a {
                continue;
            }
            // "I use Flower", "a Candy Crush clone": a name, not the thing.
            // ("I will send Flowers and Chocolate" is only capitalised.)
            let first = &tokens[a];
            let named = b == a + 1
                && first.cap
                && !first.all_caps
                && a > s.first
                && (tokens.get(b).is_some_and(|t| t.cap && t.kind == Kind::Word)
                    || NAME_BEFORE.contains(&words[a - 1]));
            if named {
                continue;
            }
            let r = reader.read(a, b);
            if r.quoted || r.negated {
                continue;
            }
            let given = givers.iter().chain(&helpers).any(|&(g, h)| {
                // "I'll bring it on Friday", "may I post it to you?"
                g >= b && scan.starts_at("it", h, to)
            }) || givers.iter().any(|&(g, h)| {
                g < a
                    // "may I post it to you?", "the chocolates I sent"
                    || (g >= b && scan.starts_at("it", h, to))
                    || (g >= b && g <= b + 2 && reader.read(g, h).subject == Subject::First)
            }) || helpers.iter().any(|&(g, h)| {
                g < a
                    && (!meal
                        || for_them(h, a)
                        || (b..(b + 5).min(to)).any(|k| {
                            matches!(words[k], "for" | "to") && for_them(k + 1, (k + 4).min(to))
                        }))
            }) || arrivals.iter().any(|&(g, _)| g >= b)
                || (!meal
                    && accepts.iter().any(|&(g, h)| {
                        // "… would you like them?"
                        h <= a || (g >= b && scan.starts_at("it", h, to))
                    }));
            if given {
                return Some((a, b));
            }
        }
        // "A tin of toffee … One's on its way." / "I will mail one box to
        // the office.": a pronoun for an item named before, then sent.
        if let (Some(item), true) = (earlier, items.is_empty()) {
            // The pronoun opens the sentence: "One's on its way", "It
            // should land tomorrow" (not "Do I collect it at reception?").
            let pronoun_then =
                |g: usize| g <= s.first + 2 && (s.first..g).any(|k| scan.starts_at("it", k, g));
            // "May I bring one for you and the team?"
            let brought = helpers
                .iter()
                .any(|&(_, h)| scan.starts_at("it", h, to) && for_them(h, (h + 6).min(to)));
            let sent = arrivals.iter().any(|&(g, _)| pronoun_then(g))
                || givers.iter().any(|&(_, h)| scan.starts_at("it", h, to))
                || brought;
            if sent {
                return Some(item);
            }
        }
        // "I'll have a dozen sent over to say thanks": a thank-you gesture
        // that is not a note, a card or an email.
        for &(t, _) in &scan.find("thanks", s.first, to) {
            let gesture = givers
                .iter()
                .any(|&(g, h)| g < t && h <= t && !scan.has("message", h, t) && t - h <= 6);
            if gesture {
                let (g, h) = givers
                    .iter()
                    .copied()
                    .find(|&(g, _)| g < t)
                    .unwrap_or((t, t + 1));
                return Some((g, h.min(tokens.len())));
            }
        }
    }
    None
}
