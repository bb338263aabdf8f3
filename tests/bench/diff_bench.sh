#!/usr/bin/env bash
# Time and peak RSS of `lading diff` on two images of TOTAL_MIB each (four gzip layers of random data and
# 2,000 small files each) that share their two lowest layers. Three comparisons:
#   same-paths  the right image's upper layers hold the same paths with other bytes: the shared layers are
#               never read;
#   other-paths the right image has a file more: the shared layers are listed once (not hashed);
#   registry    the same, with the left image in a local docker-registry (layers downloaded to the spool).
# A benchmark, not a test: it never fails on numbers.   tests/bench/diff_bench.sh [BUILD_DIR] [TOTAL_MIB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$here/build}"
total_mib="${2:-1024}"
layer_mib=$((total_mib / 4))
lading="$build/app/lading"
for tool in docker-registry /usr/bin/time sha256sum gzip tar; do
    command -v "$tool" >/dev/null || { echo "diff_bench: $tool is missing: run scripts/setup.sh" >&2; exit 1; }
done
[ -x "$lading" ] || { echo "diff_bench: build Lading first (scripts/setup.sh)" >&2; exit 1; }

work="$(mktemp -d /var/tmp/lading-diff-bench.XXXXXX)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export XDG_CACHE_HOME="$work/cache" # the spool of downloaded layers, emptied before each run

# layer NAME [EXTRA_FILE]: a gzip tar of 8 random files making layer_mib MiB and 2,000 small files.
layer() {
    local name="$1" src="$work/src/$1"
    mkdir -p "$src/$name/small"
    for i in 1 2 3 4 5 6 7 8; do
        head -c $((layer_mib * 1024 * 1024 / 8)) /dev/urandom > "$src/$name/big$i"
    done
    for i in $(seq 1 2000); do echo "$name $i" > "$src/$name/small/f$i"; done
    [ -n "${2:-}" ] && echo extra > "$src/$name/$2"
    # The same names on both sides for the upper layers: "top1"/"top2" folders whatever the layer is called.
    tar -C "$src" --transform "s,^\./$name,./${3:-$name}," -cf - . | gzip -1 > "$work/$name.tar.gz"
    rm -rf "$src"
}

# blob LAYOUT FILE: copies FILE into the layout's blobs, prints "sha256:<hex> <size>".
blob() {
    local hex size
    hex="$(sha256sum "$2" | cut -d' ' -f1)"
    size="$(stat -c %s "$2")"
    mkdir -p "$1/blobs/sha256"
    cp "$2" "$1/blobs/sha256/$hex"
    echo "sha256:$hex $size"
}

# image LAYOUT SIDE LAYER...: an OCI layout with one image tagged v1 over the given layer files.
image() {
    local layout="$1" side="$2"
    shift 2
    local layers="" digest size
    for file in "$@"; do
        read -r digest size < <(blob "$layout" "$file")
        layers="$layers${layers:+,}{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"$digest\",\"size\":$size}"
    done
    printf '{"architecture":"amd64","os":"linux","config":{"Env":["SIDE=%s"]},"rootfs":{"type":"layers","diff_ids":[]}}' \
        "$side" > "$work/config.json"
    read -r digest size < <(blob "$layout" "$work/config.json")
    printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":%s},"layers":[%s]}' \
        "$digest" "$size" "$layers" > "$work/manifest.json"
    read -r digest size < <(blob "$layout" "$work/manifest.json")
    printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"v1"}}]}' \
        "$digest" "$size" > "$layout/index.json"
    echo '{"imageLayoutVersion":"1.0.0"}' > "$layout/oci-layout"
}

echo "diff_bench: making two $total_mib MiB images sharing two of four layers…" >&2
layer base1
layer base2
layer left1 "" top1
layer left2 "" top2
layer same1 "" top1
layer same2 "" top2
layer other1 "" top1
layer other2 extra.txt top2
image "$work/left" left "$work/base1.tar.gz" "$work/base2.tar.gz" "$work/left1.tar.gz" "$work/left2.tar.gz"
image "$work/same" right "$work/base1.tar.gz" "$work/base2.tar.gz" "$work/same1.tar.gz" "$work/same2.tar.gz"
image "$work/other" right "$work/base1.tar.gz" "$work/base2.tar.gz" "$work/other1.tar.gz" "$work/other2.tar.gz"
rm -f "$work"/*.tar.gz

. "$(dirname "${BASH_SOURCE[0]}")/registry.sh"
start_registry
"$lading" copy "oci:$work/left:v1" "$registry/bench/left:v1" > /dev/null

# run LABEL LEFT RIGHT: one diff, exit code 1 (different) expected; prints seconds, peak RSS and what was read.
run() {
    rm -rf "$XDG_CACHE_HOME"
    sync
    /usr/bin/time -f "%e %M" -o "$work/time" "$lading" diff "$2" "$3" --json > "$work/out.json" 2> "$work/err" && code=0 || code=$?
    [ "$code" = 1 ] || { echo "diff_bench: lading diff exited $code: $(cat "$work/err")" >&2; exit 1; }
    read -r seconds kib < <(tail -n 1 "$work/time") # "Command exited with non-zero status 1" comes first
    local listed read_layers changes
    listed="$(grep -o '"prefixListed": [a-z]*' "$work/out.json" | head -1 | cut -d' ' -f2)"
    read_layers="$(grep -o '"layersRead": [0-9]*' "$work/out.json" | head -1 | cut -d' ' -f2)"
    changes="$(grep -c '"path": "top' "$work/out.json" || true)"
    printf '%-12s %8s %12s %12s %12s %8s\n' "$1" "$seconds" "$((kib / 1024))" "$read_layers" "$listed" "$changes"
}

printf '%-12s %8s %12s %12s %12s %8s\n' "($total_mib MiB)" seconds "peak RSS MiB" "layers read" "base listed" changes
run same-paths "oci:$work/left:v1" "oci:$work/same:v1"
run other-paths "oci:$work/left:v1" "oci:$work/other:v1"
run registry "$registry/bench/left:v1" "oci:$work/other:v1"
