#!/usr/bin/env bash
# Prints an apt source that adds the non-free component to the Debian sources this machine already
# has (deb822 *.sources and one-line *.list), so CI installs NVRTC from the configured mirrors.
# usage: scripts/apt-nonfree-source.sh [APT_DIR]   (default /etc/apt; prints deb822 stanzas)
set -euo pipefail
apt_dir="${1:-/etc/apt}"

# Only Debian's own archives carry non-free (a third-party repository with a "main" component
# would fail apt-get update): URIs whose path has a /debian or /debian-security segment.
debian_uri='/debian(-security)?(/|$)'

# deb822: every enabled stanza of Types deb whose Components include main, copied with its URIs,
# Suites and options (Signed-By, ...) and Components: non-free.
deb822() {
  awk -v debian="$debian_uri" 'BEGIN { RS = ""; FS = "\n" }
  {
    out = ""; types = ""; main = 0; enabled = 1
    for (i = 1; i <= NF; i++) {
      line = $i
      if (line ~ /^#/) continue
      if (line ~ /^Types:/) { types = line; continue }
      if (line ~ /^Components:/) { if (line ~ /[: ]main( |$)/) main = 1; continue }
      if (line ~ /^Enabled:[ \t]*[Nn]o/) enabled = 0
      if (line ~ /^URIs:/ && line !~ debian) enabled = 0
      out = out line "\n"
    }
    if (enabled && main && types ~ /[: ]deb( |$)/) printf "Types: deb\n%sComponents: non-free\n\n", out
  }' "$@"
}

# One-line format: deb [options] URI SUITE COMPONENT... -> the same with non-free only.
one_line() {
  awk -v debian="$debian_uri" '$1 == "deb" {
    i = 2; options = ""
    if ($2 ~ /^\[/) { while (i <= NF) { options = options (options == "" ? "" : " ") $i; if ($i ~ /\]$/) { i++; break }; i++ } }
    uri = $i; suite = $(i + 1); main = 0
    for (j = i + 2; j <= NF; j++) if ($j == "main") main = 1
    if (!main || uri !~ debian) next
    signed = ""
    if (match(options, /signed-by=[^] ]+/)) signed = substr(options, RSTART + 10, RLENGTH - 10)
    printf "Types: deb\nURIs: %s\nSuites: %s\n%sComponents: non-free\n\n", uri, suite, (signed == "" ? "" : "Signed-By: " signed "\n")
  }' "$@"
}

shopt -s nullglob
sources=("$apt_dir"/sources.list.d/*.sources)
lists=("$apt_dir"/sources.list.d/*.list)
[[ -f "$apt_dir/sources.list" ]] && lists=("$apt_dir/sources.list" "${lists[@]}")
# Our own earlier output is not a source to derive from.
sources=("${sources[@]/*\/gnnc-nonfree.sources/}")
out=""
for f in "${sources[@]}"; do [[ -n "$f" ]] && out+="$(deb822 "$f")"$'\n\n'; done
for f in "${lists[@]}"; do out+="$(one_line "$f")"$'\n\n'; done
out="$(printf '%s' "$out" | sed '/./,$!d' | cat -s)"
if [[ -z "${out//[$'\n' ]/}" ]]; then
  echo "apt-nonfree-source: no enabled Debian source with the main component under $apt_dir" >&2
  exit 1
fi
printf '%s\n' "$out"
