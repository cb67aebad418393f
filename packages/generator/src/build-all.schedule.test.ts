import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContentError } from "@werkcentrum/content";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSites, type BuildAllResult } from "./build-all.js";
import { run } from "./cli.js";
import { summaryLines } from "./commands/build.js";
import type { ProjectPaths } from "./paths.js";
import { getSite, landingSite } from "./sites.js";
import { siteScaffold } from "./sync.js";

// The build date as an input (time-dependent content) and a landing site that shows only what region
// builds that succeeded published (consistency). Runs from source, so buildSites uses no worker threads here.
let paths: ProjectPaths;
const sites = [landingSite, getSite("rijnmond")!, getSite("twente")!];

async function write(path: string, text: string) {
  await mkdir(join(paths.sitesDir, path, ".."), { recursive: true });
  await writeFile(join(paths.sitesDir, path), text);
}

const event = (titel: string, day: string) =>
  `---\ntitel: ${titel}\nsamenvatting: Een bijeenkomst om te testen.\nstart: ${day} 14:00\neinde: ${day} 16:00\nlocatie: Voorbeeldhal, Voorbeeldstad\nvoor: [werkzoekenden]\n---\n\nTesttekst.\n`;

let summary: BuildAllResult | undefined;
const build = (date: string, force = false) => buildSites(sites, paths, { jobs: 1, date, force, onSummary: (result) => (summary = result) });
const read = (host: string, path: string) => readFile(join(paths.outDir, host, path), "utf8");
const RIJNMOND = "rijnmond.werkcentrum.nl";
const TWENTE = "twente.werkcentrum.nl";

/** The status text werkcentrum.nl shows after a region (theme layout `landing`: `data-wc-region="<code>"`). */
async function landingStatus(code: string): Promise<string | undefined> {
  const html = await read("werkcentrum.nl", "index.html");
  return new RegExp(`data-wc-region="${code}">[^<]*</a> <span class="wc-meta">([^<]+)</span>`).exec(html)?.[1];
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-schedule-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  for (const site of sites) for (const [file, text] of Object.entries(siteScaffold(site))) await write(join(site.slug, file), text);
  // Rijnmond's event ends on 4 December, Twente's on 10 December.
  await write("rijnmond/content/agenda/banenmarkt.md", event("Banenmarkt Rijnmond", "2026-12-04"));
  await write("twente/content/agenda/banenmarkt.md", event("Banenmarkt Twente", "2026-12-10"));
});
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

describe("the build date", () => {
  it("shows an event ending on day D as upcoming on D", async () => {
    expect((await build("2026-12-04")).built).toEqual([RIJNMOND, TWENTE, "werkcentrum.nl"]);
    const agenda = await read(RIJNMOND, "agenda/index.html");
    expect(agenda).toMatch(/<h2 id="binnenkort">Binnenkort<\/h2>[\s\S]*Banenmarkt Rijnmond/);
    expect(agenda).not.toContain('id="afgelopen"');
    expect(await read(RIJNMOND, "agenda/banenmarkt/index.html")).not.toContain("Deze activiteit is al geweest.");
    expect(await read(RIJNMOND, "index.html")).toContain("Banenmarkt Rijnmond"); // the home page's upcoming events
  });

  it("rebuilds nothing on the same day", async () => {
    const result = await build("2026-12-04");
    expect(result.built).toEqual([]);
    expect(result.sites.every((site) => site.status === "unchanged")).toBe(true);
  });

  it("on D+1 rebuilds exactly the site whose event ended, because of the date, and names the pages that changed", async () => {
    const result = await build("2026-12-05");
    expect(result.built).toEqual([RIJNMOND]);
    expect(result.sites.find((site) => site.host === RIJNMOND)).toMatchObject({ status: "built", reason: "date" });
    expect(result.sites.find((site) => site.host === RIJNMOND)?.changedFiles).toEqual([
      "agenda/agenda.ics",
      "agenda/banenmarkt.ics",
      "agenda/banenmarkt/index.html",
      "agenda/index.html",
      "index.html",
    ]);
    const agenda = await read(RIJNMOND, "agenda/index.html");
    expect(agenda).toMatch(/<h2 id="afgelopen">Afgelopen<\/h2>[\s\S]*Banenmarkt Rijnmond/);
    expect(await read(RIJNMOND, "agenda/banenmarkt/index.html")).toContain("Deze activiteit is al geweest.");
    expect(await read(RIJNMOND, "index.html")).not.toContain("Banenmarkt Rijnmond");
    // The calendar files' DTSTAMP is the first day of the window: 5 December, 00:00 in Amsterdam.
    expect(await read(RIJNMOND, "agenda/agenda.ics")).toContain("DTSTAMP:20261204T230000Z\r\n");
  });

  it("a daily build without a turning date rebuilds 0 sites, and the next turning date exactly the affected one", async () => {
    for (const day of ["2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"]) expect((await build(day)).built, day).toEqual([]);
    const result = await build("2026-12-11");
    expect(result.built).toEqual([TWENTE]);
    expect(result.sites.find((site) => site.host === TWENTE)?.reason).toBe("date");
  });

  it("gives the same output on every day of a window, so skipping a site equals rebuilding it", async () => {
    const before = await read(RIJNMOND, "agenda/agenda.ics");
    await buildSites([getSite("rijnmond")!], paths, { jobs: 1, date: "2026-12-20", force: true });
    expect(await read(RIJNMOND, "agenda/agenda.ics")).toBe(before);
  });

  it("also goes back: an earlier date outside the window rebuilds the site", async () => {
    expect((await build("2026-12-04")).built).toEqual([RIJNMOND, TWENTE]);
    expect(await read(RIJNMOND, "agenda/banenmarkt/index.html")).not.toContain("Deze activiteit is al geweest.");
  });
});

describe("the landing site and a failed region build", () => {
  it("keeps the region's last published status when the region's build fails", async () => {
    expect(await landingStatus("AM05")).toBe("In ontwikkeling");
    // Twente becomes active, but the same change breaks one of its files: its build fails.
    await write("twente/site.yml", "code: AM05\nnaam: Twente\nstatus: actief\n");
    await write("twente/content/agenda/kapot.md", event("Kapot", "2026-12-04").replace("einde: 2026-12-04 16:00", "einde: morgen"));

    const error = await build("2026-12-04").catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.every((problem) => problem.file.endsWith("twente/content/agenda/kapot.md"))).toBe(true);
    expect(problems.map((problem) => problem.field)).toContain("einde");
    // Twente's old site stays online, so werkcentrum.nl must not announce it as active.
    expect(await landingStatus("AM05")).toBe("In ontwikkeling");
    expect(summary).toMatchObject({ built: [], failed: [TWENTE], landing: { status: "unchanged" } });
    expect(summary?.landing?.regions.find((region) => region.slug === "twente")).toEqual({
      slug: "twente",
      name: "Twente",
      statusText: "In ontwikkeling",
      source: "recorded",
      failed: true,
    });
    expect(summaryLines(summary!)).toEqual([
      "Bouwdatum: 2026-12-04.",
      "Er is niets gepubliceerd.",
      "NIET gepubliceerd, de bouw mislukte (1): twente.werkcentrum.nl. De vorige versie blijft online.",
      "werkcentrum.nl is niet opnieuw gebouwd; de regiostatussen blijven: In ontwikkeling: 35 regio's.",
      "  Twente: de bouw van de regio mislukte; werkcentrum.nl toont 'In ontwikkeling', de status van de laatste geslaagde build.",
    ]);
  });

  it("shows the new status once the region's build succeeds", async () => {
    await rm(join(paths.sitesDir, "twente/content/agenda/kapot.md"));
    const result = await build("2026-12-04");
    expect(result.built).toEqual([TWENTE, "werkcentrum.nl"]);
    expect(result.failed).toEqual([]);
    expect(result.landing?.status).toBe("built");
    expect(await landingStatus("AM05")).toBe("Actief");
    expect(summaryLines(result)).toEqual([
      "Bouwdatum: 2026-12-04.",
      "Gepubliceerd (2): twente.werkcentrum.nl, werkcentrum.nl.",
      "werkcentrum.nl is opnieuw gebouwd en gepubliceerd, met deze regiostatussen: Actief: Twente; In ontwikkeling: 34 regio's.",
    ]);
  });
});

describe("werkcentrum build --date", () => {
  async function cli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void out.push(parts.map(String).join(" ")));
    const error = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void err.push(parts.map(String).join(" ")));
    try {
      await run(args);
      return { code: Number(process.exitCode ?? 0), out, err };
    } finally {
      log.mockRestore();
      error.mockRestore();
      process.exitCode = 0;
    }
  }

  it("refuses a date that is not JJJJ-MM-DD, in Dutch, before building anything", async () => {
    const result = await cli(["build", "--site", "rijnmond", "--date", "5-12-2026", "--out", paths.outDir]);
    expect(result).toEqual({ code: 1, out: [], err: ["--date moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-12-04, niet '5-12-2026'."] });
  });

  it("builds with the date given and lists the pages that changed because of the date only", async () => {
    const previous = process.cwd();
    process.chdir(join(paths.sitesDir, "..")); // the CLI finds the project (sites/) from the working directory
    try {
      const result = await cli(["build", "--site", "rijnmond", "--date", "2026-12-05", "--jobs", "1"]);
      expect(result.code).toBe(0);
      // One line per site and the summary: nothing from Eleventy itself (build.ts silences its "Wrote …" line).
      expect(result.out).toEqual([
        expect.stringMatching(/^✓ rijnmond\.werkcentrum\.nl +\d+ pagina's +[\d.]+ s {2}\(door de datum\)$/),
        "Bouwdatum: 2026-12-05.",
        "Gepubliceerd (1): rijnmond.werkcentrum.nl.",
        "Alleen door de datum veranderd op rijnmond.werkcentrum.nl: /agenda/agenda.ics, /agenda/banenmarkt.ics, /agenda/banenmarkt/, /agenda/, /.",
      ]);
    } finally {
      process.chdir(previous);
    }
  });
});
