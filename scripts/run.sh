#!/usr/bin/env bash
# Installs what is missing, builds, starts a local demo registry (Debian's docker-registry on
# 127.0.0.1:5000, data in ~/.local/share/lading-demo), seeds it with samples of every artifact kind using
# Lading's own push, and opens the window on it. Idempotent: a running demo registry is reused, seeding happens once.
#   bash scripts/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" "$here/build"
lading="$here/build/app/lading"

port="${LADING_DEMO_PORT:-5000}"
registry="127.0.0.1:$port"
data="${XDG_DATA_HOME:-$HOME/.local/share}/lading-demo"
mkdir -p "$data"
# The seed's version: a demo seeded by an older Lading starts again from an empty registry (new samples,
# real signatures; an old sample left beside them would confuse).
seed_version=2
if [ -f "$data/seeded" ] && [ "$(cat "$data/seeded")" != "$seed_version" ]; then
    if [ -f "$data/registry.pid" ]; then kill "$(cat "$data/registry.pid")" 2>/dev/null || true; sleep 0.5; fi
    rm -rf "$data/storage" "$data/seeded"
fi
if ! "$lading" catalog "$registry" >/dev/null 2>&1; then
    cat > "$data/config.yml" <<YAML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $data/storage
  delete:
    enabled: true
http:
  addr: $registry
YAML
    nohup docker-registry serve "$data/config.yml" > "$data/registry.log" 2>&1 &
    echo $! > "$data/registry.pid"
    for _ in $(seq 1 50); do "$lading" catalog "$registry" >/dev/null 2>&1 && break; sleep 0.2; done
    echo "run: demo registry on $registry (pid $(cat "$data/registry.pid"); stop it with: kill \$(cat $data/registry.pid))"
fi
if [ "$(cat "$data/seeded" 2>/dev/null)" != "$seed_version" ] || [ -z "$("$lading" catalog "$registry")" ]; then
    LADING_DEMO_TRUST="$data/trust" bash "$here/scripts/seed-demo.sh" "$lading" "$registry"
    echo "$seed_version" > "$data/seeded"
fi

echo "run: the demo registry $registry holds:"
for repo in $("$lading" catalog "$registry"); do
    for tag in $("$lading" tags "$registry/$repo"); do
        echo "  $registry/$repo:$tag  $("$lading" resolve "$registry/$repo:$tag")"
    done
done
echo "run: referrers of $registry/demo/app:1.0:"
"$lading" referrers "$registry/demo/app:1.0" | sed 's/^/  /'
echo "run: try: $lading pull $registry/files/config-bundle:v1 -o /tmp/bundle"
echo "run: try: $lading verify $registry/demo/app:1.0 --key $data/trust/cosign.pub --trust-root $data/trust/notation-root.pem"
echo "run: to see the signatures verified in the window, add those two files under Trusted Keys and Roots."

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display here (DISPLAY and WAYLAND_DISPLAY are unset): from a desktop session, open the window with" >&2
    echo "     $lading open $registry/demo/app:1.0" >&2
    exit 0
fi
echo "run: opening the window on $registry/demo/app:1.0"
exec "$lading" open "$registry/demo/app:1.0"
