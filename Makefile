# crimegraph: `make demo` ingests the example article and renders its diagram;
# `make test` runs the tests. Both work on a fresh clone.
GO      ?= go
BIN     := bin/crimegraph
DEMO_DB := examples/out/demo.db

.PHONY: build test demo bench lint fuzz clean

build:
	$(GO) build -o $(BIN) ./cmd/crimegraph

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

demo: build
	rm -rf $(DEMO_DB)
	$(BIN) --db bolt:$(DEMO_DB) ingest examples/g7-ottawa.txt
	$(BIN) --db bolt:$(DEMO_DB) stats
	$(BIN) --db bolt:$(DEMO_DB) render --view convergence --format svg -o examples/out/convergence.svg
	$(BIN) --db bolt:$(DEMO_DB) render --view convergence --format dot -o examples/out/convergence.dot
	$(BIN) --db bolt:$(DEMO_DB) render --view ego --node Anandasangaree --depth 2 --format svg -o examples/out/ego-anandasangaree.svg
	$(BIN) --db bolt:$(DEMO_DB) render --view path --from Brunner --to terrorism --format svg -o examples/out/path-brunner-terrorism.svg
	$(BIN) --db bolt:$(DEMO_DB) render --view claims --about "organized crime" --format svg -o examples/out/claims-organized-crime.svg
	@echo "wrote examples/out/convergence.svg and the ego, path and claims views"

# the benchmark suite: side-by-side with cayley load/dump and Debian's dot,
# written into BENCHMARKS.md (BENCH_DOCS=N for the corpus size, BENCH_LARGE=1 for 100x)
bench:
	bash examples/bench/run.sh

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzExtract -fuzztime 30s ./loaders
	$(GO) test -run '^$$' -fuzz FuzzSplit -fuzztime 15s ./loaders

clean:
	rm -rf bin $(DEMO_DB)
