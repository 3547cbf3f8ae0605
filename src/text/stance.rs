//! How a phrase is meant. "I resign" means something else in "I won't
//! resign", "if I resign", "should I resign?", "she said I should resign",
//! "'I resign' is a great film" and "Marta resigned". The rules that look
//! for what the writer *does* find their phrase first, then read its stance
//! here and decide which of these readings rule it out: a gift offered as a
//! question is still an offer, a resignation asked about is not one.
//!
//! The cues are in `data/stance.txt`.

use super::phrases::{self, List, Scan};
use super::tokens::{Kind, Sentence, Token};

/// Whether, and where, a condition governs a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// No condition in its sentence.
    None,
    /// The sentence has a condition, but the phrase is in the main clause
    /// ("If they offer, I'll resign"; "I'll drop by if that's OK").
    Elsewhere,
    /// The phrase is inside the condition ("if I need anything").
    Inside,
}

/// Who does what the phrase says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// The writer ("I", "we", "I've finally decided to").
    First,
    /// Someone else ("Marta", "she", "my colleague").
    Other,
    /// No subject before it in its clause ("Resigned this morning!").
    Unstated,
}

/// The reading of one phrase in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// A negator stands shortly before it ("I won't", "no resignation letter").
    pub negated: bool,
    /// Its clause is a question.
    pub question: bool,
    /// A condition in its sentence.
    pub condition: Condition,
    /// Weighed up, not done ("thinking about", "should I", "maybe").
    pub musing: bool,
    /// Would / could / might before it ("I'd need to serve …").
    pub modal: bool,
    /// Someone else's words or advice ("my friend said", "told me to").
    pub reported: bool,
    /// Inside quotation marks.
    pub quoted: bool,
    /// Who does it.
    pub subject: Subject,
    /// The phrase itself holds a first-person word ("my notice").
    pub owned: bool,
    /// Its sentence places it long ago ("in 2023", "years ago", "at my last job").
    pub distant_past: bool,
}

impl Reading {
    /// Said by the writer about themselves, as a plain statement: not
    /// negated, conditional, weighed up, asked, quoted or reported.
    pub fn is_plain_act(&self) -> bool {
        !self.negated
            && self.condition == Condition::None
            && !self.musing
            && !self.question
            && !self.quoted
            && !self.reported
            && self.is_writers()
    }

    /// The writer is the one who does it (or no one else is named).
    pub fn is_writers(&self) -> bool {
        self.owned || self.subject != Subject::Other
    }
}

/// Clause separators inside a sentence.
fn is_separator(norm: &str) -> bool {
    matches!(
        norm,
        "," | ";" | ":" | "\u{2014}" | "\u{2013}" | "(" | ")" | "." | "!" | "?" | "\u{2026}"
    )
}

/// Words that join two verbs sharing one subject.
const COORDINATORS: &[&str] = &["and", "but", "so", "then", "or"];

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "you", "it", "him", "her", "them", "his", "their", "its", "our", "your",
    "my", "this", "that", "who", "which", "there", "someone", "everyone", "nobody",
];

/// The stance reader over a message's tokens.
pub struct Reader<'a> {
    scan: Scan<'a>,
    tokens: &'a [Token],
    words: &'a [&'a str],
    sentences: &'a [Sentence],
    year: i64,
}

impl<'a> Reader<'a> {
    /// A reader for one text: its tokens, sentences, folded words (made by
    /// [`phrases::words_of`]) and their [`phrases::lookups`]; `year` is the
    /// year the text is written (for "I resigned in 2019"). None when the
    /// stance data failed to compile.
    pub fn new(
        tokens: &'a [Token],
        sentences: &'a [Sentence],
        words: &'a [&'a str],
        lookups: &phrases::Lookups,
        year: i64,
    ) -> Option<Reader<'a>> {
        let phrases = phrases::get(List::Stance).ok()?;
        Some(Reader {
            scan: phrases.scan_with(words, lookups),
            tokens,
            words,
            sentences,
            year,
        })
    }

    /// The folded words (with the end mark of [`phrases::words_of`]).
    pub fn words(&self) -> &'a [&'a str] {
        self.words
    }

    /// The sentences of the text.
    pub fn sentences(&self) -> &'a [Sentence] {
        self.sentences
    }

    /// The sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> Option<&'a Sentence> {
        // Sentences are in order: the last one starting at or before `i`.
        let k = self.sentences.partition_point(|s| s.first <= i);
        self.sentences
            .get(k.checked_sub(1)?)
            .filter(|s| i >= s.first && i < s.last)
    }

    /// The clause (between separators) around token `i`, within its sentence.
    pub fn segment(&self, i: usize) -> (usize, usize) {
        let Some(s) = self.sentence_of(i) else {
            return (i, i + 1);
        };
        let mut a = i;
        while a > s.first && !is_separator(&self.tokens[a - 1].norm) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < s.last && !is_separator(&self.tokens[b].norm) {
            b += 1;
        }
        (a, b)
    }

    /// Reads the phrase at tokens `start..end`.
    pub fn read(&self, start: usize, end: usize) -> Reading {
        let Some(s) = self.sentence_of(start) else {
            return Reading {
                negated: false,
                question: false,
                condition: Condition::None,
                musing: false,
                modal: false,
                reported: false,
                quoted: false,
                subject: Subject::Unstated,
                owned: false,
                distant_past: false,
            };
        };
        let end = end.clamp(start + 1, s.last.max(start + 1));
        let to = phrases::sentence_end(s, self.tokens);
        let (seg_start, _) = self.segment(start);
        let p = &self.scan;
        let w = self.words;

        // Only a negator before the phrase counts: a phrase that holds one
        // ("won't accept less than") was written that way on purpose.
        let negated = p.find("negate", s.first, start).iter().any(|&(_, b)| {
            start - b <= 3
                    && (b..start).all(|k| self.tokens[k].is_word())
                    // "not hard to send" negates "hard"; "not going to send"
                    // carries on to "send".
                    && (!(b..start).any(|k| w[k] == "to") || p.starts_at("carry", b, start))
        });

        let conds = p.find("cond", s.first, to);
        let condition = if conds.is_empty() {
            Condition::None
        } else if conds.iter().any(|&(a, b)| {
            b <= start
                && (b..start).all(|k| {
                    !matches!(
                        self.tokens[k].norm.as_str(),
                        "," | ";" | ":" | "\u{2014}" | "\u{2013}" | "then"
                    )
                })
                || (a > start && a < end)
        }) {
            Condition::Inside
        } else {
            Condition::Elsewhere
        };

        let musing = p.has("muse", seg_start, end);
        let modal = p.has("modal", seg_start, end);
        let reported = p.has("report", s.first, end);

        // The clause is a question when the next separator after it is "?".
        let question = (end..s.last)
            .map(|k| self.tokens[k].norm.as_str())
            .find(|n| is_separator(n))
            .is_some_and(|n| n == "?");

        let quoted = super::sentiment::quotes(self.tokens, s)
            .iter()
            .any(|&(a, b, n)| n > 0 && start >= a && start < b);

        let owned = (start..end).any(|k| {
            matches!(
                self.tokens[k].norm.as_str(),
                "my" | "i" | "i'm" | "i've" | "i'll" | "me" | "myself" | "mine" | "im" | "ive"
            )
        });

        let distant_past = p.has("past", s.first, to)
            || self.tokens[s.first..s.last].iter().any(|t| {
                t.kind == Kind::Number
                    && t.norm.len() == 4
                    && t.norm
                        .parse::<i64>()
                        .is_ok_and(|y| y >= 1950 && y < self.year)
            });

        Reading {
            negated,
            question,
            condition,
            musing,
            modal,
            reported,
            quoted,
            subject: self.subject(seg_start, start),
            owned,
            distant_past,
        }
    }

    /// Looks left from `start` for the subject, within the clause.
    fn subject(&self, seg_start: usize, start: usize) -> Subject {
        let mut free_skip = true;
        let mut k = start;
        while k > seg_start {
            k -= 1;
            let t = &self.tokens[k];
            if !t.is_word() {
                continue;
            }
            let to = k + 1;
            // "I'm visiting my sister on Saturday and might swing past": a
            // verb after "and" shares the subject of the clause's first verb.
            if free_skip && COORDINATORS.contains(&t.norm.as_str()) {
                return self.first_subject(seg_start, k);
            }
            if self.scan.starts_at("first", k, to) {
                return Subject::First;
            }
            if self.scan.starts_at("filler", k, to) {
                continue;
            }
            let name = t.cap && !self.sentence_starts_at(k) && t.norm != "i";
            // "it would be possible to …", "there's no need to …": no one.
            if matches!(t.norm.as_str(), "it" | "there" | "it's" | "there's" | "its") {
                return Subject::Unstated;
            }
            if name || PRONOUNS.contains(&t.norm.as_str()) || t.possessive {
                return Subject::Other;
            }
            // One other word may stand between: "I've drafted a resignation
            // letter"; at the start of the clause it is the subject ("Marta").
            if free_skip && k > seg_start {
                free_skip = false;
                continue;
            }
            return Subject::Other;
        }
        Subject::Unstated
    }

    /// The subject at the start of the clause `from..to`.
    fn first_subject(&self, from: usize, to: usize) -> Subject {
        for k in from..to {
            let t = &self.tokens[k];
            if !t.is_word() {
                continue;
            }
            if self.scan.starts_at("first", k, k + 1) {
                return Subject::First;
            }
            if self.scan.starts_at("filler", k, k + 1) {
                continue;
            }
            return Subject::Other;
        }
        Subject::Unstated
    }

    fn sentence_starts_at(&self, k: usize) -> bool {
        self.sentences.iter().any(|s| s.first == k)
            || (k > 0 && is_separator(&self.tokens[k - 1].norm))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::{sentences, tokenize};

    /// Reads the first occurrence of `phrase` (one word) in `text`.
    fn read(text: &str, phrase: &str) -> Reading {
        let t = tokenize(text);
        let s = sentences(text, &t);
        let w = phrases::words_of(&t);
        let r = Reader::new(&t, &s, &w, &phrases::lookups(&w), 2026).unwrap();
        let i = t.iter().position(|t| t.norm == phrase).unwrap();
        r.read(i, i + 1)
    }

    #[test]
    fn plain_statements_are_acts() {
        for (text, w) in [
            ("I resign, effective immediately.", "resign"),
            ("After a lot of thought I've decided to resign.", "resign"),
            ("Resigned this morning!", "resigned"),
            ("I'd like to formally resign from my position.", "resign"),
        ] {
            let r = read(text, w);
            assert!(r.is_plain_act() && !r.modal, "{text}: {r:?}");
        }
    }

    #[test]
    fn negation_conditions_questions_and_others_are_not() {
        let r = read("I won't resign until the offer is signed.", "resign");
        assert!(r.negated);
        let r = read(
            "If Acme makes an offer, I'll resign the same day.",
            "resign",
        );
        assert_eq!(r.condition, Condition::Elsewhere);
        let r = read("Let me know if you'd accept a small plant.", "accept");
        assert_eq!(r.condition, Condition::None);
        let r = read("If you'd ever like me to come in, I'd be glad.", "come");
        assert_eq!(r.condition, Condition::Inside);
        let r = read("Should I give notice now?", "give");
        assert!(r.question && r.musing);
        let r = read("My friend said I should resign.", "resign");
        assert!(r.reported);
        let r = read("Marta resigned yesterday.", "resigned");
        assert_eq!(r.subject, Subject::Other);
        let r = read("My colleague resigned yesterday.", "resigned");
        assert_eq!(r.subject, Subject::Other);
        let r = read("I resigned from Initrode in 2023.", "resigned");
        assert!(r.distant_past);
        let r = read("I'd need to serve three months' notice.", "serve");
        assert!(r.modal);
        let r = read("I read 'I resign' by the river.", "resign");
        assert!(r.quoted);
        let r = read("I can't wait to resign.", "resign");
        assert!(!r.negated);
    }

    #[test]
    fn negation_stays_with_the_word_it_negates() {
        assert!(!read("It's not hard to send flowers.", "send").negated);
        assert!(read("I'm not going to send flowers.", "send").negated);
        assert!(read("I don't want to send flowers.", "send").negated);
    }

    #[test]
    fn subjects_across_and_and_impersonal_it() {
        let r = read(
            "I'm visiting my sister on Saturday and might swing past.",
            "swing",
        );
        assert_eq!(r.subject, Subject::First);
        let r = read("Marta left early and quit.", "quit");
        assert_eq!(r.subject, Subject::Other);
        let r = read("Would it be possible to meet in person?", "meet");
        assert_eq!(r.subject, Subject::Unstated);
    }
}
