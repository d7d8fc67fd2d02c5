#!/usr/bin/env bash
# The Dockerfile, built and run without a Docker engine: buildah (chroot isolation, vfs storage) builds it
# on a Debian bookworm base with OpenJDK 17 made here by debootstrap, since no registry of base images is
# reachable (BUILD_IMAGE and RUNTIME_IMAGE stand in for the pinned Temurin images). The machine's own CA
# certificates go into that base, so that Maven inside reaches Maven Central as the host does. Then the
# image runs with its own entrypoint and environment: as user 1001, the embedded PostgreSQL in /data,
# ready and answering, and its HEALTHCHECK command (on the port chosen here) says healthy.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
S="--storage-driver vfs --root $work/storage --runroot $work/run"
port=18096
cleanup() {
  pkill -f 'java .*-jar /app/quarkus-run.jar' 2>/dev/null || true # the image's path, not the host's jar
  sleep 1
  buildah $S rm -a >/dev/null 2>&1 || true
  rm -rf "$work" 2>/dev/null || umount -R "$work"/storage/* 2>/dev/null || true
  rm -rf "$work" || true
}
trap cleanup EXIT

started=$(date +%s)
debootstrap --variant=minbase --include=openjdk-17-jdk-headless,ca-certificates bookworm "$work/rootfs" \
  http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 || { tail -5 "$work/debootstrap.log"; exit 1; }
cp /usr/local/share/ca-certificates/*.crt "$work/rootfs/usr/local/share/ca-certificates/" 2>/dev/null || true
cp /etc/ssl/certs/ca-certificates.crt "$work/rootfs/etc/ssl/certs/ca-certificates.crt"
cp /etc/ssl/certs/java/cacerts "$work/rootfs/etc/ssl/certs/java/cacerts"
base=$(buildah $S from scratch)
cp -a "$work/rootfs/." "$(buildah $S mount "$base")/"
buildah $S unmount "$base" >/dev/null
buildah $S commit -q "$base" localhost/debian-jdk17:bookworm >/dev/null
rm -rf "$work/rootfs"
# Docker's image format: OCI's has no HEALTHCHECK.
buildah $S bud --format docker --isolation chroot --ulimit nofile=20000:20000 \
  --build-arg BUILD_IMAGE=localhost/debian-jdk17:bookworm --build-arg RUNTIME_IMAGE=localhost/debian-jdk17:bookworm \
  -t localhost/mynacard-api:check . >"$work/build.log" 2>&1 || { grep -E 'ERROR|Error' "$work/build.log" | head; exit 1; }
built=$(( $(date +%s) - started ))

container=$(buildah $S from localhost/mynacard-api:check)
# The image's entrypoint, user and environment; chroot isolation shares the host's network.
config() { buildah $S inspect --type image localhost/mynacard-api:check | python3 -c \
  'import json,sys; c=json.load(sys.stdin)["Docker"]["config"]; print(json.dumps(eval(sys.argv[1])))' "$1"; }
[ "$(config 'c["Entrypoint"]')" = '["sh", "-c", "exec java @/app/jvm.options $JAVA_OPTS -jar /app/quarkus-run.jar \"$@\"", "--"]' ] \
  || { echo "image: entrypoint $(config 'c["Entrypoint"]')"; exit 1; }
[ "$(config 'c["User"], sorted(c["ExposedPorts"])')" = '["1001", ["8080/tcp"]]' ] \
  || { echo "image: user and ports $(config 'c["User"], sorted(c["ExposedPorts"])')"; exit 1; }
buildah $S run --isolation chroot --env QUARKUS_HTTP_PORT=$port "$container" -- \
  sh -c 'echo "user $(id -u)"; exec java @/app/jvm.options $JAVA_OPTS -jar /app/quarkus-run.jar' >"$work/container.log" 2>&1 &
for i in $(seq 1 150); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
  [ "$i" = 150 ] && { echo "image: not ready"; tail -20 "$work/container.log"; exit 1; }
  sleep 1
done
failures=0
grep -q '^user 1001$' "$work/container.log" || { echo "image: not run as 1001"; failures=1; }
grep -q 'starting the embedded PostgreSQL in /data/postgres' "$work/container.log" || { echo "image: no embedded PostgreSQL in /data"; failures=1; }
tokyo=$(curl -s "http://127.0.0.1:$port/api/v1/areas/13" | grep -o '"nameJa":"東京都"' || true)
[ -n "$tokyo" ] || { echo "image: /api/v1/areas/13 did not answer Tokyo"; failures=1; }
healthcheck=$(config 'c["Healthcheck"]["Test"][3]' | python3 -c 'import json,sys; print(json.load(sys.stdin))')
bash -c "${healthcheck//127.0.0.1\/8080/127.0.0.1\/$port}" || { echo "image: HEALTHCHECK says unhealthy: $healthcheck"; failures=1; }
size=$(buildah $S images --format '{{.Size}}' localhost/mynacard-api:check)
echo "image: built in ${built} s ($size on a Debian base); runs as 1001 with its embedded PostgreSQL in /data; ready in ${i} s; HEALTHCHECK healthy"
exit $failures
