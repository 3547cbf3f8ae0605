//! What kind of message a text is: a status check, a thank-you note, or
//! other. Rules use it to tell "any update?" from "thanks for your time".

use super::pattern::{except_kinds, only_kinds, PatternError, PatternSet};
use super::tokens::{sentences, tokenize, Sentence, Token};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ask,
    Block,
    Topic,
    Request,
}

/// The compiled phrase lists.
pub struct Classifier {
    set: PatternSet<Kind>,
    news: PatternSet<()>,
    objects: PatternSet<()>,
    connectors: PatternSet<()>,
    jobs: PatternSet<()>,
    thanks: PatternSet<()>,
    headlines: PatternSet<()>,
    followups: PatternSet<()>,
}

/// Kinds kept on lists of their own, not in the status-check set.
const OBJECT_KINDS: &[&str] = &[
    "newsword",
    "objectword",
    "connector",
    "jobword",
    "thanks",
    "headline",
    "followup",
];

static CLASSIFIER: OnceLock<Result<Classifier, PatternError>> = OnceLock::new();

impl Classifier {
    /// The shared classifier, compiled on first use.
    pub fn get() -> Result<&'static Classifier, PatternError> {
        CLASSIFIER
            .get_or_init(|| {
                let src = include_str!("data/status.txt");
                let only = |kind: &str| PatternSet::compile(&only_kinds(src, &[kind]), |_| Ok(()));
                Ok(Classifier {
                    news: only("newsword")?,
                    objects: only("objectword")?,
                    connectors: only("connector")?,
                    jobs: only("jobword")?,
                    thanks: only("thanks")?,
                    headlines: only("headline")?,
                    followups: only("followup")?,
                    set: PatternSet::compile(&except_kinds(src, OBJECT_KINDS), |v| match v {
                        "ask" => Ok(Kind::Ask),
                        "block" => Ok(Kind::Block),
                        "topic" => Ok(Kind::Topic),
                        "request" => Ok(Kind::Request),
                        other => Err(format!("unknown kind {other:?}")),
                    })?,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Byte ranges of the status-check clauses in `text` (greetings cut
    /// off the front: "Hi Jane, is there any update?" gives "is there any
    /// update?").
    pub fn status_checks(&self, text: &str) -> Vec<(usize, usize)> {
        let tokens = tokenize(text);
        self.status_checks_in(text, &tokens)
    }

    /// As [`Classifier::status_checks`], on tokens already made.
    pub fn status_checks_in(&self, text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        sentences(text, tokens)
            .iter()
            .filter_map(|s| self.status_check_in_sentence(&words, tokens, s))
            .collect()
    }

    /// The first of [`Classifier::status_checks_in`], on the sentences of
    /// those tokens already made; it stops reading at the first one.
    pub fn first_status_check_in(
        &self,
        tokens: &[Token],
        sentences: &[Sentence],
    ) -> Option<(usize, usize)> {
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        sentences
            .iter()
            .find_map(|s| self.status_check_in_sentence(&words, tokens, s))
    }

    /// The status-check clause of sentence `s` (its byte range), if it is one.
    fn status_check_in_sentence(
        &self,
        words: &[&str],
        tokens: &[Token],
        s: &Sentence,
    ) -> Option<(usize, usize)> {
        let found = self.set.find_overlapping(words, s.first, s.last);
        let blocks: Vec<(usize, usize)> = found
            .iter()
            .filter(|m| *m.value == Kind::Block && !self.ends_in_job_title(words, m.end, s.last))
            .map(|m| (m.start, m.end))
            .collect();
        let free = |m: &&super::pattern::Match<'_, Kind>| {
            !blocks.iter().any(|&(a, b)| m.start < b && a < m.end)
                && !self.about_something_else(words, m.start, m.end, s.last)
        };
        // "is it", "do you": an inverted question opens its clause ("…, is
        // it possible"), unlike "I can do it" or "if it helps".
        let inverted_mid_clause = |m: &&super::pattern::Match<'_, Kind>| {
            *m.value == Kind::Request
                && m.end - m.start == 2
                && INVERSIONS.contains(&words[m.start])
                && m.start > s.first
                && !matches!(
                    words[m.start - 1],
                    "," | ";"
                        | ":"
                        | "\u{2014}"
                        | "("
                        | "and"
                        | "but"
                        | "so"
                        | "or"
                        | "also"
                        | "then"
                        | "please"
                        | "just"
                        | "\n"
                )
                && tokens[m.start - 1].is_word()
        };
        let has = |k: Kind| {
            found
                .iter()
                .filter(free)
                .filter(|m| !inverted_mid_clause(m))
                .any(|m| *m.value == k)
        };
        // A request (or a question) about the decision, the timeline or
        // any news is a status check, however it is worded.
        let question = words[s.first..s.last].contains(&"?");
        let asks = has(Kind::Ask) || (has(Kind::Topic) && (has(Kind::Request) || question));
        asks.then(|| {
            let first = skip_greeting(tokens, s.first, s.last);
            (tokens[first].start, s.end)
        })
    }

    /// Whether a match that ends in a news word ("any update", "the
    /// timeline") is followed by a connector and then an object that has
    /// nothing to do with the application ("on the outage you mentioned").
    /// Whether the words just before `end` are the start of a job title
    /// ("any update on the Product Designer role", "the Platform Engineer
    /// position"): a job word follows after one or two title words, with no
    /// connector or article between, so the block's noun names the job.
    fn ends_in_job_title(&self, words: &[&str], end: usize, last: usize) -> bool {
        (end + 1..last.min(end + 3)).any(|i| {
            self.jobs.longest_at(words, i).is_some()
                && (end..i).all(|j| {
                    words[j].chars().all(char::is_alphabetic)
                        && !matches!(words[j], "the" | "a" | "an")
                        && self.connectors.longest_at(words, j).is_none()
                })
        })
    }

    fn about_something_else(&self, words: &[&str], start: usize, end: usize, last: usize) -> bool {
        let ends_in_news =
            (start..end).any(|i| self.news.longest_at(words, i).is_some_and(|m| m.end == end));
        if !ends_in_news || self.connectors.longest_at(words, end).is_none() {
            return false;
        }
        let stop = (end..last.min(end + 8))
            .find(|&i| matches!(words[i], "." | "?" | "!" | "," | ";"))
            .unwrap_or(last.min(end + 8));
        !(end..stop).any(|i| self.objects.longest_at(words, i).is_some())
    }

    /// Whether a subject line asks about the application: a status check
    /// ("Any news?"), or a headline that names the outcome ("Verdict",
    /// "Next steps on my application"), alone or followed by what it is
    /// about when that is the application (not "Decision on the database").
    pub fn subject_asks(&self, subject: &str, body: &str) -> bool {
        if subject.trim().is_empty() {
            return false;
        }
        let tokens = tokenize(subject);
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        // "Re: Where things stand" answers their message of that name: the
        // body says whether this one asks, unless the subject is a question.
        let first = tokens
            .iter()
            .position(|t| t.is_word())
            .unwrap_or(words.len());
        let reply = matches!(words.get(first), Some(&("re" | "fw" | "fwd" | "aw" | "tr")));
        if !self.status_checks(subject).is_empty() {
            // A reply keeps a question it asks ("Re: … decision date?").
            return !reply || words.contains(&"?");
        }
        if reply {
            return false;
        }
        if tokens.iter().filter(|t| t.is_word()).count() > 8 {
            return false;
        }
        // "Following up", "Checking in": a status check unless the body
        // follows up on something else in the same words.
        if let Some(m) = self.followups.longest_at(&words, first) {
            let alone = (m.end..words.len()).all(|i| !tokens[i].is_word());
            let body_tokens = tokenize(body);
            let body_words: Vec<&str> = body_tokens.iter().map(|t| t.norm.as_str()).collect();
            return alone && !self.followups.any(&body_words, 0, body_words.len());
        }
        let Some(m) = self.headlines.longest_at(&words, first) else {
            return false;
        };
        let rest = m.end;
        let next_word = (rest..words.len()).find(|&i| tokens[i].is_word());
        match next_word {
            None => true,
            Some(i) => {
                self.connectors.longest_at(&words, i).is_some()
                    && (i + 1..words.len().min(i + 5))
                        .any(|j| self.objects.longest_at(&words, j).is_some())
            }
        }
    }

    /// Whether the text reads as a thank-you note.
    pub fn is_thank_you(&self, text: &str) -> bool {
        self.is_thank_you_in(&tokenize(text))
    }

    /// As [`Classifier::is_thank_you`], on tokens already made.
    pub fn is_thank_you_in(&self, tokens: &[Token]) -> bool {
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        // On its own list: a longer phrase of another kind starting at the
        // same word ("thank you for … the" blocks a status check) must not
        // hide the thanks.
        !self.thanks.find_all(&words, 0, words.len()).is_empty()
    }
}

/// Auxiliaries that open an inverted question ("is it", "do you").
const INVERSIONS: &[&str] = &[
    "is", "are", "has", "have", "was", "were", "did", "does", "do", "will", "should", "shall",
];

const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "good",
    "morning",
    "afternoon",
    "evening",
    "greetings",
    "hiya",
    "howdy",
    "bonjour",
    "hola",
];

/// Skips "Hi Jane," / "Dear Ms. Doe," / "Good morning Jane –" at the start
/// of a sentence.
fn skip_greeting(tokens: &[Token], first: usize, last: usize) -> usize {
    if !tokens
        .get(first)
        .is_some_and(|t| GREETINGS.contains(&t.norm.as_str()))
    {
        return first;
    }
    let end = last.min(first + 7);
    for (i, t) in tokens.iter().enumerate().take(end).skip(first + 1) {
        if matches!(t.norm.as_str(), "," | ":" | "\u{2013}" | "\u{2014}" | "!") {
            return if i + 1 < last { i + 1 } else { first };
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_example_spans_the_question_without_the_greeting() {
        let c = Classifier::get().unwrap();
        let text = "Hi Jane, is there any update on the role?";
        assert_eq!(c.status_checks(text), vec![(9, 41)]);
    }

    #[test]
    fn thank_you_closings_are_not_status_checks() {
        let c = Classifier::get().unwrap();
        for t in [
            "Thank you for your time yesterday. I look forward to hearing about next steps.",
            "Thanks for the update on the timeline!",
            "I updated my portfolio link as promised.",
            "I'll keep you posted on my availability.",
        ] {
            assert!(c.status_checks(t).is_empty(), "{t}");
        }
        assert!(c.is_thank_you("Thank you so much for taking the time to meet with me."));
        // A longer phrase of another kind around it does not hide the thanks.
        assert!(c.is_thank_you("Dear Mr Núñez,\n\nI am writing to thank you for interviewing me for the Backend Engineer position."));
    }

    #[test]
    fn status_checks_in_many_forms() {
        let c = Classifier::get().unwrap();
        for t in [
            "Any news?",
            "Have you reached a decision yet?",
            "I wanted to check in on the status of my application.",
            "When can I expect to hear back?",
            "Could you let me know where things stand?",
            "Is the role still open?",
        ] {
            assert!(!c.status_checks(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn indirect_status_checks() {
        let c = Classifier::get().unwrap();
        for t in [
            "Is there any update on your end?",
            "All good here. Any news from yours?",
            "Did the team get a chance to debrief after my screen?",
            "Has the ball started rolling on the next round, or is it still with the wider team?",
            "Should I keep that week free for a possible next round?",
            "I'd love to know roughly how long the process will take from here.",
            "Any updtae on the role?",
            "I wanted to ask whether there's any update on the Product Designer role; I remain very keen.",
            "Is there any news on the Platform Engineer position?",
            "Has the hiring team had a chance to review the candidates from last week?",
        ] {
            assert!(!c.status_checks(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn look_alikes_of_indirect_status_checks() {
        let c = Classifier::get().unwrap();
        for t in [
            "How are technical decisions made on the team?",
            "Any word from the security team on whether I can use my own laptop?",
            "I'm excited about what comes next.",
            "I hope to hear from you when the time is right.",
            "How long will the interview take?",
            "What should I prepare for the next round?",
            "Is there any update on your end about the outage?",
            "Any update on the product launch you mentioned?",
            "Thanks for the update on the role.",
            "I hope you get a chance to review the slides before Friday.",
        ] {
            assert!(c.status_checks(t).is_empty(), "{t}");
        }
    }
}
