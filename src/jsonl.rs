//! `extract --jsonl`: many articles, one JSON object per line, analysed on all cores.
//!
//! Lines are read in batches; a batch is analysed on all cores by [`parallel::map_in_order`]
//! (shared with the Python package) and written in input order before the next batch is read,
//! so memory stays bounded by the batch and output order never depends on timing.

use crate::{print, Failure};
use article_highlighter::parallel;
use std::io::{self, BufRead, BufReader, Read};

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
    let threads = parallel::default_threads();
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
        let results = parallel::map_in_order(&batch, threads, |(n, line)| analyse(*n, line));
        let mut out = String::new();
        for result in results {
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
