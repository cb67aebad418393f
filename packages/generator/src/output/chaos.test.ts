import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRecordFile, buildSites, type BuildRecord } from "../build-all.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { siteScaffold } from "../sync.js";
import { buildInChild, tree } from "./test-helpers.js";
import { versionsDir } from "./versions.js";

// Crash tests: a real `buildSites` in a child process, killed with SIGKILL at each step of the output swap (the
// child stops at a named point, WERKCENTRUM_TEST_PAUSE, and waits there to be killed), while writing, and two
// builds at once in two processes. After each kill the host must be a complete site, the old or the new one, and
// the next build must clean up and leave builds.json whole.

const rijnmond = getSite("rijnmond")!;
const twente = getSite("twente")!;
const HOST = rijnmond.host;
let paths: ProjectPaths;
let output: string;
const notices: string[] = [];

async function scaffold(slug: string) {
  for (const [file, text] of Object.entries(siteScaffold(getSite(slug)!))) {
    await mkdir(join(paths.sitesDir, slug, file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, slug, file), text);
  }
}

/** A news item whose text differs per step, so each child builds a new version. */
async function change(text: string) {
  await mkdir(join(paths.sitesDir, "rijnmond/content/nieuws"), { recursive: true });
  await writeFile(
    join(paths.sitesDir, "rijnmond/content/nieuws/bericht.md"),
    `---\ntitel: Bericht\ndatum: 2026-10-01\nsamenvatting: Een bericht van het Werkcentrum Rijnmond.\n---\n\n${text}\n`,
  );
}

/** The next build, in this process: it must wait for no lock longer than a killed holder's 2 s. */
async function nextBuild(slugs = ["rijnmond"]) {
  notices.length = 0;
  return buildSites(
    slugs.map((slug) => getSite(slug)!),
    paths,
    { jobs: 1, lockWaitMs: 30_000, onNotice: (line) => notices.push(line) },
  );
}

const record = async () => JSON.parse(await readFile(buildRecordFile(paths.outDir), "utf8")) as BuildRecord;

/** The version folder a child is writing or has written: the one the host does not point at. */
async function childVersion(before: string | undefined): Promise<string> {
  const entries = (await readdir(versionsDir(paths.outDir, HOST))).filter((entry) => entry !== before);
  expect(entries).toHaveLength(1);
  return join(versionsDir(paths.outDir, HOST), entries[0]!);
}

/** No strays next to the hosts, one version per host, and the host's record is there. */
async function expectTidy(hosts: string[]) {
  expect((await readdir(paths.outDir)).sort()).toEqual([".werkcentrum", ...hosts].sort());
  for (const host of hosts) expect(await readdir(versionsDir(paths.outDir, host))).toEqual([basename(await readlink(join(paths.outDir, host)))]);
  expect(Object.keys((await record()).hosts).sort()).toEqual(expect.arrayContaining(hosts));
}

beforeAll(async () => {
  process.env.WERKCENTRUM_BUILD_DATE = "2026-11-01"; // as in the children
  const root = await mkdtemp(join(tmpdir(), "wc-chaos-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  output = join(paths.outDir, HOST);
  await scaffold("rijnmond");
  await scaffold("twente");
  await change("Eerste versie.");
  await nextBuild();
});
afterAll(async () => {
  delete process.env.WERKCENTRUM_BUILD_DATE;
  await rm(join(paths.sitesDir, ".."), { recursive: true, force: true });
});

describe("a build killed with SIGKILL", () => {
  it.each([
    { point: "output:written", published: "old" },
    { point: "output:complete", published: "old" },
    { point: "output:link-created", published: "old" },
    { point: "output:linked", published: "new" },
  ])(
    "at $point leaves the $published site complete, and the next build cleans up",
    async ({ point, published }) => {
      const before = await tree(output);
      const linked = basename(await readlink(output));
      await change(`Versie van ${point}.`);

      const child = buildInChild({ sitesDir: paths.sitesDir, outDir: paths.outDir, slugs: ["rijnmond"] }, point);
      expect(await child.paused).toBe(point);
      const fresh = await tree(await childVersion(linked));
      child.kill();
      expect((await child.exit).signal).toBe("SIGKILL");

      expect(fresh).not.toEqual(before);
      expect(Object.keys(fresh)).toEqual(expect.arrayContaining(["index.html", "404.html", "nieuws/bericht/index.html", "pagefind/pagefind.js"]));
      expect(await tree(output)).toEqual(published === "old" ? before : fresh);

      const result = await nextBuild();
      expect(result.built).toEqual([HOST]);
      expect(notices).toContainEqual(expect.stringMatching(/^Opgeruimd: [1-9]\d* achtergebleven map\(pen\) van een afgebroken build\.$/));
      // Builds are deterministic: the next build makes exactly what the killed one had written.
      expect(await tree(output)).toEqual(fresh);
      await expectTidy([HOST]);
    },
    60_000,
  );

  it("while Eleventy writes leaves the old site, and the next build removes the half-written version", async () => {
    const before = await tree(output);
    const linked = basename(await readlink(output));
    await change("Halverwege afgebroken.");

    const child = buildInChild({ sitesDir: paths.sitesDir, outDir: paths.outDir, slugs: ["rijnmond"] });
    const part = async () =>
      (await readdir(versionsDir(paths.outDir, HOST)).catch(() => [] as string[])).find((entry) => entry !== linked && entry.endsWith(".part"));
    for (let found = await part(); ; found = await part()) {
      if (found && (await readdir(join(versionsDir(paths.outDir, HOST), found))).length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill();
    expect((await child.exit).signal).toBe("SIGKILL");

    expect(await tree(output)).toEqual(before);
    await nextBuild();
    expect(await readFile(join(output, "nieuws/bericht/index.html"), "utf8")).toContain("Halverwege afgebroken.");
    await expectTidy([HOST]);
  }, 60_000);

  it("during its first swap over a host folder of an older build: the folder is gone for that one step, and the next build restores it", async () => {
    // The output shape of builds before versioned folders: a real folder.
    const old = await tree(output);
    await cp(output, `${output}.kopie`, { recursive: true, dereference: true });
    await rm(output);
    await rm(versionsDir(paths.outDir, HOST), { recursive: true });
    await cp(`${output}.kopie`, output, { recursive: true });
    await rm(`${output}.kopie`, { recursive: true });
    expect(await tree(output)).toEqual(old);
    await change("Na de overstap.");

    const child = buildInChild({ sitesDir: paths.sitesDir, outDir: paths.outDir, slugs: ["rijnmond"] }, "output:legacy-moved");
    expect(await child.paused).toBe("output:legacy-moved");
    child.kill();
    await child.exit;
    // The one moment, once per host, at which the name is missing (versions.ts explains why).
    await expect(lstat(output)).rejects.toThrow(/ENOENT/);

    await nextBuild();
    expect(notices).toContain(`Hersteld: ${output} (een build werd afgebroken tijdens het vervangen).`);
    expect((await lstat(output)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(output, "nieuws/bericht/index.html"), "utf8")).toContain("Na de overstap.");
    await expectTidy([HOST]);
  }, 60_000);
});

describe("two builds at once in two processes", () => {
  it("the second waits for the first, says so, and builds.json keeps the hosts of both", async () => {
    await change("Twee tegelijk.");
    const first = buildInChild({ sitesDir: paths.sitesDir, outDir: paths.outDir, slugs: ["rijnmond"] });
    // Hold the first right after it took the lock (a stopped process is alive and keeps its lock).
    const owner = join(paths.outDir, ".werkcentrum/build.lock.json");
    while (!(await readFile(owner, "utf8").catch(() => "")).includes(`"pid":${first.pid}`)) await new Promise((resolve) => setTimeout(resolve, 5));
    first.kill("SIGSTOP");
    const second = buildInChild({ sitesDir: paths.sitesDir, outDir: paths.outDir, slugs: ["twente"] });
    const waitLine = new RegExp(
      `^Wacht: een andere werkcentrum build \\(proces ${first.pid}, gestart om [\\d:]+\\) gebruikt ${paths.outDir}\\.`,
      "m",
    );
    await second.waitFor(waitLine);
    first.kill("SIGCONT");

    const [a, b] = await Promise.all([first.exit, second.exit]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toContain(`built ${HOST}`);
    expect(b.stdout).toContain(`built ${twente.host}`);
    expect(b.stderr).toMatch(waitLine);
    expect(Object.keys((await record()).hosts).sort()).toEqual([HOST, twente.host]);
    await expectTidy([HOST, twente.host]);
  }, 60_000);
});
