//! The tagger's weights, entropy-coded: 2^`bits` rows of [`Label::COUNT`] signed bytes ↔ a
//! byte stream, losslessly.
//!
//! Why: the weights are compiled into the WebAssembly package, which has a hard gzip budget.
//! gzip sees the weights as bytes (a bitmap of the rows that are not all 0, then those rows,
//! as `AHTAG2` stored them) and takes 37.9 KB for them. Here the bitmap stays as it is (8 KB,
//! which gzip takes to 7.2 KB; coding it saved little and cost start-up time), and the rows
//! are coded with static tables of how often each symbol occurs: 21.1 KB for the 18,151
//! stored rows, tables included, which gzip leaves as they are. What the tables know: which
//! of a row's weights are not 0 (one symbol, the row's mask: two weights in three are 0);
//! magnitudes fall off geometrically; and a row's weights nearly cancel out (the perceptron
//! moves the right label up and the guessed one down by the same step), so the sum of the
//! row's earlier weights says much of the next one, above all of the row's last.
//!
//! The coder is rANS (range asymmetric numeral systems; Duda 2013, byte-wise as in Giesen's
//! `rans_byte`): one 32-bit state, topped up a byte at a time; a table look-up, a
//! multiplication and a comparison a symbol, 51,267 symbols (a mask a row, then its weights
//! that are not 0). Decoding takes 0.33 ms natively, 0.6 ms more than `AHTAG2`'s copy in the
//! browser's baseline compiler, and a cold start in Chromium is within noise of `AHTAG2`'s
//! (41.7 against 41.0 ms, medians of 180). (`AHTAG3`, an adaptive binary range coder, was
//! 1 KB smaller but took a coded bit for each "is it 0", sign and unary step of a magnitude:
//! 250,000 of them, which made the browser's first extract 3 to 8 ms slower.)
//!
//! The stream: the bitmap (bit `r % 8` of byte `r / 8`: row `r` has a weight that is not 0);
//! the smallest and the largest magnitude of a weight that is not 0, one byte each (less 1);
//! then for each of [`CONTEXTS`] contexts the frequency of each of its symbols, in
//! 1/[`TOTAL`]ths, LEB128, 0 for a symbol that does not occur there (see [`symbols`]: 306
//! bytes for the trained weights); then the coder's bytes, its state first. Deterministic:
//! the same weights give the same bytes.

use super::Label;

const COLUMNS: usize = Label::COUNT;
/// Frequencies are in 1/2^`FREQ_BITS`ths. 2^11: the tables are 30 bytes smaller than at 2^12
/// and the weights 4 bytes larger.
const FREQ_BITS: u32 = 11;
const TOTAL: u32 = 1 << FREQ_BITS;
/// The coder's state stays in [`LOW`, 256 `LOW`) between symbols.
const LOW: u32 = 1 << 23;
/// A weight's context, past the masks': whether it is the row's last that is not 0, and a
/// bucket of the sum of the row's earlier weights: 0 (none, or they cancel out), 1 to 5,
/// above, -1 to -5, below. (Measured on the trained weights, tables included: by column and
/// buckets of the sum 21.5 KB in 25 contexts, for every weight with the 0s; by "last" and
/// these buckets 21.1 KB; thresholds of 3 to 8 within 0.1 KB.)
const BUCKETS: usize = 5;
/// The masks' context, then the weights'.
const CONTEXTS: usize = 1 + 2 * BUCKETS;
/// The masks a stored row can have: 1 to 31.
const MASKS: usize = (1 << COLUMNS) - 1;

/// The context of the weight after earlier weights of sum `sum`, `last` when the row's
/// other weights after it are 0.
#[inline]
fn context(sum: i32, last: bool) -> usize {
    // The bucket of each sum from -6 to 6 (below and above: as ±6): a look-up, not branches
    // the processor would mispredict.
    const BUCKET: [u8; 13] = [4, 3, 3, 3, 3, 3, 0, 1, 1, 1, 1, 1, 2];
    1 + usize::from(last) * BUCKETS + usize::from(BUCKET[(sum.clamp(-6, 6) + 6) as usize])
}

/// How many symbols the table of `context` lists: the masks 1 to 31, or the weights ±`lo`
/// to ±`hi` in the order +`lo`, -`lo`, +`lo` + 1, …
fn symbols(context: usize, lo: u32, hi: u32) -> usize {
    if context == 0 {
        MASKS
    } else {
        2 * (hi - lo + 1) as usize
    }
}

/// Frequencies in 1/`TOTAL`ths for `counts`: as near proportional as whole numbers go, at
/// least 1 for what occurs, summing to `TOTAL` (or all 0 when nothing occurs).
fn scale(counts: &[u32]) -> Vec<u32> {
    let n: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if n == 0 {
        return vec![0; counts.len()];
    }
    let mut freqs: Vec<u32> = counts
        .iter()
        .map(|&c| match c {
            0 => 0,
            c => ((u64::from(c) * u64::from(TOTAL) + n / 2) / n).max(1) as u32,
        })
        .collect();
    // Rounding leaves the sum a little off: the largest frequencies take up the difference
    // (the first of equals; at most 256 symbols of at least 1 each fit in `TOTAL`).
    loop {
        let sum: u32 = freqs.iter().sum();
        if sum == TOTAL {
            return freqs;
        }
        let largest = (0..freqs.len())
            .rev()
            .max_by_key(|&k| freqs[k])
            .expect("a symbol");
        if sum < TOTAL {
            freqs[largest] += TOTAL - sum;
        } else {
            freqs[largest] -= (sum - TOTAL).min(freqs[largest] - 1);
        }
    }
}

fn write_leb128(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Codes `weights`: 2^`bits` rows of [`Label::COUNT`] weights, row after row. Panics when
/// there are not that many (a bug of the caller: the trainer always has them).
pub fn encode(bits: u32, weights: &[i8]) -> Vec<u8> {
    let n = 1usize << bits;
    assert_eq!(weights.len(), n * COLUMNS, "2^bits rows of weights");
    let magnitudes = weights
        .iter()
        .filter(|&&w| w != 0)
        .map(|&w| w.unsigned_abs());
    let lo = magnitudes.clone().min().map_or(1, u32::from);
    let hi = magnitudes.max().map_or(1, u32::from);
    // The bitmap, and each symbol to code as its context and its index in the context's table.
    let mut out = vec![0u8; n.div_ceil(8)];
    let mut coded = Vec::new();
    for (r, row) in weights.chunks(COLUMNS).enumerate() {
        let mask = (0..COLUMNS)
            .filter(|&c| row[c] != 0)
            .fold(0, |m, c| m | 1 << c);
        if mask == 0 {
            continue;
        }
        out[r / 8] |= 1 << (r % 8);
        coded.push((0, mask - 1));
        let mut sum = 0i32;
        for (column, &w) in row.iter().enumerate() {
            if w != 0 {
                let last = mask >> (column + 1) == 0;
                let index = 2 * (u32::from(w.unsigned_abs()) - lo) as usize + usize::from(w < 0);
                coded.push((context(sum, last), index));
                sum += i32::from(w);
            }
        }
    }
    out.extend([(lo - 1) as u8, (hi - 1) as u8]);
    let mut counts: Vec<Vec<u32>> = (0..CONTEXTS).map(|c| vec![0; symbols(c, lo, hi)]).collect();
    for &(c, k) in &coded {
        counts[c][k] += 1;
    }
    // Each context's frequencies and where each symbol's slots start.
    let mut tables = Vec::with_capacity(CONTEXTS);
    for count in &counts {
        let freqs = scale(count);
        for &f in &freqs {
            write_leb128(&mut out, f);
        }
        let starts: Vec<u32> = freqs
            .iter()
            .scan(0, |at, &f| {
                *at += f;
                Some(*at - f)
            })
            .collect();
        tables.push((freqs, starts));
    }
    // rANS codes last in first out: the symbols backwards, then the bytes turned around.
    let mut state = LOW;
    let mut stream = Vec::new();
    for &(c, k) in coded.iter().rev() {
        let (freqs, starts) = &tables[c];
        let (f, start) = (freqs[k], starts[k]);
        // The largest state that still fits after coding, less a byte.
        let limit = ((LOW >> FREQ_BITS) << 8) * f;
        while state >= limit {
            stream.push(state as u8);
            state >>= 8;
        }
        state = ((state / f) << FREQ_BITS) + state % f + start;
    }
    stream.extend(state.to_le_bytes());
    out.extend(stream.iter().rev());
    out
}

/// What [`encode`] gives back: the bitmap of the stored rows (row `r` at bit `r % 64` of word
/// `r / 64`) and the stored rows' weights in row order, as two's-complement bytes, which is
/// how [`super::Model`] keeps them.
pub struct Decoded {
    pub stored: Vec<u64>,
    pub rows: Vec<u8>,
}

/// The decoder's table: for each context and slot, what decoding needs, packed in a `u32` so
/// that a symbol costs one look-up: the symbol (a mask, or a weight as its two's-complement
/// byte) in bits 23 to 30, its frequency in bits 11 to 22 (0: the context has no symbols, it
/// never occurs), and the slot's offset from the first of the symbol's slots in bits 0 to
/// 10. (A byte a slot, the symbol's index into a list of the context's symbols, filled a run
/// at a time: two look-ups more a symbol, as fast in the browser's baseline compiler, 0.5 KB
/// more code. Searching each context's list instead, 0.6 ms slower there.)
type Slots = [u32];

/// Decodes what [`encode`] gave for 2^`bits` rows. Any other input gives an error, never a
/// panic, after at most one pass over the rows.
pub fn decode(bits: u32, bytes: &[u8]) -> Result<Decoded, String> {
    let truncated = || "tagger model is truncated".to_string();
    let corrupt = |what: &str| format!("tagger model is corrupt ({what})");
    let n = 1usize << bits;
    let bitmap = bytes.get(..n.div_ceil(8)).ok_or_else(truncated)?;
    let stored: Vec<u64> = bitmap
        .chunks(8)
        .map(|chunk| {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            u64::from_le_bytes(word)
        })
        .collect();
    let count: usize = stored.iter().map(|w| w.count_ones() as usize).sum();
    let mut at = bitmap.len();
    let Some(&[lo, hi]) = bytes.get(at..at + 2) else {
        return Err(truncated());
    };
    at += 2;
    let (lo, hi) = (u32::from(lo) + 1, u32::from(hi) + 1);
    if lo > hi {
        return Err(corrupt("its magnitudes"));
    }
    let mut slots = vec![0u32; CONTEXTS * TOTAL as usize];
    for c in 0..CONTEXTS {
        let mut start = 0u32;
        for k in 0..symbols(c, lo, hi) {
            let mut freq = 0u32;
            for shift in [0, 7] {
                let &byte = bytes.get(at).ok_or_else(truncated)?;
                at += 1;
                freq |= u32::from(byte & 0x7F) << shift;
                if byte < 0x80 {
                    break;
                }
                if shift == 7 {
                    return Err(corrupt("a frequency"));
                }
            }
            if freq == 0 {
                continue;
            }
            if start + freq > TOTAL {
                return Err(corrupt("a frequency"));
            }
            let symbol = if c == 0 {
                k as u8 + 1
            } else {
                let magnitude = lo as i32 + (k / 2) as i32;
                let weight = if k % 2 == 1 { -magnitude } else { magnitude };
                i8::try_from(weight).map_err(|_| corrupt("a weight of 128"))? as u8
            };
            let first = c * TOTAL as usize + start as usize;
            let packed = u32::from(symbol) << 23 | freq << 11;
            for (offset, slot) in slots[first..first + freq as usize].iter_mut().enumerate() {
                *slot = packed | offset as u32;
            }
            start += freq;
        }
        // A context's symbols fill every slot, or it has none (it never occurs).
        if start != TOTAL && start != 0 {
            return Err(corrupt("a frequency"));
        }
    }
    let mut rows = vec![0u8; count * COLUMNS];
    decode_rows(&bytes[at..], &slots, &mut rows)?;
    Ok(Decoded { stored, rows })
}

/// The rANS decoder: its state and the bytes it reads.
struct Decoder<'a> {
    state: u32,
    bytes: &'a [u8],
    at: usize,
}

impl Decoder<'_> {
    /// The next symbol, of context `c`.
    #[inline(always)]
    fn symbol(&mut self, slots: &Slots, c: usize) -> Option<u8> {
        let slot = self.state & (TOTAL - 1);
        let packed = slots[c * TOTAL as usize + slot as usize];
        let freq = packed >> 11 & (2 * TOTAL - 1);
        if freq == 0 {
            return None;
        }
        self.state = freq * (self.state >> FREQ_BITS) + (packed & (TOTAL - 1));
        while self.state < LOW {
            // Past the end it reads zeros; the check after the last row tells.
            self.state = self.state << 8 | u32::from(self.bytes.get(self.at).copied().unwrap_or(0));
            self.at += 1;
        }
        Some((packed >> 23) as u8)
    }
}

/// Decodes the rows' weights from the coder's bytes `stream` into `rows`. (Its own function,
/// so that what the browser compiles again, optimised, once it runs hot is only the loop.)
#[inline(never)]
fn decode_rows(stream: &[u8], slots: &Slots, rows: &mut [u8]) -> Result<(), String> {
    let corrupt = || "tagger model is truncated or corrupt (its coded weights)".to_string();
    let Some(&[a, b, c, d]) = stream.get(..4) else {
        return Err(corrupt());
    };
    let mut coder = Decoder {
        state: u32::from_be_bytes([a, b, c, d]),
        bytes: stream,
        at: 4,
    };
    // In range, the state stays in range: decoding a symbol leaves it at least 2^12 (the
    // state over `TOTAL`, at least 2^12, times a frequency of at least 1), and two bytes
    // bring it back above `LOW`; no overflow, no endless loop.
    if !(LOW..LOW << 8).contains(&coder.state) {
        return Err(corrupt());
    }
    for row in rows.chunks_exact_mut(COLUMNS) {
        // The mask of the row's weights that are not 0 (1 to 31), then those weights.
        let mut mask = coder.symbol(slots, 0).ok_or_else(corrupt)?;
        let mut sum = 0i32;
        while mask != 0 {
            let column = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let w = coder
                .symbol(slots, context(sum, mask == 0))
                .ok_or_else(corrupt)?;
            row[column] = w;
            sum += i32::from(w as i8);
        }
    }
    // The encoder started from `LOW`: decoding every symbol ends there, at the last byte.
    if coder.at != stream.len() || coder.state != LOW {
        return Err(corrupt());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows `decode` gives back, expanded to every row.
    fn expand(bits: u32, decoded: &Decoded) -> Vec<i8> {
        let mut all = Vec::new();
        let mut rows = decoded.rows.chunks(COLUMNS);
        for r in 0..1usize << bits {
            if decoded.stored[r / 64] >> (r % 64) & 1 == 1 {
                all.extend(rows.next().unwrap().iter().map(|&b| b as i8));
            } else {
                all.extend([0; COLUMNS]);
            }
        }
        assert!(rows.next().is_none());
        all
    }

    fn round_trip(bits: u32, weights: &[i8]) -> Vec<u8> {
        let bytes = encode(bits, weights);
        let decoded = decode(bits, &bytes).expect("decodes");
        assert_eq!(expand(bits, &decoded), weights);
        bytes
    }

    #[test]
    fn small_models_round_trip() {
        let zeros = vec![0i8; 8 * COLUMNS];
        let bytes = round_trip(3, &zeros);
        // The bitmap's one byte, then the magnitudes.
        assert_eq!(&bytes[..3], &[0, 0, 0]);
        // One row, one weight: the smallest and largest magnitude are both 3.
        let mut one = zeros.clone();
        one[7] = -3;
        assert_eq!(&round_trip(3, &one)[..3], &[2, 2, 2]);
        // Every extreme: -128, 127, 1, and a last column that is the row's only weight.
        let mut extremes = zeros.clone();
        extremes[..COLUMNS].copy_from_slice(&[-128, 127, 1, -1, 0]);
        extremes[2 * COLUMNS - 1] = 5;
        extremes[3 * COLUMNS..4 * COLUMNS].copy_from_slice(&[-128; COLUMNS]);
        round_trip(3, &extremes);
        let wide: Vec<i8> = (0..256 * COLUMNS)
            .map(|k| if k % 11 == 0 { (k % 100) as i8 - 50 } else { 0 })
            .collect();
        round_trip(8, &wide);
        // Every weight a byte can hold, in one context.
        let all: Vec<i8> = (0..256 * COLUMNS)
            .map(|k| {
                if k % COLUMNS == 0 {
                    (k / COLUMNS) as u8 as i8
                } else {
                    0
                }
            })
            .map(|w| if w == 0 { 1 } else { w })
            .collect();
        round_trip(8, &all);
    }

    #[test]
    fn scaled_frequencies_fill_the_slots() {
        assert_eq!(scale(&[0, 0, 0]), [0, 0, 0]);
        assert_eq!(scale(&[5, 0, 5]), [TOTAL / 2, 0, TOTAL / 2]);
        // Rare weights keep a slot, taken from the most frequent.
        let mut counts = vec![1u32; 257];
        counts[3] = 1_000_000;
        let freqs = scale(&counts);
        assert_eq!(freqs.iter().sum::<u32>(), TOTAL);
        assert!(freqs.iter().all(|&f| f >= 1));
        assert_eq!(freqs[3], TOTAL - 256);
    }

    #[test]
    fn the_same_weights_give_the_same_bytes() {
        let weights: Vec<i8> = (0..64 * COLUMNS).map(|k| (k % 9) as i8 - 4).collect();
        assert_eq!(encode(6, &weights), encode(6, &weights));
    }

    #[test]
    fn rows_that_cancel_out_code_small() {
        // Each row sums to 0, as perceptron rows nearly do: the weights in under half a byte
        // a row, beside the bitmap (128 bytes) and the tables.
        let weights: Vec<i8> = (0..1024)
            .flat_map(|r| match r % 4 {
                0 => [0i8; COLUMNS],
                1 => [3, -3, 0, 0, 0],
                2 => [0, 4, 0, -4, 0],
                _ => [-5, 0, 0, 0, 5],
            })
            .collect();
        let bytes = round_trip(10, &weights);
        assert!(bytes.len() < 128 + 1024 / 2, "{} bytes", bytes.len());
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// 2^`bits` rows, most of them 0, with weights of any byte value.
        fn weights() -> impl Strategy<Value = (u32, Vec<i8>)> {
            (3u32..=8).prop_flat_map(|bits| {
                let weight = prop_oneof![6 => Just(0i8), 3 => -13i8..=13, 1 => any::<i8>()];
                (
                    Just(bits),
                    proptest::collection::vec(weight, (1usize << bits) * COLUMNS),
                )
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn any_weights_round_trip((bits, weights) in weights()) {
                round_trip(bits, &weights);
            }

            #[test]
            fn any_bytes_decode_or_fail(bits in 3u32..=10, bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
                if let Ok(decoded) = decode(bits, &bytes) {
                    prop_assert_eq!(decoded.stored.len(), (1usize << bits).div_ceil(64));
                    prop_assert_eq!(decoded.rows.len() % COLUMNS, 0);
                }
            }

            #[test]
            fn cut_streams_fail((bits, weights) in weights(), cut in any::<prop::sample::Index>()) {
                let bytes = encode(bits, &weights);
                prop_assert!(decode(bits, &bytes[..cut.index(bytes.len())]).is_err());
            }

            #[test]
            fn changed_streams_fail_or_differ((bits, weights) in weights(), at in any::<prop::sample::Index>(), xor in 1u8..) {
                let mut bytes = encode(bits, &weights);
                let at = at.index(bytes.len());
                bytes[at] ^= xor;
                if let Ok(decoded) = decode(bits, &bytes) {
                    prop_assert_ne!(expand(bits, &decoded), weights);
                }
            }
        }
    }

    #[test]
    fn truncated_or_altered_streams_are_errors() {
        let weights: Vec<i8> = (0..256 * COLUMNS)
            .map(|k| if k % 3 == 0 { (k % 27) as i8 - 13 } else { 0 })
            .collect();
        let bytes = encode(8, &weights);
        for len in 0..bytes.len() {
            assert!(decode(8, &bytes[..len]).is_err(), "cut at {len}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(8, &longer).is_err());
        // The smallest magnitude above the largest (after the bitmap's 32 bytes).
        let mut swapped = bytes.clone();
        swapped[32] = swapped[33] + 1;
        assert!(decode(8, &swapped).is_err());
        // Any one byte changed: an error or other weights, never a panic.
        for at in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[at] ^= 0x5A;
            if let Ok(decoded) = decode(8, &changed) {
                assert_ne!(expand(8, &decoded), weights, "byte {at}");
            }
        }
    }
}
