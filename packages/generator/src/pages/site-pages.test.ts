import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getRegion } from "@werkcentrum/regions";
import { parseDocument } from "htmlparser2";
import { DomUtils } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../build.js";
import type { ProjectPaths } from "../paths.js";
import { getSite, landingSite } from "../sites.js";
import { siteScaffold } from "../sync.js";

// Builds the test fixture region (test/fixtures/voorbeeldregio, made-up data under the code of Rijnmond), a bare
// region (Rijnmond as `werkcentrum sites sync` creates it) and the landing site once, then checks each page.
const fixture = fileURLToPath(new URL("../../test/fixtures/voorbeeldregio/", import.meta.url));
let root: string;
let fixtureOut: string;
let bareOut: string;
let landingOut: string;

async function project(name: string): Promise<ProjectPaths> {
  const dir = join(root, name);
  return { sitesDir: join(dir, "sites"), outDir: join(dir, "dist") };
}

async function scaffold(paths: ProjectPaths, slug: string) {
  const site = getSite(slug)!;
  for (const [file, text] of Object.entries(siteScaffold(site))) {
    await mkdir(join(paths.sitesDir, slug, file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, slug, file), text);
  }
}

const read = (dir: string, file: string) => readFile(join(dir, file), "utf8");
const dom = async (dir: string, file: string) => parseDocument(await read(dir, file));
const all = (doc: ReturnType<typeof parseDocument>, test: (el: import("domhandler").Element) => boolean) => DomUtils.findAll(test, doc.children);
const text = (nodes: import("domhandler").AnyNode[]) => nodes.map((node) => DomUtils.textContent(node).replace(/\s+/g, " ").trim());
/** A table row as its cells' texts joined by one space. */
const rowText = (rows: import("domhandler").Element[]) =>
  rows.map((row) => text(DomUtils.findAll((el) => el.name === "th" || el.name === "td", [row])).join(" "));

beforeAll(async () => {
  process.env.WERKCENTRUM_BUILD_DATE = "2026-06-01";
  root = await mkdtemp(join(tmpdir(), "wc-pages-"));
  const withFixture = await project("fixture");
  await cp(fixture, join(withFixture.sitesDir, "rijnmond"), { recursive: true });
  fixtureOut = (await buildSite(getSite("rijnmond")!, withFixture)).outputDir;
  const bare = await project("bare");
  await scaffold(bare, "rijnmond");
  await scaffold(bare, landingSite.slug);
  bareOut = (await buildSite(getSite("rijnmond")!, bare)).outputDir;
  landingOut = (await buildSite(landingSite, bare)).outputDir;
}, 120_000);
afterAll(async () => {
  delete process.env.WERKCENTRUM_BUILD_DATE;
  await rm(root, { recursive: true, force: true });
});

describe("/vestigingen/", () => {
  it("shows a location card per vestiging with its opening hours", async () => {
    const doc = await dom(fixtureOut, "vestigingen/index.html");
    expect(text(all(doc, (el) => el.name === "h2" && el.attribs.class === "wc-location__name"))).toEqual([
      "Werkcentrum Voorbeeldstad",
      "Werkpunt Voorbeelddorp",
    ]);
    const rows = rowText(all(doc, (el) => el.name === "tr")).slice(0, 7);
    expect(rows[0]).toBe("maandag 9.00 tot 17.00 uur");
    expect(rows[4]).toBe("vrijdag 9.00 tot 12.30 uur");
    expect(rows[6]).toBe("zondag gesloten");
    expect(text(all(doc, (el) => el.attribs.class === "wc-location__accessibility"))[0]).toBe(
      "Toegankelijkheid: Ingang zonder drempels. Lift naar alle verdiepingen.",
    );
  });

  it("describes each vestiging as a schema.org GovernmentOffice in a JSON-LD data block", async () => {
    const doc = await dom(fixtureOut, "vestigingen/index.html");
    const scripts = all(doc, (el) => el.name === "script");
    expect(scripts.map((el) => el.attribs.type)).toEqual(["application/ld+json"]);
    const json = JSON.parse(DomUtils.textContent(scripts[0]!)) as { "@graph": Array<Record<string, unknown>> };
    expect(json["@graph"]).toHaveLength(2);
    expect(json["@graph"][0]).toMatchObject({
      "@type": "GovernmentOffice",
      name: "Werkcentrum Voorbeeldstad",
      address: { "@type": "PostalAddress", streetAddress: "Voorbeeldstraat 1", postalCode: "1234 AB", addressLocality: "Voorbeeldstad" },
      geo: { latitude: 51.9, longitude: 4.5 },
      openingHoursSpecification: [
        { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "09:00", closes: "17:00" },
        { "@type": "OpeningHoursSpecification", dayOfWeek: ["Friday"], opens: "09:00", closes: "12:30" },
      ],
    });
  });

  it("is not built for a region without vestigingen", () => {
    expect(existsSync(join(bareOut, "vestigingen/index.html"))).toBe(false);
  });
});

describe("/over-ons/", () => {
  it("puts the Regionaal Beraad and the registry's gemeenten below the national base text, on one page", async () => {
    const doc = await dom(fixtureOut, "over-ons/index.html");
    expect(text(all(doc, (el) => el.name === "h1"))).toEqual(["Wat is het Werkcentrum?"]);
    const headings = text(all(doc, (el) => el.name === "h2"));
    expect(headings).toContain("Eén plek in plaats van veel loketten"); // the base text
    expect(headings.slice(-3)).toEqual(["Het Werkcentrum Rijnmond", "Het Regionaal Beraad", "Voor welke gemeenten?"]);
    expect(text(all(doc, (el) => el.attribs.class === "wc-members__title"))).toEqual([
      "Gemeenten",
      "UWV",
      "SBB",
      "Werkgeversorganisaties",
      "Werknemersorganisaties",
      "Onderwijs",
    ]);
    const html = await read(fixtureOut, "over-ons/index.html");
    expect(html).toContain("Het Werkcentrum Rijnmond is open. U kunt er langskomen, en u vindt het Werkcentrum ook online.");
    expect(html).toContain('<a href="/meerjarenagenda/">meerjarenagenda</a>');
    for (const gemeente of getRegion("rijnmond")!.gemeenten) expect(html).toContain(`<li>${gemeente.name}</li>`);
  });

  it("states a centrumgemeente only when a source names it", async () => {
    const region = getRegion("rijnmond")!;
    const html = await read(bareOut, "over-ons/index.html");
    expect(html.includes(`De centrumgemeente is ${region.centrumgemeente.name}.`)).toBe(region.centrumgemeente.status === "sourced");
    expect(html).not.toContain("Het Regionaal Beraad</h2>"); // no members in site.yml: no section
    expect(html).toContain("Het Werkcentrum Rijnmond wordt nu opgezet.");
  });
});

describe("/meerjarenagenda/", () => {
  it("shows period, indicators as SVG charts with description and table, tasks, actions and monitoring", async () => {
    for (const file of ["meerjarenagenda/index.html", "meerjarenagenda/2026-2030/index.html"]) {
      const doc = await dom(fixtureOut, file);
      const html = await read(fixtureOut, file);
      expect(html).toContain("Looptijd: 2026 tot en met 2030. Vastgesteld door het Regionaal Beraad op 1 december 2025.");
      const charts = all(doc, (el) => el.name === "svg" && (el.attribs.class ?? "").startsWith("wc-chart"));
      expect(charts).toHaveLength(2);
      expect(text(all(doc, (el) => el.attribs.class === "wc-chart__description"))[0]).toMatch(
        /^Openstaande vacatures steeg van 9\.000 vacatures in 2022 naar 12\.000 vacatures in 2025/,
      );
      expect(rowText(all(doc, (el) => el.name === "tr" && (el.parent as import("domhandler").Element | null)?.name === "tbody")).slice(0, 4)).toEqual(
        ["2022 9.000 vacatures", "2023 10.500 vacatures", "2024 11.000 vacatures", "2025 12.000 vacatures"],
      );
      expect(text(all(doc, (el) => el.name === "h3" && (el.attribs.id ?? "").startsWith("opgave-")))).toEqual([
        "Sociale opgave",
        "Economische opgave",
        "Onderwijsopgave",
      ]);
      expect(html).toContain(
        '<tr><th scope="row">Een gids in elke gemeente</th><td>UWV, Gemeente Voorbeeldstad</td><td>Bezig</td><td>2027</td></tr>',
      );
      expect(html).toContain("Dat gebeurt twee keer per jaar.");
      expect(html).toContain('<a href="https://www.voorbeeld.nl/cijfers">Voorbeeldbron</a>');
      expect(html).toContain("Toelichting op de agenda.");
      expect(html).not.toMatch(/<script|style=/);
    }
    // The current agenda at /meerjarenagenda/ names its own page as the canonical address.
    expect(await read(fixtureOut, "meerjarenagenda/index.html")).toContain(
      '<link rel="canonical" href="https://rijnmond.werkcentrum.nl/meerjarenagenda/2026-2030/">',
    );
    expect(await read(fixtureOut, "sitemap.xml")).not.toContain("<loc>https://rijnmond.werkcentrum.nl/meerjarenagenda/</loc>");
  });

  it("is not built for a region without an agenda", () => {
    expect(existsSync(join(bareOut, "meerjarenagenda/index.html"))).toBe(false);
  });
});

describe("required pages", () => {
  it("exist on the regional sites and on werkcentrum.nl, and every page's footer links them", async () => {
    for (const out of [fixtureOut, bareOut, landingOut]) {
      for (const url of ["contact", "toegankelijkheid", "privacy", "sitemap"])
        expect(existsSync(join(out, url, "index.html")), `${out} ${url}`).toBe(true);
      const footer = all(await dom(out, "index.html"), (el) => el.name === "footer")[0]!;
      const hrefs = DomUtils.findAll((el) => el.name === "a", [footer]).map((el) => el.attribs.href);
      expect(hrefs).toEqual(expect.arrayContaining(["/toegankelijkheid/", "/privacy/", "/contact/", "/sitemap/"]));
    }
  });

  it("/contact/ shows site.yml's channels, the vestigingen and the way to other regions", async () => {
    const html = await read(fixtureOut, "contact/index.html");
    expect(html).toContain('<a href="tel:+31201234567">020\u00a0123\u00a045\u00a067</a>');
    expect(html).toContain('<a href="mailto:info@voorbeeld.nl">info@voorbeeld.nl</a>');
    expect(html).toContain("<li>Werkpunt Voorbeelddorp, Dorpsplein 2, Voorbeelddorp</li>");
    expect(html).toContain('<a href="https://werkcentrum.nl/#gemeenten">Zoek het Werkcentrum bij u in de buurt</a>');
    expect(html).toContain("Praat met een gids");
    expect(html).not.toContain("Waar u nu al terechtkunt");
    const bare = await read(bareOut, "contact/index.html");
    // A region that has filled in nothing still sends the visitor somewhere real.
    expect(text(all(await dom(bareOut, "contact/index.html"), (el) => el.name === "h2"))).toEqual([
      "Waar u nu al terechtkunt",
      "Woont u in een andere regio?",
    ]);
    expect(bare).toContain('<a href="https://www.uwv.nl/">UWV</a>');
    expect(bare).toContain('<a href="https://werkcentrum.nl/het-werkcentrum/">werkcentrum.nl</a>');
    expect(bare).toContain(
      '<a href="/werkzoekenden/">werkzoekenden</a>, <a href="/werkenden/">werkenden</a> en <a href="/werkgevers/">werkgevers</a>',
    );
    expect(bare).not.toContain("tel:");
    expect(await read(landingOut, "contact/index.html")).toContain('<a href="/#werkcentra">lijst met alle Werkcentra</a>');
  });

  it("the home page shows how to reach a guide when the region has said so", async () => {
    expect(text(all(await dom(fixtureOut, "index.html"), (el) => el.name === "h2" && el.attribs.class === "wc-contact__heading"))).toEqual([
      "Praat met een gids",
    ]);
    expect(await read(fixtureOut, "index.html")).toContain('<a href="mailto:gids@voorbeeld.nl">gids@voorbeeld.nl</a>');
    expect(await read(bareOut, "index.html")).not.toContain("Praat met een gids");
  });

  it("sitemap.xml lists every page once with an absolute https URL and no lastmod; /sitemap/ links the same pages", async () => {
    const xml = await read(fixtureOut, "sitemap.xml");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<urlset')).toBe(true);
    expect(xml).not.toContain("lastmod");
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.every((loc) => loc.startsWith("https://rijnmond.werkcentrum.nl/") && loc.endsWith("/"))).toBe(true);
    expect(locs).toEqual(
      expect.arrayContaining([
        "https://rijnmond.werkcentrum.nl/",
        "https://rijnmond.werkcentrum.nl/vestigingen/",
        "https://rijnmond.werkcentrum.nl/meerjarenagenda/2026-2030/",
      ]),
    );
    const links = DomUtils.findAll(
      (el) => el.name === "a",
      all(await dom(fixtureOut, "sitemap/index.html"), (el) => el.name === "main"),
    ).map((el) => `https://rijnmond.werkcentrum.nl${el.attribs.href}`);
    expect(links).toEqual(locs);
    const landingXml = await read(landingOut, "sitemap.xml");
    expect(landingXml).toContain("<loc>https://werkcentrum.nl/privacy/</loc>");
    expect(landingXml).not.toContain("/ontwerp/"); // the component preview is noindex
  });

  it("robots.txt allows everything and points to sitemap.xml", async () => {
    expect(await read(landingOut, "robots.txt")).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: https:\/\/werkcentrum\.nl\/sitemap\.xml\n$/m);
    expect(await read(bareOut, "robots.txt")).toContain("Sitemap: https://rijnmond.werkcentrum.nl/sitemap.xml");
  });
});

describe("/zoeken/", () => {
  it("has the search form, a no-JavaScript message with a link to the sitemap, and loads its script only there", async () => {
    const doc = await dom(fixtureOut, "zoeken/index.html");
    const scripts = all(doc, (el) => el.name === "script");
    expect(scripts.map((el) => el.attribs.src)).toEqual([expect.stringMatching(/^\/assets\/zoeken\.[0-9a-f]{10}\.js$/)]);
    expect(scripts[0]!.attribs.type).toBe("module");
    expect(existsSync(join(fixtureOut, scripts[0]!.attribs.src!))).toBe(true);
    expect(all(doc, (el) => el.name === "form" && el.attribs.action === "/zoeken/")).toHaveLength(1);
    expect(text(all(doc, (el) => el.attribs.id === "zoeken-zonder-javascript"))[0]).toContain("sitemap");
    expect(await read(fixtureOut, "index.html")).not.toContain("<script");
  });

  it("writes a Pagefind index of the region's pages, without navigation, footer or the search page itself", async () => {
    const entry = JSON.parse(await read(fixtureOut, "pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    const htmlPages = locsOf(await read(fixtureOut, "sitemap.xml")).filter((url) => !["/zoeken/", "/sitemap/"].includes(url));
    expect(entry.languages.nl!.page_count).toBe(htmlPages.filter((url) => !/^\/(en|uk|pl|ar)\//.test(url)).length);
    expect(existsSync(join(fixtureOut, "pagefind/pagefind.js"))).toBe(true);
  });

  it("is on werkcentrum.nl too, with a choice of site to narrow to, each naming the index its script merges", async () => {
    const html = await read(landingOut, "zoeken/index.html");
    expect(html).toContain('<option value="">Alle Werkcentra en werkcentrum.nl</option>');
    expect(html).toContain(
      '<option value="Werkcentrum Rijnmond" data-index="/zoeken/regio/rijnmond/" data-base-url="https://rijnmond.werkcentrum.nl/">Werkcentrum Rijnmond</option>',
    );
    expect(existsSync(join(landingOut, "pagefind/pagefind.js"))).toBe(true);
  });
});

function locsOf(xml: string): string[] {
  return [...xml.matchAll(/<loc>https:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
}

describe("the pages the law asks of every host", () => {
  const outputs = () => ({ fixture: fixtureOut, bare: bareOut, landing: landingOut });
  const headings = async (dir: string, file: string) => all(await dom(dir, file), (el) => el.name === "h2").map((el) => el.attribs.id);

  it("gives every host a statement with every part of the national model", async () => {
    for (const [name, dir] of Object.entries(outputs())) {
      const ids = await headings(dir, "toegankelijkheid/index.html");
      for (const part of ["verklaring", "status", "onderbouwing", "problemen", "melden"]) expect(ids, `${name}: ${part}`).toContain(part);
    }
  });

  it("shows the status the data supports: A with WCAG-EM research and no deviations, E without a statement", async () => {
    const fixture = await read(fixtureOut, "toegankelijkheid/index.html");
    expect(fixture).toContain('<h2 id="status">Status: A, voldoet volledig</h2>');
    expect(fixture).toContain("Op 20 april 2026 is de website onderzocht, volgens de methode WCAG-EM.");
    expect(fixture).toContain("Op 1 mei 2026 heeft Gemeente Voorbeeldstad haar goedgekeurd. Functie van wie tekende: Directeur Werk.");
    // No statement data: status E wording, no approval section, the contact page as the way to report.
    for (const dir of [bareOut, landingOut]) {
      const html = await read(dir, "toegankelijkheid/index.html");
      expect(html).toContain('<h2 id="status">Status: E, geen verklaring</h2>');
      expect(await headings(dir, "toegankelijkheid/index.html")).not.toContain("goedkeuring");
      // No channel anywhere (the contact page has none either): said plainly, no link to a page without one.
      expect(html).toContain("Op deze website staat nog geen e-mailadres of telefoonnummer waar u een probleem kunt melden.");
      expect(html).not.toContain('<a href="/contact/">contactpagina</a>');
    }
  });

  it("writes the privacy page from the national facts and the region's fields, leaving out what is missing", async () => {
    const fixture = await read(fixtureOut, "privacy/index.html");
    expect(fixture).toContain("Gemeente Voorbeeldstad is verantwoordelijk voor deze website");
    expect(fixture).toContain('<a href="https://www.voorbeeld.nl/privacy">de privacyverklaring van Gemeente Voorbeeldstad</a>');
    for (const dir of Object.values(outputs())) {
      const html = await read(dir, "privacy/index.html");
      expect(html).toContain("Na 14 dagen wordt het logboek gewist.");
      expect(html).toContain("Deze website plaatst geen cookies.");
    }
    const bare = await read(bareOut, "privacy/index.html");
    expect(bare).not.toContain("is verantwoordelijk voor deze website");
    expect(bare).not.toContain("privacyverklaring van");
    for (const dir of [bareOut, landingOut])
      expect(await read(dir, "privacy/index.html")).toContain("Welke organisatie verantwoordelijk is voor deze website, staat hier nog niet.");
  });

  it("publishes no placeholder on any page", async () => {
    const { readdir } = await import("node:fs/promises");
    for (const dir of Object.values(outputs())) {
      const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".html"));
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) expect(await read(dir, file), file).not.toContain("IN TE VULLEN");
    }
  });
});
