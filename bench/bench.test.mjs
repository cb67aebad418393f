// Unit tests of the benchmark's own helpers: `node --test bench/` (the bench folder is not a workspace).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import sharp from "sharp";
import { benchPhoto, generateCorpus, prng } from "./corpus.mjs";
import { withoutImages } from "./images.mjs";
import { median, treeRss } from "./measure.mjs";
import { packageOf, summarise } from "./profile.mjs";

async function corpusIn(dir, pages) {
  for (const site of ["rijnmond", "werkcentrum.nl"]) await mkdir(join(dir, "sites", site), { recursive: true });
  return generateCorpus(dir, { pages });
}

const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => /\.(md|jpg)$/.test(file))
    .sort()
    .map((file) => [file, readFileSync(join(dir, file)).toString("base64")]);

test("the corpus is the same for the same seed and page count", async () => {
  const a = mkdtempSync(join(tmpdir(), "bench-a-"));
  const b = mkdtempSync(join(tmpdir(), "bench-b-"));
  try {
    const summary = await corpusIn(a, 40);
    await corpusIn(b, 40);
    assert.deepEqual(files(a), files(b));
    // 40 pages of the mix, one meerjarenagenda and two filled-in base texts for the region; 40 for the landing site.
    assert.deepEqual(summary, { markdown: 40 + 1 + 40, images: 2 + 2, sites: 2 });
    const news = readFileSync(join(a, "sites", "rijnmond", "content", "nieuws", "bericht-2.md"), "utf8");
    assert.match(news, /^---\n# Gemaakt door bench\/corpus\.mjs[^\n]*\ntitel: .+\ndatum: 20\d\d-\d\d-\d\d\n/);
    assert.match(news, /afbeelding:\n {2}bron: \/afbeeldingen\/foto-\d+\.jpg\n {2}alt: .{5,}\n/);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});

test("prng is deterministic and in [0, 1)", () => {
  const one = prng(42);
  const two = prng(42);
  const values = Array.from({ length: 1000 }, () => one());
  assert.deepEqual(
    values,
    Array.from({ length: 1000 }, () => two()),
  );
  assert.ok(values.every((v) => v >= 0 && v < 1));
  assert.notDeepEqual(values.slice(0, 5), Array.from({ length: 5 }, prng(43)));
});

test("benchPhoto gives each image its own bytes: a camera-sized JPEG that decodes, with its label in a comment", async () => {
  const [a, b] = [await benchPhoto(1, "bench a"), await benchPhoto(1, "bench b")];
  assert.notDeepEqual(a, b);
  assert.ok(a.length > 1024 * 1024, `${a.length} bytes`);
  const meta = await sharp(a).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ["jpeg", 3000, 2000]);
  assert.equal((await sharp(a).stats()).isOpaque, true);
  assert.ok(a.includes("bench a"));
});

test("treeRss counts a child process and its own children", async () => {
  const child = spawn(process.execPath, [
    "-e",
    "require('child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 3000)']); setTimeout(() => {}, 3000)",
  ]);
  await new Promise((resolve) => setTimeout(resolve, 700));
  const { kb, processes } = treeRss(child.pid);
  child.kill();
  assert.equal(processes, 2);
  assert.ok(kb > 10_000, `two node processes use more than 10 MB, got ${kb} kB`);
});

test("median", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
});

test("packageOf names the package a script belongs to", () => {
  const cases = [
    ["file:///p/node_modules/@11ty/eleventy/src/Template.js", "x", "@11ty/eleventy"],
    ["file:///p/node_modules/a/node_modules/nunjucks/src/runtime.js", "x", "nunjucks"],
    ["file:///p/packages/content/dist/index.js", "x", "@werkcentrum/content"],
    ["file:///p/themes/werkcentrum/dist/index.js", "x", "@werkcentrum/theme"],
    ["node:internal/url", "x", "node (built-in modules)"],
    ["", "(garbage collector)", "(garbage collector)"],
    ["", "openFileHandle", "(native)"],
  ];
  for (const [url, name, expected] of cases) assert.equal(packageOf(url, name), expected, url);
});

test("summarise adds self time per package and function", () => {
  const frame = (functionName, url) => ({ functionName, url, lineNumber: 0 });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame("(root)", "") },
      { id: 2, callFrame: frame("render", "file:///p/node_modules/nunjucks/src/environment.js") },
      { id: 3, callFrame: frame("wordsOf", "file:///p/packages/content/dist/index.js") },
    ],
    samples: [2, 2, 3, 2],
    timeDeltas: [1000, 1000, 2000, 1000],
  };
  const summary = summarise(profile);
  assert.equal(summary.totalMs, 5);
  assert.deepEqual(
    summary.packages.map((p) => [p.name, p.ms]),
    [
      ["nunjucks", 3],
      ["@werkcentrum/content", 2],
    ],
  );
  assert.equal(summary.functions[0].name, "render  nunjucks/src/environment.js:1");
});

test("withoutImages takes a news item's photo out of its front matter and body, and leaves the rest", () => {
  const news = [
    "---",
    "titel: Bericht 2",
    "afbeelding:",
    "  bron: /afbeeldingen/foto-1.jpg",
    "  alt: Mensen in gesprek over werk 1",
    "voor: [werkgevers]",
    "---",
    "",
    "Een alinea.",
    "",
    "![Mensen in gesprek over werk 2](/afbeeldingen/foto-2.jpg)",
    "",
  ].join("\n");
  assert.equal(withoutImages(news), "---\ntitel: Bericht 2\nvoor: [werkgevers]\n---\n\nEen alinea.\n\n");
});
