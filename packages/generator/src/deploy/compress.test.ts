import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { brotliText, COMPRESS_MIN_BYTES, compressTwins, gzipDeterministic, isCompressible, precompress } from "./compress.js";

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
      expect((await readdir(cacheDir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
      expect(compressTwins("pagefind/wasm.nl.pagefind", data, { stable, cacheDir }).br).toEqual(first.br);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
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
      ["foto.png", "index.html", "index.html.br", "index.html.gz", "klein.css", "nieuws", "nieuws/index.html", "nieuws/index.html.br", "nieuws/index.html.gz"].sort(),
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
