import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { IMAGE_CHECK_FILE } from "@werkcentrum/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRecordFile, buildSites, type BuildRecord } from "../build-all.js";
import { buildInChild } from "../output/test-helpers.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { siteScaffold } from "../sync.js";
import { imageCacheDir } from "./cache.js";
import { ENCODED_DIR } from "./prepare.js";

// The image cache across builds (images/cache.ts): every build prunes the entries no site uses, with the lock held,
// keeps those of sites outside the run, and a build killed while pruning leaves no half entry.

let paths: ProjectPaths;
let cache: string;
const photos = new Map<string, string>();

/** A noisy photo (so it does not compress to nothing) written into a site; returns the sha256 the cache uses. */
async function addPhoto(slug: string, name: string, seed: number): Promise<string> {
  const bytes = await sharp({
    create: { width: 900, height: 600, channels: 3, background: { r: seed * 40, g: 120, b: 90 }, noise: { type: "gaussian", mean: 100, sigma: 20 } },
  })
    .jpeg()
    .toBuffer();
  await mkdir(join(paths.sitesDir, slug, "content/afbeeldingen"), { recursive: true });
  await writeFile(join(paths.sitesDir, slug, "content/afbeeldingen", name), bytes);
  const hash = createHash("sha256").update(bytes).digest("hex");
  photos.set(`${slug}/${name}`, hash);
  return hash;
}

async function scaffold(slug: string) {
  for (const [file, text] of Object.entries(siteScaffold(getSite(slug)!))) {
    await mkdir(join(paths.sitesDir, slug, file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, slug, file), text);
  }
}

const build = (slugs: string[]) =>
  buildSites(
    slugs.map((slug) => getSite(slug)!),
    paths,
    { jobs: 1, lockWaitMs: 30_000, onNotice: () => undefined },
  );
const record = async () => JSON.parse(await readFile(buildRecordFile(paths.outDir), "utf8")) as BuildRecord;
const sources = async () => (await readdir(cache)).sort();

beforeAll(async () => {
  process.env.WERKCENTRUM_BUILD_DATE = "2026-11-01"; // as in the child (output/test-helpers.ts)
  const root = await mkdtemp(join(tmpdir(), "wc-image-prune-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  cache = imageCacheDir(paths.outDir);
  await scaffold("rijnmond");
  await scaffold("twente");
});
afterAll(async () => {
  delete process.env.WERKCENTRUM_BUILD_DATE;
  await rm(join(paths.sitesDir, ".."), { recursive: true, force: true });
});

describe("the image cache across builds", () => {
  it("keeps the entries of every site's images, removes those no site uses, also of sites outside the run", async () => {
    const a = await addPhoto("rijnmond", "a.jpg", 1);
    const b = await addPhoto("rijnmond", "b.jpg", 2);
    const c = await addPhoto("twente", "c.jpg", 3);
    await build(["rijnmond", "twente"]);
    expect(await sources()).toEqual([a, b, c].sort());
    for (const hash of [a, b, c]) expect((await readdir(join(cache, hash))).sort()).toEqual([IMAGE_CHECK_FILE, ENCODED_DIR].sort());
    expect((await record()).hosts[getSite("rijnmond")!.host]!.images).toEqual([a, b].sort());

    // b leaves rijnmond; twente is not in this run, and its entry stays.
    await unlink(join(paths.sitesDir, "rijnmond/content/afbeeldingen/b.jpg"));
    const manifest = join(cache, a, ENCODED_DIR, "manifest.json");
    const verdict = join(cache, a, IMAGE_CHECK_FILE);
    const [encodedAt, checkedAt] = [(await stat(manifest)).mtimeMs, (await stat(verdict)).mtimeMs];
    expect((await build(["rijnmond"])).built).toEqual([getSite("rijnmond")!.host]);
    expect(await sources()).toEqual([a, c].sort());
    // a was neither encoded nor checked again: its entry is the one the first build wrote.
    expect([(await stat(manifest)).mtimeMs, (await stat(verdict)).mtimeMs]).toEqual([encodedAt, checkedAt]);
  }, 120_000);

  it("prunes nothing while the record has an entry that does not list its images (written by an older version)", async () => {
    const file = buildRecordFile(paths.outDir);
    const old = await record();
    delete old.hosts[getSite("twente")!.host]!.images;
    await writeFile(file, JSON.stringify(old));
    const stray = "f".repeat(64);
    await mkdir(join(cache, stray), { recursive: true });
    await build(["rijnmond"]);
    expect(await sources()).toContain(stray);
    // A run with twente (found up to date) learns its images again, and prunes.
    await build(["rijnmond", "twente"]);
    expect((await record()).hosts[getSite("twente")!.host]!.images).toEqual([photos.get("twente/c.jpg")]);
    expect(await sources()).not.toContain(stray);
  }, 120_000);

  it("killed while pruning, leaves every entry whole or gone, and the next build clears what it set aside", async () => {
    const a = photos.get("rijnmond/a.jpg")!;
    const d = await addPhoto("rijnmond", "d.jpg", 4);
    await build(["rijnmond"]);
    expect(await sources()).toContain(d);
    await unlink(join(paths.sitesDir, "rijnmond/content/afbeeldingen/d.jpg"));

    const child = buildInChild({ sitesDir: paths.sitesDir, outDir: paths.outDir, slugs: ["rijnmond"] }, "images:pruning");
    expect(await child.paused).toBe("images:pruning");
    child.kill();
    expect((await child.exit).signal).toBe("SIGKILL");
    // d's folder was renamed aside in one step: no entry is half there.
    const left = await sources();
    expect(left.filter((name) => name.startsWith(".pruned-"))).toHaveLength(1);
    expect(left).not.toContain(d);
    expect((await readdir(join(cache, a))).sort()).toEqual([IMAGE_CHECK_FILE, ENCODED_DIR].sort());

    await build(["rijnmond"]);
    expect(await sources()).toEqual([a, photos.get("twente/c.jpg")!].sort());
  }, 120_000);
});
