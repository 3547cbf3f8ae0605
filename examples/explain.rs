//! Shows how the analysers read a text: `cargo run --example explain -- LOG.json "text"`.
//! A tool for tuning the phrase data; it prints clauses, scores and mentions.

use interview_guard::people::Directory;
use interview_guard::text::sentiment::{clauses, Lexicon};
use interview_guard::text::tokens::{sentences, tokenize};
use interview_guard::Log;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(log), Some(text)) = (args.first(), args.get(1)) else {
        eprintln!("usage: explain LOG.json TEXT");
        std::process::exit(2);
    };
    let log = Log::from_json(&std::fs::read_to_string(log).expect("read log")).expect("valid log");
    let dir = Directory::new(&log);
    let tokens = tokenize(text);
    let sents = sentences(text, &tokens);
    let lex = Lexicon::get().expect("lexicon");
    for m in dir.mentions(text, &tokens) {
        println!(
            "mention {:?}: {}",
            m.who,
            &text[tokens[m.first].start..tokens[m.last - 1].end]
        );
    }
    for c in clauses(lex, &tokens, &sents) {
        let span = &text[tokens[c.first].start..tokens[c.last - 1].end];
        let neg: Vec<&str> = c
            .negatives
            .iter()
            .map(|&(a, b)| &text[tokens[a].start..tokens[b - 1].end])
            .collect();
        println!(
            "{:>6.2} s{} process={} org={} pronoun={} orgs={:?} neg={:?}  «{}»",
            c.score, c.sentence, c.process, c.org, c.pronoun, c.named_orgs, neg, span
        );
    }
}
