#!/usr/bin/env bash
# Makes a SYNTHETIC larger N-Quads file: the reference graphs (gazetteer, ontology, cameo) once, then
# COPIES copies of every article graph with the article, graph and event slugs suffixed -cNNN.
# The copies are duplicates of the same 16 articles, not new news: they only scale the store.
# usage: synth-copies.sh IN.nq OUT.nq [COPIES]
set -euo pipefail
in=$1 out=$2 copies=${3:-200}
grep -v '/graph/article/' "$in" > "$out"
grep '/graph/article/' "$in" > "$out.articles"
for ((i = 1; i <= copies; i++)); do
    sed -E "s#(/(graph|id)/article/[A-Za-z0-9_-]+)#\1-c$i#g; s#(/id/event/[A-Za-z0-9_-]+)#\1-c$i#g" "$out.articles"
done >> "$out"
rm "$out.articles"
echo "$(wc -l < "$out") quads in $out ($copies synthetic copies of $(grep -c '/graph/article/' "$in") article quads)"
