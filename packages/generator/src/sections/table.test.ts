import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { audiences, reservedUrlProblem, typeFolders } from "@werkcentrum/content";
import { templatesDir } from "@werkcentrum/theme";
import { describe, expect, it } from "vitest";
import { newsPageUrl } from "./news.js";
import { sections, type Section } from "./table.js";

const rows: [string, Section][] = Object.entries(sections);

describe("the sections table", () => {
  it("gives every menu entry its own position, and lists the rows in menu order", () => {
    const orders = rows.flatMap(([, section]) => (section.menu ? [section.menu.order] : []));
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("gives every section its own URL", () => {
    const urls = rows.map(([, section]) => section.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^\/[a-z-]+\/$/);
  });

  it("names only templates the theme has", () => {
    for (const [key, section] of rows) {
      for (const template of [section.layout, section.entryLayout].filter(Boolean)) {
        expect(existsSync(join(templatesDir, template!)), `${key}: ${template}`).toBe(true);
      }
    }
  });

  // The region's introduction (content/<folder>/index.md) and the entries' pages are under the folder's address,
  // so a section that publishes its entries lives there too.
  it.each(["news", "events", "schemes", "meerjarenagenda"] as const)("puts %s at the address of its content folder", (key) => {
    const section = sections[key];
    expect(section.url).toBe(`/${typeFolders[section.content]}/`);
  });

  it("has the later pages of the news list reserved by the content check, so no editor's page takes one", () => {
    expect(reservedUrlProblem(newsPageUrl(2))).toBeDefined();
    expect(reservedUrlProblem(sections.news.url)).toBeUndefined();
  });

  // The theme cannot read this table: where its templates link a section by its address, they must agree with it.
  it("has the addresses the theme's templates link to", () => {
    const template = (path: string) => readFileSync(join(templatesDir, path), "utf8");
    expect(template("pages/contact.njk")).toContain(`href="${sections.locations.url}"`);
    expect(template("sections/over-ons.njk")).toContain(`href="${sections.meerjarenagenda.url}"`);
    // The home layout's audience tiles link "/" + audience + "/".
    for (const audience of audiences) expect(sections[audience].url).toBe(`/${audience}/`);
  });
});
