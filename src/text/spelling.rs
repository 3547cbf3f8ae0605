//! Spelling: which words of a text are misspelt, with suggestions.
//!
//! The dictionary is Hunspell's English (SCOWL) from the npm packages
//! `dictionary-en` and `dictionary-en-gb`, merged by `build.rs` into one word
//! list that accepts American and British spellings alike, plus our own
//! additions in `data/spelling-extra.dic`. It is read by the `spellbook`
//! crate once per process (or WASM instance) and shared by every engine.
//!
//! Deciding what *not* to check matters more than the dictionary: names,
//! companies, addresses, links, acronyms and code are not words a
//! dictionary knows. [`Speller::misspellings`] skips:
//! - words the caller knows ([`Speller::misspellings`]'s `known`: tracked
//!   people, companies, recipients);
//! - email addresses, URLs, domains and file names (`acme.com`,
//!   `index.js`), paths, handles (`@jane`) and hashtags, anything between
//!   backticks, and tokens with `_`, `/`, `=`, brackets or other code
//!   characters;
//! - acronyms (`SQL`), words with inner capitals (`iOS`, `GitHub`,
//!   `camelCase`), words with digits, words of one or two letters;
//! - capitalised words inside a sentence (proper nouns: "I met Ngozi");
//!   a capitalised word at the start of a sentence only counts as misspelt
//!   when it is one slip (two letters swapped, a letter left out inside the
//!   word, a doubled letter) away from a common word ("Thier team…"), or
//!   from any word when it is long and starts a real sentence
//!   ("Unfortunatly I…"); a lower-case word alone on its line, or after a
//!   greeting in a text without capitals ("hi ana"), is a name too;
//! - unknown words in short quotes (a term or a command: "the 'kubectl'
//!   tool"); words with diacritics or in another script that the
//!   dictionary does not know once their accents are removed;
//! - words with no plausible correction (an unknown term, not a typo), and
//!   every word of a text that does not read as English.

use super::fold::is_mark;
use super::tokens::{Kind, Token};
use foldhash::fast::FixedState;
use spellbook::Dictionary;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::{Mutex, OnceLock};

const AFF: &str = include_str!(concat!(env!("OUT_DIR"), "/en.aff"));
/// The merged word list, front-coded by `build.rs` (see [`decode_dic`]).
const DIC: &str = include_str!(concat!(env!("OUT_DIR"), "/en.dic"));
const EXTRA: &str = include_str!("data/spelling-extra.dic");
const COMMON: &str = include_str!("data/common-words.txt");
const NEVER_SUGGEST: &str = include_str!("data/spelling-never-suggest.txt");

/// The .dic text from its front-coded form (`build.rs`): the first line is
/// the word count; every other line starts with one base-36 digit, the
/// number of bytes it shares with the line before, followed by the rest.
fn decode_dic(coded: &str) -> String {
    let mut out = String::with_capacity(coded.len() * 2);
    let mut lines = coded.lines();
    if let Some(count) = lines.next() {
        out.push_str(count);
        out.push('\n');
    }
    let mut prev = String::new();
    for line in lines {
        let mut chars = line.chars();
        let shared = chars.next().and_then(|c| c.to_digit(36)).unwrap_or(0) as usize;
        let shared = shared.min(prev.len());
        if prev.is_char_boundary(shared) {
            prev.truncate(shared);
        } else {
            prev.clear();
        }
        prev.push_str(chars.as_str());
        out.push_str(&prev);
        out.push('\n');
    }
    out
}

/// At most this many suggestions per misspelt word, best first.
pub const MAX_SUGGESTIONS: usize = 4;
/// Suggestions are remembered for this many distinct words per process.
const CACHE_CAPACITY: usize = 2048;
/// Suggestion look-ups per text at most (each may cost a millisecond the
/// first time a word is seen).
const MAX_LOOKUPS: usize = 40;
/// Unknown words judged per text at most (the first ones).
const MAX_UNKNOWN: usize = 400;
/// Longer "words" are keys, hashes or glued text, not words.
const MAX_WORD_BYTES: usize = 40;

/// Prefixes that may stand before a hyphen ("pre-screen", "co-founder").
const HYPHEN_PREFIXES: &[&str] = &[
    "pre", "post", "non", "co", "re", "multi", "cross", "self", "ex", "anti", "sub", "semi", "mid",
    "inter", "intra", "micro", "macro", "mini", "over", "under", "de", "bi", "tri", "ultra",
];
/// Prefixes that may be glued to a dictionary word ("reposted",
/// "underprepared"); the rest must be a word of five letters or more.
const GLUED_PREFIXES: &[&str] = &[
    "re", "pre", "co", "non", "multi", "post", "under", "over", "up", "cross", "inter", "sub",
    "semi", "micro", "self", "out",
];
/// Words after which a lower-case word is probably a name ("hi ana").
const NAME_SLOT_BEFORE: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "thanks",
    "cheers",
    "best",
    "regards",
    "sincerely",
    "yours",
];

/// The dictionary could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpellError(pub String);

impl fmt::Display for SpellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the spelling dictionary failed to load: {}", self.0)
    }
}

impl std::error::Error for SpellError {}

/// One misspelt word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelling {
    /// Byte offset of the word.
    pub start: usize,
    /// Byte offset past the word (before a possessive `'s`).
    pub end: usize,
    /// The word as written.
    pub word: String,
    /// Corrections, best first (never empty).
    pub suggestions: Vec<String>,
}

/// The English dictionary and what is derived from it, shared by every engine.
///
/// ```
/// use interview_guard::text::spelling::Speller;
/// use interview_guard::text::tokens::tokenize;
/// let speller = Speller::get().unwrap();
/// let text = "I look foward to the colour review with Ngozi (see acme.com/jobz).";
/// let found = speller.misspellings(text, &tokenize(text), &|_| false);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].word, "foward");
/// assert_eq!(found[0].suggestions[0], "forward");
/// assert_eq!(&text[found[0].start..found[0].end], "foward");
/// ```
pub struct Speller {
    dict: Dictionary<FixedState>,
    common: HashSet<&'static str, FixedState>,
    never_suggest: HashSet<&'static str, FixedState>,
    /// Suggestions by lower-case word: typing re-checks the same text many
    /// times, and a suggestion costs far more than a check.
    cache: Mutex<HashMap<String, Vec<String>>>,
}

static SPELLER: OnceLock<Result<Speller, SpellError>> = OnceLock::new();

impl Speller {
    /// The shared speller, loaded on first use (once per process).
    pub fn get() -> Result<&'static Speller, SpellError> {
        SPELLER
            .get_or_init(Speller::load)
            .as_ref()
            .map_err(Clone::clone)
    }

    fn load() -> Result<Speller, SpellError> {
        let dic = decode_dic(DIC);
        let mut dict = Dictionary::new_with_hasher(AFF, &dic, FixedState::default())
            .map_err(|e| SpellError(e.to_string()))?;
        for (n, line) in EXTRA.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            dict.add(line)
                .map_err(|e| SpellError(format!("spelling-extra.dic line {}: {e}", n + 1)))?;
        }
        let list = |src: &'static str| {
            src.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect::<HashSet<&'static str, FixedState>>()
        };
        Ok(Speller {
            dict,
            common: list(COMMON),
            never_suggest: list(NEVER_SUGGEST),
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// Whether `word` (one word as written) is spelt right: in the
    /// dictionary as written, or as a lower-case word capitalised ("monday"),
    /// accents aside ("résumé"). Words the dictionary cannot judge (digits,
    /// another script) count as right.
    pub fn is_correct(&self, word: &str) -> bool {
        // Plain ASCII words (nearly all) need no conversion.
        if word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'\'') {
            return self.in_dictionary(word);
        }
        let Some(word) = checkable(word) else {
            return true;
        };
        self.in_dictionary(&word)
    }

    /// Whether a lower-case word is one of the common words.
    pub fn is_common(&self, lower: &str) -> bool {
        self.common.contains(lower)
    }

    fn in_dictionary(&self, word: &str) -> bool {
        if self.dict.check(word) {
            return true;
        }
        // A proper noun typed in lower case is a matter of capitals, not spelling.
        let mut chars = word.chars();
        match chars.next() {
            Some(c) if c.is_lowercase() => {
                let title: String = c.to_uppercase().chain(chars).collect();
                self.dict.check(&title)
            }
            _ => false,
        }
    }

    /// Corrections for a misspelt word, best first, at most
    /// [`MAX_SUGGESTIONS`]; empty when nothing close enough is found.
    pub fn suggest(&self, word: &str) -> Vec<String> {
        let Some(word) = checkable(word) else {
            return Vec::new();
        };
        let lower = word.to_lowercase();
        let cached = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&lower)
            .cloned();
        let list = match cached {
            Some(list) => list,
            None => {
                let list = self.rank(&lower);
                let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
                if cache.len() >= CACHE_CAPACITY {
                    cache.clear();
                }
                cache.insert(lower.clone(), list.clone());
                list
            }
        };
        let title = word.chars().next().is_some_and(char::is_uppercase);
        list.into_iter()
            // A name is no correction for a lower-case word ("saludo" is
            // not "Salado"); a capitalised one may be one.
            .filter(|s| title || !s.chars().next().is_some_and(char::is_uppercase))
            .map(|s| if title { capitalise(&s) } else { s })
            .take(MAX_SUGGESTIONS)
            .collect()
    }

    /// Hunspell's suggestions (without its slow n-gram pass), filtered to
    /// plausible ones and ranked: fewest edits, then the usual slips (two
    /// letters swapped, a doubled letter, a missing space), then common
    /// words ("a lot" before "allot"), one word before two, then a letter
    /// left out ("happend" → "happened").
    fn rank(&self, lower: &str) -> Vec<String> {
        let mut raw = Vec::new();
        self.dict
            .suggester()
            .with_ngram_suggestions(false)
            .suggest(lower, &mut raw);
        if raw.is_empty() {
            // Two slips in one word ("tommorow"): Hunspell's n-gram pass
            // finds those but reads the whole word list (milliseconds);
            // the common words close enough are found far faster.
            let len = lower.len();
            let mut close: Vec<(usize, &str)> = self
                .common
                .iter()
                .filter(|w| w.len().abs_diff(len) <= 2)
                .map(|w| (distance(lower, w), *w))
                .filter(|&(d, _)| d <= 2)
                .collect();
            close.sort_unstable();
            raw.extend(close.into_iter().map(|(_, w)| w.to_string()));
        }
        let len = lower.chars().count();
        let limit = match len {
            0..=4 => 1,
            5..=8 => 2,
            _ => 3,
        };
        let mut scored: Vec<Scored> = Vec::new();
        let lowered: HashSet<String> = raw
            .iter()
            .filter(|s| !s.chars().next().is_some_and(char::is_uppercase))
            .cloned()
            .collect();
        let spaced: HashSet<String> = raw.iter().filter(|s| s.contains(' ')).cloned().collect();
        for (i, s) in raw.into_iter().enumerate() {
            let s_lower = s.to_lowercase();
            // "use-full" beside "use full": one is enough.
            if s.contains('-') && spaced.contains(&s.replace('-', " ")) {
                continue;
            }
            // "Coward" beside "coward": the common noun is enough.
            let shadowed = s != s_lower && lowered.contains(&s_lower);
            let base = s_lower.strip_suffix('s').unwrap_or(&s_lower);
            if s_lower == lower
                || shadowed
                || self.never_suggest.contains(s_lower.as_str())
                || self.never_suggest.contains(base)
                || scored.iter().any(|x| x.word == s)
            {
                continue;
            }
            // "occur ed", "per-suing": split suggestions only when every part
            // is a common word ("thank you").
            if s.contains([' ', '-']) {
                let parts_common = s_lower
                    .split([' ', '-'])
                    .all(|p| p == "a" || p == "i" || self.is_common(p));
                if !parts_common {
                    continue;
                }
            }
            let d = distance(lower, &s_lower);
            if d > limit {
                continue;
            }
            // The slips people make most: two letters swapped, a doubled
            // letter missed or repeated, then a letter left out.
            // A missing space ("alot", "thankyou") is a slip too.
            let split = s.contains(' ');
            let slip = swapped_neighbours(lower, &s_lower)
                || doubled_letter_fix(lower, &s_lower)
                || split && s_lower.replace(' ', "") == lower;
            let omission = is_subsequence(lower, &s_lower);
            scored.push(Scored {
                edits: d,
                not_slip: !slip,
                not_common: !(split || self.is_common(&s_lower)),
                split,
                not_omission: !omission,
                order: i,
                word: s,
            });
        }
        scored.sort();
        scored
            .into_iter()
            .take(MAX_SUGGESTIONS * 2)
            .map(|x| x.word)
            .collect()
    }

    /// Whether the best correction of a lower-case word (names aside) is
    /// one slip away: two letters swapped, a doubled letter, a letter left
    /// out ("unfortunatly" → "unfortunately").
    fn one_slip_from_a_word(&self, lower: &str) -> bool {
        self.suggest(lower).first().is_some_and(|s| {
            distance(lower, s) == 1
                && (swapped_neighbours(lower, s)
                    || doubled_letter_fix(lower, s)
                    || inner_letter_left_out(lower, s))
        })
    }

    /// A common word that `lower` is one slip away from: two neighbouring
    /// letters swapped ("thier"), a letter left out ("foward"), or a letter
    /// doubled ("untill"). Other edits (a letter changed, one added) are
    /// left out on purpose: they are also what sets a name apart from a word
    /// ("Noor" and "door", "Theo" and "the").
    pub fn common_slip(&self, lower: &str) -> Option<&'static str> {
        let chars: Vec<char> = lower.chars().collect();
        let n = chars.len();
        let mut buf = String::with_capacity(lower.len() + 1);
        let mut found = None;
        let mut try_word = |buf: &String| {
            if found.is_none() {
                found = self.common.get(buf.as_str()).copied();
            }
        };
        for i in 0..n {
            // A doubled letter: drop one of the two.
            if i > 0 && chars[i] == chars[i - 1] {
                buf.clear();
                buf.extend(chars[..i].iter().chain(&chars[i + 1..]));
                try_word(&buf);
            }
            // Two neighbours swapped.
            if i + 1 < n && chars[i] != chars[i + 1] {
                buf.clear();
                buf.extend(&chars[..i]);
                buf.push(chars[i + 1]);
                buf.push(chars[i]);
                buf.extend(&chars[i + 2..]);
                try_word(&buf);
            }
        }
        // A letter left out inside the word (a name is often a word with a
        // letter more or less at an end: "Astrid", "astride").
        for i in 1..n {
            for c in 'a'..='z' {
                buf.clear();
                buf.extend(&chars[..i]);
                buf.push(c);
                buf.extend(&chars[i..]);
                try_word(&buf);
            }
        }
        found
    }

    /// Whether swapping two neighbouring letters of `lower` gives a common
    /// word ("teh").
    fn common_swap(&self, lower: &str) -> bool {
        let mut chars: Vec<char> = lower.chars().collect();
        (1..chars.len()).any(|i| {
            chars.swap(i - 1, i);
            let hit = self.is_common(&chars.iter().collect::<String>());
            chars.swap(i - 1, i);
            hit
        })
    }

    /// The misspelt words of `text` (tokenised as `tokens`), in order.
    /// `known(norm)` tells words that are right whatever the dictionary says
    /// (folded, lower case): names of people and companies.
    pub fn misspellings(
        &self,
        text: &str,
        tokens: &[Token],
        known: &dyn Fn(&str) -> bool,
    ) -> Vec<Misspelling> {
        // Pass 1, cheap: the words the dictionary does not know.
        let skipped = skipped_tokens(text, tokens);
        let quoted = quoted_tokens(text, tokens);
        let mut words = 0usize;
        let mut common_words = 0usize;
        let mut verdicts: HashMap<&str, bool, FixedState> = HashMap::default();
        let mut unknown: Vec<(usize, &str)> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != Kind::Word || skipped[i] {
                continue;
            }
            let ascii = t.norm.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'');
            if ascii {
                words += 1;
                if self.is_common(&t.norm) || t.norm == "i" || t.norm == "a" {
                    common_words += 1;
                    continue;
                }
            }
            let surface = strip_possessive(&text[t.start..t.end]);
            if !ascii
                || t.norm.len() < 3
                || surface.len() > MAX_WORD_BYTES
                || t.all_caps
                || surface.chars().skip(1).any(char::is_uppercase)
                || quoted[i]
            {
                continue;
            }
            if HYPHEN_PREFIXES.contains(&t.norm.as_str()) && hyphen_after(text, tokens, i) {
                continue;
            }
            // "sooo", "pleeease": stretched on purpose (a matter of tone).
            if t.norm
                .as_bytes()
                .windows(3)
                .any(|w| w[0] == w[1] && w[1] == w[2])
            {
                continue;
            }
            let right = *verdicts
                .entry(surface)
                .or_insert_with(|| self.is_correct(surface));
            if right || known(&t.norm) || self.hyphenated_word_is_right(text, tokens, i) {
                continue;
            }
            // Accents the dictionary does not know: a name or a foreign word.
            if surface
                .chars()
                .any(|c| !c.is_ascii() && !matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}'))
            {
                continue;
            }
            unknown.push((i, surface));
        }
        // A text that does not read as English (few of its words are common
        // English words) is not checked: every word would look misspelt.
        if words >= 8 && common_words * 10 < words * 3 {
            return Vec::new();
        }

        // Pass 2: which unknown words are slips, with their corrections; a
        // bounded number of look-ups, so that no text costs much.
        let mut lookups = MAX_LOOKUPS;
        let lowercase_text = !text.chars().any(char::is_uppercase);
        let mut names: Option<HashSet<&str, FixedState>> = None;
        let mut out = Vec::new();
        for (i, surface) in unknown.into_iter().take(MAX_UNKNOWN) {
            if lookups == 0 {
                break;
            }
            let t = &tokens[i];
            if self.glued_prefix_word(&t.norm) {
                lookups -= 1;
                if !self.one_slip_from_a_word(&t.norm) {
                    continue;
                }
            }
            if t.cap {
                // At the start of a sentence it may be a name too ("Noor,",
                // "Kwame and I"): only a word one slip from a common word
                // counts ("Thier team"), or from any word when it is long
                // and starts a real sentence ("Unfortunatly we"); without a
                // lower-case word after it ("Sincerly,") only a long one.
                // Elsewhere a capitalised word is a proper noun.
                if !sentence_start(text, tokens, i) {
                    continue;
                }
                let names = names.get_or_insert_with(|| {
                    (0..tokens.len())
                        .filter(|&j| tokens[j].cap && !sentence_start(text, tokens, j))
                        .map(|j| tokens[j].norm.as_str())
                        .collect()
                });
                if names.contains(t.norm.as_str()) {
                    continue;
                }
                let follows = tokens.get(i + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && (!n.cap || n.norm == "i" || n.norm.starts_with("i'"))
                        && !line_break_between(text, t, n)
                });
                let len = t.norm.len();
                let slip = if follows {
                    len >= 4 && self.common_slip(&t.norm).is_some()
                        || len == 3 && self.common_swap(&t.norm)
                        || len >= 6 && {
                            lookups -= 1;
                            self.one_slip_from_a_word(&t.norm)
                        }
                } else {
                    len >= 6 && self.common_slip(&t.norm).is_some()
                };
                if !slip || lookups == 0 {
                    continue;
                }
            } else if name_slot(text, tokens, i, lowercase_text) {
                continue;
            }
            lookups -= 1;
            let suggestions = self.suggest(surface);
            if suggestions.is_empty() {
                continue;
            }
            out.push(Misspelling {
                start: t.start,
                end: t.start + surface.len(),
                word: surface.to_string(),
                suggestions,
            });
        }
        out
    }

    /// Whether a word is a known prefix glued to a word of the dictionary
    /// ("reposted", "underprepared"); such a word is right unless it is one
    /// slip from another word ("regrads" is "regards", not "re-grads").
    fn glued_prefix_word(&self, lower: &str) -> bool {
        GLUED_PREFIXES.iter().any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|rest| rest.len() >= 5 && self.is_correct(rest))
        })
    }

    /// Whether token `i` is part of a hyphenated word the dictionary knows
    /// with its hyphens or without them ("post-mortem", "e-mail").
    fn hyphenated_word_is_right(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        let Some((a, b)) = hyphen_chain(text, tokens, i) else {
            return false;
        };
        let chain = &text[a..b];
        let joined: String = chain.chars().filter(|&c| !is_hyphen(c)).collect();
        self.is_correct(&chain.replace(is_hyphen, "-")) || self.is_correct(&joined)
    }
}

/// The word with curly apostrophes straightened and accents removed, or
/// None when it is not made of Latin letters and apostrophes.
fn checkable(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            c if c.is_ascii_alphabetic() || c == '\'' => out.push(c),
            c if c.is_ascii() => return None,
            c if is_mark(c) => {}
            c => {
                let mut base = None;
                unicode_normalization::char::decompose_canonical(c, |d| {
                    if base.is_none() {
                        base = Some(d);
                    }
                });
                match base {
                    Some(b) if b.is_ascii_alphabetic() => out.push(b),
                    _ => return None,
                }
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The word without a possessive `'s` or a plural possessive `'`.
fn strip_possessive(surface: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "\u{02BC}s", "'", "\u{2019}", "\u{02BC}"] {
        if let Some(rest) = surface.strip_suffix(suffix) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    surface
}

/// Optimal string alignment distance (edits, with swaps of neighbours).
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

/// A suggestion with what ranks it (fields compared in order).
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Scored {
    edits: usize,
    not_slip: bool,
    not_common: bool,
    split: bool,
    not_omission: bool,
    order: usize,
    word: String,
}

/// Whether `to` is `from` with two neighbouring letters swapped.
fn swapped_neighbours(from: &str, to: &str) -> bool {
    let a: Vec<char> = from.chars().collect();
    let b: Vec<char> = to.chars().collect();
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(diff.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
}

/// Whether every letter of `short` appears in `long` in order (`long` is
/// `short` with letters added: "happend" → "happened").
fn is_subsequence(short: &str, long: &str) -> bool {
    let mut it = long.chars();
    short.chars().all(|c| it.any(|d| d == c))
}

/// Whether `word` is `short` with one letter added inside it (not at
/// either end): "unfortunatly" → "unfortunately".
fn inner_letter_left_out(short: &str, word: &str) -> bool {
    let s: Vec<char> = short.chars().collect();
    let w: Vec<char> = word.chars().collect();
    if w.len() != s.len() + 1 || s.is_empty() {
        return false;
    }
    (1..s.len()).any(|i| s[..i] == w[..i] && s[i..] == w[i + 1..])
}

/// Whether `to` is `from` with one doubled letter added or removed.
fn doubled_letter_fix(from: &str, to: &str) -> bool {
    let (long, short) = if from.len() > to.len() {
        (from, to)
    } else {
        (to, from)
    };
    if long.len() != short.len() + 1 {
        return false;
    }
    let l: Vec<char> = long.chars().collect();
    (1..l.len()).any(|i| {
        l[i] == l[i - 1] && {
            let mut without = l.clone();
            without.remove(i);
            without.iter().collect::<String>() == short
        }
    })
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether a hyphen joins token `i` to the next one ("pre-screen").
fn hyphen_after(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        let gap = &text[tokens[i].end..n.start];
        !gap.is_empty() && gap.chars().all(is_hyphen)
    })
}

/// The byte range of the hyphenated word token `i` is part of, if any.
fn hyphen_chain(text: &str, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
    let mut first = i;
    while first > 0 && tokens[first - 1].is_word() && hyphen_after(text, tokens, first - 1) {
        first -= 1;
    }
    let mut last = i;
    while last + 1 < tokens.len() && tokens[last + 1].is_word() && hyphen_after(text, tokens, last)
    {
        last += 1;
    }
    (first != last).then(|| (tokens[first].start, tokens[last].end))
}

fn line_break_between(text: &str, a: &Token, b: &Token) -> bool {
    text.get(a.end..b.start).is_some_and(|g| g.contains('\n'))
}

/// Whether token `i` starts a sentence (or a line), opening quotes and
/// brackets aside.
fn sentence_start(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        let prev = &tokens[j - 1];
        if line_break_between(text, prev, &tokens[j]) {
            return true;
        }
        match prev.norm.as_str() {
            "\"" | "'" | "(" | "[" | "\u{201c}" | "*" => j -= 1,
            "." | "!" | "?" | "\u{2026}" | ":" => return true,
            _ => return false,
        }
    }
    true
}

/// Whether a lower-case token stands where a name would: alone on its line
/// (a signature), or, in a text written all in lower case (where names have
/// no capital either), right after a greeting or sign-off word ("hi ana",
/// "cheers, tom").
fn name_slot(text: &str, tokens: &[Token], i: usize, lowercase_text: bool) -> bool {
    let t = &tokens[i];
    let alone = (i == 0 || line_break_between(text, &tokens[i - 1], t))
        && tokens.get(i + 1).is_none_or(|n| {
            line_break_between(text, t, n)
                || !n.is_word()
                    && tokens
                        .get(i + 2)
                        .is_none_or(|m| line_break_between(text, n, m))
        });
    if alone || signature_line(text, t) {
        return true;
    }
    if !lowercase_text {
        return false;
    }
    let mut j = i;
    while j > 0 && matches!(tokens[j - 1].norm.as_str(), "," | "-" | "\u{2014}") {
        j -= 1;
    }
    j > 0 && NAME_SLOT_BEFORE.contains(&tokens[j - 1].norm.as_str())
}

/// Whether the token is on the text's last line and that line is a short
/// signature ("– luca ferrante", "Tom B").
fn signature_line(text: &str, t: &Token) -> bool {
    let start = text[..t.start].rfind('\n').map_or(0, |p| p + 1);
    let end = text[t.end..].find('\n').map_or(text.len(), |p| t.end + p);
    if !text[end..].trim().is_empty() || start == 0 {
        return false;
    }
    let line = text[start..end]
        .trim()
        .trim_start_matches(['-', '\u{2013}', '\u{2014}', '~'])
        .trim();
    (1..=3).contains(&line.split_whitespace().count())
}

/// Tokens inside a short quotation (at most four words): a term, a command
/// or a title ("the 'kubectl apply' step", “Clean Code”).
fn quoted_tokens(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let is_quote = |t: &Token| matches!(t.norm.as_str(), "\"" | "'" | "\u{201c}" | "\u{201d}");
    // The tokenizer reads a closing quote after an s as a plural possessive
    // ("'responsibilities'"): such a word closes the quotation itself.
    let ends_quoted =
        |t: &Token| t.possessive && text[t.start..t.end].ends_with(['\'', '\u{2019}', '\u{02BC}']);
    let mut i = 0;
    while i < tokens.len() {
        let opens = is_quote(&tokens[i])
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && !n.space_before);
        if !opens {
            i += 1;
            continue;
        }
        let close = (i + 1..tokens.len().min(i + 10)).find_map(|j| {
            if ends_quoted(&tokens[j]) {
                Some(j + 1)
            } else {
                (j > i + 1 && is_quote(&tokens[j]) && !tokens[j].space_before).then_some(j)
            }
        });
        match close {
            Some(j) if tokens[i + 1..j].iter().filter(|t| t.is_word()).count() <= 4 => {
                for q in out.iter_mut().take(j).skip(i + 1) {
                    *q = true;
                }
                i = j.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

/// Tokens never checked: code between backticks, and whitespace-free
/// chunks that are addresses, links, domains, file names, paths, handles,
/// hashtags or code.
fn skipped_tokens(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    // Backticks: ```blocks``` and `spans` (an unclosed one runs to the end of its line).
    let b = text.as_bytes();
    let mut i = 0;
    let mut code: Vec<(usize, usize)> = Vec::new();
    while let Some(k) = b[i..].iter().position(|&c| c == b'`') {
        let open = i + k;
        let fence = text[open..].starts_with("```");
        let body = open + if fence { 3 } else { 1 };
        let end = if fence {
            text[body..].find("```").map(|k| body + k + 3)
        } else {
            text[body..]
                .find(['`', '\n'])
                .map(|k| body + k + usize::from(b[body + k] == b'`'))
        }
        .unwrap_or(text.len());
        code.push((open, end));
        i = end.max(open + 1);
        if i >= b.len() {
            break;
        }
    }
    if !code.is_empty() {
        for (t, skip) in tokens.iter().zip(out.iter_mut()) {
            *skip = code.iter().any(|&(s, e)| t.start >= s && t.start < e);
        }
    }
    // Chunks: runs of tokens with no whitespace between them.
    let mut a = 0;
    while a < tokens.len() {
        let mut z = a + 1;
        while z < tokens.len() && !tokens[z].space_before {
            z += 1;
        }
        if z - a > 1 && chunk_is_not_prose(&tokens[a..z]) {
            for skip in &mut out[a..z] {
                *skip = true;
            }
        }
        a = z;
    }
    out
}

/// Whether a whitespace-free run of tokens is an address, a link, a domain,
/// a path, a handle, a hashtag or code rather than a word with punctuation.
fn chunk_is_not_prose(chunk: &[Token]) -> bool {
    let opening = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "(" | "[" | "{" | "\"" | "'" | "\u{201c}" | "<" | "*"
        )
    };
    let closing = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "." | ","
                | ";"
                | ":"
                | "!"
                | "?"
                | ")"
                | "]"
                | "}"
                | "\""
                | "'"
                | "\u{201d}"
                | ">"
                | "*"
                | "\u{2026}"
        )
    };
    let mut core = chunk;
    while let [first, rest @ ..] = core {
        if !opening(first) {
            break;
        }
        core = rest;
    }
    while let [rest @ .., last] = core {
        if !closing(last) {
            break;
        }
        core = rest;
    }
    core.iter().enumerate().any(|(k, t)| match t.norm.as_str() {
        "@" | "#" | "_" | "/" | "\\" | "=" | "<" | ">" | "{" | "}" | "[" | "]" | "|" | "~"
        | "^" | "$" | "%" | "+" | "(" | ")" | "`" => true,
        // A dot between two words: a domain, a file, "e.g".
        "." => k > 0 && core[k - 1].is_word() && core.get(k + 1).is_some_and(Token::is_word),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_front_coded_word_list_decodes() {
        assert_eq!(
            decode_dic("3\n0color/MS\n5ful\n3our/MS\n"),
            "3\ncolor/MS\ncolorful\ncolour/MS\n"
        );
        let dic = decode_dic(DIC);
        let mut lines = dic.lines();
        let count: usize = lines.next().unwrap().parse().unwrap();
        let words: Vec<&str> = lines.collect();
        assert_eq!(words.len(), count);
        assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
        assert!(words.contains(&"colour/MS") || words.iter().any(|w| w.starts_with("colour/")));
    }
    use crate::text::tokens::tokenize;

    fn speller() -> &'static Speller {
        Speller::get().expect("the dictionary loads")
    }

    fn misspelt(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        speller()
            .misspellings(text, &tokens, &|w| w == "jane" || w == "acme")
            .into_iter()
            .map(|m| m.word)
            .collect()
    }

    #[test]
    fn every_common_word_is_in_the_dictionary() {
        let s = speller();
        let bad: Vec<&str> = s
            .common
            .iter()
            .copied()
            .filter(|w| !s.dict.check(w))
            .collect();
        assert!(bad.is_empty(), "not in the dictionary: {bad:?}");
    }

    #[test]
    fn american_and_british_spellings_are_both_right() {
        let s = speller();
        for w in [
            "colour",
            "color",
            "organise",
            "organize",
            "organisation",
            "organization",
            "travelled",
            "traveled",
            "favourite",
            "favorite",
            "centre",
            "center",
            "analyse",
            "analyze",
            "licence",
            "license",
            "programme",
            "judgement",
            "judgment",
            "behaviour",
            "catalogue",
            "cheque",
        ] {
            assert!(s.is_correct(w), "{w}");
        }
    }

    #[test]
    fn additions_accept_jargon_with_its_forms() {
        let s = speller();
        for w in [
            "onboarding",
            "Kubernetes",
            "KUBERNETES",
            "onboarded",
            "roadmaps",
            "backend",
            "repos",
            "learnings",
        ] {
            assert!(s.is_correct(w), "{w}");
        }
    }

    #[test]
    fn accents_apostrophes_and_capitals() {
        let s = speller();
        for w in [
            "résumé", "café", "naïve", "don’t", "I’m", "i'm", "monday", "It's",
        ] {
            assert!(s.is_correct(w), "{w}");
        }
        assert!(!s.is_correct("foward"));
        assert!(s.is_correct("日本語"), "another script is not judged");
        assert!(s.is_correct("k8s"), "digits are not judged");
    }

    #[test]
    fn suggestions_are_ranked_best_first() {
        let s = speller();
        let first = |w: &str| s.suggest(w).first().cloned().unwrap_or_default();
        assert_eq!(first("foward"), "forward");
        assert_eq!(first("recieve"), "receive");
        assert_eq!(first("adress"), "address");
        assert_eq!(first("wich"), "which");
        assert_eq!(first("recuiter"), "recruiter");
        assert_eq!(first("untill"), "until");
        assert_eq!(first("tommorow"), "tomorrow");
        assert_eq!(first("Thier"), "Their");
        assert!(s.suggest("teh").contains(&"the".to_string()));
        assert!(s.suggest("foward").len() <= MAX_SUGGESTIONS);
        assert!(
            !s.suggest("occured").iter().any(|x| x.contains(' ')),
            "no split into non-words"
        );
    }

    #[test]
    fn finds_typos_with_their_spans() {
        let text = "I look foward to hearing from you.";
        let tokens = tokenize(text);
        let m = speller().misspellings(text, &tokens, &|_| false);
        assert_eq!(m.len(), 1);
        assert_eq!(&text[m[0].start..m[0].end], "foward");
        assert_eq!(m[0].suggestions[0], "forward");
        assert_eq!(
            misspelt("Thank you for the intervew, I realy apreciate it."),
            ["intervew", "realy", "apreciate"]
        );
        assert_eq!(misspelt("Thier team was great."), ["Thier"]);
        assert_eq!(
            misspelt("Thanks alot, I can start from tommorow."),
            ["alot", "tommorow"],
            "after a greeting word only all-lower-case texts hold names"
        );
        assert_eq!(misspelt("The recruiter’s emial was kind."), ["emial"]);
    }

    #[test]
    fn skips_what_is_not_a_prose_word() {
        for text in [
            "Hi Jane, my email is jnae.doe@gmial.com and my site is https://jdoe.dev/portfolo.",
            "I pushed the fix to `fetchUsrs()` and ```let x = wrng;``` yesterday.",
            "The snake_case_nmae and camelCaseNmae identifiers, and src/lib/utls.rs.",
            "We use SQL, AWS, GCP and k8s; see acme.com and docs.acme.io.",
            "Thanks to Ngozi Okafor and Siobhán for the chat, and to Kwabena.",
            "Loved the #hirng post by @jdoee.",
            "I ran 'kubectl apply' and \"terrafrom plan\" in the demo.",
            "Our PostgreSQL and GraphQL stack on Kubernetes made onboarding easy.",
            "A pre-screen, a co-founder and a post-mortem.",
            "Hi Jane, I reposted the role and felt underprepared.",
            "Best,\nOluwaseun",
            "hi ngozi, thanks for the chat today",
            "Thanks again!\nalex",
        ] {
            assert_eq!(misspelt(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn names_at_the_start_of_a_sentence_are_not_typos() {
        for text in [
            "Kwame and I spoke about the role.",
            "Noor,\nThank you for the call.",
            "Ngozi mentioned the team. I enjoyed meeting Ngozi.",
        ] {
            assert_eq!(misspelt(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn other_languages_are_not_checked() {
        assert!(misspelt(
            "Hola Jane, muchas gracias por la entrevista de ayer, fue un placer conocer al equipo."
        )
        .is_empty());
        assert!(misspelt("Спасибо за интервью, было приятно познакомиться.").is_empty());
        assert!(misspelt("面接の機会をいただきありがとうございました。").is_empty());
    }

    #[test]
    fn distance_counts_swaps_as_one_edit() {
        assert_eq!(distance("teh", "the"), 1);
        assert_eq!(distance("tommorow", "tomorrow"), 2);
        assert_eq!(distance("", "abc"), 3);
        assert!(doubled_letter_fix("adress", "address"));
        assert!(doubled_letter_fix("untill", "until"));
        assert!(!doubled_letter_fix("adress", "dress"));
        assert!(inner_letter_left_out("unfortunatly", "unfortunately"));
        assert!(!inner_letter_left_out("astrid", "astride"));
        assert!(swapped_neighbours("thier", "their"));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "`",
            "```",
            "`unclosed",
            "'",
            "\"a",
            "’s",
            "a-",
            "-a-",
            "@",
            "#",
            "..",
            "é",
            "\u{301}x",
            "😀 foward 😀",
            "x\u{200d}y",
            "A",
            "I'",
        ] {
            let _ = misspelt(text);
            let _ = speller().suggest(text);
            let _ = speller().common_slip(text);
        }
    }
}
