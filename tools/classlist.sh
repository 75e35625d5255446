#!/usr/bin/env bash
# classlist.sh — record the classes Downhill loads until its whole window is shown, into
# src/installer/downhill.classlist, from which the Linux app image and .deb make their application
# class-data archive (pom.xml, profile installer; docs/performance.md, Start-up).
#
# usage: tools/classlist.sh [JAR]   (JAR: target/downhill.jar unless given)
#   Starts the app once under a virtual X screen with a fresh downhill.home (its first-launch
#   scene) and -XX:DumpLoadedClassList; the app exits after the first frame of its whole window.
#   Run it after changes that load other classes at start and commit the list: a stale list is
#   harmless (classes it names that no longer exist are skipped, new ones load from the jar), it
#   only makes the start a little slower. Needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/downhill.jar}
[ -f "$jar" ] || { echo "classlist.sh: $jar is missing: run mvn -DskipTests package first" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "classlist.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
list=src/installer/downhill.classlist
JAVA_TOOL_OPTIONS="-Ddownhill.startupProbe=exit -Ddownhill.home=$home" \
  xvfb-run -a -s '-screen 0 1280x800x24' java -XX:DumpLoadedClassList="$list" -jar "$jar" >/dev/null
echo "$list: $(grep -vc '^[#@]' "$list") classes, $(grep -c '^@lambda-proxy' "$list") lambdas"
