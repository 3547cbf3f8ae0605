//! `interviewer-activity`: liking, commenting on or poking an interviewer's
//! content, or viewing their LinkedIn profile again, while they decide.

use super::words::relative_day;
use super::{Example, RuleKind, RuleMeta};
use crate::calendar::Timestamp;
use crate::engine::CheckContext;
use crate::event::{Action, EventKind, Site};
use crate::people::{handle_host, Resolved};
use crate::warning::{Severity, Utf16Index, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "interviewer-activity",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "Attention to an interviewer's activity",
    sources: &["D#10"],
    facts: &["action", "previous_view"],
    docs: "Fires while a tracked person's process is open when you like, react to, \
comment on or poke their content, or view their LinkedIn profile a second time \
within seven days (LinkedIn shows them who looked; `facts.previous_view` is the \
earlier view). A comment written under their post counts too. An invitation to \
connect does not exempt this: it is about seeming to watch them, not about \
connecting. A profile view is never held; the card appears once the page is there.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        r#"{"kind":"social","site":"linkedin","action":"like","target":{"name":"Jane Doe","profile":"https://www.linkedin.com/in/janedoe/"},"at":"2026-11-24T09:00:00-05:00"}"#,
        "liking the interviewer's post the day after",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"social","site":"facebook","action":"poke","target":{"name":"Zoë Van der Berg"},"at":"2026-11-24T09:00:00Z"}"#,
        "a poke",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"linkedin","surface":"comment","to":["https://www.linkedin.com/in/josenunez"],"text":"Great insights, thanks for sharing!","at":"2026-11-24T09:00:00-05:00"}"#,
        "a comment under the interviewer's post",
    ),
    Example::silent(
        r#"{"kind":"social","site":"linkedin","action":"like","target":{"name":"Priya Raman"},"at":"2026-11-24T09:00:00Z"}"#,
        "the process is over (rejected)",
    ),
    Example::silent(
        r#"{"kind":"social","site":"linkedin","action":"view_profile","target":{"profile":"https://www.linkedin.com/in/janedoe"},"at":"2026-11-24T09:00:00-05:00"}"#,
        "a first profile view",
    ),
    Example::silent(
        r#"{"kind":"social","site":"linkedin","action":"like","target":{"name":"Sam Rivers"},"at":"2026-11-24T09:00:00Z"}"#,
        "someone who is not tracked",
    ),
];

/// Checks a social event, or a comment under a tracked person's post.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let at = ctx.event.at;
    let site = ctx.event.site;
    let (k, action, span, previous_view) = match &ctx.event.kind {
        EventKind::Social(s) => {
            if !matches!(
                s.action,
                Action::Like | Action::Comment | Action::Poke | Action::ViewProfile
            ) {
                return;
            }
            let person = s
                .target
                .profile
                .as_deref()
                .and_then(|p| ctx.dir.resolve_profile(p, handle_host(site)))
                .or_else(|| {
                    s.target
                        .name
                        .as_deref()
                        .and_then(|n| ctx.dir.resolve_name(n))
                });
            let Some(k) = person else { return };
            let mut previous = None;
            if s.action == Action::ViewProfile {
                if site != Site::Linkedin {
                    return;
                }
                previous = earlier_view(ctx, k, at);
                if previous.is_none() {
                    return;
                }
            }
            (k, action_name(s.action), None, previous)
        }
        EventKind::Compose(_) => {
            let Some(msg) = &ctx.message else { return };
            if msg.surface != crate::event::Surface::Comment {
                return;
            }
            let Some(k) = msg.recipients.iter().find_map(|r| match r {
                Resolved::Person(k) => Some(*k),
                _ => None,
            }) else {
                return;
            };
            let span =
                (!msg.text.is_empty()).then(|| Utf16Index::new(msg.text).span(0, msg.text.len()));
            (k, "comment", span, None)
        }
    };
    let open = ctx.dir.person_processes[k].iter().find_map(|&p| {
        let status = ctx.dir.status(ctx.log, p, at)?;
        status.is_open().then_some(p)
    });
    let Some(proc_) = open else { return };
    let person = &ctx.log.people[k];
    let company = &ctx.dir.processes[proc_].name;
    let interview = ctx.dir.current_interview(ctx.log, proc_, at);
    let advice = match previous_view {
        Some(prev) => format!(
            "You already looked at {}'s profile {}, and LinkedIn tells them who visits. \
A second visit while {company} decides can look like watching them; leave it until the \
process is over.",
            person.name,
            relative_day(prev.date_in(at.offset_minutes()), at.local_date())
        ),
        None => format!(
            "{} is deciding on your application at {company}, and they see who reacts to their \
posts. Liking or commenting now can look like an attempt to win favour; keep a professional \
distance until the process is over.",
            person.name
        ),
    };
    let title = match previous_view {
        Some(_) => format!("A second visit to {}'s profile", person.name),
        None => format!("{} will see this", person.name),
    };
    let mut w = Warning::new(META.id, Severity::Caution, META.sources, title, advice)
        .fact("action", action);
    if let Some(prev) = previous_view {
        w = w.fact("previous_view", prev.to_string());
    }
    w.span = span;
    w.person = Some(person.id.clone());
    w.interview = interview.map(|i| ctx.log.interviews[i].id.clone());
    w.company = Some(company.clone());
    out.push(w);
}

fn action_name(a: Action) -> &'static str {
    match a {
        Action::Like => "like",
        Action::Comment => "comment",
        Action::Poke => "poke",
        Action::ViewProfile => "view_profile",
        Action::Connect => "connect",
        Action::Follow => "follow",
        Action::Friend => "friend",
    }
}

/// The latest logged view of person `k` in the seven days before `at`.
fn earlier_view(ctx: &CheckContext<'_>, k: usize, at: Timestamp) -> Option<Timestamp> {
    let id = &ctx.log.people[k].id;
    ctx.log
        .views
        .iter()
        .filter(|v| {
            &v.person == id && v.at < at && at.utc_seconds() - v.at.utc_seconds() <= 7 * 86_400
        })
        .map(|v| v.at)
        .max()
}
