//! `uninvited-contact`: emailing someone at the company who is not one of
//! your contacts there.

use super::{Example, RuleKind, RuleMeta};
use crate::engine::CheckContext;
use crate::event::Surface;
use crate::log::Status;
use crate::people::Resolved;
use crate::warning::{Severity, Warning};

/// The rule.
pub const META: RuleMeta = RuleMeta {
    id: "uninvited-contact",
    kind: RuleKind::Warning,
    severities: &[Severity::Caution],
    title: "Someone who did not invite contact",
    sources: &["C"],
    facts: &["address"],
    docs: "Fires on an email to an address at a tracked company's domain (or a subdomain \
of it) that is no tracked person's: reaching people who did not give you their address \
can look like going around the process. Once you have a written offer or are hired, \
writing to future colleagues is fine. Addresses meant for candidates (careers@, jobs@, \
recruiting@, talent-acquisition@, hr@…) are not uninvited; hr.director@, \
hiring-committee@, payroll@ or a team list are. Add the person to the log when they did \
invite you to write.",
    examples: EXAMPLES,
};

const EXAMPLES: &[Example] = &[
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["cto@acme.com"],"text":"Dear CTO, I recently interviewed for the backend role.","at":"2026-11-24T09:00:00-05:00"}"#,
        "someone at Acme who is not in the log",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["jane.doe@acme.com"],"text":"Hi Jane, thank you for Monday.","at":"2026-11-24T09:00:00-05:00"}"#,
        "a tracked interviewer",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["careers@acme.com"],"text":"Hello, I am writing about the backend role.","at":"2026-11-24T09:00:00-05:00"}"#,
        "an address meant for candidates",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["hr.director@initech.io"],"text":"Dear HR Director, I would like you to review how my application was handled.","at":"2026-11-24T09:00:00-05:00"}"#,
        "a person in HR, not the HR inbox",
    ),
    Example::fires(
        Severity::Caution,
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["hiring-committee@acme.com"],"text":"Dear committee, a few points to add to my phone screen.","at":"2026-11-24T09:00:00-05:00"}"#,
        "a committee list, not a candidate mailbox",
    ),
    Example::silent(
        r#"{"kind":"compose","site":"gmail","surface":"email","to":["friend@example.org"],"text":"Lunch on Friday?","at":"2026-11-24T09:00:00-05:00"}"#,
        "not a tracked company",
    ),
];

/// Checks an email.
pub fn check(ctx: &CheckContext<'_>, out: &mut Vec<Warning>) {
    let Some(msg) = &ctx.message else { return };
    if msg.surface != Surface::Email {
        return;
    }
    let at = ctx.event.at;
    let mut seen = Vec::new();
    for (entry, r) in &msg.entries {
        let Resolved::Company(p) = *r else { continue };
        let address = crate::people::email_key(entry).unwrap_or_else(|| entry.clone());
        if seen.contains(&address) || is_role_address(&address) {
            continue;
        }
        seen.push(address.clone());
        let status = ctx.dir.status(ctx.log, p, at);
        if matches!(status, Some(Status::OfferWritten | Status::Hired)) {
            continue;
        }
        let company = &ctx.dir.processes[p].name;
        let advice = format!(
            "{address} is at {company} but is not one of the people you met or who invited you to \
write. Writing to people who did not give you their address can look like going around the \
process; keep to your contacts there (or add this person to your log if they did invite you)."
        );
        let mut w = Warning::new(META.id, Severity::Caution, META.sources, META.title, advice)
            .fact("address", address);
        w.interview = ctx
            .dir
            .latest_interview(ctx.log, p, at)
            .map(|i| ctx.log.interviews[i].id.clone());
        w.company = Some(company.clone());
        out.push(w);
    }
}

/// Words that make up the mailboxes a company sets up for candidates to
/// write to ("careers@", "talent-acquisition@", "jobs.uk@"). Every part of
/// the local part must be one of them: "hr.director@", "hiring-committee@",
/// "design-team@" or "payroll@" are people and lists, not candidate inboxes.
const ROLE_MAILBOX_WORDS: &[&str] = &[
    "careers",
    "career",
    "jobs",
    "job",
    "recruiting",
    "recruitment",
    "recruiter",
    "recruiters",
    "talent",
    "acquisition",
    "hr",
    "hiring",
    "people",
    "apply",
    "application",
    "applications",
    "applicant",
    "applicants",
    "candidate",
    "candidates",
    "joinus",
    "join",
    "us",
    "campus",
    "university",
    "graduate",
    "graduates",
    "grad",
    "grads",
    "early",
    "intern",
    "interns",
    "internships",
    "uk",
    "eu",
    "emea",
    "apac",
    "na",
    "global",
    "team",
];

/// Whether an address is a candidate mailbox: "careers@", "jobs+ref@",
/// "talent-acquisition@", "hr@", "recruiting-team@", but not "hr.director@".
fn is_role_address(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or("").to_ascii_lowercase();
    // A "+tag" is the sender's own label on the same mailbox.
    let local = local.split('+').next().unwrap_or("");
    let mut parts = local.split(['.', '-', '_']).filter(|p| !p.is_empty());
    let mut any = false;
    // Every part a mailbox word, and at least one that names hiring
    // (so "team@" or "uk@" alone is not a candidate mailbox).
    let all = parts.all(|part| {
        any |= !matches!(
            part,
            "team"
                | "us"
                | "uk"
                | "eu"
                | "emea"
                | "apac"
                | "na"
                | "global"
                | "early"
                | "acquisition"
        );
        ROLE_MAILBOX_WORDS.contains(&part)
    });
    all && any
}

#[cfg(test)]
mod tests {
    use super::is_role_address;

    #[test]
    fn candidate_mailboxes_are_exempt() {
        for a in [
            "careers@acme.com",
            "Jobs@acme.com",
            "jobs+backend@acme.com",
            "talent-acquisition@acme.com",
            "talent.acquisition@acme.com",
            "recruiting-team@acme.com",
            "hr@acme.com",
            "campus_recruiting@acme.com",
            "careers.uk@acme.com",
            "join-us@acme.com",
        ] {
            assert!(is_role_address(a), "{a}");
        }
    }

    #[test]
    fn people_and_lists_are_not_candidate_mailboxes() {
        for a in [
            "hr.director@initech.io",
            "hiring-committee@acme.com",
            "design-team@starkindustries.com",
            "team@acme.com",
            "payroll@acme.com",
            "people.partner@acme.com",
            "info@acme.com",
            "hello@acme.com",
            "ceo@acme.com",
            "us@acme.com",
        ] {
            assert!(!is_role_address(a), "{a}");
        }
    }
}
