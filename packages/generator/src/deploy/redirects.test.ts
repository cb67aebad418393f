import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectPaths } from "../paths.js";
import { getSite, landingSite } from "../sites.js";
import { reservedSitePaths } from "./nginx.js";
import { readAllRedirects, readSiteRedirects } from "./redirects.js";

const fixture = join(import.meta.dirname, "fixtures", "redirects.yml");
const rijnmond = getSite("rijnmond")!;
const drenthe = getSite("drenthe")!;
let paths: ProjectPaths;

async function writeRedirects(slug: string, text: string) {
  await mkdir(join(paths.sitesDir, slug), { recursive: true });
  await writeFile(join(paths.sitesDir, slug, "redirects.yml"), text);
}

async function writePage(host: string, path: string) {
  await mkdir(join(paths.outDir, host, path, ".."), { recursive: true });
  await writeFile(join(paths.outDir, host, path), "<!doctype html>");
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-redirects-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  for (const host of [rijnmond.host, drenthe.host, landingSite.host]) {
    await writePage(host, "index.html");
    await writePage(host, "werkgevers/index.html");
  }
});
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

describe("readSiteRedirects", () => {
  it("reads the fixture: own paths, a landing-site target and a legacy host", async () => {
    await mkdir(join(paths.sitesDir, "rijnmond"), { recursive: true });
    await copyFile(fixture, join(paths.sitesDir, "rijnmond", "redirects.yml"));
    const { data, problems } = await readSiteRedirects(rijnmond, paths.sitesDir, join(paths.outDir, rijnmond.host));
    expect(problems).toEqual([]);
    expect(data.redirects.map((r) => [r.line, r.from.host, r.from.path, r.to.host, r.to.path + r.to.fragment])).toEqual([
      [5, rijnmond.host, "/werkgeversservicepunt/", rijnmond.host, "/"],
      [7, rijnmond.host, "/leerwerkloket/scholing-en-werk", rijnmond.host, "/#inhoud"],
      [9, rijnmond.host, "/mobiliteitsteam", "werkcentrum.nl", "/"],
      [11, "www.rmt-voorbeeld.example", "/contact", rijnmond.host, "/"],
      [13, "www.rmt-voorbeeld.example", "/vacatures/café", rijnmond.host, "/"],
    ]);
  });

  it("treats a missing file, and one with only comments, as no redirects", async () => {
    expect(await readSiteRedirects(drenthe, paths.sitesDir)).toEqual({ data: expect.objectContaining({ redirects: [] }), problems: [] });
    await writeRedirects("drenthe", "# nog niets\n");
    expect((await readSiteRedirects(drenthe, paths.sitesDir)).problems).toEqual([]);
  });

  const invalidCases = [
    { name: "a map instead of a list", text: "van: /a\nnaar: /\n", line: 1, field: "", message: /lijst/ },
    { name: "a missing naar", text: "- van: /a\n", line: 1, field: "0.naar", message: /nieuwe adres/ },
    { name: "an unknown field", text: "- van: /a\n  naar: /\n  opmerking: oud\n", line: 3, field: "0.opmerking", message: /van en naar/ },
    { name: "a redirect to itself", text: "- van: /a\n  naar: /a\n", line: 2, field: "0.naar", message: /zichzelf/ },
    { name: "a duplicate source", text: "- van: /a\n  naar: /\n- van: /a\n  naar: /werkgevers/\n", line: 3, field: "1.van", message: /regel 1/ },
    { name: "a chain", text: "- van: /a\n  naar: /b\n- van: /b\n  naar: /\n", line: 2, field: "0.naar", message: /regel 3/ },
    { name: "an open redirect", text: "- van: /a\n  naar: https://evil.example/\n", line: 2, field: "0.naar", message: /alleen naar deze site/ },
    { name: "a protocol-relative target", text: "- van: /a\n  naar: //evil.example/\n", line: 2, field: "0.naar", message: /alleen naar deze site/ },
    { name: "a source the site needs itself", text: "- van: /assets/oud.css\n  naar: /\n", line: 1, field: "0.van", message: /website zelf/ },
    {
      name: "another region's host",
      text: "- van: https://drenthe.werkcentrum.nl/x\n  naar: /\n",
      line: 1,
      field: "0.van",
      message: /andere Werkcentrum-site/,
    },
  ];
  it.each(invalidCases)("refuses $name, naming line and field", async ({ text, line, field, message }) => {
    await writeRedirects("rijnmond", text);
    const { problems } = await readSiteRedirects(rijnmond, paths.sitesDir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: join(paths.sitesDir, "rijnmond", "redirects.yml"), line, field, severity: "error" });
    expect(problems[0]!.message).toMatch(message);
  });

  it("refuses every path the nginx server block routes itself, as nginx.ts writes it", async () => {
    const reserved = reservedSitePaths();
    expect(reserved.map((entry) => `${entry.path}${entry.prefix ? "…" : ""}`)).toEqual(
      expect.arrayContaining(["/assets/…", "/zoeken/…", "/zoeken", "/pagefind/…", "/404.html", "/security.txt", "/.well-known/…"]),
    );
    const sources = reserved.map((entry) => (entry.prefix ? `${entry.path}iets` : entry.path));
    await writeRedirects("rijnmond", sources.map((van) => `- van: ${van}\n  naar: /\n`).join(""));
    const { problems } = await readSiteRedirects(rijnmond, paths.sitesDir);
    expect(problems.map((p) => p.field)).toEqual(sources.map((_, index) => `${index}.van`));
    for (const problem of problems) expect(problem.message).toMatch(/(hoort|horen) bij de website zelf/);
  });

  it("checks against the built site: no redirect away from a page, and every target exists", async () => {
    await writeRedirects("rijnmond", "- van: /werkgevers/\n  naar: /\n- van: /oud\n  naar: /bestaat-niet/\n- van: /oud2\n  naar: /werkgevers\n");
    const { problems } = await readSiteRedirects(rijnmond, paths.sitesDir, join(paths.outDir, rijnmond.host));
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [1, "0.van", expect.stringContaining("bestaande pagina")],
      [4, "1.naar", expect.stringContaining("bestaat niet")],
    ]);
  });
});

describe("readAllRedirects", () => {
  it("refuses a legacy host claimed by two regions, and a target the landing site redirects again", async () => {
    await writeRedirects("rijnmond", "- van: https://oud.example/a\n  naar: /\n- van: /x\n  naar: https://werkcentrum.nl/oud\n");
    await writeRedirects("drenthe", "- van: https://oud.example/b\n  naar: /\n");
    await writeRedirects(landingSite.slug, "- van: /oud\n  naar: /\n");
    const { problems } = await readAllRedirects(paths, [landingSite, rijnmond, drenthe], paths.outDir);
    expect(problems.map((p) => [p.file.split("/sites/")[1], p.line, p.field, p.message])).toEqual([
      [
        "rijnmond/redirects.yml",
        1,
        "0.van",
        expect.stringMatching(
          /^Het oude domein oud.example staat ook bij Werkcentrum Drenthe \(sites\/drenthe\/redirects.yml, regel 1\)\. Een oud domein hoort bij één regio/,
        ),
      ],
      [
        "drenthe/redirects.yml",
        1,
        "0.van",
        expect.stringMatching(/^Het oude domein oud.example staat ook bij Werkcentrum Rijnmond \(sites\/rijnmond\/redirects.yml, regel 1\)/),
      ],
      ["rijnmond/redirects.yml", 3, "", expect.stringMatching(/op werkcentrum.nl wordt zelf weer doorverwezen/)],
    ]);
  });

  it("counts bestaandeWebsite in site.yml as a claim too, and www. as the same domain", async () => {
    await writeRedirects("rijnmond", "- van: https://oud.example/a\n  naar: /\n");
    await writeRedirects("drenthe", "");
    await writeRedirects(landingSite.slug, "");
    await writeFile(
      join(paths.sitesDir, "drenthe", "site.yml"),
      "code: AM03\nnaam: Drenthe\nbestaandeWebsite:\n  url: https://www.oud.example/loket\n  soort: Leerwerkloket\n",
    );
    try {
      const { problems } = await readAllRedirects(paths, [landingSite, rijnmond, drenthe]);
      expect(problems.map((p) => [p.file.split("/sites/")[1], p.line, p.field, p.message])).toEqual([
        ["rijnmond/redirects.yml", 1, "0.van", expect.stringContaining("Werkcentrum Drenthe (sites/drenthe/site.yml, regel 4)")],
        [
          "drenthe/site.yml",
          4,
          "bestaandeWebsite.url",
          expect.stringMatching(/^Het oude domein www.oud.example staat ook bij Werkcentrum Rijnmond \(sites\/rijnmond\/redirects.yml, regel 1\)/),
        ],
      ]);
    } finally {
      await rm(join(paths.sitesDir, "drenthe", "site.yml"));
    }
  });

  it("lets one region claim its old domain in both files", async () => {
    await writeRedirects("drenthe", "- van: https://oud.example/a\n  naar: /\n");
    await writeRedirects("rijnmond", "");
    await writeFile(
      join(paths.sitesDir, "drenthe", "site.yml"),
      "code: AM03\nnaam: Drenthe\nbestaandeWebsite:\n  url: https://oud.example/\n  soort: RMT\n",
    );
    try {
      expect((await readAllRedirects(paths, [landingSite, rijnmond, drenthe])).problems).toEqual([]);
    } finally {
      await rm(join(paths.sitesDir, "drenthe", "site.yml"));
    }
  });

  it("refuses a landing-site target that does not exist", async () => {
    await writeRedirects("rijnmond", "- van: /x\n  naar: https://werkcentrum.nl/bestaat-niet/\n");
    await writeRedirects("drenthe", "");
    await writeRedirects(landingSite.slug, "");
    const { problems } = await readAllRedirects(paths, [landingSite, rijnmond, drenthe], paths.outDir);
    expect(problems).toMatchObject([{ line: 1, message: expect.stringContaining("bestaat niet op werkcentrum.nl") }]);
  });
});
