//! Table tests for `typo`: lines a candidate might write to an employer,
//! each with the misspelt words it must report (and the first suggestion
//! for each), or none. Half are real slips of the kinds people make
//! (swapped, doubled or missing letters, common confusions), half hard
//! look-alikes (names, British spellings, jargon, acronyms, links, code).
//! Checked against the example log `tests/corpus/log.json`.

use interview_guard::{Engine, Event, Log};

/// (recipient, text, [(misspelt word, first suggestion)]).
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const JANE: &str = "jane.doe@acme.com";
const JOSE: &str = "https://www.linkedin.com/in/josenunez";
const ZOE: &str = "zoe.vdb@umbrellahealth.org";
const STARK: &str = "careers@starkindustries.com";

#[rustfmt::skip]
const TYPOS: &[Case] = &[
    (JANE, "Thank you for taking the time to meet with me yesterday, I really apreciate it.", &[("apreciate", "appreciate")]),
    (JANE, "I look foward to hearing from you.", &[("foward", "forward")]),
    (ZOE, "I am very excited about the oppurtunity to join the QA team.", &[("oppurtunity", "opportunity")]),
    (JANE, "I beleive my experience with data pipelines would be a strong fit.", &[("beleive", "believe")]),
    (JOSE, "Please let me know if you recieve my portfolio.", &[("recieve", "receive")]),
    (STARK, "It was great to learn more about the role and its responsibilites.", &[("responsibilites", "responsibilities")]),
    (JANE, "I definately see myself contributing from day one.", &[("definately", "definitely")]),
    (ZOE, "Thank you again for the intervew on Tuesday.", &[("intervew", "interview")]),
    (JANE, "I have attatched my references as requested.", &[("attatched", "attached")]),
    (STARK, "Your comitment to accessibility really stood out to me.", &[("comitment", "commitment")]),
    (JANE, "I will be available untill Friday afternoon.", &[("untill", "until")]),
    (ZOE, "Thank you for the warm welcome; the enviroment felt very collaborative.", &[("enviroment", "environment")]),
    (JANE, "I would be glad to provide any additonal information.", &[("additonal", "additional")]),
    (JOSE, "I think teh role is a great match for my background.", &[("teh", "the")]),
    (JANE, "I'm gratefull for your time and your honest feedback.", &[("gratefull", "grateful")]),
    (ZOE, "I have over five years of experiance leading QA teams.", &[("experiance", "experience")]),
    (STARK, "Thank you for considering my aplication.", &[("aplication", "application")]),
    (JANE, "We discused the roadmap for the mobile app.", &[("discused", "discussed")]),
    (JANE, "I've worked with similiar tools at my previous job.", &[("similiar", "similar")]),
    (JOSE, "Thier team culture sounds wonderful.", &[("Thier", "Their")]),
    (ZOE, "I was truely impressed by the onboarding plan.", &[("truely", "truly")]),
    (JANE, "Thanks again for your time.\n\nSincerly,\nAlex", &[("Sincerly", "Sincerely")]),
    (STARK, "I'm confident I can hit the ground runing and I recomend we talk soon.", &[("runing", "running"), ("recomend", "recommend")]),
    (JANE, "Unfortunatly I missed your call this morning.", &[("Unfortunatly", "Unfortunately")]),
    (JOSE, "I have alot of experience with distrubuted systems.", &[("alot", "a lot"), ("distrubuted", "distributed")]),
    (ZOE, "Thankyou for the tour of the office.\n\nRegrads,\nPriya", &[("Thankyou", "Thank you"), ("Regrads", "Regards")]),
];

#[rustfmt::skip]
const LOOK_ALIKES: &[Case] = &[
    (ZOE, "Dear Zoë, thank you — and please thank Siobhán O’Connor-Hart and José Núñez too.", &[]),
    (JANE, "Please thank Ngozi Okafor and Kwabena for their time on the panel.", &[]),
    (JANE, "Oluwaseun mentioned the team is growing next year.", &[]),
    (JANE, "Noor,\n\nThank you for the quick call.", &[]),
    (JANE, "Astrid and I talked about the platform; Theo joined later.", &[]),
    (JANE, "Best,\nMateusz Wiśniewski", &[]),
    (ZOE, "Zoë mentioned the hybrid policy: three days in the office.", &[]),
    (ZOE, "I loved hearing how the team prioritises work and organises its sprints.", &[]),
    (STARK, "The programme's focus on behaviour and the centre's colour palette stood out.", &[]),
    (JANE, "I analysed the A/B results and organized a workshop on the learnings.", &[]),
    (JOSE, "Cheers for the chat, I reckon the role's a great fit.", &[]),
    (JANE, "Our stack was Kubernetes, PostgreSQL and Terraform, with Kafka for events.", &[]),
    (JANE, "I led onboarding for new hires and wrote runbooks for the on-call rotation.", &[]),
    (STARK, "The co-founder's take on post-mortems and self-serve tooling was great.", &[]),
    (JANE, "Hi Jane,\n\nThank you — the whiteboarding exercise was fun.", &[]),
    (ZOE, "I have shipped GDPR, SOC2 and HIPAA work as a QA lead.", &[]),
    (JANE, "I'm keen to help with the iOS and macOS apps, and with SaaS billing.", &[]),
    (ZOE, "I enjoyed the Q&A and the AMA with the CTO.", &[]),
    (STARK, "I'm happy to share my CV and a PDF of the case study, e.g. the checkout redesign.", &[]),
    (JANE, "My portfolio is at https://jdoe.dev/wrk-samples and my code is on github.com/jdoe.", &[]),
    (JOSE, "You can reach me at alex.mrno@outlook.com anytime.", &[]),
    (JANE, "The bug was in `fetchUsrs()` and in the retry_cnt flag.", &[]),
    (JANE, "I refactored the useEffect hooks and the userSvc module last week.", &[]),
    (JANE, "The 'kubectl rollout' step was new to me, and so was “terraform plan”.", &[]),
    (STARK, "Thanks for the #WomenInTech shout-out and the tag @starkdsgn.", &[]),
    (ZOE, "Looking forward to the 2nd round on the 14th.", &[]),
    (JANE, "I can start on 5 January; my notice period is four weeks.", &[]),
    (JANE, "I noticed a typo on the careers page: 'resposibilities'.", &[]),
    // A real word in the wrong place is beyond a dictionary ("manger" for "manager").
    (JANE, "It was a pleasure to meet you and the hiring manger.", &[]),
];

fn engine() -> Engine {
    Engine::new(Log::from_json(include_str!("corpus/log.json")).unwrap()).unwrap()
}

/// The misspelt words and first suggestions `typo` reports for one line.
fn found(engine: &Engine, to: &str, text: &str) -> Vec<(String, String)> {
    let site = if to.starts_with("https://") {
        "linkedin"
    } else {
        "gmail"
    };
    let surface = if site == "linkedin" {
        "direct_message"
    } else {
        "email"
    };
    let event = serde_json::json!({"kind": "compose", "site": site, "surface": surface,
        "to": [to], "text": text, "at": "2026-11-24T10:00:00-05:00"});
    let event = Event::from_json(&event.to_string()).expect("a valid event");
    engine
        .check(&event)
        .warnings
        .into_iter()
        .filter(|w| w.rule == "typo")
        .map(|w| {
            let word = w.facts["word"].as_str().unwrap_or_default().to_string();
            let first = w.facts["suggestions"][0]
                .as_str()
                .unwrap_or_default()
                .to_string();
            (word, first)
        })
        .collect()
}

fn run(cases: &[Case]) -> Vec<String> {
    let engine = engine();
    let mut failures = Vec::new();
    for &(to, text, want) in cases {
        let got = found(&engine, to, text);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|&(w, s)| (w.to_string(), s.to_string()))
            .collect();
        if got != want {
            failures.push(format!("{text:?}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    failures
}

#[test]
fn real_typos_are_found_with_the_right_first_suggestion() {
    assert!(TYPOS.len() >= 20);
    let failures = run(TYPOS);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn look_alikes_stay_silent() {
    assert!(LOOK_ALIKES.len() >= 20);
    let failures = run(LOOK_ALIKES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn messages_that_are_not_to_the_employer_are_not_checked() {
    let engine = engine();
    assert!(found(&engine, "friend@example.com", "I look foward to it.").is_empty());
}

/// Lines of the labelled corpora whose writers misspelt words on purpose
/// (a typo in "update", non-native spelling, "giftcard" as one word,
/// "adress", a Spanish word in an English note).
const DELIBERATE_TYPOS: &[&str] = &[
    "sc4-034", "gf2-025", "gf2-034", "sc5-072", "sc6-068", "sc6-075", "gf4-046", "gf4-047",
    "gf3-043", "gf5-047",
];

/// Every email and message of the labelled corpora (about a thousand,
/// written carefully by people who had not seen this rule) is free of
/// typos: `typo` must stay silent on all of them. The typo rule's own
/// corpus (`typo.jsonl`) and the lines misspelt on purpose are left out.
#[test]
fn the_corpus_messages_draw_no_typo_warning() {
    let engine = engine();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for sub in ["", "issue4"] {
        let path = std::path::Path::new(dir).join(sub);
        for entry in std::fs::read_dir(&path).expect("the corpus folder") {
            let p = entry.expect("a corpus file").path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            // Public posts are no messages to an employer.
            if name.ends_with(".jsonl") && !name.starts_with("public-") && name != "typo.jsonl" {
                files.push(p);
            }
        }
    }
    let mut checked = 0;
    let mut fired = Vec::new();
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if v["id"]
                .as_str()
                .is_some_and(|id| DELIBERATE_TYPOS.contains(&id))
            {
                continue;
            }
            // The status-check files hold a subject and a text for Jane.
            let event = match v.get("event") {
                Some(e) => e.clone(),
                None => serde_json::json!({"kind": "compose", "site": "gmail",
                    "surface": "email", "to": [JANE], "subject": v["subject"],
                    "text": v["text"], "at": "2026-11-24T10:00:00-05:00"}),
            };
            let event = Event::from_json(&event.to_string()).unwrap();
            checked += 1;
            for w in engine.check(&event).warnings {
                if w.rule == "typo" {
                    fired.push(format!("{}: {}", v["id"], w.facts["word"]));
                }
            }
        }
    }
    assert!(checked > 800, "only {checked} corpus messages");
    assert!(fired.is_empty(), "{fired:?}");
}
