use article_highlighter::{extract, mentions, text::Document};
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let doc = Document::parse(&s);
    for m in mentions::find(&doc) {
        println!(
            "{:?} {:?} {:?} guessed={} {:?}",
            m.span.of(doc.text),
            m.kind,
            m.tokens,
            m.guessed,
            m.dateline
        );
    }
    println!("sports: {:?}", mentions::sports_report(&doc));
    let a = extract(&s);
    for e in &a.entities {
        println!("ENT {:?} {:?} {}", e.kind, e.name, e.mentions.len());
    }
}
