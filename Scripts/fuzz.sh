#!/usr/bin/env bash
# Fuzz pressroom's parser or query parser with libFuzzer (and AddressSanitizer) for a given time.
#   Scripts/fuzz.sh parser|query [SECONDS] [extra libFuzzer flags]
# The seed corpus: the dev releases and the bundled demos (parser), the README's query examples (query).
# Findings land in Fuzz/findings/; each one becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:?parser or query}; seconds=${2:-60}; shift $(( $# >= 2 ? 2 : 1 ))
case "$which" in parser) target=FuzzParser ;; query) target=FuzzQuery ;; *) echo "parser or query" >&2; exit 2 ;; esac
# SwiftPM compiles the target; its link step aliases `main` to the target's own, which a libFuzzer program
# does not have (libFuzzer's runtime brings `main`), so the program is linked here instead.
dir=.build-fuzz/x86_64-unknown-linux-gnu/debug
swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$target" >/dev/null 2>&1 || true
[ -f "$dir/$target.product/Objects.LinkFileList" ] || { echo "fuzz: the $target build failed" >&2; exit 1; }
swiftc -L "$dir" -o "$dir/$target-fuzzer" -module-name "$target" -emit-executable -Xlinker '-rpath=$ORIGIN' \
  @"$dir/$target.product/Objects.LinkFileList" -sanitize=fuzzer,address -use-ld=lld 2>&1 | grep -v warning >&2 || true
seeds=.build-fuzz/seeds-$which; mkdir -p "$seeds" Fuzz/findings
if [ "$which" = parser ]; then
  for f in Resources/releases/* ../shared/corpus/dev/releases/*.txt ../shared/corpus/dev/releases/*.md; do
    [ -f "$f" ] && cp "$f" "$seeds/" ; done
else
  i=0
  grep -o '`[^`]*`' README.md | tr -d '`' | while read -r q; do i=$((i+1)); printf '%s' "$q" > "$seeds/q$i"; done
fi
corpus=.build-fuzz/corpus-$which; mkdir -p "$corpus"
exec "$dir/$target-fuzzer" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=65536 \
  -artifact_prefix=Fuzz/findings/"$which"- -print_final_stats=1 "$@"
