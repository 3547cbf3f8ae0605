//! How far apart two short strings are: the optimal-string-alignment
//! (Damerau–Levenshtein) distance, for misspelt names and company names.
//! Counts characters, not bytes; a swap of two neighbours costs one edit
//! ("Crop" for "Corp").

/// The number of single-character insertions, deletions, substitutions and
/// swaps of neighbours that turn `a` into `b`, or `None` when it is more
/// than `limit` (the work stops early; names are short).
///
/// ```
/// use interview_guard::text::edit_distance::distance;
/// assert_eq!(distance("jane", "jayne", 2), Some(1));
/// assert_eq!(distance("corp", "crop", 2), Some(1));
/// assert_eq!(distance("zoe", "zoey", 1), Some(1));
/// assert_eq!(distance("stark", "starkey", 1), None);
/// ```
pub fn distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    // Three rows: two back (for swaps), the previous one and the current one.
    let mut prev2 = vec![0usize; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut cur = vec![0usize; width];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= limit).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_edits_and_swaps() {
        assert_eq!(distance("", "", 0), Some(0));
        assert_eq!(distance("abc", "", 3), Some(3));
        assert_eq!(distance("ramen", "raman", 1), Some(1));
        assert_eq!(distance("van den berg", "van der berg", 2), Some(1));
        assert_eq!(distance("umbrela", "umbrella", 1), Some(1));
        assert_eq!(distance("heath", "health", 1), Some(1));
        assert_eq!(distance("joseph", "jose", 2), Some(2));
        assert_eq!(distance("corporation", "corp", 3), None);
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(distance("zoë", "zoe", 1), Some(1));
        assert_eq!(distance("日本", "日本語", 1), Some(1));
    }
}
