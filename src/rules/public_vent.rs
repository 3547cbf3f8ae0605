//! `public-vent`: a public post or comment that complains about a company
//! you are interviewing with, one of its people, or the hiring process.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::people::{Directory, Mention, Resolved};
use crate::text::companies::CompanyCues;
use crate::text::sentiment::{clauses, Clause};
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "public-vent",
    kind: RuleKind::Warning,
    severities: &[Severity::Stop, Severity::Caution],
    title: "Venting in public",
    sources: &["B", "D#9"],
    facts: &["target", "company"],
    docs: "Fires on a public post or comment that is negative or hostile about a \
tracked company (by name, alias or domain), a tracked person (full name, title and \
surname, or a first name unique in the log next to their company) — a `stop` — or, \
while any process is open, about interviewing and hiring in general — a `caution`. \
Each clause is scored with a lexicon, taking negation, intensifiers and hedges, \
\"but\", sarcasm, scare quotes, questions and reported or quoted speech into \
account; a complaint about one company counts for the sentences after it that say \
\"they\" or \"the team\". Complaints about some other named organisation, self-criticism \
and praise written with strong words do not fire.",
    examples: EXAMPLES,
};

macro_rules! post {
    ($text:literal) => {
        concat!(
            r#"{"kind":"compose","site":"reddit","surface":"public_post","text":""#,
            $text,
            r#"","at":"2026-11-24T20:00:00-05:00"}"#
        )
    };
}

macro_rules! review {
    ($text:literal) => {
        concat!(
            r#"{"kind":"compose","site":"glassdoor","surface":"public_post","to":["Acme Corp"],"text":""#,
            $text,
            r#"","at":"2026-11-24T20:00:00-05:00"}"#
        )
    };
}

const EXAMPLES: &[Example] = &[
    Example::fires(Severity::Stop, post!("Acme ghosted me after the phone screen. Classy."), "a plain complaint naming the company"),
    Example::fires(Severity::Stop, post!("acme's recruiters are clowns"), "an insult, typed in lower case"),
    Example::fires(Severity::Stop, post!("Had my final round at Stark today. They kept me waiting 40 minutes and the panel was rude."), "a complaint in the sentence after the company is named"),
    Example::fires(Severity::Stop, post!("Love how Umbrella Health schedules a call and then nobody shows up."), "sarcasm"),
    Example::fires(Severity::Stop, post!("Ms. Doe was condescending the entire interview."), "a tracked person by title and surname"),
    Example::fires(Severity::Stop, post!("The Acme \\\"fast\\\" hiring process: three weeks of silence."), "scare quotes"),
    Example::fires(Severity::Caution, post!("Interviewing in 2026 is a joke. Six rounds for a junior role?!"), "the hiring process in general"),
    Example::fires(Severity::Caution, post!("Recruiters who ghost candidates after a final round are the worst."), "hiring in general, without a name"),
    Example::fires(Severity::Stop, post!("Honestly the Stark interview was not great and the recruiter was pretty rude."), "negated praise plus a complaint"),
    Example::fires(Severity::Stop, review!("Cons: the managers were rude and the whole process was a mess."), "a review of the company that never names it (Glassdoor's form is about Acme)"),
    Example::silent(review!("Pros: friendly interviewers, quick answers. Cons: none really."), "a kind review of the company"),
    Example::silent(review!("Cons: I was nervous and rambled on the second question, my own fault."), "self-criticism in a review"),
    Example::fires(Severity::Stop, post!("Six rounds at Acme for a junior role. Six. Love that for me."), "sarcasm in a remark two sentences after the name"),
    Example::fires(Severity::Stop, post!("The Acme interview was a bit of a dog's breakfast."), "an idiom of complaint, hedged"),
    Example::fires(Severity::Stop, post!("Jose Nunez at Acme has rescheduled my interview three times now."), "a complaint told as a fact"),
    Example::fires(Severity::Caution, post!("Job hunting this year: weeks of silence, then a form rejection."), "job hunting is the hiring process"),
    Example::silent(post!("I'm not unhappy with Acme at all, the process was quick."), "negation"),
    Example::silent(post!("Stark's onsite was so well organised it should be illegal. Rude, honestly."), "mock complaint after praise"),
    Example::silent(post!("Acme's interview was brutal but fair, and I learned a ton."), "hard but fair is not a complaint"),
    Example::silent(post!("Insanely good team at Stark. Killer onboarding too."), "praise written with strong words"),
    Example::silent(post!("The stark reality of job hunting: it takes time."), "an ordinary word that is also a company's name"),
    Example::silent(post!("My friend said Acme's process was a nightmare, but mine was smooth and friendly."), "someone else's claim the writer disputes"),
    Example::silent(post!("The interview at Globex was a complete mess."), "another, untracked company"),
    Example::silent(post!("Interviewed at Acme today, loved it! The traffic home was awful though."), "a complaint about something else"),
    Example::silent(post!("I totally blanked on one question in my Acme interview, my fault."), "self-criticism"),
    Example::silent(post!("Has anyone interviewed at Umbrella Health? Any tips for the first round?"), "a question asking for advice"),
];

/// What a complaint is about.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Named(Resolved),
    Carried(Resolved),
    Hiring,
}

/// Checks a public post or comment.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_public() {
        return;
    }
    let text = msg.text;
    let tokens = &msg.tokens;
    // "our ACME client failed to renew the cert": a one-word name in
    // another sense is no mention of the company.
    let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    let cues = CompanyCues::get().ok();
    let mentions: Vec<Mention> = ctx
        .mentions()
        .iter()
        .filter(|m| {
            let one_word_company = matches!(m.who, Resolved::Company(_)) && m.last - m.first == 1;
            let sentence = msg
                .sentences
                .iter()
                .find(|s| m.first >= s.first && m.first < s.last);
            !(one_word_company
                && cues
                    .zip(sentence)
                    .is_some_and(|(c, s)| c.other_sense(&words, s.first, s.last)))
        })
        .cloned()
        .collect();
    let all = clauses(ctx.lexicon, tokens, &msg.sentences);
    let any_open = ctx.dir.processes.iter().enumerate().any(|(p, _)| {
        ctx.dir
            .status(ctx.log, p, ctx.event.at)
            .is_some_and(|s| s.is_open())
    });

    // A post whose recipient is a tracked company (a review form on
    // Glassdoor is about the company of its heading): complaints that name
    // nobody are about that company.
    let subject = msg
        .entries
        .iter()
        .find_map(|(e, _)| ctx.dir.process_by_name(e))
        .map(Resolved::Company);

    let mut best: Option<(Severity, Target, &Clause)> = None;
    for c in all.iter().filter(|c| c.is_negative()) {
        let target = target_of(c, &all, &mentions, msg, any_open, ctx.dir);
        let target = match (target, subject) {
            (None | Some(Target::Hiring), Some(s)) if !names_other_org(c, &mentions) => {
                Some(Target::Carried(s))
            }
            (t, _) => t,
        };
        let Some(target) = target else {
            continue;
        };
        let severity = match target {
            Target::Named(_) | Target::Carried(_) => Severity::Stop,
            Target::Hiring => Severity::Caution,
        };
        if best.as_ref().is_none_or(|(s, _, _)| severity < *s) {
            best = Some((severity, target, c));
        }
    }
    let Some((severity, target, clause)) = best else {
        return;
    };
    let start = tokens[clause.first..clause.last]
        .iter()
        .position(|t| {
            !matches!(
                t.norm.as_str(),
                "but" | "however" | "though" | "yet" | "," | ";"
            )
        })
        .map(|i| tokens[clause.first + i].start)
        .unwrap_or(tokens[clause.first].start);
    let end = tokens[clause.last - 1].end;
    let (person, process) = match target {
        Target::Named(r) | Target::Carried(r) => match r {
            Resolved::Person(k) => (Some(k), ctx.dir.person_processes[k].first().copied()),
            Resolved::Company(p) => (None, Some(p)),
            Resolved::Nobody => (None, None),
        },
        Target::Hiring => (None, None),
    };
    let company = process.map(|p| ctx.dir.processes[p].name.clone());
    let (title, advice) = match (person, &company) {
        (Some(k), _) => {
            let name = &ctx.log.people[k].name;
            (
                format!("This post criticises {name}"),
                format!(
                    "{name} may read it, and so may the people deciding on your application. \
Keep frustrations about an interviewer offline, or share them privately with someone you trust."
                ),
            )
        }
        (None, Some(c)) => (
            format!("This post complains about {c}"),
            format!(
                "Employers look candidates up, and {c} can find this. A public complaint while \
they are deciding can end your chances; vent in private, and post only what you would say to them."
            ),
        ),
        (None, None) => (
            "This reads as a complaint about hiring".to_string(),
            "You are in the middle of interviews, and recruiters read public posts. A rant \
about interviewing, even without names, can make you look hard to work with; keep it private."
                .to_string(),
        ),
    };
    let mut w = Warning::new(META.id, severity, META.sources, title, advice);
    w.span = Some(Utf16Index::new(text).span(start, end));
    w.facts.insert(
        "target".into(),
        match (target, person) {
            (Target::Hiring, _) => "hiring",
            (_, Some(_)) => "person",
            _ => "company",
        }
        .into(),
    );
    if let Some(c) = &company {
        w.facts.insert("company".into(), c.clone().into());
    }
    w.person = person.map(|k| ctx.log.people[k].id.clone());
    w.interview = process
        .and_then(|p| ctx.dir.latest_interview(ctx.log, p, ctx.event.at))
        .map(|i| ctx.log.interviews[i].id.clone());
    w.company = company;
    out.push(w);
}

/// Words that make a clause a full statement with its own subject.
const FINITE: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "am", "has", "have", "had", "does", "did", "will",
    "would", "can", "could", "should", "got", "get", "gets", "i", "i'm", "we", "you", "he", "she",
];

/// Words that may stand before the judgement in a verbless remark.
const MODIFIERS: &[&str] = &[
    "total",
    "totally",
    "absolute",
    "absolutely",
    "utterly",
    "utter",
    "truly",
    "real",
    "really",
    "so",
    "such",
    "complete",
    "completely",
    "pure",
    "just",
    "honestly",
    "frankly",
    "seriously",
    "what",
    "how",
    "very",
    "a",
    "an",
    "the",
    "simply",
    "genuinely",
    "properly",
    "right",
    "not",
    "never",
];

/// Verbs that open a sentence whose subject ("I") was left out:
/// "Walked out feeling scammed.", "Kept me waiting an hour."
const ELIDED_SUBJECT: &[&str] = &[
    "kept", "left", "got", "sat", "went", "made", "took", "spent", "waited", "walked", "never",
    "still", "had", "asked", "told", "heard", "ghosted", "rejected", "turned", "felt", "feel",
    "feels", "feeling",
];

/// Verbs that open a fragment about what employers do to candidates.
const HIRING_VERBS: &[&str] = &[
    "ghosted",
    "rejected",
    "lowballed",
    "auto-rejected",
    "screened",
];

/// A short remark that comments on what was said just before: verbless
/// ("Cowards.", "Total waste of an afternoon.") or with its subject left out
/// ("Walked out feeling scammed.").
fn is_fragment(c: &Clause, tokens: &[crate::text::tokens::Token]) -> bool {
    // "Inbox: tumbleweed.": what comes before a colon is a label.
    let first = (c.first..c.last)
        .find(|&i| tokens[i].norm == ":")
        .filter(|&k| c.negatives.first().is_some_and(|&(a, _)| a > k))
        .map_or(c.first, |k| k + 1);
    // "So boring, I almost slept": the remark before the comma is the
    // fragment when the complaint is in it.
    let comma = (first..c.last).find(|&i| tokens[i].norm == ",");
    let last = match (comma, c.negatives.first()) {
        (Some(k), Some(&(a, _))) if a < k => k,
        _ => c.last,
    };
    // Numbers are left out: "3/ Then nothing." is numbered, not counted.
    let words: Vec<usize> = (first..last)
        .filter(|&i| tokens[i].is_word() && tokens[i].kind != crate::text::tokens::Kind::Number)
        .collect();
    let norm = |i: usize| tokens[i].norm.as_str();
    // "Could have been handled better.": a judgement whose subject is left out.
    let modal_perfect = words.len() >= 2
        && matches!(norm(words[0]), "could" | "should" | "would" | "might")
        && norm(words[1]) == "have";
    // A finite verb inside the complaint itself ("losing the will to live")
    // is no subject of its own.
    let in_complaint = |i: usize| c.negatives.iter().any(|&(a, b)| i >= a && i < b);
    if words.is_empty()
        || words.len() > 8
        || (!modal_perfect
            && words
                .iter()
                .any(|&i| FINITE.contains(&norm(i)) && !in_complaint(i)))
    {
        return false;
    }
    if modal_perfect {
        return true;
    }
    let Some(&(neg_start, _)) = c.negatives.first() else {
        return false;
    };
    // The longest complaint that starts there ("Love that for me", not "Love").
    let neg_end = c
        .negatives
        .iter()
        .filter(|&&(a, _)| a == neg_start)
        .map(|&(_, b)| b)
        .max()
        .unwrap_or(neg_start);
    // "hate this provider": the complaint has an object of its own.
    if matches!(
        tokens.get(neg_end).map(|t| t.norm.as_str()),
        Some("this" | "these" | "that" | "my")
    ) {
        return false;
    }
    let elided = ELIDED_SUBJECT.contains(&norm(words[0])) || norm(words[0]).ends_with("ed");
    // Otherwise it must open with the judgement ("Total waste of …"),
    // not with a subject of its own ("Technology hates me.").
    // The judgement may follow one modifier: "Total waste", "Utterly rude".
    // ("Honestly so demoralising." takes two.)
    let limit = words
        .iter()
        .copied()
        .find(|&i| !MODIFIERS.contains(&norm(i)))
        .unwrap_or(words[words.len() - 1]);
    (elided && words.len() <= 8) || (words.len() <= 8 && neg_start <= limit)
}

/// Words before a name that make it a place ("near the Acme building").
const LOCATIVE: &[&str] = &[
    "near", "nearby", "outside", "opposite", "behind", "beside", "past", "around", "across",
];

/// Whether the mention starting at token `i` names a place, not the company.
fn is_location(tokens: &[crate::text::tokens::Token], i: usize) -> bool {
    (i.saturating_sub(2)..i).any(|j| LOCATIVE.contains(&tokens[j].norm.as_str()))
}

fn in_quote(c: &Clause, i: usize) -> bool {
    c.quoted.iter().any(|&(a, b)| i >= a && i < b)
}

/// Whether the clause names an organisation that is not a tracked one.
fn names_other_org(c: &Clause, mentions: &[Mention]) -> bool {
    c.named_orgs
        .iter()
        .any(|&i| !mentions.iter().any(|m| i >= m.first && i < m.last))
}
/// Whether two mentions name the same company, or the same person or
/// their company.
fn same_target(dir: &Directory, a: Resolved, b: Resolved) -> bool {
    let works_at = |k: usize, p: usize| dir.person_processes[k].contains(&p);
    match (a, b) {
        (Resolved::Person(k), Resolved::Company(p))
        | (Resolved::Company(p), Resolved::Person(k)) => works_at(k, p),
        _ => a == b,
    }
}

/// A clause this positive is praise.
const PRAISE: f32 = 2.0;

fn target_of(
    c: &Clause,
    all: &[Clause],
    mentions: &[Mention],
    msg: &crate::engine::Message<'_>,
    any_open: bool,
    dir: &Directory,
) -> Option<Target> {
    // "flatmate hoovered through my Initech call 🙄": irony aimed at the
    // day's nuisance, even beside the company's name.
    if c.elsewhere && c.ironic {
        return None;
    }
    let named: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.first >= c.first && m.first < c.last && !in_quote(c, m.first))
        .filter(|m| !is_location(&msg.tokens, m.first))
        .collect();
    if let Some(m) = named.first() {
        return Some(Target::Named(m.who));
    }
    // Some other organisation is named here: the complaint is about it.
    if names_other_org(c, mentions) {
        return None;
    }
    let fragment = is_fragment(c, &msg.tokens);
    // "For me this is not honest.": a demonstrative that points back.
    // ("this rail network is a disgrace" points at the network.)
    let weak_ref = (c.first..c.last.min(c.first + 5)).any(|i| {
        let next = msg.tokens.get(i + 1).map(|t| t.norm.as_str());
        match msg.tokens[i].norm.as_str() {
            "it's" | "that's" | "thats" | "its" => true,
            "this" | "that" | "it" => matches!(
                next,
                Some("is" | "was" | "has" | "seems" | "seemed" | "felt" | "feels" | "just")
            ),
            _ => false,
        }
    });
    // "thanks, dublin weather, …", "Ate a petrol-station sandwich.
    // Disgusting.": a complaint about the day, not the employer.
    // The nuisance stays the topic through sentences that name nothing
    // else ("the boiler is 'probably fine'. it is not fine. they are useless.").
    let after_elsewhere = {
        let mut found = false;
        for k in (c.sentence.saturating_sub(3)..c.sentence).rev() {
            let here: Vec<&Clause> = all.iter().filter(|o| o.sentence == k).collect();
            let last_name = mentions
                .iter()
                .filter(|m| here.iter().any(|o| m.first >= o.first && m.first < o.last))
                .map(|m| m.first)
                .max();
            // The nuisance comes last: "acme phone screen ✅ then the
            // landlord texted about the boiler".
            let nuisance_last = here
                .iter()
                .filter_map(|o| o.elsewhere_at)
                .max()
                .is_some_and(|e| last_name.is_none_or(|n| e > n));
            if here.iter().any(|o| o.elsewhere && !o.process) || nuisance_last {
                found = true;
                break;
            }
            let names = last_name.is_some();
            if names || here.iter().any(|o| o.process || o.org) {
                break;
            }
        }
        found
    };
    // ("… the landlord texted about the boiler. they are useless.")
    let pronoun_only = c.pronoun && !c.org && !c.process;
    // (A nuisance inside someone else's quoted words, "to 'grab a
    // coffee'", does not count: see `Clause::elsewhere`.)
    if (c.elsewhere && !c.process && !c.org)
        || ((fragment || pronoun_only || weak_ref) && after_elsewhere)
    {
        return None;
    }
    // "watched my recorded answer back. unprofessional, sloppy …": a
    // verdict on the writer's own performance just described.
    let after_own_work = c.sentence > 0 && {
        let prev = &msg.sentences[c.sentence - 1];
        (prev.first..prev.last).any(|i| {
            msg.tokens[i].norm == "my"
                && (i + 1..(i + 4).min(prev.last)).any(|k| {
                    matches!(
                        msg.tokens[k].norm.as_str(),
                        "answer"
                            | "answers"
                            | "performance"
                            | "presentation"
                            | "attempt"
                            | "recording"
                            | "pitch"
                            | "demo"
                            | "code"
                            | "solution"
                    )
                })
        })
    };
    if fragment && after_own_work {
        return None;
    }
    // "I'm livid.", "So angry.": the writer's feeling alone opens the post.
    let opener = c.sentence == 0
        && (c.first..c.last).all(|i| {
            let t = &msg.tokens[i];
            !t.is_word()
                || c.negatives.iter().any(|&(a, b)| i >= a && i < b)
                || matches!(
                    t.norm.as_str(),
                    "i" | "i'm"
                        | "im"
                        | "am"
                        | "so"
                        | "just"
                        | "absolutely"
                        | "really"
                        | "honestly"
                        | "feeling"
                        | "yes"
                        | "same"
                        | "agreed"
                        | "exactly"
                        | "utterly"
                        | "completely"
                        | "beyond"
                )
        });
    if c.org || c.pronoun || c.process || fragment || weak_ref || c.ironic || opener {
        let sentence = &msg.sentences[c.sentence];
        // The same sentence, or the two before it in the same paragraph.
        let from_sentence = all
            .iter()
            .filter(|o| {
                o.sentence <= c.sentence
                    && o.sentence + 2 >= c.sentence
                    && msg.sentences[o.sentence].paragraph == sentence.paragraph
            })
            .map(|o| o.first)
            .min()
            .unwrap_or(c.first);
        let near = mentions.iter().rfind(|m| {
            m.first >= from_sentence && m.first < c.first && !is_location(&msg.tokens, m.first)
        });
        // A post that names one tracked company or person, and no other
        // organisation, is about it however far the complaint comes after.
        let only = || {
            let first = mentions
                .iter()
                .find(|m| !is_location(&msg.tokens, m.first))?;
            let one = mentions
                .iter()
                .filter(|m| !is_location(&msg.tokens, m.first))
                .all(|m| same_target(dir, m.who, first.who));
            let others = all.iter().any(|o| names_other_org(o, mentions));
            // "clowns. the whole lot of them. initech.": a name standing
            // alone as a sentence tags the whole post.
            let tag = || {
                msg.sentences.iter().any(|s| {
                    first.first >= s.first
                        && first.first < s.last
                        && (s.first..s.last)
                            .filter(|&i| msg.tokens[i].is_word())
                            .all(|i| i >= first.first && i < first.last)
                })
            };
            // "I'm livid. Priya Raman told a room …": a short outburst opens
            // the post and the next sentence says who it is about.
            let opener = opener
                && msg
                    .sentences
                    .get(1)
                    .is_some_and(|s| first.first >= s.first && first.first < s.last);
            (one && !others && (first.first < c.first || tag() || opener)).then_some(first)
        };
        let near = near.filter(|_| c.org || c.pronoun || c.process || fragment);
        if let Some(m) = near.or_else(only) {
            // "… so well run it should be illegal. Rude, honestly.": a bare
            // remark after praise of the same company is banter.
            let bare = !(c.org || c.pronoun || c.process);
            let praised = all
                .iter()
                .find(|o| m.first >= o.first && m.first < o.last)
                .is_some_and(|o| o.score >= PRAISE);
            if bare && praised && !c.ironic {
                return None;
            }
            return Some(Target::Carried(m.who));
        }
        // "Six rounds for a junior role. Shameful." — the topic was hiring.
        let hiring_before = all
            .iter()
            .any(|o| o.process && o.first >= from_sentence && o.first < c.first);
        // "Ghosted again. Love the modern hiring experience.": a fragment
        // about being ghosted or turned down, with hiring named just after.
        let hiring_after = ((fragment
            && HIRING_VERBS.contains(&msg.tokens[c.first].norm.as_str()))
            || c.org
            || c.pronoun)
            && all.iter().any(|o| {
                o.process
                    && o.sentence > c.sentence
                    && o.sentence <= c.sentence + 2
                    && msg.sentences[o.sentence].paragraph == sentence.paragraph
            });
        // A post about hiring (it speaks of the process and names no
        // organisation): its bare remarks are about hiring too.
        let hiring_post = mentions.is_empty()
            && all.iter().any(|o| o.process)
            && !all.iter().any(|o| names_other_org(o, mentions));
        if (hiring_before || hiring_after || hiring_post)
            && any_open
            && (c.pronoun || c.org || fragment || c.ironic)
        {
            return Some(Target::Hiring);
        }
    }
    if c.process && any_open {
        return Some(Target::Hiring);
    }
    None
}
