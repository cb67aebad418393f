import { DOMParser as XmlParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { atomFeed } from "./atom.js";
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

describe("atomFeed", () => {
  const feed = (title: string) =>
    atomFeed({
      host: "rijnmond.werkcentrum.nl",
      title,
      feedPath: "/nieuws/feed.xml",
      pagePath: "/nieuws/",
      author: "Werkcentrum Rijnmond",
      entries: [
        { path: "/nieuws/b/", title: "Nieuw", summary: "Kort", updated: new Date("2026-02-01T23:00:00Z") },
        { path: "/nieuws/a/", title: "Ouder", summary: "Kort", updated: new Date("2026-01-01T23:00:00Z") },
      ],
    });

  it("escapes text and takes `updated` from the newest entry", () => {
    const xml = feed('Werk & "zorg" <nu>');
    const doc = new XmlParser().parseFromString(xml, "application/xml");
    expect(doc.getElementsByTagName("title")[0]?.textContent).toBe('Werk & "zorg" <nu>');
    expect(doc.getElementsByTagName("updated")[0]?.textContent).toBe("2026-02-01T23:00:00Z");
    expect(doc.getElementsByTagName("entry")).toHaveLength(2);
  });
});
