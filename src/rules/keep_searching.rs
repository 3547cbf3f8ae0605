//! `keep-searching`: one open process and nothing new is a thin pipeline.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::RemindContext;
use crate::warning::{Severity, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "keep-searching",
    kind: RuleKind::Reminder,
    severities: &[Severity::Info],
    title: "Keep applying",
    sources: &["B", "D#7", "E"],
    facts: &["due", "last_interview"],
    docs: "When exactly one company has an open process and no interview has taken place in \
the last 14 days: keep applying elsewhere until an offer is signed. With no open process, \
or with several, it stays silent.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(Severity::Info, "2026-12-10T09:00:00Z", "only Acme is open, and its interview was 17 days ago")
        .with_log(r#"{"interviews": [{"id": "acme-1", "company": "Acme Corp", "at": "2026-11-23T10:00:00-05:00", "interviewer_ids": ["jane"]}]}"#),
    Example::silent("2026-11-30T09:00:00Z", "only Acme is open, but its interview was a week ago")
        .with_log(r#"{"interviews": [{"id": "acme-1", "company": "Acme Corp", "at": "2026-11-23T10:00:00-05:00", "interviewer_ids": ["jane"]}]}"#),
    Example::silent("2026-11-24T09:00:00Z", "three companies are open"),
    Example::silent("2026-10-01T09:00:00Z", "no interview has happened yet"),
];

/// Computes the reminders.
pub fn remind(ctx: &RemindContext<'_>, out: &mut Vec<Warning>) {
    let now = ctx.now;
    let open: Vec<usize> = (0..ctx.dir.processes.len())
        .filter(|&p| {
            ctx.dir
                .latest_interview(ctx.log, p, now)
                .is_some_and(|i| ctx.log.interviews[i].status.is_open())
        })
        .collect();
    let [p] = open.as_slice() else { return };
    let last = ctx
        .log
        .interviews
        .iter()
        .filter(|iv| iv.at <= now)
        .map(|iv| iv.at)
        .max();
    let Some(last) = last else { return };
    if now.utc_seconds() - last.utc_seconds() < 14 * 86_400 {
        return;
    }
    let process = &ctx.dir.processes[*p];
    let last_date = last.local_date();
    let advice = format!(
        "{} is your only open process, and your last interview was on {}. Even a promising \
process can fall through: keep applying until an offer is signed, and you will have \
choices either way.",
        process.name,
        last_date.human()
    );
    let mut w = Warning::new(META.id, Severity::Info, META.sources, META.title, advice)
        .fact("due", last_date.add_days(14).to_string())
        .fact("last_interview", last_date.to_string());
    w.company = Some(process.name.clone());
    out.push(w);
}
