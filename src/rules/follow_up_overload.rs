//! `follow-up-overload`: too many check-ins with one company.

use super::recipients::reached;
use super::timing::goes_to;
use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::log::SentKind;
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "follow-up-overload",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "Too many check-ins",
    sources: &["C", "E"],
    facts: &["follow_ups", "recipients", "field"],
    docs: "Fires on a status check to a company with an open process when three or more \
follow-ups to that company are already logged in the last 21 days (`facts.follow_ups`), \
or when one status check goes to several of its people at once (`facts.recipients`). \
It applies to status checks only.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["siobhan@starkindustries.com","tony.marsh@starkindustries.com"],"text":"Hello both, is there any update on the designer role?","at":"2026-11-30T09:00:00Z"}"#,
        "one status check to two people of the same company",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["siobhan@starkindustries.com","tony.marsh@starkindustries.com"],"text":"Thank you both for your time last week.","at":"2026-11-30T09:00:00Z"}"#,
        "a thank-you to two people is not a status check",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["tony.marsh@starkindustries.com"],"text":"Hi Tony, is there any update on the role?","at":"2026-11-30T09:00:00Z"}"#,
        "one status check to one person, nothing logged before",
    ),
];

/// Checks a message.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    let Some(status_check) = ctx.status_check() else {
        return;
    };
    let at = ctx.event.at;
    for r in reached(ctx.dir, msg) {
        let Some(ii) = ctx.dir.latest_interview(ctx.log, r.process, at) else {
            continue;
        };
        let iv = &ctx.log.interviews[ii];
        if !iv.status.is_open() {
            continue;
        }
        let since = at.plus_seconds(-21 * 86_400);
        let logged = ctx
            .log
            .sent
            .iter()
            .filter(|s| {
                s.kind == SentKind::FollowUp
                    && s.at > since
                    && s.at <= at
                    && goes_to(ctx.log, ctx.dir, &s.to, r.process)
            })
            .count();
        let company = &ctx.dir.processes[r.process].name;
        let advice = if logged >= 3 {
            format!(
                "You have already asked {company} for news {logged} times in the last three \
weeks. More messages will not speed them up and can wear out their goodwill; wait for \
them to come back to you."
            )
        } else if r.people >= 2 {
            format!(
                "This goes to {} people at {company} at once. Asking several of them the same \
question can look like going around your contact; ask one person, usually the recruiter \
or whoever said they would be in touch.",
                r.people
            )
        } else {
            continue;
        };
        let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
            .fact("follow_ups", logged as u64)
            .fact("recipients", r.people as u64);
        match status_check {
            Some((s, e)) => w.span = Some(Utf16Index::new(msg.text).span(s, e)),
            None => w = w.fact("field", "subject"),
        }
        w.person = r.person.map(|k| ctx.log.people[k].id.clone());
        w.interview = Some(iv.id.clone());
        w.company = Some(company.clone());
        out.push(w);
    }
}
