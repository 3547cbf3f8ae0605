//! `cargo bench --bench check`: timings of the core on a large, realistic
//! log (50 interviews, 200 people). A small harness (no criterion): each
//! case is warmed up, then sampled; a sample is a batch of calls long enough
//! for the clock to resolve, divided by the batch size. Prints a Markdown
//! table with median and p95 per call next to the targets.
//!
//! BENCH_SECONDS (default 0.6) sets the sampling time per case.
//! BENCH_RULES=1 also prints, on stderr, the median time of each rule on
//! the email and post cases (where a check's time goes).

use interview_guard::{Engine, Event, Log, Timestamp};
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------

const COMPANIES: [(&str, &str, &str); 25] = [
    ("Acme Corp", "Acme", "acme.com"),
    ("Stark Industries", "Stark", "starkindustries.com"),
    ("Initech", "Initech Systems", "initech.io"),
    ("Umbrella Health", "Umbrella", "umbrellahealth.org"),
    ("Globex Corporation", "Globex", "globex.com"),
    ("Société Générale des Données", "SGD", "sgdonnees.fr"),
    ("Müller & Söhne GmbH", "Müller", "mueller-soehne.de"),
    ("Nørdlys Analytics", "Nordlys", "nordlys.no"),
    ("Café Ñandú Labs", "Ñandú", "nandu.es"),
    ("Hooli", "Hooli XYZ", "hooli.xyz"),
    ("Pied Piper", "PiedPiper", "piedpiper.com"),
    ("Wayne Enterprises", "Wayne", "wayne.com"),
    ("Cyberdyne Systems", "Cyberdyne", "cyberdyne.ai"),
    ("Tyrell Corporation", "Tyrell", "tyrell.com"),
    ("Soylent Foods", "Soylent", "soylent.co"),
    ("Vandelay Industries", "Vandelay", "vandelay.com"),
    ("Oceanic Airlines", "Oceanic", "oceanic-air.com"),
    ("Łódź Robotics", "LR", "lodzrobotics.pl"),
    ("Ångström Optics AB", "Ångström", "angstrom.se"),
    ("Dunder Mifflin", "Dunder", "dundermifflin.com"),
    ("Gringotts Bank", "Gringotts", "gringotts.co.uk"),
    ("Monsters Inc", "Monsters", "monstersinc.com"),
    ("Blue Sun", "BlueSun", "bluesun.space"),
    ("Čapek Automation", "Capek", "capek.cz"),
    ("Yoyodyne", "Yoyodyne Propulsion", "yoyodyne.com"),
];

const FIRST: [&str; 20] = [
    "Jane",
    "José",
    "Siobhán",
    "Zoë",
    "Priya",
    "François",
    "Björn",
    "Ngozi",
    "Łukasz",
    "Mei",
    "Søren",
    "Aoife",
    "Raúl",
    "Chloé",
    "Dmitri",
    "Ana-María",
    "Kwame",
    "Inés",
    "Tomás",
    "Yūki",
];
const LAST: [&str; 20] = [
    "Doe",
    "Núñez",
    "O'Connor-Hart",
    "Van der Berg",
    "Raman",
    "Lefèvre",
    "Åström",
    "Okafor",
    "Wiśniewski",
    "Chen",
    "Kierkegaard",
    "Ní Bhriain",
    "García Márquez",
    "Dubois",
    "Ivanov",
    "López",
    "Mensah",
    "Muñoz",
    "Ó Briain",
    "Satō",
];
const TITLES: [&str; 6] = [
    "Engineering Manager",
    "Technical Recruiter",
    "Head of Design",
    "Staff Engineer",
    "Talent Partner",
    "VP Product",
];
const STAGES: [&str; 7] = [
    "phone_screen",
    "first_round",
    "second_round",
    "third_round",
    "final_round",
    "references",
    "other",
];
const ROLES: [&str; 4] = [
    "Backend Engineer",
    "Product Designer",
    "Data Analyst",
    "QA Lead",
];
const CHANNELS: [&str; 4] = ["any", "email", "linkedin", "phone"];
const FORMATS: [&str; 3] = ["phone", "video", "onsite"];
const STATUSES: [&str; 6] = [
    "open",
    "open",
    "open",
    "offer_verbal",
    "rejected",
    "withdrawn",
];
const OFFSETS: [&str; 5] = ["-05:00", "+00:00", "-08:00", "+01:00", "+05:30"];

fn ascii_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'å' | 'Å' | 'Á' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
            'í' | 'ï' | 'Í' => 'i',
            'ó' | 'ö' | 'ø' | 'ō' | 'Ó' => 'o',
            'ú' | 'ü' | 'ū' => 'u',
            'ñ' | 'ń' => 'n',
            'ł' | 'Ł' => 'l',
            'ś' => 's',
            'č' | 'Č' => 'c',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

fn person_name(i: usize) -> String {
    format!(
        "{} {}",
        FIRST[i % FIRST.len()],
        LAST[(i * 7 + i / 20) % LAST.len()]
    )
}

fn person_email(i: usize) -> String {
    let name = person_name(i);
    let mut parts = name.split(' ');
    let first = ascii_slug(parts.next().unwrap());
    let last = ascii_slug(&parts.collect::<String>());
    format!("{first}.{last}{i}@{}", COMPANIES[i % COMPANIES.len()].2)
}

/// 50 interviews at 25 companies, 200 people (8 per company), a few sent
/// notes and profile views, as the extension would store it.
fn big_log() -> String {
    let mut people = Vec::new();
    for i in 0..200 {
        let (company, _, _) = COMPANIES[i % COMPANIES.len()];
        let slug = ascii_slug(&person_name(i));
        people.push(serde_json::json!({
            "id": format!("p{i}"),
            "name": person_name(i),
            "title": TITLES[i % TITLES.len()],
            "company": company,
            "emails": [person_email(i)],
            "profiles": [
                format!("https://www.linkedin.com/in/{slug}-{i}"),
                format!("https://x.com/{slug}{i}"),
            ],
            "invited_to_connect": i % 5 == 0,
        }));
    }
    let mut interviews = Vec::new();
    for i in 0..50 {
        let c = i % COMPANIES.len();
        let (company, alias, domain) = COMPANIES[c];
        // Two interviews per company: interviewers are two of its people.
        let first = c + (i / COMPANIES.len()) * 2 * COMPANIES.len();
        let day = 2 + (i * 5) % 27;
        let mut interview = serde_json::json!({
            "id": format!("i{i}"),
            "company": company,
            "company_aliases": [alias],
            "company_domains": [domain],
            "role": ROLES[i % ROLES.len()],
            "stage": STAGES[i % STAGES.len()],
            "format": FORMATS[i % FORMATS.len()],
            "at": format!("2026-11-{day:02}T{:02}:30:00{}", 9 + i % 8, OFFSETS[i % OFFSETS.len()]),
            "duration_minutes": 30 + (i % 4) * 15,
            "interviewer_ids": [format!("p{first}"), format!("p{}", first + COMPANIES.len())],
            "quick_decision": i % 9 == 0,
            "preferred_channel": CHANNELS[i % CHANNELS.len()],
            "status": STATUSES[i % STATUSES.len()],
            "salary_expectation": {"amount": 90000 + i * 1000, "currency": "USD", "period": "year"},
            "notes": "Asked about on-call, team size and the roadmap for next year.",
        });
        if i % 3 == 0 {
            interview["decision_expected_by"] = format!("2026-12-{:02}", 1 + i % 20).into();
        }
        interviews.push(interview);
    }
    let mut sent = Vec::new();
    for i in (0..50).step_by(2) {
        let c = i % COMPANIES.len();
        let first = c + (i / COMPANIES.len()) * 2 * COMPANIES.len();
        sent.push(serde_json::json!({
            "to": format!("p{first}"),
            "interview_id": format!("i{i}"),
            "at": format!("2026-11-{:02}T19:30:00-05:00", 3 + (i * 5) % 27),
            "channel": "email",
            "kind": "thank_you",
            "text": "Thank you for your time today; I enjoyed learning about the team.",
        }));
    }
    let views: Vec<_> = (0..40)
        .map(|i| {
            serde_json::json!({
                "person": format!("p{}", i * 5),
                "site": "linkedin",
                "at": format!("2026-11-{:02}T08:00:00-05:00", 1 + i % 28),
            })
        })
        .collect();
    serde_json::json!({
        "version": 1,
        "interviews": interviews,
        "people": people,
        "sent": sent,
        "views": views,
        "settings": {"weekend": ["sat", "sun"], "muted": [], "sites": {"linkedin": true}},
    })
    .to_string()
}

const EMAIL_PARAGRAPHS: [&str; 6] = [
    "Hi Jane, thank you again for taking the time to speak with me on Monday. I really enjoyed \
     hearing about how the platform team at Acme handles deployments, and the way you described \
     the on-call rotation made a lot of sense to me. ",
    "I wanted to follow up on our conversation about the backend role. Is there any update on the \
     timeline? I know these things take a while, so no pressure at all, but I have another \
     process with Globex moving quickly and I would love to hear back from you first. ",
    "Honestly, the interview with José Núñez was the best part of my week. He asked great \
     questions about distributed caching and I think my answers were okay, although I stumbled \
     a little on the last one about consistency models. ",
    "Just checking in to see whether you had a chance to review my take-home assignment. I pushed \
     a small fix last night for the pagination bug I mentioned, and I added a few more tests. \
     Let me know if anything is unclear or if you need anything else from me. ",
    "By the way, I noticed that Stark Industries and Initech are both hiring for similar \
     positions, but Acme Corp is really my first choice because of the culture and the mission. \
     My salary expectation is flexible, somewhere around 120k, but I am open to discussing it. ",
    "Thanks so much, and have a great rest of the week! Best regards, Alex. P.S. I connected with \
     Siobhán O'Connor-Hart on LinkedIn after the panel, I hope that was alright. ",
];

const POST_PARAGRAPHS: [&str; 5] = [
    "Big news, everyone! After three rounds of interviews with Acme Corp I am still waiting to \
     hear back, and the suspense is killing me. The hiring manager, Jane Doe, was lovely though. ",
    "Some thoughts on the interview process at Umbrella Health: the questions were fair, the \
     panel was on time, and Zoë Van der Berg gave me honest feedback at the end. Insanely good \
     team, to be honest. ",
    "I have to say the final round at Stark was brutal. Four hours of whiteboarding, and I am not \
     sure I nailed the system design part. Fingers crossed for good news next week! ",
    "If you are job hunting right now: keep a log of every conversation, send a short thank-you \
     note the same day, and do not chase recruiters the day after the interview. It rarely \
     helps, and Priya Raman from Initech told me they notice. ",
    "Anyway, #OpenToWork #hiring #interviews #careers — wish me luck with Globex and Hooli too. ",
];

fn text_of(paragraphs: &[&str], bytes: usize) -> String {
    let mut text = String::new();
    for p in paragraphs.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(p);
    }
    // Cut at a char boundary near the target size.
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn email_event(bytes: usize) -> String {
    serde_json::json!({
        "kind": "compose", "site": "gmail", "surface": "email",
        "to": [person_email(0), person_email(25), "careers@acme.com"],
        "subject": "Following up on the Backend Engineer interview",
        "text": text_of(&EMAIL_PARAGRAPHS, bytes),
        "at": "2026-11-24T09:00:00-05:00",
    })
    .to_string()
}

fn post_event(bytes: usize) -> String {
    serde_json::json!({
        "kind": "compose", "site": "linkedin", "surface": "public_post",
        "to": [],
        "text": text_of(&POST_PARAGRAPHS, bytes),
        "at": "2026-11-24T09:00:00-05:00",
    })
    .to_string()
}

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

struct Row {
    name: String,
    median: Duration,
    p95: Duration,
    calls: u64,
    target: Option<Duration>,
}

fn budget() -> Duration {
    let secs = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(0.6);
    Duration::from_secs_f64(secs.max(0.01))
}

fn measure<R>(name: &str, target: Option<Duration>, mut op: impl FnMut() -> R) -> Row {
    // Warm up for a fifth of the budget (at least 3 calls), estimating the
    // cost of one call.
    let warm_until = budget() / 5;
    let start = Instant::now();
    let mut warm_calls = 0u64;
    while warm_calls < 3 || start.elapsed() < warm_until {
        black_box(op());
        warm_calls += 1;
    }
    let per_call = start.elapsed().as_secs_f64() / warm_calls as f64;
    // A batch lasts at least 20 µs so the clock resolves it.
    let batch = ((20e-6 / per_call).ceil() as u64).max(1);
    let samples = ((budget().as_secs_f64() / (per_call * batch as f64)) as usize).clamp(20, 20_000);

    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples {
        let t = Instant::now();
        for _ in 0..batch {
            black_box(op());
        }
        times.push(t.elapsed() / batch as u32);
    }
    times.sort();
    let pick = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    eprintln!("  measured {name}");
    Row {
        name: name.to_string(),
        median: pick(0.5),
        p95: pick(0.95),
        calls: samples as u64 * batch,
        target,
    }
}

fn fmt_duration(d: Duration) -> String {
    let ns = d.as_nanos() as f64;
    if ns < 1e3 {
        format!("{ns:.0} ns")
    } else if ns < 1e6 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{:.2} ms", ns / 1e6)
    }
}

fn main() {
    let log_json = big_log();
    let log_kb = log_json.len() as f64 / 1024.0;
    eprintln!("log: 50 interviews, 200 people, {log_kb:.0} KB of JSON");

    let us = Duration::from_micros;
    let ms = Duration::from_millis;
    let mut rows = Vec::new();

    rows.push(measure("Log::from_json (log JSON → Log)", None, || {
        Log::from_json(&log_json).expect("the bench log is valid")
    }));
    rows.push(measure("Log::from_json + Engine::new", Some(ms(5)), || {
        let log = Log::from_json(&log_json).expect("the bench log is valid");
        Engine::new(log).expect("the bench log builds")
    }));

    let engine = Engine::new(Log::from_json(&log_json).unwrap()).expect("the bench log builds");

    for (kind, make) in [
        ("email", email_event as fn(usize) -> String),
        ("public_post", post_event as fn(usize) -> String),
    ] {
        for (kb, target) in [(1, Some(us(50))), (2, Some(us(200))), (20, Some(ms(1)))] {
            let json = make(kb * 1024);
            let event = Event::from_json(&json).expect("the bench event is valid");
            let answer = engine.check(&event).to_json();
            eprintln!(
                "  {kind} {kb} KB: {} warnings",
                answer.matches("\"rule\":").count()
            );
            rows.push(measure(
                &format!("check, {kind}, {kb} KB text"),
                target,
                || engine.check(&event),
            ));
        }
    }
    // The same email with a slip in every paragraph: the spelling check's
    // suggestions (computed once per word, then remembered).
    let json = email_event(2 * 1024)
        .replace("enjoyed", "enjoyd")
        .replace("timeline", "timline")
        .replace("questions", "qeustions")
        .replace("assignment", "assingment");
    let event = Event::from_json(&json).expect("the bench event is valid");
    let typos = engine.check(&event).to_json().matches("\"typo\"").count();
    eprintln!("  email with typos 2 KB: {typos} typo warnings");
    rows.push(measure(
        &format!("check, email with {typos} typos, 2 KB text"),
        Some(us(200)),
        || engine.check(&event),
    ));

    for kb in [1, 20] {
        let json = email_event(kb * 1024);
        rows.push(measure(
            &format!("event JSON → answer JSON, email, {kb} KB"),
            None,
            || {
                let event = Event::from_json(&json).unwrap();
                engine.check(&event).to_json()
            },
        ));
    }

    let now = Timestamp::parse("2026-11-24T09:00:00-05:00").expect("a valid time");
    rows.push(measure("reminders (50 interviews)", None, || {
        engine.reminders(now)
    }));

    if std::env::var_os("BENCH_RULES").is_some() {
        per_rule(&engine);
    }

    let mut out = String::new();
    writeln!(out, "| operation | median | p95 | calls | target | |").unwrap();
    writeln!(out, "|---|---:|---:|---:|---:|:---:|").unwrap();
    for row in &rows {
        let (target, verdict) = match row.target {
            Some(t) if row.median <= t => (format!("≤ {}", fmt_duration(t)), "✅"),
            Some(t) => (format!("≤ {}", fmt_duration(t)), "❌"),
            None => ("—".to_string(), ""),
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            row.name,
            fmt_duration(row.median),
            fmt_duration(row.p95),
            row.calls,
            target,
            verdict
        )
        .unwrap();
    }
    print!("{out}");
}

/// The median time of each rule (and of the shared tokenising) over repeated
/// checks, on stderr.
fn per_rule(engine: &Engine) {
    let cases = [
        ("email 2 KB", email_event(2 * 1024)),
        ("email 20 KB", email_event(20 * 1024)),
        ("public_post 2 KB", post_event(2 * 1024)),
    ];
    for (name, json) in cases {
        let event = Event::from_json(&json).expect("the bench event is valid");
        let runs = if name.contains("20") { 60 } else { 400 };
        let mut times: Vec<(&'static str, Vec<Duration>)> = Vec::new();
        for _ in 0..runs {
            let mut i = 0;
            engine.check_timed(&event, |rule, d| {
                if times.len() <= i {
                    times.push((rule, Vec::new()));
                }
                times[i].1.push(d);
                i += 1;
            });
        }
        let mut total = Duration::ZERO;
        eprintln!("per rule, {name} (median of {runs} checks):");
        for (rule, mut ds) in times {
            ds.sort();
            let median = ds[ds.len() / 2];
            total += median;
            eprintln!("  {:>10}  {rule}", fmt_duration(median));
        }
        eprintln!("  {:>10}  (sum)", fmt_duration(total));
    }
}
