//! Sentiment of each clause of a text, for `public-vent` (and later
//! `angry-rejection`): a hand-made lexicon (`data/sentiment.txt`) scored with
//! negation, intensifiers and hedges, contrast ("but"), reported and quoted
//! speech, scare quotes, sarcasm cues and questions (`data/vent.txt`).
//!
//! The analyser finds *what* is negative; which company or person it is
//! about is decided by the rule, from the clause's flags.

use super::pattern::{except_kinds, only_kinds, PatternError, PatternSet};
use super::tokens::{Kind, Sentence, Token};
use std::sync::OnceLock;

/// A clause at or below this score is a complaint.
pub const NEGATIVE: f32 = -1.8;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    Negate,
    Scale(f32),
    Flex,
    Contrast,
    Report,
    Endorse,
    Sarcasm,
    SarcasmIf,
    Process,
    Org,
    Pronoun,
    OtherOrg,
    SelfRef,
    SelfWord,
    Scare,
    Elsewhere,
}

fn parse_cue(s: &str) -> Result<Cue, String> {
    let (kind, arg) = s.split_once(':').unwrap_or((s, ""));
    let factor = || {
        arg.parse::<f32>()
            .map_err(|_| format!("bad factor {arg:?}"))
    };
    Ok(match kind {
        "negate" => Cue::Negate,
        "boost" | "damp" => Cue::Scale(factor()?),
        "flex" => Cue::Flex,
        "contrast" => Cue::Contrast,
        "report" => Cue::Report,
        "endorse" => Cue::Endorse,
        "sarcasm" => Cue::Sarcasm,
        "sarcasm_if" => Cue::SarcasmIf,
        "process" => Cue::Process,
        "org" => Cue::Org,
        "pronoun" => Cue::Pronoun,
        "other_org" => Cue::OtherOrg,
        "self" => Cue::SelfRef,
        "selfword" => Cue::SelfWord,
        "scare" => Cue::Scare,
        "elsewhere" => Cue::Elsewhere,
        other => return Err(format!("unknown cue kind {other:?}")),
    })
}

/// The compiled lexicon and cue lists (built once per process).
pub struct Lexicon {
    sentiment: PatternSet<f32>,
    cues: PatternSet<Cue>,
    /// Words about the writer's own performance: `true` for states
    /// ("nervous"), `false` for verdicts ("awful").
    self_words: PatternSet<bool>,
}

static LEXICON: OnceLock<Result<Lexicon, PatternError>> = OnceLock::new();

impl Lexicon {
    /// The shared lexicon, compiled on first use.
    pub fn get() -> Result<&'static Lexicon, PatternError> {
        LEXICON
            .get_or_init(|| {
                Ok(Lexicon {
                    sentiment: PatternSet::compile(include_str!("data/sentiment.txt"), |v| {
                        v.parse::<f32>().map_err(|_| format!("bad score {v:?}"))
                    })?,
                    cues: PatternSet::compile(
                        &except_kinds(include_str!("data/vent.txt"), &["selfword", "selfverdict"]),
                        parse_cue,
                    )?,
                    self_words: PatternSet::compile(
                        &only_kinds(include_str!("data/vent.txt"), &["selfword", "selfverdict"]),
                        |v| Ok(v == "selfword"),
                    )?,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// One clause and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub last: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// Sentiment after every adjustment (negative = complaint).
    pub score: f32,
    /// Token ranges of the words that made it negative.
    pub negatives: Vec<(usize, usize)>,
    /// Mentions the interview or hiring process in general.
    pub process: bool,
    /// Mentions part of an organisation (team, manager, culture…).
    pub org: bool,
    /// Uses a pronoun that can refer back to a company (they, their).
    pub pronoun: bool,
    /// Token indices of capitalised words that look like the name of some
    /// organisation ("at Globex", "Hooli's").
    pub named_orgs: Vec<usize>,
    /// Token ranges inside long quotations (someone else's words).
    pub quoted: Vec<(usize, usize)>,
    /// Its complaint is irony (a sarcasm cue, a mocking scare quote, a
    /// bare "Really?"), not a negative word that could be banter.
    pub ironic: bool,
    /// It names something a bad day is made of (traffic, a sandwich, a
    /// flatmate), outside any quotation: a bare remark about it is not
    /// about the employer.
    pub elsewhere: bool,
    /// Token index of the last such nuisance named in the clause.
    pub elsewhere_at: Option<usize>,
}

impl Clause {
    /// Whether the clause is a complaint.
    pub fn is_negative(&self) -> bool {
        self.score <= NEGATIVE
    }
}

struct Hit {
    start: usize,
    end: usize,
    score: f32,
}

/// Splits every sentence into clauses and scores them.
pub fn clauses(lex: &Lexicon, tokens: &[Token], sentences: &[Sentence]) -> Vec<Clause> {
    clauses_with(lex, None, tokens, sentences)
}

/// As [`clauses`], with a rule's own phrases (`VALUE<TAB>PATTERN`, as in
/// `data/sentiment.txt`) scored on top of the lexicon: where one of them
/// matches, it replaces the lexicon's matches it overlaps (a value of 0
/// makes the words it covers neutral).
pub fn clauses_with(
    lex: &Lexicon,
    extra: Option<&PatternSet<f32>>,
    tokens: &[Token],
    sentences: &[Sentence],
) -> Vec<Clause> {
    let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    let mut out = Vec::new();
    let mut prev_complaint = false;
    for (si, s) in sentences.iter().enumerate() {
        let before = out.len();
        let same_paragraph = si > 0 && sentences[si - 1].paragraph == s.paragraph;
        let after = prev_complaint && same_paragraph;
        analyse_sentence(lex, extra, tokens, &words, s, si, after, &mut out);
        prev_complaint = out[before..].iter().any(|c: &Clause| c.is_negative());
    }
    out
}

/// "Impressive.", "Real classy.", "Riveting stuff.": a few words of praise
/// right after a complaint are irony.
fn ironic_fragment(tokens: &[Token], s: &Sentence, score: f32) -> bool {
    let words = tokens[s.first..s.last]
        .iter()
        .filter(|t| t.is_word())
        .count();
    words > 0 && words <= 4 && score >= 1.5
}

fn is_quote(t: &Token) -> Option<char> {
    match t.norm.as_str() {
        "\"" => Some('"'),
        "\u{201c}" | "\u{201e}" | "\u{00ab}" => Some('('),
        "\u{201d}" | "\u{00bb}" => Some(')'),
        // A single quote opens only after a space; one closes only before one.
        "'" | "\u{2018}" if t.space_before => Some('('),
        _ => None,
    }
}

/// Quoted ranges in a sentence: (start, end, words inside).
pub(crate) fn quotes(tokens: &[Token], s: &Sentence) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in s.first..s.last {
        // 'rockstars' — the closing quote was read as a plural possessive.
        if let Some(o) = open {
            let single = matches!(tokens[o].norm.as_str(), "'" | "\u{2018}");
            if single
                && tokens[i].possessive
                && tokens[i].norm.ends_with('s')
                && !tokens
                    .get(i + 1)
                    .is_some_and(|n| !n.space_before && n.is_word())
            {
                let words = tokens[o + 1..=i].iter().filter(|t| t.is_word()).count();
                out.push((o + 1, i + 1, words));
                open = None;
                continue;
            }
            if single && !matches!(tokens[i].norm.as_str(), "'" | "\u{2019}") {
                continue;
            }
            if single {
                let words = tokens[o + 1..i].iter().filter(|t| t.is_word()).count();
                out.push((o + 1, i, words));
                open = None;
                continue;
            }
        }
        match (is_quote(&tokens[i]), open) {
            (Some('"'), None) | (Some('('), None) => open = Some(i),
            (Some('"'), Some(o)) | (Some(')'), Some(o)) => {
                let words = tokens[o + 1..i].iter().filter(|t| t.is_word()).count();
                out.push((o + 1, i, words));
                open = None;
            }
            _ => {}
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn analyse_sentence(
    lex: &Lexicon,
    extra: Option<&PatternSet<f32>>,
    tokens: &[Token],
    words: &[&str],
    s: &Sentence,
    si: usize,
    after_complaint: bool,
    out: &mut Vec<Clause>,
) {
    let cues = lex.cues.find_all(words, s.first, s.last);
    let mut found: Vec<(usize, usize, f32)> = lex
        .sentiment
        .find_all(words, s.first, s.last)
        .into_iter()
        .map(|m| (m.start, m.end, *m.value))
        .collect();
    if let Some(extra) = extra {
        let more: Vec<(usize, usize, f32)> = extra
            .find_all(words, s.first, s.last)
            .into_iter()
            .map(|m| (m.start, m.end, *m.value))
            .collect();
        found.retain(|&(a, b, _)| !more.iter().any(|&(x, y, _)| a < y && x < b));
        found.extend(more);
        found.sort_by_key(|&(a, _, _)| a);
    }
    let mut hits: Vec<Hit> = found
        .iter()
        .filter(|m| m.2 != 0.0)
        .map(|&(start, end, score)| Hit { start, end, score })
        .collect();
    // Neutral phrases ("hard work", "no doubt") were matched with value 0
    // and so block their words from scoring; drop cues inside them too.
    let neutral: Vec<(usize, usize)> = found
        .iter()
        .filter(|m| m.2 == 0.0)
        .map(|&(a, b, _)| (a, b))
        .collect();
    let phrase_cover: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.end - h.start > 1)
        .map(|h| (h.start, h.end))
        .chain(neutral.iter().copied())
        .collect();
    let covered = |a: usize, b: usize| {
        phrase_cover
            .iter()
            .any(|&(s, e)| a >= s && b <= e && e - s > b - a)
    };
    let cues: Vec<_> = cues
        .into_iter()
        .filter(|c| {
            !matches!(c.value, Cue::Negate | Cue::Scale(_) | Cue::Flex) || !covered(c.start, c.end)
        })
        .collect();

    let qs = quotes(tokens, s);
    // A quoted question the writer was asked ("asked whether I was
    // 'planning a family'") is what happened to them, not someone's view.
    let asked_before = |a: usize| {
        (a.saturating_sub(4).max(s.first)..a).any(|k| {
            matches!(
                words[k],
                "asked" | "asking" | "asks" | "ask" | "whether" | "wanted" | "demanded"
            )
        })
    };
    let in_long_quote = |i: usize| {
        qs.iter()
            .any(|&(a, b, n)| n >= 3 && i >= a && i < b && !asked_before(a))
    };
    let in_scare_quote = |i: usize| {
        qs.iter()
            .any(|&(a, b, n)| n <= 2 && n > 0 && i >= a && i < b)
    };

    // Flex words ("insanely", "crazy") right before another sentiment word
    // are intensifiers: drop their own score and boost the next word.
    let mut boost_at: Vec<(usize, f32)> = Vec::new();
    for c in cues.iter().filter(|c| matches!(c.value, Cue::Flex)) {
        if hits
            .iter()
            .any(|h| h.start == c.end || h.start == c.end + 1)
        {
            hits.retain(|h| !(h.start >= c.start && h.end <= c.end));
            boost_at.push((c.end, 1.5));
        }
    }
    for c in cues.iter() {
        if let Cue::Scale(f) = c.value {
            boost_at.push((c.end, *f));
        }
    }

    // Clause boundaries: contrast cues and semicolons.
    let mut bounds = vec![s.first];
    for c in cues.iter().filter(|c| matches!(c.value, Cue::Contrast)) {
        if c.start > s.first && !bounds.contains(&c.start) {
            bounds.push(c.start);
        }
    }
    for (i, w) in words.iter().enumerate().take(s.last).skip(s.first + 1) {
        if *w == ";" && !bounds.contains(&(i + 1)) && i + 1 < s.last {
            bounds.push(i + 1);
        }
    }
    bounds.sort_unstable();
    bounds.push(s.last);

    // Sentence-level modifiers.
    // A question mark inside a quotation ("'yes, yes, and?'") does not
    // make the writer's sentence a question.
    let qs_all = quotes(tokens, s);
    let is_question = (s.first..s.last)
        .any(|i| words[i] == "?" && !qs_all.iter().any(|&(a, b, _)| i >= a && i < b));
    let rhetorical = words[s.first..s.last].windows(2).any(|w| {
        matches!(
            w,
            ["anyone", "else"]
                | ["how", "come"]
                | ["just", "me"]
                | ["wrong", "with"]
                | ["it", "even"]
                | ["this", "how"]
                | ["is", "how"]
                | ["how", "hard"]
                | ["been", "any"]
                | ["always", "this"]
                | ["does", "anyone"]
                | ["anyone", "actually"]
        )
    }) || matches!(words.get(s.first), Some(&"why"));
    // "Really?" or "Seriously?" on its own: disbelief at what came before.
    let disbelief = si > 0 && is_question && {
        let w: Vec<&str> = (s.first..s.last)
            .filter(|&i| tokens[i].is_word())
            .map(|i| words[i])
            .collect();
        matches!(
            w.as_slice(),
            ["really"] | ["seriously"] | ["srsly"] | ["honestly"] | ["are", "you", "kidding"]
        )
    };
    let rhetorical = rhetorical || disbelief;
    let conditional = matches!(words.get(s.first), Some(&"if") | Some(&"unless"));
    let any_sarcasm = cues.iter().any(|c| matches!(c.value, Cue::Sarcasm));
    let mut sentence_weight: f32 = 1.0;
    if is_question && !rhetorical && !any_sarcasm {
        sentence_weight *= 0.5;
    }
    if conditional {
        sentence_weight *= 0.5;
    }

    // Reported speech: from a report cue to an endorse cue or the sentence end.
    let report_from = cues
        .iter()
        .filter(|c| matches!(c.value, Cue::Report))
        .map(|c| c.end)
        .min();
    let endorsed = cues.iter().any(|c| matches!(c.value, Cue::Endorse));

    // "less organised than a toddler's party", "a chat with a parking
    // meter": the day's object as a comparison, not the thing complained of.
    let compared = |at: usize| {
        (at.saturating_sub(3).max(s.first)..at).any(|k| matches!(words[k], "than" | "like" | "as"))
            || (at + 1..(at + 4).min(s.last)).any(|k| words[k] == "than")
    };
    // A nuisance named inside someone's quoted words ("to 'grab a coffee'")
    // is not the writer's topic.
    let in_any_quote = |i: usize| qs.iter().any(|&(a, b, n)| n > 0 && i >= a && i < b);
    // Where the complaint is irony rather than a negative word.
    let mut ironic_at: Vec<usize> = Vec::new();
    // Score every hit.
    let mut scored: Vec<(usize, usize, f32)> = Vec::new();
    for h in &hits {
        if in_long_quote(h.start) {
            continue;
        }
        let mut v = h.score;
        for &(at, f) in &boost_at {
            if at == h.start || (at + 1 == h.start && boost_at.iter().any(|&(a, _)| a == at + 1)) {
                v *= f;
            }
        }
        if is_negated(&cues, words, h.start) {
            v = if v < 0.0 { -v * 0.5 } else { -v * 0.9 };
        }
        if v > 0.0 && in_scare_quote(h.start) {
            v = -1.5 - v * 0.3;
        }
        // "I was so nervous", "I'm the disaster here": the writer's own slip.
        let self_kind =
            (h.start..h.end).find_map(|k| lex.self_words.longest_at(words, k).map(|m| *m.value));
        if let (Some(state), true) = (self_kind, v < 0.0) {
            let self_ref = |c: &&super::pattern::Match<'_, Cue>| matches!(c.value, Cue::SelfRef);
            let about_me = if state {
                let from = h.start.saturating_sub(5).max(s.first);
                let to = (h.end + 5).min(s.last);
                let them_before = cues.iter().any(|c| {
                    matches!(c.value, Cue::Pronoun) && c.end <= h.start && c.end + 2 >= h.start
                });
                !them_before
                    && cues
                        .iter()
                        .filter(self_ref)
                        .any(|c| c.start == s.first || (c.start >= from && c.start < to))
            } else {
                let right_before = cues
                    .iter()
                    .filter(self_ref)
                    .any(|c| c.end <= h.start && h.start - c.end <= 3);
                // "awful performance from me", "bad call on my part".
                let from_me = (h.end..(h.end + 3).min(s.last)).any(|k| {
                    matches!(
                        (words.get(k), words.get(k + 1)),
                        (Some(&("from" | "by" | "on")), Some(&("me" | "my")))
                    )
                });
                right_before || from_me
            };
            if about_me {
                v *= 0.1;
            }
        }
        // "the worst traffic jam", "the train home was awful": about the
        // day, not the employer.
        let on_elsewhere = cues.iter().any(|c| {
            matches!(c.value, Cue::Elsewhere)
                && !compared(c.start)
                && ((c.start >= h.end && c.start <= h.end + 1)
                    // "this clown of a driver", "the audacity of this croissant"
                    || (c.start >= h.end
                        && c.start <= h.end + 3
                        && words.get(h.end) == Some(&"of"))
                    // "the worst note-taking app": a few describing words between.
                    || (c.start >= h.end
                        && c.start <= h.end + 3
                        && words[h.end..c.start]
                            .iter()
                            .all(|w| w.chars().next().is_some_and(char::is_alphanumeric))
                        && !words[h.end..c.start].iter().any(|w| {
                            matches!(*w, "of" | "for" | "to" | "at" | "with" | "and" | "but")
                        }))
                    || (c.end <= h.start
                        && h.start - c.end <= 3
                        && words[c.end..h.start].iter().all(|w| {
                            matches!(
                                *w,
                                "is" | "was"
                                    | "are"
                                    | "were"
                                    | "so"
                                    | "really"
                                    | "very"
                                    | "truly"
                                    | "absolutely"
                                    | "just"
                                    | "been"
                                    | "home"
                                    | "today"
                                    | "this"
                                    | "morning"
                                    | "again"
                                    | "probably"
                                    | "apparently"
                                    | "totally"
                                    | "'"
                                    | "\""
                                    | "\u{2018}"
                                    | "\u{201c}"
                                    | ","
                                    | "genuinely"
                                    | "honestly"
                                    | "literally"
                                    | "here"
                                    | "the"
                                    | "a"
                                    | "an"
                            )
                        })))
        });
        if v < 0.0 && on_elsewhere {
            v = 0.0;
        }
        // "Absolute amateur hour from me", "a shambles on my part".
        let from_me = (h.end..(h.end + 3).min(s.last)).any(|k| {
            matches!(
                (words.get(k), words.get(k + 1)),
                (Some(&("from" | "by")), Some(&("me" | "myself"))) | (Some(&"on"), Some(&"my"))
            )
        });
        if v < 0.0 && from_me {
            v *= 0.1;
        }
        // "Heartless, no.": the judgement is denied right after it.
        let denied = matches!(words.get(h.end), Some(&","))
            && matches!(words.get(h.end + 1), Some(&("no" | "nope" | "not")))
            && (h.end + 2 >= s.last || !tokens[h.end + 2].is_word());
        if v < 0.0 && denied {
            v = 0.0;
        }
        if let Some(r) = report_from {
            if h.start >= r && !endorsed {
                v *= 0.25;
            }
        }
        scored.push((h.start, h.end, v));
    }
    // "a 'quick' chat", "a 'candidate-first' culture": a claim mocked in
    // scare quotes, when nothing in the quote was scored already.
    for &(qa, qb, n) in &qs {
        if n == 0 || n > 3 || scored.iter().any(|&(st, _, _)| st >= qa && st < qb) {
            continue;
        }
        if let Some(c) = cues
            .iter()
            .find(|c| matches!(c.value, Cue::Scare) && c.start >= qa && c.end <= qb)
        {
            scored.push((qa, qb, -2.0));
            ironic_at.push(c.start);
        }
    }
    if disbelief {
        scored.push((s.first, s.last, -2.0));
        ironic_at.push(s.first);
    }
    scored.sort_by_key(|&(a, _, _)| a);
    let sentence_has_complaint = after_complaint || scored.iter().any(|&(_, _, v)| v <= -1.5);

    let n_clauses = bounds.len() - 1;
    for ci in 0..n_clauses {
        let (a, b) = (bounds[ci], bounds[ci + 1]);
        if a >= b {
            continue;
        }
        let in_clause = |i: usize| i >= a && i < b;
        let mut score = 0.0f32;
        let mut negatives = Vec::new();
        let sarcasm = cues
            .iter()
            .any(|c| in_clause(c.start) && matches!(c.value, Cue::Sarcasm));
        let sarcasm_if = sentence_has_complaint
            && cues
                .iter()
                .any(|c| in_clause(c.start) && matches!(c.value, Cue::SarcasmIf));
        for &(st, en, v) in scored.iter().filter(|(st, _, _)| in_clause(*st)) {
            let v = if (sarcasm || sarcasm_if) && v > 0.0 {
                -v * 0.5
            } else {
                v
            };
            if v < 0.0 {
                negatives.push((st, en));
            }
            score += v;
        }
        if sarcasm {
            score -= 2.5;
            if let Some(c) = cues
                .iter()
                .find(|c| in_clause(c.start) && matches!(c.value, Cue::Sarcasm))
            {
                negatives.push((c.start, c.end));
            }
        } else if sarcasm_if {
            score -= 1.5;
        }
        // A clause followed by a contrast weighs less than the one after it.
        if ci + 1 < n_clauses {
            score *= 0.7;
        }
        score *= sentence_weight;
        let mut ironic = sarcasm || sarcasm_if || ironic_at.iter().any(|&i| in_clause(i));
        if after_complaint && n_clauses == 1 && ironic_fragment(tokens, s, score) {
            score = -2.0;
            negatives.push((a, b));
            ironic = true;
        }
        let flag = |k: fn(&Cue) -> bool| cues.iter().any(|c| in_clause(c.start) && k(c.value));
        // "DPD, you had one job": a name spoken to at the start.
        let vocative = |i: usize| {
            i == s.first
                && tokens[i].kind == Kind::Word
                && (tokens[i].cap || tokens[i].all_caps)
                && !NOT_ADDRESSEES.contains(&words[i])
                && words.get(i + 1) == Some(&",")
                && matches!(
                    words.get(i + 2),
                    Some(&("you" | "your" | "you're" | "you've"))
                )
        };
        let named_orgs = (a..b)
            .filter(|&i| {
                let t = &tokens[i];
                t.kind == Kind::Word
                    && t.cap
                    && !t.all_caps
                    && t.norm != "i"
                    && !CALENDAR_WORDS.contains(&t.norm.as_str())
                    && (i > s.first || t.possessive)
                    && (t.possessive
                        || (i > s.first
                            && cues
                                .iter()
                                .any(|c| matches!(c.value, Cue::OtherOrg) && c.end == i)))
                    || vocative(i)
            })
            .collect();
        out.push(Clause {
            first: a,
            last: b,
            sentence: si,
            score,
            negatives,
            process: flag(|c| matches!(c, Cue::Process)),
            org: flag(|c| matches!(c, Cue::Org)),
            pronoun: flag(|c| matches!(c, Cue::Pronoun)),
            named_orgs,
            quoted: qs
                .iter()
                .filter(|&&(qa, _, n)| n >= 3 && in_clause(qa))
                .map(|&(qa, qb, _)| (qa, qb))
                .collect(),
            ironic,
            elsewhere: cues.iter().any(|c| {
                in_clause(c.start)
                    && matches!(c.value, Cue::Elsewhere)
                    && !compared(c.start)
                    && !in_any_quote(c.start)
            }),
            elsewhere_at: cues
                .iter()
                .filter(|c| {
                    in_clause(c.start)
                        && matches!(c.value, Cue::Elsewhere)
                        && !compared(c.start)
                        && !in_any_quote(c.start)
                })
                .map(|c| c.start)
                .max(),
        });
    }
}

/// Words that open a sentence before ", you" without naming anyone:
/// "Honestly, your panel …", "Recruiters, you …".
const NOT_ADDRESSEES: &[&str] = &[
    "honestly",
    "seriously",
    "frankly",
    "look",
    "listen",
    "well",
    "ok",
    "okay",
    "so",
    "also",
    "yes",
    "no",
    "sorry",
    "thanks",
    "please",
    "again",
    "anyway",
    "guys",
    "folks",
    "friends",
    "everyone",
    "people",
    "recruiters",
    "companies",
    "employers",
    "hiring",
    "interviewers",
    "candidates",
    "mate",
    "mum",
    "dad",
    "reader",
    "readers",
    "lads",
    "ladies",
    "y'all",
    "oh",
    "wow",
    "ugh",
    "sir",
    "madam",
    "team",
    "hr",
    "bro",
    "dude",
];

/// Capitalised words after "by", "at" or "for" that name a time, not an
/// organisation ("by Friday").
const CALENDAR_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "christmas",
    "easter",
    "eid",
    "diwali",
    "thanksgiving",
    "noon",
];

/// Whether a negator stands within three words before token `at`, with no
/// punctuation between.
fn is_negated(cues: &[super::pattern::Match<'_, Cue>], words: &[&str], at: usize) -> bool {
    cues.iter().any(|c| {
        // "no" and "zero" negate the next word only ("no feedback feels insulting").
        let reach = if matches!(words[c.start], "no" | "zero") {
            0
        } else {
            3
        };
        matches!(c.value, Cue::Negate)
            && c.end <= at
            && at - c.end <= reach
            && words[c.end..at]
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_alphanumeric))
            // "nothing more insulting than", "no worse": a comparison, not a negation.
            && !words[c.end..at].iter().any(|w| {
                matches!(
                    *w,
                    "more" | "worse" | "less" | "how" | "what" | "why" | "that" | "which" | "who"
                        | "whether"
                )
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::{sentences, tokenize};

    fn score(text: &str) -> f32 {
        let lex = Lexicon::get().unwrap();
        let t = tokenize(text);
        let s = sentences(text, &t);
        clauses(lex, &t, &s)
            .iter()
            .map(|c| c.score)
            .fold(0.0, f32::min)
    }

    #[test]
    fn the_data_files_compile() {
        let lex = Lexicon::get().unwrap();
        assert!(lex.sentiment.len() > 100);
    }

    #[test]
    fn complaints_score_negative() {
        for t in [
            "The recruiter was rude.",
            "They ghosted me after four rounds.",
            "What a joke of a process.",
            "Oh great, another take-home assignment.",
            "Love how they waste everyone's time.",
            "The interviewers were not professional at all.",
        ] {
            assert!(score(t) <= NEGATIVE, "{t}: {}", score(t));
        }
    }

    #[test]
    fn look_alikes_do_not() {
        for t in [
            "I'm not unhappy with the process.",
            "The interview was brutal but fair.",
            "An insanely good team.",
            "The interview was long and challenging.",
            "My friend said the process was a nightmare, but mine was smooth.",
            "Someone told me \"the recruiters are clowns\" but that was not my experience.",
            "Is the process really that bad?",
            "Hard work pays off.",
            "I was so nervous.",
        ] {
            assert!(score(t) > NEGATIVE, "{t}: {}", score(t));
        }
    }
}
