import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../build.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { siteScaffold } from "../sync.js";
import { translationSets } from "./languages.js";

describe("translationSets", () => {
  it("groups a Dutch page with its translations, Dutch first, and leaves single pages out", () => {
    const sets = translationSets(["over-ons.md", "over-ons.ar.md", "over-ons.en.md", "contact.md", "nieuws/a.pl.md"]);
    expect(sets.get("over-ons.ar.md")).toEqual([
      { lang: "nl", href: "/over-ons/" },
      { lang: "en", href: "/en/over-ons/" },
      { lang: "ar", href: "/ar/over-ons/" },
    ]);
    expect(sets.get("over-ons.md")).toEqual(sets.get("over-ons.en.md"));
    expect(sets.has("contact.md")).toBe(false);
    // A translation without its Dutch page has nothing to switch to.
    expect(sets.has("nieuws/a.pl.md")).toBe(false);
  });

  it("treats index.md and its translations as one page", () => {
    expect(
      translationSets(["index.md", "index.en.md"])
        .get("index.md")
        ?.map((v) => v.href),
    ).toEqual(["/", "/en/"]);
  });
});

// A region's site built for real, with an English and an Arabic translation of the national base text over-ons.md
// (the region has no over-ons.md of its own): the translations are fixtures, not content of a real region.
describe("a translated page, built", () => {
  let paths: ProjectPaths;
  let out: string;
  const site = getSite("rijnmond")!;
  const read = async (path: string) => parseDocument(await readFile(join(out, path), "utf8"));

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), "wc-languages-"));
    paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
    for (const [file, text] of Object.entries(siteScaffold(site))) {
      await mkdir(join(paths.sitesDir, site.slug, file, ".."), { recursive: true });
      await writeFile(join(paths.sitesDir, site.slug, file), text);
    }
    const content = join(paths.sitesDir, site.slug, "content");
    await mkdir(content, { recursive: true });
    await writeFile(join(content, "over-ons.en.md"), "---\ntitel: What is the Werkcentrum?\n---\n\nOne place for all your questions about work.\n");
    await writeFile(join(content, "over-ons.ar.md"), "---\ntitel: ما هو مركز العمل؟\n---\n\nمكان واحد لكل أسئلتك عن العمل.\n");
    out = (await buildSite(site, paths)).outputDir;
  }, 60_000);
  afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

  const html = (document: ReturnType<typeof parseDocument>) =>
    document.children.find((node) => "name" in node && node.name === "html") as unknown as { attribs: Record<string, string> };
  const alternates = async (path: string) => (await readFile(join(out, path), "utf8")).match(/<link rel="alternate" hreflang="[^"]+" href="[^"]+">/g);

  it.each([
    { path: "over-ons/index.html", lang: "nl", dir: "ltr" },
    { path: "en/over-ons/index.html", lang: "en", dir: "ltr" },
    { path: "ar/over-ons/index.html", lang: "ar", dir: "rtl" },
  ])("publishes $path with lang=$lang and dir=$dir", async ({ path, lang, dir }) => {
    expect(html(await read(path)).attribs).toMatchObject({ lang, dir });
  });

  it("links every version with hreflang, and Dutch as x-default, on each version", async () => {
    const expected = [
      '<link rel="alternate" hreflang="nl" href="https://rijnmond.werkcentrum.nl/over-ons/">',
      '<link rel="alternate" hreflang="en" href="https://rijnmond.werkcentrum.nl/en/over-ons/">',
      '<link rel="alternate" hreflang="ar" href="https://rijnmond.werkcentrum.nl/ar/over-ons/">',
      '<link rel="alternate" hreflang="x-default" href="https://rijnmond.werkcentrum.nl/over-ons/">',
    ];
    for (const path of ["over-ons/index.html", "en/over-ons/index.html", "ar/over-ons/index.html"]) {
      expect(await alternates(path)).toEqual(expected);
    }
  });

  it("shows the language switch, named in the page's language, only on translated pages", async () => {
    const arabic = await readFile(join(out, "ar/over-ons/index.html"), "utf8");
    expect(arabic).toContain('<nav class="wc-language-switch" aria-label="اختر اللغة">');
    expect(arabic).toContain('<span class="wc-language-switch__current" aria-current="true" lang="ar" dir="rtl">العربية</span>');
    expect(arabic).toContain('href="/en/over-ons/" hreflang="en" lang="en" dir="ltr">English</a>');
    const untranslated = await readFile(join(out, "werkzoekenden/index.html"), "utf8");
    expect(untranslated).not.toContain("wc-language-switch");
    expect(untranslated).not.toContain("hreflang");
    expect(html(await read("werkzoekenden/index.html")).attribs).toMatchObject({ lang: "nl", dir: "ltr" });
  });

  it("publishes no page at Eleventy's own address for a translation", async () => {
    await expect(readFile(join(out, "over-ons.en/index.html"), "utf8")).rejects.toThrow();
  });
});
