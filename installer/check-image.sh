#!/usr/bin/env bash
# Checks a built app image (mvn -Pinstaller): its own launcher and runtime load a small base
# (installer/check/base.csv) into a new base, and a second load finds every company already there.
#   installer/check-image.sh [IMAGE]        IMAGE: target/installer/obzvon unless given
set -euo pipefail
cd "$(dirname "$0")/.."
image=${1:-target/installer/obzvon}
java=java
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OBZVON_PIN=2468

expect() { # what, got, wanted
    if [ "$2" != "$3" ]; then
        printf 'check-image: %s:\n  got    %s\n  wanted %s\n' "$1" "$2" "$3" >&2
        exit 1
    fi
    echo "check-image: $1: ok"
}

# The window's first start makes the first supervisor; without a display, the JDK does it over the jar.
"$java" -cp target/obzvon.jar installer/check/FirstSupervisor.java "$work/obzvon.db" Check "$OBZVON_PIN"
obzvon() { env -u JAVA_HOME "$image/bin/obzvon" "$@"; }

expect "help" "$(obzvon --help | head -1)" "Usage: obzvon [-hV] [COMMAND]"
expect "first load" "$(obzvon import --as Check --db "$work/obzvon.db" --queue Check installer/check/base.csv)" \
    "read 5, imported 3, duplicates 1 (in the file 1, in the base 0), rejected 1, do-not-call numbers dropped 0"
expect "second load" "$(obzvon import --as Check --db "$work/obzvon.db" installer/check/base.csv)" \
    "read 5, imported 0, duplicates 4 (in the file 0, in the base 4), rejected 1, do-not-call numbers dropped 0"
set +e
failed=$(obzvon import --as Check --db "$work/obzvon.db" "$work/missing.csv" 2>&1)
code=$?
set -e
expect "a missing file" "$code: $failed" "1: obzvon import: The file does not exist: $work/missing.csv"
