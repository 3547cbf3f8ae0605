//! A small phrase-pattern language over folded tokens, for the phrase lists
//! in `src/text/data/`. Matching walks tokens, never backtracks more than a
//! pattern's few slots, and so is linear in the text for a fixed list.
//!
//! A data line is `VALUE<TAB>PATTERN` (or just `PATTERN` for lists without
//! values). A pattern is slots separated by spaces:
//! - `word` — that folded token; `a|b|c` — any of them; `ghost*` — a prefix;
//! - `[a|b]` — an optional slot;
//! - `~3` — up to three arbitrary word tokens;
//! - `@name` — a word class, defined on its own line as `@name = a|b|c*`.
//!
//! Lines starting with `#` are comments. The first slot must be a plain word
//! slot (so patterns can be indexed by their first token).

use super::fasthash::{FastMap, WordFilter};
use std::collections::HashMap;

/// A map keyed by words (the shared fast hasher of [`super::fasthash`]).
pub type WordMap<V> = FastMap<String, V>;

/// The lines of a data file whose kind (the part before the tab) is one of
/// `kinds`, with the class definitions (`@name = …`) and comments kept.
pub fn only_kinds(src: &str, kinds: &[&str]) -> String {
    select(src, |kind| kinds.contains(&kind))
}

/// The lines of a data file whose kind is not one of `kinds` (classes kept).
pub fn except_kinds(src: &str, kinds: &[&str]) -> String {
    select(src, |kind| !kinds.contains(&kind))
}

fn select(src: &str, keep: impl Fn(&str) -> bool) -> String {
    src.lines()
        .filter(|l| match l.split_once('\t') {
            Some((kind, _)) if !l.starts_with('#') && !l.starts_with('@') => keep(kind.trim()),
            _ => true,
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

#[derive(Debug, Clone)]
enum Slot {
    /// Any of these words, or a word starting with any of these prefixes.
    Words {
        exact: Vec<String>,
        prefixes: Vec<String>,
    },
    Optional(Box<Slot>),
    Gap(usize),
}

impl Slot {
    fn accepts(&self, tok: &str) -> bool {
        match self {
            Slot::Words { exact, prefixes } => {
                exact.iter().any(|w| w == tok)
                    || prefixes.iter().any(|p| {
                        p.as_bytes().first() == tok.as_bytes().first()
                            && tok.starts_with(p.as_str())
                    })
            }
            Slot::Optional(s) => s.accepts(tok),
            Slot::Gap(_) => true,
        }
    }
}

/// One match: token range `[start, end)` and the pattern's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match<'a, T> {
    /// First token index.
    pub start: usize,
    /// One past the last token index.
    pub end: usize,
    /// The value of the pattern.
    pub value: &'a T,
    /// Index of the pattern in its file (for tests and debugging).
    pub pattern: usize,
}

/// A compiled list of patterns with values.
#[derive(Debug, Clone)]
pub struct PatternSet<T> {
    patterns: Vec<(Vec<Slot>, T)>,
    by_first: WordMap<Vec<usize>>,
    /// The keys of `by_first`, to skip looking up most other words.
    first_filter: WordFilter,
    by_prefix: Vec<(String, usize)>,
}

/// A compile error: the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError(pub String);

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn parse_words(
    spec: &str,
    classes: &HashMap<String, Vec<String>>,
    line: usize,
) -> Result<Slot, PatternError> {
    let mut exact = Vec::new();
    let mut prefixes = Vec::new();
    for alt in spec.split('|') {
        if alt.is_empty() {
            return Err(PatternError(format!(
                "line {line}: empty alternative in {spec:?}"
            )));
        }
        let items: Vec<String> = if let Some(name) = alt.strip_prefix('@') {
            classes
                .get(name)
                .cloned()
                .ok_or_else(|| PatternError(format!("line {line}: unknown class @{name}")))?
        } else {
            vec![alt.to_string()]
        };
        for w in items {
            // Tokens carry no possessive 's (see tokens.rs); nor do pattern words.
            let folded = super::fold::fold(&w);
            let folded = match folded.strip_suffix("'s") {
                Some(base) if base.len() > 1 && !super::tokens::is_contraction(&folded) => {
                    base.to_string()
                }
                _ => folded,
            };
            match folded.strip_suffix('*') {
                Some(p) if !p.is_empty() => prefixes.push(p.to_string()),
                _ => exact.push(folded),
            }
        }
    }
    Ok(Slot::Words { exact, prefixes })
}

impl<T> PatternSet<T> {
    /// Compiles `src`; `value` parses the part before the tab (an empty
    /// string when the line has no tab).
    pub fn compile(
        src: &str,
        mut value: impl FnMut(&str) -> Result<T, String>,
    ) -> Result<PatternSet<T>, PatternError> {
        let mut classes: HashMap<String, Vec<String>> = HashMap::new();
        let mut set = PatternSet {
            patterns: Vec::new(),
            by_first: WordMap::default(),
            first_filter: WordFilter::default(),
            by_prefix: Vec::new(),
        };
        for (n, raw) in src.lines().enumerate() {
            let line = n + 1;
            let text = raw.trim();
            if text.is_empty() || text.starts_with('#') {
                continue;
            }
            if let Some(def) = text.strip_prefix('@') {
                let (name, words) = def
                    .split_once('=')
                    .ok_or_else(|| PatternError(format!("line {line}: class without '='")))?;
                let mut list = Vec::new();
                for w in words.split('|').map(str::trim).filter(|w| !w.is_empty()) {
                    if w.contains(char::is_whitespace) {
                        return Err(PatternError(format!(
                            "line {line}: a class holds single words, not {w:?}"
                        )));
                    }
                    if let Some(inner) = w.strip_prefix('@') {
                        let more = classes.get(inner).cloned().ok_or_else(|| {
                            PatternError(format!("line {line}: unknown class @{inner}"))
                        })?;
                        list.extend(more);
                    } else {
                        list.push(w.to_string());
                    }
                }
                classes.insert(name.trim().to_string(), list);
                continue;
            }
            let (val, pat) = match raw.split_once('\t') {
                Some((v, p)) => (v.trim(), p.trim()),
                None => ("", text),
            };
            let v = value(val).map_err(|e| PatternError(format!("line {line}: {e}")))?;
            let mut slots = Vec::new();
            for part in pat.split_whitespace() {
                let slot = if let Some(n) = part.strip_prefix('~') {
                    let n: usize = n
                        .parse()
                        .map_err(|_| PatternError(format!("line {line}: bad gap {part:?}")))?;
                    if n == 0 || n > 8 {
                        return Err(PatternError(format!("line {line}: gap must be 1..8")));
                    }
                    Slot::Gap(n)
                } else if let Some(inner) = part.strip_prefix('[').and_then(|p| p.strip_suffix(']'))
                {
                    Slot::Optional(Box::new(parse_words(inner, &classes, line)?))
                } else {
                    parse_words(part, &classes, line)?
                };
                slots.push(slot);
            }
            // An optional first slot: the pattern with it and without it.
            if let Some(Slot::Optional(inner)) = slots.first().cloned() {
                let mut with = slots.clone();
                with[0] = *inner;
                let without = slots[1..].to_vec();
                let v2 = value(val).map_err(|e| PatternError(format!("line {line}: {e}")))?;
                set.add(with, v, line, pat)?;
                set.add(without, v2, line, pat)?;
                continue;
            }
            set.add(slots, v, line, pat)?;
        }
        Ok(set)
    }

    fn add(&mut self, slots: Vec<Slot>, v: T, line: usize, pat: &str) -> Result<(), PatternError> {
        let set = self;
        {
            let idx = set.patterns.len();
            match slots.first() {
                Some(Slot::Words { exact, prefixes }) => {
                    for w in exact {
                        set.by_first.entry(w.clone()).or_default().push(idx);
                        set.first_filter.insert(w);
                    }
                    for p in prefixes {
                        set.by_prefix.push((p.clone(), idx));
                    }
                }
                _ => {
                    return Err(PatternError(format!(
                        "line {line}: a pattern must start with a word: {pat:?}"
                    )))
                }
            }
            if matches!(slots.last(), Some(Slot::Gap(_) | Slot::Optional(_))) {
                return Err(PatternError(format!(
                    "line {line}: a pattern must end with a word: {pat:?}"
                )));
            }
            set.patterns.push((slots, v));
        }
        Ok(())
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Whether there are no patterns.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every value, in file order.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.patterns.iter().map(|(_, v)| v)
    }

    /// The patterns that may start with `first`.
    fn candidates<'a>(&'a self, first: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.first_filter
            .may_contain(first)
            .then(|| self.by_first.get(first))
            .flatten()
            .into_iter()
            .flatten()
            .copied()
            .chain(
                self.by_prefix
                    .iter()
                    .filter(move |(p, _)| {
                        p.as_bytes().first() == first.as_bytes().first()
                            && first.starts_with(p.as_str())
                    })
                    .map(|(_, idx)| *idx),
            )
    }

    /// The words a pattern may start with, and the prefixes (`ghost*`).
    pub fn first_words(&self) -> (impl Iterator<Item = &str>, impl Iterator<Item = &str>) {
        (
            self.by_first.keys().map(String::as_str),
            self.by_prefix.iter().map(|(p, _)| p.as_str()),
        )
    }

    /// For each pattern, its value and words of which every match holds at
    /// least one: the alternatives of its least common required slot (one
    /// without prefixes, preferring one without any word of `common`). None
    /// when every required slot has a prefix. A text none of whose words is
    /// among a pattern's key words cannot match it.
    pub fn key_words<'a>(&'a self, common: &[&str]) -> Vec<(&'a T, Option<Vec<&'a str>>)> {
        self.patterns
            .iter()
            .map(|(slots, v)| {
                let key = slots
                    .iter()
                    .filter_map(|s| match s {
                        Slot::Words { exact, prefixes } if prefixes.is_empty() => Some(exact),
                        _ => None,
                    })
                    .min_by_key(|exact| {
                        let commons = exact
                            .iter()
                            .filter(|w| common.contains(&w.as_str()))
                            .count();
                        (commons, exact.len())
                    })
                    .map(|exact| exact.iter().map(String::as_str).collect());
                (v, key)
            })
            .collect()
    }

    /// The longest match of any pattern starting exactly at token `i`
    /// (tokens are folded forms; `words[i]`), or None.
    pub fn longest_at<'a, S: AsRef<str>>(&'a self, words: &[S], i: usize) -> Option<Match<'a, T>> {
        let first = words.get(i)?.as_ref();
        let mut best: Option<Match<'a, T>> = None;
        for p in self.candidates(first) {
            let (slots, v) = &self.patterns[p];
            if let Some(end) = match_slots(slots, words, i) {
                if best.as_ref().is_none_or(|b| end > b.end) {
                    best = Some(Match {
                        start: i,
                        end,
                        value: v,
                        pattern: p,
                    });
                }
            }
        }
        best
    }

    /// Leftmost-longest, non-overlapping matches in `words[from..to]`.
    pub fn find_all<'a, S: AsRef<str>>(
        &'a self,
        words: &[S],
        from: usize,
        to: usize,
    ) -> Vec<Match<'a, T>> {
        let to = to.min(words.len());
        let mut out = Vec::new();
        let mut i = from;
        while i < to {
            match self.longest_at(&words[..to], i) {
                Some(m) => {
                    i = m.end.max(i + 1);
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    /// The longest match starting at every position of `words[from..to]`
    /// (matches may overlap).
    pub fn find_overlapping<'a, S: AsRef<str>>(
        &'a self,
        words: &[S],
        from: usize,
        to: usize,
    ) -> Vec<Match<'a, T>> {
        let to = to.min(words.len());
        (from..to)
            .filter_map(|i| self.longest_at(&words[..to], i))
            .collect()
    }

    /// Whether any pattern matches in `words[from..to]`.
    pub fn any<S: AsRef<str>>(&self, words: &[S], from: usize, to: usize) -> bool {
        let to = to.min(words.len());
        (from..to).any(|i| self.longest_at(&words[..to], i).is_some())
    }
}

/// Longest end position for `slots` matched from token `i`.
fn match_slots<S: AsRef<str>>(slots: &[Slot], words: &[S], i: usize) -> Option<usize> {
    let Some((slot, rest)) = slots.split_first() else {
        return Some(i);
    };
    match slot {
        Slot::Words { .. } => {
            let w = words.get(i)?.as_ref();
            if slot.accepts(w) {
                match_slots(rest, words, i + 1)
            } else {
                None
            }
        }
        Slot::Optional(inner) => {
            let with = words
                .get(i)
                .filter(|w| inner.accepts(w.as_ref()))
                .and_then(|_| match_slots(rest, words, i + 1));
            let without = match_slots(rest, words, i);
            with.max(without)
        }
        Slot::Gap(n) => {
            let mut best = None;
            for skip in 0..=*n {
                if skip > 0 {
                    // Gaps skip words only, never sentence punctuation.
                    match words.get(i + skip - 1) {
                        Some(w) if is_wordish(w.as_ref()) => {}
                        _ => break,
                    }
                }
                if let Some(end) = match_slots(rest, words, i + skip) {
                    best = best.max(Some(end));
                }
            }
            best
        }
    }
}

fn is_wordish(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(src: &str) -> PatternSet<String> {
        PatternSet::compile(src, |v| Ok(v.to_string())).unwrap()
    }

    fn words(s: &str) -> Vec<String> {
        crate::text::tokens::tokenize(s)
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn slots_alternatives_optionals_gaps_and_classes() {
        let s = set("@news = update|updates|news\nA\t[is|are] there any|an @news\nB\tghost* me\nC\twhen ~3 hear back\n");
        let w = words("Is there any news? They ghosted me. When will I hear back");
        let found: Vec<_> = s
            .find_all(&w, 0, w.len())
            .iter()
            .map(|m| m.value.clone())
            .collect();
        assert_eq!(found, ["A", "B", "C"]);
    }

    #[test]
    fn gaps_do_not_cross_punctuation() {
        let s = set("X\twhen ~3 hear back");
        let w = words("when, frankly, hear back");
        assert!(s.find_all(&w, 0, w.len()).is_empty());
    }

    #[test]
    fn bad_patterns_fail_at_compile_time() {
        for bad in [
            "x\t[a]",
            "x\t~2 b",
            "x\ta ~2",
            "x\ta ~99 b",
            "x\t@nope b",
            "@c a",
        ] {
            assert!(
                PatternSet::compile(bad, |v| Ok(v.to_string())).is_err(),
                "{bad}"
            );
        }
    }
}
