# Sourced by demo.sh, test.sh and the screenshot scripts: installs the Debian packages a command
# needs when missing, and starts the server as every start does.
# Usage: ensure_packages <command-or-path>=<package> ...
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_packages() {
  local missing=() pair probe package
  for pair in "$@"; do
    probe=${pair%%=*}
    package=${pair#*=}
    if [[ $probe == /* ]]; then
      compgen -G "$probe" >/dev/null || missing+=("$package")
    else
      command -v "$probe" >/dev/null || missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}"
    apt_waiting update -q
    apt_waiting install -y -q "${missing[@]}"
  fi
}

# apt-get that waits (up to 10 minutes) while another installation holds the package manager's
# lock, as on a machine that is still installing its own updates, instead of failing at once.
apt_waiting() {
  local deadline=$((SECONDS + 600)) out
  while :; do
    if out=$(DEBIAN_FRONTEND=noninteractive as_root apt-get -o DPkg::Lock::Timeout=60 "$@" 2>&1); then
      printf '%s\n' "$out" | tail -n 3
      return 0
    fi
    if ! grep -qiE 'could not get lock|unable to acquire|is another process using it' <<<"$out" \
        || [ $SECONDS -ge $deadline ]; then
      printf '%s\n' "$out" >&2
      return 1
    fi
    echo "Another installation holds the package manager; waiting for it…"
    sleep 10
  done
}

# Starts the built server in the background with the JVM options and malloc arenas every start has
# (server/jvm.options, docs/decisions/0010-…) and waits until it answers; $server is its process.
# Usage: start_server <port> <log file> [-Dname=value ...]
start_server() {
  local port=$1 log=$2
  shift 2
  MALLOC_ARENA_MAX=2 java @server/jvm.options -Dmicronaut.server.port="$port" "$@" \
    -jar server/target/trede-server-0.1.0-SNAPSHOT.jar > "$log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.5
  done
  echo "the server did not answer on port $port within a minute (log: $log)" >&2
  exit 1
}
