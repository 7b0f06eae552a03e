#!/usr/bin/env bash
# Runs Trede: builds it, starts the server on its embedded SQLite with the demo municipalities,
# and opens the field app logged in as a participation coach. Stop with Ctrl+C.
#   ./demo.sh --server-only                     only the server and the office console (no display needed)
#   TREDE_USER=jobcoach1 ./demo.sh              log in as another demo user (see README)
#   TREDE_MUNICIPALITY=dalfsen ./demo.sh        start as another municipality: overbetuwe (default),
#                                               lansingerland, dalfsen or wijchen; each keeps its own
#                                               server database and device stores under var/
set -euo pipefail
cd "$(dirname "$0")"

server_only=false
case "${1:-}" in
  --server-only) server_only=true ;;
  "") ;;
  *) echo "usage: ./demo.sh [--server-only]" >&2; exit 2 ;;
esac

source scripts/prerequisites.sh
ensure_packages javac=openjdk-17-jdk-headless mvn=maven curl=curl
$server_only || ensure_packages '/usr/lib/*/libgtk-3.so.0=libgtk-3-0' '/usr/share/fonts/truetype/dejavu=fonts-dejavu-core'

port=${TREDE_PORT:-8080}
municipality=${TREDE_MUNICIPALITY:-overbetuwe}
case "$municipality" in
  overbetuwe|lansingerland|dalfsen|wijchen) ;;
  *) echo "TREDE_MUNICIPALITY must be overbetuwe, lansingerland, dalfsen or wijchen, not '$municipality'" >&2; exit 2 ;;
esac
user=${TREDE_USER:-coach1}
mvn -B -q -ntp -DskipTests install

# One server database per municipality: the demo loads into an empty database only, so switching
# municipality must not reuse another one's.
mkdir -p "var/server-$municipality"
log="var/server-$municipality.log"
trap 'kill $server 2>/dev/null || true' EXIT
echo "Starting the server as $municipality on http://localhost:$port (log: $log)"
# The console's demo accounts log in with their password only (README: two-factor login).
start_server "$port" "$log" -Dtrede.db.path="var/server-$municipality/trede.db" -Dtrede.demo.enabled=true \
  -Dtrede.demo.municipality="$municipality" -Dtrede.office.two-factor=optional
echo "The office console: http://localhost:$port/office (office1, casemanager1 or admin1; password trede-demo)"

if $server_only; then
  echo "Server only; stop it with Ctrl+C."
  wait "$server"
  exit 0
fi

mvn -B -q -ntp -f client/pom.xml exec:exec -Dtrede.args="--server=http://localhost:$port \
  --data-dir=$PWD/var/client-$municipality-$user --user=$user --password=trede-demo"
