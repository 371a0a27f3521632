# SOC Ready. Run `make help` for the targets. Everything runs from the
# repository root; only Go is needed (make test installs Debian's chromium
# when run as root).

SHELL := /bin/bash
GO ?= go
ADDR ?= :8000
BASE ?=
DIST ?= dist
SUB_BASE ?= /socready
SUB_DIST ?= dist-sub
CHROMIUM ?= /usr/bin/chromium
CACHE := .cache
HELLO_DIST := $(CACHE)/hello-dist

WASM_FLAGS := -trimpath -ldflags="-s -w"
GO_SOURCES := $(shell find app questionnaires -path app/e2e -prune -o \( -name '*.go' -o -name '*.json' \) -print) go.mod go.sum
NATIVE_PKGS = $$($(GO) list ./... | grep -v '/app/e2e$$')

.PHONY: all help generate run build wasm dist dist-sub preview test vet unit fuzz wasm-check chromium e2e bench hello-dist lighthouse prof-dist startprof answerprof icons clean

all: build

help:
	@echo "make run        build and serve the app on http://localhost$(ADDR) (ADDR=:9000 to change)"
	@echo "make test       vet, unit tests, wasm compile check, then browser tests on dist/ and dist-sub/"
	@echo "make dist       static site in $(DIST)/ (BASE=/socready for a sub-path)"
	@echo "make preview    build and serve $(DIST)/ like a static host on $(PREVIEW_ADDR)"
	@echo "make fuzz       fuzz the share-link and file decoders (FUZZ=2000000x for longer)"
	@echo "make bench      wasm sizes, start-up time of every page against a bare go-app hello world, answer-to-render time; Go benchmarks"
	@echo "make lighthouse Lighthouse (mobile) on every page of $(DIST)/ beside the hello world (needs npx; not part of make test)"
	@echo "make startprof  profile the start of PAGE=/results (CPU=4 to slow it) with Go function names"
	@echo "make answerprof profile ANSWERS=60 answer clicks on /assess (CPU=4 to slow it) with Go function names"
	@echo "make icons      redraw the icons in web/"
	@echo "make fingerprints  hash the source articles for the originality test (SOURCES=../shared/sources)"

# --- build -------------------------------------------------------------------

build: wasm bin/socready

wasm: web/app.wasm web/app.wasm.br web/app.css

# The wasm starts from the questionnaires as Go data generated from the
# validated JSON (no decoding at start-up); the engine's tests fail if it is
# stale. libgen leaves an unchanged file alone.
LIBRARY_GEN := app/engine/library_gen.go
$(LIBRARY_GEN): $(shell find questionnaires -name '*.json') app/engine/librarysource.go app/internal/golit/golit.go
	$(GO) run ./app/internal/libgen

generate: $(LIBRARY_GEN)

# The wasm is built against go-app with our patches (app/internal/goapppatch):
# a patched copy in $(GOAPP_WORK) and a go.work used by this build alone. It
# fails if a patch no longer applies to the go-app version go.mod pins.
GOAPP_WORK := $(CACHE)/goapp
$(GOAPP_WORK)/go.work: go.mod go.sum $(wildcard app/internal/goapppatch/*)
	$(GO) run ./app/internal/goapppatch -out $(GOAPP_WORK)

# An unchanged wasm keeps its timestamp, so it is not compressed again.
web/app.wasm: $(GO_SOURCES) $(LIBRARY_GEN) $(GOAPP_WORK)/go.work
	GOWORK=$(CURDIR)/$(GOAPP_WORK)/go.work GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o $@.tmp ./app
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

# Precompressed siblings for static hosts (brotli q11 takes ~30 s).
web/app.wasm.br: web/app.wasm
	$(GO) run ./app/internal/precompress web/app.wasm

web/app.css: assets/app.css
	cp assets/app.css $@

bin/socready: $(GO_SOURCES)
	$(GO) build -trimpath -o $@ ./app

run: build
	./bin/socready -addr $(ADDR)

dist: build
	rm -rf $(DIST)
	./bin/socready -dist $(DIST) -base "$(BASE)"

dist-sub:
	$(MAKE) dist BASE=$(SUB_BASE) DIST=$(SUB_DIST)

# Serve the static build the way a static host does (PREVIEW_ADDR=:8001).
PREVIEW_ADDR ?= :8001
preview: dist
	./bin/socready preview -dir $(DIST) -base "$(BASE)" -addr $(PREVIEW_ADDR)

icons:
	$(GO) run ./app/internal/icongen -out web

# The originality test reads the fingerprints of the source articles, not
# the articles (they are copyrighted and not committed). Run this when
# ../shared/sources changes, and commit app/engine/testdata.
SOURCES ?= ../shared/sources
.PHONY: fingerprints
fingerprints:
	$(GO) run ./app/internal/fingerprint -sources $(SOURCES) -out app/engine/testdata/source-fingerprints.txt

# --- test --------------------------------------------------------------------

test: vet unit fuzz wasm-check chromium
	$(MAKE) dist
	$(MAKE) dist-sub
	$(MAKE) e2e

vet:
	@test -z "$$(gofmt -l app questionnaires)" || { echo "gofmt needed:"; gofmt -l app questionnaires; exit 1; }
	$(GO) vet ./...

# The share-link and file decoders meet untrusted input: fuzz them for a
# bounded number of inputs in every test run (FUZZ=2000000x for a long run).
# A count, not a duration: Go 1.26's fuzzer can fail spuriously when a
# duration ends (golang/go#75804).
FUZZ ?= 20000x
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeLink$$' -fuzztime $(FUZZ) ./app/share/
	$(GO) test -run '^$$' -fuzz '^FuzzImportJSON$$' -fuzztime $(FUZZ) ./app/share/

unit:
	$(GO) test -count=1 $(NATIVE_PKGS)

# The client code must compile for the browser (the real build is make wasm).
wasm-check:
	GOOS=js GOARCH=wasm $(GO) vet ./app ./app/ui/...

chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	  else \
	    echo "make test needs Chromium at $(CHROMIUM): install Debian's package 'chromium' (sudo apt-get install chromium)" >&2; \
	    exit 1; \
	  fi; \
	fi

e2e:
	SOCREADY_DIST=$(CURDIR)/$(DIST) SOCREADY_DIST_SUB=$(CURDIR)/$(SUB_DIST) SOCREADY_SUB_BASE=$(SUB_BASE) \
	  $(GO) test -count=1 -timeout 20m ./app/e2e

# --- measure -----------------------------------------------------------------

# A bare go-app hello world, built with the same flags, for comparison.
$(CACHE)/hello/app.wasm: app/internal/hello/main.go go.mod go.sum
	GOOS=js GOARCH=wasm $(GO) build $(WASM_FLAGS) -o $@ ./app/internal/hello
	$(GO) run ./app/internal/precompress $@

hello-dist: $(CACHE)/hello/app.wasm
	rm -rf $(HELLO_DIST)
	$(GO) run ./app/internal/hello -dist $(HELLO_DIST)
	cp web/icon* $(HELLO_DIST)/web/
	cp $(CACHE)/hello/app.wasm* $(HELLO_DIST)/web/

bench: chromium
	$(MAKE) dist
	$(MAKE) hello-dist
	$(GO) run ./app/internal/wasmsize -app $(DIST)/web/app.wasm -hello $(HELLO_DIST)/web/app.wasm
	SOCREADY_DIST=$(CURDIR)/$(DIST) SOCREADY_HELLO_DIST=$(CURDIR)/$(HELLO_DIST) \
	  $(GO) test -count=1 -run '^$$' -bench Mount -benchtime 5x ./app/e2e
	SOCREADY_DIST=$(CURDIR)/$(DIST) $(GO) test -count=1 -run '^$$' -bench Answer -benchtime 60x ./app/e2e
	$(GO) test -run '^$$' -bench . $(NATIVE_PKGS)

# Lighthouse (mobile) on every page of $(DIST)/, seeded with an assessment,
# beside the hello world, interleaved; the median of LH_RUNS runs per page.
# LH_MORE="before=/path/to/other/dist" adds builds to compare.
LH_RUNS ?= 5
LH_MORE ?=
LH_PAGES ?=
lighthouse: chromium
	$(MAKE) dist
	$(MAKE) hello-dist
	$(GO) run ./app/internal/lighthouse -runs $(LH_RUNS) -pages "$(LH_PAGES)" -root-only hello socready=$(DIST) $(LH_MORE) hello=$(HELLO_DIST)

clean:
	rm -rf bin $(DIST) $(SUB_DIST) $(CACHE) web/app.wasm web/app.wasm.br web/app.wasm.gz web/app.css

# A static build whose wasm keeps its function names, for the profilers
# below (the release wasm is stripped).
PROF_DIST := $(CACHE)/prof-dist
prof-dist: build
	rm -rf $(PROF_DIST)
	./bin/socready -dist $(PROF_DIST) -base ""
	GOWORK=$(CURDIR)/$(GOAPP_WORK)/go.work GOOS=js GOARCH=wasm $(GO) build -trimpath -o $(PROF_DIST)/web/app.wasm ./app
	rm -f $(PROF_DIST)/web/app.wasm.br $(PROF_DIST)/web/app.wasm.gz

# Where the main thread's time goes while PAGE starts (PAGE=/results CPU=1),
# profiled in Chromium.
PAGE ?= /results
CPU ?= 1
startprof: prof-dist
	$(GO) run ./app/internal/startprof -dir $(PROF_DIST) -page $(PAGE) -cpu $(CPU)

# Where the main thread's time goes while answers are clicked on /assess
# (ANSWERS=60 CPU=4), the same way.
ANSWERS ?= 60
answerprof: prof-dist
	$(GO) run ./app/internal/answerprof -dir $(PROF_DIST) -n $(ANSWERS) -cpu $(CPU)
