# Sourced by the benchmarks: start_registry starts Debian's docker-registry on a free loopback port with its
# storage in "$work/storage", waits until "$lading" reaches it, and sets $registry (host:port) and $pid.
start_registry() {
    for port in $(shuf -i 20000-40000 -n 20); do
        (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && continue
        break
    done
    registry="127.0.0.1:$port"
    cat > "$work/config.yml" <<YAML
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $work/storage
  delete:
    enabled: true
http:
  addr: $registry
YAML
    docker-registry serve "$work/config.yml" > "$work/registry.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 50); do "$lading" catalog "$registry" >/dev/null 2>&1 && break; sleep 0.1; done
}
