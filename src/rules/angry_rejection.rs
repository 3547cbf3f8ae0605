//! `angry-rejection`: a hostile or bitter reply to a company that turned
//! you down.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::log::Status;
use crate::people::{name_parts, Mention};
use crate::text::pattern::{PatternError, PatternSet};
use crate::text::sentiment::{clauses_with, Clause};
use crate::text::tokens::{sentences, tokenize, Token};
use crate::warning::{Severity, Utf16Index, Warning};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "angry-rejection",
    kind: RuleKind::Warning,
    severities: &[Severity::Stop],
    title: "An angry reply to a rejection",
    sources: &["C", "D#6"],
    facts: &["company", "field"],
    docs: "Fires on an email or direct message to a tracked person or address of a \
company whose process is `rejected` when a clause of it is hostile or bitter: insults, \
sarcasm (\"cheers for the form rejection\"), accusations (\"your culture is just a \
slogan\"), threats of reviews or lawyers, \"your loss\". It uses the clause sentiment \
of `public-vent` (negation, \"but\", sarcasm, scare quotes, reported speech) with \
phrases of its own for replies to a rejection: saying you are disappointed, sad or \
gutted is not hostile, and the word \"rejection\" is the topic, not a complaint. A \
gracious reply, a request for feedback, criticism of your own answers and praise in \
strong words stay silent, and so does the same text to a company whose process is \
still open. People move between companies and remember how a candidate took a no; \
a gracious reply keeps the door open for the next role.",
    examples: EXAMPLES,
};

macro_rules! to_priya {
    ($text:literal) => {
        concat!(
            r#"{"kind":"compose","site":"gmail","surface":"email","to":["priya@initech.io"],"subject":"Re: Your application","text":""#,
            $text,
            r#"","at":"2026-11-24T10:00:00-05:00"}"#
        )
    };
}

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Stop,
        to_priya!("Honestly, your panel was rude and the whole process was a farce."),
        "insults the panel and the process",
    ),
    Example::fires(
        Severity::Stop,
        to_priya!("Thanks a lot for the canned rejection after four rounds. Classy."),
        "sarcastic thanks",
    ),
    Example::fires(
        Severity::Stop,
        to_priya!("Your loss. Good luck finding anyone better than me."),
        "bitter jabs",
    ),
    Example::fires(
        Severity::Stop,
        r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":["Priya Raman"],"text":"Your 'candidate-first' hiring is lip service. Don't contact me again.","at":"2026-11-24T10:00:00-05:00"}"#,
        "a direct message on LinkedIn",
    ),
    Example::silent(
        to_priya!("Thank you for letting me know. I'm disappointed, of course, but I enjoyed meeting the team and would love to be considered for future roles."),
        "disappointed but gracious",
    ),
    Example::silent(
        to_priya!("Thanks for the update. Could you share any feedback on where I fell short?"),
        "a request for feedback",
    ),
    Example::silent(
        to_priya!("I was frustrated with my own answer on the SQL question, not with the process. Thank you for the chance."),
        "frustration with oneself",
    ),
    Example::silent(
        to_priya!("My friend warned me your interviews were brutal, but they were tough and fair, and insanely well run."),
        "someone else's claim, and praise in strong words",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["tony.marsh@starkindustries.com"],"subject":"","text":"Tony, the final round was disorganised and the panel was rude.","at":"2026-11-24T10:00:00-05:00"}"#,
        "a complaint to a company whose process is still open",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["sam@example.com"],"subject":"","text":"Initech rejected me and their process was a joke, honestly.","at":"2026-11-24T10:00:00-05:00"}"#,
        "venting to a friend",
    ),
];

static PHRASES: OnceLock<Result<PatternSet<f32>, PatternError>> = OnceLock::new();

/// The rule's own phrases (`data/rejection.txt`), compiled once.
pub fn phrases() -> Result<&'static PatternSet<f32>, PatternError> {
    PHRASES
        .get_or_init(|| {
            PatternSet::compile(include_str!("../text/data/rejection.txt"), |v| {
                v.parse::<f32>().map_err(|_| format!("bad score {v:?}"))
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The most hostile clause of a text, if any is hostile: skips complaints
/// about some other, named organisation ("Globex was awful, so your kind
/// reply meant a lot").
fn most_hostile<'c>(
    ctx: &CheckContext<'_>,
    text: &str,
    tokens: &[Token],
    all: &'c [Clause],
) -> Option<&'c Clause> {
    let mentions: Vec<Mention> = ctx.dir.mentions(text, tokens);
    let first_names: HashSet<String> = ctx
        .log
        .people
        .iter()
        .flat_map(|p| name_parts(&p.name))
        .collect();
    all.iter()
        .filter(|c| c.is_negative())
        .filter(|c| {
            !c.named_orgs.iter().any(|&i| {
                let m = mentions.partition_point(|m| m.last <= i);
                let tracked = mentions.get(m).is_some_and(|m| m.first <= i);
                !tracked && !first_names.contains(&tokens[i].norm)
            })
        })
        .min_by(|a, b| a.score.total_cmp(&b.score))
}

/// The byte range of a clause without a leading "but", "and" or comma.
fn clause_range(tokens: &[Token], c: &Clause) -> (usize, usize) {
    let start = tokens[c.first..c.last]
        .iter()
        .position(|t| {
            !matches!(
                t.norm.as_str(),
                "but" | "however" | "though" | "yet" | "and" | "," | ";"
            )
        })
        .map(|i| tokens[c.first + i].start)
        .unwrap_or(tokens[c.first].start);
    (start, tokens[c.last - 1].end)
}

/// Checks an email or direct message.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let at = ctx.event.at;
    let rejected: Vec<_> = super::recipients::reached(ctx.dir, msg)
        .into_iter()
        .filter(|r| ctx.dir.status(ctx.log, r.process, at) == Some(Status::Rejected))
        .collect();
    if rejected.is_empty() {
        return;
    }
    let Ok(extra) = phrases() else { return };
    let body = clauses_with(ctx.lexicon, Some(extra), &msg.tokens, &msg.sentences);
    let mut span = None;
    let mut in_subject = false;
    if let Some(c) = most_hostile(ctx, msg.text, &msg.tokens, &body) {
        let (s, e) = clause_range(&msg.tokens, c);
        span = Some(Utf16Index::new(msg.text).span(s, e));
    } else {
        let tokens = tokenize(msg.subject);
        let sents = sentences(msg.subject, &tokens);
        let subject = clauses_with(ctx.lexicon, Some(extra), &tokens, &sents);
        if most_hostile(ctx, msg.subject, &tokens, &subject).is_none() {
            return;
        }
        in_subject = true;
    }
    for r in rejected {
        let company = ctx.dir.processes[r.process].name.clone();
        let advice = format!(
            "{company} has already said no, but how you take it is remembered: recruiters and \
managers move on, keep notes and talk to each other, and another role there may open. Send \
this to a friend instead. If you reply, thank them, ask for feedback if you want it, and say \
you would like to hear about future openings."
        );
        let mut w = Warning::new(META.id, Severity::Stop, META.sources, META.title, advice)
            .fact("company", company.clone());
        if in_subject {
            w = w.fact("field", "subject");
        }
        w.span = span;
        w.person = r.person.map(|k| ctx.log.people[k].id.clone());
        w.interview = ctx
            .dir
            .latest_interview(ctx.log, r.process, at)
            .map(|i| ctx.log.interviews[i].id.clone());
        w.company = Some(company);
        out.push(w);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_phrase_file_compiles() {
        if let Err(e) = super::phrases() {
            panic!("{e}");
        }
    }
}
