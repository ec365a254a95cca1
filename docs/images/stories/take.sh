#!/usr/bin/env bash
# Takes the user guide's story pictures (docs/user-guide.md, "Stories on the map"): for each reference
# story (SPEC S7) a PNG of the map at the story's moment in both themes at 1440x900, and in the light
# theme a 10-second GIF from that moment. Each moment comes from `cdnx simulate FILE --events`.
# Needs xvfb-run; builds the app once (no install), then starts it with plain java for each picture. Look
# at every picture afterwards. Usage: docs/images/stories/take.sh [STORY...] (default: all of them).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=docs/images/stories
cp_file=$(mktemp)
mvn -q -pl app -am compile dependency:build-classpath -Dmdep.outputFile="$cp_file"
classpath="app/target/classes:$(cat "$cp_file")"

# one launch: the screenshot at --play-to, then (light theme only) the GIF from there
take() {
    local name=$1 theme=$2
    shift 2
    local gif=()
    if [[ $theme == light ]]; then
        # shellcheck disable=SC2206
        gif=(--export-gif "$out/$name.gif" $GIF_ARGS)
    fi
    # shellcheck disable=SC2068
    xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "$classpath" dev.cdnx.app.Main --no-recovery \
        --size 1440x900 --show trace --theme "$theme" --screenshot "$out/$name-$theme-1440.png" $@ ${gif[@]+"${gif[@]}"}
    if [[ $theme == light ]]; then
        under_2mb "$out/$name.gif"
    fi
}

# A busy map (patch-day: a hundred nodes and their misses) can make a GIF over 2 MB; such a GIF keeps every
# other frame, shown twice as long, so it still covers the same simulated time (needs ImageMagick).
under_2mb() {
    local gif=$1 frames
    if (($(stat -c %s "$gif") > 2000000)); then
        frames=$(mktemp -d)
        convert "$gif" -coalesce "$frames/f-%03d.png"
        # shellcheck disable=SC2046
        convert -delay 20 -loop 0 $(find "$frames" -name 'f-*.png' | sort | awk 'NR % 2 == 1') -layers Optimize "$gif"
        rm -r "$frames"
    fi
}

story() {
    local name=$1
    shift
    if [[ ${#only[@]} -eq 0 || " ${only[*]} " == *" $name "* ]]; then
        for theme in ${THEMES:-light dark}; do
            take "$name" "$theme" "$@"
        done
    fi
}

only=("$@")
# name                       scenario and moment                                   GIF: length and pace
GIF_ARGS="--gif-speed 0.3"   story single-request  --open samples/single-request.json --play-to 0.35
GIF_ARGS="--gif-speed 1"     story viral-shield    --open samples/viral-shield.json --play-to 61
GIF_ARGS="--gif-speed 1"     story viral-no-shield --open samples/viral-no-shield.json --play-to 61
GIF_ARGS="--gif-speed 1"     story regional-caches --open samples/regional-caches.json --play-to 61
GIF_ARGS="--gif-speed 1"     story thundering-herd --open samples/thundering-herd.json --play-to 3601
GIF_ARGS="--gif-speed 6"     story patch-day       --open samples/patch-day.json --play-to 610
GIF_ARGS="--gif-speed 3"     story cost-lever      --open samples/cost-lever.json --play-to 300 --counters all
GIF_ARGS="--gif-speed 3"     story query-fragmentation --open samples/query-fragmentation.json --play-to 300 --counters all
GIF_ARGS="--gif-speed 3"     story multi-cdn       --open samples/multi-cdn.json --play-to 365
GIF_ARGS="--gif-speed 3"     story personalized    --open samples/personalized.json --play-to 300 --counters all
