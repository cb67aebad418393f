import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { brokenLinkProblems, siteUrls } from "./internal-links.js";
import { getSite, readSiteModel } from "./sites.js";

const site = getSite("rijnmond")!;
let root: string;
let sitesDir: string;

async function write(path: string, text: string) {
  const file = join(sitesDir, site.slug, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-links-"));
  sitesDir = join(root, "sites");
  await write("site.yml", "code: AM22\nnaam: Rijnmond\nstatus: in-ontwikkeling\n");
  await write(
    "content/over-ons.md",
    [
      "---",
      "titel: Over ons",
      "samenvatting: Wie wij zijn.",
      "---",
      "## Aanmelden",
      "",
      "Lees [hoe u zich aanmeldt](#aanmelden) en [hoe u ons bereikt](/contact/).",
      "Een [oude pagina](/bestaat-niet/) en [een plek die er niet is](#nergens).",
      "",
    ].join("\n"),
  );
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => rm(root, { recursive: true, force: true }));

describe("links in a region's own pages", () => {
  it("knows the site's URLs and warns about a missing page or fragment (with the anchor a heading really got), not about pages that exist", async () => {
    // As in the repository: the site folder lies inside the working directory, so the plugin tells Eleventy to ignore it.
    vi.spyOn(process, "cwd").mockReturnValue(root);
    const model = await readSiteModel(site, sitesDir);
    const urls = await siteUrls(site, model);
    expect(urls.pages.has("/over-ons/")).toBe(true);
    expect(urls.pages.has("/contact/")).toBe(true);
    expect(urls.pages.has("/nieuws/")).toBe(false); // no news items, no news list
    const problems = brokenLinkProblems(site, model, urls);
    expect(problems.map((problem) => [problem.line, problem.severity, problem.message])).toEqual([
      [
        7,
        "warning",
        "De link naar #aanmelden wijst naar '#aanmelden', maar die plek is er niet op deze pagina. Deze kop heeft het anker #kop-aanmelden, omdat de pagina zelf al een #aanmelden heeft.",
      ],
      [
        8,
        "warning",
        "De link naar /bestaat-niet/ gaat naar een pagina die niet bestaat op deze site. Controleer het adres, of maak de pagina eerst.",
      ],
      [
        8,
        "warning",
        "De link naar #nergens wijst naar '#nergens', maar die plek is er niet op deze pagina. Een kop krijgt een anker van zijn tekst: '## Werk zoeken in de zorg' wordt #werk-zoeken-in-de-zorg.",
      ],
    ]);
  });

  it("counts an address redirects.yml sends on as existing", async () => {
    vi.spyOn(process, "cwd").mockReturnValue(root);
    const model = await readSiteModel(site, sitesDir);
    const problems = brokenLinkProblems(site, model, await siteUrls(site, model), new Set(["/bestaat-niet/"]));
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining("#aanmelden"), expect.stringContaining("#nergens")]);
  });
});
