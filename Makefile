# The two commands of the README, and the steps they are made of.
#   make serve  install what is missing, build, render content/ into site/, preview it at
#               http://127.0.0.1:8080/ with live reload
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

# site/ is rendered first (deployable as is); a content error does not stop the preview, which
# shows it in the browser. The preview itself renders in memory and rebuilds on every save.
serve: build
	-./build/maillon build
	./build/maillon serve --port 8080 --bind 127.0.0.1

test: test-release test-sanitize

test-release: build test-deps
	MAILLON_REQUIRE_BROWSER=1 ctest --preset release -j 2

test-sanitize: test-deps
	@cmake --preset sanitize >/dev/null
	@cmake --build --preset sanitize
	MAILLON_REQUIRE_BROWSER=1 ctest --preset sanitize -j 2

clean:
	rm -rf build build-sanitize
