import { createHash } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSite } from "./check-site.js";
import { ContentError } from "./problem.js";
import { readSiteFiles, readSiteText, type FileHashCache } from "./site-files.js";
import { temporarySites } from "./test-site.js";

const site = temporarySites("wc-site-files-");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const page = (body: string) => `---\ntitel: Over ons\n---\n${body}\n`;
const files = {
  "site.yml": "code: AM19\nnaam: Rijnmond\nstatus: actief\n",
  "content/over-ons.md": page("Wij helpen."),
  "content/afbeeldingen/a.jpg": "geen foto",
};

/** A cache that knows every file by path, whatever its stat, and counts what it was asked. */
function knowingCache(hashes: Record<string, string>): FileHashCache & { got: string[]; kept: string[] } {
  const got: string[] = [];
  const kept: string[] = [];
  return {
    got,
    kept,
    get: (file) => {
      const hash = Object.entries(hashes).find(([path]) => file.endsWith(`/${path}`))?.[1];
      if (hash) got.push(file);
      return hash;
    },
    set: (file) => void kept.push(file),
  };
}

describe("readSiteFiles", () => {
  it("reads and hashes every file once without a cache, the model's files with their bytes", async () => {
    const dir = await site(files);
    const read = readSiteFiles(dir);
    expect([...read.hashes.keys()]).toEqual(["content/afbeeldingen/a.jpg", "content/over-ons.md", "site.yml"]);
    expect(read.hashes.get("content/over-ons.md")).toBe(sha256(files["content/over-ons.md"]));
    expect([...read.text.keys()].sort()).toEqual(["content/over-ons.md", "site.yml"]);
  });

  it("with a cache and lazyText, reads no file the cache knows, and hashes and keeps the others", async () => {
    const dir = await site(files);
    const cache = knowingCache({ "site.yml": sha256(files["site.yml"]), "content/afbeeldingen/a.jpg": sha256("geen foto") });
    const read = readSiteFiles(dir, { hashCache: cache, lazyText: true });
    expect(read.hashes).toEqual(readSiteFiles(dir).hashes);
    expect(cache.got.map((file) => file.slice(dir.length + 1)).sort()).toEqual(["content/afbeeldingen/a.jpg", "site.yml"]);
    expect(cache.kept).toEqual([join(dir, "content/over-ons.md")]);
    // The file that had to be read for its hash keeps its bytes; the other waits for readSiteText.
    expect([...read.text.keys()]).toEqual(["content/over-ons.md"]);
  });

  it("without lazyText, hashes the model's files from the bytes it reads, whatever the cache says", async () => {
    const dir = await site(files);
    const cache = knowingCache({ "site.yml": "0".repeat(64) });
    const read = readSiteFiles(dir, { hashCache: cache });
    expect(read.hashes.get("site.yml")).toBe(sha256(files["site.yml"]));
    expect([...read.text.keys()].sort()).toEqual(["content/over-ons.md", "site.yml"]);
  });
});

describe("readSiteText", () => {
  it("reads each model file left unread once, and nothing when every one was read", async () => {
    const dir = await site(files);
    const read = readSiteFiles(dir, {
      hashCache: knowingCache({ "site.yml": sha256(files["site.yml"]), "over-ons.md": sha256(files["content/over-ons.md"]) }),
      lazyText: true,
    });
    expect(read.text.size).toBe(0);
    expect(readSiteText(dir, read)).toEqual([]);
    expect(Buffer.from(read.text.get("site.yml")!).toString()).toBe(files["site.yml"]);
    const first = read.text.get("site.yml");
    readSiteText(dir, read);
    expect(read.text.get("site.yml")).toBe(first);
  });

  it("fingerprints what it reads: a file changed since it was hashed gets the new bytes' hash and is named", async () => {
    const dir = await site(files);
    const read = readSiteFiles(dir, { hashCache: knowingCache({ "over-ons.md": sha256(files["content/over-ons.md"]) }), lazyText: true });
    await writeFile(join(dir, "content/over-ons.md"), page("Wij helpen u."));
    expect(readSiteText(dir, read)).toEqual(["content/over-ons.md"]);
    expect(read.hashes.get("content/over-ons.md")).toBe(sha256(page("Wij helpen u.")));
  });

  it("names a file removed after it was hashed in a Dutch ContentError, under the folder as messages show it", async () => {
    const dir = await site(files);
    const read = readSiteFiles(dir, { hashCache: knowingCache({ "over-ons.md": sha256(files["content/over-ons.md"]) }), lazyText: true });
    await rm(join(dir, "content/over-ons.md"));
    const error = (() => {
      try {
        readSiteText(dir, read, "sites/rijnmond");
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      expect.objectContaining({
        file: "sites/rijnmond/content/over-ons.md",
        line: 1,
        severity: "error",
        message: expect.stringMatching(/^Dit bestand is weggehaald/),
      }),
    ]);
  });

  it("lets checkSite make the model from a lazily read folder, reading what was left", async () => {
    const dir = await site(files);
    const read = readSiteFiles(dir, { hashCache: knowingCache({ "over-ons.md": sha256(files["content/over-ons.md"]) }), lazyText: true });
    const report = await checkSite(dir, { baseTexts: false, files: read });
    expect(report.entries.map((entry) => entry.permalink)).toEqual(["/over-ons/"]);
    expect(report).toEqual(await checkSite(dir, { baseTexts: false }));
  });
});
