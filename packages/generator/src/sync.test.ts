import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { allSites } from "./sites.js";
import { checkSiteFolders, syncSites } from "./sync.js";

const repoSites = fileURLToPath(new URL("../../../sites", import.meta.url));
const temps: string[] = [];
async function copyOfSites() {
  const dir = await mkdtemp(join(tmpdir(), "wc-sites-"));
  temps.push(dir);
  await cp(repoSites, join(dir, "sites"), { recursive: true });
  return { sitesDir: join(dir, "sites"), outDir: join(dir, "dist") };
}
afterEach(async () => Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

describe("site folders and the region registry", () => {
  it("the registry yields the landing site and 35 regions", () => {
    expect(allSites).toHaveLength(36);
    expect(allSites.filter((s) => s.kind === "region")).toHaveLength(35);
    expect(new Set(allSites.map((s) => s.host)).size).toBe(36);
  });

  it("sites/ in this repository holds exactly one up-to-date folder per site", async () => {
    const report = await checkSiteFolders({ sitesDir: repoSites, outDir: "" });
    expect(report).toEqual({ missing: [], unknown: [], drifted: [] });
  });

  it("reports a removed region folder, an unknown folder, a hand-edited package.json and an obsolete turbo.json", async () => {
    const paths = await copyOfSites();
    await rm(join(paths.sitesDir, "rijnmond"), { recursive: true });
    await cp(join(paths.sitesDir, "twente"), join(paths.sitesDir, "atlantis"), { recursive: true });
    await cp(join(paths.sitesDir, "drenthe/package.json"), join(paths.sitesDir, "twente/package.json"));
    await writeFile(join(paths.sitesDir, "groningen/turbo.json"), "{}\n");
    expect(await checkSiteFolders(paths)).toEqual({
      missing: ["rijnmond"],
      unknown: ["atlantis"],
      drifted: ["groningen/turbo.json", "twente/package.json"],
    });
  });

  it("sync recreates a missing folder from the registry and never touches existing files", async () => {
    const paths = await copyOfSites();
    await rm(join(paths.sitesDir, "rijnmond"), { recursive: true });
    const ownProfile = "code: AM05\nnaam: Twente\nstatus: actief\n";
    await writeFile(join(paths.sitesDir, "twente/site.yml"), ownProfile);

    const report = await syncSites(paths);

    expect(report.created.sort()).toEqual(["rijnmond/content/.gitkeep", "rijnmond/package.json", "rijnmond/site.yml"].sort());
    expect(await readFile(join(paths.sitesDir, "rijnmond/site.yml"), "utf8")).toContain("code: AM22");
    expect(await readFile(join(paths.sitesDir, "twente/site.yml"), "utf8")).toBe(ownProfile);
    expect(await checkSiteFolders(paths)).toEqual({ missing: [], unknown: [], drifted: [] });
  });
});
