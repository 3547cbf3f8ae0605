//! `follow-up-too-soon`: asking the employer for news before they could
//! reasonably have any.

use super::timing::{window, Reason};
use super::words::{day_name, relative_day};
use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "follow-up-too-soon",
    kind: RuleKind::Warning,
    severities: &[Severity::Stop, Severity::Caution],
    title: "Too soon to ask for an update",
    sources: &["A", "C", "E"],
    facts: &[
        "earliest",
        "interview_date",
        "reason",
        "decision_date",
        "last_follow_up",
        "field",
    ],
    docs: "Fires on a status check (asking about the decision, the timeline or \"any \
update\") sent to a tracked person or to an address at a tracked company's domain \
before the earliest good day: the first business day after the decision date they \
gave; else two business days after the interview when they said the decision would \
be quick; else five business days after a phone screen or first round, seven \
calendar days after later rounds; and never within seven days of the last logged \
follow-up to that company (the later day wins). On the day of the interview and the \
day after it is a `stop`, otherwise a `caution`. A thank-you note is not a status \
check. `facts.earliest` is the first good day.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Stop,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["jane.doe@acme.com"],"subject":"Checking in","text":"Hi Jane, is there any update on the role?","at":"2026-11-24T09:00:00-05:00"}"#,
        "the morning after a phone screen",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["zoe.vdb@umbrellahealth.org"],"text":"Dear Zoë, I wanted to check in on the status of my application.","at":"2026-11-24T10:00:00+01:00"}"#,
        "four business days after a first round",
    ),
    Example::fires(
        Severity::Stop,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["careers@acme.com"],"subject":"Any news on the Backend Engineer role?","text":"Hello, I interviewed yesterday.","at":"2026-11-24T11:00:00-05:00"}"#,
        "an address at the company's domain; the question is only in the subject",
    ),
    Example::fires(
        Severity::Stop,
        r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":["https://www.linkedin.com/in/josenunez/"],"text":"Thanks again for yesterday! When can I expect to hear back?","at":"2026-11-24T08:00:00-05:00"}"#,
        "a thank-you that also asks about the timeline counts as a status check",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["jane.doe@acme.com"],"text":"Hi Jane, thank you for your time yesterday. I look forward to hearing from you.","at":"2026-11-24T09:00:00-05:00"}"#,
        "a thank-you note is not a status check",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["tony.marsh@starkindustries.com"],"text":"Hi Tony, is there any update on the role?","at":"2026-11-24T09:00:00Z"}"#,
        "eight days after a final round",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["friend@example.com"],"text":"Any update on your move?","at":"2026-11-24T09:00:00Z"}"#,
        "not an employer",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["priya@initech.io"],"text":"Is there any update?","at":"2026-11-24T09:00:00Z"}"#,
        "the process is closed (rejected)",
    ),
];

/// Checks a message (or a connection note).
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if !msg.surface.is_message() {
        return;
    }
    let Some(status_check) = ctx.status_check() else {
        return;
    };
    let at = ctx.event.at;
    for super::recipients::Reached {
        process: p, person, ..
    } in super::recipients::reached(ctx.dir, msg)
    {
        let Some(ii) = ctx.dir.latest_interview(ctx.log, p, at) else {
            continue;
        };
        let iv = &ctx.log.interviews[ii];
        if !iv.status.is_open() {
            continue;
        }
        let w = window(ctx.log, ctx.dir, ctx.weekend, p, iv, at);
        let today = at.date_in(iv.at.offset_minutes());
        if today >= w.earliest {
            continue;
        }
        let severity = if today <= w.interview_date.add_days(1) {
            Severity::Stop
        } else {
            Severity::Caution
        };
        let company = &ctx.dir.processes[p].name;
        let who = person
            .map(|k| ctx.log.people[k].name.clone())
            .unwrap_or_else(|| company.clone());
        let earliest = day_name(w.earliest, today);
        let advice = match w.reason {
            _ if severity == Severity::Stop => format!(
                "You interviewed with {who} {}. Asking for news this soon reads as impatient. \
A thank-you note is the right message now; check in from {earliest} if you have not heard.",
                relative_day(w.interview_date, today)
            ),
            Reason::DecisionDate(d) => format!(
                "{company} said they would decide by {}. Wait until then; a short, polite \
check-in from {earliest} is fine.",
                d.day_month()
            ),
            Reason::QuickDecision => format!(
                "{company} said the decision would be quick, but give them two business days: \
a check-in from {earliest} is fine."
            ),
            Reason::EarlyStage => format!(
                "After a {} give the team about a week (five business days) before asking. \
A short, polite check-in from {earliest} is fine.",
                iv.stage.human()
            ),
            Reason::LaterStage => format!(
                "After a {} give the team a full week before asking. A short, polite \
check-in from {earliest} is fine.",
                iv.stage.human()
            ),
            Reason::LastFollowUp(d) => format!(
                "You already asked {company} for news {}. Leave a week between check-ins: \
the next one from {earliest}.",
                relative_day(d, today)
            ),
        };
        let mut warning = Warning::new(META.id, severity, META.sources, META.title, advice)
            .fact("earliest", w.earliest.to_string())
            .fact("interview_date", w.interview_date.to_string())
            .fact("reason", w.reason.name());
        match w.reason {
            Reason::DecisionDate(d) => warning = warning.fact("decision_date", d.to_string()),
            Reason::LastFollowUp(d) => warning = warning.fact("last_follow_up", d.to_string()),
            _ => {}
        }
        match status_check {
            Some((s, e)) => warning.span = Some(Utf16Index::new(msg.text).span(s, e)),
            None => warning = warning.fact("field", "subject"),
        }
        warning.person = person.map(|k| ctx.log.people[k].id.clone());
        warning.interview = Some(iv.id.clone());
        warning.company = Some(company.clone());
        out.push(warning);
    }
}
