# Alliance Explorer — every task from a fresh Debian machine.
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080
#   make test    install what is missing, run every test (native, wasm, browser)
#   make dist    release build into dist/
#   make fuzz    the property tests with 10,000 cases each (hostile input)
#   make bench   browser and native benchmarks on the real and the 10× corpus, sizes → docs/bench/, docs/speed.md

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must not touch the network: dependencies are fetched once by `cargo fetch`.
TRUNK := CARGO_NET_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true trunk
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 CARGO_PROFILE_DEV_DEBUG=0

# Hostile input: every property test (URL state, search normaliser, sorting, the lesson
# parser) run 10,000 times each instead of `make test`'s 256 (64 for the lessons).
fuzz: tools fetch
	PROPTEST_CASES=10000 cargo test --release -p explorer-core --lib
	PROPTEST_CASES=10000 cargo test --release -p corpus-compiler --test lessons_prop

.PHONY: fuzz serve test dist dist-other dist-ja bench tools tools-browser fetch lint test-native test-wasm test-browser test-size check-corpus coverage

tools:
	scripts/ensure-tools.sh

tools-browser:
	scripts/ensure-tools.sh --browser

fetch:
	cargo fetch --locked

# No service worker while serving: its cache would hide each rebuild until every tab closed.
serve: tools fetch
	NO_SERVICE_WORKER=1 $(TRUNK) serve --release

dist: tools fetch
	$(TRUNK) build --release

# The explorer over a second, tiny corpus on another topic, for the test that the page
# names its own corpus only. A debug build in a target dir of its own, so it neither
# waits for a release build nor invalidates the real one.
dist-other: tools fetch
	CORPUS_DIR=$(CURDIR)/tests/fixtures/other-corpus CARGO_TARGET_DIR=$(CURDIR)/target/other \
		CARGO_PROFILE_DEV_DEBUG=0 $(TRUNK) build --dist target/dist-other

# The explorer over a small corpus written in Japanese, for the test that it names
# itself in Japanese and finds words inside unspaced text (e2e/ja-corpus.test.mjs).
# Built like dist-other, in a target dir of its own.
dist-ja: tools fetch
	CORPUS_DIR=$(CURDIR)/tests/fixtures/ja-corpus CARGO_TARGET_DIR=$(CURDIR)/target/ja \
		CARGO_PROFILE_DEV_DEBUG=0 $(TRUNK) build --dist target/dist-ja

bench: dist tools-browser
	scripts/bench.sh

check-corpus:
	cargo run -q -p corpus-compiler -- check seeds
	cargo run -q -p corpus-compiler -- coverage seeds
	cargo run -q -p corpus-compiler -- names seeds

coverage:
	cargo run -q -p corpus-compiler -- coverage seeds --markdown
	@echo
	cargo run -q -p corpus-compiler -- names seeds --markdown

lint: tools fetch
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p alliance-explorer --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p alliance-explorer --features open --lib --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p exporter --all-targets -- -D warnings

test-native: tools fetch
	cargo test --workspace
	# The patched renderer's own tests (patches/README.md).
	cargo test -p tachys --lib diff_tests

test-wasm: tools-browser fetch
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown -p alliance-explorer --test wasm

test-browser: tools-browser dist dist-other dist-ja
	node --test --test-concurrency=1 e2e/

# The first load must stay under the ceiling in scripts/size-ceiling.
test-size: tools-browser dist
	scripts/size.sh check dist

test: lint test-native test-wasm test-browser test-size
	@echo "make test: all suites passed"
