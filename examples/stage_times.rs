//! Times each pipeline stage on one file: `cargo run --release --example stage_times FILE`.
use article_highlighter::{entities, mentions, quotes, speakers, text};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: stage_times FILE");
    let input = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let t = Instant::now();
    let doc = text::Document::parse(&input);
    let t1 = t.elapsed();
    let found = mentions::find(&doc);
    let t2 = t.elapsed();
    let resolved = entities::merge(&doc, found);
    let t3 = t.elapsed();
    let marks = quotes::find(&doc);
    let t4 = t.elapsed();
    let attributed = speakers::attribute(&doc, &resolved, &marks);
    let t5 = t.elapsed();
    println!(
        "text {:?}, mentions {:?}, entities {:?}, quotes {:?}, speakers {:?} ({} quotes)",
        t1,
        t2 - t1,
        t3 - t2,
        t4 - t3,
        t5 - t4,
        attributed.len()
    );
}
