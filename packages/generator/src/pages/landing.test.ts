import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { allGemeenten, allRegions } from "@werkcentrum/regions";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initFinder } from "../browser/finder-ui.js";
import { buildSite } from "../build.js";
import { scanHtml } from "../deploy/scan.js";
import { findProjectPaths, type ProjectPaths } from "../paths.js";
import { landingSite } from "../sites.js";

// A copy of the real sites/ folder (every region's site.yml and the landing site's content), in which Rijnmond
// gets a made-up legacy site: never commit an invented legacy site for a real region.
const LEGACY = "https://leerwerkloket.voorbeeld.nl/";
let paths: ProjectPaths;
let html: string;
let out: string;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-landing-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  const real = findProjectPaths(new URL(".", import.meta.url).pathname).sitesDir;
  await cp(join(real, landingSite.slug, "content"), join(paths.sitesDir, landingSite.slug, "content"), { recursive: true });
  for (const region of allRegions) await cp(join(real, region.slug, "site.yml"), join(paths.sitesDir, region.slug, "site.yml"));
  const rijnmond = join(paths.sitesDir, "rijnmond", "site.yml");
  await writeFile(rijnmond, `${await readFile(rijnmond, "utf8")}vorm: beide\nbestaandeWebsite:\n  url: ${LEGACY}\n  soort: Leerwerkloket\n`);
  out = (await buildSite(landingSite, paths)).outputDir;
  html = await readFile(join(out, "index.html"), "utf8");
}, 120_000);
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

const page = () => parseHTML(html).document as unknown as Document;
const hrefOf = (a: Element | null | undefined) => a?.getAttribute("href");

describe("the landing page of werkcentrum.nl", () => {
  it("has a map with 35 linked regions, a legend naming both statuses and the map credit", () => {
    const document = page();
    const links = Array.from(document.querySelectorAll("svg.wc-map a.wc-map__link"));
    expect(links).toHaveLength(35);
    expect(new Set(links.map(hrefOf)).size).toBe(35);
    expect(links.every((a) => /, (actief|in ontwikkeling)(, (fysiek|digitaal|fysiek en digitaal))?$/.test(a.getAttribute("aria-label") ?? ""))).toBe(
      true,
    );
    const legend = Array.from(document.querySelectorAll(".wc-map-legend li")).map((li) => li.textContent?.trim());
    expect(legend).toEqual([
      "Werkcentrum actief (0 regio's)",
      "Werkcentrum in ontwikkeling (35 regio's)",
      "Fysiek en digitaal (1 regio)",
      "Vorm nog niet bekend: geen patroon (34 regio's)",
    ]);
    // The data year of both sources: the outlines (2025) and the regions' gemeenten (2026).
    expect(document.querySelector(".wc-map-figure figcaption .wc-meta")?.textContent).toBe(
      "Kaart: CBS/PDOK, Gebiedsindelingen 2025 (bewerkt). Indeling in regio's en gemeenten: CBS, tabel 86247NED Gebieden in Nederland 2026.",
    );
    const rijnmond = document.querySelector('a.wc-map__link[aria-label^="Werkcentrum Rijnmond"]');
    expect(rijnmond?.getAttribute("aria-label")).toBe(
      "Werkcentrum Rijnmond (via de website van het Leerwerkloket), in ontwikkeling, fysiek en digitaal",
    );
    expect(document.querySelector('.wc-region-list a[data-wc-region="AM22"] + .wc-meta')?.textContent).toBe("In ontwikkeling, fysiek en digitaal");
    expect(document.querySelectorAll("svg.wc-map .wc-map__labels text").length).toBeGreaterThan(5);
  });

  it("lists the 35 regions with their status; one in development with a legacy site links there and says so", () => {
    const items = Array.from(page().querySelectorAll(".wc-region-list li"));
    expect(items).toHaveLength(35);
    expect(items.filter((li) => li.querySelector(".wc-meta")?.textContent === "In ontwikkeling")).toHaveLength(34);
    const rijnmond = page().querySelector('.wc-region-list a[data-wc-region="AM22"]');
    expect(hrefOf(rijnmond)).toBe(LEGACY);
    expect(rijnmond?.textContent).toBe("Werkcentrum Rijnmond, via de website van het Leerwerkloket");
    expect(hrefOf(page().querySelector('a.wc-map__link[aria-label^="Werkcentrum Rijnmond"]'))).toBe(LEGACY);
    expect(hrefOf(page().querySelector('.wc-region-list a[data-wc-region="AM21"]'))).toBe("https://haaglanden.werkcentrum.nl/");
  });

  it("lists all 342 gemeenten A–Z without JavaScript, each linking to its region (the legacy rule included)", () => {
    const links = new Map(Array.from(page().querySelectorAll(".wc-finder__list a")).map((a) => [a.textContent, hrefOf(a)]));
    for (const gemeente of allGemeenten) {
      const region = allRegions.find((r) => r.code === gemeente.regionCode)!;
      expect(links.get(gemeente.name), gemeente.name).toBe(region.code === "AM22" ? LEGACY : `https://${region.host}/`);
    }
    // Every link sits in a closed per-letter disclosure, so the list does not make the phone page 24,000 px tall.
    const letters = Array.from(page().querySelectorAll("details.wc-finder__letter"));
    expect(letters.length).toBeGreaterThan(20);
    expect(letters.some((details) => details.hasAttribute("open"))).toBe(false);
    expect(page().querySelectorAll(".wc-finder__list a").length).toBe(page().querySelectorAll("details.wc-finder__letter .wc-finder__list a").length);
  });

  it("publishes the open data from the same profiles, and a Dutch page that explains every field", async () => {
    const data = JSON.parse(await readFile(join(out, "data", "regios.json"), "utf8"));
    expect(data.regios).toHaveLength(35);
    expect(data.regios.find((r: { code: string }) => r.code === "AM22").bestaandeWebsite).toEqual({
      url: LEGACY,
      soort: "Leerwerkloket",
      naam: null,
    });
    const geojson = JSON.parse(await readFile(join(out, "data", "regios.geojson"), "utf8"));
    expect(geojson.features).toHaveLength(35);
    const explained = parseHTML(await readFile(join(out, "open-data", "index.html"), "utf8")).document as unknown as Document;
    expect(explained.documentElement.getAttribute("lang")).toBe("nl");
    const terms = Array.from(explained.querySelectorAll("main dt code")).map((code) => code.textContent);
    expect(terms).toEqual(Object.keys(data.regios[0]));
    const hrefs = Array.from(explained.querySelectorAll("main a")).map(hrefOf);
    expect(hrefs).toEqual(
      expect.arrayContaining(["/data/regios.json", "/data/regios.schema.json", "/data/regios.geojson", "/data/regios.geojson.schema.json"]),
    );
    expect(hrefOf(page().querySelector('main a[href="/open-data/"]'))).toBe("/open-data/");
  });

  it("puts the finder first, above the introduction", () => {
    const main = page().querySelector("main")!;
    const headings = Array.from(main.querySelectorAll("h1, h2")).map((h) => h.textContent?.trim());
    expect(headings.slice(0, 3)).toEqual(["Het Werkcentrum in uw regio", "Vind het Werkcentrum in uw gemeente", "Wat is het Werkcentrum?"]);
  });

  it("loads the finder as one external module from /assets/, and keeps the CSP (no inline script or style)", async () => {
    const scripts = Array.from(page().querySelectorAll("script"));
    expect(scripts.map((s) => [s.getAttribute("type"), s.getAttribute("src")])).toEqual([
      ["module", expect.stringMatching(/^\/assets\/finder\.[0-9a-f]{10}\.js$/)],
    ]);
    const code = await readFile(join(out, scripts[0]!.getAttribute("src")!), "utf8");
    const gzipped = gzipSync(code).length;
    console.log(`finder script: ${code.length} bytes, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(10 * 1024);
    expect(scanHtml(html, "index.html", landingSite.host)).toEqual([]);
  });

  it("does not load the finder script on other pages", async () => {
    expect(await readFile(join(out, "het-werkcentrum", "index.html"), "utf8")).not.toContain("<script");
  });
});

describe("the finder script on the built page (WAI-ARIA combobox)", () => {
  function setUp() {
    const { document, window } = parseHTML(html);
    const visits: string[] = [];
    const root = document.querySelector("[data-wc-gemeente-finder]") as HTMLElement;
    expect(initFinder(root, { navigate: (href) => visits.push(href) })).toBe(true);
    const input = document.querySelector("input.wc-finder__input") as HTMLInputElement;
    const listbox = document.getElementById(input.getAttribute("aria-controls")!)!;
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new window.Event("input"));
    };
    const press = (key: string) => {
      const event = new window.Event("keydown", { cancelable: true });
      Object.defineProperty(event, "key", { value: key });
      input.dispatchEvent(event);
    };
    const submit = () => input.closest("form")!.dispatchEvent(new window.Event("submit", { cancelable: true }));
    const options = () => Array.from(listbox.querySelectorAll("[role=option]")).map((o) => o.textContent);
    return { document, input, listbox, type, press, submit, options, visits };
  }

  it("reveals the form and makes the field a combobox controlling a labelled listbox", () => {
    const { document, input, listbox } = setUp();
    expect((document.querySelector("form.wc-finder__form") as HTMLFormElement).hasAttribute("hidden")).toBe(false);
    expect([input.getAttribute("role"), input.getAttribute("aria-autocomplete"), input.getAttribute("aria-expanded")]).toEqual([
      "combobox",
      "list",
      "false",
    ]);
    expect(listbox.getAttribute("role")).toBe("listbox");
    expect(document.getElementById(listbox.getAttribute("aria-labelledby")!)?.textContent).toBe("Naam van uw gemeente");
  });

  it("suggests both Bergens, moves with the arrow keys, and Enter opens the chosen region's site", () => {
    const { input, type, press, options, visits } = setUp();
    type("Bergen");
    expect(options().slice(0, 2)).toEqual(["Bergen (L.), Werkcentrum Noord-Limburg", "Bergen (NH.), Werkcentrum Noord-Holland Noord"]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    press("ArrowDown");
    press("ArrowDown");
    const active = input.getAttribute("aria-activedescendant")!;
    expect(input.ownerDocument.getElementById(active)?.getAttribute("aria-selected")).toBe("true");
    expect(input.ownerDocument.getElementById(active)?.textContent).toBe("Bergen (NH.), Werkcentrum Noord-Holland Noord");
    press("ArrowUp");
    press("Enter");
    expect(visits).toEqual(["https://noord-limburg.werkcentrum.nl/"]);
  });

  it("Escape closes the list, and a second Escape clears the field", () => {
    const { input, listbox, type, press } = setUp();
    type("Den");
    expect(listbox.hasAttribute("hidden")).toBe(false);
    press("Escape");
    expect([listbox.hasAttribute("hidden"), input.getAttribute("aria-expanded"), input.value]).toEqual([true, "false", "Den"]);
    press("Escape");
    expect(input.value).toBe("");
  });

  it.each([
    { query: "Den Haag", href: "https://haaglanden.werkcentrum.nl/" },
    { query: "Den Bosch", href: "https://noordoost-brabant.werkcentrum.nl/" },
    { query: "Sudwest Fryslan", href: "https://friesland.werkcentrum.nl/" },
    { query: "Rotterdam", href: LEGACY },
  ])("submitting '$query' goes to $href", ({ query, href }) => {
    const { type, submit, visits } = setUp();
    type(query);
    submit();
    expect(visits).toEqual([href]);
  });

  it("submitting 'Bergen' offers both and announces it politely; an unknown name says nothing was found", () => {
    const { document, type, submit, options, visits } = setUp();
    type("Bergen");
    submit();
    expect(visits).toEqual([]);
    expect(options()).toHaveLength(2);
    const status = document.querySelector(".wc-finder__results")!;
    expect(status.getAttribute("aria-live")).toBe("polite");
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(status.textContent).toMatch(/^Er zijn 2 gemeenten met deze naam/);
        type("Atlantis");
        submit();
        setTimeout(() => {
          expect(status.textContent).toMatch(/^Geen gemeente gevonden/);
          done();
        }, 10);
      }, 10),
    );
  });
});
