//! Near-duplicate texts: word shingles (runs of three words) over folded
//! tokens, with names left out, compared by Jaccard similarity. Used by
//! `duplicate-note` to find a thank-you note that only swaps the name.
//!
//! ```
//! use interview_guard::text::similarity::Fingerprint;
//! use interview_guard::text::tokens::tokenize;
//! let names = ["jane", "jose"];
//! let is_name = |w: &str| names.contains(&w);
//! let a = Fingerprint::new(&tokenize("Hi Jane, thank you for showing me the data platform today."), is_name);
//! let b = Fingerprint::new(&tokenize("Hi José, thank you for showing me the data platform today!"), is_name);
//! assert_eq!(a.similarity(&b), 1.0);
//! ```

use super::tokens::{Kind, Token};

/// Words per shingle.
const SHINGLE: usize = 3;

/// Titles that go with a name ("Dear Ms. Doe" / "Dear Mr. Núñez").
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
];

/// The shingles of a text, as sorted, distinct 64-bit hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    shingles: Vec<u64>,
    words: usize,
}

/// FNV-1a: small, fast and the same on every platform and run.
fn fnv(h: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *h ^= u64::from(b);
        *h = h.wrapping_mul(0x0100_0000_01b3);
    }
}

impl Fingerprint {
    /// The fingerprint of `tokens`: words and numbers only (punctuation,
    /// emoji and case do not count), without the words `is_name` says are
    /// names and without titles.
    pub fn new(tokens: &[Token], is_name: impl Fn(&str) -> bool) -> Fingerprint {
        let words: Vec<&str> = tokens
            .iter()
            .filter(|t| matches!(t.kind, Kind::Word | Kind::Number))
            .map(|t| t.norm.as_str())
            .filter(|w| !TITLES.contains(w) && !is_name(w))
            .collect();
        let n = SHINGLE.min(words.len().max(1));
        let mut shingles: Vec<u64> = words
            .windows(n)
            .map(|win| {
                let mut h = 0xcbf2_9ce4_8422_2325u64;
                for w in win {
                    fnv(&mut h, w.as_bytes());
                    fnv(&mut h, &[0]);
                }
                h
            })
            .collect();
        shingles.sort_unstable();
        shingles.dedup();
        Fingerprint {
            shingles,
            words: words.len(),
        }
    }

    /// How many words were kept (names and punctuation left out).
    pub fn words(&self) -> usize {
        self.words
    }

    /// Jaccard similarity of the two shingle sets, from 0 (nothing in
    /// common) to 1 (the same words in the same order); 0 when either is
    /// empty.
    pub fn similarity(&self, other: &Fingerprint) -> f64 {
        let (a, b) = (&self.shingles, &other.shingles);
        if a.is_empty() || b.is_empty() {
            return 0.0;
        }
        let (mut i, mut j, mut both) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    both += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let union = a.len() + b.len() - both;
        both as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sim(a: &str, b: &str) -> f64 {
        let names = [
            "jane", "doe", "tony", "marsh", "siobhan", "o'connor", "hart", "acme",
        ];
        let is_name = |w: &str| names.contains(&w);
        Fingerprint::new(&tokenize(a), is_name).similarity(&Fingerprint::new(&tokenize(b), is_name))
    }

    #[test]
    fn names_titles_punctuation_and_case_do_not_count() {
        assert_eq!(
            sim(
                "Dear Ms. Doe, thank you for meeting me at Acme today!",
                "dear mr marsh - Thank you for meeting me at acme today."
            ),
            1.0
        );
        assert_eq!(
            sim(
                "Siobhán, thanks for the tour of the studio.",
                "Tony, thanks for the tour of the studio."
            ),
            1.0
        );
    }

    #[test]
    fn one_changed_detail_stays_close_and_different_notes_are_far() {
        let base = "Thank you for taking the time to talk with me about the analytics role. \
I enjoyed hearing how the team moved its reporting to dbt, and I am excited about the chance \
to help with the migration. I look forward to hearing from you.";
        let tweak = base.replace("moved its reporting to dbt", "rebuilt its event pipeline");
        assert!(sim(base, &tweak) > 0.6, "{}", sim(base, &tweak));
        let other = "Thanks so much for the conversation this morning. Your point about \
keeping dashboards small stuck with me, and the whiteboard problem was a lot of fun. \
Hope the offsite goes well!";
        assert!(sim(base, other) < 0.2, "{}", sim(base, other));
    }

    #[test]
    fn empty_and_tiny_texts() {
        assert_eq!(sim("", ""), 0.0);
        assert_eq!(sim("Jane", "Tony"), 0.0);
        assert_eq!(sim("Thanks!", "Thanks."), 1.0);
        assert_eq!(sim("Thank you", "Thank you"), 1.0);
    }
}
