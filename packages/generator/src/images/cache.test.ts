import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IMAGE_CHECK_FILE, readSiteFiles } from "@werkcentrum/content";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { imageSources, pruneImageCache } from "./cache.js";
import { ENCODED_DIR } from "./prepare.js";

let cache: string;
beforeEach(async () => {
  cache = await mkdtemp(join(tmpdir(), "wc-image-cache-"));
});
afterEach(async () => rm(cache, { recursive: true, force: true }));

const hash = (digit: string) => digit.repeat(64);

/** A source folder as the check and the encoders leave it. */
async function entry(sha: string, extra: string[] = []) {
  await mkdir(join(cache, sha, ENCODED_DIR), { recursive: true });
  await writeFile(join(cache, sha, ENCODED_DIR, "manifest.json"), "{}");
  await writeFile(join(cache, sha, IMAGE_CHECK_FILE), "{}");
  for (const name of extra) await mkdir(join(cache, sha, name), { recursive: true });
}

describe("pruneImageCache", () => {
  it("removes the folders of sources no site uses, and keeps the others whole", async () => {
    await entry(hash("a"));
    await entry(hash("b"));
    await entry(hash("c"));
    expect(await pruneImageCache(cache, new Set([hash("a"), hash("c"), hash("d")]))).toEqual({ sources: 1, stale: 0 });
    expect(await readdir(cache)).toEqual([hash("a"), hash("c")]);
    expect((await readdir(join(cache, hash("a")))).sort()).toEqual([IMAGE_CHECK_FILE, ENCODED_DIR].sort());
    expect(await readdir(join(cache, hash("a"), ENCODED_DIR))).toEqual(["manifest.json"]);
  });

  it("removes what other settings made, what killed builds left, and anything that is no source's folder", async () => {
    await entry(hash("a"), ["encoded-0000000000000000", `${ENCODED_DIR}.tmp-123-456`]);
    await writeFile(join(cache, hash("a"), "check-0000000000000000.json"), "{}");
    await writeFile(join(cache, hash("a"), `${IMAGE_CHECK_FILE}.tmp-1-x`), "{");
    // A folder a killed prune renamed aside, an entry of the layout before sources had folders, a stray file.
    await mkdir(join(cache, ".pruned-0123456789ab", ENCODED_DIR), { recursive: true });
    await mkdir(join(cache, "8511ad383e042c2ed1887bdd9e17fcb4"), { recursive: true });
    await writeFile(join(cache, "notes.txt"), "x");
    expect(await pruneImageCache(cache, new Set([hash("a")]))).toEqual({ sources: 0, stale: 4 });
    expect(await readdir(cache)).toEqual([hash("a")]);
    expect((await readdir(join(cache, hash("a")))).sort()).toEqual([IMAGE_CHECK_FILE, ENCODED_DIR].sort());
  });

  it("does nothing without a cache folder", async () => {
    expect(await pruneImageCache(join(cache, "absent"), new Set())).toEqual({ sources: 0, stale: 0 });
  });
});

describe("imageSources", () => {
  it("lists the sha256 of each image in content/ once, sorted, and nothing else", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wc-image-sources-"));
    try {
      await mkdir(join(dir, "content/afbeeldingen"), { recursive: true });
      await writeFile(join(dir, "content/afbeeldingen/a.jpg"), "same bytes");
      await writeFile(join(dir, "content/afbeeldingen/b.PNG"), "same bytes");
      await writeFile(join(dir, "content/afbeeldingen/c.svg"), "<svg/>");
      await writeFile(join(dir, "content/brochure.pdf"), "pdf");
      await writeFile(join(dir, "site.yml"), "code: AM22\n");
      const files = readSiteFiles(dir);
      const expected = [files.hashes.get("content/afbeeldingen/a.jpg")!, files.hashes.get("content/afbeeldingen/c.svg")!].sort();
      expect(imageSources(files)).toEqual(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
