//! Case and diacritic folding, shared by name matching and text analysis.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Pushes the folded form of `c` (lower case, no diacritics, straight
/// apostrophes) onto `out`.
pub fn push_folded(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' | '\u{2032}' => out.push('\''),
        'ß' | 'ẞ' => out.push_str("ss"),
        'Æ' | 'æ' => out.push_str("ae"),
        'Œ' | 'œ' => out.push_str("oe"),
        'Ø' | 'ø' => out.push('o'),
        'Ł' | 'ł' => out.push('l'),
        'Đ' | 'đ' | 'Ð' | 'ð' => out.push('d'),
        'Þ' | 'þ' => out.push_str("th"),
        'ı' => out.push('i'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            let mut base = String::new();
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    base.push(d);
                }
            });
            for b in base.chars() {
                out.extend(b.to_lowercase());
            }
        }
    }
}

/// The folded form of a whole string.
///
/// ```
/// use interview_guard::text::fold::fold;
/// assert_eq!(fold("José Núñez"), "jose nunez");
/// assert_eq!(fold("O’Connor"), "o'connor");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Whether `c` is a combining mark (part of the previous letter).
pub fn is_mark(c: char) -> bool {
    is_combining_mark(c)
}

/// Whether two strings differ only in their diacritics (not in letters or case).
pub fn differs_only_in_diacritics(a: &str, b: &str) -> bool {
    a != b && fold(a) == fold(b) && a.to_lowercase() != b.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_names_from_many_languages() {
        assert_eq!(fold("Zoë Ørsted-Łukasz"), "zoe orsted-lukasz");
        assert_eq!(fold("Nguyễn Thị"), "nguyen thi");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("Ça va"), "ca va");
        assert!(differs_only_in_diacritics("Jose", "José"));
        assert!(!differs_only_in_diacritics("jose", "Jose"));
    }
}
