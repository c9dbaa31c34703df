#!/usr/bin/env bash
# Renders the HTML scorecard of `dx report --html` in headless Chromium and saves a screenshot, so that
# a person can look at the page as a browser shows it. Not part of the test suite: CI has no Chromium.
#
# Usage: scripts/render-report.sh [LANG [HTML [PNG]]]
#   LANG  vi or en (default vi)
#   HTML  where to write the page (default /tmp/report.html)
#   PNG   where to write the screenshot (default /tmp/report.png)
# Needs examples/target/dx.jar (./mvnw -q -DskipTests install) and Chromium (apt-get install -y chromium).
set -euo pipefail

lang="${1:-vi}"
html="${2:-/tmp/report.html}"
png="${3:-/tmp/report.png}"
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/examples/target/dx.jar"

if [ ! -f "$jar" ]; then
  echo "render-report: $jar not found; run ./mvnw -q -DskipTests install first" >&2
  exit 2
fi
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "render-report: no Chromium found; install it with apt-get install -y chromium" >&2
  exit 2
fi

java -jar "$jar" report --lang "$lang" --html "$html" > /dev/null
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --screenshot="$png" --window-size=1200,1600 "file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")" \
  2> "$profile/chromium.log" || { cat "$profile/chromium.log" >&2; exit 1; }
if [ ! -s "$png" ]; then
  echo "render-report: Chromium wrote no screenshot" >&2
  cat "$profile/chromium.log" >&2
  exit 1
fi
echo "$png"
