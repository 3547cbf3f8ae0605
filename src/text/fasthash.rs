//! A fast hash for the lookup tables of short string keys (phrase lists,
//! names of the log). The tables are filled from our own data and the
//! user's own log, never from text being checked, so hash flooding is no
//! concern; SipHash's cost on every token of every check is.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash of rustc's `FxHasher`, eight bytes at a time.
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 56));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

/// A filter over a table's words that answers "certainly not there" for
/// most other words without hashing them: it keeps one bit per (first
/// byte, last byte, length) of each word inserted. A word it lets through
/// may still be absent; one it stops is absent. Looking up every token of
/// a text in a table of a few hundred words mostly misses, and this makes
/// a miss cost a few instructions.
#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: Box<[u64; 64]>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter {
            bits: Box::new([0; 64]),
        }
    }
}

impl WordFilter {
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        let (first, last) = match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => (u32::from(f), u32::from(l)),
            _ => (0, 0),
        };
        let len = b.len().min(255) as u32;
        let key = first | (last << 8) | (len << 16);
        // Top 12 bits of a multiplicative hash: one of 4096 bits.
        (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    /// Adds a word.
    pub fn insert(&mut self, word: &str) {
        let k = Self::slot(word);
        self.bits[k >> 6] |= 1 << (k & 63);
    }

    /// False when `word` was certainly never inserted.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let k = Self::slot(word);
        self.bits[k >> 6] & (1 << (k & 63)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_similar_keys_differ() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for (i, k) in ["a", "ab", "abcdefgh", "abcdefghi", "", "ba"]
            .iter()
            .enumerate()
        {
            m.insert(k.to_string(), i);
        }
        assert_eq!(m.get("abcdefghi"), Some(&3));
        assert_eq!(m.get(""), Some(&4));
        assert_eq!(m.get("abc"), None);
        let h = |s: &str| {
            let mut h = FastHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(h("ab"), h("ba"));
        assert_ne!(h("a"), h("a\0"));
    }

    #[test]
    fn the_word_filter_never_stops_a_word_it_holds() {
        let mut f = WordFilter::default();
        let words = ["", "a", "acme", "jose", "o'connor", "résumé", "x"];
        for w in words {
            f.insert(w);
        }
        assert!(words.iter().all(|w| f.may_contain(w)));
        let stopped = ["the", "and", "interview", "thanks", "team"]
            .iter()
            .filter(|w| !f.may_contain(w))
            .count();
        assert!(stopped >= 4, "{stopped}");
    }
}
