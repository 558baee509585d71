//! The `article-highlighter` command: extraction to JSON, and evaluation on gold folders.
//! Argument parsing and I/O only; the work is in the library.

use article_highlighter::{eval, eval_polnear};
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
Usage:
  article-highlighter extract FILE     print the entities and quotations of FILE (`-` = stdin)
                                       as one line of JSON (offsets in UTF-16 code units)
  article-highlighter extract --jsonl [FILE]
                                       many articles: one JSON object {id, text} per line
                                       in (default stdin), one analysis {id, entities, quotes}
                                       per line out, in order, on all cores; a bad
                                       line gives {line, error} and exit status 1 at the end
  article-highlighter eval DIR... [--errors] [--rules | --tagger]
                                       score the extractor on gold corpus folders (*.json;
                                       PolNeAR folders get their own source measures);
                                       --errors (or --verbose) also lists every mistake;
                                       --rules scores the rules without the learned tagger,
                                       --tagger the tagger deciding every name
  article-highlighter --help | -h      this help
  article-highlighter --version | -V   the version
  article-highlighter --licenses       the program's licence and the notices of the data
                                       compiled into it (ODbL, CC BY, LGPL, SCOWL)

Exit status: 0 success, 1 unreadable or invalid input, 2 wrong usage.";

mod jsonl;
mod licenses;

/// What went wrong: a usage mistake (exit 2) or bad input (exit 1).
pub(crate) enum Failure {
    Usage(String),
    Input(String),
}

fn main() -> ExitCode {
    // A bug in the extractor must not spill a multi-line trace: one line, exit 1.
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string().replace('\n', " ");
        eprintln!("article-highlighter: internal error: {msg}");
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = std::panic::catch_unwind(|| run(&args)).unwrap_or_else(|_| {
        // The hook has printed the message.
        Err(Failure::Input(String::new()))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("article-highlighter: {msg} (see --help)");
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            if !msg.is_empty() {
                eprintln!("article-highlighter: {msg}");
            }
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    let Some((command, rest)) = args.split_first() else {
        return Err(Failure::Usage("missing command".into()));
    };
    match command.as_str() {
        "-h" | "--help" | "help" => print(&format!("{USAGE}\n")),
        "-V" | "--version" => print(&format!(
            "article-highlighter {}\n",
            env!("CARGO_PKG_VERSION")
        )),
        "--licenses" => print(&licenses::all()),
        "extract" => match rest {
            [flag] if flag == "--jsonl" => jsonl::run("-"),
            [flag, file] if flag == "--jsonl" => jsonl::run(file),
            [file] => extract(file),
            [] => Err(Failure::Usage("extract: missing FILE".into())),
            [_, extra, ..] => Err(Failure::Usage(format!(
                "extract: unexpected argument {extra:?}"
            ))),
        },
        "eval" => {
            let mut errors = false;
            let mut extractor: fn(&str) -> article_highlighter::Analysis =
                article_highlighter::extract;
            let mut dirs = Vec::new();
            for arg in rest {
                match arg.as_str() {
                    "--errors" | "--verbose" | "-v" => errors = true,
                    "--tagger" => extractor = article_highlighter::extract_with_tagger,
                    "--rules" => extractor = article_highlighter::extract_rules,
                    flag if flag.starts_with('-') => {
                        return Err(Failure::Usage(format!("eval: unknown option {flag:?}")))
                    }
                    dir => dirs.push(dir),
                }
            }
            if dirs.is_empty() {
                return Err(Failure::Usage("eval: missing DIR".into()));
            }
            evaluate(&dirs, errors, extractor)
        }
        other => Err(Failure::Usage(format!("unknown command {other:?}"))),
    }
}

fn extract(file: &str) -> Result<(), Failure> {
    let mut bytes = Vec::new();
    let read = if file == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(file).map(|b| bytes = b)
    };
    let name = if file == "-" { "<stdin>" } else { file };
    read.map_err(|e| Failure::Input(format!("cannot read {name}: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Failure::Input(format!(
            "{name}: invalid UTF-8 at byte offset {}",
            e.utf8_error().valid_up_to()
        ))
    })?;
    print(&format!("{}\n", article_highlighter::extract_json(&text)))
}

fn evaluate(
    dirs: &[&str],
    errors: bool,
    extractor: fn(&str) -> article_highlighter::Analysis,
) -> Result<(), Failure> {
    for (i, dir) in dirs.iter().enumerate() {
        let mut out = if i > 0 {
            "\n".to_string()
        } else {
            String::new()
        };
        // PolNeAR folders (sources of direct quotations, no entities) are scored apart.
        let path = Path::new(dir);
        let (summary, list) = if eval_polnear::is_polnear_dir(path) {
            let report =
                eval_polnear::evaluate_dir_with(path, extractor).map_err(Failure::Input)?;
            (
                report.to_string(),
                errors.then(|| report.errors().to_string()),
            )
        } else {
            let report = eval::evaluate_dir_with(path, extractor).map_err(Failure::Input)?;
            (
                report.to_string(),
                errors.then(|| report.errors().to_string()),
            )
        };
        out.push_str(&summary);
        if let Some(list) = list {
            out.push_str(&format!("\n{list}"));
        }
        print(&out)?;
    }
    Ok(())
}

/// Writes to stdout; a closed pipe (`| head`) ends the output quietly.
pub(crate) fn print(s: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Failure::Input(format!("cannot write output: {e}")))
        }
        _ => Ok(()),
    }
}
