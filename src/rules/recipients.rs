//! Which interview processes a message goes to (RULES.md: an *employer
//! message*), shared by the message rules.

use crate::engine::Message;
use crate::people::{Directory, Resolved};

/// One process a message reaches, with the first tracked person of it among
/// the recipients (None when only an address at its domain was used).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reached {
    /// Process index.
    pub process: usize,
    /// The tracked person, if one was addressed.
    pub person: Option<usize>,
    /// How many distinct tracked people of this process were addressed.
    pub people: usize,
}

/// Every process the recipients of `msg` belong to, each once, in order.
pub fn reached(dir: &Directory, msg: &Message<'_>) -> Vec<Reached> {
    let mut out: Vec<Reached> = Vec::new();
    for r in &msg.recipients {
        let (procs, person): (Vec<usize>, Option<usize>) = match *r {
            Resolved::Person(k) => (dir.person_processes[k].clone(), Some(k)),
            Resolved::Company(p) => (vec![p], None),
            Resolved::Nobody => continue,
        };
        for p in procs {
            match out.iter_mut().find(|e| e.process == p) {
                Some(entry) => {
                    if person.is_some() && entry.person != person {
                        entry.people += 1;
                    }
                    if entry.person.is_none() {
                        entry.person = person;
                    }
                }
                None => out.push(Reached {
                    process: p,
                    person,
                    people: usize::from(person.is_some()),
                }),
            }
        }
    }
    out
}

/// Fills a message warning's person (the tracked person addressed, if
/// any), interview (the latest one of that process at the event's time, or
/// its first) and company (for mutes).
pub fn refer(ctx: &crate::engine::CheckContext<'_>, to: &Reached, w: &mut crate::warning::Warning) {
    let at = ctx.event.at;
    w.person = to.person.map(|k| ctx.log.people[k].id.clone());
    w.interview = ctx
        .dir
        .current_interview(ctx.log, to.process, at)
        .map(|i| ctx.log.interviews[i].id.clone());
    w.company = ctx.dir.processes.get(to.process).map(|p| p.name.clone());
}
