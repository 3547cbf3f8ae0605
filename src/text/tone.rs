//! Casual markers in a message, each with its byte span: casual greetings
//! ("hey"), text-speak ("btw", "u"), slang ("gonna"), written laughter,
//! stretched words ("sooo"), emoji and emoticons, runs of "!!" or "??",
//! words in capitals that are emphasis rather than acronyms ("VERY", but
//! not "SQL" or "OK"), pet names ("hun", "mate") and kisses ("xoxo", a
//! final "x").
//!
//! Code in backticks, links and addresses are not read. The word lists are
//! in `data/tone.txt`; emoji, punctuation runs, capitals and stretched
//! words are found by plain code.

use super::pattern::{except_kinds, only_kinds, PatternError, PatternSet};
use super::tokens::{Kind, Token};
use std::sync::OnceLock;

/// What kind of casual marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToneKind {
    /// "hey", "yo", "hiya".
    Greeting,
    /// Chat abbreviations: "btw", "u", "thx".
    TextSpeak,
    /// Slang and clipped forms: "gonna", "kinda", "yeah".
    Slang,
    /// Written laughter: "haha", "lol".
    Laugh,
    /// A word with a letter held: "sooo", "pleeease".
    Stretched,
    /// An emoji or emoticon.
    Emoji,
    /// A run of "!" or "?".
    Punctuation,
    /// Words in capitals that are emphasis.
    Shouting,
    /// "hun", "mate", "Love, …".
    PetName,
    /// "xoxo", "xx", a final "x".
    Kiss,
}

impl ToneKind {
    /// The name used in warnings' facts.
    pub fn name(self) -> &'static str {
        match self {
            ToneKind::Greeting => "greeting",
            ToneKind::TextSpeak => "text_speak",
            ToneKind::Slang => "slang",
            ToneKind::Laugh => "laughter",
            ToneKind::Stretched => "stretched_word",
            ToneKind::Emoji => "emoji",
            ToneKind::Punctuation => "punctuation",
            ToneKind::Shouting => "capitals",
            ToneKind::PetName => "pet_name",
            ToneKind::Kiss => "kiss",
        }
    }
}

/// One casual marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ToneMark<'a> {
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset past its end.
    pub end: usize,
    /// What it is.
    pub kind: ToneKind,
    /// The plain form, for text-speak and slang ("by the way" for "btw").
    pub suggestion: Option<&'a str>,
}

#[derive(Debug, Clone)]
struct Entry {
    kind: ToneKind,
    lower: bool,
    vocative: bool,
    end: bool,
    noproper: bool,
    suggestion: Option<String>,
}

fn parse_entry(v: &str) -> Result<Entry, String> {
    let (head, suggestion) = match v.split_once('=') {
        Some((h, s)) => (h, Some(s.trim().to_string())),
        None => (v, None),
    };
    let (kind, flags) = head.split_once('/').unwrap_or((head, ""));
    let kind = match kind.trim() {
        "greeting" => ToneKind::Greeting,
        "textspeak" => ToneKind::TextSpeak,
        "slang" => ToneKind::Slang,
        "laugh" => ToneKind::Laugh,
        "pet" => ToneKind::PetName,
        "kiss" => ToneKind::Kiss,
        other => return Err(format!("unknown tone kind {other:?}")),
    };
    let mut e = Entry {
        kind,
        lower: false,
        vocative: false,
        end: false,
        noproper: false,
        suggestion,
    };
    for f in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        match f {
            "lower" => e.lower = true,
            "vocative" => e.vocative = true,
            "end" => e.end = true,
            "noproper" => e.noproper = true,
            other => return Err(format!("unknown tone flag {other:?}")),
        }
    }
    Ok(e)
}

/// The compiled lists.
pub struct Tone {
    markers: PatternSet<Entry>,
    shout: PatternSet<()>,
    common: PatternSet<()>,
}

static TONE: OnceLock<Result<Tone, PatternError>> = OnceLock::new();

/// Words before a pet name that make it an address: "Thanks, love",
/// "Cheers mate", "Hi hun".
const VOCATIVE_BEFORE: &[&str] = &[
    ",", "hi", "hey", "hello", "hiya", "heya", "yo", "thanks", "thx", "ta", "cheers", "bye",
    "night", "morning", "sorry", "yes", "no", "ok", "okay", "you", "x", "soon", "later",
];

/// Pet names that may open a line or follow "my" ("Love, Kiera", "my dear").
const OPENING_PET_NAMES: &[&str] = &[
    "love",
    "luv",
    "mate",
    "hun",
    "hon",
    "babe",
    "baby",
    "honey",
    "darling",
    "sweetie",
    "sweetheart",
    "buddy",
    "dear",
    "m8",
];

/// Words around a lone "r" that make it "are": "r u hiring", "how r things".
const R_NEIGHBOURS: &[&str] = &[
    "u", "you", "ya", "we", "they", "there", "these", "those", "how", "what", "who", "where",
    "when", "why", "things", "ur",
];

impl Tone {
    /// The shared lists, compiled on first use.
    pub fn get() -> Result<&'static Tone, PatternError> {
        TONE.get_or_init(|| {
            let src = include_str!("data/tone.txt");
            Ok(Tone {
                markers: PatternSet::compile(
                    &except_kinds(src, &["shout", "common"]),
                    parse_entry,
                )?,
                shout: PatternSet::compile(&only_kinds(src, &["shout"]), |_| Ok(()))?,
                common: PatternSet::compile(&only_kinds(src, &["shout", "common"]), |_| Ok(()))?,
            })
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// Every casual marker in `text`, in order, without overlaps.
    pub fn markers(&self, text: &str, tokens: &[Token]) -> Vec<ToneMark<'_>> {
        let (masked, faces) = scan_chunks(text, tokens);
        let is_masked = |at: usize| in_ranges(&masked, at);
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        let mut out: Vec<ToneMark<'_>> = Vec::new();
        // Tokens already used by a marker, or not to be read (masked).
        let mut taken = vec![false; tokens.len()];
        for &(a, b) in &masked {
            let from = tokens.partition_point(|t| t.start < a);
            let to = tokens.partition_point(|t| t.start < b);
            for t in taken.iter_mut().take(to).skip(from) {
                *t = true;
            }
        }

        // Words and phrases from the lists.
        let mut i = 0;
        while i < tokens.len() {
            if taken[i] || !tokens[i].is_word() {
                i += 1;
                continue;
            }
            let Some(m) = self.markers.longest_at(&words, i) else {
                i += 1;
                continue;
            };
            if self.accepts(text, tokens, m.start, m.end, m.value) {
                out.push(ToneMark {
                    start: tokens[m.start].start,
                    end: tokens[m.end - 1].end,
                    kind: m.value.kind,
                    suggestion: m.value.suggestion.as_deref(),
                });
                for t in taken.iter_mut().take(m.end).skip(m.start) {
                    *t = true;
                }
                i = m.end;
            } else {
                i += 1;
            }
        }
        // Capitals and stretched words.
        let before_capitals = out.len();
        self.capitals(text, tokens, &taken, &mut out);
        for m in out.get(before_capitals..).unwrap_or(&[]) {
            let from = tokens.partition_point(|t| t.start < m.start);
            let to = tokens.partition_point(|t| t.start < m.end);
            for t in taken.iter_mut().take(to).skip(from) {
                *t = true;
            }
        }
        for (i, t) in tokens.iter().enumerate() {
            if taken[i] || t.kind != Kind::Word {
                continue;
            }
            if is_stretched(&t.norm) {
                out.push(ToneMark {
                    start: t.start,
                    end: t.end,
                    kind: ToneKind::Stretched,
                    suggestion: None,
                });
            }
        }

        // Every emoji has a byte of 0xE2 or more (U+231A and up).
        if text.bytes().any(|b| b >= 0xE2) {
            emoji_marks(text, &is_masked, &mut out);
        }
        punctuation_runs(tokens, &is_masked, &mut out);
        for (start, end) in faces {
            if !is_masked(start) {
                out.push(ToneMark {
                    start,
                    end,
                    kind: ToneKind::Emoji,
                    suggestion: None,
                });
            }
        }

        out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut kept: Vec<ToneMark<'_>> = Vec::with_capacity(out.len());
        for m in out {
            if kept.last().is_none_or(|k| m.start >= k.end) {
                kept.push(m);
            }
        }
        kept
    }

    fn accepts(&self, text: &str, tokens: &[Token], start: usize, end: usize, e: &Entry) -> bool {
        let first = &tokens[start];
        let last = &tokens[end - 1];
        let prev = start.checked_sub(1).and_then(|p| tokens.get(p));
        let next = tokens.get(end);
        let line_starts = prev.is_none_or(|p| gap_has_newline(text, p.end, first.start));
        let line_ends = next.is_none_or(|n| gap_has_newline(text, last.end, n.start));
        let sentence_starts = line_starts
            || prev.is_some_and(|p| matches!(p.norm.as_str(), "." | "!" | "?" | "\u{2026}"));
        // Glued to something else: "np.array", "r/jobs", "u@x", "k-means".
        let after = text.get(last.end..).and_then(|s| s.chars().next());
        let after2 = text.get(last.end..).and_then(|s| s.chars().nth(1));
        let glued_after = match after {
            Some('/' | '@' | '-' | '_' | '\'' | '\u{2019}' | '=' | '(' | '[') => true,
            Some('.' | ':') => after2.is_some_and(char::is_alphanumeric),
            Some(c) => c.is_alphanumeric(),
            None => false,
        };
        let before = text.get(..first.start).and_then(|s| s.chars().next_back());
        let glued_before = before.is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '/' | '@' | '-' | '_' | '.' | '=' | '$' | '#')
        });
        if glued_after || glued_before {
            return false;
        }
        if e.lower {
            if first.all_caps || (first.cap && (first.norm.chars().count() < 2 || !sentence_starts))
            {
                return false;
            }
            if first.norm == "r" {
                let near =
                    |t: Option<&Token>| t.is_some_and(|t| R_NEIGHBOURS.contains(&t.norm.as_str()));
                if !(near(prev) || near(next)) {
                    return false;
                }
            }
        }
        if e.vocative {
            let word = first.norm.as_str();
            let before_ok = match prev.map(|p| p.norm.as_str()) {
                _ if line_starts => OPENING_PET_NAMES.contains(&word),
                Some("my") => OPENING_PET_NAMES.contains(&word),
                Some(p) => VOCATIVE_BEFORE.contains(&p),
                None => OPENING_PET_NAMES.contains(&word),
            };
            let after_ok = line_ends
                || next.is_some_and(|n| {
                    matches!(
                        n.norm.as_str(),
                        "," | "." | "!" | "?" | ";" | ":" | ")" | "\u{2026}" | "x" | "xx" | "xxx"
                    ) || n.kind == Kind::Symbol
                });
            // "Oh dear," is an exclamation.
            if !(before_ok && after_ok) || (word == "dear" && prev.is_some_and(|p| p.norm == "oh"))
            {
                return false;
            }
        }
        if e.end {
            let rest_of_line_is_punct = tokens[end..]
                .iter()
                .take_while(|t| !gap_has_newline(text, last.end, t.start))
                .all(|t| !t.is_word());
            let after_number = prev.is_some_and(|p| p.kind == Kind::Number && !line_starts);
            if !(first.space_before && rest_of_line_is_punct) || after_number {
                return false;
            }
        }
        let determiner = prev.is_some_and(|p| {
            matches!(
                p.norm.as_str(),
                "the"
                    | "at"
                    | "from"
                    | "of"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "in"
                    | "with"
                    | "for"
                    | "to"
                    | "by"
                    | "on"
                    | "about"
                    | "my"
                    | "our"
                    | "their"
            )
        });
        let proper_follows = (first.cap || first.all_caps)
            && next.is_some_and(|n| {
                n.kind == Kind::Word && n.cap && !gap_has_newline(text, last.end, n.start)
            });
        // Inside a sentence, a capitalised word is a name ("Yo Labs", "my
        // dog, Buddy"), and so is a word in capitals after "at" or before
        // another name ("at HEY", "the XOXO Festival").
        if !sentence_starts
            && ((first.cap && !first.all_caps)
                || (first.all_caps && (determiner || proper_follows)))
        {
            return false;
        }
        if e.noproper && (determiner || proper_follows) {
            return false;
        }
        true
    }

    fn capitals(&self, text: &str, tokens: &[Token], taken: &[bool], out: &mut Vec<ToneMark<'_>>) {
        let upper_word = |t: &Token| {
            t.kind == Kind::Word
                && (t.all_caps
                    || (t.cap
                        && t.norm.len() <= 4
                        && t.norm.chars().count() == 1
                        && text
                            .get(t.start..t.end)
                            .is_some_and(|s| s.chars().all(char::is_uppercase))))
        };
        // One word, its held letters cut ("SOOO" is "SO").
        let in_list = |set: &PatternSet<()>, i: usize| {
            let word = [collapse(&tokens[i].norm)];
            set.longest_at(&word, 0).is_some()
        };
        let mut i = 0;
        while i < tokens.len() {
            if !upper_word(&tokens[i]) || taken[i] {
                i += 1;
                continue;
            }
            // A run of capitalised words separated by spaces only.
            let mut j = i + 1;
            while j < tokens.len()
                && upper_word(&tokens[j])
                && !taken[j]
                && text
                    .get(tokens[j - 1].end..tokens[j].start)
                    .is_some_and(|g| !g.is_empty() && g.chars().all(|c| c == ' '))
            {
                j += 1;
            }
            let long: Vec<usize> = (i..j).filter(|&k| tokens[k].all_caps).collect();
            let shouted_run =
                long.len() >= 3 && (i..j).filter(|&k| in_list(&self.common, k)).count() >= 2;
            if shouted_run {
                out.push(ToneMark {
                    start: tokens[i].start,
                    end: tokens[j - 1].end,
                    kind: ToneKind::Shouting,
                    suggestion: None,
                });
            } else {
                for k in long {
                    if in_list(&self.shout, k) {
                        out.push(ToneMark {
                            start: tokens[k].start,
                            end: tokens[k].end,
                            kind: ToneKind::Shouting,
                            suggestion: None,
                        });
                    }
                }
            }
            i = j;
        }
    }
}

fn gap_has_newline(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b).is_some_and(|g| g.contains('\n'))
}

/// The word with every run of three or more of one letter cut to one.
fn collapse(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && chars[j] == chars[i] {
            j += 1;
        }
        let n = if j - i >= 3 { 1 } else { j - i };
        for _ in 0..n {
            out.push(chars[i]);
        }
        i = j;
    }
    out
}

/// A word with one letter held ("sooo", "pleeease"), not a Roman numeral,
/// "www", kisses or a long word that happens to triple a letter.
fn is_stretched(norm: &str) -> bool {
    // Cheap test first: three of one letter in a row.
    let b = norm.as_bytes();
    let tripled = b.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]);
    if !tripled || norm.chars().any(|c| !c.is_alphabetic()) {
        return false;
    }
    if norm.chars().all(|c| "ivxlcdm".contains(c)) || norm == "www" {
        return false;
    }
    let c = collapse(norm);
    c.len() < norm.len() && c.chars().count() <= 7
}

/// Whether `at` lies in one of `ranges` (sorted by start, not overlapping,
/// as [`masked_ranges`] returns them).
pub fn in_ranges(ranges: &[(usize, usize)], at: usize) -> bool {
    let i = ranges.partition_point(|&(a, _)| a <= at);
    i > 0 && ranges.get(i - 1).is_some_and(|&(_, b)| at < b)
}

/// Byte ranges not to read: code in backticks, links, addresses, paths;
/// sorted and merged.
pub fn masked_ranges(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    scan_chunks(text, tokens).0
}

/// Emoticons standing on their own: ":)", ";-)", ":D", "<3".
const FACES: &[&str] = &[
    ":-)", ":)", ";-)", ";)", ":-D", ":D", ":-P", ":P", ":p", ":-(", ":(", ":'(", "<3", "xD", "XD",
    "=)", "^^", "^_^", ":-*", ":*",
];

/// A byte range `[start, end)`.
type Range = (usize, usize);

/// Bytes that a link, an address, a path or an emoticon needs.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b"./@\\:;<=^";
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// One pass over the whitespace-separated chunks of `text`: the masked
/// ranges (code, links, addresses, paths; sorted and merged) and the
/// emoticons (byte ranges).
fn scan_chunks(text: &str, tokens: &[Token]) -> (Vec<Range>, Vec<Range>) {
    let mut out = Vec::new();
    let mut faces = Vec::new();
    // ```blocks``` and `inline code`.
    let mut rest = 0;
    while let Some(a) = text.get(rest..).and_then(|s| s.find('`')).map(|p| p + rest) {
        let fence = text.get(a..).is_some_and(|s| s.starts_with("```"));
        let open = if fence { 3 } else { 1 };
        let closer = if fence { "```" } else { "`" };
        match text.get(a + open..).and_then(|s| s.find(closer)) {
            Some(b) => {
                let end = a + open + b + closer.len();
                out.push((a, end));
                rest = end;
            }
            None => break,
        }
    }
    for (s, e) in chunk_ranges(tokens) {
        let chunk = text.get(s..e).unwrap_or("");
        // Most chunks are plain words: look closer only at those with a
        // character a link, an address or a face needs.
        let special =
            chunk.bytes().any(|b| SPECIAL[usize::from(b)]) || chunk == "xD" || chunk == "XD";
        if !special {
            continue;
        }
        if is_link_like(chunk) {
            out.push((s, e));
            continue;
        }
        let core = chunk.trim_end_matches(['.', ',', '!', '?']);
        if FACES.contains(&core) {
            faces.push((s, s + core.len()));
        }
    }
    out.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    for (a, b) in out {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    (merged, faces)
}

/// Byte ranges of the whitespace-separated chunks of `text`, from its
/// tokens: a chunk runs from a token with a space before it to the next one.
fn chunk_ranges(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for t in tokens {
        match out.last_mut() {
            Some(last) if !t.space_before => last.1 = t.end,
            _ => out.push((t.start, t.end)),
        }
    }
    out
}

fn is_link_like(chunk: &str) -> bool {
    let c = chunk.trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')' | '<' | '>' | ',' | '.' | '"' | '\'' | '!' | '?' | ';' | ':'
        )
    });
    if c.contains("://") || c.starts_with("www.") {
        return true;
    }
    let b = c.as_bytes();
    let joined_by = |sep: u8| {
        (1..b.len().saturating_sub(1)).any(|k| {
            b[k] == sep && b[k - 1].is_ascii_alphanumeric() && b[k + 1].is_ascii_alphanumeric()
        })
    };
    if joined_by(b'@') || joined_by(b'/') || joined_by(b'\\') {
        return true;
    }
    // acme.com, x.com/janedoe, Node.js
    match c.rsplit_once('.') {
        Some((head, tld)) => {
            !head.is_empty()
                && head
                    .chars()
                    .last()
                    .is_some_and(|ch| ch.is_ascii_alphanumeric())
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|ch| ch.is_ascii_lowercase())
        }
        None => false,
    }
}

/// Whether `c` starts an emoji (pictographs, not arrows, check marks,
/// bullets or ©).
fn is_emoji(c: char) -> bool {
    let u = c as u32;
    if u < 0x231A {
        return false;
    }
    matches!(u,
        0x1F300..=0x1F64F
        | 0x1F680..=0x1F6FF
        | 0x1F7E0..=0x1F7EB
        | 0x1F90C..=0x1F9FF
        | 0x1FA70..=0x1FAFF
        | 0x1F004 | 0x1F0CF | 0x1F18E | 0x1F191..=0x1F19A
        | 0x1F1E6..=0x1F1FF
        | 0x2600..=0x2604 | 0x2607..=0x260F | 0x2613..=0x26FF
        | 0x2700..=0x2712 | 0x2719..=0x2793 | 0x27B0 | 0x27BF
        | 0x2B50 | 0x2B55 | 0x2B1B | 0x2B1C
        | 0x231A | 0x231B | 0x23E9..=0x23F3 | 0x23F8..=0x23FA
    )
}

fn emoji_marks(text: &str, is_masked: &dyn Fn(usize) -> bool, out: &mut Vec<ToneMark<'_>>) {
    let after = |at: usize| text.get(at..).unwrap_or("").chars();
    let bytes = text.as_bytes();
    let mut skip_to = 0;
    for (start, &lead) in bytes.iter().enumerate() {
        // Emoji start at U+231A or later (a lead byte of 0xE2 or more), or
        // are a keycap: a digit, '#' or '*' followed by such a sequence.
        let keycap_base = matches!(lead, b'0'..=b'9' | b'#' | b'*');
        if start < skip_to
            || !(lead >= 0xE2 || keycap_base && bytes.get(start + 1).is_some_and(|&n| n >= 0xE2))
        {
            continue;
        }
        let Some(c) = text.get(start..).and_then(|r| r.chars().next()) else {
            continue;
        };
        let mut end = start + c.len_utf8();
        let keycap = keycap_base && {
            let mut r = after(end);
            match r.next() {
                Some('\u{20E3}') => true,
                Some('\u{FE0F}') => r.next() == Some('\u{20E3}'),
                _ => false,
            }
        };
        if !(is_emoji(c) || keycap) || is_masked(start) {
            continue;
        }
        let regional = |n: char| (0x1F1E6..=0x1F1FF).contains(&(n as u32));
        if regional(c) {
            if let Some(n) = after(end).next().filter(|&n| regional(n)) {
                end += n.len_utf8();
            }
        }
        // Variation selectors, skin tones, keycaps, tags and joined sequences.
        loop {
            let mut it = after(end);
            match it.next() {
                Some(n)
                    if matches!(n as u32,
                        0xFE0E | 0xFE0F | 0x20E3 | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F) =>
                {
                    end += n.len_utf8()
                }
                Some('\u{200D}') => match it.next() {
                    Some(n) => end += '\u{200D}'.len_utf8() + n.len_utf8(),
                    None => break,
                },
                _ => break,
            }
        }
        out.push(ToneMark {
            start,
            end,
            kind: ToneKind::Emoji,
            suggestion: None,
        });
        skip_to = end;
    }
}

/// Runs of two or more "!" and "?" ("‼" and "⁉" count as two), from the
/// punctuation tokens that touch.
fn punctuation_runs(
    tokens: &[Token],
    is_masked: &dyn Fn(usize) -> bool,
    out: &mut Vec<ToneMark<'_>>,
) {
    let weight = |t: &Token| match t.norm.as_str() {
        "!" | "?" => 1,
        "\u{203C}" | "\u{2047}" | "\u{2048}" | "\u{2049}" => 2,
        _ => 0,
    };
    let mut i = 0;
    while i < tokens.len() {
        let w = weight(&tokens[i]);
        if w == 0 {
            i += 1;
            continue;
        }
        let (start, mut end, mut n) = (tokens[i].start, tokens[i].end, w);
        let mut j = i + 1;
        while let Some(t) = tokens.get(j).filter(|t| t.start == end && weight(t) > 0) {
            n += weight(t);
            end = t.end;
            j += 1;
        }
        if n >= 2 && !is_masked(start) {
            out.push(ToneMark {
                start,
                end,
                kind: ToneKind::Punctuation,
                suggestion: None,
            });
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn spans(text: &str) -> Vec<&str> {
        let tone = Tone::get().unwrap();
        let t = tokenize(text);
        tone.markers(text, &t)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect()
    }

    #[test]
    fn finds_each_marker_with_its_own_span() {
        assert_eq!(spans("Hey hey Tony, thanks"), ["Hey", "hey"]);
        assert_eq!(
            spans("Tony!! Loved it. Ur team is amazing 😍"),
            ["!!", "Ur", "😍"]
        );
        assert_eq!(spans("tbh I kinda expected it 👍"), ["tbh", "kinda", "👍"]);
        assert_eq!(
            spans("omg Zoë, thank you sooo much 😊"),
            ["omg", "sooo", "😊"]
        );
        assert_eq!(
            spans("Hey José!!! Quick question, r u hiring?"),
            ["Hey", "!!!", "r", "u"]
        );
        assert_eq!(
            spans("Hiya Zoë, just checking u got it? lol it was long"),
            ["Hiya", "u", "lol"]
        );
        assert_eq!(spans("I am still VERY interested"), ["VERY"]);
        assert_eq!(spans("THANK YOU SO MUCH for Monday"), ["THANK YOU SO MUCH"]);
        assert_eq!(spans("Cheers mate!"), ["mate"]);
        assert_eq!(spans("Speak soon x"), ["x"]);
        assert_eq!(spans("Thanks hun xx"), ["hun", "xx"]);
        assert_eq!(spans("Thanks for the call hun, it helped"), ["hun"]);
        assert_eq!(spans("Love,\nKiera"), ["Love"]);
        assert_eq!(spans("xoxo, Kiera"), ["xoxo"]);
        assert_eq!(spans("Loved it ❤️ and 👍🏽"), ["❤️", "👍🏽"]);
        assert_eq!(spans("Great :) see you"), [":)"]);
        assert_eq!(spans("Really?? I had no idea"), ["??"]);
        assert_eq!(spans("Really‼ And now?!"), ["‼", "?!"]);
        assert_eq!(spans("Flags 🇮🇪 and 👩‍💻 and 1️⃣"), ["🇮🇪", "👩‍💻", "1️⃣"]);
        assert_eq!(spans("haha that was fun"), ["haha"]);
    }

    #[test]
    fn look_alikes_are_quiet() {
        for t in [
            "OK, understood. I'll work on my SQL window functions.",
            "They mentioned the Tokyo studio, and I'd be glad to travel.",
            "A reference from my yoga studio.",
            "Would Thursday at 2 pm ET work? If not, I'm flexible!",
            "I use the `!!` operator sparingly.",
            "HIPAA-compliant test environments and WCAG 2.2 guidelines.",
            "I worked in the U.S. and the UK, in IT.",
            "I spoke at the XOXO Festival last year.",
            "I'd love to join, and I love the product.",
            "The Babel config, a Honeycomb trace, and a lollipop chart.",
            "Cheers, Kiera",
            "Dear Jane, thank you.",
            "See https://x.com/janedoe and jane.doe@acme.com for r/jobs.",
            "Experience with R and Python; np.array and k-means.",
            "My team mate and I built it.",
            "Oh dear, I forgot the attachment.",
            "Lovely, thanks for letting me know.",
            "Call me at xxx-xxx-xxxx or on a 3 x 4 grid.",
            "I'd very much love to join the team.",
            "Roman numerals: Henry VIII and Louis XIV.",
            "I worked at HEY and at Yo Labs, then Yolo Analytics.",
            "My dog, Buddy, says hello.",
            "Attila the Hun and Darling Harbour.",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }

    #[test]
    fn suggestions_come_from_the_list() {
        let tone = Tone::get().unwrap();
        let text = "btw I'm gonna send it";
        let t = tokenize(text);
        let s: Vec<_> = tone
            .markers(text, &t)
            .iter()
            .map(|m| m.suggestion)
            .collect();
        assert_eq!(s, [Some("by the way"), Some("going to")]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            "`",
            "```",
            "``x",
            "!!",
            "?",
            "\u{200D}",
            "😀\u{200D}",
            "🇬",
            "1\u{FE0F}",
            ":)",
            "x",
            "日本語!!",
        ] {
            let tone = Tone::get().unwrap();
            let _ = tone.markers(t, &tokenize(t));
        }
    }
}
