//! The `article-highlighter` binary: output shape, UTF-16 offsets, errors and exit codes.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_article-highlighter");

/// Curly quotes, an emoji (two UTF-16 units) and accented letters before the quotation.
const TEXT: &str = "😀 Zoë Bäck arrived in Paris on Monday.\n\n\
                    “We will win this together,” said Joe Biden, the U.S. president. \
                    “Never,” Mr. Biden added.\n";

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(bytes) = stdin {
        input.write_all(bytes).expect("write stdin");
    }
    drop(input);
    child.wait_with_output().expect("binary finishes")
}

/// A file under the test target directory, unique to the test.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("write temp file");
    path
}

/// The UTF-16 slice `[start, end)` of `text`, or `None` when out of range or splitting a
/// surrogate pair.
fn utf16_slice(text: &str, start: usize, end: usize) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(units.get(start..end)?).ok()
}

/// Checks the JSON shape and that every span's text is the UTF-16 slice it claims.
fn check_output(text: &str, out: &Output) -> Value {
    assert!(out.status.success(), "exit {:?}: {}", out.status, err(out));
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8 output");
    assert_eq!(stdout.lines().count(), 1, "one line of JSON: {stdout}");
    let json: Value = serde_json::from_str(&stdout).expect("valid JSON");
    let entities = json["entities"].as_array().expect("entities array");
    let quotes = json["quotes"].as_array().expect("quotes array");

    let check_span = |span: &Value| {
        let start = span["start"].as_u64().expect("start") as usize;
        let end = span["end"].as_u64().expect("end") as usize;
        let claimed = span["text"].as_str().expect("text");
        assert_eq!(
            utf16_slice(text, start, end).as_deref(),
            Some(claimed),
            "span {span} is not the UTF-16 slice [{start}, {end})"
        );
    };
    for e in entities {
        assert!(e["type"].is_string() && e["name"].is_string(), "{e}");
        for m in e["mentions"].as_array().expect("mentions array") {
            check_span(m);
        }
    }
    for q in quotes {
        check_span(q);
        if !q["cue"].is_null() {
            check_span(&q["cue"]);
        }
        if let Some(id) = q["speaker"].as_u64() {
            assert!(
                (id as usize) < entities.len(),
                "speaker id {id} out of range"
            );
        }
    }
    json
}

fn err(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A failed run: the given exit code and exactly one `article-highlighter: …` line on stderr.
fn check_failure(out: &Output, code: i32, mentions: &str) {
    assert_eq!(out.status.code(), Some(code), "stderr: {}", err(out));
    let stderr = err(out);
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr:?}");
    assert!(stderr.starts_with("article-highlighter: "), "{stderr:?}");
    assert!(
        stderr.contains(mentions),
        "{stderr:?} should mention {mentions:?}"
    );
    assert!(out.stdout.is_empty(), "nothing on stdout");
}

#[test]
fn extract_file_gives_json_with_utf16_offsets() {
    let path = temp_file("good.txt", TEXT.as_bytes());
    let out = run(&["extract", path.to_str().unwrap()], None);
    let json = check_output(TEXT, &out);

    // If the extractor finds the first quotation, its offsets are UTF-16 units.
    let want = "We will win this together,";
    let byte = TEXT.find(want).unwrap();
    let start = TEXT[..byte].encode_utf16().count();
    for q in json["quotes"].as_array().unwrap() {
        if q["text"] == want {
            assert_eq!(q["start"].as_u64(), Some(start as u64), "{q}");
            assert_eq!(
                q["end"].as_u64(),
                Some((start + want.encode_utf16().count()) as u64)
            );
        }
    }
}

#[test]
fn extract_reads_stdin() {
    let out = run(&["extract", "-"], Some(TEXT.as_bytes()));
    check_output(TEXT, &out);
    let empty = run(&["extract", "-"], Some(b""));
    let json = check_output("", &empty);
    assert_eq!(json["quotes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn missing_file_is_an_input_error() {
    let out = run(&["extract", "/no/such/dir/article.txt"], None);
    check_failure(&out, 1, "/no/such/dir/article.txt");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let path = temp_file("bad.txt", b"caf\xc3\xa9 ok \xff\xfe");
    let out = run(&["extract", path.to_str().unwrap()], None);
    check_failure(&out, 1, "byte offset 9");
    let out = run(&["extract", "-"], Some(b"\x80"));
    check_failure(&out, 1, "byte offset 0");
}

#[test]
fn usage_errors_exit_2() {
    check_failure(&run(&[], None), 2, "missing command");
    check_failure(&run(&["summarise"], None), 2, "summarise");
    check_failure(&run(&["extract"], None), 2, "FILE");
    check_failure(&run(&["extract", "a", "b"], None), 2, "\"b\"");
    check_failure(&run(&["eval"], None), 2, "DIR");
    check_failure(&run(&["eval", ".", "--bogus"], None), 2, "--bogus");
}

#[test]
fn eval_of_a_missing_folder_is_an_input_error() {
    check_failure(
        &run(&["eval", "/no/such/corpus"], None),
        1,
        "/no/such/corpus",
    );
}

#[test]
fn eval_scores_a_small_folder() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-{}-corpus", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let doc = r#"{"id": "tiny", "text": "“Yes,” said Zoë Bäck in Paris.",
        "entities": [{"start": 12, "end": 20, "text": "Zoë Bäck", "type": "PERSON"},
                     {"start": 24, "end": 29, "text": "Paris", "type": "GPE"}],
        "quotes": [{"start": 1, "end": 5, "text": "Yes,", "speaker": "Zoë Bäck"}],
        "quotes_annotated": true}"#;
    std::fs::write(dir.join("tiny.json"), doc).unwrap();
    let out = run(&["eval", dir.to_str().unwrap(), "--errors"], None);
    assert!(out.status.success(), "{}", err(&out));
    let stdout = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "1 documents",
        "PERSON",
        "places",
        "quotes",
        "speakers",
        "errors",
    ] {
        assert!(stdout.contains(needle), "{needle:?} missing in:\n{stdout}");
    }
}

#[test]
fn help_and_version() {
    let out = run(&["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(
        help.contains("extract FILE") && help.contains("eval DIR"),
        "{help}"
    );
    assert!(run(&["-h"], None).status.success());
    let out = run(&["--version"], None);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains(env!("CARGO_PKG_VERSION")));
}

/// Standard output as one JSON value per line.
fn json_lines(out: &Output) -> Vec<Value> {
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8 output");
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn jsonl_gives_one_analysis_per_article_in_order() {
    let input = "{\"id\":\"a\",\"text\":\"“We will win,” said Ann Lee.\"}\n\
                 {\"id\":7,\"text\":\"Nothing here.\"}\n";
    let out = run(&["extract", "--jsonl"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", err(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["quotes"][0]["text"], "We will win,");
    assert_eq!(lines[0]["quotes"][0]["speaker_text"], "Ann Lee");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["quotes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn jsonl_reports_a_bad_line_and_goes_on() {
    let input = "not json\n{\"id\":\"b\",\"text\":\"Paris.\"}\n";
    let out = run(&["extract", "--jsonl"], Some(input.as_bytes()));
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad line fails the run at the end"
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["line"], 1);
    assert!(lines[0]["error"].is_string());
    assert_eq!(lines[1]["id"], "b");
}

#[test]
fn licenses_prints_the_licence_and_every_data_notice() {
    let out = run(&["--licenses"], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    for needed in [
        "MIT License",
        "==> NOTICE.md <==",
        "Open Database License",
        "GNU Lesser General Public License",
        "Kevin Atkinson",
        "CC BY 4.0",
    ] {
        assert!(text.contains(needed), "--licenses lacks {needed:?}");
    }
}
