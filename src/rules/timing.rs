//! When a check-in becomes polite: shared by `follow-up-too-soon` and the
//! `follow-up-window` reminder (RULES.md, "Day arithmetic").

use crate::calendar::{Date, Timestamp, Weekend};
use crate::log::{Interview, Log, Recipient, SentKind};
use crate::people::{email_key, Directory};

/// Why the earliest good day is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The employer gave a decision date: the first business day after it.
    DecisionDate(Date),
    /// They said it would be quick: two business days.
    QuickDecision,
    /// Phone screen or first round: five business days.
    EarlyStage,
    /// Later rounds: seven calendar days.
    LaterStage,
    /// A week after the last logged follow-up.
    LastFollowUp(Date),
}

impl Reason {
    /// The JSON name for `facts.reason`.
    pub fn name(self) -> &'static str {
        match self {
            Reason::DecisionDate(_) => "decision_date",
            Reason::QuickDecision => "quick_decision",
            Reason::EarlyStage | Reason::LaterStage => "stage",
            Reason::LastFollowUp(_) => "last_follow_up",
        }
    }
}

/// The earliest good day for a status check after interview `iv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// The interview's local date.
    pub interview_date: Date,
    /// The first day a status check is polite.
    pub earliest: Date,
    /// What decided `earliest`.
    pub reason: Reason,
}

/// The last follow-up sent to process `p` at or before `at`, by date.
pub fn last_follow_up(log: &Log, dir: &Directory, p: usize, at: Timestamp) -> Option<Timestamp> {
    log.sent
        .iter()
        .filter(|s| s.kind == SentKind::FollowUp && s.at <= at && goes_to(log, dir, &s.to, p))
        .map(|s| s.at)
        .max()
}

/// Whether a sent message's recipient belongs to process `p`.
pub fn goes_to(log: &Log, dir: &Directory, to: &Recipient, p: usize) -> bool {
    match to {
        Recipient::Person(id) => log
            .people
            .iter()
            .position(|x| &x.id == id)
            .is_some_and(|k| dir.person_processes[k].contains(&p)),
        Recipient::Company { company, address } => {
            dir.process_by_name(company) == Some(p)
                || address
                    .as_deref()
                    .and_then(email_key)
                    .and_then(|e| dir.process_by_domain(e.rsplit('@').next().unwrap_or("")))
                    == Some(p)
        }
    }
}

/// The earliest good day for a status check about `iv` (process `p`), as
/// of `at`.
pub fn window(
    log: &Log,
    dir: &Directory,
    weekend: Weekend,
    p: usize,
    iv: &Interview,
    at: Timestamp,
) -> Window {
    let d0 = iv.local_date();
    let (mut earliest, mut reason) = if let Some(dd) = iv.decision_expected_by {
        (
            weekend.nth_business_day_after(dd, 1),
            Reason::DecisionDate(dd),
        )
    } else if iv.quick_decision {
        (weekend.nth_business_day_after(d0, 2), Reason::QuickDecision)
    } else if iv.stage.is_early() {
        (weekend.nth_business_day_after(d0, 5), Reason::EarlyStage)
    } else {
        (d0.add_days(7), Reason::LaterStage)
    };
    if let Some(last) = last_follow_up(log, dir, p, at) {
        let next = last.local_date().add_days(7);
        if next > earliest {
            earliest = next;
            reason = Reason::LastFollowUp(last.local_date());
        }
    }
    Window {
        interview_date: d0,
        earliest,
        reason,
    }
}
