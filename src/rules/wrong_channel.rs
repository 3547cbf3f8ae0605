//! `wrong-channel`: writing through a channel the employer asked you not to use.

use super::recipients::reached;
use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::event::Surface;
use crate::log::PreferredChannel;
use crate::warning::{Severity, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "wrong-channel",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "Not the channel they asked for",
    sources: &["C"],
    facts: &["preferred", "channel"],
    docs: "Fires on a message to a company with an open process whose interview logged a \
`preferred_channel`: a direct message on a social site when they prefer email or the \
phone, or an email when they prefer LinkedIn. When they prefer the phone, an email is \
fine.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::silent(
        r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":["https://www.linkedin.com/in/janedoe"],"text":"Hi Jane, thanks again for Monday.","at":"2026-11-24T09:00:00-05:00"}"#,
        "no preference logged for Acme",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"linkedin","surface":"direct_message","to":["Zoë Van der Berg"],"text":"Hi Zoë, thank you for the call last week.","at":"2026-11-24T09:00:00+01:00"}"#,
        "Umbrella asked for email; this is a LinkedIn message",
    ),
];

/// Checks a message.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    let channel = match msg.surface {
        Surface::Email => "email",
        Surface::DirectMessage => "direct_message",
        _ => return,
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
        let company = &ctx.dir.processes[r.process].name;
        let (preferred, advice) = match (iv.preferred_channel, msg.surface) {
            (PreferredChannel::Email, Surface::DirectMessage) => (
                "email",
                format!(
                    "{company} asked you to keep in touch by email. A message on {} skips the \
channel they chose; send it as an email instead.",
                    ctx.event.site.human()
                ),
            ),
            (PreferredChannel::Phone, Surface::DirectMessage) => (
                "phone",
                format!(
                    "{company} asked you to keep in touch by phone. A message on {} skips the \
channel they chose; call, or send a short email.",
                    ctx.event.site.human()
                ),
            ),
            (PreferredChannel::Linkedin, Surface::Email) => (
                "linkedin",
                format!(
                    "{company} asked you to keep in touch through LinkedIn. Send this as a \
LinkedIn message rather than an email."
                ),
            ),
            _ => continue,
        };
        let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
            .fact("preferred", preferred)
            .fact("channel", channel);
        w.person = r.person.map(|k| ctx.log.people[k].id.clone());
        w.interview = Some(iv.id.clone());
        w.company = Some(company.clone());
        out.push(w);
    }
}
