import { DOMParser as XmlParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import nunjucks from "nunjucks";
import { atomFeedData } from "./atom.js";
import { newsPageUrl, paginationFor } from "./news.js";

describe("paginationFor", () => {
  it("gives no pagination for a single page", () => {
    expect(paginationFor(1, 1)).toBeUndefined();
  });

  it.each([
    { n: 1, previous: undefined, next: "/nieuws/pagina/2/" },
    { n: 2, previous: "/nieuws/", next: "/nieuws/pagina/3/" },
    { n: 3, previous: "/nieuws/pagina/2/", next: undefined },
  ])("links page $n of 3 to its neighbours", ({ n, previous, next }) => {
    const pagination = paginationFor(n, 3)!;
    expect(pagination.previous?.href).toBe(previous);
    expect(pagination.next?.href).toBe(next);
    expect(pagination.items.filter((item) => item.current).map((item) => item.href)).toEqual([newsPageUrl(n)]);
  });
});

describe("the Atom feed: atomFeedData through the theme's files/feed.atom.njk", () => {
  const templates = fileURLToPath(new URL("../../../../themes/werkcentrum/src/templates/", import.meta.url));
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templates), { autoescape: true });
  const feed = (title: string) =>
    env.render("files/feed.atom.njk", {
      feed: atomFeedData({
        host: "rijnmond.werkcentrum.nl",
        title,
        feedPath: "/nieuws/feed.xml",
        pagePath: "/nieuws/",
        author: "Werkcentrum Rijnmond",
        entries: [
          { path: "/nieuws/b/", title: "Nieuw", summary: "Kort", updated: new Date("2026-02-01T23:00:00Z") },
          { path: "/nieuws/a/", title: "Ouder", summary: "Kort", updated: new Date("2026-01-01T23:00:00Z") },
        ],
      }),
    });

  it("escapes text and takes `updated` from the newest entry", () => {
    const xml = feed('Werk & "zorg" <nu>');
    const doc = new XmlParser().parseFromString(xml, "application/xml");
    expect(doc.getElementsByTagName("title")[0]?.textContent).toBe('Werk & "zorg" <nu>');
    expect(doc.getElementsByTagName("updated")[0]?.textContent).toBe("2026-02-01T23:00:00Z");
    expect(doc.getElementsByTagName("entry")).toHaveLength(2);
    expect(doc.getElementsByTagName("id")[1]?.textContent).toBe("https://rijnmond.werkcentrum.nl/nieuws/b/");
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">')).toBe(true);
    expect(xml.endsWith("</feed>\n")).toBe(true);
  });
});
