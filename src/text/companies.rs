//! Tracked companies named in a text, all companies in one pass: exact
//! mentions (name, alias or domain, through [`Directory::mentions`]) and
//! near misses of a name or alias ("Acme Crop", "Umbrela Health",
//! "Starke Industries") found by edit distance.
//!
//! A one-word name that is also an ordinary word needs its company sense:
//! "the ACME certificate protocol" or "an ACME anvil" is not Acme Corp, and
//! neither is "umbrella" written in lower case unless it is clearly the
//! company ("umbrella's recruiters"). A mention in a sentence that compares
//! processes on purpose ("an offer from Stark") is marked as deliberate.
//! The word lists are in `data/companies.txt`.

use super::edit_distance::distance;
use super::fasthash::{FastMap, FastSet, WordFilter};
use super::pattern::{only_kinds, PatternError, PatternSet};
use super::tokens::{tokenize, Kind, Sentence, Token};
use crate::people::FIRST_PERSON_CAPS;
use crate::people::{Directory, Mention, Process, Resolved};
use std::sync::OnceLock;

/// One company named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyMention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The process (company) named.
    pub process: usize,
    /// For a near miss, the name or alias it is close to; None when the
    /// text names the company exactly.
    pub misspelt: Option<String>,
    /// The sentence names it on purpose (comparing offers or processes).
    pub deliberate: bool,
}

/// Every tracked company's names, split into words, for near misses.
/// Built once per log ([`Directory::new`]).
#[derive(Debug, Clone, Default)]
pub struct CompanyNames {
    /// Names of two or more words: process, words, as written.
    multi: Vec<(usize, Vec<String>, String)>,
    /// Word → (index into `multi`, position in the name).
    by_word: FastMap<String, Vec<(usize, usize)>>,
    /// The keys of `by_word` (most words of a text are not among them).
    by_word_filter: WordFilter,
    /// One-word names long enough to compare: process, word, as written.
    single: Vec<(usize, String, String)>,
}

/// Shortest one-word name checked for near misses: shorter names have too
/// many ordinary neighbours ("Spark" for Stark).
const MIN_SINGLE: usize = 6;
/// Shortest word of a longer name checked for a near miss ("Crop" for Corp).
const MIN_WORD: usize = 4;

impl CompanyNames {
    /// The names of these processes.
    pub fn new(processes: &[Process]) -> CompanyNames {
        let mut out = CompanyNames::default();
        for (p, proc_) in processes.iter().enumerate() {
            for name in &proc_.names {
                let tokens = tokenize(name);
                if tokens.iter().any(|t| t.kind != Kind::Word) {
                    continue;
                }
                let words: Vec<String> = tokens.into_iter().map(|t| t.norm).collect();
                match words.len() {
                    0 => {}
                    1 => {
                        if words[0].chars().count() >= MIN_SINGLE {
                            out.single.push((p, words[0].clone(), name.clone()));
                        }
                    }
                    _ => {
                        let k = out.multi.len();
                        for (pos, w) in words.iter().enumerate() {
                            out.by_word.entry(w.clone()).or_default().push((k, pos));
                            out.by_word_filter.insert(w);
                        }
                        out.multi.push((p, words, name.clone()));
                    }
                }
            }
        }
        out
    }
}

/// The compiled cue lists.
pub struct CompanyCues {
    sense: PatternSet<()>,
    noun: PatternSet<()>,
    deliberate: PatternSet<()>,
}

static CUES: OnceLock<Result<CompanyCues, PatternError>> = OnceLock::new();

impl CompanyCues {
    /// The shared lists, compiled on first use.
    pub fn get() -> Result<&'static CompanyCues, PatternError> {
        CUES.get_or_init(|| {
            let src = include_str!("data/companies.txt");
            let only = |kind: &str| PatternSet::compile(&only_kinds(src, &[kind]), |_| Ok(()));
            Ok(CompanyCues {
                sense: only("sense")?,
                noun: only("noun")?,
                deliberate: only("deliberate")?,
            })
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// Whether words `from..to` show a one-word company name used in another
    /// sense ("the ACME protocol", "an Acme anvil").
    pub fn other_sense(&self, words: &[&str], from: usize, to: usize) -> bool {
        self.sense.any(words, from, to)
    }

    /// Every tracked company named in `text` (exactly or nearly), in order.
    /// `mentions` are the text's [`Directory::mentions`] (made once per
    /// text and shared by the rules).
    /// Exact mentions of the processes in `own` (the recipient's company)
    /// are taken as they come: whether they read as the company or are
    /// deliberate does not matter to anyone, and checking costs time.
    pub fn mentions(
        &self,
        dir: &Directory,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        mentions: &[Mention],
        own: &[usize],
    ) -> Vec<CompanyMention> {
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        let lowercase_text = !tokens.iter().any(|t| {
            t.is_word() && t.cap && !t.all_caps && !FIRST_PERSON_CAPS.contains(&t.norm.as_str())
        });
        // The sentence of token `i` (its index and token range).
        let sentence_of = |i: usize| {
            let k = sentences.partition_point(|s| s.last <= i);
            match sentences.get(k).filter(|s| i >= s.first) {
                Some(s) => (k, s.first, s.last),
                None => (sentences.len(), 0, tokens.len()),
            }
        };
        // Per sentence, whether it has a cue of another sense / of a
        // deliberate comparison (looked up once).
        let mut cue_cache: Vec<[Option<bool>; 2]> = vec![[None, None]; sentences.len() + 1];
        let mut cue =
            |set: &PatternSet<()>, deliberate: bool, (k, s0, s1): (usize, usize, usize)| {
                let slot = cue_cache
                    .get_mut(k)
                    .map(|c| &mut c[usize::from(deliberate)]);
                match slot {
                    Some(Some(v)) => *v,
                    Some(slot) => *slot.insert(set.any(&words, s0, s1)),
                    None => set.any(&words, s0, s1),
                }
            };
        let mut out: Vec<CompanyMention> = Vec::new();
        for m in mentions {
            let Resolved::Company(p) = m.who else {
                continue;
            };
            if own.contains(&p) {
                out.push(CompanyMention {
                    first: m.first,
                    last: m.last,
                    process: p,
                    misspelt: None,
                    deliberate: false,
                });
                continue;
            }
            let t = &tokens[m.first];
            let sent = sentence_of(m.first);
            if m.last - m.first == 1 && t.kind == Kind::Word {
                // A one-word name in lower case must read as the company:
                // "umbrella's recruiters", "the acme team", "at initech".
                let after_place = m.first > 0
                    && matches!(
                        words[m.first - 1],
                        "at" | "join" | "joining" | "joined" | "with" | "from"
                    );
                // So must a name of one or two letters ("X", "HP"): "Plan X"
                // and "Gen X" are not the company.
                let short = t.norm.chars().count() <= 2;
                if (short || (!t.cap && !t.all_caps))
                    && !t.possessive
                    && !after_place
                    && self.noun.longest_at(&words, m.last).is_none()
                {
                    continue;
                }
                // "the ACME protocol", "an ACME anvil".
                if cue(&self.sense, false, sent) {
                    continue;
                }
                // Part of another name or a compound: "Stark Street Labs",
                // "Stark-style" — unless the next word is the company's
                // ("Stark HR", "Acme-team").
                let part_of_more = tokens.get(m.last).is_some_and(|n| {
                    let gap = text.get(t.end..n.start).unwrap_or("");
                    let joined = gap == "-" || gap == "\u{2011}";
                    let capital = n.cap && !gap.is_empty() && gap.chars().all(|c| c == ' ');
                    n.kind == Kind::Word
                        && (joined || capital)
                        && self.noun.longest_at(&words, m.last).is_none()
                });
                if part_of_more {
                    continue;
                }
            }
            out.push(CompanyMention {
                first: m.first,
                last: m.last,
                process: p,
                misspelt: None,
                deliberate: cue(&self.deliberate, true, sent),
            });
        }
        let names = &dir.company_names;
        // Tokens inside an exact mention, and inside a near miss.
        let mut in_exact = vec![false; tokens.len()];
        for m in &out {
            for t in in_exact.iter_mut().take(m.last).skip(m.first) {
                *t = true;
            }
        }
        let mut in_near = vec![false; tokens.len()];
        let mut near: Vec<CompanyMention> = Vec::new();
        // Names of several words: all words but one the same, that one a
        // letter off ("Acme Crop", "Umbrella Heath", "Starke Industries").
        let mut seen: FastSet<(usize, usize)> = FastSet::default();
        for (i, t) in tokens.iter().enumerate() {
            if !names.by_word_filter.may_contain(&t.norm) {
                continue;
            }
            let Some(entries) = names.by_word.get(&t.norm) else {
                continue;
            };
            for &(k, pos) in entries {
                let Some(start) = i.checked_sub(pos) else {
                    continue;
                };
                if !seen.insert((k, start)) {
                    continue;
                }
                let (p, name_words, written) = &names.multi[k];
                let end = start + name_words.len();
                if end > tokens.len()
                    || !self.window_is_name(text, tokens, start, end, lowercase_text)
                {
                    continue;
                }
                let differing: Vec<usize> = (0..name_words.len())
                    .filter(|&j| tokens[start + j].norm != name_words[j])
                    .collect();
                let [j] = differing.as_slice() else {
                    continue;
                };
                if !close_word(&tokens[start + j].norm, &name_words[*j], MIN_WORD) {
                    continue;
                }
                // A near miss inside an exact mention of a longer name is no miss.
                if in_exact
                    .get(start..end)
                    .is_some_and(|w| w.iter().all(|&x| x))
                {
                    continue;
                }
                for t in in_near.iter_mut().take(end).skip(start) {
                    *t = true;
                }
                let sent = sentence_of(start);
                near.push(CompanyMention {
                    first: start,
                    last: end,
                    process: *p,
                    misspelt: Some(written.clone()),
                    deliberate: cue(&self.deliberate, true, sent),
                });
            }
        }
        // One-word names: a capitalised word a letter off ("Umbrela").
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != Kind::Word || !(t.cap || t.all_caps || lowercase_text) {
                continue;
            }
            if in_exact[i] || in_near[i] {
                continue;
            }
            let capital_neighbour =
                |j: Option<&Token>| j.is_some_and(|n| n.kind == Kind::Word && n.cap);
            let sentence_start = i == 0
                || matches!(tokens[i - 1].norm.as_str(), "." | "!" | "?" | "\u{2026}")
                || text
                    .get(tokens[i - 1].end..t.start)
                    .is_some_and(|g| g.contains('\n'));
            if sentence_start
                || capital_neighbour(i.checked_sub(1).and_then(|j| tokens.get(j)))
                || capital_neighbour(tokens.get(i + 1))
            {
                continue;
            }
            let (first_byte, len) = (t.norm.as_bytes().first(), t.norm.len());
            for (p, name, written) in &names.single {
                // Cheap tests first: same first letter, about the same length.
                if name.as_bytes().first() != first_byte || name.len().abs_diff(len) > 2 {
                    continue;
                }
                if close_word(&t.norm, name, MIN_SINGLE) {
                    let sent = sentence_of(i);
                    near.push(CompanyMention {
                        first: i,
                        last: i + 1,
                        process: *p,
                        misspelt: Some(written.clone()),
                        deliberate: cue(&self.deliberate, true, sent),
                    });
                    break;
                }
            }
        }
        out.extend(near);
        out.sort_by_key(|m| (m.first, m.last));
        out
    }

    /// Whether tokens `start..end` can be a name: words on one line, at
    /// least one with a capital (unless the whole text is lower case).
    fn window_is_name(
        &self,
        text: &str,
        tokens: &[Token],
        start: usize,
        end: usize,
        lowercase_text: bool,
    ) -> bool {
        let window = &tokens[start..end];
        window.iter().all(|t| t.kind == Kind::Word)
            && (start + 1..end).all(|k| {
                text.get(tokens[k - 1].end..tokens[k].start)
                    .is_some_and(|g| !g.contains('\n') && g.chars().all(char::is_whitespace))
            })
            && (lowercase_text || window.iter().all(|t| t.cap || t.all_caps))
    }
}

/// One edit apart (a swap counts as one), long enough, and not just a
/// plural.
fn close_word(found: &str, name: &str, min_len: usize) -> bool {
    if found == name || name.chars().count() < min_len || found.chars().count() < min_len {
        return false;
    }
    let plural = found.strip_suffix('s') == Some(name) || name.strip_suffix('s') == Some(found);
    !plural && found.chars().next() == name.chars().next() && distance(found, name, 1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::Log;
    use crate::text::tokens::sentences;

    fn found(text: &str) -> Vec<(String, usize, Option<String>, bool)> {
        let log = Log::from_json(include_str!("../../tests/corpus/log.json")).unwrap();
        let dir = Directory::new(&log);
        let t = tokenize(text);
        let s = sentences(text, &t);
        CompanyCues::get()
            .unwrap()
            .mentions(&dir, text, &t, &s, &dir.mentions(text, &t), &[])
            .into_iter()
            .map(|m| {
                (
                    text[t[m.first].start..t[m.last - 1].end].to_string(),
                    m.process,
                    m.misspelt,
                    m.deliberate,
                )
            })
            .collect()
    }

    #[test]
    fn exact_mentions_in_one_pass() {
        let f = found("The Stark team and Umbrella's background check, not acme.com.");
        let names: Vec<_> = f.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Stark", "Umbrella's", "acme.com"]);
        assert_eq!(
            found("being part of stark industries would be a dream")[0].0,
            "stark industries"
        );
        assert_eq!(found("Thanks, the Acme Corporation team")[0].2, None);
    }

    #[test]
    fn near_misses_of_names_and_aliases() {
        for (text, name, close) in [
            (
                "the final round at Starke Industries; great",
                "Starke Industries",
                "Stark Industries",
            ),
            (
                "I'd be delighted to join Acme Crop and help",
                "Acme Crop",
                "Acme Corp",
            ),
            (
                "continue the process with Umbrella Heath.",
                "Umbrella Heath",
                "Umbrella Health",
            ),
            (
                "Thank you. Umbrela Health's focus is great",
                "Umbrela Health's",
                "Umbrella Health",
            ),
            ("I really want to join Umbrela soon", "Umbrela", "Umbrella"),
        ] {
            let f = found(text);
            let m = f
                .iter()
                .find(|m| m.2.is_some())
                .unwrap_or_else(|| panic!("{text}: {f:?}"));
            assert_eq!(
                (m.0.as_str(), m.2.as_deref()),
                (name, Some(close)),
                "{text}"
            );
        }
    }

    #[test]
    fn other_senses_and_look_alikes_are_no_mention() {
        for t in [
            "Your wayfinding project is the acme of design.",
            "We grouped the services under one umbrella API gateway.",
            "I'm glad I brought an umbrella, as Tony warned me.",
            "It is in stark contrast to my current job.",
            "I tested firmware at Starkey Hearing Technologies.",
            "I automated certificate renewal with the ACME protocol.",
            "Like Wile E. Coyote waiting for his ACME crates.",
            "Tony Stark would approve.",
            "I spent a summer at Stark Street Labs and liked the Stark-style dashboards.",
            "I used Spark and Stack Overflow daily.",
            "I left the umbrella, sorry.",
            "Acme Corps of Engineers",
            "Umbrella Healthcare is a different firm",
        ] {
            let f = found(t);
            assert!(
                f.iter()
                    .all(|m| m.2.is_none() && m.0 != "Stark" && m.0 != "ACME" && m.0 != "umbrella"),
                "{t}: {f:?}"
            );
        }
    }

    #[test]
    fn deliberate_comparisons_are_marked() {
        let f = found("I have a competing offer from Stark Industries.");
        assert!(f[0].3);
        let f = found("I'm enclosing the list I prepared for the Stark team.");
        assert!(!f[0].3);
    }
}
