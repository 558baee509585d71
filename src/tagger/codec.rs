//! The tagger's weights, entropy-coded: 2^`bits` rows of [`Label::COUNT`] signed bytes ↔ a
//! byte stream, losslessly.
//!
//! Why: the weights are compiled into the WebAssembly package, which has a hard gzip budget.
//! gzip sees the weights as bytes (a bitmap of the rows that are not all 0, then those rows,
//! as `AHTAG2` stored them) and takes 37.9 KB for them; coded one bit at a time with
//! probabilities that adapt to what came before, they take 28.3 KB, and gzip leaves that as
//! it is. What the probabilities learn: three rows in four are all 0; two weights in three
//! of a stored row are 0; magnitudes fall off geometrically; and a row's weights nearly
//! cancel out (the perceptron moves the right label up and the guessed one down by the same
//! step), so the sum of the row's earlier weights says much of whether the next is 0, its
//! sign and its size (0.7 KB less than contexts of the earlier weights' signs).
//!
//! The cost: decoding is 250,000 coded bits, about 1.6 ms natively and 2 ms in the browser's
//! baseline compiler, once, at the first extract.
//!
//! The stream: the smallest and the largest magnitude of a weight that is not 0, one byte
//! each (less 1: magnitudes run 1 to 128); then a binary range coder's output (the one of
//! LZMA: 11-bit probabilities that move 1/32 of the way towards each bit seen), coding for
//! each row whether it has a weight that is not 0, and for those rows, column by column:
//! is the weight 0 (known not to be for the last column when the others are), its sign, then
//! its magnitude above the smallest in unary (a "more?" bit per step, none past the
//! largest). Each of these bits has its own probability for its column and a context of the
//! row so far (see [`Probabilities`]). Deterministic: the same weights give the same bytes.

use super::Label;

const COLUMNS: usize = Label::COUNT;
/// Probabilities are of a 0 bit, in 1/2048ths.
const PROB_BITS: u32 = 11;
const PROB_ONE: u16 = 1 << PROB_BITS;
/// How fast a probability follows the bits: 1/32 of the way each time.
const MOVE_BITS: u32 = 5;
/// The coder's range is topped up a byte at a time below this.
const TOP: u32 = 1 << 24;

/// The running sum of a row's earlier columns, clamped to this, is the context of whether
/// the next is 0 and of its sign …
const SUM_CLAMP: i32 = 6;
/// … and, turned by the weight's sign (positive: the weight goes the same way), of its
/// magnitude.
const TOWARD_CLAMP: i32 = 12;
/// Unary steps past this share one probability (only weights beyond ±16 have them).
const STEPS: usize = 16;

const SUMS: usize = 2 * SUM_CLAMP as usize + 1;
const TOWARDS: usize = 2 * TOWARD_CLAMP as usize + 1;

/// Every adaptive probability, all starting at one half: `stored`, of a row that is not all
/// 0; the others indexed by column, then:
/// `zero` and `sign` by the sum of the row's weights before the column (clamped to
/// ±`SUM_CLAMP`) and how many of them are not 0; `magnitude` by that sum times the weight's
/// sign (clamped to ±`TOWARD_CLAMP`; positive: the weight goes the same way as the sum)
/// and the unary step. (Nested arrays with clamped indices: no bounds checks to decode.)
struct Probabilities {
    stored: u16,
    zero: [[[u16; COLUMNS]; SUMS]; COLUMNS],
    sign: [[[u16; COLUMNS]; SUMS]; COLUMNS],
    magnitude: [[[u16; STEPS]; TOWARDS]; COLUMNS],
}

impl Probabilities {
    fn new() -> Self {
        let half = PROB_ONE / 2;
        Probabilities {
            stored: half,
            zero: [[[half; COLUMNS]; SUMS]; COLUMNS],
            sign: [[[half; COLUMNS]; SUMS]; COLUMNS],
            magnitude: [[[half; STEPS]; TOWARDS]; COLUMNS],
        }
    }
}

/// The index of a row's running sum among `SUMS`.
fn sum_index(sum: i32) -> usize {
    (sum.clamp(-SUM_CLAMP, SUM_CLAMP) + SUM_CLAMP) as usize
}

/// The index of a row's running sum turned by a weight's sign among `TOWARDS`.
fn toward_index(sum: i32, negative: bool) -> usize {
    let toward = if negative { -sum } else { sum };
    (toward.clamp(-TOWARD_CLAMP, TOWARD_CLAMP) + TOWARD_CLAMP) as usize
}

/// The smallest and largest magnitude of the weights that are not 0 (1 and 1 when all are).
fn magnitudes(weights: &[i8]) -> (u32, u32) {
    let nonzero = weights
        .iter()
        .filter(|&&w| w != 0)
        .map(|&w| w.unsigned_abs());
    let lo = nonzero.clone().min().map_or(1, u32::from);
    let hi = nonzero.max().map_or(1, u32::from);
    (lo, hi)
}

/// Codes `weights`: 2^`bits` rows of [`Label::COUNT`] weights, row after row. Panics when
/// there are not that many (a bug of the caller: the trainer always has them).
pub fn encode(bits: u32, weights: &[i8]) -> Vec<u8> {
    assert_eq!(
        weights.len(),
        (1usize << bits) * COLUMNS,
        "2^bits rows of weights"
    );
    let (lo, hi) = magnitudes(weights);
    let mut coder = Encoder::new();
    let mut p = Probabilities::new();
    for row in weights.chunks(COLUMNS) {
        let stored = row.iter().any(|&w| w != 0);
        coder.bit(&mut p.stored, stored);
        if !stored {
            continue;
        }
        let (mut sum, mut nonzero) = (0i32, 0usize);
        for (column, &w) in row.iter().enumerate() {
            let (s, k) = (sum_index(sum), nonzero);
            if column + 1 < COLUMNS || nonzero > 0 {
                coder.bit(&mut p.zero[column][s][k], w != 0);
            }
            if w == 0 {
                continue;
            }
            coder.bit(&mut p.sign[column][s][k], w < 0);
            let toward = &mut p.magnitude[column][toward_index(sum, w < 0)];
            let magnitude = u32::from(w.unsigned_abs());
            for (step, m) in (lo..hi).enumerate() {
                let more = magnitude > m;
                coder.bit(&mut toward[step.min(STEPS - 1)], more);
                if !more {
                    break;
                }
            }
            sum += i32::from(w);
            nonzero += 1;
        }
    }
    let mut out = vec![(lo - 1) as u8, (hi - 1) as u8];
    out.extend(coder.finish());
    out
}

/// What [`encode`] gives back: the bitmap of the stored rows (row `r` at bit `r % 64` of word
/// `r / 64`) and the stored rows' weights in row order, as two's-complement bytes, which is
/// how [`super::Model`] keeps them.
pub struct Decoded {
    pub stored: Vec<u64>,
    pub rows: Vec<u8>,
}

/// Decodes what [`encode`] gave for 2^`bits` rows. Any other input gives an error, never a
/// panic, after at most one pass over the rows.
pub fn decode(bits: u32, bytes: &[u8]) -> Result<Decoded, String> {
    let [lo, hi, stream @ ..] = bytes else {
        return Err("tagger model is truncated".into());
    };
    let (lo, hi) = (u32::from(*lo) + 1, u32::from(*hi) + 1);
    if lo > hi {
        return Err("tagger model is corrupt (its magnitudes)".into());
    }
    let mut coder = Decoder::new(stream)?;
    let mut p = Probabilities::new();
    let n = 1usize << bits;
    let mut stored = Vec::with_capacity(n.div_ceil(64));
    // A quarter of the rows are stored in the trained model; the vector grows if need be.
    let mut rows = Vec::with_capacity(n / 4 * COLUMNS);
    for first in (0..n).step_by(64) {
        let count = (n - first).min(64);
        stored.push(decode_rows(&mut coder, &mut p, (lo, hi), count, &mut rows)?);
    }
    coder.finish()?;
    Ok(Decoded { stored, rows })
}

/// Decodes the next `count` rows (at most 64): gives the word of the bitmap that says which
/// are stored, and appends their weights to `rows`. (Its own small function, so that what
/// the browser compiles again, optimised, once it runs hot is only the loop.)
#[inline(never)]
fn decode_rows(
    coder: &mut Decoder,
    p: &mut Probabilities,
    (lo, hi): (u32, u32),
    count: usize,
    rows: &mut Vec<u8>,
) -> Result<u64, String> {
    let mut stored = 0u64;
    for r in 0..count {
        if !coder.bit(&mut p.stored) {
            continue;
        }
        stored |= 1 << r;
        let mut row = [0u8; COLUMNS];
        let (mut sum, mut nonzero) = (0i32, 0usize);
        for (column, out) in row.iter_mut().enumerate() {
            let (s, k) = (sum_index(sum), nonzero.min(COLUMNS - 1));
            // A stored row is not all 0: the last weight is not when the others are.
            if (column + 1 < COLUMNS || nonzero > 0) && !coder.bit(&mut p.zero[column][s][k]) {
                continue;
            }
            let negative = coder.bit(&mut p.sign[column][s][k]);
            let toward = &mut p.magnitude[column][toward_index(sum, negative)];
            let mut magnitude = lo;
            while magnitude < hi {
                let step = ((magnitude - lo) as usize).min(STEPS - 1);
                if !coder.bit(&mut toward[step]) {
                    break;
                }
                magnitude += 1;
            }
            let w = if negative {
                -(magnitude as i32)
            } else {
                magnitude as i32
            };
            let w = i8::try_from(w).map_err(|_| "tagger model is corrupt (a weight of 128)")?;
            *out = w as u8;
            sum += i32::from(w);
            nonzero += 1;
        }
        rows.extend_from_slice(&row);
        // Past the end, the decoder reads zeros: stop at the first row that did.
        coder.check_within()?;
    }
    Ok(stored)
}

/// LZMA's binary range encoder (`low` holds 33 bits: a carry waits in `cache` and the run
/// of 0xFF bytes counted by `pending` until it is known).
struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
}

impl Encoder {
    fn new() -> Self {
        Encoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            pending: 1,
            out: Vec::new(),
        }
    }

    fn bit(&mut self, p: &mut u16, bit: bool) {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
            *p -= *p >> MOVE_BITS;
        } else {
            self.range = bound;
            *p += (PROB_ONE - *p) >> MOVE_BITS;
        }
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
    }

    fn shift_low(&mut self) {
        if (self.low as u32) < 0xFF00_0000 || self.low >> 32 != 0 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// LZMA's binary range decoder. It reads one byte per byte the encoder wrote (the first is
/// always 0), so a whole stream ends exactly at its last byte with `code` 0.
struct Decoder<'a> {
    bytes: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl<'a> Decoder<'a> {
    fn new(bytes: &'a [u8]) -> Result<Self, String> {
        let Some(&[0, a, b, c, d]) = bytes.get(..5) else {
            return Err("tagger model is truncated or corrupt (its coded stream)".into());
        };
        Ok(Decoder {
            bytes,
            at: 5,
            range: u32::MAX,
            code: u32::from_be_bytes([a, b, c, d]),
        })
    }

    #[inline]
    fn bit(&mut self, p: &mut u16) -> bool {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        let bit = if self.code < bound {
            self.range = bound;
            *p += (PROB_ONE - *p) >> MOVE_BITS;
            false
        } else {
            self.code -= bound;
            self.range -= bound;
            *p -= *p >> MOVE_BITS;
            true
        };
        // A bit divides the range by at most 2048/31, so one byte tops it up.
        if self.range < TOP {
            let byte = self.bytes.get(self.at).copied().unwrap_or(0);
            self.at += 1;
            self.range <<= 8;
            self.code = self.code << 8 | u32::from(byte);
        }
        bit
    }

    fn check_within(&self) -> Result<(), String> {
        if self.at > self.bytes.len() {
            return Err("tagger model is truncated".into());
        }
        Ok(())
    }

    fn finish(self) -> Result<(), String> {
        self.check_within()?;
        if self.at < self.bytes.len() || self.code != 0 {
            return Err("tagger model is corrupt (bytes after its last row)".into());
        }
        Ok(())
    }
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
        assert_eq!(&bytes[..2], &[0, 0]);
        // One row, one weight: the smallest and largest magnitude are both 3.
        let mut one = zeros.clone();
        one[7] = -3;
        assert_eq!(&round_trip(3, &one)[..2], &[2, 2]);
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
    }

    #[test]
    fn the_same_weights_give_the_same_bytes() {
        let weights: Vec<i8> = (0..64 * COLUMNS).map(|k| (k % 9) as i8 - 4).collect();
        assert_eq!(encode(6, &weights), encode(6, &weights));
    }

    #[test]
    fn rows_that_cancel_out_code_small() {
        // Each row sums to 0, as perceptron rows nearly do: under half a byte a row.
        let weights: Vec<i8> = (0..1024)
            .flat_map(|r| match r % 4 {
                0 => [0i8; COLUMNS],
                1 => [3, -3, 0, 0, 0],
                2 => [0, 4, 0, -4, 0],
                _ => [-5, 0, 0, 0, 5],
            })
            .collect();
        let bytes = round_trip(10, &weights);
        assert!(bytes.len() < 1024 / 2, "{} bytes", bytes.len());
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
        // The smallest magnitude above the largest.
        let mut swapped = bytes.clone();
        swapped[0] = swapped[1] + 1;
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
