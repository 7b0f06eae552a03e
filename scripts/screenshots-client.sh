#!/usr/bin/env bash
# Screenshots of every main screen of the field app at phone size (360×640), as a coach, a jobcoach
# and a jobhunter, against the demo server: PNGs in screenshots/client/ (not in git).
# Builds what is missing, starts the demo server on a temporary SQLite file and a free port, runs
# the app under a virtual display (Xvfb) and stops both afterwards. See docs/field-app.md.
#   TREDE_MUNICIPALITY=dalfsen scripts/screenshots-client.sh   the same with Dalfsen's scheme
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/prerequisites.sh
ensure_packages javac=openjdk-17-jdk-headless mvn=maven curl=curl xvfb-run=xvfb \
  '/usr/lib/*/libgtk-3.so.0=libgtk-3-0' '/usr/share/fonts/truetype/dejavu=fonts-dejavu-core'

work=$(mktemp -d)
trap 'kill ${server:-} 2>/dev/null || true; rm -rf "$work"' EXIT

# The client (with its test-scope screenshot tool) is always built, so the pictures show the code
# as it is; the server only when its jar is missing. Nothing is installed into the local Maven
# repository (another checkout on the machine would pick up this one's jars): the tool runs from the
# modules' class folders, with the test classpath Maven resolves in the same build.
jar=server/target/trede-server-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ]; then
  mvn -B -q -ntp -DskipTests package -pl server -am
fi
mvn -B -q -ntp -DskipTests package dependency:build-classpath -pl client -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
classpath="client/target/test-classes:client/target/classes:shared/target/classes:$(tr ':' '\n' < "$work/classpath" \
  | grep -v '/nl/trede/' | paste -sd:)"

# A free port: one nothing answers on.
while :; do
  port=$((20000 + RANDOM % 40000))
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
done
# The admin revokes a device in the console for the pictures of what the app does then (no
# authenticator code on this throwaway demo, as in scripts/screenshots-office.sh).
start_server "$port" "$work/server.log" -Dtrede.db.path="$work/server.db" -Dtrede.demo.enabled=true \
  -Dtrede.demo.municipality="${TREDE_MUNICIPALITY:-overbetuwe}" -Dtrede.office.two-factor=optional

rm -rf screenshots/client
mkdir -p screenshots/client
xvfb-run -a -s "-screen 0 1280x1024x24" \
  java -Dprism.order=sw -Duser.language=nl -Duser.country=NL -classpath "$classpath" nl.trede.client.tools.Screenshots \
    --server="http://127.0.0.1:$port" --out="$PWD/screenshots/client" --data="$work/devices"
ls screenshots/client
