#!/usr/bin/env bash
# Retakes the user guide's pictures of the main window (the lessons and panel previews are made by their
# own preview programs). Run from the repository root after `mvn -q -DskipTests install`; needs xvfb-run.
# One picture at a time, about a minute each. Look at every picture afterwards: a busy host can stop a
# --play-to run a little late (the thundering herd is only visible for a few seconds after 3,600 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/images

shot() {
    local name=$1
    shift
    xvfb-run -a -s "-screen 0 2600x1500x24" mvn -q javafx:run \
        -Djavafx.args="--screenshot $out/$name.png --no-recovery $*"
}

shot main-window             --open samples/hello-cdn.json --show metrics --play-to 40
shot editor-dark             --open samples/hello-cdn.json --show metrics --theme dark
shot editor-regional-caches  --open samples/regional-caches.json --show metrics
shot app-live-run-light      --open samples/viral-shield.json --show metrics --play-to 72
shot app-live-run-dark       --open samples/viral-shield.json --show metrics --play-to 72 --theme dark
shot app-live-run-herd       --open samples/thundering-herd.json --show metrics --play-to 3600
shot app-decision-light      --open samples/patch-day.json --show decision
shot app-decision-dark       --open samples/patch-day.json --show decision --theme dark
shot app-cost-light          --open samples/cost-lever.json --show cost
shot app-cost-dark           --open samples/cost-lever.json --show cost --theme dark
shot app-checks-light        --open samples/personalized.json --show checks --play-to 600
shot app-checks-dark         --open samples/personalized.json --show checks --play-to 600 --theme dark
shot app-compare-light       --open samples/hello-cdn.json --show compare --demo
shot app-compare-dark        --open samples/hello-cdn.json --show compare --demo --theme dark
shot app-lessons-light       --open samples/single-request.json --show lessons

# The window at three sizes and each bottom panel at the smallest size, light and dark (user guide, "The window").
for theme in light dark; do
    for size in 1024x700 1440x900 2560x1440; do
        shot window-$size-$theme --size $size --open samples/hello-cdn.json --show metrics --theme $theme
    done
    shot panel-cost-1024-$theme      --size 1024x700 --open samples/cost-lever.json --show cost --theme $theme
    shot panel-compare-1024-$theme   --size 1024x700 --open samples/hello-cdn.json --show compare --theme $theme
    shot panel-decision-1024-$theme  --size 1024x700 --open samples/patch-day.json --show decision --theme $theme
    shot panel-checks-1024-$theme    --size 1024x700 --open samples/personalized.json --show checks --play-to 600 --theme $theme
    shot panel-traffic-1024-$theme   --size 1024x700 --open samples/hello-cdn.json --show traffic --theme $theme
    shot panel-lessons-1024-$theme   --size 1024x700 --open samples/single-request.json --show lessons --theme $theme
done
# find-box-light/-dark: the app at --size 1440x900 under Xvfb, then Ctrl+F and "edlon" typed with xdotool and
# the window grabbed with ImageMagick's import (there is no command-line option that opens the Find box).
