//! Prepares the English spelling dictionary the core compiles in.
//!
//! The Hunspell files come from the npm packages `dictionary-en` (American)
//! and `dictionary-en-gb` (British), pinned in `package.json` /
//! `package-lock.json` and installed into `node_modules/` by `./scripts/build`
//! (`npm ci`). Both are SCOWL size-60 lists built with the same affix file,
//! so their word lists can be merged into one dictionary that accepts both
//! spellings ("colour" and "color", "organise" and "organize"): the merged
//! `.dic` is written to `OUT_DIR` and `src/text/spelling.rs` includes it.

use std::collections::BTreeSet;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

const PACKAGES: [&str; 2] = ["dictionary-en", "dictionary-en-gb"];

fn read(path: &Path) -> String {
    match fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "error: cannot read {} ({e}).\n\
                 The spelling dictionaries come from the npm packages {} (see package.json).\n\
                 Install them with `./scripts/build` (or `npm ci`) before building the crate.",
                path.display(),
                PACKAGES.join(" and ")
            );
            std::process::exit(1);
        }
    }
}

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");

    let mut aff: Option<String> = None;
    let mut words: BTreeSet<String> = BTreeSet::new();
    for pkg in PACKAGES {
        let dir = root.join("node_modules").join(pkg);
        let aff_path = dir.join("index.aff");
        let dic_path = dir.join("index.dic");
        println!("cargo:rerun-if-changed={}", aff_path.display());
        println!("cargo:rerun-if-changed={}", dic_path.display());
        let this_aff = read(&aff_path);
        match &aff {
            None => aff = Some(this_aff),
            Some(first) if *first != this_aff => {
                eprintln!(
                    "error: the affix files of {} differ; the merge of their word lists \
                     assumes one shared affix file (check the pinned versions in package.json)",
                    PACKAGES.join(" and ")
                );
                std::process::exit(1);
            }
            Some(_) => {}
        }
        // The first line of a .dic file is its (approximate) word count.
        for line in read(&dic_path).lines().skip(1) {
            let line = line.trim_end();
            if !line.is_empty() {
                words.insert(line.to_string());
            }
        }
    }
    let aff = aff.unwrap_or_default();
    // Identical lines appear once; a stem with different flags in the two
    // lists stays twice (Hunspell homonyms: either entry makes a word right).
    // The sorted lines are front-coded (see `front_code`): a third smaller
    // once gzipped, which is what the extension ships.
    let dic = front_code(words.len(), &words);
    let write = |name: &str, data: &str| {
        if let Err(e) = fs::write(out.join(name), data) {
            eprintln!("error: cannot write {name} in OUT_DIR: {e}");
            std::process::exit(1);
        }
    };
    write("en.aff", &aff);
    write("en.dic", &dic);
}

/// The longest shared prefix a line may reuse (one base-36 digit).
const MAX_SHARED: usize = 35;

/// The .dic text with its first line (the count) as it is and every other
/// line front-coded: one base-36 digit saying how many bytes it shares with
/// the line before, then the rest of it. `src/text/spelling.rs`
/// (`decode_dic`) turns it back into the .dic text.
fn front_code(count: usize, words: &BTreeSet<String>) -> String {
    let mut out = format!("{count}\n");
    let mut prev = "";
    for w in words {
        let mut n = prev
            .bytes()
            .zip(w.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_SHARED);
        while !w.is_char_boundary(n) {
            n -= 1;
        }
        out.push(char::from_digit(n as u32, 36).expect("n is at most 35"));
        out.push_str(&w[n..]);
        out.push('\n');
        prev = w;
    }
    out
}
