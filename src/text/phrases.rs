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

use super::fasthash::WordFilter;
use super::pattern::{only_kinds, PatternError, PatternSet, WordMap};
use super::tokens::{Sentence, Token};
use std::sync::OnceLock;

/// One compiled data file: a pattern set per kind.
pub struct Phrases {
    /// Which list this is (its column in [`Lookups`]).
    index: usize,
    /// Kind names, in file order; a kind's index is its bit in the masks.
    names: Vec<String>,
    /// For each kind: its patterns (value `true`) and its look-alikes (`false`).
    sets: Vec<PatternSet<bool>>,
    /// For each word a pattern starts with, the kinds that have such a pattern.
    starters: WordMap<u64>,
    /// The same for prefixes (`ghost*`).
    prefixes: Vec<(String, u64)>,
    /// For each key word, the kinds of which every match holds one of their
    /// key words ([`PatternSet::key_words`]).
    keys: WordMap<u64>,
    /// Kinds with a pattern that has no key words (never skipped).
    unkeyed: u64,
}

/// Words too common to make good keys (a sentence nearly always has one).
const COMMON: &[&str] = &[
    "a", "an", "the", "i", "i'm", "i'd", "i'll", "i've", "you", "your", "me", "my", "we", "to",
    "of", "in", "on", "for", "and", "or", "is", "are", "was", "be", "it", "that", "this", "with",
    "have", "has", "had", "not", "so", "do", "will", "would", "can", "could", "at", "as", "if",
    ".", ",", "!", "?",
];

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
        if names.len() > 64 {
            return Err(PatternError(format!("{} kinds; at most 64", names.len())));
        }
        let mut phrases = Phrases {
            index: 0,
            names: Vec::new(),
            sets: Vec::new(),
            starters: WordMap::default(),
            prefixes: Vec::new(),
            keys: WordMap::default(),
            unkeyed: 0,
        };
        for (k, base) in names.into_iter().enumerate() {
            let negative = format!("-{base}");
            let set = PatternSet::compile(&only_kinds(src, &[base, &negative]), |v| {
                Ok(!v.starts_with('-'))
            })?;
            if !set.values().any(|v| *v) {
                return Err(PatternError(format!(
                    "kind {base:?} has look-alikes but no patterns"
                )));
            }
            let bit = 1u64 << k;
            let (exact, prefixes) = set.first_words();
            for w in exact {
                *phrases.starters.entry(w.to_string()).or_default() |= bit;
            }
            for p in prefixes {
                phrases.prefixes.push((p.to_string(), bit));
            }
            for (positive, key) in set.key_words(COMMON) {
                match key {
                    _ if !*positive => {}
                    Some(words) => {
                        for w in words {
                            *phrases.keys.entry(w.to_string()).or_default() |= bit;
                        }
                    }
                    None => phrases.unkeyed |= bit,
                }
            }
            phrases.names.push(base.to_string());
            phrases.sets.push(set);
        }
        Ok(phrases)
    }

    /// Prepares a search of `words` (the kinds each word may start, looked
    /// up once).
    pub fn scan<'w>(&'w self, words: &'w [&'w str]) -> Scan<'w> {
        let masks: Vec<Masks> = words.iter().map(|w| self.masks(w)).collect();
        Scan {
            phrases: self,
            words,
            starts: masks.iter().map(|m| m.start).collect(),
            keys: masks.iter().map(|m| m.key).collect(),
        }
    }

    /// The kinds `word` may start, and those it is a key word of.
    fn masks(&self, word: &str) -> Masks {
        let mut start = self.starters.get(word).copied().unwrap_or(0);
        for (p, bit) in &self.prefixes {
            if word.starts_with(p.as_str()) {
                start |= bit;
            }
        }
        Masks {
            start,
            key: self.keys.get(word).copied().unwrap_or(0),
        }
    }

    /// As [`Phrases::scan`], with the words already looked up in every list
    /// ([`lookups`]; a message keeps them, so each word is looked up once).
    pub fn scan_with<'w>(&'w self, words: &'w [&'w str], lookups: &Lookups) -> Scan<'w> {
        if lookups.ids.len() != words.len() {
            return self.scan(words);
        }
        let entries = &vocabulary().entries;
        let masks = |id: u32| {
            entries
                .get(id as usize)
                .map(|e| e[self.index])
                .unwrap_or_default()
        };
        let mut starts: Vec<u64> = lookups.ids.iter().map(|&id| masks(id).start).collect();
        for &(i, list, bits) in &lookups.prefixed {
            if list == self.index {
                starts[i] |= bits;
            }
        }
        Scan {
            phrases: self,
            words,
            starts,
            keys: lookups.ids.iter().map(|&id| masks(id).key).collect(),
        }
    }

    /// Matches of `kind` in `words[from..to]` (see [`Scan::find`]).
    pub fn find<S: AsRef<str>>(
        &self,
        kind: &str,
        words: &[S],
        from: usize,
        to: usize,
    ) -> Vec<(usize, usize)> {
        let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
        self.scan(&words).find(kind, from, to)
    }

    /// Whether `kind` matches anywhere in `words[from..to]`.
    pub fn has<S: AsRef<str>>(&self, kind: &str, words: &[S], from: usize, to: usize) -> bool {
        !self.find(kind, words, from, to).is_empty()
    }

    fn kind(&self, kind: &str) -> Option<usize> {
        self.names.iter().position(|n| n == kind)
    }
}

/// What one word means to one list: the kinds it may start (bits) and
/// the kinds it is a key word of.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Masks {
    /// Kinds with a pattern that may start with the word.
    pub start: u64,
    /// Kinds with a pattern for which the word is a key word.
    pub key: u64,
}

/// A search of one text's words for the kinds of one list.
pub struct Scan<'w> {
    phrases: &'w Phrases,
    words: &'w [&'w str],
    starts: Vec<u64>,
    keys: Vec<u64>,
}

impl Scan<'_> {
    /// Whether `kind` (bit `bit`) may match in `words[from..to]`: it has a
    /// pattern without key words, or one of its key words is there.
    fn possible(&self, bit: u64, from: usize, to: usize) -> bool {
        self.phrases.unkeyed & bit != 0
            || self
                .keys
                .get(from..to)
                .is_some_and(|ks| ks.iter().any(|k| k & bit != 0))
    }

    /// Matches of `kind` in `words[from..to]`, leftmost-longest and not
    /// overlapping, without those that overlap one of the kind's look-alikes.
    /// An unknown kind matches nothing.
    pub fn find(&self, kind: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
        let Some(k) = self.phrases.kind(kind) else {
            return Vec::new();
        };
        let (bit, set) = (1u64 << k, &self.phrases.sets[k]);
        let to = to.min(self.words.len());
        if from >= to || !self.possible(bit, from, to) {
            return Vec::new();
        }
        let all: Vec<(usize, usize, bool)> = (from..to)
            .filter(|&i| self.starts[i] & bit != 0)
            .filter_map(|i| set.longest_at(&self.words[..to], i))
            .map(|m| (m.start, m.end, *m.value))
            .collect();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &(a, b, _) in all.iter().filter(|m| m.2) {
            if all.iter().any(|&(x, y, v)| !v && a < y && x < b) {
                continue;
            }
            // Leftmost-longest: a match inside the previous one is dropped.
            if out.last().is_some_and(|&(_, e)| a < e) {
                continue;
            }
            out.push((a, b));
        }
        out
    }

    /// Whether `kind` matches anywhere in `words[from..to]`.
    pub fn has(&self, kind: &str, from: usize, to: usize) -> bool {
        !self.find(kind, from, to).is_empty()
    }

    /// Whether any of `kinds` may match somewhere in the text (one of its key
    /// words is there, and a word its patterns start with): a cheap test
    /// that lets a rule skip texts that cannot hold its phrases.
    pub fn may_match(&self, kinds: &[&str]) -> bool {
        kinds.iter().filter_map(|k| self.phrases.kind(k)).any(|k| {
            let bit = 1u64 << k;
            self.possible(bit, 0, self.words.len()) && self.starts.iter().any(|s| s & bit != 0)
        })
    }

    /// Whether the longest match of `kind` at `i` (within `..to`) is one of
    /// its patterns, not a look-alike.
    pub fn starts_at(&self, kind: &str, i: usize, to: usize) -> bool {
        let Some(k) = self.phrases.kind(kind) else {
            return false;
        };
        let to = to.min(self.words.len());
        i < to
            && self.starts[i] & (1u64 << k) != 0
            && self.phrases.sets[k]
                .longest_at(&self.words[..to], i)
                .is_some_and(|m| *m.value)
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

/// How many phrase lists there are.
pub const LIST_COUNT: usize = 7;

const LISTS: [(List, &str); LIST_COUNT] = [
    (List::Stance, include_str!("data/stance.txt")),
    (List::Resignation, include_str!("data/resignation.txt")),
    (List::Gift, include_str!("data/gift.txt")),
    (List::Visit, include_str!("data/visit.txt")),
    (List::Demands, include_str!("data/demands.txt")),
    (List::Romance, include_str!("data/romance.txt")),
    (List::Brag, include_str!("data/brag.txt")),
];

static COMPILED: [OnceLock<Result<Phrases, PatternError>>; LIST_COUNT] = [
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
                .map(|p| Phrases { index: i, ..p })
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
    vocabulary();
    Ok(())
}

/// Every word any list's patterns start with or hold as a key word, with
/// its [`Masks`] for each list.
struct Vocabulary {
    /// Word → index into `entries` (0 is the entry of all other words).
    ids: WordMap<u32>,
    /// The keys of `ids` (most words of a text are not among them).
    filter: WordFilter,
    entries: Vec<[Masks; LIST_COUNT]>,
    prefixes: Vec<(String, usize, u64)>,
}

static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();

fn vocabulary() -> &'static Vocabulary {
    VOCABULARY.get_or_init(|| {
        let mut v = Vocabulary {
            ids: WordMap::default(),
            filter: WordFilter::default(),
            entries: vec![[Masks::default(); LIST_COUNT]],
            prefixes: Vec::new(),
        };
        for (i, (list, _)) in LISTS.iter().enumerate() {
            let Ok(p) = get(*list) else { continue };
            for w in p.starters.keys().chain(p.keys.keys()) {
                let next = u32::try_from(v.entries.len()).unwrap_or(0);
                let id = *v.ids.entry(w.clone()).or_insert(next);
                v.filter.insert(w);
                if id == next {
                    v.entries.push([Masks::default(); LIST_COUNT]);
                }
                if let Some(e) = v.entries.get_mut(id as usize) {
                    e[i] = p.masks(w);
                }
            }
            for (prefix, bits) in &p.prefixes {
                v.prefixes.push((prefix.clone(), i, *bits));
            }
        }
        v
    })
}

/// The words of a text looked up once in every list: for each word, its
/// entry in the shared vocabulary, and the prefixes (`resign*`) it has.
#[derive(Debug, Clone, Default)]
pub struct Lookups {
    ids: Vec<u32>,
    /// (word index, list, kinds) for words that start with a prefix.
    prefixed: Vec<(usize, usize, u64)>,
}

/// Looks each of `words` up once in every list (for [`Phrases::scan_with`]).
pub fn lookups(words: &[&str]) -> Lookups {
    let v = vocabulary();
    let mut out = Lookups {
        ids: Vec::with_capacity(words.len()),
        prefixed: Vec::new(),
    };
    for (k, w) in words.iter().enumerate() {
        let id = v.filter.may_contain(w).then(|| v.ids.get(*w)).flatten();
        out.ids.push(id.copied().unwrap_or(0));
        let first = w.as_bytes().first();
        for (p, list, bits) in &v.prefixes {
            if p.as_bytes().first() == first && w.starts_with(p.as_str()) {
                out.prefixed.push((k, *list, *bits));
            }
        }
    }
    out
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

    /// `Scan::find` without the start masks and key words: every position.
    fn naive_find(p: &Phrases, k: usize, words: &[&str]) -> Vec<(usize, usize)> {
        let all: Vec<(usize, usize, bool)> = (0..words.len())
            .filter_map(|i| p.sets[k].longest_at(words, i))
            .map(|m| (m.start, m.end, *m.value))
            .collect();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &(a, b, _) in all.iter().filter(|m| m.2) {
            if all.iter().any(|&(x, y, v)| !v && a < y && x < b) {
                continue;
            }
            if out.last().is_some_and(|&(_, e)| a < e) {
                continue;
            }
            out.push((a, b));
        }
        out
    }

    #[test]
    fn skipping_by_start_and_key_words_finds_the_same() {
        let texts = [
            "Hi Marta, I've decided to resign; my last day will be 8 December.",
            "My notice period is one month, so I could start in January.",
            "I'll swing by the Acme office tomorrow with a box of chocolates for the team.",
            "Could I pop round to reception? I'd love to meet in person at your office.",
            "I need $80 a month for internet and a four-day week is non-negotiable.",
            "You looked gorgeous on the call, are you single? Drinks sometime, my treat 😉",
            "Nailed my final round at Stark! Fingers crossed for the offer 🚀",
            "If Acme makes an offer, I won't hand in my notice until it is in writing.",
            "Thank you for the gift of your time; I quit smoking and resigned myself to it.",
            "",
            "😀 ?? … — résumé naïve O'Connor-Hart 130k $ 2023",
        ];
        for (list, _) in LISTS {
            let p = get(list).unwrap();
            for text in texts {
                let t = tokenize(text);
                let w = words_of(&t);
                let looked_up = lookups(&w);
                for (k, kind) in p.names.iter().enumerate() {
                    let want = naive_find(p, k, &w);
                    assert_eq!(
                        p.scan(&w).find(kind, 0, w.len()),
                        want,
                        "{list:?} {kind}: {text}"
                    );
                    assert_eq!(
                        p.scan_with(&w, &looked_up).find(kind, 0, w.len()),
                        want,
                        "{list:?} {kind} (shared lookups): {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_kind_with_only_look_alikes_is_an_error() {
        assert!(Phrases::compile("-item\tgift of\n").is_err());
    }
}
