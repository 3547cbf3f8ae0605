//! `salary-jump`: naming a salary well above the expectation given earlier
//! in the process.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::log::{Log, Salary, Status};
use crate::people::Directory;
use crate::text::money::{Amount, Money};
use crate::text::tokens::{sentences, tokenize};
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "salary-jump",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "A higher salary than you said before",
    sources: &["C"],
    facts: &[
        "amount_yearly",
        "expectation_yearly",
        "percent",
        "currency",
        "field",
    ],
    docs: "Fires on an email or direct message to a company whose process has a logged \
`salary_expectation` when the text (or the subject) names a salary more than 10% above \
it. Both are compared per year — an hourly figure times 2080, a daily one times 260, \
weekly times 52, monthly times 12; a figure with no period is yearly — and only in the \
same currency (a bare `$` is US dollars; a figure with no currency at all is read in \
the expectation's currency). A range counts by its midpoint. A figure counts as a \
salary when its sentence, the one before or the subject speaks of pay (salary, base, \
rate, package, \"I'd need\", \"my number\") or it is given per hour, day or year; \
prices, budgets, bonuses, the employer's own figures (\"you mentioned $140k\") and \
negated figures (\"I'm not asking for $150k\") do not count. Employers make offers \
from the number a candidate gave early on, and raising it late looks like a bait and \
switch. Silent once the process is rejected, withdrawn or hired.",
    examples: EXAMPLES,
};

/// The example log's Acme interview with an expectation of $120,000 a year.
const ACME_120K: &str = r#"{"interviews": [
 {"id": "acme-1", "company": "Acme Corp", "company_aliases": ["Acme"], "company_domains": ["acme.com"],
  "stage": "phone_screen", "at": "2026-11-23T10:00:00-05:00", "interviewer_ids": ["jane", "jose"],
  "status": "open", "salary_expectation": {"amount": 120000, "currency": "USD", "period": "year"}},
 {"id": "stark-1", "company": "Stark Industries", "company_aliases": ["Stark"],
  "company_domains": ["starkindustries.com"], "stage": "final_round",
  "at": "2026-11-16T14:00:00+00:00", "interviewer_ids": ["siobhan", "tony"], "status": "open"},
 {"id": "initech-1", "company": "Initech", "company_domains": ["initech.io"], "stage": "second_round",
  "at": "2026-11-02T09:00:00-08:00", "interviewer_ids": ["priya"], "status": "rejected"},
 {"id": "umbrella-1", "company": "Umbrella Health", "company_aliases": ["Umbrella"],
  "company_domains": ["umbrellahealth.org"], "stage": "first_round",
  "at": "2026-11-18T16:30:00+01:00", "interviewer_ids": ["zoe"], "status": "open"}]}"#;

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        example_email!(
            "jane.doe@acme.com",
            "Compensation",
            "Hi Jane, having thought about the scope, I'd now be looking for a base of $140k."
        ),
        "a base salary 17% above the $120,000 given earlier",
    )
    .with_log(ACME_120K),
    Example::fires(
        Severity::Caution,
        example_email!(
            "jose.nunez@acme.com",
            "Rate",
            "José, if it ends up as a contract, my rate would be $68/hr."
        ),
        "an hourly rate: 68 × 2080 = 141,440 a year",
    )
    .with_log(ACME_120K),
    Example::fires(
        Severity::Caution,
        example_email!(
            "jose.nunez@acme.com",
            "Next steps",
            "Happy to continue. Something in the range of $135-145k would suit me."
        ),
        "a range, counted by its midpoint (140,000)",
    )
    .with_log(ACME_120K),
    Example::fires(
        Severity::Caution,
        example_email!(
            "jose.nunez@acme.com",
            "",
            "Quick note: I'd need $11,500 a month to make the move."
        ),
        "a monthly figure: 11,500 × 12 = 138,000",
    )
    .with_log(ACME_120K),
    Example::silent(
        example_email!(
            "jose.nunez@acme.com",
            "Salary",
            "José, $130,000 would work well for me."
        ),
        "within 10% of the expectation",
    )
    .with_log(ACME_120K),
    Example::silent(
        example_email!(
            "jose.nunez@acme.com",
            "Monthly",
            "I'd expect $11,000/month."
        ),
        "exactly 10% more is not more than 10%",
    )
    .with_log(ACME_120K),
    Example::silent(
        example_email!(
            "jane.doe@acme.com",
            "Rate",
            "For the London contract my rate would be £80/hour."
        ),
        "another currency than the expectation's",
    )
    .with_log(ACME_120K),
    Example::silent(
        example_email!(
            "jane.doe@acme.com",
            "Expenses",
            "The $350 train ticket for the onsite is attached for reimbursement."
        ),
        "a price, not a salary",
    )
    .with_log(ACME_120K),
    Example::silent(
        example_email!(
            "jane.doe@acme.com",
            "Experience",
            "At my last job I ran a $2M annual budget for cloud spend."
        ),
        "a budget, not a salary",
    )
    .with_log(ACME_120K),
    Example::silent(
        example_email!(
            "jane.doe@acme.com",
            "Compensation",
            "You mentioned the band tops out at $150k; my expectation of $120k stands."
        ),
        "the employer's own figure, and the candidate's unchanged one",
    )
    .with_log(ACME_120K),
    Example::silent(
        example_email!(
            "tony.marsh@starkindustries.com",
            "Salary",
            "Tony, my salary expectation for the design role is $150k."
        ),
        "no expectation logged for Stark",
    )
    .with_log(ACME_120K),
    Example::silent(
        example_email!(
            "jane.doe@acme.com",
            "Compensation",
            "Hi Jane, I'd now be looking for a base of $140k."
        ),
        "no expectation logged at all",
    ),
];

/// The expectation of process `p`: from its latest interview that has one
/// and started by `at`, else from any of its interviews that has one.
fn expectation<'a>(
    log: &'a Log,
    dir: &Directory,
    p: usize,
    at: crate::calendar::Timestamp,
) -> Option<(usize, &'a Salary)> {
    let ivs = &dir.processes.get(p)?.interviews;
    let with = |&i: &usize| {
        log.interviews[i]
            .salary_expectation
            .as_ref()
            .map(|s| (i, s))
    };
    ivs.iter()
        .rev()
        .filter(|&&i| log.interviews[i].at <= at)
        .find_map(with)
        .or_else(|| ivs.iter().rev().find_map(with))
}

/// "$140,000", "£62.50", "140,000 CHF". Integer arithmetic only: float
/// formatting would add its tables to the WASM module for this alone.
fn money_text(amount: f64, currency: &str) -> String {
    // Whole cents; `as` saturates, and no salary comes near the limit.
    let cents = (amount * 100.0).round() as u64;
    let (whole, cents) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (n, c) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if cents > 0 {
        grouped.push_str(&format!(".{cents:02}"));
    }
    match currency {
        "USD" => format!("${grouped}"),
        "GBP" => format!("£{grouped}"),
        "EUR" => format!("€{grouped}"),
        other => format!("{grouped} {other}"),
    }
}

fn round_to(v: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (v * f).round() / f
}

/// Checks an email or direct message.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let Ok(money) = Money::get() else { return };
    let reached = super::recipients::reached(ctx.dir, msg);
    if reached.is_empty() {
        return;
    }
    let subject_tokens = tokenize(msg.subject);
    let subject_is_pay = money.mentions_pay(&subject_tokens);
    let body = money.salary_figures(msg.text, &msg.tokens, &msg.sentences, subject_is_pay);
    let subject_sentences = sentences(msg.subject, &subject_tokens);
    let subject = money.salary_figures(msg.subject, &subject_tokens, &subject_sentences, false);
    if body.is_empty() && subject.is_empty() {
        return;
    }
    let at = ctx.event.at;
    for r in reached {
        let p = r.process;
        if matches!(
            ctx.dir.status(ctx.log, p, at),
            Some(Status::Rejected | Status::Withdrawn | Status::Hired)
        ) {
            continue;
        }
        let Some((ii, exp)) = expectation(ctx.log, ctx.dir, p, at) else {
            continue;
        };
        let expected = exp.amount * exp.period.per_year();
        if !(expected.is_finite() && expected > 0.0) {
            continue;
        }
        let limit = expected * 1.1 * (1.0 + 1e-9);
        let same_currency = |a: &Amount| a.currency.as_deref().is_none_or(|c| c == exp.currency);
        let highest = |list: &[Amount]| -> Option<Amount> {
            list.iter()
                .filter(|a| same_currency(a) && a.yearly() > limit && a.yearly().is_finite())
                .max_by(|a, b| a.yearly().total_cmp(&b.yearly()))
                .cloned()
        };
        let (figure, in_subject) = match (highest(&body), highest(&subject)) {
            (Some(b), Some(s)) if s.yearly() > b.yearly() => (s, true),
            (Some(b), _) => (b, false),
            (None, Some(s)) => (s, true),
            (None, None) => continue,
        };
        let yearly = figure.yearly();
        let percent = round_to((yearly / expected - 1.0) * 100.0, 1);
        let company = ctx.dir.processes[p].name.clone();
        let written = if in_subject { msg.subject } else { msg.text };
        let as_written = written.get(figure.start..figure.end).unwrap_or("").trim();
        let per_year = if figure.per.is_some_and(|p| p.per_year() != 1.0) || figure.is_range() {
            format!(", {} a year", money_text(yearly, &exp.currency))
        } else {
            String::new()
        };
        let advice = format!(
            "You gave {company} an expectation of {} a year, and their offer will be built on it. \
“{as_written}”{per_year} is {}% more. Raising your number late in the process \
can make you look like a bait and switch. If something really changed (the scope, the \
level, another offer), say what and ask whether there is room, rather than naming a \
new figure.",
            money_text(expected, &exp.currency),
            percent.round() as i64
        );
        let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
            .fact("amount_yearly", round_to(yearly, 2))
            .fact("expectation_yearly", round_to(expected, 2))
            .fact("percent", percent)
            .fact("currency", exp.currency.clone());
        if in_subject {
            w = w.fact("field", "subject");
        } else {
            w.span = Some(Utf16Index::new(msg.text).span(figure.start, figure.end));
        }
        w.person = r.person.map(|k| ctx.log.people[k].id.clone());
        w.interview = Some(ctx.log.interviews[ii].id.clone());
        w.company = Some(company);
        out.push(w);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_naturally_in_advice() {
        assert_eq!(money_text(140_000.0, "USD"), "$140,000");
        assert_eq!(money_text(62.5, "GBP"), "£62.50");
        assert_eq!(money_text(1_234_567.0, "CHF"), "1,234,567 CHF");
        assert_eq!(money_text(999.0, "EUR"), "€999");
    }
}
