//! Who is this? Email addresses, profile URLs and names resolved against
//! the log; companies grouped into processes; people and companies found in
//! free text.
//!
//! The normalised identity strings ([`email_key`], [`profile_key`],
//! [`name_key`]) are also what the extension hashes for its content
//! scripts, so their rules are fixed by `tests/fixtures/identity-vectors.json`.

use crate::calendar::Timestamp;
use crate::log::{Log, Status};
use crate::text::fasthash::{FastMap, FastSet, WordFilter};
use crate::text::fold::fold;
use crate::text::tokens::{tokenize, Token};
use std::collections::HashMap;

/// "I", "I'm", "I've": capitalised in any text, so no sign of a text with capitals.
pub(crate) const FIRST_PERSON_CAPS: &[&str] = &["i", "i'm", "i've", "i'll", "i'd"];

/// Titles that may stand before a surname ("Ms. Doe"), folded, without dots.
pub const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
];
/// Suffixes that may end a name ("Jr."), folded, without dots.
pub const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"];

/// The lowercase address inside `raw` (`Jane <jane@acme.com>`,
/// `mailto:jane@acme.com`), if it is an email address.
pub fn email_key(raw: &str) -> Option<String> {
    let mut s = raw.trim();
    if let (Some(a), Some(b)) = (s.rfind('<'), s.rfind('>')) {
        if a < b {
            s = &s[a + 1..b];
        }
    }
    let s = s.trim().trim_start_matches("mailto:").trim();
    let (local, domain) = s.rsplit_once('@')?;
    if local.is_empty()
        || domain.len() < 3
        || !domain.contains('.')
        || s.contains(char::is_whitespace)
        || domain.starts_with('.')
        || domain.ends_with('.')
    {
        return None;
    }
    Some(s.to_lowercase())
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The normalised form of a profile URL (CONTRACT.md): no scheme, `www.`,
/// `m.`, `mobile.` or country label; no fragment or trailing slash; percent
/// escapes decoded; lower case; the query dropped except `id` on Facebook's
/// `profile.php`; LinkedIn paths cut to `/in/NAME`; `twitter.com` is `x.com`.
///
/// ```
/// use interview_guard::people::profile_key;
/// assert_eq!(profile_key("https://uk.linkedin.com/in/JaneDoe/details/?x=1").as_deref(),
///            Some("linkedin.com/in/janedoe"));
/// assert_eq!(profile_key("https://m.facebook.com/profile.php?id=42&ref=x#top").as_deref(),
///            Some("facebook.com/profile.php?id=42"));
/// assert_eq!(profile_key("twitter.com/JaneDoe/").as_deref(), Some("x.com/janedoe"));
/// ```
pub fn profile_key(raw: &str) -> Option<String> {
    let s = raw.trim();
    let s = match s.find("://") {
        Some(i) => &s[i + 3..],
        None => s.trim_start_matches("//"),
    };
    let s = s.split('#').next().unwrap_or("");
    let (s, query) = match s.split_once('?') {
        Some((a, q)) => (a, q),
        None => (s, ""),
    };
    let (host, path) = match s.find('/') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host).to_lowercase();
    let host = host.trim_end_matches('.');
    if !host.contains('.') || host.contains(char::is_whitespace) || host.is_empty() {
        return None;
    }
    let mut labels: Vec<&str> = host.split('.').collect();
    while labels.len() > 2 && matches!(labels[0], "www" | "m" | "mobile" | "mbasic" | "touch") {
        labels.remove(0);
    }
    if labels.len() > 2 && is_country_label(labels[0]) {
        labels.remove(0);
    }
    let mut host = labels.join(".");
    if host == "twitter.com" {
        host = "x.com".into();
    }
    let mut path = percent_decode(path).to_lowercase();
    while path.ends_with('/') {
        path.pop();
    }
    if host == "linkedin.com" {
        let parts: Vec<&str> = path.split('/').collect();
        if parts.len() > 3 && parts[1] == "in" {
            path = format!("/in/{}", parts[2]);
        }
    }
    let mut key = format!("{host}{path}");
    if host == "facebook.com" && path == "/profile.php" {
        if let Some(id) = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("id="))
            .filter(|v| !v.is_empty())
        {
            key.push_str("?id=");
            key.push_str(&percent_decode(id).to_lowercase());
        }
    }
    Some(key)
}

fn is_country_label(l: &str) -> bool {
    let b = l.as_bytes();
    (b.len() == 2 && b.iter().all(u8::is_ascii_lowercase))
        || (b.len() == 5
            && b[2] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_lowercase()))
}

/// The folded parts of a person's name, without honorifics, suffixes or
/// initials' dots; "Doe, Jane" is read as "Jane Doe".
pub fn name_parts(name: &str) -> Vec<String> {
    let name = match name.split_once(',') {
        Some((last, first))
            if !first.trim().is_empty()
                && !SUFFIXES.contains(&fold(first.trim()).trim_matches('.')) =>
        {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => name.to_string(),
    };
    let mut parts: Vec<String> = fold(&name)
        .split_whitespace()
        .map(|p| {
            p.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect();
    while parts.len() > 1 && HONORIFICS.contains(&parts[0].trim_end_matches('.')) {
        parts.remove(0);
    }
    while parts.len() > 1
        && parts
            .last()
            .is_some_and(|p| SUFFIXES.contains(&p.replace('.', "").as_str()))
    {
        parts.pop();
    }
    parts
}

/// `first last` of a name (middle names dropped), when it has both.
///
/// ```
/// use interview_guard::people::name_key;
/// assert_eq!(name_key("Dr. José Q. Núñez Jr.").as_deref(), Some("jose nunez"));
/// assert_eq!(name_key("Jane"), None);
/// ```
pub fn name_key(name: &str) -> Option<String> {
    let parts = name_parts(name);
    if parts.len() < 2 {
        return None;
    }
    Some(format!("{} {}", parts[0], parts[parts.len() - 1]))
}

/// A company's interviews, grouped by name, alias or domain (RULES.md: a
/// process is a company).
#[derive(Debug, Clone)]
pub struct Process {
    /// The company name as first written.
    pub name: String,
    /// Every name and alias as written.
    pub names: Vec<String>,
    /// Email domains.
    pub domains: Vec<String>,
    /// Indices into `log.interviews`, earliest first.
    pub interviews: Vec<usize>,
}

/// What a recipient entry resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// A tracked person (index into `log.people`).
    Person(usize),
    /// An address at a tracked company that is no tracked person's (process index).
    Company(usize),
    /// Nobody tracked.
    Nobody,
}

/// A tracked company or person named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Who.
    pub who: Resolved,
}

struct NameSeq {
    words: Vec<String>,
    process: usize,
    /// A one-word name that reads as an ordinary word (needs a capital).
    single: bool,
}

/// Lookup tables built once per log.
pub struct Directory {
    /// Processes.
    pub processes: Vec<Process>,
    /// For each person (index as in `log.people`), their processes.
    pub person_processes: Vec<Vec<usize>>,
    by_email: FastMap<String, usize>,
    by_profile: FastMap<String, usize>,
    by_name: FastMap<String, Vec<usize>>,
    by_surname: FastMap<String, Vec<usize>>,
    by_first: FastMap<String, Vec<usize>>,
    person_parts: Vec<Vec<String>>,
    company_seqs: FastMap<String, Vec<NameSeq>>,
    domains: Vec<(String, usize)>,
    name_words: FastSet<String>,
    /// The keys of `company_seqs`, `by_first` and `name_words`: most words
    /// of a text are none of them, and this tells so without hashing.
    word_filter: WordFilter,
    /// Every company's names split into words, for near misses
    /// ([`crate::text::companies`]).
    pub company_names: crate::text::companies::CompanyNames,
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Words that may follow a one-word company name at the start of a
/// sentence ("Acme ghosted me", "Stark recruiters …"), telling it from an
/// ordinary word ("Stark reality").
/// The company's own nouns ("recruiters", "team") are in [`COMPANY_NOUNS`].
const AFTER_COMPANY: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "just",
    "ghosted",
    "rejected",
    "sent",
    "called",
    "emailed",
    "said",
    "never",
    "still",
    "finally",
    "did",
    "does",
    "didn't",
    "doesn't",
    "will",
    "won't",
    "can",
    "can't",
    "should",
    "would",
    "wouldn't",
    "really",
    "totally",
    "literally",
    "kept",
    "made",
    "wasted",
    "asked",
    "offered",
    "gave",
    "told",
    "treats",
    "treated",
    "seems",
    "sucks",
    "needs",
    "wants",
    "thinks",
    "clearly",
    "honestly",
    "seriously",
    "actually",
    "also",
    "again",
    "keeps",
    "wastes",
    "lost",
    "cancelled",
    "canceled",
    "moved",
    "let",
    "strung",
    "lowballed",
    "strikes",
    "ind",
    "=",
    "says",
    "sends",
    "asks",
    "expects",
    "ghosts",
    "rejects",
    "charges",
    "mob",
    "lot",
    "crew",
    "gang",
    "guys",
    "\u{2014}",
    "\u{2013}",
    "call",
    "could",
    "might",
    "may",
    "and",
    "or",
    "!",
    "?",
    ".",
    "",
    "",
    ":",
    ";",
];

/// Nouns after a lower-case one-word name that make it the company
/// ("the new acme office"); they may follow any company name too (see
/// [`after_company`]).
const COMPANY_NOUNS: &[&str] = &[
    "pipeline",
    "careers",
    "inbox",
    "portal",
    "recruiters",
    "recruiter",
    "interview",
    "interviews",
    "interviewers",
    "interviewer",
    "hiring",
    "hr",
    "team",
    "people",
    "staff",
    "managers",
    "manager",
    "culture",
    "office",
    "offices",
    "folks",
    "company",
    "corp",
    "inc",
    "ltd",
    "phone",
    "screen",
    "role",
    "job",
    "application",
    "process",
    "panel",
    "onsite",
    "offer",
    "recruiting",
];

/// Words before a lower-case one-word name that make it an ordinary word
/// ("an umbrella", "my umbrella"); the first ten also before a describing
/// word ("my old umbrella").
const DETERMINERS: &[&str] = &[
    "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "these", "those",
    "some", "any", "every", "no",
];

/// Whether `next` may follow a one-word company name: a verb or word of
/// [`AFTER_COMPANY`], or one of the company's nouns.
fn after_company(next: &str) -> bool {
    AFTER_COMPANY.contains(&next) || COMPANY_NOUNS.contains(&next)
}

/// Words that open a sentence (and so are capitalised) right before a
/// company's name without being part of a person's name.
const SENTENCE_OPENERS: &[&str] = &[
    "could",
    "would",
    "should",
    "can",
    "will",
    "did",
    "does",
    "do",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "why",
    "how",
    "what",
    "when",
    "where",
    "who",
    "which",
    "reckon",
    "guess",
    "honestly",
    "seriously",
    "apparently",
    "today",
    "yesterday",
    "tomorrow",
    "just",
    "never",
    "finally",
    "also",
    "avoid",
    "update",
    "maybe",
    "still",
    "until",
    "after",
    "before",
    "imagine",
    "classic",
    "typical",
    "shocker",
    "surprise",
    "nope",
    "yep",
    "yeah",
    "sadly",
    "luckily",
    "unfortunately",
    "anyway",
    "because",
    "if",
    "since",
    "while",
    "whereas",
    "dear",
];

/// Capitalised words that may stand right before a company's name.
const BEFORE_COMPANY: &[&str] = &[
    "at",
    "the",
    "with",
    "for",
    "from",
    "to",
    "in",
    "on",
    "by",
    "and",
    "but",
    "so",
    "my",
    "our",
    "dear",
    "hi",
    "hello",
    "hey",
    "thanks",
    "thank",
    "love",
    "i",
    "wow",
    "oh",
    "ugh",
    "yikes",
    "lol",
    "omg",
    "well",
    "ok",
    "okay",
    "yes",
    "no",
    "congrats",
    "shoutout",
    "sorry",
    "re",
    "about",
    "why",
    "how",
    "when",
    "after",
    "before",
    "today",
    "yesterday",
    "just",
    "honestly",
    "seriously",
    "also",
    "update",
    "psa",
    "reminder",
    "breaking",
    "news",
    "interviewed",
    "interviewing",
    "applied",
    "joined",
    "joining",
    "day",
    "week",
];

impl Directory {
    /// Builds the tables for `log`.
    pub fn new(log: &Log) -> Directory {
        let n = log.interviews.len();
        let mut parent: Vec<usize> = (0..n).collect();
        let mut first_by_key: HashMap<String, usize> = HashMap::new();
        for (i, iv) in log.interviews.iter().enumerate() {
            let keys = std::iter::once(iv.company.as_str())
                .chain(iv.company_aliases.iter().map(String::as_str))
                .map(company_key)
                .filter(|k| !k.is_empty())
                .chain(iv.company_domains.iter().map(|d| format!("@{d}")));
            for k in keys {
                match first_by_key.get(&k) {
                    Some(&j) => {
                        let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                        parent[a] = b;
                    }
                    None => {
                        first_by_key.insert(k, i);
                    }
                }
            }
        }
        let mut root_to_process: HashMap<usize, usize> = HashMap::new();
        let mut processes: Vec<Process> = Vec::new();
        // Processes are numbered in log order; their interviews are sorted by time below.
        for i in 0..n {
            let root = find(&mut parent, i);
            let iv = &log.interviews[i];
            let p = *root_to_process.entry(root).or_insert_with(|| {
                processes.push(Process {
                    name: iv.company.clone(),
                    names: Vec::new(),
                    domains: Vec::new(),
                    interviews: Vec::new(),
                });
                processes.len() - 1
            });
            let proc_ = &mut processes[p];
            proc_.interviews.push(i);
            for name in std::iter::once(&iv.company).chain(iv.company_aliases.iter()) {
                if !name.trim().is_empty()
                    && !proc_
                        .names
                        .iter()
                        .any(|x| company_key(x) == company_key(name))
                {
                    proc_.names.push(name.clone());
                }
            }
            for d in &iv.company_domains {
                if !proc_.domains.contains(d) {
                    proc_.domains.push(d.clone());
                }
            }
        }

        for p in &mut processes {
            p.interviews.sort_by_key(|&i| log.interviews[i].at);
        }
        let mut company_seqs: FastMap<String, Vec<NameSeq>> = FastMap::default();
        let mut domains = Vec::new();
        let mut name_words: FastSet<String> = FastSet::default();
        for (pi, p) in processes.iter().enumerate() {
            let mut forms: Vec<String> = p.names.clone();
            forms.extend(p.domains.iter().cloned());
            for form in forms {
                let words: Vec<String> = tokenize(&form).into_iter().map(|t| t.norm).collect();
                if words.is_empty() {
                    continue;
                }
                name_words.extend(words.iter().cloned());
                let single = words.len() == 1 && !form.contains('.');
                // "AcmeCorp" / "#StarkIndustries": a multi-word name written as one word.
                if words.len() > 1 && words.iter().all(|w| w.chars().all(char::is_alphanumeric)) {
                    let joined = words.concat();
                    company_seqs
                        .entry(joined.clone())
                        .or_default()
                        .push(NameSeq {
                            words: vec![joined],
                            process: pi,
                            single: false,
                        });
                }
                // "Acme Corp" is also "Acme Corporation", "Initech Inc"
                // "Initech Incorporated".
                if words.len() > 1 {
                    let last = words.len() - 1;
                    let long = match words[last].as_str() {
                        "corp" => Some("corporation"),
                        "inc" => Some("incorporated"),
                        "ltd" => Some("limited"),
                        "co" => Some("company"),
                        _ => None,
                    };
                    if let Some(long) = long {
                        let mut full = words.clone();
                        full[last] = long.to_string();
                        name_words.insert(long.to_string());
                        company_seqs
                            .entry(full[0].clone())
                            .or_default()
                            .push(NameSeq {
                                words: full,
                                process: pi,
                                single: false,
                            });
                    }
                }
                company_seqs
                    .entry(words[0].clone())
                    .or_default()
                    .push(NameSeq {
                        words,
                        process: pi,
                        single,
                    });
            }
            for d in &p.domains {
                domains.push((d.clone(), pi));
            }
        }

        let mut person_processes = vec![Vec::new(); log.people.len()];
        let person_index: HashMap<&str, usize> = log
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        for (pi, p) in processes.iter().enumerate() {
            for &ii in &p.interviews {
                for pid in &log.interviews[ii].interviewer_ids {
                    if let Some(&k) = person_index.get(pid.as_str()) {
                        if !person_processes[k].contains(&pi) {
                            person_processes[k].push(pi);
                        }
                    }
                }
            }
        }
        for (k, person) in log.people.iter().enumerate() {
            let ck = company_key(&person.company);
            if ck.is_empty() {
                continue;
            }
            for (pi, p) in processes.iter().enumerate() {
                if p.names.iter().any(|n| company_key(n) == ck)
                    && !person_processes[k].contains(&pi)
                {
                    person_processes[k].push(pi);
                }
            }
        }

        let mut by_email = FastMap::default();
        let mut by_profile = FastMap::default();
        let mut by_name: FastMap<String, Vec<usize>> = FastMap::default();
        let mut by_surname: FastMap<String, Vec<usize>> = FastMap::default();
        let mut by_first: FastMap<String, Vec<usize>> = FastMap::default();
        let mut person_parts = Vec::new();
        for (k, person) in log.people.iter().enumerate() {
            for e in &person.emails {
                if let Some(e) = email_key(e) {
                    by_email.entry(e).or_insert(k);
                }
            }
            for u in &person.profiles {
                if let Some(u) = profile_key(u) {
                    by_profile.entry(u).or_insert(k);
                }
            }
            if let Some(key) = name_key(&person.name) {
                by_name.entry(key).or_default().push(k);
            }
            let parts: Vec<String> = tokenize(&name_parts(&person.name).join(" "))
                .into_iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm)
                .collect();
            if parts.len() >= 2 {
                by_surname.entry(parts[1..].join(" ")).or_default().push(k);
                by_surname
                    .entry(parts[parts.len() - 1].clone())
                    .or_default()
                    .push(k);
                by_first.entry(parts[0].clone()).or_default().push(k);
            }
            name_words.extend(parts.iter().cloned());
            // Their company as they gave it (it may be no interview's).
            name_words.extend(
                tokenize(&person.company)
                    .into_iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.norm),
            );
            person_parts.push(parts);
        }
        for v in by_surname.values_mut() {
            v.dedup();
        }

        let company_names = crate::text::companies::CompanyNames::new(&processes);
        let mut word_filter = WordFilter::default();
        for w in company_seqs
            .keys()
            .chain(by_first.keys())
            .chain(&name_words)
        {
            word_filter.insert(w);
        }
        Directory {
            word_filter,
            company_names,
            processes,
            person_processes,
            by_email,
            by_profile,
            by_name,
            by_surname,
            by_first,
            person_parts,
            company_seqs,
            domains,
            name_words,
        }
    }

    /// Whether a folded word is part of a tracked person's name or company,
    /// or of a tracked company's name, alias or domain (words a spelling
    /// check must leave alone).
    pub fn is_name_word(&self, norm: &str) -> bool {
        self.word_filter.may_contain(norm) && self.name_words.contains(norm)
    }

    /// The people whose first name, surname or last name is this folded
    /// word or words ("jose", "van der berg"), each once.
    pub fn people_named(&self, folded: &str) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for map in [&self.by_first, &self.by_surname] {
            for &k in map.get(folded).map(Vec::as_slice).unwrap_or(&[]) {
                if !out.contains(&k) {
                    out.push(k);
                }
            }
        }
        out
    }

    /// The process whose domain (or a parent domain of it) is `domain`.
    pub fn process_by_domain(&self, domain: &str) -> Option<usize> {
        let domain = domain.to_lowercase();
        self.domains
            .iter()
            .filter(|(d, _)| {
                // The domain itself, or a subdomain of it (".{d}" at the end).
                domain.ends_with(d.as_str())
                    && (domain.len() == d.len()
                        || domain.as_bytes()[domain.len() - d.len() - 1] == b'.')
            })
            .max_by_key(|(d, _)| d.len())
            .map(|&(_, p)| p)
    }

    /// The process with this company name or alias (case-insensitive).
    pub fn process_by_name(&self, name: &str) -> Option<usize> {
        let k = company_key(name);
        if k.is_empty() {
            return None;
        }
        self.processes
            .iter()
            .position(|p| p.names.iter().any(|n| company_key(n) == k))
    }

    /// Resolves one recipient entry: email, then profile URL, then full name.
    /// `site_host` turns a bare `@handle` into a profile on that site.
    pub fn resolve(&self, entry: &str, site_host: Option<&str>) -> Resolved {
        let entry = entry.trim();
        if entry.is_empty() {
            return Resolved::Nobody;
        }
        if let Some(e) = email_key(entry) {
            if let Some(&k) = self.by_email.get(&e) {
                return Resolved::Person(k);
            }
            let domain = e.rsplit('@').next().unwrap_or("");
            return match self.process_by_domain(domain) {
                Some(p) => Resolved::Company(p),
                None => Resolved::Nobody,
            };
        }
        if let Some(k) = self.resolve_profile(entry, site_host) {
            return Resolved::Person(k);
        }
        // "Jane Doe <jane@…>" without a valid address, or a plain name.
        let name = entry.split('<').next().unwrap_or(entry);
        match self.resolve_name(name) {
            Some(k) => Resolved::Person(k),
            None => Resolved::Nobody,
        }
    }

    /// The person with this profile URL or handle.
    pub fn resolve_profile(&self, profile: &str, site_host: Option<&str>) -> Option<usize> {
        let p = profile.trim();
        let key = match (p.strip_prefix('@'), site_host) {
            (Some(handle), Some(host)) if !handle.contains(['/', '.', ' ']) => {
                Some(format!("{host}/{}", handle.to_lowercase()))
            }
            _ => profile_key(p).filter(|k| k.contains('/')),
        }?;
        self.by_profile.get(&key).copied()
    }

    /// The one person with this full name (a first name alone never resolves;
    /// two people with the same name resolve to nobody).
    pub fn resolve_name(&self, name: &str) -> Option<usize> {
        let key = name_key(name)?;
        match self.by_name.get(&key).map(Vec::as_slice) {
            Some([k]) => return Some(*k),
            Some(_) => return None,
            None => {}
        }
        // A short form of the first name with the same surname ("Bob
        // Smith" for a tracked Robert Smith), when it fits one person only.
        let (first, last) = key.split_once(' ')?;
        let nicknames = crate::text::names::Nicknames::get().ok()?;
        let mut found: Option<usize> = None;
        for v in nicknames.variants(first) {
            for &k in self
                .by_name
                .get(&format!("{v} {last}"))
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                if found.is_some_and(|f| f != k) {
                    return None;
                }
                found = Some(k);
            }
        }
        found
    }

    /// The latest interview of process `p` that started at or before `at`.
    pub fn latest_interview(&self, log: &Log, p: usize, at: Timestamp) -> Option<usize> {
        self.processes
            .get(p)?
            .interviews
            .iter()
            .rev()
            .copied()
            .find(|&i| log.interviews[i].at <= at)
    }

    /// The interview of process `p` that a message at `at` belongs to: its
    /// latest one so far, or its first when none has happened yet.
    pub fn current_interview(&self, log: &Log, p: usize, at: Timestamp) -> Option<usize> {
        self.latest_interview(log, p, at)
            .or_else(|| self.processes.get(p)?.interviews.first().copied())
    }

    /// The status of process `p` at `at`: that of its current interview.
    pub fn status(&self, log: &Log, p: usize, at: Timestamp) -> Option<Status> {
        Some(log.interviews[self.current_interview(log, p, at)?].status)
    }

    /// Tracked companies and people named in `tokens` (leftmost-longest).
    pub fn mentions(&self, text: &str, tokens: &[Token]) -> Vec<Mention> {
        let lowercase_text = !text.chars().any(|c| c.is_uppercase())
            || tokens
                .iter()
                // Shouted words and acronyms ("TWICE", "CV") do not make a
                // text typed in lower case a text with capitals.
                .filter(|t| {
                    t.is_word()
                        && t.cap
                        && !t.all_caps
                        && !FIRST_PERSON_CAPS.contains(&t.norm.as_str())
                })
                .count()
                == 0;
        let mut out: Vec<Mention> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut best: Option<Mention> = None;
            let maybe_name = self.word_filter.may_contain(&tokens[i].norm);
            if let Some(seqs) = maybe_name
                .then(|| self.company_seqs.get(&tokens[i].norm))
                .flatten()
            {
                for seq in seqs {
                    let end = i + seq.words.len();
                    if end > tokens.len()
                        || !seq
                            .words
                            .iter()
                            .zip(&tokens[i..end])
                            .all(|(w, t)| *w == t.norm)
                    {
                        continue;
                    }
                    if seq.single && !self.reads_as_company(tokens, i, lowercase_text) {
                        continue;
                    }
                    if best.is_none_or(|b| end > b.last) {
                        best = Some(Mention {
                            first: i,
                            last: end,
                            who: Resolved::Company(seq.process),
                        });
                    }
                }
            }
            if let Some(m) = self.person_at(tokens, i, lowercase_text) {
                if best.is_none_or(|b| m.last > b.last) {
                    best = Some(m);
                }
            }
            match best {
                Some(m) => {
                    i = m.last;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        // A first name unique in the log, with their company named in the text.
        let named: Vec<usize> = out
            .iter()
            .filter_map(|m| match m.who {
                Resolved::Company(p) => Some(p),
                _ => None,
            })
            .collect();
        if !named.is_empty() {
            // The mentions found so far are in order and apart; those added
            // below are single tokens behind the one being read.
            let found = out.len();
            for (i, t) in tokens.iter().enumerate() {
                let in_address = tokens
                    .get(i + 1)
                    .is_some_and(|n| !n.space_before && !n.is_word())
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.norm.as_str(), "@" | "." | "_"));
                if !(t.cap || lowercase_text)
                    || in_address
                    || out[..found]
                        .get(..out[..found].partition_point(|m| m.first <= i))
                        .and_then(<[Mention]>::last)
                        .is_some_and(|m| i < m.last)
                {
                    continue;
                }
                if !self.word_filter.may_contain(&t.norm) {
                    continue;
                }
                if let Some([k]) = self.by_first.get(&t.norm).map(Vec::as_slice) {
                    if self.person_processes[*k].iter().any(|p| named.contains(p)) {
                        out.push(Mention {
                            first: i,
                            last: i + 1,
                            who: Resolved::Person(*k),
                        });
                    }
                }
            }
            out.sort_by_key(|m| m.first);
        }
        out
    }

    fn reads_as_company(&self, tokens: &[Token], i: usize, lowercase_text: bool) -> bool {
        let t = &tokens[i];
        let prev = if i > 0 {
            tokens[i - 1].norm.as_str()
        } else {
            ""
        };
        // "#acme", "@acme": a tag or handle always names it.
        if matches!(prev, "#" | "@") && !t.space_before {
            return true;
        }
        let next = tokens.get(i + 1).map(|n| n.norm.as_str()).unwrap_or("");
        // In a text with capitals, a lower-case name counts only as a subject
        // ("acme is a mess", "acme's recruiters").
        if !t.cap && !lowercase_text && !t.possessive && !after_company(next) {
            return false;
        }
        // In all-lower-case text, a one-word name needs a place where names
        // stand: not "the broken umbrella", "my umbrella snapped".
        let name_position = prev.is_empty()
            || BEFORE_COMPANY.contains(&prev)
            || matches!(prev, "." | "!" | "?" | ":" | ",");
        if !t.cap && lowercase_text && !t.possessive && !after_company(next) && !name_position {
            return false;
        }
        // "the acme of", "an umbrella term": an ordinary word, not the company.
        if !t.cap && !t.possessive {
            if DETERMINERS.contains(&prev) || next == "of" {
                return false;
            }
            if prev == "the" && !after_company(next) {
                return false;
            }
            // "the broken umbrella", "my old umbrella": a determiner and a
            // describing word before it, with none of the company's nouns
            // ("the big acme interview") after it.
            let before_prev = if i > 1 {
                tokens[i - 2].norm.as_str()
            } else {
                ""
            };
            if (before_prev == "the" || DETERMINERS[..10].contains(&before_prev))
                && tokens[i - 1].is_word()
                && !tokens[i - 1].cap
                && !COMPANY_NOUNS.contains(&next)
            {
                return false;
            }
        }
        let sentence_start = i == 0
            || matches!(
                tokens[i - 1].norm.as_str(),
                "." | "!" | "?" | "\n" | "\u{2026}"
            )
            || tokens[i - 1].kind == crate::text::tokens::Kind::Symbol;
        // "Arya Stark", "Tony Stark": part of someone else's name ("Could
        // Acme's recruiter …" and "Reckon Stark's …" open a sentence instead).
        let opener = i > 0
            && (i == 1
                || matches!(
                    tokens[i - 2].norm.as_str(),
                    "." | "!" | "?" | "\n" | "\u{2026}" | ":"
                ))
            && SENTENCE_OPENERS.contains(&tokens[i - 1].norm.as_str());
        if i > 0
            && tokens[i - 1].cap
            && tokens[i - 1].kind == crate::text::tokens::Kind::Word
            && tokens[i].space_before
            && !BEFORE_COMPANY.contains(&tokens[i - 1].norm.as_str())
            && !opener
        {
            return false;
        }
        if !sentence_start || t.possessive || t.all_caps {
            return true;
        }
        match tokens.get(i + 1) {
            None => true,
            Some(next) => {
                after_company(&next.norm)
                    || next.kind == crate::text::tokens::Kind::Symbol
                    // "Initech turned me down": a verb in the past tense.
                    || (next.norm.len() > 4 && next.norm.ends_with("ed"))
            }
        }
    }

    fn person_at(&self, tokens: &[Token], i: usize, lowercase_text: bool) -> Option<Mention> {
        let t = &tokens[i];
        if !t.is_word() {
            return None;
        }
        // Title + surname: "Ms. Doe", "Mr Marsh".
        if HONORIFICS.contains(&t.norm.as_str()) {
            let mut j = i + 1;
            if tokens.get(j).is_some_and(|x| x.norm == ".") {
                j += 1;
            }
            let surname = tokens.get(j)?;
            if !(surname.cap || lowercase_text) {
                return None;
            }
            // Longest surname first ("O'Connor Hart", then "Hart").
            for len in (1..=3).rev() {
                let end = j + len;
                if end > tokens.len() {
                    continue;
                }
                let key: Vec<&str> = tokens[j..end].iter().map(|x| x.norm.as_str()).collect();
                if let Some([k]) = self.by_surname.get(&key.join(" ")).map(Vec::as_slice) {
                    return Some(Mention {
                        first: i,
                        last: end,
                        who: Resolved::Person(*k),
                    });
                }
            }
            return None;
        }
        // Initial + surname: "J. Doe", "T Marsh" (the initial must be theirs).
        if t.cap && t.norm.chars().count() == 1 {
            let mut j = i + 1;
            if tokens.get(j).is_some_and(|x| x.norm == ".") {
                j += 1;
            }
            if let Some(surname) = tokens.get(j).filter(|x| x.cap && x.is_word()) {
                for len in (1..=3).rev() {
                    let end = j + len;
                    if end > tokens.len() || !surname.cap {
                        continue;
                    }
                    let key: Vec<&str> = tokens[j..end].iter().map(|x| x.norm.as_str()).collect();
                    if let Some([k]) = self.by_surname.get(&key.join(" ")).map(Vec::as_slice) {
                        let initial = self.person_parts[*k].first().and_then(|f| f.chars().next());
                        if initial == t.norm.chars().next() {
                            return Some(Mention {
                                first: i,
                                last: end,
                                who: Resolved::Person(*k),
                            });
                        }
                    }
                }
            }
        }
        // First name followed by (a prefix of) the surname, middle names allowed.
        if !self.word_filter.may_contain(&t.norm) {
            return None;
        }
        let cands = self.by_first.get(&t.norm)?;
        let mut ends: Vec<(usize, usize)> = Vec::new();
        for &k in cands {
            let rest = &self.person_parts[k][1..];
            // Skip up to two middle names or initials.
            for skip in 0..=2usize {
                let j = i + 1 + skip;
                if j >= tokens.len() || (skip > 0 && !tokens[j - 1].is_word()) {
                    break;
                }
                let mut n = 0;
                while n < rest.len() && j + n < tokens.len() && tokens[j + n].norm == rest[n] {
                    n += 1;
                }
                if n >= 1 && (tokens[j].cap || lowercase_text) {
                    ends.push((k, j + n));
                    break;
                }
            }
        }
        let best = ends.iter().map(|&(_, e)| e).max()?;
        let at_best: Vec<usize> = ends
            .iter()
            .filter(|&&(_, e)| e == best)
            .map(|&(k, _)| k)
            .collect();
        // Two people matching equally well resolve to nobody.
        match at_best.as_slice() {
            [k] => Some(Mention {
                first: i,
                last: best,
                who: Resolved::Person(*k),
            }),
            _ => None,
        }
    }
}

/// Folded, punctuation-free form of a company name for comparing names.
pub fn company_key(name: &str) -> String {
    fold(name)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '&')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The host a bare `@handle` belongs to on a site.
pub fn handle_host(site: crate::event::Site) -> Option<&'static str> {
    match site {
        crate::event::Site::X => Some("x.com"),
        crate::event::Site::Instagram => Some("instagram.com"),
        _ => None,
    }
}

/// Every normalised identity of the tracked people, for the extension's
/// content scripts (which receive only keyed hashes of them).
pub fn identity_keys(log: &Log) -> Vec<String> {
    let mut out = Vec::new();
    for p in &log.people {
        out.extend(
            p.emails
                .iter()
                .filter_map(|e| email_key(e))
                .map(|e| format!("email:{e}")),
        );
        out.extend(
            p.profiles
                .iter()
                .filter_map(|u| profile_key(u))
                .map(|u| format!("profile:{u}")),
        );
        if let Some(n) = name_key(&p.name) {
            // The short forms of the first name too ("Bob Smith" for Robert
            // Smith), so that a page naming them so is held at once.
            if let (Some((first, last)), Ok(nicknames)) =
                (n.split_once(' '), crate::text::names::Nicknames::get())
            {
                for v in nicknames.variants(first) {
                    out.push(format!("name:{v} {last}"));
                }
            }
            out.push(format!("name:{n}"));
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log() -> Log {
        Log::from_json(include_str!("../tests/corpus/log.json")).unwrap()
    }

    #[test]
    fn emails_resolve_people_and_company_domains() {
        let log = log();
        let d = Directory::new(&log);
        assert_eq!(
            d.resolve("Jane Doe <JANE.DOE@acme.com>", None),
            Resolved::Person(0)
        );
        assert!(matches!(
            d.resolve("careers@jobs.acme.com", None),
            Resolved::Company(_)
        ));
        assert_eq!(d.resolve("someone@notacme.com", None), Resolved::Nobody);
    }

    #[test]
    fn names_ignore_case_diacritics_apostrophes_and_middle_names() {
        let log = log();
        let d = Directory::new(&log);
        assert_eq!(d.resolve("jose nunez", None), Resolved::Person(1));
        assert_eq!(
            d.resolve("Siobhan O’Connor-Hart", None),
            Resolved::Person(2)
        );
        assert_eq!(d.resolve("Jane Quinn Doe", None), Resolved::Person(0));
        assert_eq!(
            d.resolve("Jane", None),
            Resolved::Nobody,
            "a first name alone"
        );
        assert_eq!(d.resolve("Jane Smith", None), Resolved::Nobody);
    }

    #[test]
    fn two_people_with_one_name_resolve_to_nobody() {
        let log = Log::from_json(
            r#"{"version":1,"people":[{"id":"a","name":"Sam Lee"},{"id":"b","name":"Sam Lee"}]}"#,
        )
        .unwrap();
        assert_eq!(
            Directory::new(&log).resolve("Sam Lee", None),
            Resolved::Nobody
        );
    }

    #[test]
    fn profiles_and_handles() {
        let log = log();
        let d = Directory::new(&log);
        assert_eq!(
            d.resolve(
                "https://www.linkedin.com/in/JaneDoe/overlay/contact-info/",
                None
            ),
            Resolved::Person(0)
        );
        assert_eq!(d.resolve("@SiobhanOCH", Some("x.com")), Resolved::Person(2));
        assert_eq!(
            d.resolve("https://twitter.com/siobhanoch", None),
            Resolved::Person(2)
        );
    }

    #[test]
    fn mentions_in_text() {
        let log = log();
        let d = Directory::new(&log);
        let who = |text: &str| -> Vec<Resolved> {
            let t = tokenize(text);
            d.mentions(text, &t).into_iter().map(|m| m.who).collect()
        };
        assert_eq!(who("The Acme interview went well."), [Resolved::Company(0)]);
        assert!(who("The stark reality of job hunting.").is_empty());
        assert!(who("Stark reality hit me.").is_empty());
        assert_eq!(who("Stark ghosted me."), [Resolved::Company(1)]);
        assert_eq!(who("acme's recruiters are clowns"), [Resolved::Company(0)]);
        assert!(who("It is the acme of good design, said Jane.").is_empty());
        assert_eq!(who("Ms. Doe was late"), [Resolved::Person(0)]);
        assert_eq!(
            who("Jane at Acme was lovely"),
            [Resolved::Person(0), Resolved::Company(0)]
        );
        assert!(who("Jane from book club").is_empty());
        assert_eq!(who("Siobhán O’Connor was great"), [Resolved::Person(2)]);
        assert_eq!(who("email me at jane@acme.com"), [Resolved::Company(0)]);
    }

    #[test]
    fn a_short_form_of_the_first_name_resolves_when_it_fits_one_person() {
        let log = Log::from_json(
            r#"{"version": 1, "interviews": [],
            "people": [{"id": "r", "name": "Robert Smith"}, {"id": "a1", "name": "Alexander Grey"},
                       {"id": "a2", "name": "Alexandra Grey"}, {"id": "b", "name": "Bob Smith-Jones"}]}"#,
        )
        .unwrap();
        let dir = Directory::new(&log);
        assert_eq!(dir.resolve_name("Bob Smith"), Some(0));
        assert_eq!(dir.resolve_name("Rob Smith"), Some(0));
        assert_eq!(dir.resolve_name("Robert Smith"), Some(0));
        // Ambiguous: Alex is short for both.
        assert_eq!(dir.resolve_name("Alex Grey"), None);
        // Another surname, or a first name that is no short form.
        assert_eq!(dir.resolve_name("Bob Jones"), None);
        assert_eq!(dir.resolve_name("Barry Smith"), None);
        // An exact name wins over a short form.
        assert_eq!(dir.resolve_name("Bob Smith-Jones"), Some(3));
        let keys = identity_keys(&log);
        assert!(keys.contains(&"name:bob smith".to_string()), "{keys:?}");
    }
}
