import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { ContentError } from "@werkcentrum/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRecordFile, buildSites, type BuildRecord } from "./build-all.js";
import { brotliCacheDir } from "./deploy/compress.js";
import { fileHashesFile } from "./file-hashes.js";
import { sharedFingerprint } from "./fingerprint.js";
import { deadPid } from "./output/test-helpers.js";
import type { ProjectPaths } from "./paths.js";
import { getSite, landingSite } from "./sites.js";
import { siteScaffold } from "./sync.js";

// Runs from source, so buildSites uses no worker threads here (build-worker.js exists only in dist/); the workers
// run the same buildSite and are exercised by `npm run build` in CI.
let paths: ProjectPaths;
const sites = [landingSite, getSite("rijnmond")!, getSite("twente")!];
const env = { ...process.env, WERKCENTRUM_BUILD_DATE: "2026-11-01" };

async function scaffold(slug: string) {
  for (const [file, text] of Object.entries(siteScaffold(getSite(slug)!))) {
    await mkdir(join(paths.sitesDir, slug, file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, slug, file), text);
  }
}

const record = async () => JSON.parse(await readFile(buildRecordFile(paths.outDir), "utf8")) as BuildRecord;
const homeTime = async (host: string) => (await stat(join(paths.outDir, host, "index.html"))).mtimeMs;
const build = (force = false) => buildSites(sites, paths, { jobs: 2, force });

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-build-all-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  for (const site of sites) await scaffold(site.slug);
  await mkdir(join(paths.sitesDir, "rijnmond/content/nieuws"), { recursive: true });
  await writeFile(
    join(paths.sitesDir, "rijnmond/content/nieuws/eerste-bericht.md"),
    "---\ntitel: Het Werkcentrum opent\ndatum: 2026-10-01\nsamenvatting: Het Werkcentrum Rijnmond is open.\n---\n\nWe zijn open.\n",
  );
});
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

describe("buildSites", () => {
  it("builds every site the first time and records what each was built from", async () => {
    const result = await build();
    expect(result.built).toEqual(["rijnmond.werkcentrum.nl", "twente.werkcentrum.nl", "werkcentrum.nl"]);
    expect(result.sites.every((site) => site.status === "built" && site.pages > 0)).toBe(true);
    const saved = await record();
    expect(Object.keys(saved.hosts)).toEqual(["rijnmond.werkcentrum.nl", "twente.werkcentrum.nl", "werkcentrum.nl"]);
    expect(saved.lastBuilt).toEqual(result.built);
  });

  it("skips every site when nothing changed, and leaves their output alone", async () => {
    const before = await homeTime("rijnmond.werkcentrum.nl");
    const result = await build();
    expect(result.built).toEqual([]);
    expect(result.sites.map((site) => site.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(await homeTime("rijnmond.werkcentrum.nl")).toBe(before);
    expect((await record()).lastBuilt).toEqual([]);
  });

  it("rebuilds only the region whose content changed: werkcentrum.nl's search reads the region's own index", async () => {
    await appendFile(join(paths.sitesDir, "rijnmond/content/nieuws/eerste-bericht.md"), "\nEen zin erbij.\n");
    expect((await build()).built).toEqual(["rijnmond.werkcentrum.nl"]);
    expect(await readFile(join(paths.outDir, "rijnmond.werkcentrum.nl/nieuws/eerste-bericht/index.html"), "utf8")).toContain("Een zin erbij.");
  });

  it("rebuilds a region whose file changed with the same size and its modification time set back, and not for a touch", async () => {
    const file = join(paths.sitesDir, "rijnmond/content/nieuws/eerste-bericht.md");
    const time = new Date("2026-10-02T08:00:00.250Z");
    await utimes(file, time, time);
    expect((await build()).built).toEqual([]);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("We zijn open.", "We zijn OPEN."));
    await utimes(file, time, time);
    expect((await stat(file)).size).toBe(Buffer.byteLength(text));
    expect((await build()).built).toEqual(["rijnmond.werkcentrum.nl"]);
    expect(await readFile(join(paths.outDir, "rijnmond.werkcentrum.nl/nieuws/eerste-bericht/index.html"), "utf8")).toContain("We zijn OPEN.");
  });

  it("rebuilds a region and the landing site when the region's site.yml changes (the landing site shows its status)", async () => {
    await writeFile(join(paths.sitesDir, "twente/site.yml"), "code: AM05\nnaam: Twente\nstatus: actief\n");
    expect((await build()).built).toEqual(["twente.werkcentrum.nl", "werkcentrum.nl"]);
  });

  it("rebuilds a site whose output folder was removed, and everything with force", async () => {
    await rm(join(paths.outDir, "twente.werkcentrum.nl"), { recursive: true });
    expect((await build()).built).toEqual(["twente.werkcentrum.nl"]);
    expect((await build(true)).built).toHaveLength(3);
  });

  it("builds the other sites when one fails, reports the failure and keeps the failed site's record of what is online", async () => {
    const file = join(paths.sitesDir, "rijnmond/content/nieuws/eerste-bericht.md");
    const valid = await readFile(file, "utf8");
    const online = (await record()).hosts["rijnmond.werkcentrum.nl"];
    await writeFile(file, valid.replace("datum: 2026-10-01", "datum: 1 oktober"));
    await appendFile(join(paths.sitesDir, "twente/site.yml"), "# gewijzigd\n");

    const error = await build().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toMatchObject([{ file: expect.stringContaining("eerste-bericht.md"), field: "datum" }]);
    const saved = await record();
    // A comment in Twente's site.yml changes nothing the landing site shows; Rijnmond's failed build published nothing.
    expect(saved.lastBuilt).toEqual(["twente.werkcentrum.nl"]);
    expect(saved.hosts["rijnmond.werkcentrum.nl"]).toEqual(online);
    // The previous output of the failed site stays online.
    expect(await readFile(join(paths.outDir, "rijnmond.werkcentrum.nl/nieuws/eerste-bericht/index.html"), "utf8")).toContain("Een zin erbij.");

    // Back to the inputs of the output that is online: nothing to build.
    await writeFile(file, valid);
    expect((await build()).built).toEqual([]);
    await appendFile(file, "\nNog een zin.\n");
    expect((await build()).built).toEqual(["rijnmond.werkcentrum.nl"]);
  });
});

describe("what killed builds left in the build's own files and caches", () => {
  it("goes with the next build; brotli cache entries go only after a build of every site, when it did not use them", async () => {
    const state = join(paths.outDir, ".werkcentrum");
    const brotli = brotliCacheDir(paths.outDir);
    const entries = (await readdir(brotli)).sort();
    expect(entries.length).toBeGreaterThan(0);
    const unused = join(brotli, `${"0".repeat(64)}.br`);
    const leftovers = [
      `${buildRecordFile(paths.outDir)}.1234567890`,
      `${fileHashesFile(paths.outDir)}.tmp-${deadPid()}`,
      join(state, `.file-hashes.json.probe-${deadPid()}`),
      join(brotli, `${entries[0]}.2718281828`),
    ];
    // A probe of a process that still runs (a build waiting for the lock makes one) stays.
    const running = join(state, `.file-hashes.json.probe-${process.ppid}`);
    for (const file of [unused, running, ...leftovers]) await writeFile(file, "half");
    const past = new Date(Date.now() - 24 * 3_600_000);
    await utimes(unused, past, past);

    // Every site unchanged: the leftovers go, every cache entry stays (this build used none).
    expect((await build()).built).toEqual([]);
    for (const file of leftovers) expect(existsSync(file)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect((await readdir(brotli)).sort()).toEqual([...entries, `${"0".repeat(64)}.br`].sort());

    // Every site built: what it used stays, the rest goes.
    expect((await build(true)).built).toHaveLength(3);
    expect((await readdir(brotli)).sort()).toEqual(entries);
    await rm(running);
  });
});

describe("two buildSites calls at once on one output folder", () => {
  it("run one after the other, the second says it waits, and builds.json keeps the hosts of both", async () => {
    await rm(paths.outDir, { recursive: true, force: true });
    const lines: string[] = [];
    const onNotice = (line: string) => lines.push(line);

    // The second starts once the first holds the output (its lock's owner file is there): started together, a
    // fast first build could finish within the second's short grace for reading the owner, and nothing would wait.
    const firstRun = buildSites([landingSite, getSite("rijnmond")!], paths, { jobs: 1, onNotice });
    const owner = join(paths.outDir, ".werkcentrum", "build.lock.json");
    for (const until = Date.now() + 60_000; !existsSync(owner) && Date.now() < until;) await delay(5);
    const [first, second] = await Promise.all([firstRun, buildSites([getSite("twente")!], paths, { jobs: 1, onNotice })]);

    expect(first.built).toEqual(["rijnmond.werkcentrum.nl", "werkcentrum.nl"]);
    expect(second.built).toEqual(["twente.werkcentrum.nl"]);
    expect(lines).toEqual([
      expect.stringMatching(
        /^Wacht: een andere werkcentrum build \(proces \d+, gestart om [\d:]+\) gebruikt .*\. Deze build begint zodra die klaar is \(hooguit 15 minuten\)\.$/,
      ),
    ]);
    expect(Object.keys((await record()).hosts)).toEqual(["rijnmond.werkcentrum.nl", "twente.werkcentrum.nl", "werkcentrum.nl"]);
    // The one that waited wrote last.
    expect((await record()).lastBuilt).toEqual(second.built);
  });
});

describe("sharedFingerprint", () => {
  it("changes with deploy.yml, and not with the environment", async () => {
    const first = await sharedFingerprint(paths, env);
    expect(await sharedFingerprint(paths, env)).toBe(first);
    // The web editor's repository comes from deploy.yml now, not from this old variable.
    expect(await sharedFingerprint(paths, { ...env, WERKCENTRUM_CMS_REPO: "werkcentrum/sites" })).toBe(first);
    // The build date works through each site's date window (build-all.schedule.test.ts), not this fingerprint.
    expect(await sharedFingerprint(paths, { ...env, WERKCENTRUM_BUILD_DATE: "2026-11-02" })).toBe(first);
    await writeFile(join(paths.sitesDir, "..", "deploy.yml"), "# leeg\n");
    expect(await sharedFingerprint(paths, env)).not.toBe(first);
    await rm(join(paths.sitesDir, "..", "deploy.yml"));
    expect(await sharedFingerprint(paths, env)).toBe(first);
  });
});
