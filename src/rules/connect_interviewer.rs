//! `connect-interviewer`: connecting with, following or friending someone
//! who is deciding whether to hire you.

use super::words::relative_day;
use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::event::{Action, EventKind, Site};
use crate::log::Status;
use crate::people::handle_host;
use crate::warning::{Severity, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "connect-interviewer",
    kind: RuleKind::Warning,
    severities: &[Severity::Stop, Severity::Caution],
    title: "Connecting with an interviewer",
    sources: &["A", "C", "D#10", "E"],
    facts: &["network", "status", "interview_date"],
    docs: "Fires when you connect with, follow or friend a tracked person whose \
interview process is still open. On LinkedIn it is a `caution` (a request right \
after the interview can look presumptuous); on Facebook, Instagram, X and other \
personal networks it is a `stop`. Once the process is over, LinkedIn is fine \
(keeping in touch after a rejection is good practice) while a personal network \
stays a `caution`; after you are hired nothing fires. Nothing fires when the \
person invited you to connect.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        r#"{"kind":"social","site":"linkedin","action":"connect","target":{"name":"Jane Doe","profile":"https://www.linkedin.com/in/janedoe/"},"at":"2026-11-23T18:00:00-05:00"}"#,
        "LinkedIn connect with the interviewer the evening of the interview",
    ),
    Example::fires(
        Severity::Stop,
        r#"{"kind":"social","site":"x","action":"follow","target":{"profile":"@siobhanoch"},"at":"2026-11-24T09:00:00Z"}"#,
        "following the interviewer on X while the process is open",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"social","site":"facebook","action":"friend","target":{"name":"Priya Raman"},"at":"2026-11-24T09:00:00Z"}"#,
        "friending an interviewer on Facebook after a rejection",
    ),
    Example::silent(
        r#"{"kind":"social","site":"linkedin","action":"connect","target":{"name":"Priya Raman"},"at":"2026-11-24T09:00:00Z"}"#,
        "LinkedIn connect after a rejection: keeping contacts is good",
    ),
    Example::silent(
        r#"{"kind":"social","site":"linkedin","action":"connect","target":{"name":"John Smith","profile":"https://www.linkedin.com/in/johnsmith"},"at":"2026-11-24T09:00:00Z"}"#,
        "someone who is not tracked",
    ),
    Example::silent(
        r#"{"kind":"social","site":"linkedin","action":"connect","target":{"name":"Jane"},"at":"2026-11-24T09:00:00Z"}"#,
        "a first name alone never identifies a person",
    ),
    Example::silent(
        r#"{"kind":"social","site":"linkedin","action":"like","target":{"name":"Jane Doe"},"at":"2026-11-24T09:00:00Z"}"#,
        "a like is not a connection (another rule covers it)",
    ),
];

struct Outcome {
    severity: Severity,
    status: Status,
    interview: usize,
}

/// Checks a social event.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let EventKind::Social(social) = &ctx.event.kind else {
        return;
    };
    if !matches!(
        social.action,
        Action::Connect | Action::Follow | Action::Friend
    ) {
        return;
    }
    let site = ctx.event.site;
    let person = social
        .target
        .profile
        .as_deref()
        .and_then(|p| ctx.dir.resolve_profile(p, handle_host(site)))
        .or_else(|| {
            social
                .target
                .name
                .as_deref()
                .and_then(|n| ctx.dir.resolve_name(n))
        });
    let Some(k) = person else { return };
    let p = &ctx.log.people[k];
    if p.invited_to_connect {
        return;
    }
    let linkedin = site == Site::Linkedin;
    let at = ctx.event.at;
    let mut worst: Option<(Outcome, usize)> = None;
    for &proc_ in &ctx.dir.person_processes[k] {
        let Some(status) = ctx.dir.status(ctx.log, proc_, at) else {
            continue;
        };
        let severity = match (status, linkedin) {
            (Status::Open | Status::OfferVerbal, true) => Some(Severity::Caution),
            (Status::Open | Status::OfferVerbal, false) => Some(Severity::Stop),
            (Status::Rejected | Status::Withdrawn | Status::OfferWritten, true) => None,
            (Status::Rejected | Status::Withdrawn | Status::OfferWritten, false) => {
                Some(Severity::Caution)
            }
            (Status::Hired, _) => None,
        };
        let Some(severity) = severity else { continue };
        let interview = ctx.dir.current_interview(ctx.log, proc_, at);
        let Some(interview) = interview else { continue };
        if worst.as_ref().is_none_or(|(w, _)| severity < w.severity) {
            worst = Some((
                Outcome {
                    severity,
                    status,
                    interview,
                },
                proc_,
            ));
        }
    }
    let Some((o, proc_)) = worst else { return };
    let iv = &ctx.log.interviews[o.interview];
    let company = &ctx.dir.processes[proc_].name;
    let today = at.date_in(iv.at.offset_minutes());
    // "You interviewed with … yesterday and they have not decided yet." /
    // "You have an interview with … on Tuesday 1 December."
    let when = if iv.at > at {
        format!(
            "You have an interview with {} ({company}) {}",
            p.name,
            relative_future(iv.local_date(), today)
        )
    } else {
        format!(
            "You interviewed with {} ({company}) {} and they have not decided yet",
            p.name,
            relative_day(iv.local_date(), today)
        )
    };
    let verb = social.action.verb();
    let network = site.human();
    let (title, advice) = if o.status.is_open() {
        if linkedin {
            (
                format!("Hold off on connecting with {}", p.name),
                format!(
                    "{when}. A request now can read as presumptuous. \
Wait until the process is over — or until they invite you to connect."
                ),
            )
        } else {
            (
                format!("Don't {verb} {} on {network}", p.name),
                format!(
                    "{when}. {network} is personal: reaching out there \
crosses the line between candidate and employer. Keep it to email, and to LinkedIn once the process is over."
                ),
            )
        }
    } else {
        (
            format!("Think twice before you {verb} {} on {network}", p.name),
            format!(
                "The process at {company} is over, but {network} is a personal network. LinkedIn is \
the place to stay in touch with {}; keep your personal accounts personal.",
                p.name
            ),
        )
    };
    let mut w = Warning::new(META.id, o.severity, META.sources, title, advice)
        .fact("network", site.name())
        .fact("status", o.status.name())
        .fact("interview_date", iv.local_date().to_string());
    w.person = Some(p.id.clone());
    w.interview = Some(iv.id.clone());
    w.company = Some(company.clone());
    out.push(w);
}

fn relative_future(day: crate::calendar::Date, today: crate::calendar::Date) -> String {
    match today.days_until(day) {
        0 => "today".into(),
        1 => "tomorrow".into(),
        _ => format!("on {}", day.human()),
    }
}
