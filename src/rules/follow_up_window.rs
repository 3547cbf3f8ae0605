//! `follow-up-window`: when a polite check-in will be welcome.

use super::timing::window;
use super::words::day_name;
use super::{Example, RuleKind, RuleMeta};
use crate::engine::RemindContext;
use crate::log::SentKind;
use crate::warning::{Severity, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "follow-up-window",
    kind: RuleKind::Reminder,
    severities: &[Severity::Caution, Severity::Info],
    title: "When to check in",
    sources: &["A", "C", "E"],
    facts: &["earliest", "latest", "due"],
    docs: "For each open process whose latest interview has happened and that has no \
follow-up logged since: `info` with the earliest good day for a status check (as \
`follow-up-too-soon` computes it) and the latest (three business days later); a \
`caution` once the latest day has passed — a short, polite check-in is still fine.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Info,
        "2026-11-24T09:00:00-05:00",
        "after the Acme phone screen",
    ),
    Example::fires(
        Severity::Caution,
        "2026-12-08T09:00:00-05:00",
        "the window for Acme has passed",
    ),
    Example::silent("2026-11-01T09:00:00-05:00", "before any interview"),
];

/// Computes the reminders.
pub fn remind(ctx: &RemindContext<'_>, out: &mut Vec<Warning>) {
    let now = ctx.now;
    for (p, process) in ctx.dir.processes.iter().enumerate() {
        let Some(ii) = ctx.dir.latest_interview(ctx.log, p, now) else {
            continue;
        };
        let iv = &ctx.log.interviews[ii];
        if !iv.status.is_open() {
            continue;
        }
        let asked = ctx.log.sent.iter().any(|s| {
            s.kind == SentKind::FollowUp
                && s.at > iv.at
                && s.at <= now
                && super::timing::goes_to(ctx.log, ctx.dir, &s.to, p)
        });
        if asked {
            continue;
        }
        let w = window(ctx.log, ctx.dir, ctx.weekend, p, iv, now);
        let latest = ctx.weekend.nth_business_day_after(w.earliest, 3);
        let today = now.date_in(iv.at.offset_minutes());
        let (severity, advice) = if today > latest {
            (
                Severity::Caution,
                format!(
                    "No news from {} since your {}? A short, polite check-in is still fine — \
ask where things stand and restate your interest.",
                    process.name,
                    iv.stage.human()
                ),
            )
        } else if today >= w.earliest {
            (
                Severity::Info,
                format!(
                    "If {} has not been in touch, now is a good time for a short check-in \
(until {}).",
                    process.name,
                    day_name(latest, today)
                ),
            )
        } else {
            (
                Severity::Info,
                format!(
                    "Wait for news from {} until {}; if you have heard nothing by then, a short \
check-in between then and {} is welcome.",
                    process.name,
                    day_name(w.earliest, today),
                    day_name(latest, today)
                ),
            )
        };
        let mut warning = Warning::new(
            META.id,
            severity,
            META.sources,
            format!("Check in with {}", process.name),
            advice,
        )
        .fact("earliest", w.earliest.to_string())
        .fact("latest", latest.to_string())
        .fact("due", w.earliest.to_string());
        warning.interview = Some(iv.id.clone());
        warning.company = Some(process.name.clone());
        out.push(warning);
    }
}
