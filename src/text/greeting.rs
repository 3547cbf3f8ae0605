//! The shape of a message and who it addresses: the quoted history of a
//! reply and the writer's signature (set apart, since the names there are
//! not addressed to anyone), the greeting ("Hi Jane,", "Dear Ms Van der
//! Berg,", but not "Hello team" or "Dear Hiring Manager"), and names used in
//! direct address inside the body ("Thanks again, Tony, for …"), told from
//! people described in passing ("my reference, Ngozi Okafor-Bell, …").
//!
//! The word lists are in `data/greeting.txt`.

use super::pattern::{only_kinds, PatternError, PatternSet};
use super::tokens::{Kind, Token};
use crate::people::HONORIFICS;
use std::sync::OnceLock;

/// How a name was addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// In the greeting ("Hi Jane,", "Dear Ms Doe,").
    Greeting,
    /// In direct address: "Thanks again, Tony, …", or a name opening a
    /// sentence with a comma ("Tony, a quick note …").
    Vocative,
}

/// A name the message addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Addressee {
    /// First token of the name (after any title).
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// Byte offset of the title, or of the name when there is none.
    pub start: usize,
    /// Byte offset past the name.
    pub end: usize,
    /// Whether a title ("Ms", "Dr") came first, so the name is a surname.
    pub titled: bool,
    /// Greeting or direct address.
    pub how: How,
}

/// Where the writer's own words are: the quoted history of a reply and the
/// signature are set apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    /// Byte offset where the quoted history starts ("On … wrote:"), or the
    /// text's length.
    pub own_end: usize,
    /// Byte ranges of quoted lines ("> …") before `own_end`.
    pub quoted: Vec<(usize, usize)>,
    /// Byte offset where the signature starts, if one was found.
    pub signature: Option<usize>,
}

impl Layout {
    /// Whether byte `at` is the writer's own text (not quoted history).
    pub fn is_own(&self, at: usize) -> bool {
        at < self.own_end && !super::tone::in_ranges(&self.quoted, at)
    }

    /// Whether byte `at` is in the signature.
    pub fn in_signature(&self, at: usize) -> bool {
        self.signature.is_some_and(|s| at >= s)
    }
}

/// The compiled word lists.
pub struct Greetings {
    greeting: PatternSet<()>,
    group: PatternSet<()>,
    closing: PatternSet<()>,
    intro: PatternSet<()>,
    role: PatternSet<()>,
    notname: PatternSet<()>,
}

static GREETINGS: OnceLock<Result<Greetings, PatternError>> = OnceLock::new();

/// Lower-case words that may stand inside a name ("Zoë van der Berg").
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "la", "le", "da", "di", "du", "del", "della", "von", "bin", "ibn",
    "al", "el", "ni", "nic", "mac", "ter", "ten", "y", "dos", "das", "do",
];

fn line_break(text: &str, tokens: &[Token], i: usize) -> bool {
    i == 0
        || text
            .get(tokens[i - 1].end..tokens[i].start)
            .is_some_and(|g| g.contains('\n'))
}

fn is_sentence_end(t: &Token) -> bool {
    matches!(t.norm.as_str(), "." | "!" | "?" | "\u{2026}")
}

impl Greetings {
    /// The shared lists, compiled on first use.
    pub fn get() -> Result<&'static Greetings, PatternError> {
        GREETINGS
            .get_or_init(|| {
                let src = include_str!("data/greeting.txt");
                let only = |kind: &str| PatternSet::compile(&only_kinds(src, &[kind]), |_| Ok(()));
                Ok(Greetings {
                    greeting: only("greeting")?,
                    group: only("group")?,
                    closing: only("closing")?,
                    intro: only("intro")?,
                    role: only("role")?,
                    notname: only("notname")?,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Finds the quoted history and the signature.
    pub fn layout(&self, text: &str, tokens: &[Token]) -> Layout {
        self.layout_of(text, tokens, true)
    }

    /// Finds the quoted history only (`signature` is None): all that rules
    /// which read the signature too need.
    pub fn quoted(&self, text: &str, tokens: &[Token]) -> Layout {
        self.layout_of(text, tokens, false)
    }

    fn layout_of(&self, text: &str, tokens: &[Token], with_signature: bool) -> Layout {
        let mut layout = Layout {
            own_end: text.len(),
            ..Layout::default()
        };
        // Lines with their byte ranges.
        let mut lines: Vec<(usize, usize)> = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            lines.push((at, at + line.len()));
            at += line.len() + 1;
        }
        let line_text = |k: usize| text.get(lines[k].0..lines[k].1).unwrap_or("").trim();
        let mut n_own = lines.len();
        // (Case-insensitive tests on the ASCII bytes: these markers are ASCII.)
        let starts = |l: &str, p: &str| {
            l.len() >= p.len() && l.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
        };
        let ends = |l: &str, p: &str| {
            l.len() >= p.len()
                && l.as_bytes()[l.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
        };
        for k in 1..lines.len() {
            let l = line_text(k);
            // Reply headers are short lines.
            if l.len() > 300 {
                continue;
            }
            let header = starts(l, "from:")
                && (k + 1..(k + 4).min(lines.len())).any(|m| {
                    let n = line_text(m);
                    starts(n, "sent:") || starts(n, "date:") || starts(n, "to:")
                });
            let original = l
                .as_bytes()
                .windows(16)
                .any(|w| w.eq_ignore_ascii_case(b"original message"));
            if ends(l, "wrote:") || original || header {
                layout.own_end = lines[k].0;
                n_own = k;
                break;
            }
        }
        for &(a, b) in &lines[..n_own] {
            if text
                .get(a..b)
                .is_some_and(|l| l.trim_start().starts_with('>'))
            {
                layout.quoted.push((a, b));
            }
        }
        if !with_signature {
            return layout;
        }
        // In a text written all in lower case, names are too.
        let lowercase_text = !tokens.iter().any(|t| t.is_word() && t.cap && t.norm != "i");
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        let own: Vec<usize> = (0..n_own)
            .filter(|&k| !line_text(k).is_empty() && !line_text(k).starts_with('>'))
            .collect();
        let tokens_of = |k: usize| -> (usize, usize) {
            let (a, b) = lines[k];
            let first = tokens.partition_point(|t| t.start < a);
            let last = tokens.partition_point(|t| t.start < b);
            (first, last)
        };
        // A sign-off alone on its line, followed by a few short lines.
        let tail = own.len().saturating_sub(6);
        for (pos, &k) in own.iter().enumerate().skip(tail.max(1)).rev() {
            let (first, last) = tokens_of(k);
            let Some(m) = self.closing.longest_at(&words[..last], first) else {
                continue;
            };
            let rest_is_punct = tokens[m.end..last].iter().all(|t| {
                matches!(
                    t.norm.as_str(),
                    "," | "!" | "." | ":" | "\u{2014}" | "\u{2013}"
                )
            });
            let short_after = own[pos + 1..].iter().all(|&k2| {
                let (a, b) = tokens_of(k2);
                tokens[a..b].iter().filter(|t| t.is_word()).count() <= 8
            });
            if rest_is_punct && short_after {
                layout.signature = Some(
                    lines[k].0 + (text[lines[k].0..].len() - text[lines[k].0..].trim_start().len()),
                );
                return layout;
            }
        }
        let Some(&last_line) = own.last() else {
            return layout;
        };
        let (first, last) = tokens_of(last_line);
        // "… Cheers, Kiera Ní Bhriain" at the end of the text (a sign-off, a
        // comma and at most five names: within the last dozen tokens).
        for i in first.max(last.saturating_sub(12))..last {
            let starts_sentence = i == first || is_sentence_end(&tokens[i - 1]);
            if !starts_sentence {
                continue;
            }
            if let Some(m) = self.closing.longest_at(&words[..last], i) {
                let after = &tokens[m.end..last];
                let names = after.iter().filter(|t| t.is_word()).count();
                if after.first().is_some_and(|t| t.norm == ",")
                    && (1..=5).contains(&names)
                    && after.iter().skip(1).all(|t| {
                        (t.kind == Kind::Word
                            && (t.cap || lowercase_text || PARTICLES.contains(&t.norm.as_str())))
                            || t.norm == "."
                    })
                {
                    layout.signature = Some(tokens[i].start);
                    return layout;
                }
            }
        }
        // A last line, or a last sentence, that is only a name: "Kiera".
        let mut from = last;
        while from > first && !is_sentence_end(&tokens[from - 1]) {
            from -= 1;
        }
        let tail = &tokens[from..last];
        let is_name = !tail.is_empty()
            && tail.len() <= 4
            && tail.iter().all(|t| {
                (t.is_word()
                    && t.kind == Kind::Word
                    && (t.cap || lowercase_text || PARTICLES.contains(&t.norm.as_str())))
                    || t.norm == "."
            })
            && tail.first().is_some_and(|t| t.cap || lowercase_text)
            && !self.closing.any(&words, from, last)
            && !tail.iter().any(|t| {
                self.notname
                    .longest_at(&words, tokens_index(tokens, t))
                    .is_some()
            });
        if is_name && (from > 0) {
            layout.signature = Some(tokens[from].start);
        }
        layout
    }

    /// The names the message addresses (greeting and direct address), in
    /// the writer's own text and outside the signature.
    pub fn addressees(&self, text: &str, tokens: &[Token], layout: &Layout) -> Vec<Addressee> {
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        let lowercase_text = !tokens.iter().any(|t| t.is_word() && t.cap && t.norm != "i");
        let usable = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| layout.is_own(t.start) && !layout.in_signature(t.start))
        };
        let mut out = Vec::new();
        // The greeting: a greeting word at the start of one of the first lines.
        let mut lines_seen = 0;
        for i in 0..tokens.len() {
            if !usable(i) {
                continue;
            }
            if !line_break(text, tokens, i) {
                continue;
            }
            lines_seen += 1;
            if lines_seen > 3 {
                break;
            }
            let Some(m) = self.greeting.longest_at(&words, i) else {
                continue;
            };
            let mut j = m.end;
            // "Hey hey Tony,"
            while let Some(again) = self.greeting.longest_at(&words, j) {
                j = again.end;
            }
            if tokens.get(j).is_some_and(|t| t.norm == ",")
                && !tokens
                    .get(j + 1)
                    .is_some_and(|t| line_break(text, tokens, j + 1) || !t.cap)
            {
                // "Good morning, Zoë," — a comma between greeting and name.
                j += 1;
            }
            while let Some(a) = self.name_at(text, tokens, &words, j, lowercase_text) {
                if a.last > a.first {
                    let group = self.group.any(&words, a.first, a.last)
                        || tokens.get(a.last).is_some_and(|t| {
                            self.group.longest_at(&words, a.last).is_some() && !t.cap
                        });
                    if !group {
                        out.push(Addressee {
                            how: How::Greeting,
                            ..a
                        });
                    }
                }
                // "Hi Jane and José," / "Hi Jane & team".
                match tokens.get(a.last).map(|t| t.norm.as_str()) {
                    Some("and" | "&") => j = a.last + 1,
                    _ => break,
                }
            }
            break;
        }
        // Names in direct address.
        let greeting = out.clone();
        for i in 0..tokens.len() {
            // A name starts with a capital (or a title, which has one).
            let t = &tokens[i];
            if !(t.cap || lowercase_text) || t.kind != Kind::Word || !usable(i) {
                continue;
            }
            let after_comma = i > 0 && tokens[i - 1].norm == ",";
            let opens = i == 0 || is_sentence_end(&tokens[i - 1]) || line_break(text, tokens, i);
            if !(after_comma || opens) {
                continue;
            }
            if greeting
                .iter()
                .any(|a: &Addressee| i >= a.first && i < a.last)
            {
                continue;
            }
            let Some(a) = self.name_at(text, tokens, &words, i, lowercase_text) else {
                continue;
            };
            if self.group.any(&words, a.first, a.last) {
                continue;
            }
            let next = tokens.get(a.last);
            let line_ends = a.last >= tokens.len() || line_break(text, tokens, a.last);
            let vocative = if after_comma {
                // ", Tony," / ", Tony." / ", Tony!" — the name closes the phrase…
                let closes = line_ends
                    || next.is_some_and(|t| {
                        matches!(
                            t.norm.as_str(),
                            "," | "." | "!" | "?" | ";" | ":" | "\u{2014}"
                        )
                    });
                // …and the sentence opens like an address ("Thanks again, Tony,"),
                // not with a description ("my reference, Ngozi Okafor-Bell,").
                // (An opener is near: look back at most a dozen tokens.)
                let mut s = i - 1;
                while s > 0
                    && i - s < 12
                    && !is_sentence_end(&tokens[s - 1])
                    && !line_break(text, tokens, s)
                {
                    s -= 1;
                }
                let at_start =
                    s == 0 || is_sentence_end(&tokens[s - 1]) || line_break(text, tokens, s);
                let before = i.checked_sub(2).and_then(|b| tokens.get(b));
                let opener = (at_start && self.intro.longest_at(&words, s).is_some())
                    || before.is_some_and(|t| t.norm == "you");
                let described = before.is_some_and(|t| {
                    self.role.longest_at(&words, i - 2).is_some()
                        || (t.cap && i - 2 > s)
                        || t.possessive
                });
                closes && opener && !described && !tokens[a.last - 1].possessive
            } else {
                // "Tony, a quick note …" — but not a list ("Jane, Tony and I").
                let comma = next.is_some_and(|t| t.norm == ",");
                let then = tokens.get(a.last + 1);
                let list = then.is_some_and(|t| {
                    t.cap && t.is_word() || matches!(t.norm.as_str(), "and" | "&")
                });
                comma && !list && !greeted_here(&greeting, a.first)
            };
            if vocative {
                out.push(Addressee {
                    how: How::Vocative,
                    ..a
                });
            }
        }
        out
    }

    /// A name (optionally titled) starting at token `i`: up to four
    /// capitalised words on one line, particles allowed inside.
    fn name_at(
        &self,
        text: &str,
        tokens: &[Token],
        words: &[&str],
        i: usize,
        lowercase_text: bool,
    ) -> Option<Addressee> {
        let mut j = i;
        let t = tokens.get(j)?;
        let mut titled = false;
        if HONORIFICS.contains(&t.norm.as_str()) && self.group.longest_at(words, j).is_none() {
            titled = true;
            j += 1;
            if tokens
                .get(j)
                .is_some_and(|t| t.norm == "." && !t.space_before)
            {
                j += 1;
            }
        }
        let first = j;
        while j < tokens.len() && j - first < 4 {
            let t = &tokens[j];
            if j > first && line_break(text, tokens, j) {
                break;
            }
            let capital = t.kind == Kind::Word && (t.cap || lowercase_text);
            let particle = j > first
                && PARTICLES.contains(&t.norm.as_str())
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.cap && n.kind == Kind::Word);
            if !(capital || particle) || self.notname.longest_at(words, j).is_some() {
                break;
            }
            // A hyphen or apostrophe joins parts of one name: "O'Connor-Hart".
            j += 1;
            if t.possessive {
                break;
            }
        }
        if j == first {
            return None;
        }
        Some(Addressee {
            first,
            last: j,
            start: tokens.get(i)?.start,
            end: tokens.get(j - 1)?.end,
            titled,
            how: How::Greeting,
        })
    }
}

fn greeted_here(out: &[Addressee], first: usize) -> bool {
    out.iter().any(|a| a.first == first)
}

fn tokens_index(tokens: &[Token], t: &Token) -> usize {
    tokens.partition_point(|x| x.start < t.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn names(text: &str) -> Vec<(String, How, bool)> {
        let g = Greetings::get().unwrap();
        let t = tokenize(text);
        let layout = g.layout(text, &t);
        g.addressees(text, &t, &layout)
            .iter()
            .map(|a| (text[a.start..a.end].to_string(), a.how, a.titled))
            .collect()
    }

    fn greeted(text: &str) -> Vec<String> {
        names(text).into_iter().map(|(n, _, _)| n).collect()
    }

    #[test]
    fn greetings_give_the_name() {
        assert_eq!(greeted("Hi Jane, thanks."), ["Jane"]);
        assert_eq!(
            greeted("Dear Ms Van der Berg,\n\nThanks."),
            ["Ms Van der Berg"]
        );
        assert_eq!(
            greeted("Dear Ms. O’Connor-Hart,\nThanks."),
            ["Ms. O’Connor-Hart"]
        );
        assert_eq!(greeted("Good morning Zoe,\n\nthank you"), ["Zoe"]);
        assert_eq!(greeted("Dear José Nunez,\n\nMany thanks."), ["José Nunez"]);
        assert_eq!(greeted("Hi Jane and José,\nThanks."), ["Jane", "José"]);
        assert_eq!(greeted("Hey hey Tony, thanks"), ["Tony"]);
        assert_eq!(greeted("hi jane, thanks"), ["jane"]);
        assert!(names("Dear Ms Raman,\nThanks.")[0].2, "titled");
    }

    #[test]
    fn groups_and_roles_are_no_names() {
        for t in [
            "Hello team,\n\nThanks.",
            "Hi there,\n\nThanks.",
            "Good morning, everyone,\n\nThanks.",
            "Dear Hiring Manager,\n\nThanks.",
            "Hi all, thanks.",
            "Dear Sir or Madam,\nThanks.",
            "Hi Acme team, thanks.",
            "To whom it may concern,\nThanks.",
            "Hi Jane Thank you for Monday.",
        ] {
            let got = greeted(t);
            assert!(got.is_empty() || got == ["Jane"], "{t}: {got:?}");
        }
    }

    #[test]
    fn direct_address_in_the_body_but_not_descriptions() {
        assert_eq!(
            names("Dear Ms O'Connor-Hart,\n\nThank you. Thanks again, Tony, for the questions."),
            [
                ("Ms O'Connor-Hart".to_string(), How::Greeting, true),
                ("Tony".to_string(), How::Vocative, false)
            ]
        );
        assert_eq!(
            names("Tony, a quick note to say the case study is in the folder.\n\nKiera"),
            [("Tony".to_string(), How::Vocative, false)]
        );
        for t in [
            "Dear Priya,\n\nMy reference, Ngozi Okafor-Bell, has agreed to speak.",
            "Dear Tony,\n\nAs Siobhán mentioned, the team is growing.",
            "Dear Tony,\n\nPlease pass my thanks to Jane.",
            "Hi Zoë,\n\nI met Jane, Tony, and Priya.",
            "Hi Zoë,\n\nThanks to your colleague, Tony, I learned a lot.",
            "Hi Zoë,\n\nJane, Tony and I spoke.",
        ] {
            assert_eq!(names(t).len(), 1, "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn signatures_and_quoted_history_are_set_apart() {
        for (t, sig) in [
            (
                "Hi Jane,\n\nThanks.\n\nKind regards,\nChloé Lefèvre",
                "Kind regards,",
            ),
            (
                "Dear Tony, Many thanks for Monday. Cheers, Kiera Ní Bhriain",
                "Cheers, Kiera",
            ),
            (
                "Hey Tony, a quick thank you for Monday's round. Kiera",
                "Kiera",
            ),
            (
                "Hi Jane,\nThanks!\n\nBest,\nMarcus\nData Analyst | +1 555 0100",
                "Best,",
            ),
            ("hi jane, great chat. thanks, tony", "thanks, tony"),
        ] {
            let g = Greetings::get().unwrap();
            let tokens = tokenize(t);
            let l = g.layout(t, &tokens);
            let s = l.signature.unwrap_or_else(|| panic!("{t}: no signature"));
            assert!(t[s..].starts_with(sig), "{t}: {:?}", &t[s..]);
        }
        let t = "Thanks, Jan\n\nOn Mon, Jane Doe <jane@acme.com> wrote:\n> Hi Jan,\n> Thanks";
        let g = Greetings::get().unwrap();
        let l = g.layout(t, &tokenize(t));
        assert_eq!(&t[l.own_end..l.own_end + 3], "On ");
        assert!(greeted("Hi Jane,\n> Hi Sarah,\n")
            .iter()
            .all(|n| n == "Jane"));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            ",",
            "Hi",
            "Hi ,",
            "Dear Ms",
            "Dear Ms.",
            ", Tony",
            "\n\n>",
            "Hi 日本,",
            "Best,\n",
        ] {
            let _ = names(t);
        }
    }
}
