import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileHashes, fileHashesFile, FILE_HASHES_FORMAT } from "./file-hashes.js";
import { readSiteInputs, siteInputs } from "./fingerprint.js";
import type { ProjectPaths } from "./paths.js";
import { getSite } from "./sites.js";
import { afterTick as waitForTick } from "./test-clock.js";

const site = getSite("rijnmond")!;
let paths: ProjectPaths;
let siteDir: string;

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const page = (body: string) => `---\ntitel: Over ons\n---\n${body}\n`;
const saved = new Date("2026-11-30T09:15:00.123Z");

function write(path: string, data: string | Buffer): void {
  mkdirSync(dirname(join(siteDir, path)), { recursive: true });
  writeFileSync(join(siteDir, path), data);
}

/** Waits until the site's files are older than the next build, as they are when an editor saved them a while ago. */
const afterTick = () => waitForTick(paths.outDir, [siteDir]);

/** One build's fingerprinting: the cache opened, the site read, the cache saved. */
function run() {
  const hashes = FileHashes.open(paths.outDir);
  const input = siteInputs(site, paths, "shared", undefined, hashes);
  hashes.save();
  return input;
}
/** The fingerprint from reading every file, as without a cache. */
const truth = () => siteInputs(site, paths, "shared").fingerprint;

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), "wc-file-hashes-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  siteDir = join(paths.sitesDir, site.slug);
  write("site.yml", "code: AM19\nnaam: Rijnmond\n");
  write("content/over-ons.md", page("Wij helpen."));
  write("content/afbeeldingen/foto.jpg", Buffer.alloc(4096, 7));
  // Saved a while ago, to the millisecond, so a test can set a file's modification time back exactly.
  for (const path of ["site.yml", "content/over-ons.md", "content/afbeeldingen/foto.jpg"]) utimesSync(join(siteDir, path), saved, saved);
});
afterEach(() => rmSync(dirname(paths.sitesDir), { recursive: true, force: true }));

describe("the hashes kept by stat", () => {
  it("fingerprint a folder where nothing changed without reading a file", async () => {
    await afterTick();
    const first = run();
    expect(first.fingerprint).toBe(truth());
    const written = statSync(fileHashesFile(paths.outDir), { bigint: true });
    const second = run();
    expect(second.fingerprint).toBe(first.fingerprint);
    // Nothing new to keep: the file is not written again.
    const after = statSync(fileHashesFile(paths.outDir), { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([written.ino, written.mtimeNs]);
    // No file the model parses was read (they are read only for a site that is built), and every hash was known.
    expect(second.files.text.size).toBe(0);
    const cache = FileHashes.open(paths.outDir).folder(siteDir);
    for (const path of ["site.yml", "content/over-ons.md", "content/afbeeldingen/foto.jpg"]) {
      const file = join(siteDir, path);
      expect(cache.get(file, lstatSync(file, { bigint: true })), path).toBe(sha256(readFileSync(file)));
    }
  });

  it("see a change with the same size and the modification time set back (the change time and the inode show it)", async () => {
    await afterTick();
    const first = run().fingerprint;
    const file = join(siteDir, "content/over-ons.md");
    const before = statSync(file, { bigint: true });
    writeFileSync(file, page("Wij helpen!"));
    utimesSync(file, saved, saved);
    const after = statSync(file, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    const second = run().fingerprint;
    expect(second).not.toBe(first);
    expect(second).toBe(truth());

    // Replaced by another file of the same size and time: a new inode.
    await afterTick();
    run();
    const photo = join(siteDir, "content/afbeeldingen/foto.jpg");
    writeFileSync(`${photo}.new`, Buffer.alloc(4096, 8));
    utimesSync(`${photo}.new`, saved, saved);
    renameSync(`${photo}.new`, photo);
    expect(run().fingerprint).toBe(truth());
    expect(truth()).not.toBe(second);
  });

  it("see a deleted file and a new one, and forget the deleted one", async () => {
    await afterTick();
    const first = run().fingerprint;
    rmSync(join(siteDir, "content/afbeeldingen/foto.jpg"));
    const second = run().fingerprint;
    expect(second).not.toBe(first);
    expect(second).toBe(truth());
    expect(readFileSync(fileHashesFile(paths.outDir), "utf8")).not.toContain("foto.jpg");
    write("content/nieuw.md", page("Nieuw."));
    const third = run();
    expect(third.fingerprint).not.toBe(second);
    expect(third.fingerprint).toBe(truth());
    expect(third.files.text.has("content/nieuw.md")).toBe(true);
  });

  it("are not used from a damaged file: everything is hashed, and a good file is written again", async () => {
    await afterTick();
    const damaged = [
      "",
      "{",
      "null",
      "[]",
      `{"format":${FILE_HASHES_FORMAT}}`,
      `{"format":${FILE_HASHES_FORMAT},"groups":null}`,
      `{"format":${FILE_HASHES_FORMAT},"groups":{${JSON.stringify(siteDir)}:{"since":"soon","files":{}}}}`,
      `{"format":${FILE_HASHES_FORMAT},"groups":{${JSON.stringify(siteDir)}:{"since":"99999999999999999999","files":{"site.yml":["1","2"],"content/over-ons.md":null,"content/afbeeldingen/foto.jpg":[1,2,3,4,"x"]}}}}`,
      `{"format":${FILE_HASHES_FORMAT},"groups":{},"derived":{"k":{"since":"99999999999999999999","watched":{"/":5},"value":1},"m":null}}`,
    ];
    for (const text of damaged) {
      mkdirSync(dirname(fileHashesFile(paths.outDir)), { recursive: true });
      writeFileSync(fileHashesFile(paths.outDir), text);
      expect(run().fingerprint, text).toBe(truth());
      expect(JSON.parse(readFileSync(fileHashesFile(paths.outDir), "utf8")).format).toBe(FILE_HASHES_FORMAT);
    }
  });

  const sitePaths = ["site.yml", "content/over-ons.md", "content/afbeeldingen/foto.jpg"];
  const statOf = (path: string) => lstatSync(join(siteDir, path), { bigint: true });

  /**
   * A kept file with the real stat of every file of the site (or of `target`, with field `change` one higher) and
   * `since` as given, which says `target` has other contents than it has: whether the build believes it shows which
   * rule protects the build.
   */
  function forged(options: { format?: number; since?: bigint; change?: number; target?: string } = {}): void {
    const target = options.target ?? "content/over-ons.md";
    const files: Record<string, string[]> = {};
    for (const path of sitePaths) {
      const stat = statOf(path);
      const entry = [stat.size, stat.mtimeNs, stat.ctimeNs, stat.ino].map(String);
      if (path === target && options.change !== undefined) entry[options.change] = String(BigInt(entry[options.change]!) + 1n);
      files[path] = [...entry, path === target ? "0".repeat(64) : sha256(readFileSync(join(siteDir, path)))];
    }
    const since = options.since ?? BigInt(Date.now() + 3_600_000) * 1_000_000n;
    mkdirSync(dirname(fileHashesFile(paths.outDir)), { recursive: true });
    writeFileSync(
      fileHashesFile(paths.outDir),
      JSON.stringify({ format: options.format ?? FILE_HASHES_FORMAT, groups: { [siteDir]: { since: String(since), files } } }),
    );
  }

  it("trust a kept hash only while size, modification time, change time and inode are all the same", () => {
    forged();
    expect(run().fingerprint).not.toBe(truth()); // the forged hash was believed: the stat is all that is compared
    for (const change of [0, 1, 2, 3]) {
      forged({ change });
      expect(run().fingerprint, `field ${change}`).toBe(truth());
    }
  });

  it("do not trust a file changed in the same tick as the run that hashed it began, or later (racy git)", () => {
    const target = "content/over-ons.md";
    const { mtimeNs, ctimeNs } = statOf(target);
    const changed = mtimeNs > ctimeNs ? mtimeNs : ctimeNs;
    forged({ target, since: changed + 1n });
    expect(run().fingerprint).not.toBe(truth()); // changed before the run began: believed
    forged({ target, since: changed });
    expect(run().fingerprint).toBe(truth());
    // A modification time set into the future (a file from another machine's clock) is never trusted.
    utimesSync(join(siteDir, target), new Date(), new Date(Date.now() + 7_200_000));
    forged({ target });
    expect(run().fingerprint).toBe(truth());
  });

  it("keep a result derived from files only while what it was derived from keeps its stat, and only a valid one", async () => {
    await afterTick();
    const file = join(siteDir, "site.yml");
    const compute = (watch: (path: string) => void) => {
      watch(file);
      return readFileSync(file, "utf8").length;
    };
    const isNumber = (value: unknown): value is number => typeof value === "number";
    const derive = () => {
      const hashes = FileHashes.open(paths.outDir);
      const value = hashes.derived("length of site.yml", compute, isNumber);
      hashes.save();
      return value;
    };
    expect(derive()).toBe(26);
    const stored = JSON.parse(readFileSync(fileHashesFile(paths.outDir), "utf8"));
    stored.derived["length of site.yml"].value = 99;
    writeFileSync(fileHashesFile(paths.outDir), JSON.stringify(stored));
    expect(derive()).toBe(99); // kept, as forged: the file's stat is what is compared
    stored.derived["length of site.yml"].value = "99";
    writeFileSync(fileHashesFile(paths.outDir), JSON.stringify(stored));
    expect(derive()).toBe(26); // not a number: computed again
    writeFileSync(file, "code: AM19\nnaam: Rijnmond Zuid\n");
    expect(derive()).toBe(31);
  });

  it("are not used by a forced build, which keeps what it hashed for the next", () => {
    forged();
    const hashes = FileHashes.open(paths.outDir, { rehash: true });
    expect(siteInputs(site, paths, "shared", undefined, hashes).fingerprint).toBe(truth());
    hashes.save();
    expect(JSON.parse(readFileSync(fileHashesFile(paths.outDir), "utf8")).groups[siteDir].files["content/over-ons.md"][4]).toBe(
      sha256(page("Wij helpen.")),
    );
  });

  it("are not used from another version's file", () => {
    forged({ format: FILE_HASHES_FORMAT + 1 });
    expect(run().fingerprint).toBe(truth());
    forged({ format: 0 });
    expect(run().fingerprint).toBe(truth());
  });

  it("give a built site the fingerprint of the bytes its model is made from, when a file changed after it was hashed", async () => {
    await afterTick();
    run();
    const input = run();
    expect(input.files.text.size).toBe(0);
    write("content/over-ons.md", page("Later bijgewerkt."));
    const read = readSiteInputs(input, site, paths);
    expect(read.fingerprint).toBe(truth());
    expect(Buffer.from(read.files.text.get("content/over-ons.md")!).toString()).toBe(page("Later bijgewerkt."));
  });

  it("keep the folders another build looked at, and drop folders that are gone", async () => {
    await afterTick();
    run();
    const other = join(paths.sitesDir, "twente");
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, "site.yml"), "code: AM05\n");
    const hashes = FileHashes.open(paths.outDir);
    siteInputs(getSite("twente")!, paths, "shared", undefined, hashes);
    hashes.save();
    expect(Object.keys(JSON.parse(readFileSync(fileHashesFile(paths.outDir), "utf8")).groups)).toEqual([siteDir, other]);
    rmSync(other, { recursive: true });
    run();
    expect(Object.keys(JSON.parse(readFileSync(fileHashesFile(paths.outDir), "utf8")).groups)).toEqual([siteDir]);
  });
});
