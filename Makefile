# The two commands of the README, and the steps they are made of.
#   make serve  install what is missing, build, render content/ into site/, preview it at
#               http://127.0.0.1:8080/ with live reload
#   make test   install what is missing, build, run every test (release with a minute of fuzzing,
#               then sanitizers)
#   make bench  install Hugo, cmark-gfm and time, build, run the benchmark (bench/run.sh; SIZES= and
#               RUNS= choose the corpus sizes and the number of runs) and write bench/RESULTS.md

.PHONY: all deps test-deps bench-deps build fuzz-build site serve test test-release test-sanitize bench clean

all: build

deps:
	@./tools/install-deps.sh

# What only the tests need (Chromium, Node.js modules, Java, Python parsers): not `make serve`.
test-deps: deps
	@./tools/install-deps.sh --test

# What only the benchmark needs: Hugo and cmark-gfm to compare with, GNU time for peak memory.
bench-deps: deps
	@./tools/install-deps.sh --bench

build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release

site: build
	./build/maillon build

# site/ is rendered first (deployable as is); a content error does not stop the preview, which
# shows it in the browser. The preview itself renders in memory and rebuilds on every save.
serve: build
	-./build/maillon build
	./build/maillon serve --port 8080 --bind 127.0.0.1

test: test-release test-sanitize

# The libFuzzer targets (clang, tests/fuzz/): the fuzz test builds them too when they are out of
# date; built here, the test's time goes to fuzzing.
fuzz-build: test-deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz

test-release: build test-deps fuzz-build
	MAILLON_REQUIRE_BROWSER=1 ctest --preset release -j 2

test-sanitize: test-deps
	@cmake --preset sanitize >/dev/null
	@cmake --build --preset sanitize
	MAILLON_REQUIRE_BROWSER=1 ctest --preset sanitize -j 2

# Takes minutes: see bench/README.md. Example: make bench SIZES="1000 10000 100000" RUNS=3
bench: bench-deps build
	./bench/run.sh ./build/maillon

clean:
	rm -rf build build-sanitize build-fuzz
