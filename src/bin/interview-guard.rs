//! `interview-guard`: the core on the command line (CONTRACT.md, "The
//! command line").
//!
//! Exit status: 0 when it answered, 2 for bad input (one line on stderr
//! naming the file, the field and what was expected), 1 for an internal error.

use interview_guard::{rules, Engine, Event, Log, Problems, Timestamp};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  interview-guard check --log LOG.json [EVENT.json]     (the event from the file, or stdin)
  interview-guard reminders --log LOG.json --now TIME
  interview-guard rules
  interview-guard validate --log LOG.json";

/// A failure: the exit code and the one line for stderr.
struct Failure(u8, String);

fn bad(msg: impl Into<String>) -> Failure {
    Failure(2, msg.into())
}

struct Args {
    command: String,
    log: Option<String>,
    now: Option<String>,
    positional: Vec<String>,
}

fn parse_args(argv: &[String]) -> Result<Args, Failure> {
    let mut it = argv.iter();
    let command = it
        .next()
        .cloned()
        .ok_or_else(|| bad(format!("no command given\n{USAGE}")))?;
    let mut args = Args {
        command,
        log: None,
        now: None,
        positional: Vec::new(),
    };
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| bad(format!("{name} needs a value\n{USAGE}")))
        };
        match a.as_str() {
            "--log" => args.log = Some(value("--log")?),
            "--now" => args.now = Some(value("--now")?),
            "-h" | "--help" => return Err(Failure(0, USAGE.to_string())),
            s if s.starts_with("--log=") => args.log = Some(s[6..].to_string()),
            s if s.starts_with("--now=") => args.now = Some(s[6..].to_string()),
            s if s.starts_with("--") => return Err(bad(format!("unknown option {s}\n{USAGE}"))),
            s => args.positional.push(s.to_string()),
        }
    }
    Ok(args)
}

fn read_file(path: &str) -> Result<String, Failure> {
    let bytes = std::fs::read(path).map_err(|e| bad(format!("{path}: cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|_| bad(format!("{path}: not UTF-8 text")))
}

fn read_stdin() -> Result<String, Failure> {
    let mut buf = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buf)
        .map_err(|e| bad(format!("<stdin>: cannot read: {e}")))?;
    String::from_utf8(buf).map_err(|_| bad("<stdin>: not UTF-8 text"))
}

fn first_problem(file: &str, p: &Problems) -> Failure {
    bad(format!("{file}: {}", p.first_line()))
}

fn load_engine(args: &Args) -> Result<Engine, Failure> {
    let path = args
        .log
        .as_deref()
        .ok_or_else(|| bad(format!("--log LOG.json is required\n{USAGE}")))?;
    let log = Log::from_json(&read_file(path)?).map_err(|p| first_problem(path, &p))?;
    Engine::new(log).map_err(|e| Failure(1, format!("internal error: {e}")))
}

fn run(argv: &[String], out: &mut String) -> Result<(), Failure> {
    let args = parse_args(argv)?;
    match args.command.as_str() {
        "check" => {
            if args.positional.len() > 1 {
                return Err(bad(format!("check takes at most one event file\n{USAGE}")));
            }
            let engine = load_engine(&args)?;
            let (name, src) = match args.positional.first() {
                Some(p) if p != "-" => (p.clone(), read_file(p)?),
                _ => ("<stdin>".to_string(), read_stdin()?),
            };
            let event = Event::from_json(&src).map_err(|p| first_problem(&name, &p))?;
            out.push_str(&engine.check(&event).to_json());
        }
        "reminders" => {
            let now = args
                .now
                .as_deref()
                .ok_or_else(|| bad(format!("--now TIME is required\n{USAGE}")))?;
            let now = Timestamp::parse(now).ok_or_else(|| {
                bad(format!(
                    "--now: expected an RFC 3339 time with an offset, got {now:?}"
                ))
            })?;
            let engine = load_engine(&args)?;
            out.push_str(&engine.reminders(now).to_json());
        }
        "rules" => out.push_str(&rules::rules_json()),
        "validate" => {
            let path = args
                .log
                .as_deref()
                .ok_or_else(|| bad(format!("--log LOG.json is required\n{USAGE}")))?;
            let src = read_file(path)?;
            match Log::from_json(&src) {
                Ok(_) => out.push_str("ok"),
                Err(problems) => {
                    let lines: Vec<String> = problems
                        .lines()
                        .into_iter()
                        .map(|l| format!("{path}: {l}"))
                        .collect();
                    return Err(Failure(2, format!("\u{0}{}", lines.join("\n"))));
                }
            }
        }
        other => return Err(bad(format!("unknown command {other:?}\n{USAGE}"))),
    }
    Ok(())
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    // A panic is a bug; it must still end in exit status 1, not a crash dump.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| {
        let mut out = String::new();
        let r = run(&argv, &mut out);
        (r, out)
    });
    let (result, out) = match result {
        Ok(v) => v,
        Err(_) => {
            eprintln!("interview-guard: internal error (please report it)");
            return ExitCode::from(1);
        }
    };
    match result {
        Ok(()) => {
            let mut stdout = std::io::stdout().lock();
            let _ = writeln!(stdout, "{out}");
            ExitCode::SUCCESS
        }
        // validate prints its problems on stdout.
        Err(Failure(code, msg)) if msg.starts_with('\u{0}') => {
            println!("{}", &msg[1..]);
            ExitCode::from(code)
        }
        Err(Failure(0, msg)) => {
            println!("{msg}");
            ExitCode::SUCCESS
        }
        Err(Failure(code, msg)) => {
            eprintln!("{msg}");
            ExitCode::from(code)
        }
    }
}
