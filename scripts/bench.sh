#!/usr/bin/env bash
# The benchmark (see bench/README.md): generates heritage-like rows in PostgreSQL, runs the plain
# JDBC + Jackson + HTTP baseline and then the hub on the same rows to the same receiver, measures
# throughput, CPU, heap and RSS of each and the hub's single-record latency, and appends the table
# to bench/README.md. Not part of scripts/test.sh: a default run takes about 10 minutes.
#
#   scripts/bench.sh                      # 1,000,000 records, -Xmx1g for both
#   scripts/bench.sh --records 20000      # a quick check
#   scripts/bench.sh --ten-million        # 10,000,000 records, -Xmx512m for both
#   scripts/bench.sh --profile            # also a JFR profile of both, summarised per program
#   scripts/bench.sh --no-build ...       # use the jars already built
#
# Every other option goes to the driver (bench/README.md lists them). Everything it starts is
# stopped when it ends, also on failure or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[bench.sh] %s\n' "$*"; }

build=yes
driver_args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=no ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) driver_args+=("$arg") ;;
  esac
done

command -v java >/dev/null || { log "java (17 or later) is not on the PATH"; exit 1; }

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  # a cluster that is installed but stopped is started; installing is scripts/test.sh's business
  if ls /etc/postgresql/*/main >/dev/null 2>&1 && command -v pg_ctlcluster >/dev/null; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    log "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && break; sleep 1; done
  pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null || {
    log "PostgreSQL does not answer on 127.0.0.1:5432 (scripts/test.sh installs and starts it on Debian)"; exit 1; }
fi

version=$(sed -n 's#.*<version>\(.*-SNAPSHOT\)</version>.*#\1#p' pom.xml | head -n 1)
bench_jar=bench/target/bench-$version.jar
hub_jar=hub/target/hub-$version-exec.jar
if [ "$build" = yes ]; then
  log "building the hub and the harness (mvn package, tests skipped)"
  mvn -B -q -DskipTests -pl hub,bench -am package
fi
for jar in "$bench_jar" "$hub_jar"; do
  [ -f "$jar" ] || { log "missing $jar: run without --no-build"; exit 1; }
done

run_dir=bench/target/bench-runs/$(date +%Y%m%d-%H%M%S)
mkdir -p "$run_dir"
driver_pid=

stop_everything() {
  # the driver stops its children itself (shutdown hook); the pids file covers a driver killed hard
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill "$driver_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$driver_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$driver_pid" 2>/dev/null || true
  fi
  if [ -f "$run_dir/pids" ]; then
    while read -r pid; do
      if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        log "stopping leftover process $pid"
        kill "$pid" 2>/dev/null || true
        sleep 5
        kill -9 "$pid" 2>/dev/null || true
      fi
    done < "$run_dir/pids"
  fi
}
trap stop_everything EXIT
trap 'exit 130' INT TERM

# the driver holds only the receiver: a small heap keeps it from competing for memory
java -Xmx512m -jar "$bench_jar" --repo . --run-dir "$run_dir" "${driver_args[@]}" &
driver_pid=$!
set +e
wait "$driver_pid"
status=$?
set -e
driver_pid=
exit $status
