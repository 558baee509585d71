//! The compact form of a word list, shared by `build.rs` (which encodes every `data/` file at
//! build time) and [`crate::lexicon`] (which decodes a list into a hash table on first use).
//!
//! A list's rows are parsed exactly as the text was always read: lines, trailing white space
//! trimmed, blank lines and `#` comments skipped, `key<TAB>value` (no tab: the value is empty);
//! sorted by (key, value) only when the file is not already sorted by key; the first row of
//! each key kept.
//!
//! Encoding (sorted keys share prefixes, so each key is stored as what it adds to the one
//! before; gzip then finds far fewer repeats to pay for than in the plain text):
//!
//! * header: one byte, the number `n` of distinct values when `n <= 4` (each row's value is
//!   then an index in the high two bits of its prefix byte), or 0xFF (each row's value follows
//!   its key, as the number of key bytes to drop and the bytes to add: "told" → "tell" is
//!   `3`, `ell`); for `n <= 4`, the `n` values follow, each ended by `\n`;
//! * each row: a byte (low six bits: how many leading bytes it shares with the previous key,
//!   at most 63; high two bits: value index), the rest of the key, `\n`; with 0xFF, then the
//!   drop byte, the added bytes, `\n`.
//!
//! Keys and values never contain `\n` (they are parts of lines).

/// Value mode header: values stored after each key, relative to it.
pub const RELATIVE: u8 = 0xFF;
const MAX_PREFIX: usize = 63;

/// The rows of a list file, parsed as described in the module documentation.
#[allow(dead_code)] // used by build.rs and the tests
pub fn rows(source: &str) -> Vec<(&str, &str)> {
    let mut rows: Vec<(&str, &str)> = source
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once('\t').unwrap_or((l, "")))
        .collect();
    if !rows.windows(2).all(|w| w[0].0 <= w[1].0) {
        rows.sort_unstable();
    }
    rows.dedup_by(|a, b| a.0 == b.0);
    rows
}

/// Encodes parsed rows (sorted by key, keys unique).
#[allow(dead_code)] // used by build.rs and the tests
pub fn encode(rows: &[(&str, &str)]) -> Vec<u8> {
    let mut values: Vec<&str> = Vec::new();
    for (_, v) in rows {
        if !values.contains(v) {
            values.push(v);
            if values.len() > 4 {
                break;
            }
        }
    }
    let relative = values.len() > 4;
    let mut out = Vec::new();
    if relative {
        out.push(RELATIVE);
    } else {
        out.push(values.len() as u8);
        for v in &values {
            out.extend_from_slice(v.as_bytes());
            out.push(b'\n');
        }
    }
    let mut prev: &[u8] = b"";
    for (k, v) in rows {
        let k = k.as_bytes();
        let shared = k
            .iter()
            .zip(prev)
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_PREFIX);
        let index = if relative {
            0
        } else {
            values.iter().position(|x| x == v).unwrap_or(0) as u8
        };
        out.push(shared as u8 | index << 6);
        out.extend_from_slice(&k[shared..]);
        out.push(b'\n');
        if relative {
            let v = v.as_bytes();
            let common = k.iter().zip(v).take_while(|(a, b)| a == b).count();
            let drop = (k.len() - common).min(255);
            let keep = k.len() - drop;
            out.push(drop as u8);
            out.extend_from_slice(&v[keep.min(v.len())..]);
            out.push(b'\n');
        }
        prev = k;
    }
    out
}

/// A decoded row: byte ranges of its key and value in the decoded text.
#[derive(Clone, Copy)]
pub struct Row {
    pub key: (u32, u32),
    pub value: (u32, u32),
}

/// Decodes [`encode`]'s output into one text (keys and values side by side) and the rows.
/// Malformed input (never produced by the encoder) gives fewer rows, never a panic.
pub fn decode(blob: &[u8]) -> (String, Vec<Row>) {
    let mut text: Vec<u8> = Vec::with_capacity(blob.len() * 2);
    let mut rows = Vec::new();
    let Some((&header, mut rest)) = blob.split_first() else {
        return (String::new(), rows);
    };
    let mut values: Vec<(u32, u32)> = Vec::new();
    if header != RELATIVE {
        for _ in 0..header {
            let Some(end) = rest.iter().position(|&b| b == b'\n') else {
                return (String::new(), Vec::new());
            };
            let start = text.len() as u32;
            text.extend_from_slice(&rest[..end]);
            values.push((start, text.len() as u32));
            rest = &rest[end + 1..];
        }
    }
    let mut prev = (0u32, 0u32);
    while let Some((&lead, after)) = rest.split_first() {
        let Some(end) = after.iter().position(|&b| b == b'\n') else {
            break;
        };
        let shared = ((lead & 0x3F) as u32).min(prev.1 - prev.0);
        let start = text.len() as u32;
        text.extend_from_within(prev.0 as usize..(prev.0 + shared) as usize);
        text.extend_from_slice(&after[..end]);
        let key = (start, text.len() as u32);
        rest = &after[end + 1..];
        let value = if header == RELATIVE {
            let Some((&drop, after)) = rest.split_first() else {
                break;
            };
            let Some(end) = after.iter().position(|&b| b == b'\n') else {
                break;
            };
            let keep = (key.1 - key.0).saturating_sub(drop as u32);
            let vstart = text.len() as u32;
            text.extend_from_within(key.0 as usize..(key.0 + keep) as usize);
            text.extend_from_slice(&after[..end]);
            rest = &after[end + 1..];
            (vstart, text.len() as u32)
        } else {
            values.get((lead >> 6) as usize).copied().unwrap_or((0, 0))
        };
        rows.push(Row { key, value });
        prev = key;
    }
    // Valid UTF-8 whenever the blob came from `encode` (it rebuilds the original strings).
    match String::from_utf8(text) {
        Ok(text) => (text, rows),
        Err(_) => (String::new(), Vec::new()),
    }
}
