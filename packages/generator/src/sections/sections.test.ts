import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser as XmlParser } from "@xmldom/xmldom";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../build.js";
import { scanSite } from "../deploy/scan.js";
import { getSite } from "../sites.js";
import { buildFixture } from "./fixture-build.js";

// Builds the fixture region (every content type) once, with the build date 2026-06-01, and checks DOM facts.
let out: string;
let root: string;

beforeAll(async () => {
  const result = await buildFixture("2026-06-01");
  out = result.outputDir;
  root = join(result.paths.sitesDir, "..");
}, 120_000);
afterAll(async () => rm(root, { recursive: true, force: true }));

const read = (path: string) => readFile(join(out, path), "utf8");
async function dom(path: string) {
  return parseHTML(await read(path)).document;
}
const texts = (nodes: ArrayLike<Element>) => Array.from(nodes).map((node) => node.textContent?.trim());

describe("audience pages", () => {
  it("show the national base text and the audience's services as cards", async () => {
    const doc = await dom("werkzoekenden/index.html");
    expect(doc.querySelector("h1")?.textContent).toBe("Voor werkzoekenden");
    expect(doc.querySelector("main .wc-prose h2")?.textContent).toBe("Hoe helpt het Werkcentrum u?");
    expect(texts(doc.querySelectorAll(".wc-card__title"))).toEqual([
      "Jongerenpunt Voorbeeldregio",
      "Loopbaanadvies in Voorbeeldregio",
      "Sollicitatietraining",
    ]);
  });

  it("have a filter page only for target groups that services name", async () => {
    const doc = await dom("werkzoekenden/index.html");
    const filters = Array.from(doc.querySelectorAll('nav[aria-label="Diensten per doelgroep"] a')).map((a) => a.getAttribute("href"));
    expect(filters).toEqual([
      "/werkzoekenden/",
      "/werkzoekenden/jongeren/",
      "/werkzoekenden/50-plussers/",
      "/werkzoekenden/herintreders/",
      "/werkzoekenden/zonder-startkwalificatie/",
    ]);
    await expect(read("werkzoekenden/statushouders/index.html")).rejects.toThrow(/ENOENT/);
    await expect(read("werkgevers/jongeren/index.html")).rejects.toThrow(/ENOENT/);
    const werkgevers = await dom("werkgevers/index.html");
    expect(werkgevers.querySelectorAll('nav[aria-label="Diensten per doelgroep"] a')).toHaveLength(2);
  });

  it("mark the active filter and list only the matching services", async () => {
    const doc = await dom("werkzoekenden/jongeren/index.html");
    const current = doc.querySelectorAll('nav[aria-label="Diensten per doelgroep"] [aria-current="page"]');
    expect(Array.from(current).map((link) => link.getAttribute("href"))).toEqual(["/werkzoekenden/jongeren/"]);
    expect(texts(doc.querySelectorAll(".wc-card__title"))).toEqual(["Jongerenpunt Voorbeeldregio"]);
    expect(texts(doc.querySelectorAll(".wc-breadcrumbs a"))).toContain("Voor werkzoekenden");
  });
});

describe("service pages", () => {
  it("show provider, cost, audiences, target groups and every way to sign up", async () => {
    const doc = await dom("diensten/loopbaanadvies/index.html");
    const details = Object.fromEntries(
      Array.from(doc.querySelectorAll(".wc-details > div")).map((row) => [
        row.querySelector("dt")?.textContent,
        row.querySelector("dd")?.textContent,
      ]),
    );
    expect(details).toEqual({
      Aanbieder: "Voorbeeld Adviesbureau",
      Kosten: "Gratis",
      Voor: "Werkzoekenden, Werkenden",
      "Extra aandacht voor": "50-plussers, Herintreders",
    });
    const signUp = Array.from(doc.querySelectorAll('[aria-labelledby="aanmelden"] a')).map((a) => a.getAttribute("href"));
    expect(signUp).toEqual(["https://www.voorbeeld.nl/aanmelden", "tel:+31201234567"]);
    expect(doc.querySelector('a[href^="tel:"]')?.textContent).toBe("020\u00a0123\u00a045\u00a067"); // kept on one line
  });

  it("leave out the cost when the editor did not give it", async () => {
    const doc = await dom("diensten/jongerenloket/index.html");
    expect(texts(doc.querySelectorAll(".wc-details dt"))).not.toContain("Kosten");
    expect(doc.querySelector('a[href="mailto:jongeren@voorbeeld.nl"]')).not.toBeNull();
  });
});

describe("news", () => {
  it("lists ten items per page, newest first, with the theme's pagination", async () => {
    const first = await dom("nieuws/index.html");
    const titles = texts(first.querySelectorAll(".wc-news-list__title"));
    expect(titles).toHaveLength(10);
    expect(titles[0]).toBe("Testbericht 12 uit de Voorbeeldregio");
    expect(first.querySelector('.wc-pagination a[rel="next"]')?.getAttribute("href")).toBe("/nieuws/pagina/2/");
    expect(first.querySelector('.wc-pagination [aria-current="page"]')?.textContent).toBe("1");

    const second = await dom("nieuws/pagina/2/index.html");
    expect(texts(second.querySelectorAll(".wc-news-list__title"))).toEqual([
      "Testbericht 02 uit de Voorbeeldregio",
      "Testbericht 01 uit de Voorbeeldregio",
    ]);
    expect(second.querySelector('.wc-pagination a[rel="prev"]')?.getAttribute("href")).toBe("/nieuws/");
    expect(second.querySelector('.wc-pagination a[rel="next"]')).toBeNull();
  });

  it("gives news items the news layout with their date", async () => {
    const doc = await dom("nieuws/bericht-03/index.html");
    expect(doc.querySelector(".wc-meta time")?.getAttribute("datetime")).toBe("2026-01-03");
  });

  it("publishes a valid Atom feed with absolute URLs, linked from every page's head", async () => {
    const xml = await read("nieuws/feed.xml");
    const errors: string[] = [];
    const feed = new XmlParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(xml, "application/xml");
    expect(errors).toEqual([]);
    const entries = feed.getElementsByTagName("entry");
    expect(entries).toHaveLength(12);
    expect(feed.getElementsByTagName("updated")[0]?.textContent).toBe("2026-01-11T23:00:00Z"); // 12 January, midnight in Amsterdam
    for (const link of Array.from(feed.getElementsByTagName("link")))
      expect(link.getAttribute("href")).toMatch(/^https:\/\/rijnmond\.werkcentrum\.nl\//);

    for (const page of ["index.html", "werkgevers/index.html"]) {
      const doc = await dom(page);
      expect(doc.querySelector('head link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href")).toBe("/nieuws/feed.xml");
    }
  });
});

describe("agenda", () => {
  it("splits upcoming and past events around the build date", async () => {
    const doc = await dom("agenda/index.html");
    const section = (id: string) => texts(doc.querySelectorAll(`[aria-labelledby="${id}"] .wc-event__title`));
    expect(section("binnenkort")).toEqual(["Informatiemiddag werken in de zorg", "Banenmarkt najaar Voorbeeldregio"]);
    expect(section("afgelopen")).toEqual(["Webinar subsidies voor werkgevers", "Banenmarkt voorjaar Voorbeeldregio"]);
    expect(doc.querySelector('a[href="/agenda/agenda.ics"]')).not.toBeNull();
  });

  it("gives each event its page with a link to its calendar file", async () => {
    const doc = await dom("agenda/informatiemiddag-zorg/index.html");
    expect(doc.querySelector("h1")?.textContent).toBe("Informatiemiddag werken in de zorg");
    expect(doc.querySelector('a[href="/agenda/informatiemiddag-zorg.ics"]')).not.toBeNull();
  });

  it("writes iCalendar files with CRLF line ends, folded lines and one VEVENT per event", async () => {
    const all = await read("agenda/agenda.ics");
    expect(all.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(all.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of all.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(all.match(/BEGIN:VEVENT/g)).toHaveLength(4);

    const one = await read("agenda/informatiemiddag-zorg.ics");
    expect(one.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(one).toContain("UID:informatiemiddag-zorg@rijnmond.werkcentrum.nl\r\n");
    expect(one).toContain("DTSTART:20260615T113000Z\r\n"); // 13.30 in Dutch summer time
    // Not the clock, nor the build date (1 June) itself: the first day of the build date's window, the day after the
    // last event that ended before it (the webinar of 20 May), so every day until the next event ends gives this file.
    expect(one).toContain("DTSTAMP:20260520T220000Z\r\n");
  });
});

describe("schemes and questions", () => {
  it("list the schemes and show conditions, benefit and the official source", async () => {
    const index = await dom("regelingen/index.html");
    expect(texts(index.querySelectorAll(".wc-card__title"))).toEqual(["Loonkostensubsidie", "Scholingsbudget Voorbeeldregio"]);
    const doc = await dom("regelingen/loonkostensubsidie/index.html");
    expect(doc.querySelectorAll('[aria-labelledby="voorwaarden"] li')).toHaveLength(2);
    expect(doc.querySelector('[aria-labelledby="wat-levert-het-op"] p')?.textContent).toMatch(/^U betaalt alleen/);
    expect(doc.querySelector('a[href="https://www.voorbeeld.nl/loonkostensubsidie"]')?.textContent).toBe("Voorbeeldbron");
  });

  it("group the questions by audience, in the editors' order, without pages of their own", async () => {
    const doc = await dom("veelgestelde-vragen/index.html");
    expect(texts(doc.querySelectorAll("main h2"))).toEqual(["Voor werkzoekenden", "Voor werkenden", "Voor werkgevers"]);
    expect(texts(doc.querySelectorAll('[aria-labelledby="vragen-werkzoekenden"] summary'))).toEqual([
      "Moet ik betalen voor een gesprek met een gids?",
      "Kan ik ook komen als ik geen uitkering heb?",
    ]);
    await expect(read("vragen/uitkering/index.html")).rejects.toThrow(/ENOENT/);
  });
});

describe("home page and navigation", () => {
  it("shows the three newest news items and the next events", async () => {
    const doc = await dom("index.html");
    expect(texts(doc.querySelectorAll(".wc-news-list__title"))).toEqual([
      "Testbericht 12 uit de Voorbeeldregio",
      "Testbericht 11 uit de Voorbeeldregio",
      "Testbericht 10 uit de Voorbeeldregio",
    ]);
    expect(texts(doc.querySelectorAll(".wc-event__title"))).toEqual(["Informatiemiddag werken in de zorg", "Banenmarkt najaar Voorbeeldregio"]);
  });

  it("lists the sections in their order", async () => {
    const doc = await dom("index.html");
    const items = texts(doc.querySelectorAll(".wc-nav__list--row a"));
    expect(items).toEqual([
      "Werkzoekenden",
      "Werkenden",
      "Werkgevers",
      "Nieuws",
      "Agenda",
      "Regelingen",
      "Veelgestelde vragen",
      "Vestigingen",
      "Over ons",
    ]);
  });

  it("has pages that pass the deploy scan: no inline script or style, nothing from another host", async () => {
    const scan = await scanSite(out, "rijnmond.werkcentrum.nl");
    expect(scan.htmlFiles).toBeGreaterThan(40);
    // Pages only: the search module's stylesheets are another section's concern.
    expect(scan.problems.filter((problem) => problem.file.endsWith(".html"))).toEqual([]);
  });
});

describe("a region with little content", () => {
  let small: string;
  let smallRoot: string;

  beforeAll(async () => {
    smallRoot = await mkdtemp(join(tmpdir(), "wc-klein-"));
    const paths = { sitesDir: join(smallRoot, "sites"), outDir: join(smallRoot, "dist") };
    const site = join(paths.sitesDir, "rijnmond");
    await mkdir(join(site, "content/nieuws"), { recursive: true });
    await writeFile(join(site, "site.yml"), "code: AM22\nnaam: Rijnmond\n");
    await writeFile(
      join(site, "content/nieuws/index.md"),
      "---\ntitel: Nieuws uit de Voorbeeldregio\nsamenvatting: Testtekst.\n---\n\nEen eigen inleiding.\n",
    );
    await writeFile(
      join(site, "content/nieuws/eerste.md"),
      "---\ntitel: Eerste bericht\ndatum: 2026-02-01\nsamenvatting: Testtekst.\n---\n\nTesttekst.\n",
    );
    await writeFile(join(site, "content/werkgevers.md"), "---\ntitel: Eigen tekst voor werkgevers\nsamenvatting: Testtekst.\n---\n\nTesttekst.\n");
    small = (await buildSite(getSite("rijnmond")!, paths)).outputDir;
  }, 120_000);
  afterAll(async () => rm(smallRoot, { recursive: true, force: true }));

  it("adds no page and no navigation entry for sections without content", async () => {
    const doc = parseHTML(await readFile(join(small, "index.html"), "utf8")).document;
    const nav = texts(doc.querySelectorAll(".wc-nav a"));
    expect(nav).toEqual(expect.arrayContaining(["Werkzoekenden", "Werkenden", "Werkgevers", "Nieuws"]));
    for (const empty of ["Agenda", "Regelingen", "Veelgestelde vragen"]) expect(nav).not.toContain(empty);
    for (const path of ["agenda/index.html", "regelingen/index.html", "veelgestelde-vragen/index.html", "werkzoekenden/jongeren/index.html"]) {
      await expect(readFile(join(small, path))).rejects.toThrow(/ENOENT/);
    }
  });

  it("uses the region's own section page as the introduction, without a duplicate page", async () => {
    const news = parseHTML(await readFile(join(small, "nieuws/index.html"), "utf8")).document;
    expect(news.querySelector("h1")?.textContent).toBe("Nieuws uit de Voorbeeldregio");
    expect(news.querySelector("main .wc-prose p")?.textContent).toBe("Een eigen inleiding.");
    expect(texts(news.querySelectorAll(".wc-news-list__title"))).toEqual(["Eerste bericht"]);
    expect(news.querySelector(".wc-pagination")).toBeNull();
    const werkgevers = parseHTML(await readFile(join(small, "werkgevers/index.html"), "utf8")).document;
    expect(werkgevers.querySelector("h1")?.textContent).toBe("Eigen tekst voor werkgevers");
    expect(werkgevers.querySelector(".wc-card")).toBeNull();
  });
});

describe("determinism", () => {
  it("gives byte-identical feeds, calendars and overviews for the same input", async () => {
    const again = await buildFixture("2026-06-01");
    try {
      for (const path of [
        "nieuws/feed.xml",
        "agenda/agenda.ics",
        "agenda/banenmarkt-najaar.ics",
        "nieuws/index.html",
        "agenda/index.html",
        "werkzoekenden/index.html",
      ]) {
        expect(await readFile(join(again.outputDir, path), "utf8"), path).toBe(await read(path));
      }
    } finally {
      await rm(join(again.paths.sitesDir, ".."), { recursive: true, force: true });
    }
  }, 120_000);
});
