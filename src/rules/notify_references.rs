//! `notify-references`: give your references a heads-up.

use super::words::day_name;
use super::{Example, RuleKind, RuleMeta};
use crate::engine::RemindContext;
use crate::log::{Stage, Status};
use crate::warning::{Severity, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "notify-references",
    kind: RuleKind::Reminder,
    severities: &[Severity::Info],
    title: "Warn your references",
    sources: &["D#8", "E"],
    facts: &["due", "stage"],
    docs: "For a process that is still `open` with an interview at stage `final_round` or \
`references` (past or coming): employers often call references at this point, so tell \
yours who may call and what the role is. It stops when the status leaves `open`.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Info,
        "2026-11-24T09:00:00Z",
        "Stark's final round",
    ),
    Example::silent(
        "2026-11-01T09:00:00Z",
        "before any final round was logged to happen",
    ),
];

/// Computes the reminders.
pub fn remind(ctx: &RemindContext<'_>, out: &mut Vec<Warning>) {
    let now = ctx.now;
    for process in &ctx.dir.processes {
        if process.interviews.is_empty() {
            continue;
        }
        // The status now: that of the latest interview so far, else the first.
        let current = process
            .interviews
            .iter()
            .rev()
            .copied()
            .find(|&i| ctx.log.interviews[i].at <= now)
            .unwrap_or(process.interviews[0]);
        if ctx.log.interviews[current].status != Status::Open {
            continue;
        }
        // Only once the final round is in sight: at most two weeks ahead.
        let Some(&ii) = process.interviews.iter().rev().find(|&&i| {
            let iv = &ctx.log.interviews[i];
            matches!(iv.stage, Stage::FinalRound | Stage::References)
                && iv.at.utc_seconds() - now.utc_seconds() <= 14 * 86_400
        }) else {
            continue;
        };
        let iv = &ctx.log.interviews[ii];
        let today = now.date_in(iv.at.offset_minutes());
        let when = if iv.at > now {
            format!(
                "Your {} with {} is {}",
                iv.stage.human(),
                process.name,
                day_name(iv.local_date(), today)
            )
        } else {
            format!("You are at the {} with {}", iv.stage.human(), process.name)
        };
        let advice = format!(
            "{when}: they may call your references soon. Let each of them know who might call, \
for which role, and what you would like them to stress."
        );
        let mut w = Warning::new(
            META.id,
            Severity::Info,
            META.sources,
            format!("Warn your references about {}", process.name),
            advice,
        )
        .fact("due", iv.local_date().to_string())
        .fact(
            "stage",
            match iv.stage {
                Stage::References => "references",
                _ => "final_round",
            },
        );
        w.interview = Some(iv.id.clone());
        w.company = Some(process.name.clone());
        out.push(w);
    }
}
