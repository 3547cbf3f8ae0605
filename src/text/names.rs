//! Comparing a name as written in a message with a tracked person's name:
//! the same (case and apostrophe style aside), a common short form of the
//! first name ("Liz" for Elizabeth, from `data/nicknames.txt`), the same
//! letters with diacritics dropped or changed ("Jose" for José), a
//! misspelling (a small edit distance: "Jayne" for Jane, "Zoey" for Zoë),
//! or a different name.

use super::edit_distance::distance;
use super::fasthash::FastMap;
use super::fold::fold;
use super::pattern::PatternError;
use super::tokens::{tokenize, Token};
use crate::people::{HONORIFICS, SUFFIXES};
use std::sync::OnceLock;
use unicode_normalization::char::decompose_canonical;

/// One word of a name: as written, with its diacritics kept (lower case,
/// canonical decomposition, straight apostrophes), and folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameWord {
    /// As written.
    pub raw: String,
    canon: String,
    folded: String,
}

impl NameWord {
    /// A word of a name as written.
    pub fn new(raw: &str) -> NameWord {
        let raw = raw.trim_end_matches(['\'', '\u{2019}']);
        let raw = raw
            .strip_suffix("'s")
            .or_else(|| raw.strip_suffix("\u{2019}s"))
            .filter(|r| !r.is_empty())
            .unwrap_or(raw);
        NameWord {
            raw: raw.to_string(),
            canon: canon(raw),
            folded: fold(raw),
        }
    }

    /// The word of `text` that token `t` covers (a possessive `'s` dropped).
    pub fn from_token(text: &str, t: &Token) -> NameWord {
        NameWord::new(text.get(t.start..t.end).unwrap_or(""))
    }

    /// The folded form (lower case, no diacritics).
    pub fn folded(&self) -> &str {
        &self.folded
    }
}

/// Lower case with diacritics kept as combining marks, straight apostrophes.
fn canon(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
            c => decompose_canonical(c, |d| out.extend(d.to_lowercase())),
        }
    }
    out
}

/// A tracked person's name, split into words (honorifics and suffixes
/// dropped; "Doe, Jane" read as "Jane Doe"). Hyphens separate words, as in
/// the tokenizer: "O'Connor-Hart" is two.
#[derive(Debug, Clone)]
pub struct PersonName {
    /// The first name.
    pub first: NameWord,
    /// Middle names and surname, in order.
    pub rest: Vec<NameWord>,
    /// The surname part as written ("Van der Berg", "O'Connor-Hart").
    pub rest_raw: String,
}

impl PersonName {
    /// Splits a name as logged; None when it has no word.
    pub fn parse(name: &str) -> Option<PersonName> {
        let reordered;
        let name = match name.split_once(',') {
            Some((last, first))
                if !first.trim().is_empty()
                    && !SUFFIXES.contains(&fold(first.trim()).trim_matches('.')) =>
            {
                reordered = format!("{} {}", first.trim(), last.trim());
                reordered.as_str()
            }
            _ => name,
        };
        let tokens = tokenize(name);
        let mut words: Vec<&Token> = tokens.iter().filter(|t| t.is_word()).collect();
        while words.len() > 1 && HONORIFICS.contains(&words[0].norm.as_str()) {
            words.remove(0);
        }
        while words.len() > 1
            && words
                .last()
                .is_some_and(|t| SUFFIXES.contains(&t.norm.as_str()))
        {
            words.pop();
        }
        let (first, rest) = words.split_first()?;
        let rest_raw = match (rest.first(), rest.last()) {
            (Some(a), Some(b)) => name.get(a.start..b.end).unwrap_or("").to_string(),
            _ => String::new(),
        };
        Some(PersonName {
            first: NameWord::from_token(name, first),
            rest: rest.iter().map(|t| NameWord::from_token(name, t)).collect(),
            rest_raw,
        })
    }
}

/// How a written name compares with a person's name, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameMatch {
    /// The same name (case and apostrophe style aside).
    Same,
    /// A common short form of the first name, or the formal form of it.
    ShortForm,
    /// The same letters, with diacritics dropped or changed.
    Diacritics,
    /// Close, but misspelt.
    Misspelt,
    /// Another name.
    Different,
}

/// The nickname table (`data/nicknames.txt`), read both ways.
pub struct Nicknames {
    related: FastMap<String, Vec<String>>,
}

static NICKNAMES: OnceLock<Result<Nicknames, PatternError>> = OnceLock::new();

impl Nicknames {
    /// The shared table, read on first use.
    pub fn get() -> Result<&'static Nicknames, PatternError> {
        NICKNAMES
            .get_or_init(|| Nicknames::parse(include_str!("data/nicknames.txt")))
            .as_ref()
            .map_err(Clone::clone)
    }

    fn parse(src: &str) -> Result<Nicknames, PatternError> {
        let mut related: FastMap<String, Vec<String>> = FastMap::default();
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (formal, shorts) = line.split_once('\t').ok_or_else(|| {
                PatternError(format!("nicknames line {}: no tab in {line:?}", n + 1))
            })?;
            let formal = fold(formal.trim());
            for short in shorts.split('|').map(|s| fold(s.trim())) {
                if short.is_empty() || formal.is_empty() {
                    return Err(PatternError(format!(
                        "nicknames line {}: empty name in {line:?}",
                        n + 1
                    )));
                }
                related
                    .entry(formal.clone())
                    .or_default()
                    .push(short.clone());
                related.entry(short).or_default().push(formal.clone());
            }
        }
        Ok(Nicknames { related })
    }

    /// Every name the table relates to this folded first name (its short
    /// forms, or the formal names it is short for).
    pub fn variants(&self, a: &str) -> &[String] {
        self.related.get(a).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether one folded first name is a short form of the other.
    pub fn related(&self, a: &str, b: &str) -> bool {
        self.related
            .get(a)
            .is_some_and(|v| v.iter().any(|x| x == b))
    }
}

/// Whether two folded strings are close enough to be one name misspelt.
fn near(a: &str, b: &str) -> bool {
    let n = a.chars().count().max(b.chars().count());
    let limit = match n {
        0..=2 => 0,
        3..=4 => 1,
        _ => 2,
    };
    limit > 0 && distance(a, b, limit).is_some()
}

fn word_match(a: &NameWord, b: &NameWord) -> NameMatch {
    if a.canon == b.canon {
        NameMatch::Same
    } else if a.folded == b.folded {
        NameMatch::Diacritics
    } else if near(&a.folded, &b.folded) {
        NameMatch::Misspelt
    } else {
        NameMatch::Different
    }
}

fn seq_match(found: &[NameWord], target: &[NameWord]) -> NameMatch {
    if target.is_empty() || found.is_empty() {
        return NameMatch::Different;
    }
    if found.len() == target.len() {
        return found
            .iter()
            .zip(target)
            .map(|(a, b)| word_match(a, b))
            .max()
            .unwrap_or(NameMatch::Different);
    }
    let join = |w: &[NameWord]| {
        w.iter()
            .map(|x| x.folded.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    if near(&join(found), &join(target)) {
        NameMatch::Misspelt
    } else {
        NameMatch::Different
    }
}

/// Compares the words of a name as written (`titled`: after "Ms", "Dr"…,
/// so a surname) with a person's name.
///
/// ```
/// use interview_guard::text::names::{compare, NameMatch, NameWord, Nicknames, PersonName};
/// let nick = Nicknames::get().unwrap();
/// let jose = PersonName::parse("José Núñez").unwrap();
/// let w = |s: &str| s.split(' ').map(NameWord::new).collect::<Vec<_>>();
/// assert_eq!(compare(&w("JOSÉ"), false, &jose, nick), NameMatch::Same);
/// assert_eq!(compare(&w("Jose"), false, &jose, nick), NameMatch::Diacritics);
/// assert_eq!(compare(&w("José Nunez"), false, &jose, nick), NameMatch::Diacritics);
/// assert_eq!(compare(&w("Joseph"), false, &jose, nick), NameMatch::Misspelt);
/// let zoe = PersonName::parse("Zoë Van der Berg").unwrap();
/// assert_eq!(compare(&w("Van den Berg"), true, &zoe, nick), NameMatch::Misspelt);
/// let tony = PersonName::parse("Anthony Marsh").unwrap();
/// assert_eq!(compare(&w("Tony"), false, &tony, nick), NameMatch::ShortForm);
/// ```
pub fn compare(found: &[NameWord], titled: bool, who: &PersonName, nick: &Nicknames) -> NameMatch {
    let Some(head) = found.first() else {
        return NameMatch::Different;
    };
    // No surname logged: a title and surname cannot be judged.
    if titled && who.rest.is_empty() {
        return NameMatch::ShortForm;
    }
    if titled {
        // Any run of the surname's words ("O'Connor" of O'Connor-Hart), or
        // the first name ("Ms Jane", odd but not wrong).
        let mut best = word_match(head, &who.first).min(if found.len() == 1 {
            NameMatch::Different
        } else {
            seq_match(found, std::slice::from_ref(&who.first))
        });
        for i in 0..who.rest.len() {
            for j in i + 1..=who.rest.len() {
                best = best.min(seq_match(found, &who.rest[i..j]));
            }
        }
        return best;
    }
    // The first name; after an initial ("J. Robert Smith") the next name
    // is the one people use.
    let mut given = vec![&who.first];
    if who.first.folded.chars().count() == 1 {
        given.extend(who.rest.first());
    }
    let first = given
        .iter()
        .map(|g| {
            let m = word_match(head, g);
            if m > NameMatch::ShortForm && nick.related(&head.folded, &g.folded) {
                NameMatch::ShortForm
            } else {
                m
            }
        })
        .min()
        .unwrap_or(NameMatch::Different);
    if found.len() == 1 {
        // The surname alone ("Dear Raman,") is not wrong either.
        let surname = who
            .rest
            .last()
            .map(|s| word_match(head, s))
            .filter(|m| *m == NameMatch::Same);
        return surname.map_or(first, |s| s.min(first));
    }
    if first == NameMatch::Different || who.rest.is_empty() {
        // (No surname logged: the first name decides.)
        return first;
    }
    // First name and surname, the middle names optional.
    let rest = (0..who.rest.len())
        .map(|i| seq_match(&found[1..], &who.rest[i..]))
        .min()
        .unwrap_or(NameMatch::Different);
    if rest == NameMatch::Different {
        return NameMatch::Different;
    }
    first.max(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<NameWord> {
        tokenize(s)
            .iter()
            .filter(|t| t.is_word())
            .map(|t| NameWord::from_token(s, t))
            .collect()
    }

    fn cmp(found: &str, titled: bool, name: &str) -> NameMatch {
        let who = PersonName::parse(name).unwrap();
        compare(&w(found), titled, &who, Nicknames::get().unwrap())
    }

    #[test]
    fn same_names_ignore_case_and_apostrophe_style() {
        assert_eq!(cmp("jane", false, "Jane Doe"), NameMatch::Same);
        assert_eq!(
            cmp("O’Connor-Hart", true, "Siobhán O'Connor-Hart"),
            NameMatch::Same
        );
        assert_eq!(
            cmp("O'Connor", true, "Siobhán O'Connor-Hart"),
            NameMatch::Same
        );
        assert_eq!(
            cmp("Van der Berg", true, "Zoë Van der Berg"),
            NameMatch::Same
        );
        assert_eq!(cmp("Jane Doe", false, "Jane Quinn Doe"), NameMatch::Same);
        assert_eq!(cmp("Raman", false, "Priya Raman"), NameMatch::Same);
        assert_eq!(cmp("Zoë's", false, "Zoë Van der Berg"), NameMatch::Same);
        // Composed and decomposed é are one letter.
        assert_eq!(cmp("Jose\u{301}", false, "José Núñez"), NameMatch::Same);
    }

    #[test]
    fn dropped_diacritics_are_told_from_misspellings() {
        assert_eq!(
            cmp("Siobhan", false, "Siobhán O'Connor-Hart"),
            NameMatch::Diacritics
        );
        assert_eq!(cmp("Zoe", false, "Zoë Van der Berg"), NameMatch::Diacritics);
        assert_eq!(cmp("Zoey", false, "Zoë Van der Berg"), NameMatch::Misspelt);
        assert_eq!(cmp("Jayne", false, "Jane Doe"), NameMatch::Misspelt);
        assert_eq!(cmp("Ramen", true, "Priya Raman"), NameMatch::Misspelt);
        assert_eq!(cmp("Jon", false, "John Smith"), NameMatch::Misspelt);
    }

    #[test]
    fn other_names_differ() {
        assert_eq!(
            cmp("Priya", false, "Zoë Van der Berg"),
            NameMatch::Different
        );
        assert_eq!(cmp("Jane Smith", false, "Jane Doe"), NameMatch::Different);
        assert_eq!(cmp("Sarah", false, "Dana Lee"), NameMatch::Different);
        assert_eq!(cmp("Doe", true, "Jane Roe-Smith"), NameMatch::Misspelt);
    }

    #[test]
    fn short_forms_of_the_first_name_are_fine_both_ways() {
        assert_eq!(cmp("Liz", false, "Elizabeth Bennet"), NameMatch::ShortForm);
        assert_eq!(cmp("Elizabeth", false, "Liz Bennet"), NameMatch::ShortForm);
        assert_eq!(
            cmp("Tony Marsh", false, "Anthony Marsh"),
            NameMatch::ShortForm
        );
        assert_eq!(cmp("Liz", false, "Jane Doe"), NameMatch::Different);
        assert_eq!(cmp("Robert", false, "J. Robert Smith"), NameMatch::Same);
        assert_eq!(cmp("Bob", false, "J. Robert Smith"), NameMatch::ShortForm);
    }

    #[test]
    fn names_as_logged_are_split_sensibly() {
        let p = PersonName::parse("Dr. Doe, Jane").unwrap();
        assert_eq!(p.first.raw, "Jane");
        let p = PersonName::parse("Ms Zoë Van der Berg PhD").unwrap();
        assert_eq!(p.first.raw, "Zoë");
        assert_eq!(p.rest_raw, "Van der Berg");
        assert!(PersonName::parse("  ").is_none());
        assert!(PersonName::parse("Cher").unwrap().rest.is_empty());
        // Only a first name logged: the surname cannot be judged.
        assert_eq!(cmp("Cher Sarkisian", false, "Cher"), NameMatch::Same);
        assert_eq!(cmp("Sarkisian", true, "Cher"), NameMatch::ShortForm);
        assert_eq!(cmp("Sonny", false, "Cher"), NameMatch::Different);
    }

    #[test]
    fn the_table_parses_and_bad_lines_fail() {
        assert!(Nicknames::get().is_ok());
        assert!(Nicknames::parse("william bill").is_err());
        assert!(Nicknames::parse("william\tbill||will").is_err());
    }
}
