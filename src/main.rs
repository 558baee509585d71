fn main() {
    let text = std::io::read_to_string(std::io::stdin()).unwrap_or_default();
    println!("{}", article_highlighter::extract_json(&text));
}
