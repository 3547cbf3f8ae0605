//! `thank-you-due`: an interviewer still waiting for a thank-you note.

use super::words::{day_name, relative_day};
use super::{Example, RuleKind, RuleMeta};
use crate::engine::RemindContext;
use crate::log::{Recipient, SentKind};
use crate::warning::{Severity, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "thank-you-due",
    kind: RuleKind::Reminder,
    severities: &[Severity::Caution, Severity::Info],
    title: "Thank-you note due",
    sources: &["B", "E"],
    facts: &["due", "overdue", "interview_date"],
    docs: "For each interviewer of a past interview with no logged thank-you: `info` \
from the interview's end, `caution` once 24 hours have passed, with \
`facts.overdue: true` after two business days (`facts.due` is the last of them). It \
stops 14 days after the interview, and applies whatever the status: a note is owed \
even when you no longer want the job. A thank-you counts when its `interview_id` is \
this interview, or when it has none and was sent between this interview's end and \
the next interview at that company.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Info,
        "2026-11-23T15:00:00-05:00",
        "a few hours after the Acme phone screen",
    ),
    Example::fires(
        Severity::Caution,
        "2026-11-24T12:00:00-05:00",
        "the day after",
    ),
    Example::silent("2026-11-01T09:00:00-08:00", "before any interview"),
    Example::silent("2026-12-20T09:00:00-05:00", "more than 14 days later"),
];

/// Computes the reminders.
pub fn remind(ctx: &RemindContext<'_>, out: &mut Vec<Warning>) {
    let now = ctx.now;
    for (pi, process) in ctx.dir.processes.iter().enumerate() {
        for (n, &ii) in process.interviews.iter().enumerate() {
            let iv = &ctx.log.interviews[ii];
            let end = iv.end();
            if now < end || now > iv.at.plus_seconds(14 * 86_400) {
                continue;
            }
            let next_at = process
                .interviews
                .get(n + 1)
                .map(|&j| ctx.log.interviews[j].at);
            let d0 = iv.local_date();
            let today = now.date_in(iv.at.offset_minutes());
            let due = ctx.weekend.nth_business_day_after(d0, 2);
            for pid in &iv.interviewer_ids {
                let thanked = ctx.log.sent.iter().any(|s| {
                    s.kind == SentKind::ThankYou
                        && matches!(&s.to, Recipient::Person(t) if t == pid)
                        && match &s.interview_id {
                            Some(id) => *id == iv.id,
                            None => s.at >= end && next_at.is_none_or(|n| s.at < n),
                        }
                });
                if thanked {
                    continue;
                }
                let Some(person) = ctx.log.person(pid) else {
                    continue;
                };
                let overdue = today > due;
                let severity = if now < end.plus_seconds(86_400) {
                    Severity::Info
                } else {
                    Severity::Caution
                };
                let advice = if overdue {
                    format!(
                        "You interviewed with {} {}. A thank-you is late now, but still better than none: \
send a short, personal one today.",
                        person.name,
                        relative_day(d0, today)
                    )
                } else {
                    format!(
                        "Send {} a short, personal thank-you for the {} at {} — by {} at the latest. \
Mention something you talked about, and write a different note to each interviewer.",
                        person.name,
                        iv.stage.human(),
                        process.name,
                        day_name(due, today)
                    )
                };
                let mut w = Warning::new(
                    META.id,
                    severity,
                    META.sources,
                    format!("Thank {} for the interview", person.name),
                    advice,
                )
                .fact("due", due.to_string())
                .fact("overdue", overdue)
                .fact("interview_date", d0.to_string());
                w.person = Some(person.id.clone());
                w.interview = Some(iv.id.clone());
                w.company = Some(ctx.dir.processes[pi].name.clone());
                out.push(w);
            }
        }
    }
}
