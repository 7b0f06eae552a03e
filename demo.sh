#!/usr/bin/env bash
# Runs Trede: builds it, starts the server on its embedded SQLite with the demo municipalities,
# and opens the field app logged in as a participation coach. Stop with Ctrl+C.
#   TREDE_USER=jobcoach1 ./demo.sh     log in as another demo user (see README)
set -euo pipefail
cd "$(dirname "$0")"

source scripts/prerequisites.sh
ensure_packages javac=openjdk-17-jdk-headless mvn=maven curl=curl \
  '/usr/lib/*/libgtk-3.so.0=libgtk-3-0' '/usr/share/fonts/truetype/dejavu=fonts-dejavu-core'

port=${TREDE_PORT:-8080}
mvn -B -q -ntp -DskipTests install

mkdir -p var
# JVM options and malloc arenas as every server start has them (docs/decisions/0010-…).
MALLOC_ARENA_MAX=2 java @server/jvm.options -Dmicronaut.server.port="$port" -Dtrede.db.path=var/server/trede.db \
  -Dtrede.demo.enabled=true -jar server/target/trede-server-0.1.0-SNAPSHOT.jar > var/server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
echo "Starting the server on http://localhost:$port (log: var/server.log)"
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/health" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat var/server.log; exit 1; }
  sleep 0.5
done

mvn -B -q -ntp -f client/pom.xml exec:exec -Dtrede.args="--server=http://localhost:$port \
  --data-dir=$PWD/var/client-${TREDE_USER:-coach1} --user=${TREDE_USER:-coach1} --password=trede-demo"
