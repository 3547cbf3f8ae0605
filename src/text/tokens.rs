//! Tokens and sentences with byte spans into the original text.

use super::fold::{is_mark, push_folded};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and digits inside a word).
    Word,
    /// Starts with a digit.
    Number,
    /// One punctuation character.
    Punct,
    /// One symbol or emoji.
    Symbol,
}

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the last character (after a possessive `'s`).
    pub end: usize,
    /// Folded form (lower case, no diacritics, straight apostrophes), without a possessive `'s`.
    pub norm: String,
    /// Kind.
    pub kind: Kind,
    /// First letter is upper case.
    pub cap: bool,
    /// Two or more letters, all upper case.
    pub all_caps: bool,
    /// Ended in a possessive `'s` (removed from `norm`).
    pub possessive: bool,
    /// Whitespace (or the start of the text) comes right before it.
    pub space_before: bool,
}

impl Token {
    /// Whether this is a word or number.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Number)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Splits `text` into tokens. Hyphens and whitespace separate words; an
/// apostrophe between letters stays inside the word (`don't`, `O'Neil`);
/// a final `'s` is recorded as possessive.
///
/// ```
/// use interview_guard::text::tokens::tokenize;
/// let t = tokenize("Acme’s follow-up, José!");
/// let norms: Vec<_> = t.iter().map(|t| t.norm.as_str()).collect();
/// assert_eq!(norms, ["acme", "follow", "up", ",", "jose", "!"]);
/// assert!(t[0].possessive);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    // Byte offsets throughout, with fast paths for ASCII (most of any text).
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    let mut space_before = true;
    // The folded word is built here, then copied once at its exact size.
    let mut norm = String::new();
    while let Some(c) = char_at(text, i) {
        let start = i;
        if c.is_whitespace() || c == '-' || c == '\u{2010}' || c == '\u{2011}' {
            space_before = c.is_whitespace() || space_before;
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            // `p` is the byte offset of `ch`, the character being added.
            let (mut p, mut ch) = (i, c);
            norm.clear();
            let mut letters = 0usize;
            let mut uppers = 0usize;
            let after = loop {
                if ch.is_ascii() {
                    if ch.is_ascii_alphabetic() {
                        letters += 1;
                        if ch.is_ascii_uppercase() {
                            uppers += 1;
                        }
                    }
                    norm.push(ch.to_ascii_lowercase());
                } else {
                    if ch.is_alphabetic() {
                        letters += 1;
                        if ch.is_uppercase() {
                            uppers += 1;
                        }
                    }
                    push_folded(ch, &mut norm);
                }
                let q = p + ch.len_utf8();
                let Some(next) = char_at(text, q) else {
                    break q;
                };
                if is_word_char(next) {
                    (p, ch) = (q, next);
                    continue;
                }
                // Digits joined by , or . inside a number: 135,000 / 3.5
                if (next == ',' || next == '.')
                    && ch.is_ascii_digit()
                    && bytes.get(q + 1).is_some_and(u8::is_ascii_digit)
                {
                    norm.push(next);
                    (p, ch) = (q + 1, char::from(bytes[q + 1]));
                    continue;
                }
                if is_apostrophe(next) && ch.is_alphabetic() {
                    let r = q + next.len_utf8();
                    if let Some(d) = char_at(text, r).filter(|d| d.is_alphabetic()) {
                        norm.push('\'');
                        (p, ch) = (r, d);
                        continue;
                    }
                }
                break q;
            };
            let mut end = after;
            let mut possessive = false;
            if norm.len() > 2 && norm.ends_with("'s") && !is_contraction(&norm) {
                norm.truncate(norm.len() - 2);
                possessive = true;
            } else if norm.len() > 2 && norm.ends_with('s') {
                if let Some(a) = char_at(text, after).filter(|a| is_apostrophe(*a)) {
                    let r = after + a.len_utf8();
                    if !char_at(text, r).is_some_and(char::is_alphanumeric) {
                        // Plural possessive: "recruiters' emails".
                        end = r;
                        possessive = true;
                    }
                }
            }
            out.push(Token {
                start,
                end,
                kind: if c.is_numeric() {
                    Kind::Number
                } else {
                    Kind::Word
                },
                cap: c.is_uppercase(),
                all_caps: letters >= 2 && uppers == letters,
                possessive,
                norm: norm.as_str().to_owned(),
                space_before,
            });
            space_before = false;
            i = end;
            continue;
        }
        let end = i + c.len_utf8();
        norm.clear();
        push_folded(c, &mut norm);
        out.push(Token {
            start,
            end,
            norm: norm.as_str().to_owned(),
            kind: if c.is_ascii_punctuation() || is_general_punct(c) {
                Kind::Punct
            } else {
                Kind::Symbol
            },
            cap: false,
            all_caps: false,
            possessive: false,
            space_before,
        });
        space_before = false;
        i = end;
    }
    out
}

/// The character starting at byte `i` (None at the end).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..)?.chars().next(),
        None => None,
    }
}

/// Whether a folded word ending in `'s` is a contraction (`it's`), not a possessive.
pub fn is_contraction(norm: &str) -> bool {
    matches!(
        norm,
        "it's"
            | "that's"
            | "what's"
            | "there's"
            | "here's"
            | "he's"
            | "she's"
            | "let's"
            | "who's"
            | "where's"
            | "how's"
            | "when's"
    )
}

fn is_general_punct(c: char) -> bool {
    matches!(
        c,
        '\u{2018}'
            ..='\u{201F}'
                | '\u{2026}'
                | '\u{00AB}'
                | '\u{00BB}'
                | '\u{2013}'
                | '\u{2014}'
                | '¿'
                | '¡'
    )
}

/// A sentence: a token range and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub last: usize,
    /// Byte offset of its first token.
    pub start: usize,
    /// Byte offset past its last token.
    pub end: usize,
    /// Index of the paragraph (blank-line separated) it is in.
    pub paragraph: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "eg", "ie",
    "approx", "dept", "inc", "ltd", "co", "corp", "no",
];

/// Splits tokens into sentences at `.`, `!`, `?`, `…` (not after common
/// abbreviations or inside `acme.com`) and at line breaks.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut paragraph = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Sentence>, first: usize, last: usize, paragraph: usize| {
        if last > first {
            out.push(Sentence {
                first,
                last,
                start: tokens[first].start,
                end: tokens[last - 1].end,
                paragraph,
            });
        }
    };
    while i < tokens.len() {
        // A line break between this token and the previous one ends a sentence.
        if i > first {
            let gap = &text[tokens[i - 1].end..tokens[i].start];
            let newlines = gap.matches('\n').count();
            if newlines > 0 {
                push(&mut out, first, i, paragraph);
                if newlines > 1 {
                    paragraph += 1;
                }
                first = i;
            }
        }
        let t = &tokens[i];
        let ender = matches!(t.norm.as_str(), "." | "!" | "?" | "\u{2026}");
        if ender {
            // Swallow a run of enders and closing quotes/brackets.
            let mut j = i + 1;
            while j < tokens.len()
                && !tokens[j].space_before
                && (matches!(
                    tokens[j].norm.as_str(),
                    "." | "!" | "?" | "\u{2026}" | ")" | "\"" | "'"
                ) || tokens[j].norm == "\u{201d}")
            {
                j += 1;
            }
            let next_starts = j >= tokens.len() || tokens[j].space_before;
            let after_abbrev = t.norm == "."
                && i > 0
                && tokens[i - 1].is_word()
                && (ABBREVIATIONS.contains(&tokens[i - 1].norm.as_str())
                    || tokens[i - 1].norm.chars().count() == 1);
            if next_starts && !after_abbrev {
                push(&mut out, first, j, paragraph);
                first = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push(&mut out, first, tokens.len(), paragraph);
    // A sentence of emoji or symbols only ("… organised. 🙃") belongs to the one before.
    let mut merged: Vec<Sentence> = Vec::with_capacity(out.len());
    for s in out {
        let symbols_only = tokens[s.first..s.last]
            .iter()
            .all(|t| !t.is_word() && t.norm != "\u{fffd}");
        match merged.last_mut() {
            Some(prev) if symbols_only && prev.paragraph == s.paragraph => {
                prev.last = s.last;
                prev.end = s.end;
            }
            _ => merged.push(s),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        let t = tokenize(text);
        sentences(text, &t)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_sentences_but_not_abbreviations_or_domains() {
        assert_eq!(
            sents("Hi Ms. Doe, I saw acme.com today. Was it great?! Yes…\nBye"),
            [
                "Hi Ms. Doe, I saw acme.com today.",
                "Was it great?!",
                "Yes…",
                "Bye"
            ]
        );
    }

    #[test]
    fn keeps_offsets_and_flags() {
        let text = "HEY Zoë's team rocks";
        let t = tokenize(text);
        assert!(t[0].all_caps);
        assert_eq!(&text[t[1].start..t[1].end], "Zoë's");
        assert_eq!(t[1].norm, "zoe");
        assert!(t[1].cap && t[1].possessive);
        let t = tokenize("it's the recruiters' fault, 135,000 USD");
        let norms: Vec<_> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            ["it's", "the", "recruiters", "fault", ",", "135,000", "usd"]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            "'",
            "’s",
            "a'",
            "1,",
            "..",
            "\u{301}",
            "😀😀",
            "日本語のテキスト",
            "- - -",
        ] {
            let t = tokenize(s);
            let _ = sentences(s, &t);
        }
    }
}
