#!/usr/bin/env bash
# Builds the installable field app for Linux desktops (docs/deploy.md, "The field app"):
#   client/target/jpackage/Trede/            an app image (bin/Trede) with its own Java runtime and an
#                                            application class-data archive (lib/app/trede.jsa)
#   client/target/jpackage/trede_<v>_amd64.deb   the same as a Debian package, where dpkg-deb and
#                                            fakeroot exist; it makes its archive when installed
#   scripts/package-app.sh --no-cds          client/target/jpackage/no-cds/Trede/: the image without
#                                            the archive, the "before" of docs/benchmarks.md
# The archive comes from a training run: the app logs in to a demo server under Xvfb, syncs, shows
# the caseload, and the classes it loaded are listed; a second JVM archives them (decision 0049).
# Takes about four minutes on two busy cores (most of it the Maven build and the .deb's
# compression); not part of ./test.sh. Figures: docs/benchmarks.md, "Installed field app".
set -euo pipefail
cd "$(dirname "$0")/.."

# Inside xvfb-run (below): two starts of the app against the demo server; the second lists its classes.
if [ "${1:-}" = "--train-inside-display" ]; then
  image=$2 port=$3 data=$4 logs=$5
  run_until_home() {
    local log=$1 pid
    shift
    env "$@" "$image/bin/Trede" --server="http://127.0.0.1:$port" --data-dir="$data" \
      --user=coach1 --password=trede-demo > "$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 240); do
      grep -q "startup: home screen shown" "$log" && break
      kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
      sleep 0.5
    done
    grep -q "startup: home screen shown" "$log" || { echo "the app did not reach the caseload (log: $log)" >&2; exit 1; }
    # The first sync runs on after the caseload is up; its classes belong in the list too.
    sleep 4
    kill "$pid"
    wait "$pid" || true
  }
  # First start: the store is made and the first sync fills it. Second: a coach's daily start.
  run_until_home "$logs/training-1.log"
  run_until_home "$logs/training-2.log" \
    JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$image/lib/app/trede.classlist"
  exit 0
fi

cds=true
case "${1:-}" in
  --no-cds) cds=false ;;
  "") ;;
  *) echo "usage: scripts/package-app.sh [--no-cds]" >&2; exit 2 ;;
esac

source scripts/prerequisites.sh
ensure_packages javac=openjdk-17-jdk-headless mvn=maven curl=curl unzip=unzip jpackage=openjdk-17-jdk-headless \
  xvfb-run=xvfb '/usr/lib/*/libgtk-3.so.0=libgtk-3-0' '/usr/share/fonts/truetype/dejavu=fonts-dejavu-core'

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
app_version=${version%-SNAPSHOT}
out=client/target/jpackage
input=$out/input
if $cds; then dest=$out; else dest=$out/no-cds; fi
image=$dest/Trede

# The server too: the training run logs in to it.
mvn -B -q -ntp -pl server,client -am package -DskipTests -Ppackage-app
cp "client/target/trede-client-$version.jar" "$input/"
rm -rf "$image" "$dest"/trede_*.deb

# The SQLite driver's native library, unpacked once here instead of at every start: the driver
# otherwise copies it out of its jar into the temporary folder (and first lists that folder to
# tidy up old copies) on the way from Inloggen to the caseload. The same folder is the driver's
# temporary folder, so that listing stays short. $APPDIR is the image's lib/app wherever it is
# installed.
sqlite_jar=$(ls "$input"/sqlite-jdbc-*.jar | head -n 1)
case "$(uname -m)" in
  x86_64) native_arch=x86_64 ;;
  aarch64) native_arch=aarch64 ;;
  *) echo "no SQLite native library for $(uname -m) in $sqlite_jar" >&2; exit 1 ;;
esac
rm -rf "$input/native"
mkdir -p "$input/native"
unzip -q -j -o "$sqlite_jar" "org/sqlite/native/Linux/$native_arch/libsqlitejdbc.so" -d "$input/native"
# C1 only: with the store's key derived in native code (decision 0069) nothing the app does at
# start needs C2, whose compilation took more than half the start's CPU; with two busy processes
# the caseload came 0.46 s sooner and with a third less CPU (docs/benchmarks.md).
java_options=(--java-options '-XX:TieredStopAtLevel=1' --java-options '-Dorg.sqlite.lib.path=$APPDIR/native'
  --java-options '-Dorg.sqlite.lib.name=libsqlitejdbc.so' --java-options '-Dorg.sqlite.tmpdir=$APPDIR/native')
if $cds; then
  # A missing or stale archive is ignored.
  java_options+=(--java-options '-XX:SharedArchiveFile=$APPDIR/trede.jsa')
fi
# The runtime keeps its bin/ (not --strip-native-commands): it is the same JVM the archive is made for.
jpackage --type app-image --name Trede --app-version "$app_version" --vendor Trede \
  --description "Trede: the field app for participation coaches" \
  --input "$input" --main-jar "trede-client-$version.jar" --main-class nl.trede.client.Launcher \
  --jlink-options "--strip-debug --no-man-pages --no-header-files" "${java_options[@]}" \
  --dest "$dest"
echo "App image: $image"
$cds || exit 0

work=$(mktemp -d)
trap 'kill ${server:-} 2>/dev/null || true; rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 10000))
start_server "$port" "$work/server.log" -Dtrede.db.path="$work/server.db" -Dtrede.demo.enabled=true \
  -Dtrede.office.two-factor=optional
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  "$0" --train-inside-display "$image" "$port" "$work/device" "$work"
kill "$server"
echo "Training run: $(wc -l < "$image/lib/app/trede.classlist") classes listed"

# The .deb before the archive: an archive names its jars by absolute path (JDK 17), so the package
# carries the class list and its postinst makes the archive in /opt/trede.
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --app-image "$image" --name trede --app-version "$app_version" --vendor Trede \
    --description "Trede: the field app for participation coaches" \
    --resource-dir client/src/jpackage/linux --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group Office --linux-app-category misc --dest "$dest"
  echo "Debian package: $(ls "$dest"/trede_*.deb)"
else
  echo "No .deb: dpkg-deb and fakeroot are needed for one (Debian packages dpkg and fakeroot)."
fi

# The archive for the image where it stands: the JVM of the image, its class path, the listed classes.
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$image/lib/app/trede.classlist" "$image/bin/Trede" \
  > "$out/cds-dump.log" 2>&1
JAVA_TOOL_OPTIONS="-XX:+PrintSharedArchiveAndExit" "$image/bin/Trede" 2>&1 | grep -q "archive is valid" \
  || { echo "the class-data archive does not load (log: $out/cds-dump.log)" >&2; exit 1; }
echo "Class-data archive: $image/lib/app/trede.jsa ($(du -m "$image/lib/app/trede.jsa" | cut -f1) MB)"
