#!/usr/bin/env bash
# Hookline benchmark harness. See docs/BENCHMARKS.md.
#   bench/run.sh [--db h2|postgres] [--quick]
# Starts everything it needs on loopback (service, nginx, Java receivers), stops all of it on exit,
# prints one table and writes it as JSON to bench/results/latest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

DB=h2
QUICK=false
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="${2:-}"; shift 2 ;;
    --db=*) DB="${1#--db=}"; shift ;;
    --quick) QUICK=true; shift ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (usage: bench/run.sh [--db h2|postgres] [--quick])" >&2; exit 64 ;;
  esac
done
case "$DB" in h2|postgres) ;; *) echo "--db must be h2 or postgres" >&2; exit 64 ;; esac

RUN_START=$(date +%s%N)
log() { printf '[%s] %s\n' "$(date +%T.%3N)" "$*"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# ------------------------------------------------------------------ prerequisites
if ! command -v wrk >/dev/null 2>&1 || { ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; }; then
  echo "bench needs: apt-get install wrk nginx-light" >&2; exit 2
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# A JDK >= 21 is needed; the machine's default java may be older (same approach as .ci/run).
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ]; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
      JAVA_HOME="$candidate"; break
    fi
  done
  [ -n "$JAVA_HOME" ] || { echo "No JDK 21 or newer found under /usr/lib/jvm" >&2; exit 1; }
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
JAVA_MAJOR=$(java_major "$JAVA_HOME/bin/java")
if [ "$JAVA_MAJOR" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

if [ "$DB" = postgres ]; then
  command -v psql >/dev/null 2>&1 || { echo "bench needs psql for --db postgres" >&2; exit 2; }
  PG_HOST=${PGHOST:-127.0.0.1} PG_PORT=${PGPORT:-5432}
  pg_isready -h "$PG_HOST" -p "$PG_PORT" -q || { echo "PostgreSQL is not running at $PG_HOST:$PG_PORT" >&2; exit 2; }
  psqlc() { psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
fi

# ------------------------------------------------------------------ sizes
if $QUICK; then
  MODE=quick REPS=1
  L1_SECONDS=2; L1_CONNS="16 64 256"
  DELIVERY_EVENTS=500; DELIVERY_SUBS=10          # 5,000 deliveries
  PUBLISH_SECONDS=2
  LAT_RATE=200; LAT_SECONDS=3
  FANOUT=500
  SCALE_EVENTS=200; SCALE_SUBS=10; SCALE_SMALL=100; SCALE_LARGE=10000
  HEAP_EVENTS=1000; HEAP_SUBS=10                 # 10^4 pending deliveries
  ISO_EVENTS=100; ISO_SUBS=10                    # 1,000 healthy deliveries
  DRAIN_TIMEOUT=120
else
  MODE=full REPS=3
  L1_SECONDS=10; L1_CONNS="16 64 256"
  DELIVERY_EVENTS=20000; DELIVERY_SUBS=10        # 200,000 deliveries
  PUBLISH_SECONDS=15
  LAT_RATE=1000; LAT_SECONDS=60
  FANOUT=10000
  SCALE_EVENTS=5000; SCALE_SUBS=10; SCALE_SMALL=1000; SCALE_LARGE=1000000
  HEAP_EVENTS=100000; HEAP_SUBS=10               # 10^6 pending deliveries
  ISO_EVENTS=3000; ISO_SUBS=10                   # 30,000 healthy deliveries
  DRAIN_TIMEOUT=1800
fi

# ------------------------------------------------------------------ work dir and cleanup
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hookline-bench.XXXXXX")
SVC_PID=""
NGINX_PID=""
HANG_PID=""
JSTAT_PID=""
PG_DBS=()
FAILED_ATTEMPTS=0
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$JSTAT_PID" ] && kill "$JSTAT_PID" 2>/dev/null || true
  for p in "$HANG_PID" "$SVC_PID"; do
    [ -n "$p" ] && kill -TERM -- "-$p" 2>/dev/null || true
  done
  if [ -n "$NGINX_PID" ]; then
    kill -TERM -- "-$NGINX_PID" 2>/dev/null || true
  fi
  for p in "$SVC_PID" "$HANG_PID"; do
    if [ -n "$p" ]; then
      for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
      kill -KILL -- "-$p" 2>/dev/null || true
    fi
  done
  for db in "${PG_DBS[@]}"; do
    psqlc -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
  if [ "$rc" -eq 0 ] && [ -z "${BENCH_KEEP:-}" ]; then
    rm -rf "$WORK"
  else
    echo "bench: exit status $rc; logs kept in $WORK" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo; log "interrupted"; exit 130' INT TERM

SVC_LOG=/dev/null
die() {
  log "FAILED: $*"
  if [ -f "$SVC_LOG" ]; then
    echo "---- last 40 lines of $SVC_LOG ----" >&2
    tail -n 40 "$SVC_LOG" >&2 || true
  fi
  exit 1
}

# A port below the kernel's ephemeral range (outgoing connections take those), nobody listens on.
EPHEMERAL_LOW=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
[ "$EPHEMERAL_LOW" -gt 12000 ] || EPHEMERAL_LOW=61000
free_port() {
  local p
  for _ in $(seq 1 100); do
    p=$(( 10000 + RANDOM % (EPHEMERAL_LOW - 10000) ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free port found"
}

# ------------------------------------------------------------------ build
JAR="$ROOT/bootstrap/target/hookline.jar"
BUILD_MS=0
stale=""
if [ -f "$JAR" ]; then
  stale=$(find . -path ./bench -prune -o -path '*/target' -prune -o \( -name '*.java' -o -name pom.xml -o -path '*/src/main/resources/*' \) -type f -newer "$JAR" -print -quit)
fi
if [ ! -f "$JAR" ] || [ -n "$stale" ]; then
  log "building the service jar (./mvnw -q -B -DskipTests package)${stale:+, $stale is newer}"
  t=$(date +%s%N)
  ./mvnw -q -B -DskipTests package > "$WORK/mvn.log" 2>&1 || { tail -n 40 "$WORK/mvn.log"; die "maven build failed"; }
  BUILD_MS=$(ms_since "$t")
  log "service jar built in ${BUILD_MS} ms"
fi
CLASSES="$ROOT/bench/target/classes"
if [ ! -f "$CLASSES/.stamp" ] || [ -n "$(find bench/src -name '*.java' -newer "$CLASSES/.stamp" -print -quit)" ]; then
  log "compiling the bench driver"
  rm -rf "$CLASSES"; mkdir -p "$CLASSES"
  javac -d "$CLASSES" $(find bench/src -name '*.java') || die "javac failed"
  touch "$CLASSES/.stamp"
fi
driver() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CLASSES:$JAR" io.hookline.bench.Bench "$@"; }
# Value of key=value word in a driver output line.
kv() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1==k {print $2}'; }

# ------------------------------------------------------------------ machine info
CORES=$(nproc)
MEM_MB=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 ))
JAVA_VERSION=$(java -version 2>&1 | head -n1)
H2_VERSION=$(driver h2-version 2>/dev/null || true)
PG_VERSION=""
if [ "$DB" = postgres ]; then PG_VERSION="$(psql -V | head -n1); server $(psqlc -c 'SHOW server_version')"; fi
CPU_MODEL=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
log "machine: $CORES cores ($CPU_MODEL), ${MEM_MB} MB, $JAVA_VERSION, H2 ${H2_VERSION:-?}${PG_VERSION:+, $PG_VERSION}; db=$DB mode=$MODE"

# ------------------------------------------------------------------ nginx (the L1 receiver)
NGX_PORT=$(free_port)
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  keepalive_requests 10000000;
  keepalive_timeout 300s;
  server {
    listen 127.0.0.1:$NGX_PORT backlog=4096;
    location / { return 204; }
  }
}
EOF
setsid "$NGINX" -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" > "$WORK/nginx/logs/stdout.log" 2>&1 &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$NGX_PORT/" && break; sleep 0.1; done
[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$NGX_PORT/x")" = 204 ] || { cat "$WORK/nginx/logs/"*; die "nginx did not start"; }
NGX_URL="http://127.0.0.1:$NGX_PORT"

# ------------------------------------------------------------------ service control
JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0)
DS_DIR="" DS_DB="" DS_N=0
new_dataset() {
  DS_N=$((DS_N + 1))
  DS_DIR="$WORK/data-$DS_N"; mkdir -p "$DS_DIR"
  if [ "$DB" = postgres ]; then
    DS_DB="hookline_bench_$$_$DS_N"
    psqlc -c "CREATE DATABASE $DS_DB" || die "cannot create database $DS_DB"
    PG_DBS+=("$DS_DB")
  fi
}
jdbc_url() {
  if [ "$DB" = postgres ]; then echo "jdbc:postgresql://$PG_HOST:$PG_PORT/$DS_DB";
  else echo "jdbc:h2:file:$DS_DIR/hookline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; fi
}
svc_env() {
  local -a e=(HOOKLINE_PORT="$SVC_PORT" HOOKLINE_DATA_DIR="$DS_DIR" HOOKLINE_ALLOW_PRIVATE_NETWORKS=true
    HOOKLINE_JWT_SECRET="$JWT_SECRET" HOOKLINE_LOG_LEVEL="${HOOKLINE_LOG_LEVEL:-WARN}")
  if [ "$DB" = postgres ]; then
    e+=(HOOKLINE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DS_DB" HOOKLINE_DB_USER=postgres HOOKLINE_DB_PASSWORD=)
  fi
  printf '%s\n' "${e[@]}"
}
SVC_N=0
# start_service NAME DISPATCHER [extra env...] [-- jvm options...]
start_service() {
  SVC_START_CMD=(start_service "$@")
  local name=$1 dispatcher=$2; shift 2
  local -a extra_env=() jvm=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do extra_env+=("$1"); shift; done
  [ "${1:-}" = -- ] && { shift; jvm=("$@"); }
  SVC_N=$((SVC_N + 1))
  SVC_PORT=$(free_port)
  SVC_BASE="http://127.0.0.1:$SVC_PORT"
  SVC_LOG="$WORK/service-$SVC_N-$name.log"
  mapfile -t envs < <(svc_env)
  SVC_T0=$(date +%s%N)
  env "${envs[@]}" HOOKLINE_DISPATCHER_ENABLED="$dispatcher" "${extra_env[@]}" \
    setsid java "${jvm[@]}" -jar "$JAR" > "$SVC_LOG" 2>&1 &
  SVC_PID=$!
}
wait_ready() {
  local timeout=${1:-90} t0
  t0=$(date +%s)
  while true; do
    if curl -s --max-time 2 "$SVC_BASE/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    if ! kill -0 "$SVC_PID" 2>/dev/null; then
      if grep -q 'already in use' "$SVC_LOG" && [ "${SVC_RETRY:-0}" -lt 3 ]; then
        SVC_RETRY=$(( ${SVC_RETRY:-0} + 1 )); log "  port $SVC_PORT was taken meanwhile, starting again on another"
        "${SVC_START_CMD[@]}"; t0=$(date +%s); continue
      fi
      die "service exited during start-up"
    fi
    [ $(( $(date +%s) - t0 )) -lt "$timeout" ] || die "service not ready within ${timeout}s"
    sleep 0.02
  done
  READY_MS=$(ms_since "$SVC_T0")
  SVC_RETRY=0
}
stop_service() { # [TIMEOUT_S]
  [ -n "$SVC_PID" ] || return 0
  local timeout=${1:-30}
  kill -TERM "$SVC_PID" 2>/dev/null || true
  for _ in $(seq 1 $((timeout * 10))); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$SVC_PID" 2>/dev/null; then
    log "service did not stop within $timeout s, killing it"
    kill -KILL -- "-$SVC_PID" 2>/dev/null || true
  fi
  wait "$SVC_PID" 2>/dev/null || true
  SVC_PID=""
}
TOKEN=""
ensure_token() {
  [ -n "$TOKEN" ] && return
  mapfile -t envs < <(svc_env)
  TOKEN=$(env "${envs[@]}" java -XX:TieredStopAtLevel=1 -jar "$JAR" token --admin 2>"$WORK/token.err" | tail -n1)
  [ -n "$TOKEN" ] || { cat "$WORK/token.err"; die "could not create an admin token"; }
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {if (NR==0) print "null"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (a=="" || b=="" || a=="null" || b=="null" || b+0==0) print "null"; else printf "%.3f", a/b }'; }

# Builds a backlog of EVENTS x SUBS deliveries to nginx through the API with the dispatcher off,
# restarts with it on and times the drain. Sets DRAIN_PER_S, DRAIN_MS.
# delivery_run NAME EVENTS SUBS [extra service env...] [-- jvm options for the draining service]
delivery_run() {
  local name=$1 events=$2 subs=$3; shift 3
  local total=$((events * subs)) out team
  new_dataset
  start_service "$name-fill" false; wait_ready; ensure_token
  out=$(driver setup "$SVC_BASE" "$TOKEN" "bench-$name" bench.delivery "$subs" "$NGX_URL/hook/%d") || die "setup failed"
  team=$(kv team "$out")
  log "  publishing $events events x $subs subscriptions (dispatcher off)"
  out=$(driver publish "$SVC_BASE" "$TOKEN" "$team" bench.delivery "$events" 64) || die "publish failed"
  log "  published: $out"
  stop_service
  start_service "$name-drain" true "$@"
  timed_drain "$total"
}
# Times the drain of TOTAL deliveries by the service just started (the driver waits for ready, then
# polls /prometheus); checks every delivery succeeded at its first send. [SUCCESS_TARGET]
timed_drain() {
  local total=$1 target=${2:-} out ok other
  if [ -n "$target" ]; then
    out=$(driver drain "$SVC_BASE" "$DRAIN_TIMEOUT" "$target" success) || die "drain failed"
  else
    out=$(driver drain "$SVC_BASE" "$DRAIN_TIMEOUT" "$total") || die "drain failed"
  fi
  DRAIN_MS=$(kv ms "$out")
  ok=$(kv success "$out"); other=$(kv other "$out")
  if [ -z "$target" ]; then
    [ "$ok" -eq "$total" ] || die "expected $total successful attempts, got success=$ok other=$other"
    # A failed attempt that was retried to success is what a webhook service does, but it is not
    # what this figure should measure: it is counted and shown, and the run goes on.
    FAILED_ATTEMPTS=$((FAILED_ATTEMPTS + other))
    [ "$other" -eq 0 ] || log "  WARNING: $other attempt(s) failed and were retried; the drain time includes their retry"
  fi
  DRAIN_PER_S=$(awk -v n="$total" -v ms="$DRAIN_MS" 'BEGIN { printf "%.1f", n * 1000 / ms }')
  log "  drained $total deliveries in $DRAIN_MS ms = $DRAIN_PER_S /s (attempts: $ok success, $other failed, $(kv skipped "$out") skipped (not sent while the endpoint's line was full, retried))"
}
# A copy of the template dataset (teams and subscriptions for scenarios 6 to 8, no events).
copy_template() {
  DS_N=$((DS_N + 1))
  DS_DIR="$WORK/data-$DS_N"; mkdir -p "$DS_DIR"
  cp -r "$TPL_DIR/." "$DS_DIR/"
  if [ "$DB" = postgres ]; then
    DS_DB="hookline_bench_$$_$DS_N"
    psqlc -c "CREATE DATABASE $DS_DB TEMPLATE $TPL_DB" || die "cannot copy database $TPL_DB"
    PG_DBS+=("$DS_DB")
  fi
}
seed() { # MODE N TEAM TYPE
  local out
  out=$(driver seed "$(jdbc_url)" "$DB_USER_FOR_SEED" "" "$@") || die "seed $1 failed"
  log "  seeded $2 $1 event(s) by SQL for team $3: $out"
}
DB_USER_FOR_SEED=sa
[ "$DB" = postgres ] && DB_USER_FOR_SEED=postgres

# ================================================================== 1. L1 receiver capacity
log "1. L1: nginx return 204, wrk -t2 POST with delivery-sized body and headers, ${L1_SECONDS}s per connection count"
cat > "$WORK/l1.lua" <<'EOF'
wrk.method = "POST"
wrk.body = '{"id":"01a21012-84a8-7604-8cca-4beceeb5be80","type":"bench.delivery","timestamp":"2026-11-25T00:19:38.791989Z","data":{"seq":12345,"sent":0,"order":"ord_0123456789abcdef","customer":"cus_0123456789abcdef","amount":12345,"currency":"EUR","note":"hookline benchmark payload"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "Hookline/0.1.0 (+https://github.com/hookline/hookline)"
wrk.headers["webhook-id"] = "01a21012-84a8-7604-8cca-4beceeb5be80"
wrk.headers["webhook-timestamp"] = "1764029978"
wrk.headers["webhook-signature"] = "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="
EOF
L1=0
L1_DETAIL=""
for c in $L1_CONNS; do
  out=$(wrk -t2 -c"$c" -d"${L1_SECONDS}s" -s "$WORK/l1.lua" "$NGX_URL/hook/0" 2>&1) || die "wrk failed: $out"
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  bad=$(awk -F': ' '/Non-2xx/ {print $2}' <<<"$out")
  log "  $c connections: $rps requests/s${bad:+ ($bad non-2xx)}"
  L1_DETAIL="$L1_DETAIL\"c$c\": $rps, "
  L1=$(awk -v a="$L1" -v b="$rps" 'BEGIN { print (b > a ? b : a) }')
done

# ================================================================== 2. delivery throughput
log "2. delivery: backlog $((DELIVERY_EVENTS * DELIVERY_SUBS)) deliveries ($DELIVERY_EVENTS events x $DELIVERY_SUBS subscriptions to nginx), $REPS run(s)"
# The JDK AOT cache (scenario 9) is trained by the last run's service, which also serves scenarios
# 3 to 5; it is kept in bench/target and reused while the jar and the JDK are unchanged.
AOT="$ROOT/bench/target/hookline.aot"
AOT_TRAIN=()
AOT_TRAINED=false
if [ "$JAVA_MAJOR" -ge 25 ]; then
  if [ -s "$AOT" ] && [ "$AOT" -nt "$JAR" ] && [ "$(cat "$AOT.jdk" 2>/dev/null)" = "$JAVA_VERSION" ]; then
    log "  reusing the AOT cache $AOT (newer than the jar, same JDK)"
  else
    rm -f "$AOT" "$AOT.jdk"; AOT_TRAIN=(-- "-XX:AOTCacheOutput=$AOT"); AOT_TRAINED=true
  fi
fi
runs=""
for r in $(seq 1 "$REPS"); do
  [ -n "$SVC_PID" ] && stop_service
  if [ "$r" -eq "$REPS" ]; then
    delivery_run "delivery$r" "$DELIVERY_EVENTS" "$DELIVERY_SUBS" "${AOT_TRAIN[@]}"
  else
    delivery_run "delivery$r" "$DELIVERY_EVENTS" "$DELIVERY_SUBS"
  fi
  runs="$runs $DRAIN_PER_S"
done
DELIVERY=$(median <<<"$runs")
DELIVERY_RUNS=$(echo $runs | tr ' ' ',')
log "  delivery/s median $DELIVERY (runs: $DELIVERY_RUNS)"
# The last run's service stays up (dispatcher on, drained) for scenarios 3 to 5.
MAIN_TEAM_OUT=$(driver setup "$SVC_BASE" "$TOKEN" bench-main bench.publish 1 "$NGX_URL/publish") || die "setup failed"
MAIN_TEAM=$(kv team "$MAIN_TEAM_OUT")

# ================================================================== 3. publish throughput
log "3. publish: wrk -t2 -c64 ${PUBLISH_SECONDS}s POST /events (1 subscription to nginx, dispatcher on), $REPS run(s)"
cat > "$WORK/publish.lua" <<EOF
wrk.method = "POST"
wrk.body = '{"type":"bench.publish","data":{"seq":1,"sent":0,"order":"ord_0123456789abcdef","customer":"cus_0123456789abcdef","amount":12345,"currency":"EUR","note":"hookline benchmark payload"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) accepted = 0; other = 0 end
function response(status, headers, body)
  if status == 202 then accepted = accepted + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local a, o = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("accepted"); o = o + t:get("other") end
  io.write(string.format("ACCEPTED %d OTHER %d DURATION_US %d ERRORS %d\n", a, o, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
EOF
runs=""
PUBLISH_NON202=0
for r in $(seq 1 "$REPS"); do
  out=$(wrk -t2 -c64 -d"${PUBLISH_SECONDS}s" --timeout 10s -s "$WORK/publish.lua" "$SVC_BASE/api/v1/teams/$MAIN_TEAM/events" 2>&1) || die "wrk failed: $out"
  acc="" oth="" dur="" errs=""
  read -r acc oth dur errs < <(awk '/^ACCEPTED/ {print $2, $4, $6, $8}' <<<"$out") || true
  [ -n "$acc" ] || die "wrk printed no summary: $out"
  ps=$(awk -v a="$acc" -v d="$dur" 'BEGIN { printf "%.1f", a * 1e6 / d }')
  log "  run $r: $acc accepted (202), $oth other statuses, $errs socket errors in $((dur / 1000)) ms = $ps events/s"
  PUBLISH_NON202=$((PUBLISH_NON202 + oth + errs))
  if [ $((oth + errs)) -gt $((acc / 100)) ]; then die "publish: too many non-202 answers ($oth + $errs errors of $((acc + oth)))"; fi
  runs="$runs $ps"
  out=$(driver drain "$SVC_BASE" "$DRAIN_TIMEOUT") || die "published events were not delivered"
done
PUBLISH=$(median <<<"$runs")
PUBLISH_RUNS=$(echo $runs | tr ' ' ',')
log "  publish/s median $PUBLISH (runs: $PUBLISH_RUNS); queue drained again"

# ================================================================== 4. latency
log "4. latency: open-loop $LAT_RATE events/s for ${LAT_SECONDS}s to a Java receiver (publish -> received)"
out=$(driver latency "$SVC_BASE" "$TOKEN" "$MAIN_TEAM" "$LAT_RATE" "$LAT_SECONDS") || die "latency scenario failed"
log "  $out"
LAT_P50=$(kv p50_ms "$out"); LAT_P95=$(kv p95_ms "$out"); LAT_P99=$(kv p99_ms "$out"); LAT_MAX=$(kv max_ms "$out")
LAT_SENT=$(kv sent "$out"); LAT_ARRIVED=$(kv arrived "$out"); LAT_COMPLETE=$(kv complete "$out")
[ "$LAT_COMPLETE" = true ] || log "  WARNING: $((LAT_SENT - LAT_ARRIVED)) events did not arrive in time; percentiles they reach are null"

# ================================================================== 5. fan-out
log "5. fan-out: $FANOUT subscriptions to a counting Java receiver, one event"
out=$(driver fanout "$SVC_BASE" "$TOKEN" "$MAIN_TEAM" "$FANOUT") || die "fan-out scenario failed"
log "  $out"
FAN_ACCEPT=$(kv accept_ms "$out"); FAN_LAST=$(kv last_delivery_ms "$out")
if $AOT_TRAINED; then
  t=$(date +%s%N)
  stop_service 180
  if [ -s "$AOT" ]; then echo "$JAVA_VERSION" > "$AOT.jdk"; log "  AOT cache written on stop in $(ms_since "$t") ms";
  else log "  the training run wrote no AOT cache (see $SVC_LOG)"; fi
else
  stop_service
fi

# ------------------------------------------------------------------ template for scenarios 6 to 8
# One dataset with the teams and subscriptions of scenarios 6 to 8, copied per run; each run's
# backlog is then seeded by SQL exactly as publishing stores it (an event row, and one pending
# delivery due now per matching subscription), so each run needs one service start.
HANG_PORT=$(free_port)
setsid java -XX:TieredStopAtLevel=1 -cp "$CLASSES" io.hookline.bench.Bench receiver "$HANG_PORT" hang > "$WORK/hang.log" 2>&1 &
HANG_PID=$!
for _ in $(seq 1 100); do grep -q listening "$WORK/hang.log" && break; sleep 0.05; done
grep -q listening "$WORK/hang.log" || die "the hanging receiver did not start"
log "template: teams and subscriptions for scenarios 6 to 8"
new_dataset; TPL_DIR=$DS_DIR TPL_DB=$DS_DB
start_service template false; wait_ready
SCALE_TEAM=$(kv team "$(driver setup "$SVC_BASE" "$TOKEN" bench-scale bench.scale "$SCALE_SUBS" "$NGX_URL/scale/%d")") || die "setup failed"
HEAP_TEAM=$(kv team "$(driver setup "$SVC_BASE" "$TOKEN" bench-heap bench.heap "$HEAP_SUBS" "$NGX_URL/heap/%d")") || die "setup failed"
ISO_TEAM=$(kv team "$(driver setup "$SVC_BASE" "$TOKEN" bench-iso bench.iso "$ISO_SUBS" "$NGX_URL/iso/%d")") || die "setup failed"
ISO_HANG_TEAM=$(kv team "$(driver setup "$SVC_BASE" "$TOKEN" bench-iso-hang bench.iso "$ISO_SUBS" "$NGX_URL/iso/%d")") || die "setup failed"
driver setup "$SVC_BASE" "$TOKEN" "$ISO_HANG_TEAM" bench.iso 1 "http://127.0.0.1:$HANG_PORT/hang" >/dev/null || die "setup failed"
stop_service

# ================================================================== 6. scale
log "6. scale: drain $((SCALE_EVENTS * SCALE_SUBS)) deliveries with $SCALE_SMALL vs $SCALE_LARGE finished deliveries stored, $REPS run(s) each"
scale_run() { # STORED
  copy_template
  seed finished "$1" "$SCALE_TEAM" bench.old
  seed pending "$SCALE_EVENTS" "$SCALE_TEAM" bench.scale
  start_service "scale-$1" true
  timed_drain $((SCALE_EVENTS * SCALE_SUBS))
  stop_service
}
small="" large=""
for r in $(seq 1 "$REPS"); do
  scale_run "$SCALE_SMALL"; small="$small $DRAIN_PER_S"
  scale_run "$SCALE_LARGE"; large="$large $DRAIN_PER_S"
done
SCALE_SMALL_PER_S=$(median <<<"$small"); SCALE_LARGE_PER_S=$(median <<<"$large")
SCALE_RATIO=$(div "$SCALE_LARGE_PER_S" "$SCALE_SMALL_PER_S")
log "  $SCALE_SMALL stored: $SCALE_SMALL_PER_S /s; $SCALE_LARGE stored: $SCALE_LARGE_PER_S /s; ratio $SCALE_RATIO"

# ================================================================== 7. heap while a backlog drains
HEAP_TOTAL=$((HEAP_EVENTS * HEAP_SUBS))
log "7. heap: $HEAP_TOTAL pending deliveries seeded by SQL, drained with -Xmx256m, jstat -gc every 0.5 s"
copy_template
seed pending "$HEAP_EVENTS" "$HEAP_TEAM" bench.heap
start_service heap-drain true -- -Xmx256m -XX:+ExitOnOutOfMemoryError "-Xlog:gc:file=$WORK/gc.log"
( sleep 0.3; exec "$JAVA_HOME/bin/jstat" -gc "$SVC_PID" 500 ) > "$WORK/jstat.log" 2>&1 &
JSTAT_PID=$!
HEAP_OOM=false
if out=$(driver drain "$SVC_BASE" "$DRAIN_TIMEOUT" "$HEAP_TOTAL"); then
  HEAP_DRAIN_MS=$(kv ms "$out")
  [ "$(kv success "$out")" -eq "$HEAP_TOTAL" ] || die "heap: expected $HEAP_TOTAL successful attempts: $out"
else
  grep -q OutOfMemoryError "$SVC_LOG" && HEAP_OOM=true
  die "heap scenario: drain failed (OOM: $HEAP_OOM)"
fi
kill "$JSTAT_PID" 2>/dev/null || true; wait "$JSTAT_PID" 2>/dev/null || true; JSTAT_PID=""
# Old generation used (OU) and whole heap used (S0U+S1U+EU+OU), in MB.
read -r HEAP_SAMPLES HEAP_OLD_FIRST HEAP_OLD_LAST HEAP_OLD_MAX HEAP_USED_MAX < <(awk '
  $1 == "S0C" { for (i = 1; i <= NF; i++) col[$i] = i; next }
  col["OU"] && $1 ~ /^[0-9.]+$/ {
    n++; ou = $col["OU"] / 1024; used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024
    if (n == 1) first = ou; last = ou; if (ou > maxou) maxou = ou; if (used > maxused) maxused = used }
  END { printf "%d %.1f %.1f %.1f %.1f\n", n, first, last, maxou, maxused }' "$WORK/jstat.log") || true
# Heap used after each collection (what the service keeps alive, plus survivors), from the GC log.
read -r HEAP_GCS HEAP_LIVE_FIRST HEAP_LIVE_LAST HEAP_LIVE_MAX < <(awk '
  match($0, /->[0-9]+M\(/) { v = substr($0, RSTART + 2, RLENGTH - 4) + 0; n++
    if (n == 1) first = v; last = v; if (v > max) max = v }
  END { printf "%d %d %d %d\n", n, first, last, max }' "$WORK/gc.log") || true
log "  $HEAP_GCS collections; heap after GC first/last/max $HEAP_LIVE_FIRST/$HEAP_LIVE_LAST/$HEAP_LIVE_MAX MB"
log "  drained in $HEAP_DRAIN_MS ms = $(awk -v n="$HEAP_TOTAL" -v ms="$HEAP_DRAIN_MS" 'BEGIN { printf "%.1f", n * 1000 / ms }') /s; $HEAP_SAMPLES samples; old gen used first/last/max $HEAP_OLD_FIRST/$HEAP_OLD_LAST/$HEAP_OLD_MAX MB; heap used max $HEAP_USED_MAX MB; no OOM"
stop_service

# ================================================================== 8. isolation
log "8. isolation: $((ISO_EVENTS * ISO_SUBS)) healthy deliveries to nginx, without vs with one more subscription per event that hangs (request timeout 2s)"
iso_run() { # NAME TEAM
  copy_template
  seed pending "$ISO_EVENTS" "$2" bench.iso
  start_service "$1" true HOOKLINE_REQUEST_TIMEOUT=2s
  timed_drain $((ISO_EVENTS * ISO_SUBS)) $((ISO_EVENTS * ISO_SUBS))
  stop_service
}
without="" with=""
for r in $(seq 1 "$REPS"); do
  iso_run "iso-alone$r" "$ISO_TEAM"; without="$without $DRAIN_PER_S"
  iso_run "iso-hang$r" "$ISO_HANG_TEAM"; with="$with $DRAIN_PER_S"
done
kill -TERM -- "-$HANG_PID" 2>/dev/null || true; wait "$HANG_PID" 2>/dev/null || true; HANG_PID=""
ISO_WITHOUT=$(median <<<"$without"); ISO_WITH=$(median <<<"$with")
ISO_RATIO=$(div "$ISO_WITH" "$ISO_WITHOUT")
log "  without: $ISO_WITHOUT /s, with a hanging endpoint: $ISO_WITH /s, ratio $ISO_RATIO"

# ================================================================== 9. start-up
log "9. start-up: fresh data dir, process start to /health UP, $REPS run(s) plain and with the JDK AOT cache"
runs=""
for r in $(seq 1 "$REPS"); do
  new_dataset; start_service "startup-plain$r" true; wait_ready; runs="$runs $READY_MS"; stop_service
  log "  plain run $r: $READY_MS ms"
done
STARTUP_PLAIN=$(median <<<"$runs")
STARTUP_AOT=null
STARTUP_CONFIG=plain
if [ -s "$AOT" ]; then
  runs=""
  for r in $(seq 1 "$REPS"); do
    new_dataset; start_service "startup-aot$r" true -- "-XX:AOTCache=$AOT"; wait_ready; runs="$runs $READY_MS"; stop_service
    log "  AOT cache run $r: $READY_MS ms"
  done
  STARTUP_AOT=$(median <<<"$runs")
fi
STARTUP=$STARTUP_PLAIN
if [ "$STARTUP_AOT" != null ] && [ "$STARTUP_AOT" -lt "$STARTUP_PLAIN" ]; then STARTUP=$STARTUP_AOT; STARTUP_CONFIG="AOT cache"; fi
log "  start-up plain $STARTUP_PLAIN ms, AOT cache $STARTUP_AOT ms"

# ================================================================== report
TOTAL_MS=$(ms_since "$RUN_START")
DELIVERY_RATIO=$(div "$DELIVERY" "$L1")
PUBLISH_RATIO=$(div "$PUBLISH" "$L1")
HEAP_RATIO=$(div "$HEAP_LIVE_MAX" 256)
row() { printf '%-34s %14s  %-26s %8s\n' "$1" "$2" "$3" "$4"; }
echo
echo "Hookline benchmark ($MODE, db=$DB) $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $CORES cores ($CPU_MODEL), ${MEM_MB} MB RAM, $JAVA_VERSION, H2 ${H2_VERSION:-?}${PG_VERSION:+, $PG_VERSION}"
row figure value limit ratio
row "L1 nginx requests/s" "$L1" "(physical limit)" "-"
row "delivery/s ($DB)" "$DELIVERY" "goal >= 0.3 x L1" "$DELIVERY_RATIO"
row "publish/s (202 only)" "$PUBLISH" "L1 (reference)" "$PUBLISH_RATIO"
row "latency p50 ms @${LAT_RATE}/s" "$LAT_P50" "goal <= 2 ms" "$(div "$LAT_P50" 2)"
row "latency p95 ms" "$LAT_P95" "-" "-"
row "latency p99 ms" "$LAT_P99" "goal <= 10 ms" "$(div "$LAT_P99" 10)"
row "fan-out $FANOUT: 202 ms" "$FAN_ACCEPT" "goal <= 1000 ms" "$(div "$FAN_ACCEPT" 1000)"
row "fan-out $FANOUT: last delivery ms" "$FAN_LAST" "-" "-"
row "scale: delivery/s $SCALE_LARGE stored" "$SCALE_LARGE_PER_S" "$SCALE_SMALL stored: $SCALE_SMALL_PER_S" "$SCALE_RATIO"
row "heap MB after GC (max), $HEAP_TOTAL backlog" "$HEAP_LIVE_MAX" "goal <= 256 MB, flat" "$HEAP_RATIO"
row "isolation: healthy/s with hang" "$ISO_WITH" "without: $ISO_WITHOUT" "$ISO_RATIO"
row "start-up ms ($STARTUP_CONFIG)" "$STARTUP" "goal <= 2000 ms" "$(div "$STARTUP" 2000)"
row "start-up ms (plain)" "$STARTUP_PLAIN" "goal <= 2000 ms" "$(div "$STARTUP_PLAIN" 2000)"
echo "(heap after GC first/last $HEAP_LIVE_FIRST/$HEAP_LIVE_LAST MB over $HEAP_GCS collections, old gen max $HEAP_OLD_MAX MB, whole heap used max $HEAP_USED_MAX MB, -Xmx256m, no OOM;" \
  "latency: $LAT_ARRIVED/$LAT_SENT arrived, max $LAT_MAX ms; publish non-202: $PUBLISH_NON202; failed attempts retried: $FAILED_ATTEMPTS;" \
  "runs per noisy figure: $REPS; total ${TOTAL_MS} ms, build ${BUILD_MS} ms)"

jstr() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }
mkdir -p bench/results
cat > bench/results/latest.json <<EOF
{
  "db": "$DB",
  "mode": "$MODE",
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "l1_requests_per_s": $L1,
  "l1_by_connections": { ${L1_DETAIL%, } },
  "delivery_per_s": $DELIVERY,
  "delivery_runs": [$DELIVERY_RUNS],
  "delivery_backlog": $((DELIVERY_EVENTS * DELIVERY_SUBS)),
  "delivery_ratio": $DELIVERY_RATIO,
  "publish_per_s": $PUBLISH,
  "publish_runs": [$PUBLISH_RUNS],
  "publish_non_202": $PUBLISH_NON202,
  "failed_attempts_retried": $FAILED_ATTEMPTS,
  "latency_rate_per_s": $LAT_RATE,
  "latency_sent": $LAT_SENT,
  "latency_arrived": $LAT_ARRIVED,
  "latency_complete": $LAT_COMPLETE,
  "latency_p50_ms": $LAT_P50,
  "latency_p95_ms": $LAT_P95,
  "latency_p99_ms": $LAT_P99,
  "latency_max_ms": $LAT_MAX,
  "fanout_subscriptions": $FANOUT,
  "fanout_10k_accept_ms": $FAN_ACCEPT,
  "fanout_10k_last_delivery_ms": $FAN_LAST,
  "scale_small_stored": $SCALE_SMALL,
  "scale_large_stored": $SCALE_LARGE,
  "scale_small_per_s": $SCALE_SMALL_PER_S,
  "scale_large_per_s": $SCALE_LARGE_PER_S,
  "scale_ratio": $SCALE_RATIO,
  "backlog_deliveries": $HEAP_TOTAL,
  "backlog_heap_mb": $HEAP_LIVE_MAX,
  "backlog_heap_after_gc_first_mb": $HEAP_LIVE_FIRST,
  "backlog_heap_after_gc_last_mb": $HEAP_LIVE_LAST,
  "backlog_heap_collections": $HEAP_GCS,
  "backlog_heap_old_max_mb": $HEAP_OLD_MAX,
  "backlog_heap_old_first_mb": $HEAP_OLD_FIRST,
  "backlog_heap_old_last_mb": $HEAP_OLD_LAST,
  "backlog_heap_used_max_mb": $HEAP_USED_MAX,
  "backlog_heap_samples": $HEAP_SAMPLES,
  "backlog_xmx_mb": 256,
  "backlog_oom": $HEAP_OOM,
  "backlog_drain_ms": $HEAP_DRAIN_MS,
  "isolation_without_per_s": $ISO_WITHOUT,
  "isolation_with_per_s": $ISO_WITH,
  "isolation_ratio": $ISO_RATIO,
  "startup_ms": $STARTUP,
  "startup_config": $(jstr "$STARTUP_CONFIG"),
  "startup_plain_ms": $STARTUP_PLAIN,
  "startup_aot_ms": $STARTUP_AOT,
  "aot_cache_trained_this_run": $AOT_TRAINED,
  "runs_per_noisy_figure": $REPS,
  "total_ms": $TOTAL_MS,
  "build_ms": $BUILD_MS,
  "machine": {
    "cores": $CORES,
    "cpu": $(jstr "$CPU_MODEL"),
    "mem_mb": $MEM_MB,
    "java": $(jstr "$JAVA_VERSION"),
    "h2": $(jstr "${H2_VERSION:-}"),
    "postgres": $(jstr "$PG_VERSION")
  }
}
EOF
log "wrote bench/results/latest.json (total ${TOTAL_MS} ms)"
