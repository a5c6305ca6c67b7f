#!/usr/bin/env bash
# The README's test command: makes sure PostgreSQL and MariaDB answer on 127.0.0.1, then runs
# every test (unit tests with surefire, integration tests with failsafe) with `mvn -B verify`.
# On a bare Debian machine, run as root, it installs and starts the databases first.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test.sh] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root for: $*"; return 1; fi
}

wait_for() { # name, check command...
  local name=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then log "$name is up"; return 0; fi
    sleep 1
  done
  log "$name did not come up"; return 1
}

pg_ready() { pg_isready -h 127.0.0.1 -p 5432 -q; }
maria_ready() { mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u root status; }

ensure_postgresql() {
  if command -v pg_isready >/dev/null && pg_ready; then log "PostgreSQL is up"; return; fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    log "installing PostgreSQL"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local version; version=$(ls /etc/postgresql | sort -V | tail -n 1)
  local conf=/etc/postgresql/$version/main
  # The tests connect as postgres over TCP without a password, as the development machines do.
  if ! grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$conf/pg_hba.conf"; then
    as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$conf/pg_hba.conf"
  fi
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  wait_for PostgreSQL pg_ready
}

ensure_mariadb() {
  if command -v mariadb-admin >/dev/null && maria_ready; then log "MariaDB is up"; return; fi
  if [ ! -x /usr/sbin/mariadbd ]; then
    log "installing MariaDB"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  fi
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  wait_for MariaDB maria_ready
}

ensure_postgresql
ensure_mariadb

if ! command -v mvn >/dev/null; then
  log "installing Maven"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null
fi

exec mvn -B verify "$@"
