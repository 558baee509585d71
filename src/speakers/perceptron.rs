//! The averaged perceptron behind the learned rankers ([`super::pronouns`], [`super::fallback`]): yes/no features
//! named `base` or `base@context`, integer weights in hundredths, read from a table (a base
//! feature a line, a context a column). Integer arithmetic throughout, so the same examples
//! give the same weights on every machine.

/// A model's feature names: each base feature counts once alone and once per context.
#[derive(Clone, Copy, Debug)]
pub struct Names {
    pub base: &'static [&'static str],
    /// The first is "" (the feature alone).
    pub contexts: &'static [&'static str],
}

impl Names {
    /// How many weights a model has.
    pub const fn len(&self) -> usize {
        self.base.len() * self.contexts.len()
    }

    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The name of feature `i`: `nobody`, `nobody@short`.
    pub fn name(&self, i: usize) -> String {
        let n = self.base.len().max(1);
        let (base, context) = (self.base[i % n], self.contexts[i / n]);
        if context.is_empty() {
            base.to_string()
        } else {
            format!("{base}@{context}")
        }
    }

    /// The index of base feature `base` in context `context` (indices into [`Names::base`]
    /// and [`Names::contexts`]): the weights hold each context's features in a block.
    pub fn feature(&self, base: usize, context: usize) -> usize {
        context * self.base.len() + base
    }

    /// The index of the feature [`Names::name`] calls `name`, matched by its parts.
    pub fn index(&self, name: &str) -> Option<usize> {
        let (base, context) = match name.split_once('@') {
            Some((_, "")) => return None,
            Some(parts) => parts,
            None => (name, ""),
        };
        let b = self.base.iter().position(|&x| x == base)?;
        let c = self.contexts.iter().position(|&x| x == context)?;
        Some(self.feature(b, c))
    }

    /// The features `base` (indices into [`Names::base`]) alone and in each of `contexts`
    /// (indices into [`Names::contexts`]), sorted.
    pub fn crossed(&self, base: &[usize], contexts: &[usize]) -> Vec<u16> {
        let mut features = Vec::with_capacity((1 + contexts.len()) * base.len());
        for &b in base {
            features.push(b as u16);
            for &c in contexts {
                features.push(self.feature(b, c) as u16);
            }
        }
        crate::analysis::sort_numbers(&mut features);
        features.dedup();
        features
    }
}

/// The column of a weights table for a feature alone, in no context.
const ALONE: &str = "alone";

/// A model's weights, one per feature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weights(pub Vec<i32>);

/// A weight as the table writes it: an optional minus sign and decimal digits.
fn parse_weight(text: &str) -> Option<i32> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    // (By hand: `str::parse::<i32>` and its error's messages cost the WebAssembly half a
    // kilobyte.)
    let value = i32::try_from(crate::text::digits_value(digits)?).ok()?;
    Some(if negative { -value } else { value })
}

impl Weights {
    /// Reads a table: a first line naming the contexts (`feature`, then `alone` for the
    /// feature alone and a context's name for each column), then a base feature and its
    /// weight in each context a line, tab-separated; `#` starts a comment line. A feature
    /// not listed weighs 0.
    pub fn parse(text: &str, names: &Names) -> Result<Weights, String> {
        let mut w = Weights(vec![0; names.len()]);
        let mut lines = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'));
        let header = lines.next().ok_or("no header line")?;
        let columns = header
            .split('\t')
            .skip(1)
            .map(|c| {
                let context = if c == ALONE { "" } else { c };
                names
                    .contexts
                    .iter()
                    .position(|&x| x == context)
                    .ok_or_else(|| ["unknown context ", c].concat())
            })
            .collect::<Result<Vec<_>, _>>()?;
        for line in lines {
            let mut cells = line.split('\t');
            let base = cells.next().unwrap_or("");
            let b = (names.base.iter().position(|&x| x == base))
                .ok_or_else(|| ["unknown feature ", base].concat())?;
            for (&c, value) in columns.iter().zip(cells) {
                w.0[names.feature(b, c)] = parse_weight(value)
                    .ok_or_else(|| [base, ": not a weight: ", value].concat())?;
            }
        }
        Ok(w)
    }

    /// The weights as [`Weights::parse`] reads them, after `header` (comment lines): the
    /// base features with a weight other than 0.
    pub fn to_tsv(&self, header: &str, names: &Names) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        out.push_str("feature");
        for &c in names.contexts {
            out.push('\t');
            out.push_str(if c.is_empty() { ALONE } else { c });
        }
        out.push('\n');
        for (b, base) in names.base.iter().enumerate() {
            let row: Vec<i32> = (0..names.contexts.len())
                .map(|c| self.0[names.feature(b, c)])
                .collect();
            if row.iter().any(|&w| w != 0) {
                out.push_str(base);
                for w in row {
                    out.push_str(&format!("\t{w}"));
                }
                out.push('\n');
            }
        }
        out
    }

    pub fn score(&self, features: &[u16]) -> i64 {
        features
            .iter()
            .map(|&f| i64::from(self.0.get(usize::from(f)).copied().unwrap_or(0)))
            .sum()
    }

    /// The index of the best of the candidates' `features` (the first on ties).
    pub fn best<'f>(&self, features: impl IntoIterator<Item = &'f [u16]>) -> Option<usize> {
        let mut best: Option<(usize, i64)> = None;
        for (i, f) in features.into_iter().enumerate() {
            let s = self.score(f);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        best.map(|(i, _)| i)
    }
}

/// The committed weights of the file at `$path` (as `include_str!` reads it) for the names
/// `$names`, read on first use; none if they do not read.
macro_rules! builtin {
    ($path:literal, $names:expr) => {{
        static BUILTIN: std::sync::OnceLock<Option<Weights>> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| Weights::parse(include_str!($path), &$names).ok())
            .as_ref()
    }};
}
pub(crate) use builtin;

/// One decision to learn from: its candidates' features and which of them are right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    pub candidates: Vec<Vec<u16>>,
    pub gold: Vec<bool>,
}

/// How the perceptron learns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub epochs: usize,
    pub seed: u64,
    /// The weights are the mean of this many runs, with seeds `seed`, `seed + 1`, …: one
    /// run's weights move with the order it visits the examples in, and so do the scores
    /// (a few quotations of polnear_train either way).
    pub runs: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            epochs: 20,
            seed: 12,
            runs: 10,
        }
    }
}

/// How many hundredths a stored weight counts in.
const SCALE: i64 = 100;

/// The index of the best-scoring candidate of `ex` (the first on ties), or of its gold ones.
fn argmax(w: &[i64], ex: &Example, only_gold: bool) -> Option<usize> {
    let mut best: Option<(usize, i64)> = None;
    for (c, f) in ex.candidates.iter().enumerate() {
        if only_gold && !ex.gold[c] {
            continue;
        }
        let s: i64 = f.iter().map(|&i| w[usize::from(i)]).sum();
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((c, s));
        }
    }
    best.map(|(c, _)| c)
}

/// The mean, in hundredths rounded to the nearest, of [`train_once`] over `settings.runs`
/// seeds from `settings.seed`.
pub fn train(examples: &[Example], features: usize, settings: Settings) -> Weights {
    let runs = settings.runs.max(1);
    let mut sum = vec![0i64; features];
    for run in 0..runs {
        let seed = settings.seed.wrapping_add(run as u64);
        for (total, w) in sum
            .iter_mut()
            .zip(train_once(examples, features, seed, settings).0)
        {
            *total += i64::from(w);
        }
    }
    Weights(
        sum.iter()
            .map(|&total| rounded_ratio(total, runs as i64))
            .collect(),
    )
}

/// `numerator / denominator` (positive) rounded to the nearest, halves away from zero, as
/// a weight.
fn rounded_ratio(numerator: i64, denominator: i64) -> i32 {
    let rounded = if numerator >= 0 {
        (2 * numerator + denominator) / (2 * denominator)
    } else {
        -((-2 * numerator + denominator) / (2 * denominator))
    };
    rounded.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

/// An averaged perceptron over `examples` (visited in an order shuffled by `seed` each
/// epoch) with `features` weights: where the best-scoring candidate is not a gold one, the
/// best-scoring gold candidate's features gain 1 and the wrong one's lose 1. The weights
/// kept are the average over every step, in hundredths.
fn train_once(examples: &[Example], features: usize, seed: u64, settings: Settings) -> Weights {
    let mut w = vec![0i64; features];
    // Σ over updates of (step × change), to average without summing every step.
    let mut u = vec![0i64; features];
    let mut step: i64 = 1;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
    for _ in 0..settings.epochs {
        for i in (1..order.len()).rev() {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(i, ((rng >> 33) % (i as u64 + 1)) as usize);
        }
        for &x in &order {
            let ex = &examples[x];
            if let (Some(guess), Some(right)) = (argmax(&w, ex, false), argmax(&w, ex, true)) {
                if !ex.gold[guess] {
                    for &f in &ex.candidates[right] {
                        w[usize::from(f)] += 1;
                        u[usize::from(f)] += step;
                    }
                    for &f in &ex.candidates[guess] {
                        w[usize::from(f)] -= 1;
                        u[usize::from(f)] -= step;
                    }
                }
            }
            step += 1;
        }
    }
    // average = w - u / step, rounded to hundredths (to the nearest, halves away from zero)
    Weights(
        w.iter()
            .zip(&u)
            .map(|(&w, &u)| rounded_ratio((w * step - u) * SCALE, step))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: Names = Names {
        base: &["a", "b", "c"],
        contexts: &["", "x", "y"],
    };

    #[test]
    fn weights_read_as_str_parse_reads_them() {
        for text in ["0", "7", "-142", "2147483647", "-2147483647", "0012"] {
            assert_eq!(parse_weight(text), text.parse::<i32>().ok(), "{text}");
        }
        for text in ["", "-", "1.5", "+3", "12a", "2147483648", " 4"] {
            assert_eq!(parse_weight(text), None, "{text}");
        }
    }

    #[test]
    fn every_feature_name_reads_back_as_its_index() {
        for i in 0..NAMES.len() {
            assert_eq!(NAMES.index(&NAMES.name(i)), Some(i));
        }
        assert_eq!(NAMES.index("a@"), None);
        assert_eq!(NAMES.index("a@z"), None);
        assert_eq!(NAMES.index("d"), None);
        assert_eq!(NAMES.crossed(&[2, 0], &[1]), vec![0, 2, 3, 5]);
        assert_eq!(NAMES.crossed(&[1], &[1, 2]), vec![1, 4, 7]);
        assert_eq!(NAMES.crossed(&[1], &[0]), vec![1]);
    }

    #[test]
    fn weights_round_trip_through_text() {
        let mut w = Weights(vec![0; NAMES.len()]);
        w.0[3] = -120;
        w.0[NAMES.len() - 1] = 7;
        let text = w.to_tsv("a header\nof two lines", &NAMES);
        assert_eq!(Weights::parse(&text, &NAMES).unwrap(), w);
        let table = "# a comment\nfeature\talone\ty\nc\t-4\t9\n";
        let read = Weights::parse(table, &NAMES).unwrap();
        assert_eq!((read.0[2], read.0[8], read.0[5]), (-4, 9, 0));
        assert!(Weights::parse("feature\talone\nd\t3", &NAMES).is_err());
        assert!(Weights::parse("feature\tz\na\t3", &NAMES).is_err());
        assert!(Weights::parse("feature\talone\na\tx", &NAMES).is_err());
        assert!(Weights::parse("# only a comment", &NAMES).is_err());
    }

    #[test]
    fn training_learns_which_feature_marks_the_gold_and_is_deterministic() {
        // The gold always has feature 0, whatever its place.
        let ex = |first: bool| Example {
            candidates: if first {
                vec![vec![0, 4], vec![1]]
            } else {
                vec![vec![1, 4], vec![0]]
            },
            gold: vec![first, !first],
        };
        let examples = vec![ex(true), ex(false), ex(false), ex(true)];
        let w = train(&examples, NAMES.len(), Settings::default());
        assert!(w.score(&[0]) > w.score(&[1]));
        assert_eq!(w, train(&examples, NAMES.len(), Settings::default()));
    }
}
