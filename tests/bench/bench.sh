#!/usr/bin/env bash
# Push and pull a 512 MiB, four-layer artifact on a local docker-registry with Lading and with skopeo doing
# the same copy, and print both times and Lading's peak RSS. A benchmark, not a test: it never fails on
# numbers.   tests/bench/bench.sh [BUILD_DIR] [TOTAL_MIB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$here/build}"
total_mib="${2:-512}"
lading="$build/app/lading"
for tool in docker-registry skopeo /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing: run scripts/setup.sh" >&2; exit 1; }
done
[ -x "$lading" ] || { echo "bench: build Lading first (scripts/setup.sh)" >&2; exit 1; }

work="$(mktemp -d /var/tmp/lading-bench.XXXXXX)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

. "$(dirname "${BASH_SOURCE[0]}")/registry.sh"
start_registry

layer_mib=$((total_mib / 4))
mkdir -p "$work/files"
for i in 1 2 3 4; do
    head -c "$((layer_mib * 1024 * 1024))" /dev/urandom > "$work/files/layer$i.bin"
done
sync

# time_of LABEL COMMAND...: prints "LABEL seconds peak-RSS-KiB"
time_of() {
    local label="$1"; shift
    sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    echo "$label $(cat "$work/time")"
}

results=()
# Lading: files straight from disk to the registry, and back to files.
results+=("$(time_of lading-push "$lading" push "$registry/bench/lading:v1" "$work/files/layer1.bin" "$work/files/layer2.bin" "$work/files/layer3.bin" "$work/files/layer4.bin")")
results+=("$(time_of lading-pull "$lading" pull "$registry/bench/lading:v1" -o "$work/pulled")")
cmp -s "$work/files/layer1.bin" "$work/pulled/layer1.bin" || { echo "bench: pulled bytes differ" >&2; exit 1; }
# The same copy both ways for both tools: OCI layout <-> registry.
"$lading" copy "$registry/bench/lading:v1" "oci:$work/source-layout:v1" > /dev/null
results+=("$(time_of lading-copy-to-registry "$lading" copy "oci:$work/source-layout:v1" "$registry/bench/lading-copy:v1")")
results+=("$(time_of skopeo-copy-to-registry skopeo copy --quiet --dest-tls-verify=false "oci:$work/source-layout:v1" "docker://$registry/bench/skopeo:v1")")
results+=("$(time_of lading-copy-from-registry "$lading" copy "$registry/bench/lading-copy:v1" "oci:$work/lading-layout:v1")")
results+=("$(time_of skopeo-copy-from-registry skopeo copy --quiet --src-tls-verify=false "docker://$registry/bench/skopeo:v1" "oci:$work/skopeo-layout:v1")")

printf '%-26s %8s %12s\n' "operation ($total_mib MiB)" seconds "peak RSS MiB"
for line in "${results[@]}"; do
    set -- $line
    printf '%-26s %8s %12s\n' "$1" "$2" "$(( $3 / 1024 ))"
done
