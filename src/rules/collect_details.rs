//! `collect-details`: names, titles and the decision date, before you leave.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::RemindContext;
use crate::warning::{Severity, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "collect-details",
    kind: RuleKind::Reminder,
    severities: &[Severity::Info],
    title: "Details to collect",
    sources: &["E"],
    facts: &["due", "missing"],
    docs: "For an interview of an open process, from 48 hours before it until 7 days after: \
when the log lacks the interviewers, an interviewer's title, or the decision date they \
gave, ask for them (a business card, \"when do you expect to decide?\") — thank-you \
notes and the timing rules depend on them. `facts.missing` lists what is missing \
(`interviewers`, `titles`, `decision_date`).",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Info,
        "2026-11-22T09:00:00-05:00",
        "the Acme interview is tomorrow and no decision date is logged",
    ),
    Example::silent(
        "2026-12-20T09:00:00-05:00",
        "more than a week after every interview",
    ),
];

/// Computes the reminders.
pub fn remind(ctx: &RemindContext<'_>, out: &mut Vec<Warning>) {
    let now = ctx.now;
    for process in &ctx.dir.processes {
        for &ii in &process.interviews {
            let iv = &ctx.log.interviews[ii];
            if !iv.status.is_open() {
                continue;
            }
            let from = iv.at.plus_seconds(-48 * 3600);
            let until = iv.at.plus_seconds(7 * 86_400);
            if now < from || now > until {
                continue;
            }
            let mut missing: Vec<&str> = Vec::new();
            if iv.interviewer_ids.is_empty() {
                missing.push("interviewers");
            } else if iv
                .interviewer_ids
                .iter()
                .filter_map(|id| ctx.log.person(id))
                .any(|p| p.title.trim().is_empty())
            {
                missing.push("titles");
            }
            if iv.decision_expected_by.is_none() && !iv.quick_decision {
                missing.push("decision_date");
            }
            if missing.is_empty() {
                continue;
            }
            let what: Vec<&str> = missing
                .iter()
                .map(|m| match *m {
                    "interviewers" => "who interviewed you",
                    "titles" => "your interviewers' job titles",
                    _ => "when they expect to decide",
                })
                .collect();
            let ask = join_and(&what);
            let advice = if iv.at > now {
                format!(
                    "At the {} with {}, ask for {ask}: a business card or a note of names works, \
and \"when do you expect to decide?\" is a normal question to end on.",
                    iv.stage.human(),
                    process.name
                )
            } else {
                format!(
                    "Your log of the {} with {} lacks {ask}. Add them while you remember; \
thank-you notes and the timing advice depend on them.",
                    iv.stage.human(),
                    process.name
                )
            };
            let mut w = Warning::new(
                META.id,
                Severity::Info,
                META.sources,
                format!("Note the details of the {} interview", process.name),
                advice,
            )
            .fact("due", iv.local_date().to_string())
            .fact("missing", missing.clone());
            w.interview = Some(iv.id.clone());
            w.company = Some(process.name.clone());
            out.push(w);
        }
    }
}

fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
