//! The tagger's weights, entropy-coded: 2^`bits` rows of [`Label::COUNT`] signed bytes ↔ a
//! byte stream, losslessly.
//!
//! Why: the weights are compiled into the WebAssembly package, which has a hard gzip budget.
//! gzip sees the weights as bytes (a bitmap of the rows that are not all 0, then those rows,
//! as `AHTAG2` stored them) and takes 37.9 KB for them. Here the bitmap stays as it is (gzip
//! takes it to 7.1 KB; coding it saved little and cost start-up time) and the rows' weights
//! are coded with static tables of how often each weight occurs: 21.5 KB for the 90,755
//! weights, tables included, which gzip leaves as they are. What the tables know: two weights
//! in three of a stored row are 0; magnitudes fall off geometrically; and a row's weights
//! nearly cancel out (the perceptron moves the right label up and the guessed one down by the
//! same step), so the sum of the row's earlier weights says much of the next one.
//!
//! The coder is rANS (range asymmetric numeral systems; Duda 2013, as in Giesen's `rans_byte`):
//! one 32-bit state, topped up a byte at a time; one table look-up and one multiplication a
//! weight, where the adaptive binary range coder of `AHTAG3` (28.3 KB) took a coded bit for
//! each "is it 0", sign and unary step of a magnitude: 250,000 of them, which made the
//! browser's first extract 8 ms slower (its baseline compiler runs them).
//!
//! The stream: the bitmap (bit `r % 8` of byte `r / 8`: row `r` has a weight that is not 0);
//! the smallest and the largest magnitude of a weight that is not 0, one byte each (less 1);
//! then for each of [`CONTEXTS`] contexts the frequency of each weight, in 1/[`TOTAL`]ths
//! (LEB128; 0 for a weight that does not occur there, in the order 0, +lo, -lo, +lo+1, …,
//! -hi); then the coder's bytes, its state first. A weight's context is its column and a
//! bucket of the row's earlier weights ([`context`]). Deterministic: the same weights give the
//! same bytes.

use super::Label;

const COLUMNS: usize = Label::COUNT;
/// Frequencies are in 1/2^`FREQ_BITS`ths. 2^11: the tables are 30 bytes smaller than at 2^12
/// and the weights 4 bytes larger.
const FREQ_BITS: u32 = 11;
const TOTAL: u32 = 1 << FREQ_BITS;
/// The coder's state stays in [`LOW`, 256 `LOW`) between weights.
const LOW: u32 = 1 << 23;
/// What the earlier weights of a row say of the next, for columns after the first: none was
/// not 0; they cancel out; their sum is 1 to 4, above, -1 to -4, below. (Measured on the
/// trained weights, with the tables' bytes: the sum's sign alone 22.3 KB, with "none yet"
/// 21.9 KB; these six 21.5 KB; finer buckets save in the weights what the tables cost.)
const BUCKETS: usize = 6;
/// The first column's context, then `BUCKETS` for each of the others.
const CONTEXTS: usize = 1 + (COLUMNS - 1) * BUCKETS;

/// The context of the weight in `column` after earlier weights of sum `sum`, `touched` when
/// one of them was not 0.
#[inline]
fn context(column: usize, sum: i32, touched: bool) -> usize {
    // The bucket of each sum from -5 to 5 (below and above: as ±5), then "none yet" as
    // "cancel out" less one: a look-up, not branches the processor would mispredict.
    const BUCKET: [u8; 11] = [5, 4, 4, 4, 4, 1, 2, 2, 2, 2, 3];
    let bucket = usize::from(BUCKET[(sum.clamp(-5, 5) + 5) as usize]) - usize::from(!touched);
    if column == 0 {
        0
    } else {
        1 + (column - 1) * BUCKETS + bucket
    }
}

/// The weights a table lists, in its order: 0, then ±`lo` to ±`hi` (the plus first).
fn alphabet(lo: u32, hi: u32) -> impl Iterator<Item = i32> {
    std::iter::once(0).chain((lo as i32..=hi as i32).flat_map(|m| [m, -m]))
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
    // (the first of equals; at most 257 weights of at least 1 each fit in `TOTAL`).
    loop {
        let sum: u32 = freqs.iter().sum();
        if sum == TOTAL {
            return freqs;
        }
        let largest = (0..freqs.len())
            .rev()
            .max_by_key(|&k| freqs[k])
            .expect("a weight");
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
    let mut out = vec![0u8; n.div_ceil(8)];
    let mut coded = Vec::new();
    for (r, row) in weights.chunks(COLUMNS).enumerate() {
        if row.iter().any(|&w| w != 0) {
            out[r / 8] |= 1 << (r % 8);
            let (mut sum, mut touched) = (0i32, false);
            for (column, &w) in row.iter().enumerate() {
                coded.push((context(column, sum, touched), i32::from(w)));
                sum += i32::from(w);
                touched |= w != 0;
            }
        }
    }
    let magnitudes = weights.iter().filter(|&&w| w != 0).map(|&w| w.unsigned_abs());
    let lo = magnitudes.clone().min().map_or(1, u32::from);
    let hi = magnitudes.max().map_or(1, u32::from);
    out.extend([(lo - 1) as u8, (hi - 1) as u8]);
    // A weight's index in `alphabet(lo, hi)`.
    let index = |w: i32| match w {
        0 => 0,
        w => 2 * (w.unsigned_abs() - lo) as usize + 1 + usize::from(w < 0),
    };
    let symbols = 1 + 2 * (hi - lo + 1) as usize;
    let mut counts = vec![vec![0u32; symbols]; CONTEXTS];
    for &(c, w) in &coded {
        counts[c][index(w)] += 1;
    }
    // Each context's frequencies and where each weight's slots start.
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
    // rANS codes last in first out: the weights backwards, then the bytes turned around.
    let mut state = LOW;
    let mut stream = Vec::new();
    for &(c, w) in coded.iter().rev() {
        let (freqs, starts) = &tables[c];
        let (f, start) = (freqs[index(w)], starts[index(w)]);
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

/// A weight a context can give: the weight, where its slots start and how many it has.
#[derive(Clone, Copy)]
struct Entry {
    weight: i8,
    start: u16,
    freq: u16,
}

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
    // Each context's weights that occur, in table order (0 and small magnitudes first: the
    // most frequent, so that the search for a slot's weight mostly ends at once).
    let mut entries = Vec::new();
    let mut ranges = [(0usize, 0usize); CONTEXTS];
    for range in &mut ranges {
        let first = entries.len();
        let mut start = 0u32;
        for weight in alphabet(lo, hi) {
            let mut freq = 0u32;
            for shift in (0..).step_by(7) {
                let &byte = bytes.get(at).ok_or_else(truncated)?;
                at += 1;
                freq |= u32::from(byte & 0x7F) << shift;
                if byte < 0x80 {
                    break;
                }
                if shift > 7 {
                    return Err(corrupt("a frequency"));
                }
            }
            if freq == 0 {
                continue;
            }
            let weight = i8::try_from(weight).map_err(|_| corrupt("a weight of 128"))?;
            if start + freq > TOTAL {
                return Err(corrupt("a frequency"));
            }
            entries.push(Entry {
                weight,
                start: start as u16,
                freq: freq as u16,
            });
            start += freq;
        }
        // A context's weights fill every slot, or it has none (it never occurs).
        if start != TOTAL && start != 0 {
            return Err(corrupt("a frequency"));
        }
        *range = (first, entries.len());
    }
    // Which of its context's entries each slot is: a table filled a run at a time (memset),
    // so that decoding a weight looks it up rather than searching.
    let mut slots = vec![0u8; CONTEXTS * TOTAL as usize];
    for (c, &(first, last)) in ranges.iter().enumerate() {
        for (k, e) in entries[first..last].iter().enumerate() {
            let at = c * TOTAL as usize + usize::from(e.start);
            // At most 256 weights (-128 to 127) a context: the index fits a byte.
            slots[at..at + usize::from(e.freq)].fill(k as u8);
        }
    }
    let mut rows = vec![0u8; count * COLUMNS];
    decode_rows(&bytes[at..], &entries, &ranges, &slots, &mut rows)?;
    Ok(Decoded { stored, rows })
}

/// Decodes the rows' weights from the coder's bytes `stream` into `rows`, with the contexts'
/// `entries` (`ranges` says which are whose). (Its own function, so that what the browser
/// compiles again, optimised, once it runs hot is only the loop.)
#[inline(never)]
fn decode_rows(
    stream: &[u8],
    entries: &[Entry],
    ranges: &[(usize, usize); CONTEXTS],
    slots: &[u8],
    rows: &mut [u8],
) -> Result<(), String> {
    let corrupt = || "tagger model is truncated or corrupt (its coded weights)".to_string();
    let Some(&[a, b, c, d]) = stream.get(..4) else {
        return Err(corrupt());
    };
    let mut state = u32::from_be_bytes([a, b, c, d]);
    // In range, the state stays in range: decoding a weight leaves it at least 2^12 (the
    // state over `TOTAL`, at least 2^12, times a frequency of at least 1), and two bytes
    // bring it back above `LOW`; no overflow, no endless loop.
    if !(LOW..LOW << 8).contains(&state) {
        return Err(corrupt());
    }
    let mut at = 4;
    for row in rows.chunks_exact_mut(COLUMNS) {
        let (mut sum, mut touched) = (0i32, false);
        for (column, out) in row.iter_mut().enumerate() {
            let c = context(column, sum, touched);
            let (first, last) = ranges[c];
            let slot = state & (TOTAL - 1);
            let k = slots[c * TOTAL as usize + slot as usize];
            // A context with no weights (that never occurs) has no entry for any slot.
            let entry = entries[first..last].get(usize::from(k)).ok_or_else(corrupt)?;
            state = u32::from(entry.freq) * (state >> FREQ_BITS) + slot - u32::from(entry.start);
            while state < LOW {
                // Past the end it reads zeros; the check after the last row tells.
                state = state << 8 | u32::from(stream.get(at).copied().unwrap_or(0));
                at += 1;
            }
            *out = entry.weight as u8;
            sum += i32::from(entry.weight);
            touched |= entry.weight != 0;
        }
        // A stored row has a weight that is not 0.
        if !touched {
            return Err(corrupt());
        }
    }
    // The encoder started from `LOW`: decoding every weight ends there, at the last byte.
    if at != stream.len() || state != LOW {
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
            .map(|k| if k % COLUMNS == 0 { (k / COLUMNS) as u8 as i8 } else { 0 })
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
