# Finds a JDK 21 or newer for Plugboard's scripts. Source it, then call find_jdk: it sets and
# exports JAVA_HOME, or prints what it looked at and returns 1.
#
# Looks, in order, at: $JAVA_HOME, the `java` on PATH, and every JDK under /usr/lib/jvm (newest
# first; PLUGBOARD_JVM_DIR replaces /usr/lib/jvm). A JDK needs both bin/java and bin/javac, because the first run builds Plugboard.

plugboard_jdk_major() {
  local home=$1 version=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  # The release file answers without starting a JVM; ask the JVM only when it is missing.
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)
  fi
  [ -n "$version" ] || version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  version=${version#1.}
  [ -n "$version" ] || return 1
  echo "${version%%.*}"
}

find_jdk() {
  local candidates=() seen=" " home major looked=""
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local jvm_dir=${PLUGBOARD_JVM_DIR:-/usr/lib/jvm}
  if [ -d "$jvm_dir" ]; then
    while IFS= read -r home; do candidates+=("$home"); done \
      < <(find "$jvm_dir" -mindepth 1 -maxdepth 1 \( -type d -o -type l \) 2>/dev/null | sort -rV)
  fi
  for home in "${candidates[@]}"; do
    case "$seen" in *" $home "*) continue ;; esac
    seen="$seen$home "
    if major=$(plugboard_jdk_major "$home") && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$home"
      return 0
    fi
    looked="$looked\n  $home (${major:-not a JDK})"
  done
  printf 'Plugboard needs a JDK 21 or newer (java and javac), and none was found.\nLooked at:%b\n' "${looked:-\n  nothing: JAVA_HOME is unset, no java on PATH, no /usr/lib/jvm}" >&2
  printf 'Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it.\n' >&2
  return 1
}
