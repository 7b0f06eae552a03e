#!/usr/bin/env bash
# Saves a PNG of every office console page, as a 1366x768 municipal laptop shows it (and the whole
# page under full/): starts the demo server on its own SQLite file, logs in with headless Chromium.
# Then starts the demo as Dalfsen (the same code, Dalfsen's configuration file) and saves its
# monitoring pages under dalfsen/.
#   scripts/screenshots-office.sh [folder]        default folder: screenshots/office (not in git)
#   TREDE_SCREENSHOT_PORT=18090                   the port of the throwaway server (Dalfsen: one higher)
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/prerequisites.sh
# chromium-l10n: Debian's chromium shows date fields as mm/dd/yyyy without its Dutch language pack.
ensure_packages javac=openjdk-17-jdk-headless mvn=maven curl=curl chromium=chromium chromedriver=chromium-driver \
  '/usr/lib/chromium/locales/nl.pak=chromium-l10n' '/usr/share/fonts/truetype/dejavu=fonts-dejavu-core'

out=${1:-screenshots/office}
port=${TREDE_SCREENSHOT_PORT:-18090}
work=var/screenshots
rm -rf "$work" "$out" && mkdir -p "$work" "$out"  # no pictures left from an earlier walk

mvn -B -q -ntp -DskipTests install -pl server -am
mvn -B -q -ntp -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"

# Starts the demo as one municipality on its own SQLite file and port; waits until it answers.
start_demo() { # municipality port
  mkdir -p "$work/$1"
  start_server "$2" "$work/$1/server.log" -Dtrede.db.path="$work/$1/trede.db" -Dtrede.demo.enabled=true \
    -Dtrede.demo.municipality="$1" -Dtrede.office.two-factor=optional
}
shots() { # base folder [monitoring]
  java -cp "server/target/test-classes:server/target/classes:$(cat "$work/classpath.txt")" \
    nl.trede.server.office.OfficeScreenshots "$@"
}
trap 'kill $server 2>/dev/null || true' EXIT

start_demo overbetuwe "$port"
shots "http://localhost:$port" "$out"
kill $server; wait $server 2>/dev/null || true

start_demo dalfsen "$((port + 1))"
shots "http://localhost:$((port + 1))" "$out/dalfsen" monitoring
