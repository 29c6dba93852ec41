#!/usr/bin/env bash
# The benchmark suite behind `make bench`: builds crimegraph and Cayley's CLI
# (in a scratch module in a temp dir, never committed), generates a
# deterministic synthetic corpus, measures extraction, ingest, path queries,
# rendering, export and memory side by side with the references, prints one
# table and writes it into BENCHMARKS.md.
#
#   BENCH_DOCS   documents in the base corpus (default 2000; 10x is also ingested for memory)
#   BENCH_LARGE  set to 1 to add a 100x ingest for memory
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
docs=${BENCH_DOCS:-2000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin="$root/bin/crimegraph"
go build -o "$bin" ./cmd/crimegraph

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2-$1:.3f}')"; }
rss() { # peak resident KiB of a command
	/usr/bin/time -f '%M' -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/stderr" || { cat "$tmp/stderr"; return 1; }
	cat "$tmp/rss"
}
rows=()
row() { rows+=("| $1 | $2 | $3 | $4 |"); printf '%-48s %-22s %-22s %s\n' "$1" "$2" "$3" "$4"; }

echo "== corpus: $docs documents (seed 1)"
"$bin" generate --docs "$docs" --seed 1 -o "$tmp/corpus.jsonl"
"$bin" generate --docs $((docs * 10)) --seed 1 -o "$tmp/corpus10.jsonl"

echo "== extraction"
go test ./loaders -run '^$' -bench 'BenchmarkExtract' -benchtime 2s > "$tmp/extract.txt"
one=$(awk '/BenchmarkExtract-/{for(i=1;i<=NF;i++) if($(i+1)=="sentences/s") print $i}' "$tmp/extract.txt")
all=$(awk '/BenchmarkExtractParallel-/{for(i=1;i<=NF;i++) if($(i+1)=="sentences/s") print $i}' "$tmp/extract.txt")
t0=$(now); "$bin" extract --format jsonl "$tmp/corpus.jsonl" > /dev/null 2>&1 || true; t1=$(now)
row "extraction, sentences/s (Go benchmark)" "1 core: ${one%.*}" "all cores: ${all%.*}" "target ≥ 50,000 per core"

echo "== ingest vs cayley load"
# Cayley's CLI registers only the old boltdb backend ("bolt"): its kv/all
# imports run before bbolt registers. Its load and dump use that one.
cayley=""
if [ -n "${CAYLEY:-}" ] && [ -x "$CAYLEY" ]; then cayley=$CAYLEY; else
	mkdir -p "$tmp/cayleybuild" && cd "$tmp/cayleybuild"
	printf 'module cayleybuild\n\ngo 1.26\n\nrequire github.com/cayleygraph/cayley v0.7.7-0.20240706181042-81dcd7d73e45\n' > go.mod
	printf '//go:build tools\npackage tools\n\nimport _ "github.com/cayleygraph/cayley/cmd/cayley"\n' > tools.go
	if go mod tidy >/dev/null 2>&1 && go build -o "$tmp/cayley" github.com/cayleygraph/cayley/cmd/cayley >/dev/null 2>&1; then cayley="$tmp/cayley"; fi
	cd "$root"
fi
t0=$(now); "$bin" --db "bolt:$tmp/ingest.db" ingest --format json "$tmp/corpus.jsonl" > "$tmp/ingest.json"; t1=$(now)
ingest_s=$(secs "$t0" "$t1")
"$bin" --db "bolt:$tmp/ingest.db" export --format nquads -o "$tmp/ingest.nq"
quads=$(wc -l < "$tmp/ingest.nq")
if [ -n "$cayley" ]; then
	t0=$(now); "$cayley" load --db bolt --dbpath "$tmp/cayley.db" --init -i "$tmp/ingest.nq" >/dev/null 2>&1; t1=$(now)
	load_s=$(secs "$t0" "$t1")
	row "ingest (read, extract, write) vs cayley load" "crimegraph ${ingest_s}s" "cayley load ${load_s}s" "ratio $(python3 -c "print(f'{$ingest_s/$load_s:.2f}')") ($quads quads)"
	t0=$(now); "$bin" --db "bolt:$tmp/ingest.db" export --format nquads -o /dev/null; t1=$(now); ex_s=$(secs "$t0" "$t1")
	t0=$(now); "$cayley" dump --db bolt --dbpath "$tmp/cayley.db" -o "$tmp/dump.nq" >/dev/null 2>&1; t1=$(now); dump_s=$(secs "$t0" "$t1")
	row "export --format nquads vs cayley dump" "crimegraph ${ex_s}s" "cayley dump ${dump_s}s" "ratio $(python3 -c "print(f'{$ex_s/$dump_s:.2f}')")"
else
	row "ingest (read, extract, write)" "crimegraph ${ingest_s}s" "cayley: could not build" "$quads quads"
fi

echo "== path queries (1M quads, warm)"
go test ./graph -run '^$' -bench 'BenchmarkPathQuery$' -benchtime 300x -timeout 60m > "$tmp/path.txt"
med=$(awk '/BenchmarkPathQuery/{for(i=1;i<=NF;i++) if($(i+1)=="median-ms") print $i}' "$tmp/path.txt")
p99=$(awk '/BenchmarkPathQuery/{for(i=1;i<=NF;i++) if($(i+1)=="p99-ms") print $i}' "$tmp/path.txt")
go test ./graph -run '^$' -bench 'BenchmarkPathGizmo$' -benchtime 5x -timeout 60m > "$tmp/gizmo.txt" || true
gmed=$(awk '/BenchmarkPathGizmo/{for(i=1;i<=NF;i++) if($(i+1)=="median-ms") print $i}' "$tmp/gizmo.txt")
row "path query median / p99 (ms)" "crimegraph $med / $p99" "Gizmo 2-hop meet ${gmed:-n/a}" "target median < 20 ms"

echo "== render"
"$bin" --db "bolt:$tmp/ingest.db" render --view convergence --format dot -o "$tmp/conv.dot"
t0=$(now); for i in 1 2 3 4 5; do "$bin" --db "bolt:$tmp/ingest.db" render --view convergence --format svg -o /dev/null; done; t1=$(now)
r_s=$(python3 -c "print(f'{($t1-$t0)/5*1000:.0f}')")
if command -v dot >/dev/null; then
	t0=$(now); for i in 1 2 3 4 5; do dot -Kcirco -Tsvg "$tmp/conv.dot" >/dev/null; done; t1=$(now)
	d_s=$(python3 -c "print(f'{($t1-$t0)/5*1000:.0f}')")
else d_s="n/a"; fi
row "render convergence, whole command (ms)" "crimegraph ${r_s}" "Debian dot on the DOT: ${d_s}" "target < 300 ms"
go test ./graph/render -run '^$' -bench 'Ego' -benchtime 3x > "$tmp/render.txt" || true
e1=$(awk '/BenchmarkEgoRender1000/{print int($3/1e6)}' "$tmp/render.txt"); e2=$(awk '/BenchmarkSystemDotEgo1000/{print int($3/1e6)}' "$tmp/render.txt")
row "render 1,000-node ego view (ms)" "go-graphviz ${e1:-n/a}" "Debian dot ${e2:-n/a}" ""

echo "== memory"
m1=$(rss "$bin" --db "bolt:$tmp/m1.db" ingest "$tmp/corpus.jsonl")
m10=$(rss "$bin" --db "bolt:$tmp/m10.db" ingest "$tmp/corpus10.jsonl")
extra=""
if [ "${BENCH_LARGE:-}" = 1 ]; then
	"$bin" generate --docs $((docs * 100)) --seed 1 -o "$tmp/corpus100.jsonl"
	m100=$(rss "$bin" --db "bolt:$tmp/m100.db" ingest "$tmp/corpus100.jsonl"); extra=", 100x $((m100 / 1024)) MB"
fi
row "peak RSS of ingest (MB)" "1x ($docs docs) $((m1 / 1024))" "10x $((m10 / 1024))$extra" "target < 512 MB"

table=$(printf '%s\n' "| measure | crimegraph | reference | note |" "|---|---|---|---|" "${rows[@]}")
{
	echo ""
	echo "## Suite (make bench)"
	echo ""
	echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sm), $(go version | awk '{print $3}'). Date: $(date -u +%Y-%m-%d)."
	echo "Command: \`make bench\` (\`BENCH_DOCS=$docs\`; corpus: \`crimegraph generate --docs $docs --seed 1\`)."
	echo ""
	echo "$table"
} > "$tmp/section.md"
python3 - "$root/BENCHMARKS.md" "$tmp/section.md" <<'PY'
import sys
path, sec = sys.argv[1], open(sys.argv[2]).read()
text = open(path).read()
i = text.find("\n## Suite (make bench)")
if i >= 0:
    j = text.find("\n## ", i + 5)
    text = text[:i] + (text[j:] if j >= 0 else "")
open(path, "w").write(text.rstrip("\n") + "\n" + sec)
PY
echo "== written into BENCHMARKS.md"
