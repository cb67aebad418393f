#!/usr/bin/env bash
# Everything the npm packages must be, in one run: manifests, the public API lists, what each tarball
# holds, publint and attw on the real tarballs, a consumer project outside the workspace, and a changesets dry
# run. Needs the packages built first (`npx turbo run build --filter=./packages/* --filter=./themes/*`).
# Run from anywhere: `npm run packages:check`, or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "== packages: manifests, the checks' own tests, public API lists"
node scripts/packages/check-manifests.mjs
node --test --test-reporter=spec scripts/packages/*.test.mjs
node scripts/packages/check-api.mjs

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

echo "== packages: npm pack and tarball contents"
node scripts/packages/pack.mjs --out "${work}"
node scripts/packages/check-manifests.mjs # packing put every package.json back as it was

echo "== packages: publint and attw on each tarball"
for tgz in "${work}"/*.tgz; do
  npx --no-install publint run "${tgz}" --strict
  # attw checks what TypeScript resolves; exports that are data files, not modules or JSON (the region outlines as
  # TopoJSON and GeoJSON, the theme's tokens.css), are left out. resolve-exports.mjs loads every export.
  mapfile -t exclude < <(tar -xOzf "${tgz}" package/package.json | node -e '
    const { exports = {} } = JSON.parse(require("fs").readFileSync(0, "utf8"));
    for (const [entry, target] of Object.entries(exports)) {
      const file = typeof target === "string" ? target : (target.import ?? target.default ?? "");
      if (typeof file === "string" && !/\.(m?js|json)$/.test(file)) console.log(`--exclude-entrypoints\n${entry}`);
    }')
  npx --no-install attw "${tgz}" --profile esm-only --format ascii "${exclude[@]}"
done

echo "== packages: a consumer project outside the workspace installs the tarballs"
node scripts/packages/consumer-test.mjs "${work}"/*.tgz

echo "== packages: changesets write a CHANGELOG.md per package and never version a site"
node scripts/packages/changelog-dry-run.mjs
