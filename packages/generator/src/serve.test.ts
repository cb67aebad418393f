import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectPaths } from "./paths.js";
import type { SiteReport } from "@werkcentrum/content";
import { quickPages, serveSite, type PreviewServer } from "./serve.js";
import { getSite, landingSite, type SiteDefinition } from "./sites.js";
import { siteScaffold } from "./sync.js";

// The preview as an editor uses it: save a file, reload the page. It must show what the build would publish, or
// the problems the check finds, never a page with data the check refused.

const rijnmond = getSite("rijnmond")!;
let root: string;
let paths: ProjectPaths;
let preview: PreviewServer;

const news = (titel: string, datum = "2026-05-01") =>
  `---\ntitel: ${titel}\ndatum: ${datum}\nsamenvatting: Kom naar de banenmarkt in Rotterdam.\n---\nMeer dan dertig werkgevers zoeken personeel.\n`;
const write = (file: string, text: string) => writeFile(join(paths.sitesDir, "rijnmond", file), text);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits for the preview to notice the change and finish rebuilding. */
async function afterSave(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await preview.settled();
}

const get = async (path: string) => {
  const response = await fetch(new URL(path, preview.url));
  return { status: response.status, text: await response.text() };
};

/** Writes the files `werkcentrum sites sync` makes for `site` into the test's sites folder. */
async function writeScaffold(site: SiteDefinition): Promise<void> {
  for (const [file, text] of Object.entries(siteScaffold(site))) {
    await mkdir(join(paths.sitesDir, site.slug, file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, site.slug, file), text);
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-serve-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  await writeScaffold(rijnmond);
  await mkdir(join(paths.sitesDir, "rijnmond/content/nieuws"), { recursive: true });
  await write("content/nieuws/banenmarkt.md", news("Banenmarkt in mei"));
  preview = await serveSite(rijnmond, paths, await freePort());
}, 60_000);
afterAll(async () => {
  await preview?.close();
  await rm(root, { recursive: true, force: true });
});

describe("werkcentrum serve", () => {
  it("serves the site as the build makes it, with its search index", async () => {
    expect((await get("/nieuws/banenmarkt/")).text).toContain("<h1>Banenmarkt in mei</h1>");
    expect((await get("/pagefind/pagefind.js")).status).toBe(200);
  });

  it("shows an edit everywhere it is used: the page, the news list, the home page, the feed and the search index", async () => {
    // The index is written after the new pages are served; its entry names the metadata of the pages it holds.
    const metadata = async () =>
      (JSON.parse((await get("/pagefind/pagefind-entry.json")).text) as { languages: Record<string, { hash: string }> }).languages.nl!.hash;
    const before = await metadata();
    await write("content/nieuws/banenmarkt.md", news("Banenmarkt in juni"));
    await afterSave();
    for (const path of ["/nieuws/banenmarkt/", "/nieuws/", "/", "/nieuws/feed.xml"]) {
      const { text } = await get(path);
      expect(text, path).toContain("Banenmarkt in juni");
      expect(text, path).not.toContain("Banenmarkt in mei");
    }
    const after = await metadata();
    expect(after).not.toBe(before);
    expect((await get(`/pagefind/pagefind.${after}.pf_meta`)).status).toBe(200);
  });

  it("shows the check's problems at every address while a file has an error, and the site again when it is solved", async () => {
    await write("content/nieuws/banenmarkt.md", news("Banenmarkt in juni", "2026-13-45"));
    await afterSave();
    for (const path of ["/nieuws/banenmarkt/", "/", "/bestaat-niet/"]) {
      const { status, text } = await get(path);
      expect(status).toBe(500);
      expect(text).toContain("Het voorbeeld kan niet worden bijgewerkt");
      // The class the theme's stylesheet is scoped to (its tokens): without it the page has no fonts, spacing or list numbers.
      expect(text).toContain('<html lang="nl" class="werkcentrum-theme">');
      expect(text).toMatch(/content\/nieuws\/banenmarkt\.md:3:\d+<\/code> veld <code>datum<\/code>/);
      expect(text).not.toContain("<h1>Banenmarkt in juni</h1>");
      expect(text).toContain("reload-client.js");
    }
    await write("content/nieuws/banenmarkt.md", news("Banenmarkt in juni"));
    await afterSave();
    expect((await get("/nieuws/banenmarkt/")).status).toBe(200);
  });

  it("removes the page of a deleted file, also from the output it renders over later", async () => {
    // Each rebuild writes over the output of the one before the last (serve.ts): the third save below renders into
    // the folder that still holds the page of the second, which must not come back.
    await write("content/nieuws/kort.md", news("Kort bericht"));
    await afterSave();
    expect((await get("/nieuws/kort/")).status).toBe(200);
    await rm(join(paths.sitesDir, "rijnmond", "content/nieuws/kort.md"));
    await afterSave();
    expect((await get("/nieuws/kort/")).status).toBe(404);
    await write("content/nieuws/banenmarkt.md", news("Banenmarkt in oktober"));
    await afterSave();
    expect((await get("/nieuws/banenmarkt/")).text).toContain("<h1>Banenmarkt in oktober</h1>");
    expect((await get("/nieuws/kort/")).status).toBe(404);
    expect((await get("/nieuws/")).text).not.toContain("Kort bericht");
  });

  it("picks up site.yml without a restart", async () => {
    await write("site.yml", "code: AM22\nnaam: Rijnmond\nstatus: open\n");
    await afterSave();
    const { status, text } = await get("/");
    expect(status).toBe(500);
    expect(text).toMatch(/site\.yml:3:\d+<\/code> veld <code>status<\/code>/);
    await write("site.yml", siteScaffold(rijnmond)["site.yml"]!);
    await afterSave();
    expect((await get("/")).status).toBe(200);
  });

  it("keeps seeing a file that is saved by replacing it (a new file renamed over the old one, as vim and sed -i do)", async () => {
    // A preview of its own, saved to from the moment serveSite returns. Node 20's recursive fs.watch, which the
    // preview used before chokidar, lost such a file now and then (by hand: 1 of 3 `werkcentrum serve` runs missed
    // the second `sed -i`); this test did not catch that race, but fails for any watcher that loses a renamed file.
    const second = await serveSite(rijnmond, paths, await freePort());
    try {
      const file = join(paths.sitesDir, "rijnmond", "content/nieuws/banenmarkt.md");
      for (const titel of ["Banenmarkt in juli", "Banenmarkt in augustus", "Banenmarkt in september"]) {
        await writeFile(`${file}.nieuw`, news(titel));
        await rename(`${file}.nieuw`, file);
        await new Promise((resolve) => setTimeout(resolve, 400));
        await second.settled();
        const response = await fetch(new URL("/nieuws/banenmarkt/", second.url));
        expect(await response.text()).toContain(`<h1>${titel}</h1>`);
      }
    } finally {
      await second.close();
    }
  });
});

describe("werkcentrum serve --site werkcentrum.nl", () => {
  it("serves each region's search index from dist/, as nginx does, so the search across all regions works in the preview", async () => {
    await writeScaffold(landingSite);
    const index = join(paths.outDir, rijnmond.host, "pagefind");
    await mkdir(index, { recursive: true });
    await writeFile(join(index, "pagefind-entry.json"), '{"version":"test"}');
    const landing = await serveSite(landingSite, paths, await freePort());
    try {
      const fetchText = async (path: string) => {
        const response = await fetch(new URL(path, landing.url));
        return { status: response.status, text: await response.text() };
      };
      expect(await fetchText("/zoeken/regio/rijnmond/pagefind-entry.json")).toEqual({ status: 200, text: '{"version":"test"}' });
      // A region that has not been built has no index yet; the search leaves it out.
      expect((await fetchText("/zoeken/regio/twente/pagefind-entry.json")).status).toBe(404);
      expect((await fetchText("/zoeken/regio/rijnmond/%2e%2e/%2e%2e/site.yml")).status).toBe(404);
    } finally {
      await landing.close();
    }
  }, 120_000);
});

describe("quickPages: the pages the preview shows on their own first", () => {
  const entry = (path: string, titel: string) => ({
    path,
    file: `sites/rijnmond/content/${path}`,
    data: { titel },
    body: "Tekst.",
    html: "<p>Tekst.</p>",
  });
  const model = (entries: ReturnType<typeof entry>[], extra: Partial<SiteReport> = {}) =>
    ({
      siteDir: "sites/rijnmond",
      entries,
      assets: [],
      images: [],
      overrides: [],
      baseTexts: [],
      problems: [],
      errors: 0,
      warnings: 0,
      ...extra,
    }) as unknown as SiteReport;
  const before = model([entry("nieuws/a.md", "A"), entry("nieuws/b.md", "B"), entry("over-ons.md", "Over ons")]);

  it("are the pages of the entries whose text changed", () => {
    const after = model([entry("nieuws/a.md", "A"), entry("nieuws/b.md", "B nieuw"), entry("over-ons.md", "Over ons")]);
    expect(quickPages(before, after)).toEqual(new Set(["content/nieuws/b.njk"]));
    // A new warning does not change a page.
    expect(quickPages(before, model(after.entries, { warnings: 1, problems: [{ severity: "warning" }] as SiteReport["problems"] }))).toEqual(
      new Set(["content/nieuws/b.njk"]),
    );
  });

  it("are none when nothing changed, or when what changed reaches beyond a few pages", () => {
    expect(quickPages(before, before)).toBeUndefined();
    // A page added or removed, an image, a download or site.yml: the whole site first.
    expect(quickPages(before, model([...before.entries, entry("nieuws/c.md", "C")]))).toBeUndefined();
    expect(quickPages(before, model(before.entries.slice(1)))).toBeUndefined();
    expect(quickPages(before, model(before.entries, { assets: ["/downloads/plan.pdf"] }))).toBeUndefined();
    expect(quickPages(before, model(before.entries, { profile: { naam: "Anders" } } as Partial<SiteReport>))).toBeUndefined();
    const many = (suffix: string) => model(Array.from({ length: 6 }, (_, index) => entry(`nieuws/${index}.md`, `${index}${suffix}`)));
    expect(quickPages(many(""), many(" nieuw"))).toBeUndefined();
  });
});
