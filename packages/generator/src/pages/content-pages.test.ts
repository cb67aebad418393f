import { parseContentFile, type ContentEntry } from "@werkcentrum/content";
import { describe, expect, it } from "vitest";
import { ENTRY_TEMPLATE, entryData, entryInputPath, entryLayout } from "./content-pages.js";
import { entryLanguages } from "./languages.js";

function entry(path: string, frontMatter = ""): ContentEntry {
  const source = `---\ntitel: Welkom\nsamenvatting: Alles over werk in de regio.\n${frontMatter}---\nTekst met {{ code }}.\n`;
  const { data, problems } = parseContentFile(source, { file: `sites/x/content/${path}`, path, assets: new Set() });
  if (!data) throw new Error(JSON.stringify(problems));
  return data;
}

const dataOf = (item: ContentEntry, layout = "layouts/page.njk") => entryData(item, entryLanguages([item.path])(item.path), layout);

describe("entryData: what Eleventy gets for a page of the model", () => {
  it("is the validated data plus the layout, URL, title, language and HTML the generator decides", () => {
    const item = entry("over-ons.md");
    expect(dataOf(item)).toEqual({
      titel: "Welkom",
      samenvatting: "Alles over werk in de regio.",
      layout: "layouts/page.njk",
      title: "Welkom",
      description: "Alles over werk in de regio.",
      lang: "nl",
      dir: "ltr",
      permalink: "/over-ons/",
      entryHtml: "<p>Tekst met {{ code }}.</p>\n",
    });
    expect(entryInputPath(item)).toBe("content/over-ons.njk");
    expect(ENTRY_TEMPLATE).not.toMatch(/^---/);
  });

  it("makes the site's own index.md its home page, in the home layout unless the editor chose one", () => {
    expect(entryLayout(entry("index.md"), "home")).toBe("home");
    expect(entryLayout(entry("index.md"), "landing")).toBe("landing");
    expect(entryLayout(entry("index.md", "layout: page\n"), "home")).toBe("page");
    expect(entryLayout(entry("index.en.md"), "home")).toBeUndefined();
    expect(entryLayout(entry("over-ons.md", "layout: section\n"), "home")).toBe("section");
    expect(dataOf(entry("index.md", "layout: page\n"), "home")).toMatchObject({ permalink: "/", layout: "home" });
  });
});
