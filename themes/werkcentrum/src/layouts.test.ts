import { describe, expect, it } from "vitest";
import { layoutNames } from "./layouts.js";
import { themeAssets } from "./manifest.js";
import { cspProblems, duplicateIds } from "./testing/csp.js";
import { env, text } from "./testing/render.js";
import { parseHTML } from "linkedom";

/** A fixture region, clearly not a real one, in the shape of @werkcentrum/regions' Region. */
const gemeente = (name: string) => ({ code: "GM9999", name, regionCode: "AM99", province: "Voorbeeldprovincie" });
const region = {
  code: "AM99",
  name: "Voorbeeldregio",
  slug: "voorbeeldregio",
  host: "voorbeeldregio.werkcentrum.nl",
  centrumgemeente: { ...gemeente("Voorbeeldstad"), status: "sourced" },
  provinces: ["Voorbeeldprovincie"],
  gemeenten: [gemeente("Voorbeelddorp"), gemeente("Voorbeeldstad"), gemeente("'s-Voorbeeldhage")],
};
const pages = [
  { url: "/", data: { title: "Werkcentrum Voorbeeldregio" } },
  { url: "/werkzoekenden/", data: { title: "Werkzoekenden" } },
  { url: "/werkgevers/", data: { title: "Werkgevers" } },
  {
    url: "/werkzoekenden/sollicitatiehulp/",
    data: { title: "Sollicitatiehulp", description: "Hulp bij uw brief en gesprek.", aanbieder: "UWV", voor: ["werkzoekenden"] },
  },
  { url: "/werkzoekenden/cv-check/", data: { title: "Cv-check" } },
  { url: "/werkzoekenden/cv-check/voorbeelden/", data: { title: "Voorbeelden" } },
  { url: "/zoeken/", data: { title: "Zoeken" } },
  { url: false, data: { title: "Geen pagina" } },
];

/** The generator's global data, which the layouts read as `werkcentrum.<key>`. */
const globalData = {
  site: { slug: region.slug, host: region.host, kind: "region", profile: { code: "AM99", naam: "Voorbeeldregio", status: "in-ontwikkeling" } },
  region,
  regions: [region, { ...region, name: "Andere regio", host: "andere-regio.werkcentrum.nl" }],
  landingHost: "werkcentrum.nl",
  siteTitle: "Werkcentrum Voorbeeldregio",
  themeAssets,
  navigation: [
    { href: "/werkzoekenden/", text: "Werkzoekenden" },
    { href: "/werkgevers/", text: "Werkgevers" },
  ],
};

/** A page's data (`overrides` of its own keys) with the global data under `werkcentrum` (`globals` of its keys). */
function context(overrides: Record<string, unknown> = {}, globals: Record<string, unknown> = {}) {
  return {
    werkcentrum: { ...globalData, ...globals },
    collections: { all: pages },
    page: { url: "/werkzoekenden/sollicitatiehulp/", date: new Date("2026-03-12T00:00:00Z") },
    title: "Sollicitatiehulp",
    content: "<p>Tekst van de pagina.</p>",
    ...overrides,
  };
}

function renderLayout(name: string, overrides: Record<string, unknown> = {}, globals: Record<string, unknown> = {}) {
  const html = env.render(`layouts/${name}.njk`, context(overrides, globals));
  return { html, document: parseHTML(html).document as unknown as Document };
}

describe.each(layoutNames.map((name) => ({ name })))("layout $name", ({ name }) => {
  const { html, document } = renderLayout(name, name === "landing" ? { page: { url: "/" } } : {}, name === "landing" ? { region: undefined } : {});

  it("is a whole Dutch page in the theme", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl" dir="ltr" class="werkcentrum-theme">/);
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    expect(document.querySelector("main#inhoud")).not.toBeNull();
    expect(document.querySelector("body > a.wc-skip-link")?.getAttribute("href")).toBe("#inhoud");
  });

  it("loads the hashed stylesheet and preloads the brand fonts, and no JavaScript", () => {
    const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute("href"));
    expect(stylesheets).toEqual([themeAssets.css]);
    const preloads = [...document.querySelectorAll('link[rel="preload"]')];
    expect(preloads.map((link) => link.getAttribute("href"))).toEqual(themeAssets.fonts.map((font) => font.href));
    for (const link of preloads) {
      expect(link.getAttribute("as")).toBe("font");
      expect(link.hasAttribute("crossorigin")).toBe(true);
    }
    expect(document.querySelectorAll("script")).toHaveLength(0);
  });

  it("keeps the strict CSP and has unique ids", () => {
    expect(cspProblems(document)).toEqual([]);
    expect(duplicateIds(document)).toEqual([]);
  });

  it("links the four required pages in the footer", () => {
    const hrefs = [...document.querySelectorAll("footer a")].map((a) => a.getAttribute("href"));
    for (const required of ["/toegankelijkheid/", "/privacy/", "/contact/", "/sitemap/"]) expect(hrefs).toContain(required);
  });
});

describe("base layout", () => {
  it("sets lang and dir for a right-to-left translation", () => {
    const { html } = renderLayout("page", { lang: "ar", dir: "rtl" });
    expect(html).toContain('<html lang="ar" dir="rtl" class="werkcentrum-theme">');
  });

  it("links a translated page's versions with hreflang (Dutch as x-default), shows the switch, and marks the Dutch parts", () => {
    const languages = {
      label: "اختر اللغة",
      items: [
        { lang: "nl", text: "Nederlands", href: "/over-ons/" },
        { lang: "ar", text: "العربية", href: "/ar/over-ons/", current: true },
      ],
    };
    const { document } = renderLayout("page", { lang: "ar", dir: "rtl", languages });
    const alternates = [...document.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]);
    expect(alternates).toEqual([
      ["nl", "https://voorbeeldregio.werkcentrum.nl/over-ons/"],
      ["ar", "https://voorbeeldregio.werkcentrum.nl/ar/over-ons/"],
      ["x-default", "https://voorbeeldregio.werkcentrum.nl/over-ons/"],
    ]);
    expect(document.querySelector("header .wc-language-switch")?.getAttribute("aria-label")).toBe("اختر اللغة");
    expect(document.querySelector("header")?.closest('[lang="nl"]')?.getAttribute("dir")).toBe("ltr");
    expect(document.querySelector("footer")?.closest('[lang="nl"]')).not.toBeNull();
    expect(document.querySelector("main")?.closest('[lang="nl"]')).toBeNull();
    const dutch = renderLayout("page").document;
    expect(dutch.querySelectorAll('link[rel="alternate"], .wc-language-switch, body > div[lang]')).toHaveLength(0);
  });

  it("marks a translated page's breadcrumbs Dutch, except the titles in the page's own language", () => {
    const withTranslations = [
      ...pages,
      { url: "/en/", data: { title: "In English" } },
      { url: "/en/werkzoekenden/", data: { title: "Job seekers" } },
    ];
    const language = (element: Element | null | undefined) => [
      element?.closest("[lang]")?.getAttribute("lang"),
      element?.closest("[dir]")?.getAttribute("dir"),
    ];
    const { document } = renderLayout("page", {
      lang: "en",
      dir: "ltr",
      collections: { all: withTranslations },
      page: { url: "/en/werkzoekenden/cv-check/" },
      title: "CV check",
    });
    const crumbs = [...document.querySelectorAll(".wc-breadcrumbs li > *")];
    expect(crumbs.map((crumb) => [crumb.textContent, ...language(crumb)])).toEqual([
      ["Home", "nl", "ltr"],
      ["In English", "en", "ltr"],
      ["Job seekers", "en", "ltr"],
      ["CV check", "en", "ltr"],
    ]);
    expect(language(document.querySelector(".wc-breadcrumbs"))).toEqual(["nl", "ltr"]);
    const arabic = renderLayout("page", { lang: "ar", dir: "rtl", page: { url: "/ar/over-ons/" }, title: "من نحن" }).document;
    expect(language(arabic.querySelector('.wc-breadcrumbs [aria-current="page"]'))).toEqual(["ar", "rtl"]);
    const dutch = renderLayout("page").document;
    expect(dutch.querySelectorAll(".wc-breadcrumbs [lang], .wc-breadcrumbs [dir]")).toHaveLength(0);
    expect(dutch.querySelector(".wc-breadcrumbs")?.closest("[lang]")?.tagName).toBe("HTML");
  });

  it("shows the region under the wordmark, the navigation with the current page, and search when /zoeken/ exists", () => {
    const { document } = renderLayout("page", { page: { url: "/werkgevers/" }, title: "Werkgevers" });
    expect(text(document.querySelector(".wc-header__region"))).toBe("Voorbeeldregio");
    expect(text(document.querySelector('.wc-nav [aria-current="page"]'))).toBe("Werkgevers");
    expect(document.querySelector("header search form")?.getAttribute("action")).toBe("/zoeken/");
    expect(document.querySelector('footer a[href="https://werkcentrum.nl/"]')).not.toBeNull();
  });

  it("builds breadcrumbs from the pages above, skipping folders that are no page", () => {
    const { document } = renderLayout("page", { page: { url: "/werkzoekenden/cv-check/voorbeelden/" }, title: "Voorbeelden" });
    const crumbs = [...document.querySelectorAll(".wc-breadcrumbs li")].map(text);
    expect(crumbs).toEqual(["Home", "Werkzoekenden", "Cv-check", "Voorbeelden"]);
    expect(document.querySelector('.wc-breadcrumbs [aria-current="page"]')?.textContent).toBe("Voorbeelden");
    const deeper = renderLayout("page", { page: { url: "/werkgevers/regelingen/loonkostensubsidie/" }, title: "Loonkostensubsidie" });
    const links = [...deeper.document.querySelectorAll(".wc-breadcrumbs a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/", "/werkgevers/"]);
    expect([...deeper.document.querySelectorAll(".wc-breadcrumbs li")].map(text)).toEqual(["Home", "Werkgevers", "Loonkostensubsidie"]);
  });

  it("titles the page with the site name, and the home page with the site name only", () => {
    expect(renderLayout("page").document.querySelector("title")?.textContent).toBe("Sollicitatiehulp | Werkcentrum Voorbeeldregio");
    expect(renderLayout("home", { isHome: true, page: { url: "/" } }).document.querySelector("title")?.textContent).toBe(
      "Werkcentrum Voorbeeldregio",
    );
  });
});

describe("home layout", () => {
  const { html, document } = renderLayout("home", { isHome: true, page: { url: "/" }, title: "Werkcentrum Voorbeeldregio" });

  it("names the region, its centrumgemeente and every gemeente", () => {
    expect(text(document.querySelector("h1"))).toBe("Werkcentrum Voorbeeldregio");
    expect(html).toContain("De centrumgemeente is Voorbeeldstad.");
    const inferred = { ...region, centrumgemeente: { ...region.centrumgemeente, status: "inferred" } };
    expect(renderLayout("home", { isHome: true, page: { url: "/" } }, { region: inferred }).html).not.toContain("De centrumgemeente is");
    expect(html).toContain("<li>Voorbeelddorp</li>");
    expect([...document.querySelectorAll("#gemeenten ~ ul li")].map(text)).toEqual(["Voorbeelddorp", "Voorbeeldstad", "'s-Voorbeeldhage"]);
  });

  it("says the Werkcentrum is being set up when its status is in-ontwikkeling", () => {
    expect(text(document.querySelector(".wc-notice h2"))).toBe("Informatie: Dit Werkcentrum is in ontwikkeling");
    const active = renderLayout("home", { page: { url: "/" } }, { site: { kind: "region", profile: { status: "actief" } } });
    expect(active.document.querySelector(".wc-notice")).toBeNull();
  });

  it("shows an audience tile only for the audience pages that exist", () => {
    expect([...document.querySelectorAll(".wc-tile a")].map((a) => a.getAttribute("href"))).toEqual(["/werkzoekenden/", "/werkgevers/"]);
  });
});

describe("landing layout", () => {
  it("links every regional Werkcentrum", () => {
    const { document } = renderLayout("landing", { page: { url: "/" }, isHome: true }, { region: undefined });
    const links = [...document.querySelectorAll("#werkcentra ~ ul a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["https://voorbeeldregio.werkcentrum.nl/", "https://andere-regio.werkcentrum.nl/"]);
    expect(document.querySelector(".wc-header__region")).toBeNull();
    expect(document.querySelector(".wc-footer__landing")).toBeNull();
  });

  it("with the generator's data: finder, map with legend, regions with status, and the finder script as a module", () => {
    const landing = {
      regions: [
        {
          code: "AM99",
          href: "https://oud.voorbeeld.nl/",
          text: "Werkcentrum Voorbeeldregio, via de website van het Leerwerkloket",
          statusText: "In ontwikkeling",
        },
      ],
      map: {
        svg: '<svg class="wc-map"><a href="https://oud.voorbeeld.nl/" class="wc-map__link"></a></svg>',
        legend: [{ kind: "status", key: "actief", label: "Werkcentrum actief", count: 1, swatch: '<svg aria-hidden="true"></svg>' }],
        credit: "Kaart: bron",
      },
      gemeenteGroups: [{ letter: "V", gemeenten: [{ name: "Voorbeelddorp", href: "https://oud.voorbeeld.nl/", regionName: "Voorbeeldregio" }] }],
      finderScript: "/assets/finder.0123456789.js",
    };
    const { document } = renderLayout("landing", { page: { url: "/" } }, { region: undefined, landing });
    expect([...document.querySelectorAll("script")].map((s) => [s.getAttribute("type"), s.getAttribute("src")])).toEqual([
      ["module", "/assets/finder.0123456789.js"],
    ]);
    expect(document.querySelector("[data-wc-gemeente-finder] .wc-finder__list a")?.getAttribute("href")).toBe("https://oud.voorbeeld.nl/");
    expect(document.querySelector("figure .wc-map .wc-map__link")).not.toBeNull();
    expect(text(document.querySelector("figcaption .wc-map-legend"))).toBe("Werkcentrum actief (1 regio)");
    const region = document.querySelector('.wc-region-list a[data-wc-region="AM99"]');
    expect(text(region)).toBe("Werkcentrum Voorbeeldregio, via de website van het Leerwerkloket");
    expect(text(region?.nextElementSibling)).toBe("In ontwikkeling");
    for (const target of [...document.querySelectorAll('nav a[href^="#"]')].map((a) => a.getAttribute("href")!.slice(1))) {
      expect(document.getElementById(target), target).not.toBeNull();
    }
    // The helper lists every script; this one is external and same-origin, which script-src 'self' allows.
    expect(cspProblems(document)).toEqual(["<script> /assets/finder.0123456789.js"]);
    expect(duplicateIds(document)).toEqual([]);
  });
});

describe("section layout", () => {
  it("has a card for every page directly below it, by title", () => {
    const { document } = renderLayout("section", { page: { url: "/werkzoekenden/" }, title: "Werkzoekenden" });
    const cards = [...document.querySelectorAll(".wc-grid .wc-card h2 a")];
    expect(cards.map(text)).toEqual(["Cv-check", "Sollicitatiehulp"]);
    const card = document.querySelectorAll(".wc-card")[1];
    expect(text(card?.querySelector("p"))).toBe("Hulp bij uw brief en gesprek.");
    expect([...(card?.querySelectorAll("dd") ?? [])].map(text)).toEqual(["UWV", "werkzoekenden"]);
  });
});

describe("news and event layouts", () => {
  it.each([
    ["the editors' datum as YAML date", { datum: new Date("2026-03-12T00:00:00Z") }],
    ["the editors' datum as text", { datum: "2026-03-12" }],
    ["Eleventy's page date", {}],
  ])("dates a news item from %s", (_, data) => {
    const { document } = renderLayout("news", { page: { url: "/nieuws/banenmarkt/", date: new Date("2026-03-12T00:00:00Z") }, ...data });
    expect(document.querySelector("article time")?.getAttribute("datetime")).toBe("2026-03-12");
    expect(text(document.querySelector("article .wc-meta"))).toBe("Nieuwsbericht van 12 maart 2026");
  });

  it.each([
    ["as the editors write it", { start: "2026-04-02 09:30", einde: "2026-04-02 12:00" }],
    ["as YAML dates in UTC", { start: new Date("2026-04-02T07:30:00Z"), einde: new Date("2026-04-02T10:00:00Z") }],
  ])("shows an event's time in Dutch local time %s, with place and registration link", (_, times) => {
    const { document } = renderLayout("event", {
      page: { url: "/agenda/inloop/" },
      title: "Inloopochtend",
      ...times,
      locatie: "Werkplein, Voorbeeldstad",
      online: true,
      aanmeldlink: "/agenda/inloop/aanmelden/",
    });
    const details = [...document.querySelectorAll(".wc-details > div")].map((row) => [text(row.querySelector("dt")), text(row.querySelector("dd"))]);
    expect(details).toEqual([
      ["Wanneer", "2 april 2026, 9.30 tot 12.00 uur"],
      ["Waar", "Werkplein, Voorbeeldstad en online"],
      ["Aanmelden", "Meld u aan voor Inloopochtend"],
    ]);
    expect(document.querySelector(".wc-details time")?.getAttribute("datetime")).toBe("2026-04-02T09:30");
    // Text-only readers (the Pagefind search excerpts) need a space between label and value: "Waar Werkplein".
    for (const dt of document.querySelectorAll(".wc-details dt")) expect(dt.nextSibling?.textContent).toBe(" ");
  });
});

describe("error layout", () => {
  it("explains in Dutch and offers ways on, without breadcrumbs", () => {
    const { document } = renderLayout("error", { page: { url: "/404.html" }, title: undefined });
    expect(text(document.querySelector("h1"))).toBe("Deze pagina bestaat niet");
    const hrefs = [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["/", "/zoeken/", "https://werkcentrum.nl/#gemeenten", "/contact/"]);
    expect(document.querySelector(".wc-breadcrumbs")).toBeNull();
  });

  it("leads to the gemeente finder, on a regional site and on werkcentrum.nl itself", () => {
    const regional = renderLayout("error", { page: { url: "/404.html" }, title: undefined }).document;
    expect(text(regional.querySelector('main a[href="https://werkcentrum.nl/#gemeenten"]'))).toBe("het Werkcentrum van uw gemeente zoeken");
    const landing = renderLayout("error", { page: { url: "/404.html" }, title: undefined }, { region: undefined }).document;
    expect(landing.querySelector('main a[href="/#gemeenten"]')).not.toBeNull();
  });
});

describe("error layout (the generator's /404.html)", () => {
  it("offers the ways on, the gemeente finder among them, once each", () => {
    const { document } = renderLayout("error", { page: { url: "/404.html" }, title: "Pagina niet gevonden", content: "" });
    const hrefs = [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["/", "/zoeken/", "https://werkcentrum.nl/#gemeenten", "/contact/"]);
    expect(document.querySelector("h1")?.textContent).toBe("Pagina niet gevonden");
    expect(renderLayout("page").document.querySelector('main a[href$="#gemeenten"]')).toBeNull();
  });
});

describe("breadcrumbs", () => {
  it("leave out an ancestor with the page's own title (the current meerjarenagenda at /meerjarenagenda/)", () => {
    const agenda = [
      ...pages,
      { url: "/meerjarenagenda/", data: { title: "Meerjarenagenda 2026-2030" } },
      { url: "/meerjarenagenda/2026-2030/", data: { title: "Meerjarenagenda 2026-2030" } },
    ];
    const { document } = renderLayout("page", {
      collections: { all: agenda },
      page: { url: "/meerjarenagenda/2026-2030/" },
      title: "Meerjarenagenda 2026-2030",
    });
    expect([...document.querySelectorAll(".wc-breadcrumbs li")].map(text)).toEqual(["Home", "Meerjarenagenda 2026-2030"]);
  });
});

describe("news layout", () => {
  it("shows the editor's image with its alt text after the lead, in a fixed 3:2 frame", () => {
    const afbeelding = { bron: "/afbeeldingen/banenmarkt.jpg", alt: "Bezoekers praten met werkgevers in een grote hal" };
    const { document } = renderLayout("news", { afbeelding, description: "Samenvatting." });
    const image = document.querySelector("main article figure.wc-figure img.wc-figure__image");
    expect(image?.getAttribute("src")).toBe(afbeelding.bron);
    expect(image?.getAttribute("alt")).toBe(afbeelding.alt);
    expect(image?.closest("figure")?.previousElementSibling?.className).toBe("wc-lead");
    expect(renderLayout("news").document.querySelector("main img")).toBeNull();
  });
});
