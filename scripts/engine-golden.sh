#!/usr/bin/env bash
# The engine's gate: every sample under every delivery model, plus the large scenario for a short
# run and a followed run, printed as --json with the timing fields removed. Two jars that keep the
# order of events give byte-identical output.
#   scripts/engine-golden.sh JAR OUTDIR        then  diff -r OUTDIR_A OUTDIR_B
set -euo pipefail
jar=$1; out=$2
mkdir -p "$out"
strip() { grep -v -E '"(wallSeconds|requestsPerSecond)"'; }
for f in samples/*.json; do
  name=$(basename "$f" .json)
  for m in pull push hybrid; do
    java -jar "$jar" simulate "$f" --model "$m" --json | strip > "$out/$name-$m.json"
  done
  java -jar "$jar" simulate "$f" --json --follow 30 | strip > "$out/$name-follow.json"
done
java -jar "$jar" simulate samples/large-cdn.json --duration 5s --json | strip > "$out/large-5s.json"
java -jar "$jar" simulate samples/large-cdn.json --duration 5s --set workload.objects=1000 --json | strip > "$out/large-1000.json"
