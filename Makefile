# The two commands of the README, and the steps they are made of.
#   make serve  install what is missing, build, render content/ into site/ and preview it
#   make test   install what is missing, build, run every test (release, then sanitizers)

.PHONY: all deps test-deps build site serve test test-release test-sanitize clean

all: build

deps:
	@./tools/install-deps.sh

# What only the tests need (Chromium, Node.js modules, Java, Python parsers): not `make serve`.
test-deps: deps
	@./tools/install-deps.sh --test

build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release

site: build
	./build/maillon build

serve: site
	@echo "The site is in site/ (open site/index.html). The live preview server arrives with 'maillon serve'."

test: test-release test-sanitize

test-release: build test-deps
	MAILLON_REQUIRE_BROWSER=1 ctest --preset release -j 2

test-sanitize: test-deps
	@cmake --preset sanitize >/dev/null
	@cmake --build --preset sanitize
	MAILLON_REQUIRE_BROWSER=1 ctest --preset sanitize -j 2

clean:
	rm -rf build build-sanitize
