import assert from "node:assert/strict";
import { test } from "node:test";
import { tarballProblems } from "./tarball-rules.mjs";

const base = ["package.json", "README.md", "LICENSE", "dist/index.js", "dist/index.d.ts"];
const manifest = { name: "@werkcentrum/x", exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } } };

test("a clean tarball has no problems", () => {
  assert.deepEqual(tarballProblems(base, manifest), []);
});

const invalid = [
  ["a test file", [...base, "dist/index.test.js"], /a test file/],
  ["a source map", [...base, "dist/index.js.map"], /source map/],
  ["a fixture folder", [...base, "test/fixtures/site.yml"], /source, test or cache folder/],
  ["a fixture file", [...base, "dist/site.fixture.yml"], /fixture/],
  ["TypeScript source", [...base, "src/index.ts"], /TypeScript source/],
  ["a tsconfig", [...base, "tsconfig.json"], /configuration/],
  ["no README", base.filter((f) => f !== "README.md"), /README\.md is missing/],
  ["no LICENSE", base.filter((f) => f !== "LICENSE"), /LICENSE is missing/],
  ["an export target that is not packed", base.filter((f) => f !== "dist/index.d.ts"), /dist\/index\.d\.ts is not in the tarball/],
];
for (const [name, files, expected] of invalid) {
  test(`finds ${name}`, () => {
    assert.match(tarballProblems(files, manifest).join("\n"), expected);
  });
}

test("finds the source condition left in a packed manifest", () => {
  const withSource = { ...manifest, exports: { ".": { "@werkcentrum/source": "./src/index.ts", ...manifest.exports["."] } } };
  assert.match(tarballProblems(base, withSource).join("\n"), /still has the "@werkcentrum\/source" condition/);
});

test("a wildcard export needs at least one matching file", () => {
  const wild = { ...manifest, exports: { ...manifest.exports, "./schemas/*.json": "./dist/schemas/*.json" } };
  assert.match(tarballProblems(base, wild).join("\n"), /nothing matches/);
  assert.deepEqual(tarballProblems([...base, "dist/schemas/site.json"], wild), []);
});

test("the generator's browser sources are intended, its tests are not", () => {
  const generator = { ...manifest, name: "@werkcentrum/generator" };
  assert.deepEqual(tarballProblems([...base, "src/browser/finder.ts"], generator), []);
  assert.match(tarballProblems([...base, "src/browser/finder.test.ts"], generator).join("\n"), /a test file/);
  assert.match(tarballProblems([...base, "src/other.ts"], generator).join("\n"), /TypeScript source/);
});
