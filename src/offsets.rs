//! Converting byte offsets to the units other languages index strings by.
//!
//! Takes a `&str` and byte offsets into it; gives UTF-16 code units (JavaScript string
//! indices) or Unicode code points (Python `str` indices, used by the corpus and the Python
//! package). This is the one place where offsets change units: every edge goes through
//! [`OffsetMap`], naming the [`Unit`] its language indexes strings by.

/// What an edge's string indices count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// UTF-16 code units: JavaScript (and the CLI's JSON, which JavaScript reads).
    Utf16,
    /// Unicode code points: Python `str` indices.
    CodePoint,
}

/// The longest text, in bytes of UTF-8, whose offsets [`OffsetMap`] can count (it keeps its
/// counts in `u32`, half the memory of `usize`). WebAssembly's 4 GiB memory cannot hold a
/// longer one; a native edge refuses longer texts with [`check_length`].
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// Refuses a text of `bytes` bytes of UTF-8 over [`MAX_TEXT_BYTES`], before any work.
pub fn check_length(bytes: usize) -> Result<(), String> {
    // Compared as u64: on wasm32 no usize exceeds the limit, and the test is always false.
    if bytes as u64 > MAX_TEXT_BYTES as u64 {
        return Err(format!(
            "text is {bytes} bytes of UTF-8, over the limit of {MAX_TEXT_BYTES}"
        ));
    }
    Ok(())
}

/// Maps byte offsets of one text to UTF-16 and code-point offsets. It keeps both counts only
/// at every 64th byte (1/16 of the memory of a table per byte) and counts the rest of
/// the way, at most 64 bytes, per look-up: a linear build, constant time per offset.
pub struct OffsetMap<'t> {
    text: &'t str,
    /// `(utf16, chars)` at byte `k * BLOCK`, for every block start up to the text's end.
    at_block: Vec<(u32, u32)>,
}

/// Bytes between checkpoints.
const BLOCK: usize = 64;

/// UTF-16 code units and code points in `bytes`, which start and end on char boundaries:
/// every byte but a continuation byte starts a code point, and a 4-byte one needs two units.
fn count(bytes: &[u8]) -> (u32, u32) {
    let chars = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
    let astral = bytes.iter().filter(|&&b| b >= 0xF0).count() as u32;
    (chars + astral, chars)
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut at_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let (mut u, mut c) = (0u32, 0u32);
        for chunk in bytes.chunks(BLOCK) {
            at_block.push((u, c));
            // A block may end inside a character; counting lead bytes keeps the sums exact.
            let (du, dc) = count(chunk);
            u += du;
            c += dc;
        }
        at_block.push((u, c));
        OffsetMap { text, at_block }
    }

    /// `(utf16, chars)` offsets of byte offset `byte`, clamped to the text and moved back to
    /// the start of the character it falls in.
    fn both(&self, byte: usize) -> (usize, usize) {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let block = byte / BLOCK;
        let (u, c) = self.at_block[block];
        let (du, dc) = count(&self.text.as_bytes()[block * BLOCK..byte]);
        ((u + du) as usize, (c + dc) as usize)
    }

    /// The UTF-16 code unit offset of byte offset `byte` (clamped to the text).
    pub fn utf16(&self, byte: usize) -> usize {
        self.both(byte).0
    }

    /// The code point offset of byte offset `byte` (clamped to the text).
    pub fn char_index(&self, byte: usize) -> usize {
        self.both(byte).1
    }

    /// The offset of byte offset `byte` in `unit` (clamped to the text).
    pub fn in_unit(&self, byte: usize, unit: Unit) -> usize {
        match unit {
            Unit::Utf16 => self.utf16(byte),
            Unit::CodePoint => self.char_index(byte),
        }
    }
}

/// Byte offset of every code point index `0..=n`, for reading offsets given in code points.
pub fn char_to_byte_table(text: &str) -> Vec<usize> {
    let mut table: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    table.push(text.len());
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = OffsetMap::new("abc");
        assert_eq!((m.utf16(2), m.char_index(3)), (2, 3));
    }

    #[test]
    fn curly_quotes_and_astral_chars() {
        // “ is 3 bytes, 1 UTF-16 unit; 😀 is 4 bytes, 2 UTF-16 units, 1 code point.
        let text = "“a” 😀b";
        let m = OffsetMap::new(text);
        let b = text.find('b').unwrap();
        assert_eq!(m.utf16(b), 6);
        assert_eq!(m.char_index(b), 5);
        assert_eq!(m.utf16(text.len()), 7);
    }

    #[test]
    fn every_offset_matches_a_direct_count_across_blocks() {
        let text = "aé“😀”b ".repeat(40);
        let m = OffsetMap::new(&text);
        for (b, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            let before = &text[..b];
            assert_eq!(m.utf16(b), before.encode_utf16().count(), "{b}");
            assert_eq!(m.char_index(b), before.chars().count(), "{b}");
        }
        // Inside a character: its start; past the end: the end.
        let inside = text.find('é').unwrap() + 1;
        assert_eq!(m.utf16(inside), m.utf16(inside - 1));
        assert_eq!(m.utf16(text.len() + 5), m.utf16(text.len()));
    }

    #[test]
    fn in_unit_names_the_count() {
        let text = "“😀” x";
        let m = OffsetMap::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(m.in_unit(x, Unit::Utf16), 5);
        assert_eq!(m.in_unit(x, Unit::CodePoint), 4);
    }

    // Only where a usize can be over the limit (not on wasm32).
    #[cfg(target_pointer_width = "64")]
    #[test]
    fn lengths_over_the_u32_counts_are_refused() {
        assert!(check_length(MAX_TEXT_BYTES).is_ok());
        let err = check_length(MAX_TEXT_BYTES + 1).unwrap_err();
        assert!(err.contains("over the limit of 4294967295"), "{err}");
    }

    #[test]
    fn char_table_round_trips() {
        let text = "é“x”";
        let t = char_to_byte_table(text);
        assert_eq!(t, vec![0, 2, 5, 6, 9]);
    }
}
