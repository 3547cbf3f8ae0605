//! Money in free text: amounts with their currency, pay period and range
//! (`$135k`, `135,000 USD a year`, `£60/hour`, `€5.5k per month`,
//! `$130-140k`, `120 000 €`, "a hundred and forty thousand dollars"), and
//! which of them are salary figures rather than prices, budgets or bonuses.
//!
//! Two steps, both linear in the text: [`Money::amounts`] reads every
//! figure that looks like a sum of money; [`Money::salary_figures`] keeps
//! those whose context makes them pay (salary, base, rate, "I'd need…").
//! The phrase lists are in `data/money.txt`.
//!
//! ```
//! use interview_guard::text::money::{Money, Per};
//! use interview_guard::text::tokens::{sentences, tokenize};
//! let money = Money::get().unwrap();
//! let text = "My rate would be £60/hour, and the $135 train ticket is attached.";
//! let tokens = tokenize(text);
//! let all = money.amounts(text, &tokens);
//! assert_eq!(all.len(), 2);
//! assert_eq!((all[0].value(), all[0].currency.as_deref(), all[0].per), (60.0, Some("GBP"), Some(Per::Hour)));
//! assert_eq!(all[0].yearly(), 124_800.0);
//! let pay = money.salary_figures(text, &tokens, &sentences(text, &tokens), false);
//! assert_eq!(pay.len(), 1); // the ticket is a price
//! ```

use super::pattern::{PatternError, PatternSet};
use super::tokens::{Kind, Sentence, Token};
use std::sync::OnceLock;

/// A pay period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// Per hour.
    Hour,
    /// Per (working) day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

impl Per {
    /// Multiplier to a yearly amount: hour × 2080, day × 260 (eight-hour
    /// days, the same 2080 hours), week × 52, month × 12 (RULES.md).
    pub fn per_year(self) -> f64 {
        match self {
            Per::Hour => 2080.0,
            Per::Day => 260.0,
            Per::Week => 52.0,
            Per::Month => 12.0,
            Per::Year => 1.0,
        }
    }

    /// "hour", "day", "week", "month", "year".
    pub fn name(self) -> &'static str {
        match self {
            Per::Hour => "hour",
            Per::Day => "day",
            Per::Week => "week",
            Per::Month => "month",
            Per::Year => "year",
        }
    }

    fn parse(s: &str) -> Option<Per> {
        Some(match s {
            "hour" => Per::Hour,
            "day" => Per::Day,
            "week" => Per::Week,
            "month" => Per::Month,
            "year" => Per::Year,
            _ => return None,
        })
    }
}

/// One amount of money found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// First token.
    pub first: usize,
    /// One past the last token (currency and period included).
    pub last: usize,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the last character.
    pub end: usize,
    /// The amount, or the low end of a range.
    pub low: f64,
    /// The amount, or the high end of a range.
    pub high: f64,
    /// ISO code of the currency, when one is written (a bare `$` is USD).
    pub currency: Option<String>,
    /// The pay period, when one is written.
    pub per: Option<Per>,
    /// Written at the size of a salary: with a multiplier (`k`, thousand),
    /// thousands separators, or five digits or more.
    pub sizable: bool,
}

impl Amount {
    /// The amount (the midpoint of a range).
    pub fn value(&self) -> f64 {
        (self.low + self.high) / 2.0
    }

    /// The amount per year (no period written means yearly).
    pub fn yearly(&self) -> f64 {
        self.value() * self.per.unwrap_or(Per::Year).per_year()
    }

    /// Whether it is a range.
    pub fn is_range(&self) -> bool {
        self.low != self.high
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    Pay,
    Other,
    Source,
    Negate,
    Floor,
    Joiner,
}

/// A context phrase found in a text.
struct ContextHit {
    start: usize,
    end: usize,
    value: Context,
}

/// What a phrase of `data/money.txt` says. One value type (and one parser)
/// for all four lists keeps a single copy of the pattern code in the WASM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Currency([u8; 3]),
    After(Per),
    Before(Per),
    Context(Context),
}

fn parse_cue(v: &str) -> Result<Cue, String> {
    let per = |p: &str| Per::parse(p).ok_or_else(|| format!("bad period {p:?}"));
    Ok(match v.split_once(':') {
        Some(("cur", code)) => match code.as_bytes() {
            &[a, b, c] if code.bytes().all(|b| b.is_ascii_uppercase()) => Cue::Currency([a, b, c]),
            _ => return Err(format!("bad currency code {code:?}")),
        },
        Some(("per", p)) => Cue::After(per(p)?),
        Some(("pre", p)) => Cue::Before(per(p)?),
        Some(_) => return Err(format!("unknown kind {v:?}")),
        None => Cue::Context(match v {
            "pay" => Context::Pay,
            "other" => Context::Other,
            "source" => Context::Source,
            "negate" => Context::Negate,
            "floor" => Context::Floor,
            "joiner" => Context::Joiner,
            other => return Err(format!("unknown kind {other:?}")),
        }),
    })
}

/// The compiled phrase lists (built once per process).
pub struct Money {
    currencies: PatternSet<Cue>,
    after: PatternSet<Cue>,
    before: PatternSet<Cue>,
    context: PatternSet<Cue>,
}

static MONEY: OnceLock<Result<Money, PatternError>> = OnceLock::new();

/// The lines of `src` whose kind (before the tab) `keep` accepts, with
/// comments and classes.
fn lines_of(src: &str, keep: impl Fn(&str) -> bool) -> String {
    src.lines()
        .filter(|l| match l.split_once('\t') {
            Some((v, _)) if !l.starts_with('#') => keep(v.trim()),
            _ => true,
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

fn per_of(c: &Cue) -> Option<Per> {
    match c {
        Cue::After(p) | Cue::Before(p) => Some(*p),
        _ => None,
    }
}

fn context_of(c: &Cue) -> Option<Context> {
    match c {
        Cue::Context(k) => Some(*k),
        _ => None,
    }
}

/// Most digits read in one number: beyond this it is no sum anyone earns.
const MAX_DIGITS: usize = 15;

/// Ratio beyond which two figures joined by a dash are not one range.
const MAX_RANGE_RATIO: f64 = 3.0;

impl Money {
    /// The shared analyser, compiled on first use.
    pub fn get() -> Result<&'static Money, PatternError> {
        MONEY
            .get_or_init(|| {
                let src = include_str!("data/money.txt");
                let set = |keep: fn(&str) -> bool| {
                    PatternSet::compile(&lines_of(src, keep), parse_cue as fn(&str) -> _)
                };
                Ok(Money {
                    currencies: set(|k| k.starts_with("cur:"))?,
                    after: set(|k| k.starts_with("per:"))?,
                    before: set(|k| k.starts_with("pre:"))?,
                    context: set(|k| !k.contains(':'))?,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Every amount of money in `tokens` (of `text`), left to right.
    pub fn amounts(&self, text: &str, tokens: &[Token]) -> Vec<Amount> {
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        // An amount has digits within its first three tokens ("US$135k"),
        // or is written in words with a thousand or a million.
        let in_words = words
            .iter()
            .any(|w| matches!(*w, "thousand" | "grand" | "million"));
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let digits_near = tokens[i..(i + 3).min(tokens.len())]
                .iter()
                .any(|t| t.kind == Kind::Number);
            if !digits_near && !in_words {
                i += 1;
                continue;
            }
            match self.amount_at(text, tokens, &words, i) {
                Some(a) => {
                    i = a.last.max(i + 1);
                    out.push(a);
                }
                None => i += 1,
            }
        }
        out
    }

    /// A currency written at token `i`: (code, one past its last token,
    /// explicit — a code or word rather than a bare symbol).
    fn currency_at(
        &self,
        tokens: &[Token],
        words: &[&str],
        i: usize,
    ) -> Option<(String, usize, bool)> {
        let m = self.currencies.longest_at(words, i)?;
        let Cue::Currency(code) = *m.value else {
            return None;
        };
        let code = String::from_utf8_lossy(&code).into_owned();
        // "US$", "C$": the symbol is glued to its prefix ("a $" is no AUD).
        if tokens[m.start + 1..m.end]
            .iter()
            .any(|t| t.space_before && t.kind != Kind::Word)
        {
            return None;
        }
        let t = &tokens[i];
        // Codes that are also English words count only in capitals ("TRY").
        if t.kind == Kind::Word
            && m.end - m.start == 1
            && words[i].len() == 3
            && words[i].to_ascii_uppercase() == code
            && !t.all_caps
            && !matches!(
                words[i],
                "usd" | "eur" | "gbp" | "cad" | "aud" | "chf" | "jpy" | "inr"
            )
        {
            return None;
        }
        let explicit = m.end - m.start > 1 || t.kind == Kind::Word;
        Some((code, m.end, explicit))
    }

    fn amount_at(&self, text: &str, tokens: &[Token], words: &[&str], i: usize) -> Option<Amount> {
        let mut currency: Option<(String, bool)> = None;
        let mut take = |c: Option<(String, usize, bool)>| -> Option<usize> {
            let (code, end, explicit) = c?;
            if currency.as_ref().is_none_or(|(_, e)| explicit && !e) {
                currency = Some((code, explicit));
            }
            Some(end)
        };
        let mut at = i;
        if let Some(end) = take(self.currency_at(tokens, words, at)) {
            at = end;
        }
        let first_num = number_at(text, tokens, words, at)?;
        let mut low = first_num.value;
        let mut high = low;
        let mut sizable = first_num.sizable;
        let mut per = first_num.per;
        at = first_num.end;
        if let Some(end) = take(self.currency_at(tokens, words, at)) {
            at = end;
        }
        // A range: "$130-140k", "$125k to $145k", "between … and …".
        if let Some(after_dash) = range_connector(text, tokens, words, i, at) {
            let mut j = after_dash;
            let mut second_currency = None;
            if let Some(c) = self.currency_at(tokens, words, j) {
                j = c.1;
                second_currency = Some(c);
            }
            if let Some(second) = number_at(text, tokens, words, j) {
                let mut a = first_num.value;
                if first_num.multiplier == 1.0
                    && second.multiplier > 1.0
                    && a * second.multiplier <= second.value
                {
                    a *= second.multiplier;
                }
                let b = second.value;
                if a > 0.0 && b >= a && b <= a * MAX_RANGE_RATIO {
                    low = a;
                    high = b;
                    sizable |= second.sizable;
                    per = per.or(second.per);
                    at = second.end;
                    take(second_currency);
                    if let Some(end) = take(self.currency_at(tokens, words, at)) {
                        at = end;
                    }
                }
            }
        }
        // "%", "x": a percentage or a factor, not money.
        if tokens
            .get(at)
            .is_some_and(|t| !t.space_before && matches!(t.norm.as_str(), "%" | "x"))
        {
            return None;
        }
        if per.is_none() {
            if let Some(m) = self.after.longest_at(words, at) {
                per = per_of(m.value);
                at = m.end;
            } else if words
                .get(at)
                .is_some_and(|w| matches!(*w, "base" | "gross"))
            {
                // "$140k base a year"
                if let Some(m) = self.after.longest_at(words, at + 1) {
                    per = per_of(m.value);
                }
            }
        }
        if per.is_none() {
            per = self.period_before(words, i);
        }
        let last = at.max(i + 1).min(tokens.len());
        Some(Amount {
            first: i,
            last,
            start: tokens[i].start,
            end: tokens[last - 1].end,
            low,
            high,
            currency: currency.map(|(c, _)| c),
            per,
            sizable,
        })
    }

    /// "an hourly rate of $65": a period word in the five words before.
    fn period_before(&self, words: &[&str], i: usize) -> Option<Per> {
        let from = i.saturating_sub(5);
        let mut found = None;
        for k in (from..i).rev() {
            if is_boundary(words[k]) {
                break;
            }
            if let Some(m) = self.before.longest_at(&words[..i], k) {
                found = per_of(m.value);
                break;
            }
        }
        found
    }

    /// The amounts of `tokens` that are salary figures: a pay word in their
    /// sentence or the one before (or `subject_is_pay`, the subject line
    /// speaks of pay), or a pay period with a currency; not a price, budget,
    /// bonus or someone else's figure, and not negated ("not $150k", but
    /// "not below $150k" is a floor and counts). Amounts without a currency
    /// count only with a pay word in their own sentence and at salary size.
    pub fn salary_figures(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        subject_is_pay: bool,
    ) -> Vec<Amount> {
        let amounts = self.amounts(text, tokens);
        if amounts.is_empty() {
            return amounts;
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        // Non-overlapping and in order, so every lookup below is a binary
        // search: a pasted book full of figures stays linear.
        let ctx: Vec<ContextHit> = self
            .context
            .find_all(&words, 0, words.len())
            .into_iter()
            .filter_map(|m| {
                context_of(m.value).map(|value| ContextHit {
                    start: m.start,
                    end: m.end,
                    value,
                })
            })
            .collect();
        let starting_in = |from: usize, to: usize| {
            let a = ctx.partition_point(|m| m.start < from);
            let b = ctx.partition_point(|m| m.start < to);
            &ctx[a..b.max(a)]
        };
        let kind_at = |k: usize| {
            let i = ctx.partition_point(|m| m.end <= k);
            ctx.get(i).filter(|m| m.start <= k).map(|m| m.value)
        };
        let pay_in = |from: usize, to: usize| {
            starting_in(from, to)
                .iter()
                .filter(|m| m.value == Context::Pay)
                .count()
        };
        let pay_per_sentence: Vec<usize> =
            sentences.iter().map(|s| pay_in(s.first, s.last)).collect();
        let mut out = Vec::new();
        for a in amounts {
            let si = sentences.partition_point(|s| s.last <= a.first);
            let Some(&s) = sentences.get(si).filter(|s| s.first <= a.first) else {
                continue;
            };
            let pay_here = pay_per_sentence[si] > pay_in(a.first, a.last);
            let pay_before = si > 0
                && sentences[si - 1].paragraph == s.paragraph
                && pay_per_sentence[si - 1] > 0;
            // "no less than $140k", "at least $140k": a floor is a negotiation.
            let floor_before = starting_in(a.first.saturating_sub(4).max(s.first), a.first)
                .iter()
                .any(|m| m.value == Context::Floor && m.end <= a.first);
            let has_pay = if a.currency.is_some() {
                pay_here
                    || pay_before
                    || floor_before
                    || subject_is_pay
                    || matches!(a.per, Some(Per::Hour | Per::Day | Per::Year))
            } else {
                // "150k" alone: at salary size, with pay in view, and not
                // counting something ("150,000 followers").
                a.sizable
                    && (pay_here || pay_before || subject_is_pay)
                    && tokens.get(a.last).is_none_or(|t| {
                        t.kind != Kind::Word
                            || kind_at(a.last)
                                .is_some_and(|k| matches!(k, Context::Pay | Context::Joiner))
                            || FOLLOWS_A_SUM.contains(&t.norm.as_str())
                    })
            };
            if !has_pay {
                continue;
            }
            // Words right after it: "$135 train ticket", "$75 a month for internet".
            let mut other = false;
            let mut k = a.last;
            let mut seen = 0;
            while k < s.last && seen < 4 {
                let w = words[k];
                if is_boundary(w) || w == "," {
                    break;
                }
                match kind_at(k) {
                    Some(Context::Joiner) => break,
                    Some(Context::Other) => {
                        other = true;
                        break;
                    }
                    _ => {}
                }
                seen += 1;
                k += 1;
            }
            // Words right before it: "a budget of $500k", "I saved $200".
            let mut k = a.first;
            let mut seen = 0;
            while k > s.first && seen < 4 && !other {
                k -= 1;
                let w = words[k];
                if is_boundary(w) || w == "," {
                    break;
                }
                match kind_at(k) {
                    Some(Context::Pay) | Some(Context::Joiner) => break,
                    Some(Context::Other) => other = true,
                    _ => {}
                }
                seen += 1;
            }
            if other {
                continue;
            }
            // Someone else's figure: "you mentioned $130k", "$125k you offered".
            let near_before = |kind: Context, reach: usize| {
                let from = a.first.saturating_sub(reach).max(s.first);
                starting_in(from, a.first).iter().any(|m| {
                    m.value == kind
                        && m.end <= a.first
                        && !words[m.end..a.first]
                            .iter()
                            .any(|w| is_boundary(w) || *w == ",")
                })
            };
            let source_after = starting_in(a.last, (a.last + 3).min(s.last))
                .iter()
                .any(|m| m.value == Context::Source);
            if near_before(Context::Source, 7) || source_after {
                continue;
            }
            // "not $150k" is no ask; "not below $150k" is a floor.
            let negated = near_before(Context::Negate, 5) && !near_before(Context::Floor, 4);
            if negated {
                continue;
            }
            out.push(a);
        }
        out
    }

    /// Whether a text (a subject line) speaks of pay.
    pub fn mentions_pay(&self, tokens: &[Token]) -> bool {
        let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        self.context
            .find_all(&words, 0, words.len())
            .iter()
            .any(|m| context_of(m.value) == Some(Context::Pay))
    }
}

/// Words that may follow a sum written without a currency ("150k would
/// work", "140,000 now").
const FOLLOWS_A_SUM: &[&str] = &[
    "is",
    "was",
    "would",
    "will",
    "could",
    "should",
    "might",
    "sounds",
    "feels",
    "seems",
    "now",
    "then",
    "a",
    "per",
    "as",
    "or",
    "and",
    "to",
    "for",
    "in",
    "at",
    "if",
    "but",
    "so",
    "with",
    "plus",
    "minimum",
    "maximum",
    "max",
    "min",
    "total",
    "all",
    "including",
    "before",
    "after",
    "i",
    "i'd",
    "i'm",
    "given",
    "which",
    "that",
    "feel",
    "seem",
    "sound",
];

fn is_boundary(w: &str) -> bool {
    matches!(w, "." | "!" | "?" | ";" | ":" | "\u{2026}")
}

/// A number read from one or more tokens.
struct Number {
    value: f64,
    /// The `k` / thousand / million it was multiplied by (1 when none).
    multiplier: f64,
    sizable: bool,
    per: Option<Per>,
    end: usize,
}

/// A number written in digits (`135,000`, `5.5k`, `120 000`, `140
/// thousand`) or in words ("a hundred and forty thousand") at token `i`.
fn number_at(text: &str, tokens: &[Token], words: &[&str], i: usize) -> Option<Number> {
    let t = tokens.get(i)?;
    if t.kind != Kind::Number {
        return number_words_at(words, i);
    }
    let (mut value, mut multiplier, has_sep, per) = parse_digits(&t.norm)?;
    let digits = t.norm.bytes().filter(u8::is_ascii_digit).count();
    let mut end = i + 1;
    let mut sizable = has_sep || multiplier > 1.0 || digits >= 5;
    // "120 000": groups of three digits after single spaces.
    if !has_sep && multiplier == 1.0 && per.is_none() && digits <= 3 {
        let mut groups = 0;
        while let Some(n) = tokens.get(end) {
            let gap = &text[tokens[end - 1].end..n.start];
            let thin_space = gap.chars().count() == 1
                && gap
                    .chars()
                    .all(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'));
            if n.kind == Kind::Number
                && thin_space
                && n.norm.len() == 3
                && n.norm.bytes().all(|b| b.is_ascii_digit())
                && groups < 4
            {
                value = value * 1000.0 + digits_value(&n.norm);
                groups += 1;
                end += 1;
            } else {
                break;
            }
        }
        if groups > 0 {
            // A phone number or a list of numbers goes on: "555 123 4567".
            if tokens.get(end).is_some_and(|n| {
                n.kind == Kind::Number && !text[tokens[end - 1].end..n.start].contains('\n')
            }) {
                return None;
            }
            sizable = true;
        }
    }
    if multiplier == 1.0 && per.is_none() {
        if let Some(m) = words.get(end).and_then(|w| scale_word(w)) {
            multiplier = m;
            value *= m;
            sizable = true;
            end += 1;
        }
    }
    if !value.is_finite() {
        return None;
    }
    Some(Number {
        value,
        multiplier,
        sizable,
        per,
        end,
    })
}

fn scale_word(w: &str) -> Option<f64> {
    match w {
        "thousand" | "grand" | "k" => Some(1e3),
        "million" | "mil" | "mn" | "mm" => Some(1e6),
        _ => None,
    }
}

/// Digits with separators and an optional suffix: (value, multiplier,
/// had thousands separators, a period glued on like `60ph`).
fn parse_digits(norm: &str) -> Option<(f64, f64, bool, Option<Per>)> {
    let split = norm
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(norm.len());
    let (num, suffix) = norm.split_at(split);
    let (multiplier, per) = match suffix {
        "" => (1.0, None),
        "k" => (1e3, None),
        "m" | "mm" | "mn" => (1e6, None),
        "ph" | "hr" | "h" => (1.0, Some(Per::Hour)),
        "pa" => (1.0, Some(Per::Year)),
        "pw" => (1.0, Some(Per::Week)),
        "pcm" => (1.0, Some(Per::Month)),
        "kpa" => (1e3, Some(Per::Year)),
        _ => return None,
    };
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if num.bytes().filter(u8::is_ascii_digit).count() > MAX_DIGITS {
        return None;
    }
    let seps: Vec<(usize, char)> = num
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    let groups: Vec<&str> = num.split([',', '.']).collect();
    if groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    let plain = |parts: &[&str]| -> String { parts.concat() };
    let (int, frac, thousands): (String, String, bool) = match seps.as_slice() {
        [] => (num.to_string(), String::new(), false),
        _ => {
            let last_sep = seps[seps.len() - 1].1;
            let same = seps.iter().all(|&(_, c)| c == last_sep);
            let tail_is_group = groups[1..].iter().all(|g| g.len() == 3) && groups[0].len() <= 3;
            // With a `k`, a dot is a decimal point ("1.500k" is unusual).
            let decimal_dot = last_sep == '.' && multiplier > 1.0 && seps.len() == 1;
            if same && tail_is_group && !decimal_dot {
                (plain(&groups), String::new(), true)
            } else if seps.len() == 1
                || (!same && {
                    // "1,234.56" / "1.234,56": one decimal mark after thousands groups.
                    let head = &groups[..groups.len() - 1];
                    seps[..seps.len() - 1].iter().all(|&(_, c)| c != last_sep)
                        && head[1..].iter().all(|g| g.len() == 3)
                        && head[0].len() <= 3
                })
            {
                let head = &groups[..groups.len() - 1];
                (
                    plain(head),
                    groups[groups.len() - 1].to_string(),
                    seps.len() > 1,
                )
            } else {
                return None;
            }
        }
    };
    let int_v = digits_value(&int);
    let mut frac_v = 0.0;
    let mut scale = 0.1;
    for b in frac.bytes() {
        frac_v += f64::from(b - b'0') * scale;
        scale /= 10.0;
    }
    Some(((int_v + frac_v) * multiplier, multiplier, thousands, per))
}

/// The value of a run of ASCII digits (the callers checked they are
/// digits, and at most [`MAX_DIGITS`] of them). Done by hand: the standard
/// float parser would add its tables to the WASM module for this alone.
fn digits_value(digits: &str) -> f64 {
    digits
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'))
}

fn unit_word(w: &str) -> Option<u64> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(u) = UNITS.iter().position(|&x| x == w) {
        return Some(u as u64);
    }
    TENS.iter()
        .position(|&x| x == w)
        .map(|t| (t as u64 + 2) * 10)
}

/// "a hundred and forty thousand", "one hundred fifty grand": only sums
/// with a thousand or a million (smaller ones are left to the digits).
fn number_words_at(words: &[&str], i: usize) -> Option<Number> {
    let is_scale = |w: &str| matches!(w, "hundred" | "thousand" | "grand" | "million");
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut big = false;
    let mut any = false;
    let mut j = i;
    while j < words.len() && j < i + 16 {
        let w = words[j];
        if w == "a" && !any && words.get(j + 1).is_some_and(|n| is_scale(n)) {
            current = 1;
            any = true;
        } else if w == "and" && any && words.get(j + 1).is_some_and(|n| unit_word(n).is_some()) {
        } else if let Some(u) = unit_word(w) {
            current = current.saturating_add(u);
            any = true;
        } else if w == "hundred" && any {
            current = current.max(1).saturating_mul(100);
        } else if matches!(w, "thousand" | "grand") && any {
            total = total.saturating_add(current.max(1).saturating_mul(1000));
            current = 0;
            big = true;
        } else if w == "million" && any {
            total = total.saturating_add(current.max(1).saturating_mul(1_000_000));
            current = 0;
            big = true;
        } else {
            break;
        }
        j += 1;
    }
    if !big {
        return None;
    }
    let value = total.saturating_add(current) as f64;
    Some(Number {
        value,
        multiplier: 1e3,
        sizable: true,
        per: None,
        end: j,
    })
}

/// The token after a range connector that follows an amount ending at
/// `at`: a dash ("$130-140k", "$130k – $140k"), "to", or "and" after
/// "between".
fn range_connector(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    start: usize,
    at: usize,
) -> Option<usize> {
    let next = tokens.get(at)?;
    if at == 0 {
        return None;
    }
    let gap = &text[tokens[at - 1].end..next.start];
    if gap.contains(['-', '\u{2010}', '\u{2011}'])
        && gap
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
            .is_empty()
    {
        return Some(at);
    }
    match words[at] {
        "\u{2013}" | "\u{2014}" | "to" => Some(at + 1),
        "and" if (start.saturating_sub(3)..start).any(|k| words[k] == "between") => Some(at + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::{sentences, tokenize};

    fn one(text: &str) -> (f64, Option<String>, Option<Per>) {
        let money = Money::get().unwrap();
        let t = tokenize(text);
        let all = money.amounts(text, &t);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        (all[0].value(), all[0].currency.clone(), all[0].per)
    }

    fn usd(v: f64, per: Option<Per>) -> (f64, Option<String>, Option<Per>) {
        (v, Some("USD".into()), per)
    }

    #[test]
    fn the_data_file_compiles() {
        if let Err(e) = Money::get() {
            panic!("{e}");
        }
    }

    #[test]
    fn reads_the_usual_ways_of_writing_pay() {
        assert_eq!(one("$135k"), usd(135_000.0, None));
        assert_eq!(one("$150K base"), usd(150_000.0, None));
        assert_eq!(one("135,000 USD a year"), usd(135_000.0, Some(Per::Year)));
        assert_eq!(one("US$160,000 yearly"), usd(160_000.0, Some(Per::Year)));
        assert_eq!(one("£60/hour"), (60.0, Some("GBP".into()), Some(Per::Hour)));
        assert_eq!(one("$64/hr"), usd(64.0, Some(Per::Hour)));
        assert_eq!(one("$70 an hour"), usd(70.0, Some(Per::Hour)));
        assert_eq!(
            one("€5.5k per month"),
            (5_500.0, Some("EUR".into()), Some(Per::Month))
        );
        assert_eq!(one("$11,000/month"), usd(11_000.0, Some(Per::Month)));
        assert_eq!(one("120 000 €"), (120_000.0, Some("EUR".into()), None));
        assert_eq!(one("120.000 €"), (120_000.0, Some("EUR".into()), None));
        assert_eq!(one("$2,800 a week"), usd(2_800.0, Some(Per::Week)));
        assert_eq!(one("$135,000.50"), usd(135_000.5, None));
        assert_eq!(one("€1.234,50"), (1_234.5, Some("EUR".into()), None));
        assert_eq!(
            one("£45k p.a."),
            (45_000.0, Some("GBP".into()), Some(Per::Year))
        );
        assert_eq!(
            one("£45k per annum"),
            (45_000.0, Some("GBP".into()), Some(Per::Year))
        );
        assert_eq!(
            one("£500 a day"),
            (500.0, Some("GBP".into()), Some(Per::Day))
        );
        assert_eq!(one("140 thousand dollars"), usd(140_000.0, None));
        assert_eq!(
            one("a hundred and forty thousand dollars annually"),
            usd(140_000.0, Some(Per::Year))
        );
        assert_eq!(
            one("one hundred fifty-five thousand"),
            (155_000.0, None, None)
        );
        assert_eq!(one("an hourly rate of $65"), usd(65.0, Some(Per::Hour)));
        assert_eq!(one("$1.2M"), usd(1_200_000.0, None));
    }

    #[test]
    fn codes_and_prefixes_decide_the_currency() {
        assert_eq!(one("C$150,000").1.as_deref(), Some("CAD"));
        assert_eq!(one("$150,000 CAD").1.as_deref(), Some("CAD"));
        assert_eq!(one("CAD 150,000").1.as_deref(), Some("CAD"));
        assert_eq!(one("AU$150k").1.as_deref(), Some("AUD"));
        assert_eq!(one("¥9,000,000").1.as_deref(), Some("JPY"));
        assert_eq!(one("150,000 Canadian dollars").1.as_deref(), Some("CAD"));
        assert_eq!(one("a $140k salary").1.as_deref(), Some("USD"));
        assert_eq!(one("80k pounds").1.as_deref(), Some("GBP"));
    }

    #[test]
    fn ranges_count_by_their_midpoint() {
        let money = Money::get().unwrap();
        for (text, low, high) in [
            ("$130-140k", 130_000.0, 140_000.0),
            ("$130k–$140k", 130_000.0, 140_000.0),
            ("$125,000 to $145,000", 125_000.0, 145_000.0),
            ("between $125,000 and $145,000", 125_000.0, 145_000.0),
            ("130-140k USD", 130_000.0, 140_000.0),
        ] {
            let t = tokenize(text);
            let a = money.amounts(text, &t);
            assert_eq!(a.len(), 1, "{text}: {a:?}");
            assert_eq!((a[0].low, a[0].high), (low, high), "{text}");
            assert_eq!(a[0].value(), (low + high) / 2.0);
        }
    }

    #[test]
    fn numbers_that_are_not_money() {
        let money = Money::get().unwrap();
        for text in [
            "401(k)",
            "10%",
            "call 555 123 4567",
            "10x",
            "2026-11-24",
            "3rd round",
        ] {
            let t = tokenize(text);
            let found: Vec<_> = money
                .amounts(text, &t)
                .into_iter()
                .filter(|a| a.currency.is_some() || a.sizable)
                .collect();
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    fn pay(text: &str) -> Vec<f64> {
        let money = Money::get().unwrap();
        let t = tokenize(text);
        let s = sentences(text, &t);
        money
            .salary_figures(text, &t, &s, false)
            .iter()
            .map(Amount::yearly)
            .collect()
    }

    #[test]
    fn salary_figures_need_pay_context() {
        assert_eq!(
            pay("I'm now looking for a base salary of $135k."),
            [135_000.0]
        );
        assert_eq!(pay("For contract work I charge $70 an hour."), [145_600.0]);
        assert_eq!(
            pay("I'd need $140,000 to make the move worthwhile."),
            [140_000.0]
        );
        assert_eq!(pay("My number is 150k."), [150_000.0]);
        assert_eq!(pay("I wouldn't go below $140k."), [140_000.0]);
        assert_eq!(
            pay("My salary expectation is $150k, plus bonus."),
            [150_000.0]
        );
    }

    #[test]
    fn prices_budgets_and_other_figures_are_not_salaries() {
        for text in [
            "I need $75 a month for internet.",
            "I saved $200 on the flight.",
            "I managed a $500k annual budget.",
            "The $135 train ticket is attached for reimbursement.",
            "Does Acme offer a 401(k) match of 6%?",
            "You mentioned a range of $140-160k.",
            "I'm not asking for $150k.",
            "A $20k signing bonus would help.",
            "The company raised $40 million last year.",
            "I have 150,000 followers.",
            "Interview on 24 November 2026 at 10:00.",
        ] {
            assert!(pay(text).is_empty(), "{text}: {:?}", pay(text));
        }
    }

    #[test]
    fn huge_and_odd_numbers_do_not_overflow() {
        let money = Money::get().unwrap();
        for text in [
            "$99999999999999999999999999999999999999k",
            "$1,000,000,000,000,000,000,000 a year",
            "$,,, $.5 $5. $5,5,5 $-5 $k",
            "a thousand thousand million million million million grand dollars",
            "$1e308k",
            "£ € ¥ $ USD",
        ] {
            let t = tokenize(text);
            for a in money.amounts(text, &t) {
                assert!(a.yearly().is_finite(), "{text}");
            }
        }
    }
}
