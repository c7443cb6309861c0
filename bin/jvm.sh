# The JVM options of Plugboard's launchers (./plugboard, bench/run). Source it after bin/jdk.sh's
# find_jdk, then:
#   plugboard_memory_options          prints the memory defaults, one per line, leaving out those
#                                     PLUGBOARD_JAVA_OPTS already decides
#   plugboard_startup_cache ROOT      prepares the start-up cache of this JDK for ROOT's build when
#                                     it is missing (one training run, a few seconds), then prints
#                                     the options that use it, one per line; prints nothing when
#                                     there is no usable cache. Never fails.
#
# Memory: the Serial collector with a 32 MiB young generation. Plugboard's live heap is small (about
# 15 MiB with the bundled catalog) but it allocates fast under load, and G1 on a large machine grows
# its young generation, and the heap it commits, to hundreds of MiB for it; a bounded young
# generation keeps the resident memory near 200 MiB after a load test. The maximum heap stays the
# JVM's default (a quarter of the RAM), so large catalogs (about 8 KB a connector) still fit.
#
# Start-up cache: JDK 25+ gets an AOT cache (JEP 483/514/515: classes loaded and linked, method
# profiles), older JDKs a class-data archive (AppCDS). Either is written by a training run: a
# first start on a temporary data directory answering a few requests of every kind, in a clean
# environment so that it never touches the user's database. It is kept per JDK in
# app/target/startup/ and made again after each build; one that cannot be used is ignored by the
# JVM (-Xlog:cds=off, and aot=off on JDK 25+, keep that quiet), never fatal. A training run that
# fails is not tried again before the next build. PLUGBOARD_STARTUP_CACHE=off goes without;
# PLUGBOARD_STARTUP_CACHE=cds takes the class-data archive on JDK 25+ too.

plugboard_memory_options() {
  local option
  # A collector or young-generation size of the user's replaces both of ours: -Xmn suits Serial,
  # and would pin G1's adaptive sizing.
  for option in ${PLUGBOARD_JAVA_OPTS:-}; do
    case "$option" in
      -XX:+Use*GC|-Xmn*|-XX:NewSize=*|-XX:MaxNewSize=*|-XX:NewRatio=*) return 0 ;;
    esac
  done
  printf '%s\n' -XX:+UseSerialGC -Xmn32m
}

# A name for the running JDK: its real path and exact runtime version, so that a cache made by one
# JDK is never offered to another.
plugboard_jdk_key() {
  local home version=""
  home=$(readlink -f "$JAVA_HOME")
  [ -f "$home/release" ] && version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)
  printf '%s %s' "$home" "$version" | cksum | cut -d ' ' -f 1
}

plugboard_startup_cache() {
  local root=$1 mode=${PLUGBOARD_STARTUP_CACHE:-auto} major key dir jar cache out use
  [ "$mode" = off ] && return 0
  jar="$root/app/target/plugboard.jar"
  [ -f "$jar" ] || return 0
  major=$(plugboard_jdk_major "$JAVA_HOME") || return 0
  key=$(plugboard_jdk_key)
  dir="$root/app/target/startup"
  if [ "$major" -ge 25 ] && [ "$mode" != cds ]; then
    cache="$dir/$key.aot"; out="-XX:AOTCacheOutput=$cache"; use="-XX:AOTCache=$cache"
  else
    cache="$dir/$key.jsa"; out="-XX:ArchiveClassesAtExit=$cache"; use="-XX:SharedArchiveFile=$cache"
  fi
  # Older than the jar: made for another build, which the JVM would refuse anyway.
  if [ ! "$cache" -nt "$jar" ]; then
    rm -f "$cache"
    # A training run that failed for this build is not tried again until the next build.
    if [ ! "$dir/$key.failed" -nt "$jar" ] && mkdir -p "$dir" && mkdir "$dir/$key.lock" 2>/dev/null; then
      echo "Preparing the start-up cache for this JDK (once per build, a few seconds)..." >&2
      if ! plugboard_train "$root" "$out" "$dir/$key.log" || [ ! -s "$cache" ]; then
        rm -f "$cache"
        touch "$dir/$key.failed"
        echo "The start-up cache could not be prepared (see $dir/$key.log); starting without it." >&2
      fi
      rmdir "$dir/$key.lock"
    fi
  fi
  [ -s "$cache" ] || return 0
  printf '%s\n' "$use" -Xlog:cds=off
  # JDKs before 25 have no `aot` log tag, and refuse to start when told of one.
  [ "$major" -lt 25 ] || printf '%s\n' -Xlog:aot=off
}

# The training run: a first start on a temporary data directory, a few requests of every kind
# (with curl, when there is one), then a graceful stop, on whose exit the JVM writes the cache.
plugboard_train() {
  local root=$1 out=$2 log=$3 data pid port="" id="" secret="" key="" i status=0 opts=()
  data=$(mktemp -d "${TMPDIR:-/tmp}/plugboard-training.XXXXXX") || return 1
  mapfile -t opts < <(plugboard_memory_options)
  # A clean environment: the user's PLUGBOARD_* settings (a database URL, say) must not reach it,
  # nor PLUGBOARD_JAVA_OPTS (a debugger agent would wait for its client).
  env -i PATH="$PATH" HOME="${HOME:-/tmp}" TMPDIR="${TMPDIR:-/tmp}" \
    "$JAVA_HOME/bin/java" "${opts[@]}" "$out" \
    -jar "$root/app/target/plugboard.jar" serve --data-dir "$data" --host 127.0.0.1 --port 0 >"$log" 2>&1 &
  pid=$!
  for i in $(seq 600); do
    port=$(sed -n 's|^Plugboard is listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log" | head -n 1)
    id=$(sed -n 's/^ *clientId: *//p' "$log" | head -n 1)
    secret=$(sed -n 's/^ *clientSecret: *//p' "$log" | head -n 1)
    [ -n "$port" ] && [ -n "$secret" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -n "$port" ] && [ -n "$secret" ] && command -v curl >/dev/null 2>&1; then
    key=$(curl -s -H 'Content-Type: application/json' \
      -d "{\"clientId\":\"$id\",\"clientSecret\":\"$secret\"}" "http://127.0.0.1:$port/auth" \
      | sed -n 's/.*"apiKey":"\([^"]*\)".*/\1/p')
    plugboard_training_requests "http://127.0.0.1:$port" "$key" >>"$log" 2>&1
  fi
  [ -n "$port" ] || status=1
  kill -TERM "$pid" 2>/dev/null
  wait "$pid" || status=1
  rm -rf "$data"
  return "$status"
}

plugboard_training_requests() {
  local base=$1 key=$2 i
  local -a get=(-s -H "X-API-KEY: $key") post=(-s -H "X-API-KEY: $key" -H 'Content-Type: application/json')
  for i in $(seq 25); do
    curl "${get[@]}" "$base/connectors/201" "$base/connectors" "$base/connectors?name=banco&types=PERSONAL_BANK" \
      "$base/connectors/201?healthDetails=true" "$base/connectors?page=1&pageSize=20" "$base/connectors/999999" \
      "$base/health/ready"
    curl "${post[@]}" -d '{"user":"user-ok","password":"password-ok"}' "$base/connectors/2/validate"
    curl "${post[@]}" -d '{"user":"u"}' "$base/connectors/2/validate"
  done >/dev/null
}
