#!/usr/bin/env bash
# Saves a PNG of every office console page, as a 1366x768 municipal laptop shows it (and the whole
# page under full/): starts the demo server on its own SQLite file, logs in with headless Chromium.
#   scripts/screenshots-office.sh [folder]        default folder: screenshots/office (not in git)
#   TREDE_SCREENSHOT_PORT=18090                   the port of the throwaway server
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/prerequisites.sh
# chromium-l10n: Debian's chromium shows date fields as mm/dd/yyyy without its Dutch language pack.
ensure_packages javac=openjdk-17-jdk-headless mvn=maven curl=curl chromium=chromium chromedriver=chromium-driver \
  '/usr/lib/chromium/locales/nl.pak=chromium-l10n' '/usr/share/fonts/truetype/dejavu=fonts-dejavu-core'

out=${1:-screenshots/office}
port=${TREDE_SCREENSHOT_PORT:-18090}
work=var/screenshots
rm -rf "$work" && mkdir -p "$work" "$out"

mvn -B -q -ntp -DskipTests install -pl server -am
mvn -B -q -ntp -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/classpath.txt"

java -Dmicronaut.server.port="$port" -Dtrede.db.path="$work/trede.db" -Dtrede.demo.enabled=true \
  -jar server/target/trede-server-0.1.0-SNAPSHOT.jar > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/health" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done

java -cp "server/target/test-classes:server/target/classes:$(cat "$work/classpath.txt")" \
  nl.trede.server.office.OfficeScreenshots "http://localhost:$port" "$out"
