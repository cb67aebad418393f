import { describe, expect, it } from "vitest";
import { sitemapPages } from "./sitemap-pages.js";
import { env } from "./testing/render.js";

const all = [
  { url: "/werkzoekenden/", data: { title: "Werkzoekenden" } },
  { url: "/", data: { title: "Home" } },
  { url: "/nieuws/feed.xml", data: {} },
  { url: false, data: { title: "Geen uitvoer" } },
  { url: "/voorbeeld/", data: { title: "Voorbeeld", robots: "noindex, nofollow" } },
  { url: "/en/over-ons/", data: { title: "About us", robots: ["noindex"] } },
  { url: "/oud-adres/", data: { title: "Oud", canonicalUrl: "https://rijnmond.werkcentrum.nl/nieuw/" } },
  { url: "/agenda/", data: { title: "Agenda" } },
];

describe("sitemapPages", () => {
  it("lists the HTML pages with output, sorted by URL, without noindex or non-canonical pages", () => {
    expect(sitemapPages(all).map((item) => item.url)).toEqual(["/", "/agenda/", "/werkzoekenden/"]);
  });

  it("gives an empty list for anything that is not a collection", () => {
    expect(sitemapPages(undefined)).toEqual([]);
    expect(sitemapPages(null)).toEqual([]);
  });

  it("is the list the theme's sitemap.xml writes", () => {
    const xml = env.render("files/sitemap.xml.njk", { collections: { all }, siteUrl: "https://rijnmond.werkcentrum.nl/" });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "  <url><loc>https://rijnmond.werkcentrum.nl/</loc></url>",
        "  <url><loc>https://rijnmond.werkcentrum.nl/agenda/</loc></url>",
        "  <url><loc>https://rijnmond.werkcentrum.nl/werkzoekenden/</loc></url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });
});
