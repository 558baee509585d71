//! Converting byte offsets to the units other languages index strings by.
//!
//! Takes a `&str` and byte offsets into it; gives UTF-16 code units (JavaScript string
//! indices) or Unicode code points (Python `str` indices, used by the corpus). This is the
//! one place where offsets change units: every edge goes through [`OffsetMap`].

/// Maps byte offsets of one text to UTF-16 and code-point offsets in O(1) after a linear build.
pub struct OffsetMap {
    /// For every byte offset `b` that is a char boundary (and `text.len()`), `utf16[b]`.
    /// Offsets inside a character map to the start of that character.
    utf16: Vec<u32>,
    chars: Vec<u32>,
}

impl OffsetMap {
    pub fn new(text: &str) -> Self {
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut chars = Vec::with_capacity(text.len() + 1);
        let (mut u, mut c) = (0u32, 0u32);
        for ch in text.chars() {
            for _ in 0..ch.len_utf8() {
                utf16.push(u);
                chars.push(c);
            }
            u += ch.len_utf16() as u32;
            c += 1;
        }
        utf16.push(u);
        chars.push(c);
        OffsetMap { utf16, chars }
    }

    /// The UTF-16 code unit offset of byte offset `byte` (clamped to the text).
    pub fn utf16(&self, byte: usize) -> usize {
        self.utf16[byte.min(self.utf16.len() - 1)] as usize
    }

    /// The code point offset of byte offset `byte` (clamped to the text).
    pub fn char_index(&self, byte: usize) -> usize {
        self.chars[byte.min(self.chars.len() - 1)] as usize
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
    fn char_table_round_trips() {
        let text = "é“x”";
        let t = char_to_byte_table(text);
        assert_eq!(t, vec![0, 2, 5, 6, 9]);
    }
}
