import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import {
  brotliCacheDir,
  brotliText,
  COMPRESS_MIN_BYTES,
  compressTwins,
  gzipDeterministic,
  isCompressible,
  precompress,
  pruneBrotliCache,
} from "./compress.js";

const text = (bytes: number) => Buffer.from("<p>Werkcentrum Rijnmond helpt u op weg naar werk.</p>\n".repeat(Math.ceil(bytes / 10)).slice(0, bytes));

describe("gzipDeterministic", () => {
  it("writes no file name, a zero mtime and the Unix OS byte, and decompresses to the input", async () => {
    const data = text(5000);
    const gz = gzipDeterministic(data);
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]); // magic, deflate, no FNAME/FCOMMENT/FEXTRA
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(gz[9]).toBe(3);
    expect(gunzipSync(gz)).toEqual(data);
    expect(gzipDeterministic(data)).toEqual(gz);
  });
});

describe("isCompressible", () => {
  it.each([
    ["index.html", COMPRESS_MIN_BYTES, true],
    ["index.html", COMPRESS_MIN_BYTES - 1, false],
    ["assets/werkcentrum.0123456789.css", 4000, true],
    ["agenda/bijeenkomst.ics", 2000, true],
    ["site.webmanifest", 2000, true],
    ["sitemap.xml", 2000, true],
    ["assets/fonts/font.0123456789.woff2", 40_000, false],
    ["foto.jpg", 40_000, false],
    ["index.html.gz", 40_000, false],
  ])("%s of %i bytes → %s", (path, size, expected) => {
    expect(isCompressible(path, size)).toBe(expected);
  });
});

describe("compressTwins", () => {
  it("gives twins that decode to the input, with brotli's best quality for content-hashed assets only", () => {
    const data = text(20_000);
    const page = compressTwins("nieuws/index.html", data);
    const asset = compressTwins("assets/werkcentrum.0123456789.css", data);
    for (const twins of [page, asset]) {
      expect(gunzipSync(twins.gz)).toEqual(data);
      expect(brotliDecompressSync(twins.br)).toEqual(data);
    }
    expect(asset.br).toEqual(brotliText(data));
    expect(page.br).not.toEqual(asset.br);
  });

  it("compresses a stable file at the best quality once, keeps it in the cache folder, and makes a damaged entry again", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "wc-brotli-cache-"));
    try {
      const stable = () => true;
      const data = Buffer.concat([text(20_000), Buffer.from(String(Math.random()))]); // new to this thread's memory
      const key = createHash("sha256").update(data).digest("hex");
      // A leftover that is not brotli of these bytes (a damaged disk, another tool) is never sent.
      await writeFile(join(cacheDir, `${key}.br`), "kapot");
      const first = compressTwins("pagefind/wasm.nl.pagefind", data, { stable, cacheDir });
      expect(first.br).toEqual(brotliText(data));
      expect(await readFile(join(cacheDir, `${key}.br`))).toEqual(first.br);
      expect(await readdir(cacheDir)).toEqual([`${key}.br`]);
      expect(compressTwins("pagefind/wasm.nl.pagefind", data, { stable, cacheDir }).br).toEqual(first.br);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

describe("pruneBrotliCache", () => {
  const hour = 3_600_000;
  let outDir: string;
  beforeEach(async () => {
    outDir = await mkdtemp(join(tmpdir(), "wc-brotli-prune-"));
  });
  afterEach(async () => rm(outDir, { recursive: true, force: true }));

  it("removes what killed writes left, and with a time the entries no build used since then; every use marks an entry", async () => {
    const cacheDir = brotliCacheDir(outDir);
    const stable = () => true;
    const data = Buffer.concat([text(20_000), Buffer.from(String(Math.random()))]);
    const key = createHash("sha256").update(data).digest("hex");
    const used = join(cacheDir, `${key}.br`);
    const unused = join(cacheDir, `${"0".repeat(64)}.br`);
    compressTwins("pagefind/wasm.nl.pagefind", data, { stable, cacheDir });
    await writeFile(unused, "oud");
    // A temporary file of write-file-atomic, one of the hand-written writes before it, and a stray folder.
    const leftovers = [`${key}.br.2718281828`, `${key}.br.4242.x1y2.tmp`, "los"].map((name) => join(cacheDir, name));
    await writeFile(leftovers[0]!, "hal");
    await writeFile(leftovers[1]!, "hal");
    await mkdir(leftovers[2]!);
    const past = new Date(Date.now() - hour);
    for (const entry of [used, unused]) await utimes(entry, past, past);

    // Without a time (the tidy step before a build): only the leftovers go.
    expect(await pruneBrotliCache(outDir)).toEqual(leftovers.sort());
    expect((await readdir(cacheDir)).sort()).toEqual([`${"0".repeat(64)}.br`, `${key}.br`]);

    // A use, also from this thread's memory, marks the entry; the one no build used since goes.
    const since = Date.now();
    expect(compressTwins("pagefind/wasm.nl.pagefind", data, { stable, cacheDir }).br).toEqual(await readFile(used));
    expect((await stat(used)).mtimeMs).toBeGreaterThanOrEqual(since - 1000);
    expect(await pruneBrotliCache(outDir, since)).toEqual([unused]);
    expect(await readdir(cacheDir)).toEqual([`${key}.br`]);

    // An entry used from memory after it was removed is written again.
    await rm(used);
    compressTwins("pagefind/wasm.nl.pagefind", data, { stable, cacheDir });
    expect(brotliDecompressSync(await readFile(used))).toEqual(data);
  });

  it("does nothing without a cache", async () => {
    expect(await pruneBrotliCache(outDir, Date.now())).toEqual([]);
  });
});

describe("precompress", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "wc-compress-"));
    await mkdir(join(dir, "nieuws"), { recursive: true });
    await writeFile(join(dir, "index.html"), text(8000));
    await writeFile(join(dir, "nieuws", "index.html"), text(3000));
    await writeFile(join(dir, "klein.css"), text(100));
    await writeFile(join(dir, "foto.png"), text(8000));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("adds .gz and .br twins to text files above the threshold only, and they decode to the original", async () => {
    const report = await precompress(dir);
    expect(report).toMatchObject({ files: 2, bytes: 11_000 });
    expect(report.gzipBytes).toBeLessThan(report.bytes / 4);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(
      [
        "foto.png",
        "index.html",
        "index.html.br",
        "index.html.gz",
        "klein.css",
        "nieuws",
        "nieuws/index.html",
        "nieuws/index.html.br",
        "nieuws/index.html.gz",
      ].sort(),
    );
    const original = await readFile(join(dir, "index.html"));
    expect(gunzipSync(await readFile(join(dir, "index.html.gz")))).toEqual(original);
    expect(brotliDecompressSync(await readFile(join(dir, "index.html.br")))).toEqual(original);
  });

  it("gives the same bytes on every run", async () => {
    await precompress(dir);
    const first = await readFile(join(dir, "index.html.br"));
    const firstGz = await readFile(join(dir, "index.html.gz"));
    await precompress(dir);
    expect(await readFile(join(dir, "index.html.br"))).toEqual(first);
    expect(await readFile(join(dir, "index.html.gz"))).toEqual(firstGz);
  });
});
