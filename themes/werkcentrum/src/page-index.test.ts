import { describe, expect, it } from "vitest";
import { nunjucksFilters } from "./filters.js";
import { pageIndex } from "./page-index.js";
import { env } from "./testing/render.js";

const all = [
  { url: "/", data: { title: "Home" } },
  { url: "/werkzoekenden/", data: { title: "Werkzoekenden" } },
  { url: "/zonder-titel/", data: {} },
  { url: false, data: { title: "Geen uitvoer" } },
  { url: "", data: { title: "Lege url" } },
  { data: { title: "Zonder url" } },
  { url: "/werkzoekenden/", data: { title: "Tweede met dezelfde url" } },
];

describe("pageIndex", () => {
  it("maps the URL of every page with output to its title, in collection order", () => {
    const index = pageIndex(all);
    expect(Object.keys(index)).toEqual(["/", "/werkzoekenden/", "/zonder-titel/"]);
    expect(index["/"]).toBe("Home");
    expect(index["/werkzoekenden/"]).toBe("Werkzoekenden");
  });

  it("lists a page without a title, so `in` still finds it", () => {
    const index = pageIndex(all);
    expect("/zonder-titel/" in index).toBe(true);
    expect(index["/zonder-titel/"]).toBeUndefined();
  });

  it("has no prototype, so no URL-like key is inherited", () => {
    const index = pageIndex(all);
    expect(Object.getPrototypeOf(index)).toBeNull();
    expect("constructor" in index).toBe(false);
    expect("toString" in index).toBe(false);
  });

  it("builds the index once per array: the same object for the same array, a new one for another array", () => {
    const first = pageIndex(all);
    expect(pageIndex(all)).toBe(first);
    const other = pageIndex([...all, { url: "/nieuw/", data: { title: "Nieuw" } }]);
    expect(other).not.toBe(first);
    expect("/nieuw/" in other).toBe(true);
    expect("/nieuw/" in first).toBe(false);
  });

  it("is frozen, because every page of a build shares it", () => {
    expect(Object.isFrozen(pageIndex(all))).toBe(true);
  });

  it.each([[undefined], [null], [{}]])("gives an empty index for %s instead of failing", (value) => {
    expect(Object.keys(pageIndex(value as never))).toEqual([]);
  });

  it("works in templates as the filter `pageIndex`, with `in` and lookup by URL", () => {
    expect(nunjucksFilters.pageIndex).toBe(pageIndex);
    const template =
      '{% set urls = collections.all | pageIndex %}{{ "/werkzoekenden/" in urls }} {{ "/nee/" in urls }} {{ urls["/werkzoekenden/"] }}';
    expect(env.renderString(template, { collections: { all } })).toBe("true false Werkzoekenden");
  });
});
