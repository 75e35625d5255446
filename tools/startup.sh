#!/usr/bin/env bash
# startup.sh — how long Downhill takes to show its first landscape, against a minimal JavaFX window.
#
# usage: tools/startup.sh [-n ROUNDS] [-j JAR] [NAME=COMMAND ...]
#   Runs, under one virtual X screen (Xvfb, 1600x1000), ROUNDS rounds (default 5) of: the minimal
#   window ("hello": a label in a 1280x720 scene, src/jmh/java/org/downhill/ui/HelloWindow.java,
#   from JAR, on the pipeline JavaFX picks by itself: without a GPU, its software pipeline), the
#   same window rendered as the app renders ("hello-es2": with the argument app-pipeline, OpenGL
#   ES2, which without a GPU is Mesa's software OpenGL, there through the uploading painter; see
#   RenderingSettings), "landscape" (the floor: the app's 2D view alone in such a scene, nothing
#   else of the window built, src/jmh/java/org/downhill/ui/LandscapeOnlyWindow.java), "downhill"
#   (java -jar JAR; JAR is target/downhill.jar unless -j says) and each NAME=COMMAND given (e.g.
#   image=target/installer/image/Downhill/bin/Downhill), interleaved, in that order.
#   Each run gets -Ddownhill.startupProbe=print (through JAVA_TOOL_OPTIONS) and a fresh, empty
#   downhill.home, so the app shows its first-launch scene. Landscape = from just before the
#   process is started to the moment printed by the app when the first frame that shows the
#   landscape (hello: its first frame) has been rendered; complete = the same for the first frame
#   of the whole window (the app fills in its controls right after the landscape); CPU = the
#   processor time the process had used by the landscape's frame, as the app reports it with the
#   moment (user + system, all threads: less sensitive than the time to other load on the
#   machine); RSS = the process's resident memory 3 s after the whole window was shown.
#   Prints every run, then the medians and their ratios to hello's. Needs target/downhill.jar
#   (mvn -DskipTests package) and Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=5
jar=target/downhill.jar
while getopts "n:j:" o; do
  case $o in
    n) rounds=$OPTARG ;;
    j) jar=$OPTARG ;;
    *) sed -n '2,23p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ -f "$jar" ] || { echo "startup.sh: $jar is missing: run mvn -DskipTests package first" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "startup.sh: Xvfb is missing (apt-get install xvfb)" >&2; exit 2; }

work=$(mktemp -d /tmp/downhill-startup.XXXXXX)
javac -d "$work/classes" -cp "$jar" src/jmh/java/org/downhill/ui/HelloWindow.java \
  src/jmh/java/org/downhill/ui/LandscapeOnlyWindow.java

names=(hello hello-es2 landscape downhill)
commands=("java -cp $work/classes:$jar org.downhill.ui.HelloWindow"
  "java -cp $work/classes:$jar org.downhill.ui.HelloWindow app-pipeline"
  "java -cp $work/classes:$jar org.downhill.ui.LandscapeOnlyWindow" "java -jar $jar")
for spec in "$@"; do
  names+=("${spec%%=*}")
  commands+=("${spec#*=}")
done

disp=""
for n in $(seq 150 199); do
  if [ ! -e /tmp/.X$n-lock ] && [ ! -e /tmp/.X11-unix/X$n ]; then disp=$n; break; fi
done
[ -n "$disp" ] || { echo "startup.sh: no free display number" >&2; exit 3; }
Xvfb ":$disp" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
sleep 1

# Waits for a line "<marker> <epoch ms> <processor ms>" from the app and prints its two numbers, or
# nothing if the app exits first. It reads the file with shell builtins and wakes ten times a
# second: the app prints its own moments, so the wait needs no precision, and a busier wait would
# take processor time from the start it measures (on 2 cores, a poll that forks a few processes
# every 20 ms did so measurably).
await() {
  local marker=$1 out=$2 line
  for _ in $(seq 1 600); do
    while IFS= read -r line; do
      if [[ $line == "$marker "* ]]; then
        echo "${line#"$marker "}"
        return
      fi
    done <"$out"
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
  done
}

# One run: prints "<ms to the landscape> <ms to the whole window> <CPU ms by the landscape> <RSS in MiB>".
measure() {
  local command=$1 home out start landscape complete cpu rss
  home=$(mktemp -d "$work/home.XXXXXX")
  out="$home.out"
  start=$(date +%s%3N)
  DISPLAY=":$disp" JAVA_TOOL_OPTIONS="-Ddownhill.startupProbe=print -Ddownhill.home=$home" \
    $command >"$out" 2>"$home.err" &
  app_pid=$!
  read -r landscape cpu < <(await downhill.firstFrame "$out")
  read -r complete _ < <(await downhill.complete "$out")
  if [ -z "$landscape" ] || [ -z "$complete" ]; then
    echo "startup.sh: no first frame from: $command (see below)" >&2
    cat "$home.err" >&2
    exit 1
  fi
  sleep 3
  rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  echo "$((landscape - start)) $((complete - start)) $cpu $rss"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min), $(nproc) cores"
declare -A lands wholes cpus rsses
for round in $(seq 1 "$rounds"); do
  for i in "${!names[@]}"; do
    name=${names[$i]}
    read -r land whole cpu rss < <(measure "${commands[$i]}")
    printf 'round %d  %-10s landscape %6d ms  complete %6d ms  CPU %6d ms  %4d MiB\n' \
      "$round" "$name" "$land" "$whole" "$cpu" "$rss"
    lands[$name]+="$land "
    wholes[$name]+="$whole "
    cpus[$name]+="$cpu "
    rsses[$name]+="$rss "
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '\n%-10s %15s %6s %14s %6s %9s %6s %10s %6s\n' medians "landscape (ms)" ratio "complete (ms)" ratio \
  "CPU (ms)" ratio "RSS (MiB)" ratio
for name in "${names[@]}"; do
  row=""
  for series in lands wholes cpus rsses; do
    declare -n values=$series
    value=$(echo "${values[$name]}" | median)
    reference=$(echo "${values[hello]}" | median)
    row+=$(printf ' %14s %6s' "$value" "$(ratio "$value" "$reference")")
  done
  printf '%-10s%s\n' "$name" "$row"
done
