#!/usr/bin/env bash
# Runs every test of Trede. On a bare Debian machine it first installs what the tests need
# (a JDK, Maven, PostgreSQL, Chromium) and starts PostgreSQL on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")"

source scripts/prerequisites.sh
ensure_packages javac=openjdk-17-jdk-headless mvn=maven '/usr/lib/postgresql/*/bin/postgres=postgresql' \
  fc-list=fontconfig '/usr/share/fonts/truetype/dejavu=fonts-dejavu-core' \
  chromium=chromium chromedriver=chromium-driver /usr/sbin/nginx=nginx-light

# PostgreSQL: a server given by TREDE_TEST_PG_URL/USER/PASSWORD is used as it is (a CI database
# service, or several test runs sharing one cluster); otherwise the Debian cluster, started if it is
# not running, with a test role whose password is made anew on every run (nothing secret is stored
# in the repository).
if [ -z "${TREDE_TEST_PG_URL:-}" ]; then
  pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    pg_lsclusters -h | grep -q . || as_root pg_createcluster "$pg_version" main
    as_root pg_ctlcluster "$pg_version" main start
  fi
  pg_port=$(pg_lsclusters -h | awk '$4=="online" {print $3; exit}')
  pg_password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
  as_root su postgres -c "psql -q -p $pg_port" <<SQL
DO \$\$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'trede_test') THEN
    ALTER ROLE trede_test LOGIN CREATEDB PASSWORD '$pg_password';
  ELSE
    CREATE ROLE trede_test LOGIN CREATEDB PASSWORD '$pg_password';
  END IF;
END \$\$;
SQL
  # Databases left by earlier runs; one still in use by another run stays.
  for db in $(as_root su postgres -c "psql -p $pg_port -Atc \"SELECT datname FROM pg_database WHERE datname LIKE 'trede_t_%'\""); do
    as_root su postgres -c "psql -q -p $pg_port -c 'DROP DATABASE $db'" >/dev/null 2>&1 || true
  done
  export TREDE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
  export TREDE_TEST_PG_USER=trede_test
  export TREDE_TEST_PG_PASSWORD="$pg_password"
fi

mvn -B -ntp clean verify "$@"
