#!/usr/bin/env bash
# What can be checked of docker/ without a Docker engine (docker/README.md, "What was run where"):
#   1. both compose variants parse and interpolate against the Compose specification (`docker compose config`,
#      or Debian's docker-compose 1.29 where the compose plugin is missing), with throwaway secrets;
#   2. the Dockerfile's build stage is run here: the build context (the repository less .dockerignore) is
#      copied to a temporary folder, the stage's RUN commands on the sources run there with bash (node and npm
#      are this machine's), and the files the runtime
#      stage copies from it must exist; the jar must start (spoor --help).
# Usage: docker/validate.sh [--no-build]
set -euo pipefail
DOCKER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$DOCKER_DIR")"
cd "$DOCKER_DIR"

if docker compose version >/dev/null 2>&1; then COMPOSE=(docker compose); 
elif command -v docker-compose >/dev/null; then COMPOSE=(docker-compose);
else echo "validate: neither 'docker compose' nor docker-compose is installed (apt-get install docker-compose)" >&2; exit 1; fi

env_file="$(mktemp)"; work=""
trap 'rm -f "$env_file"; [ -n "$work" ] && rm -rf "$work"' EXIT
sed -e "s/^NEO4J_PASSWORD=$/NEO4J_PASSWORD=$(openssl rand -hex 12)/" -e "s/^REDIS_PASSWORD=$/REDIS_PASSWORD=$(openssl rand -hex 12)/" \
    -e "s/^SPOOR_BSN_KEY=$/SPOOR_BSN_KEY=$(openssl rand -hex 32)/" -e "s/^# NEO4J_ACCEPT_LICENSE_AGREEMENT=yes$/NEO4J_ACCEPT_LICENSE_AGREEMENT=yes/" \
    .env.example > "$env_file"
for files in "compose.yaml" "compose.yaml compose.cluster.yaml"; do
  args=(); for f in $files; do args+=(-f "$f"); done
  "${COMPOSE[@]}" --env-file "$env_file" "${args[@]}" config -q
  echo "validate: ${COMPOSE[*]} config: $files parses"
done
# Without the secrets compose must refuse, naming the variable.
if "${COMPOSE[@]}" --env-file /dev/null -f compose.yaml config -q 2>/dev/null; then
  echo "validate: compose.yaml accepted a setup without NEO4J_PASSWORD" >&2; exit 1
fi
echo "validate: compose.yaml refuses to run without the secrets of .env"

[ "${1:-}" = "--no-build" ] && exit 0

# ---- the build stage, here (the image's Maven runs on JDK 25: use JAVA_HOME, else a JDK 25 in /usr/lib/jvm)
if [ -z "${JAVA_HOME:-}" ]; then
  for d in /usr/lib/jvm/*25*; do [ -x "$d/bin/javac" ] && { export JAVA_HOME="$d"; break; }; done
fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
work="$(mktemp -d)"
python3 - "$ROOT" "$work" <<'PY'
import fnmatch, os, shutil, subprocess, sys
root, dest = sys.argv[1], sys.argv[2]
patterns = [l.strip() for l in open(os.path.join(root, ".dockerignore")) if l.strip() and not l.startswith("#")]
def ignored(path):
    parts = path.split("/")
    for p in patterns:
        p = p.rstrip("/")
        for i in range(1, len(parts) + 1):
            prefix = "/".join(parts[:i])
            if fnmatch.fnmatch(prefix, p) or (p.startswith("**/") and fnmatch.fnmatch(parts[i - 1], p[3:])):
                return True
    return False
files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=root, capture_output=True, text=True, check=True).stdout.split("\n")
n = 0
for f in filter(None, files):
    if ignored(f) or not os.path.isfile(os.path.join(root, f)):
        continue
    os.makedirs(os.path.dirname(os.path.join(dest, f)), exist_ok=True)
    shutil.copy2(os.path.join(root, f), os.path.join(dest, f))
    n += 1
print(f"validate: build context: {n} files (the repository less .dockerignore)")
PY
# This machine's Maven settings (a local mirror) are not part of the build; the image uses Maven Central.
[ -f "$ROOT/.mvn/maven.config" ] && mkdir -p "$work/.mvn" && cp "$ROOT/.mvn/maven.config" "$work/.mvn/"
# The RUN commands of the build stage after its WORKDIR, i.e. those that work on the sources; the ones before
# only install the toolchain (node, npm) that this machine already has.
mapfile -t runs < <(awk '/^FROM .* AS build$/{b=1;next} /^FROM /{b=0} b && /^WORKDIR /{w=1;next} b && w' Dockerfile \
  | sed -e ':a' -e '/\\$/N; s/\\\n//; ta' | sed -n 's/^RUN \(--mount=[^ ]* \)*//p')
for cmd in "${runs[@]}"; do
  echo "validate: RUN $cmd"
  (cd "$work" && bash -c "$cmd")
done
while read -r src; do
  rel="${src#/src/}"
  [ -f "$work/$rel" ] || { echo "validate: the runtime stage copies $src, which the build stage did not make" >&2; exit 1; }
  echo "validate: built $src ($(stat -c %s "$work/$rel") bytes)"
done < <(sed -n 's/^COPY --from=build \([^ ]*\) .*/\1/p' Dockerfile)
# The image's start command, on the jar just built: it must start and answer.
sed "s#/opt/spoor/spoor.jar#$work/query-api/target/spoor.jar#" spoor.sh > "$work/spoor.sh"
SPOOR_JAVA_OPTS="" sh "$work/spoor.sh" --help | head -3
echo "validate: done"
