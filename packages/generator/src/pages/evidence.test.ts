import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSites } from "../build-all.js";
import { sampleEvidence } from "../evidence/fixture.js";
import type { HostEvidence } from "../evidence/read.js";
import type { Evidence } from "../evidence/schema.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { siteScaffold } from "../sync.js";

// A region as `werkcentrum sites sync` creates it, built without and with test results (evidence/read.ts).
const site = getSite("rijnmond")!;
let paths: ProjectPaths;

const build = (evidence?: Evidence) => {
  const map = evidence ? new Map<string, HostEvidence>([[site.host, { evidence, hash: JSON.stringify(evidence) }]]) : undefined;
  return buildSites([site], paths, { date: "2026-11-01", ...(map ? { evidence: map } : {}) });
};
const read = (file: string) => readFile(join(paths.outDir, site.host, file), "utf8");
const textOf = (html: string, test: (el: import("domhandler").Element) => boolean) =>
  DomUtils.findAll(test, parseDocument(html).children).map((el) => DomUtils.textContent(el).replace(/\s+/g, " ").trim());
const RESULTS = "toegankelijkheid/testresultaten/index.html";

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-evidence-build-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  for (const [file, text] of Object.entries(siteScaffold(site))) {
    await mkdir(join(paths.sitesDir, site.slug, file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, site.slug, file), text);
  }
}, 60_000);
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

describe("/toegankelijkheid/testresultaten/", () => {
  it("does not exist without test results, and the statement does not link to it", async () => {
    await build();
    expect(existsSync(join(paths.outDir, site.host, RESULTS))).toBe(false);
    const statement = await read("toegankelijkheid/index.html");
    expect(statement).not.toContain("testresultaten");
    expect(await read("sitemap.xml")).not.toContain("testresultaten");
  }, 60_000);

  it("shows the figures of the host's results, says it is not a WCAG-EM audit, and the statement links to it", async () => {
    const result = await build(sampleEvidence(site.host));
    expect(result.built).toEqual([site.host]); // new results rebuild the host
    const html = await read(RESULTS);
    expect(html.split("\n").filter((line) => /[ \t]+$/.test(line))).toEqual([]); // html-validate: no-trailing-whitespace
    const paragraphs = textOf(html, (el) => el.name === "p" || el.name === "li" || el.name === "h2");
    expect(paragraphs).toContain("Let op: Dit is geen volledig onderzoek");
    expect(paragraphs.join("\n")).toContain("Het is geen onderzoek volgens de methode WCAG-EM");
    expect(paragraphs).toContain(
      "De test is gedaan op 5 december 2026. Hij keek naar 3 pagina's van rijnmond.werkcentrum.nl. Twee programma's deden de test:",
    );
    expect(paragraphs).toContain("axe-core: 1 van de 2 pagina's zonder problemen.");
    expect(paragraphs).toContain("html-validate: 2 van de 3 pagina's zonder fouten.");
    expect(paragraphs).toContain(
      "/contact/: axe-core, regel color-contrast (ernstig), 3 keer: Elements must meet minimum color contrast ratio thresholds",
    );
    expect(paragraphs).toContain('/contact/: html-validate, regel no-dup-id, 2 keer: Duplicate ID "kop"');
    expect(paragraphs.filter((line) => /^\/\S*: axe-core /.test(line))).toEqual([
      "/: axe-core geen problemen, html-validate geen fouten.",
      "/contact/: axe-core 1 probleem, html-validate 2 fouten.",
      "/privacy/: axe-core niet geopend, html-validate geen fouten.",
    ]);
    const statement = await read("toegankelijkheid/index.html");
    expect(statement).toContain('<a href="/toegankelijkheid/testresultaten/">Bekijk wat de test van 5 december 2026 vond</a>');
    expect(await read("sitemap.xml")).toContain("<loc>https://rijnmond.werkcentrum.nl/toegankelijkheid/testresultaten/</loc>");
  }, 60_000);

  it("is not rebuilt when the results did not change", async () => {
    const result = await build(sampleEvidence(site.host));
    expect(result.sites.map((report) => report.status)).toEqual(["unchanged"]);
  }, 60_000);

  it("escapes every value of the results file", async () => {
    const hostile = sampleEvidence(site.host);
    hostile.browser = '"><script>alert(1)</script>';
    hostile.htmlValidate.presets = ["<img src=x onerror=alert(2)>"];
    hostile.pages[1]!.axe!.violations[0]!.help = "<script>alert(3)</script>";
    hostile.pages[1]!.html!.errors[0]!.message = "</li><a href=javascript:alert(4)>x</a>";
    await build(hostile);
    const html = await read(RESULTS);
    expect(html).not.toMatch(/<script>alert|<img src=x|<a href=javascript/);
    expect(html).toContain("(&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;)");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
    expect(html).toContain("&lt;script&gt;alert(3)&lt;/script&gt;");
    expect(html).toContain("&lt;/li&gt;&lt;a href=javascript:alert(4)&gt;x&lt;/a&gt;");
  }, 60_000);
});
