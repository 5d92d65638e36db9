#!/usr/bin/env bash
# Builds byterepr-java.jar, the helper class byterepr.ByteRepr, with the JDK's own javac and
# jar: no build tool, no network. Usage: java/build-jar.sh [output directory] (default
# java/build). The classes target Java 11, the oldest release the helper supports.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/build}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# The jar's version is the crate's; its format version is the one ByteRepr.java declares.
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/../Cargo.toml" | head -n 1)"
format="$(sed -n 's/.*public static final int FORMAT_VERSION = \([0-9]*\);.*/\1/p' \
    "$here/src/byterepr/ByteRepr.java")"
[ -n "$version" ] && [ -n "$format" ] || { echo "cannot read the versions" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes"
javac --release 11 -Xlint:all -Werror -d "$work/classes" "$here/src/byterepr/ByteRepr.java"
cp "$here/src/byterepr/ByteRepr.java" "$work/classes/byterepr/"
cat > "$work/manifest.txt" <<MANIFEST
Automatic-Module-Name: byterepr
Implementation-Title: byterepr-java
Implementation-Version: $version
Byterepr-Format-Version: $format
MANIFEST
jar --create --file "$out/byterepr-java.jar" --manifest "$work/manifest.txt" -C "$work/classes" .
echo "$out/byterepr-java.jar (version $version, format version $format)"
