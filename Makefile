# The two commands a newcomer types: `make serve` (build and serve the page) and `make test`
# (every test). Both install what is missing, idempotently.

.PHONY: test test-native lint

test: test-native

# Native Rust tests: unit tests per stage, the corpus regression floors, CLI tests.
test-native:
	cargo test --release

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
