import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContentError } from "@werkcentrum/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "./build.js";
import type { ProjectPaths } from "./paths.js";
import { getSite, readSiteModel } from "./sites.js";
import { siteScaffold } from "./sync.js";

// Written as an attacker with write access to one region's folder would: every file here tries to reach another
// site, the landing site, a place outside dist/, or to run code during the build. Check and build must agree on
// each, and whatever the bytes, nothing may leave the region's own output.

const rijnmond = getSite("rijnmond")!;
const landing = getSite("werkcentrum.nl")!;
let root: string;
let paths: ProjectPaths;
const marker = join(tmpdir(), `werkcentrum-pwned-${process.pid}`);

async function writeSiteFiles(slug: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(paths.sitesDir, slug, file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, slug, file), text);
  }
}

async function resetRegion(): Promise<void> {
  await rm(join(paths.sitesDir, "rijnmond"), { recursive: true, force: true });
  await writeSiteFiles("rijnmond", siteScaffold(rijnmond));
}

/** Every file under `dir`, relative, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

const page = (frontMatter: string, body: string) => `---\ntitel: Open dag\nsamenvatting: Kom langs op onze open dag.\n${frontMatter}---\n${body}\n`;

// Nunjucks (and Liquid) code that, if it were ever rendered, would write the marker file or show 49.
const templateCode = [
  "{{ 7 * 7 }}",
  `{{ range.constructor("return process")().mainModule.require("fs").writeFileSync("${marker}", "x") }}`,
  `{% set x = cycler.constructor("return process")().mainModule.require("child_process").execSync("touch ${marker}") %}`,
  "{% include '../../../../etc/passwd' %}",
].join("\n\n");

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-hostile-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  await writeSiteFiles("rijnmond", siteScaffold(rijnmond));
  await writeSiteFiles(landing.slug, siteScaffold(landing));
  await buildSite(landing, paths);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(marker, { force: true });
});

describe("a region's files cannot escape or run code", () => {
  it("publishes template code in a body and a title as text, and runs none of it", async () => {
    await resetRegion();
    await writeSiteFiles("rijnmond", {
      "content/open-dag.md": page("", templateCode).replace("titel: Open dag", 'titel: "Open dag {{ 7 * 7 }}"'),
    });
    const model = await readSiteModel(rijnmond, paths.sitesDir);
    expect(model.errors).toBe(0); // check passes: this is text

    await buildSite(rijnmond, paths);
    const html = await readFile(join(paths.outDir, rijnmond.host, "open-dag/index.html"), "utf8");
    expect(html).toContain("<h1>Open dag {{ 7 * 7 }}</h1>");
    expect(html).toContain("<p>{{ 7 * 7 }}</p>");
    expect(html).toContain("{% include '../../../../etc/passwd' %}");
    expect(html).not.toMatch(/>49</);
    expect(existsSync(marker)).toBe(false);
  });

  it("treats a second front matter in the body as text: it sets no data and no address", async () => {
    await resetRegion();
    const smuggled = [
      "---",
      "permalink: /../../werkcentrum.nl/index.html",
      "eleventyComputed:",
      "  title: '{{ 7 * 7 }}'",
      "layout: ../../../etc",
      "---",
      "Gewone tekst.",
    ].join("\n");
    await writeSiteFiles("rijnmond", { "content/open-dag.md": page("", smuggled) });
    expect((await readSiteModel(rijnmond, paths.sitesDir)).errors).toBe(0);
    const landingBefore = await filesUnder(join(paths.outDir, landing.host));
    const landingHome = await readFile(join(paths.outDir, landing.host, "index.html"), "utf8");

    await buildSite(rijnmond, paths);
    const html = await readFile(join(paths.outDir, rijnmond.host, "open-dag/index.html"), "utf8");
    expect(html).toContain("<h1>Open dag</h1>");
    expect(html).toContain("permalink: /../../werkcentrum.nl/index.html");
    expect(await filesUnder(join(paths.outDir, landing.host))).toEqual(landingBefore);
    expect(await readFile(join(paths.outDir, landing.host, "index.html"), "utf8")).toBe(landingHome);
    expect((await readdir(root)).sort()).toEqual(["dist", "sites"]);
  });

  // Each case: check refuses the file, and the build refuses it with the same problems and publishes nothing.
  const refused: { name: string; files: Record<string, string | Uint8Array>; message: RegExp }[] = [
    {
      name: "a bare CR that hides a permalink from one YAML parser",
      files: { "content/open-dag.md": page("# opmerking\rpermalink: /../../werkcentrum.nl/\n", "Tekst.") },
      message: /los regeleinde-teken/,
    },
    { name: "a permalink key", files: { "content/open-dag.md": page("permalink: /../../werkcentrum.nl/\n", "Tekst.") }, message: /permalink/ },
    {
      name: "eleventyComputed",
      files: { "content/open-dag.md": page("eleventyComputed:\n  permalink: /x/\n", "Tekst.") },
      message: /eleventyComputed/,
    },
    {
      name: "a template engine override",
      files: { "content/open-dag.md": page("templateEngineOverride: njk\n", "{{ 7 * 7 }}") },
      message: /templateEngineOverride/,
    },
    { name: "a layout outside the theme", files: { "content/open-dag.md": page("layout: ../../../../tmp/x\n", "Tekst.") }, message: /Kies een van/ },
    { name: "an alias bomb", files: { "content/open-dag.md": page("a: &a [x, x]\nb: [*a, *a]\n", "Tekst.") }, message: /anker|verwijzing/ },
    {
      name: "a JavaScript tag",
      files: { "content/open-dag.md": page("samenvatting2: !!js/function 'function () {}'\n", "Tekst.") },
      message: /!!js\/function/,
    },
    { name: "a NUL byte", files: { "content/open-dag.md": page("", "Tekst\u0000.") }, message: /NUL/ },
    { name: "UTF-16", files: { "content/open-dag.md": new Uint8Array([0xff, 0xfe, 0x2d, 0, 0x2d, 0, 0x2d, 0]) }, message: /UTF-16/ },
    { name: "an Eleventy data file", files: { "content/_data/site.json": '{"host": "werkcentrum.nl"}' }, message: /liggend streepje/ },
    { name: "an Eleventy configuration file", files: { "content/eleventy.config.js": "export default () => {}" }, message: /Dit soort bestand/ },
    { name: "a JavaScript template", files: { "content/x.11ty.js": "export default () => ''" }, message: /Dit soort bestand/ },
    { name: "an include folder", files: { "content/_includes/layouts/page.njk": "x" }, message: /liggend streepje/ },
    { name: "a page inside the search index", files: { "content/pagefind/pagefind.md": page("", "Tekst.") }, message: /maakt de website zelf/ },
    { name: "an invalid site.yml", files: { "site.yml": "code: AM22\nnaam: Rijnmond\nstatus: !!js/function x\n" }, message: /!!js\/function/ },
  ];
  it.each(refused)("check and build both refuse $name", async ({ files, message }) => {
    await resetRegion();
    await buildSite(rijnmond, paths);
    const before = await filesUnder(join(paths.outDir, rijnmond.host));
    await writeSiteFiles("rijnmond", files);

    const model = await readSiteModel(rijnmond, paths.sitesDir);
    expect(model.errors).toBeGreaterThan(0);
    expect(model.problems.map((problem) => problem.message).join("\n")).toMatch(message);
    const error = await buildSite(rijnmond, paths).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual(model.problems.filter((problem) => problem.severity === "error"));
    expect(await filesUnder(join(paths.outDir, rijnmond.host))).toEqual(before);
  });
});
