// node --test scripts/packages/
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { restore, restoreSourceCondition, strip, stripSourceCondition } from "./source-condition.mjs";

const manifest = {
  name: "@werkcentrum/x",
  exports: {
    ".": { "@werkcentrum/source": "./src/index.ts", types: "./dist/index.d.ts", import: "./dist/index.js" },
    "./data.json": "./dist/data.json",
  },
};

test("strip removes only the source condition and records it", () => {
  const { manifest: stripped, removed } = stripSourceCondition(manifest);
  assert.deepEqual(stripped.exports["."], { types: "./dist/index.d.ts", import: "./dist/index.js" });
  assert.equal(stripped.exports["./data.json"], "./dist/data.json");
  assert.deepEqual(removed, { ".": "./src/index.ts" });
});

test("restore puts the condition back first, in the original key order", () => {
  const { manifest: stripped, removed } = stripSourceCondition(manifest);
  assert.equal(JSON.stringify(restoreSourceCondition(stripped, removed)), JSON.stringify(manifest));
});

test("restore keeps a change made to package.json between strip and restore", () => {
  const dir = mkdtempSync(join(tmpdir(), "source-condition-"));
  const file = join(dir, "package.json");
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  strip(dir);
  assert.ok(!readFileSync(file, "utf8").includes("@werkcentrum/source"));
  const changed = JSON.parse(readFileSync(file, "utf8"));
  writeFileSync(file, `${JSON.stringify({ ...changed, dependencies: { zod: "^4.1.0" } }, null, 2)}\n`);
  restore(dir);
  const after = JSON.parse(readFileSync(file, "utf8"));
  assert.deepEqual(after.exports, manifest.exports);
  assert.deepEqual(after.dependencies, { zod: "^4.1.0" });
});

test("a second strip after a failed pack restores first and loses nothing", () => {
  const dir = mkdtempSync(join(tmpdir(), "source-condition-"));
  mkdirSync(join(dir, "node_modules"));
  const original = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(dir, "package.json"), original);
  strip(dir);
  strip(dir); // postpack never ran
  restore(dir);
  assert.equal(readFileSync(join(dir, "package.json"), "utf8"), original);
});
