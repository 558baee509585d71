# The two commands a newcomer types: `make serve` (build and serve the page) and `make test`
# (every test). Both install what is missing, idempotently (scripts/setup.sh).

SHELL := /bin/bash
PORT ?= 8000
# cargo-installed tools, then npm's binaryen 132 wasm-opt (wasm-pack takes the first on PATH;
# never Debian's binaryen, whose output fails at instantiation).
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PKG := www/pkg
# The wasm_bindgen_test suites, each run in headless Chromium: tests/browser*.rs.
# The WebAssembly features rustc emits for wasm32-unknown-unknown, for wasm-opt to keep.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals
BROWSER_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/browser*.rs))

# The package's compiler flags (only `make pkg`: what every reader downloads).
# - The size profile (`wasm-release`, opt-level "z") makes LLVM inline almost nothing: small hot
#   helpers (a token's text, its lower case, a word-list look-up) stay calls. A higher inlining
#   threshold buys the speed of opt-level "s" for part of its size. Measured in Chromium on
#   1 MB of news: `extract` took 145 ms at the default, 104 ms at 100 and 71 ms at 150
#   (opt-level "s": 73 ms), for 1.4 KB and 7.8 KB more gzip. Measured again later in Node
#   (V8, median of 15 on 1 MB): 137 ms at 100, 109 ms at 130, 89-93 ms at 140 and 88-91 ms
#   at 150, where 140 is 0.6 KB of gzip smaller: 140 it is.
# - No file, line and column for the places that may panic (`-Z location-detail=none`):
#   8.2 KB of gzip (238.8 against 247.0 KB, 2026-12-07) that no reader sees, since the panic
#   hook in src/wasm.rs reports the message alone. The flag is unstable: the stable compiler
#   is told to accept it (RUSTC_BOOTSTRAP=1) for this build only. A compiler that no longer
#   knows it (the probe below) builds the package without it rather than failing.
WASM_RUSTFLAGS := -C llvm-args=-inline-threshold=140
WASM_LEAN_FLAG := -Zlocation-detail=none
WASM_LEAN_OK := $(shell PATH="$(PATH)" RUSTC_BOOTSTRAP=1 rustc $(WASM_LEAN_FLAG) --print sysroot \
  >/dev/null 2>&1 && echo yes)
WASM_BUILD_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)$(if \
  $(WASM_LEAN_OK), $(WASM_LEAN_FLAG))"$(if $(WASM_LEAN_OK), RUSTC_BOOTSTRAP=1)

.PHONY: serve setup pkg test test-native lint test-browser e2e size bench package-crate train silver train-check \
	train-speakers train-speakers-check

# Build the package and serve the page on http://127.0.0.1:$(PORT)/.
serve: setup pkg
	@echo
	@echo "  Article highlighter: http://127.0.0.1:$(PORT)/   (embedding demo: /embed.html)"
	@echo
	python3 -m http.server --bind 127.0.0.1 $(PORT) -d www

setup:
	@scripts/setup.sh

# The npm package (wasm-pack --target web) in www/pkg, with the README for embedders.
pkg:
	$(WASM_BUILD_ENV) wasm-pack build --target web --profile wasm-release --mode no-install \
	  --out-dir $(PKG) --out-name article_highlighter
	@# wasm-pack's own wasm-opt pass is -O (it ignores settings for a custom profile). A second
	@# pass at -Oz is the smallest: 0.7 KB of gzip under -O2 (245.3 against 246.0 KB,
	@# 2026-12-06), and no slower measured in Chromium (1 MB: 853k and 908k words/s against
	@# 891k and 768k for -O2, two alternating rounds of `bench/browser.mjs --quick` on a busy
	@# machine). Earlier settings: -O2 (2026-12-05: as fast as -O3 and 2.1 KB smaller), -O3
	@# (2026-12-03, 6% faster than -O alone). `--converge` and `--gufa` gave nothing more.
	@# Merging functions that differ only in constants (hash tables of different types) saves
	@# 1.8 KB; the toolchain's "producers" section is 0.1 KB no reader needs.
	@# --low-memory-unused lets wasm-opt fold a small constant added to an address into the
	@# load's or store's offset (0.7 KB of gzip): the two differ only where the sum wraps
	@# around into the lowest kilobyte of memory, which holds nothing here but the deepest
	@# kilobyte of the stack (rustc places the 1 MB stack first, growing down towards 0), used
	@# only by a stack within 1 KB of overflowing (measured 2026-12-06: 245.6 against 246.2 KB).
	wasm-opt -Oz --merge-similar-functions --strip-producers --low-memory-unused $(WASM_FEATURES) $(PKG)/article_highlighter_bg.wasm -o $(PKG)/article_highlighter_bg.wasm
	@# Then flattened and its control flow rebuilt by the relooper (--flatten --rereloop), and
	@# -Oz twice more: 2.2 KB less gzip (245.4 against 247.6 KB, 2026-12-06).
	wasm-opt --flatten --rereloop -Oz -Oz --strip-target-features $(WASM_FEATURES) $(PKG)/article_highlighter_bg.wasm -o $(PKG)/article_highlighter_bg.wasm
	@# The glue's doc comments are also in the .d.ts, which keeps them for editors; minified
	@# (identifiers, whitespace, comments; exports keep their names) it is 3.7 KB gzip, not 5.4.
	esbuild $(PKG)/article_highlighter.js --minify --format=esm --log-level=warning \
	  --outfile=$(PKG)/article_highlighter.js --allow-overwrite
	@# The imports' names, wasm-bindgen's with a 16-digit hash each, made short in the wasm
	@# and the glue alike: 2.2 KB of gzip (1.2 KB the wasm, 1.0 KB the glue, 2026-12-06).
	node scripts/short_import_names.mjs $(PKG)
	cp docs/EMBEDDING.md $(PKG)/README.md
	@# The package embeds the word lists: their licences travel with it (see LICENSE).
	cp LICENSE $(PKG)/LICENSE
	cp NOTICE.md $(PKG)/NOTICE.md
	rm -rf $(PKG)/data && cp -r data $(PKG)/data
	@# The tagger's training records (its silver labels and the rules' frozen reading, 1 MB)
	@# are for `make train`, not for the package.
	rm -f $(PKG)/data/tagger/silver.tsv $(PKG)/data/tagger/rule_mentions.tsv
	node scripts/package_files.mjs $(PKG)
	@rm -f $(PKG)/.gitignore
	@wasm=$(PKG)/article_highlighter_bg.wasm; \
	  glue=$(PKG)/article_highlighter.js; \
	  echo "wasm: $$(stat -c %s $$wasm) bytes, $$(gzip -9c $$wasm | wc -c) gzipped; glue: $$(gzip -9c $$glue | wc -c) gzipped"

test: setup test-native lint test-browser pkg e2e package-crate

# Native Rust tests: unit tests per stage, the corpus regression floors, CLI tests.
test-native:
	cargo test --release

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib $(BROWSER_TESTS) -- -D warnings

# wasm_bindgen_test suites in headless Chromium (tests/browser*.rs; run_in_browser).
test-browser:
	wasm-pack test --headless --chrome --mode no-install --release -- $(BROWSER_TESTS)

# Playwright on Debian's Chromium against the built page; screenshots in test-artifacts/.
e2e:
	node --test e2e/

# Speed and size (not part of `make test`; see README "Speed and size"): divan over the corpus
# and large inputs natively, then the built package against compromise in headless Chromium.
bench: setup pkg
	cargo bench --bench extract
	node bench/browser.mjs

# The learned entity tagger's weights (data/tagger/model.bin, see data/tagger/README.md), from
# CoNLL-2003's training split and PolNeAR's training texts beside the checkout, with the
# committed silver labels of those texts (data/tagger/silver.tsv) and the committed reading of
# the mention rules, which the model's features read (data/tagger/rule_mentions.tsv);
# deterministic (tests/tagger.rs checks).
CORPUS ?= ../shared/corpus
train:
	cargo run --release --example train_tagger -- $(CORPUS)/conll_train $(CORPUS)/conll_dev \
	  --silver $(CORPUS)/polnear_train

# The silver labels and the rules' reading of every training text again, from the rules of
# today (then `make train`, and commit all three): only when the model should learn what the
# rules have learned since; a change to the rules does not otherwise retrain the model.
silver:
	cargo run --release --example train_tagger -- --silver $(CORPUS)/polnear_train \
	  --write-silver data/tagger/silver.tsv
	cargo run --release --example train_tagger -- $(CORPUS)/conll_train \
	  --silver $(CORPUS)/polnear_train --write-rules data/tagger/rule_mentions.tsv

# Are the committed weights what `make train` gives now? (After a change to the word lists or
# to the model's features they are not. Then `make train` and commit.)
train-check:
	cargo run --release --example train_tagger -- $(CORPUS)/conll_train $(CORPUS)/conll_dev \
	  --silver $(CORPUS)/polnear_train --out target/tagger-check.bin
	cmp target/tagger-check.bin data/tagger/model.bin && echo "train-check: the committed weights are reproduced"

# The speaker stage's learned weights, from PolNeAR's training split (the development split is
# only measured): the fallback for quotations the rules leave without a source
# (data/speaker_fallback/weights.tsv), then, with it deciding, the he/she ranker
# (data/speaker_ranker/weights.tsv); see their READMEs. Deterministic (tests/speaker_ranker.rs).
train-speakers:
	cargo run --release --example train_speakers -- $(CORPUS)/polnear_train $(CORPUS)/polnear_dev

# Are the committed ranker weights what `make train-speakers` gives now? (The candidates are
# read by the rules: after a change to them, `make train-speakers` and commit.)
train-speakers-check:
	cargo run --release --example train_speakers -- $(CORPUS)/polnear_train $(CORPUS)/polnear_dev \
	  --out target/speaker-ranker-check.tsv --out-fallback target/speaker-fallback-check.tsv
	cmp target/speaker-fallback-check.tsv data/speaker_fallback/weights.tsv && \
	cmp target/speaker-ranker-check.tsv data/speaker_ranker/weights.tsv && \
	  echo "train-speakers-check: the committed weights are reproduced"

# The crate as crates.io would get it: `cargo package` builds and tests-compiles the packaged
# sources on their own (no ../shared, no git checkout). --offline when the registry index is
# already cached, so a machine without network still checks it.
package-crate:
	cargo package --allow-dirty $$(cargo metadata --offline --format-version 1 >/dev/null 2>&1 && echo --offline)

# --- The Python package and the Spark example (python/, examples/spark/; issue 14) ---
# scripts/setup.sh makes .venv (maturin, pytest, pyspark: python/requirements-test.txt).
VENV := .venv
WHEELS := target/wheels
.PHONY: python test-python bench-python
test: test-python
bench: bench-python

# The wheel (maturin: release profile, `python` feature, one abi3 wheel for CPython ≥ 3.10),
# installed into .venv.
python: setup
	rm -rf $(WHEELS)
	$(VENV)/bin/maturin build --release --out $(WHEELS)
	$(VENV)/bin/pip install --force-reinstall --no-deps --quiet $(WHEELS)/*.whl

# pytest: the API on good and bad input, parity with the CLI, a fresh virtualenv, and the
# Spark example in local mode. The CLI is what the answers are compared with.
test-python: python
	cargo build --release
	$(VENV)/bin/python -m pytest

# The Python edge is compiled only with the `python` feature: lint it too.
lint: lint-python
.PHONY: lint-python
lint-python:
	cargo clippy --lib --features python -- -D warnings

# Python throughput: extract_many against spaCy + textacy on the same texts, then the Spark
# example over 10,000 articles checked against the CLI (bench/python.py).
bench-python: python
	cargo build --release
	@cmp -s python/requirements-bench.txt $(VENV)/installed-requirements-bench.txt || { \
	  $(VENV)/bin/pip install --quiet --progress-bar off -r python/requirements-bench.txt && \
	  cp python/requirements-bench.txt $(VENV)/installed-requirements-bench.txt; }
	$(VENV)/bin/python bench/python.py
