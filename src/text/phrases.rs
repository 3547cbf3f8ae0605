//! Phrase lists with kinds, for the rules that look for what a message
//! *does* (resigns, offers a gift, proposes a visit, makes a demand, asks
//! someone out, brags) and for [`super::stance`].
//!
//! A data file holds `KIND<TAB>PATTERN` lines in the pattern language of
//! [`super::pattern`]. A line whose kind starts with `-` is a look-alike of
//! that kind: wherever it matches, matches of the kind that overlap it are
//! dropped (a `-item` line for "gift of your time" keeps "the gift of your time" from
//! being a gift). Each list compiles once per process; the engine compiles
//! them all when it is built, so a broken line fails there, not mid-check.

use super::pattern::{only_kinds, PatternError, PatternSet};
use super::tokens::{Sentence, Token};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One compiled data file: a pattern set per kind.
pub struct Phrases {
    /// For each kind: its patterns (value `true`) and its look-alikes (`false`).
    kinds: HashMap<String, PatternSet<bool>>,
}

impl Phrases {
    /// Compiles a data file.
    pub fn compile(src: &str) -> Result<Phrases, PatternError> {
        let mut names: Vec<&str> = Vec::new();
        for line in src.lines() {
            if line.starts_with('#') || line.starts_with('@') {
                continue;
            }
            if let Some((kind, _)) = line.split_once('\t') {
                let base = kind.trim().trim_start_matches('-');
                if !base.is_empty() && !names.contains(&base) {
                    names.push(base);
                }
            }
        }
        let mut kinds = HashMap::new();
        for base in names {
            let negative = format!("-{base}");
            let set = PatternSet::compile(&only_kinds(src, &[base, &negative]), |v| {
                Ok(!v.starts_with('-'))
            })?;
            if !set.values().any(|v| *v) {
                return Err(PatternError(format!(
                    "kind {base:?} has look-alikes but no patterns"
                )));
            }
            kinds.insert(base.to_string(), set);
        }
        Ok(Phrases { kinds })
    }

    /// Matches of `kind` in `words[from..to]`, leftmost-longest and not
    /// overlapping, without those that overlap one of the kind's look-alikes.
    /// An unknown kind matches nothing.
    pub fn find<S: AsRef<str>>(
        &self,
        kind: &str,
        words: &[S],
        from: usize,
        to: usize,
    ) -> Vec<(usize, usize)> {
        let Some(set) = self.kinds.get(kind) else {
            return Vec::new();
        };
        let all = set.find_overlapping(words, from, to);
        let blocked: Vec<(usize, usize)> = all
            .iter()
            .filter(|m| !*m.value)
            .map(|m| (m.start, m.end))
            .collect();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for m in all.iter().filter(|m| *m.value) {
            if blocked.iter().any(|&(a, b)| m.start < b && a < m.end) {
                continue;
            }
            // Leftmost-longest: a match inside the previous one is dropped.
            if out.last().is_some_and(|&(_, e)| m.start < e) {
                continue;
            }
            out.push((m.start, m.end));
        }
        out
    }

    /// Whether `kind` matches anywhere in `words[from..to]`.
    pub fn has<S: AsRef<str>>(&self, kind: &str, words: &[S], from: usize, to: usize) -> bool {
        !self.find(kind, words, from, to).is_empty()
    }

    /// Whether `kind` has a match that starts exactly at `i` (within `..to`).
    pub fn starts_at<S: AsRef<str>>(&self, kind: &str, words: &[S], i: usize, to: usize) -> bool {
        self.find(kind, words, i, to)
            .first()
            .is_some_and(|m| m.0 == i)
    }
}

/// The folded words of a text's tokens with an end mark after the last one,
/// so that a pattern can require the end of the text (`quit .`): index
/// `tokens.len()` is a `"."`.
pub fn words_of(tokens: &[Token]) -> Vec<&str> {
    let mut words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    words.push(".");
    words
}

/// One past the last word a pattern may use in sentence `s`: the sentence
/// end, or the end mark of [`words_of`] for the text's last sentence.
pub fn sentence_end(s: &Sentence, tokens: &[Token]) -> usize {
    if s.last >= tokens.len() {
        tokens.len() + 1
    } else {
        s.last
    }
}

/// The phrase lists, one per data file in `data/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// How a phrase is meant: negation, conditions, questions, reported speech.
    Stance,
    /// Resigning or giving notice (`premature-resignation`).
    Resignation,
    /// Sending or offering a gift (`gift`).
    Gift,
    /// Proposing to drop by the office (`in-person-visit`).
    Visit,
    /// Demands about pay, benefits, equipment or conditions (`demands`).
    Demands,
    /// Romantic or dating language (`romantic-advance`).
    Romance,
    /// Announcing an interview or offer in public (`public-brag`).
    Brag,
}

const LISTS: [(List, &str); 7] = [
    (List::Stance, include_str!("data/stance.txt")),
    (List::Resignation, include_str!("data/resignation.txt")),
    (List::Gift, include_str!("data/gift.txt")),
    (List::Visit, include_str!("data/visit.txt")),
    (List::Demands, include_str!("data/demands.txt")),
    (List::Romance, include_str!("data/romance.txt")),
    (List::Brag, include_str!("data/brag.txt")),
];

static COMPILED: [OnceLock<Result<Phrases, PatternError>>; 7] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

/// The shared, compiled list (compiled on first use).
pub fn get(list: List) -> Result<&'static Phrases, PatternError> {
    let i = LISTS.iter().position(|(l, _)| *l == list).unwrap_or(0);
    COMPILED[i]
        .get_or_init(|| {
            Phrases::compile(LISTS[i].1)
                .map_err(|e| PatternError(format!("{:?} phrases: {e}", LISTS[i].0)))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Compiles every list (the engine calls this once when it is built).
pub fn compile_all() -> Result<(), PatternError> {
    for (list, _) in LISTS {
        get(list)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    #[test]
    fn every_list_compiles() {
        compile_all().unwrap();
    }

    #[test]
    fn look_alikes_block_overlapping_matches() {
        let p = Phrases::compile("item\tgift\n-item\tgift of your time\nitem\tflowers\n").unwrap();
        let t = tokenize("Thanks for the gift of your time; flowers and a gift follow.");
        let w = words_of(&t);
        let found: Vec<&str> = p
            .find("item", &w, 0, w.len())
            .iter()
            .map(|&(a, _)| w[a])
            .collect();
        assert_eq!(found, ["flowers", "gift"]);
        assert!(p.find("nope", &w, 0, w.len()).is_empty());
    }

    #[test]
    fn the_end_mark_lets_a_pattern_require_the_end() {
        let p = Phrases::compile("act\tquit .\n").unwrap();
        let t = tokenize("Marta, I quit");
        let w = words_of(&t);
        assert!(p.has("act", &w, 0, w.len()));
        let t = tokenize("I quit smoking");
        let w = words_of(&t);
        assert!(!p.has("act", &w, 0, w.len()));
    }

    #[test]
    fn a_kind_with_only_look_alikes_is_an_error() {
        assert!(Phrases::compile("-item\tgift of\n").is_err());
    }
}
