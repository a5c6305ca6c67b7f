#!/usr/bin/env bash
# The zero-setup demo: no database or broker to install. Starts the sandbox LGSP on :8090 and the
# hub on :8080 with an H2 file store, an embedded persistent Artemis broker and the demo heritage
# database (all under ./data). Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[demo] %s\n' "$*"; }

version=$(sed -n 's#.*<version>\(.*-SNAPSHOT\)</version>.*#\1#p' pom.xml | head -n 1)
hub_jar=hub/target/hub-$version-exec.jar
sandbox_jar=sandbox/target/sandbox-$version-exec.jar
if [ ! -f "$hub_jar" ] || [ ! -f "$sandbox_jar" ] || [ "${REBUILD:-no}" = yes ]; then
  log "building (once; REBUILD=yes to build again)"
  mvn -B -q -DskipTests package
fi

mkdir -p data
java -jar "$sandbox_jar" --server.port=8090 > data/sandbox.log 2>&1 &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 60); do
  if curl -fs http://127.0.0.1:8090/actuator/health >/dev/null 2>&1; then break; fi
  if ! kill -0 $sandbox_pid 2>/dev/null; then log "the sandbox did not start: see data/sandbox.log"; exit 1; fi
  sleep 1
done
log "sandbox LGSP on http://127.0.0.1:8090 (what it received: /sandbox/api/received?path=/vhttdl/1.0/di-tich)"
log "hub on http://127.0.0.1:8080 - the admin login is printed below; then:"
log "  curl -u admin:PASSWORD -X POST http://127.0.0.1:8080/api/exchanges/heritage-sites-to-ministry/runs"
java -jar "$hub_jar" --spring.profiles.active=demo "$@"
