//! `extract --jsonl`: many articles, one JSON object per line, analysed on all cores.
//!
//! Lines are read in batches; the threads of a batch take lines by an atomic counter, and the
//! batch's analyses are written in input order before the next batch is read, so memory stays
//! bounded by the batch and output order never depends on timing. std threads only (nothing
//! here is compiled into the WebAssembly package).

use crate::{print, Failure};
use std::io::{self, BufRead, BufReader, Read};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Lines read and analysed together.
const BATCH: usize = 4096;

#[derive(serde::Deserialize)]
struct Article {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

/// One output line for one input line (`number` counts from 1).
fn analyse(number: usize, line: &str) -> Result<String, String> {
    let article: Article = serde_json::from_str(line).map_err(|e| {
        let error =
            serde_json::to_string(&format!("invalid JSON article: {e}")).unwrap_or_default();
        format!("{{\"line\":{number},\"error\":{error}}}")
    })?;
    let analysis = article_highlighter::extract_json(&article.text);
    let id = serde_json::to_string(&article.id).unwrap_or_else(|_| "null".into());
    // The analysis is an object: put the id first.
    Ok(match analysis.strip_prefix('{') {
        Some(rest) if rest.len() > 1 => format!("{{\"id\":{id},{rest}"),
        _ => format!("{{\"id\":{id}}}"),
    })
}

pub fn run(file: &str) -> Result<(), Failure> {
    let name = if file == "-" { "<stdin>" } else { file };
    let reader: Box<dyn Read> = if file == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(
            std::fs::File::open(file)
                .map_err(|e| Failure::Input(format!("cannot read {name}: {e}")))?,
        )
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut lines = BufReader::new(reader).lines();
    let mut number = 0;
    let mut failed = 0usize;
    loop {
        let mut batch = Vec::with_capacity(BATCH);
        for line in lines.by_ref().take(BATCH) {
            let line = line.map_err(|e| Failure::Input(format!("cannot read {name}: {e}")))?;
            number += 1;
            if !line.trim().is_empty() {
                batch.push((number, line));
            }
        }
        if batch.is_empty() {
            break;
        }
        let next = AtomicUsize::new(0);
        let mut results: Vec<(usize, Result<String, String>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads.min(batch.len()))
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some((n, line)) = batch.get(i) else { break };
                            done.push((i, analyse(*n, line)));
                        }
                        done
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_default())
                .collect()
        });
        results.sort_unstable_by_key(|(i, _)| *i);
        let mut out = String::new();
        for (_, result) in results {
            let line = result.unwrap_or_else(|e| {
                failed += 1;
                e
            });
            out.push_str(&line);
            out.push('\n');
        }
        print(&out)?;
    }
    if failed > 0 {
        return Err(Failure::Input(format!(
            "{failed} line(s) of {name} were not valid articles"
        )));
    }
    Ok(())
}
