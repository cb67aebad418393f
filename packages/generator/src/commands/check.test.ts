import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { ContentError, formatProblem } from "@werkcentrum/content";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../build.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { checkCommand } from "./check.js";

let paths: ProjectPaths;
const rijnmond = getSite("rijnmond")!;

async function write(path: string, text: string) {
  const file = join(paths.sitesDir, "rijnmond", path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

/** Runs `werkcentrum check` with the given options and returns its exit code and printed lines. */
async function check(options: Record<string, string | boolean>) {
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(...String(line).split("\n")));
  try {
    const code = await checkCommand.run({ paths, args: [], options });
    return { code, lines };
  } finally {
    log.mockRestore();
  }
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-check-cli-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  await write("site.yml", "code: AM22\nnaam: Rijnmond\nstatus: in-ontwikkeling\n");
  await write("content/.gitkeep", "");
});
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));
afterEach(async () => {
  await rm(join(paths.sitesDir, "rijnmond/content/nieuws"), { recursive: true, force: true });
  await rm(join(paths.sitesDir, "rijnmond/content/over-ons.md"), { force: true });
});

describe("werkcentrum check", () => {
  it("prints file, line, column, field and a Dutch message for every problem, and exits 1", async () => {
    const file = await write("content/nieuws/banenmarkt.md", "---\ntitel: Banenmarkt\ndatum: 2026-02-30\nsamenvating: Kort.\n---\n[Lees meer](javascript:alert(1))\n");
    const shown = relative(process.cwd(), file);
    const { code, lines } = await check({ site: "rijnmond" });
    expect(code).toBe(1);
    expect(lines.filter((line) => line.startsWith(shown))).toEqual([
      `${shown}:2:1  samenvatting  Het verplichte veld 'samenvatting' ontbreekt. Samenvatting in één of twee zinnen (hoogstens 250 tekens). Verschijnt in overzichten, op kaarten en in zoekmachines.`,
      `${shown}:3:1  datum  Ongeldige datum: 2026-02-30 bestaat niet, want februari 2026 heeft 28 dagen. Controleer de dag.`,
      `${shown}:4:1  samenvating  Onbekend veld 'samenvating'. Bedoelt u 'samenvatting'?`,
      `${shown}:6:13  tekst  Een link met 'javascript:' is niet toegestaan. Gebruik alleen https://, mailto:, tel: of een pad op uw eigen site.`,
      `${shown}:6:13  tekst  waarschuwing: De linktekst 'Lees meer' zegt niet waar de link heen gaat. Beschrijf het doel, bijvoorbeeld 'Bekijk de vacatures bij UWV'.`,
    ]);
    expect(lines).toContain("✗ rijnmond                     0 bestanden in orde, 4 fouten, 3 waarschuwingen");
    expect(lines.at(-1)).toBe("1 site gecontroleerd: 4 fouten, 3 waarschuwingen.");
  });

  it("lists the base texts a region overrides, exits 0 with warnings, and 1 with --strict", async () => {
    await write("content/over-ons.md", "---\ntitel: Over ons\nsamenvatting: Wie wij zijn.\n---\nWij helpen u aan werk.\n");
    const normal = await check({ site: "rijnmond" });
    expect(normal.code).toBe(0);
    expect(normal.lines).toContain("  eigen versie van de basistekst: over-ons.md");
    expect(normal.lines.filter((line) => line.includes("waarschuwing: Uw site gebruikt de basistekst"))).toHaveLength(2);
    const strict = await check({ site: "rijnmond", strict: true });
    expect(strict.code).toBe(1);
    expect(strict.lines.at(-1)).toBe("1 site gecontroleerd: 2 fouten, 0 waarschuwingen.");
  });

  it("fails the build with the same problems and keeps the previous output", async () => {
    await buildSite(rijnmond, paths);
    const home = join(paths.outDir, "rijnmond.werkcentrum.nl/index.html");
    const before = await readFile(home, "utf8");
    await write("content/nieuws/banenmarkt.md", "---\ntitel: Banenmarkt\ndatum: 2026-03-01\nsamenvatting: Kort.\nlayout: ../eigen.njk\n---\n<b>Vet</b>\n");

    const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContentError);
    const reported = (error as ContentError).problems.map(formatProblem);
    const checked = (await check({ site: "rijnmond" })).lines.filter((line) => line.includes("banenmarkt.md"));
    expect(reported.map((line) => line.slice(line.indexOf("banenmarkt.md")))).toEqual(checked.map((line) => line.slice(line.indexOf("banenmarkt.md"))));
    expect(reported).toHaveLength(2);
    expect(await readFile(home, "utf8")).toBe(before);
  });

  it("builds a region with its base texts, its own override and its CMS configuration", async () => {
    await write("content/over-ons.md", "---\ntitel: Over Werkcentrum Rijnmond\nsamenvatting: Wie wij zijn.\n---\nWij helpen u aan werk.\n");
    const result = await buildSite(rijnmond, paths);
    expect(await readFile(join(result.outputDir, "over-ons/index.html"), "utf8")).toContain("Over Werkcentrum Rijnmond");
    expect(await readFile(join(result.outputDir, "werkgevers/index.html"), "utf8")).toContain("<title>Voor werkgevers | Werkcentrum Rijnmond</title>");
    expect(await readFile(join(result.outputDir, "admin/config.yml"), "utf8")).toContain("folder: sites/rijnmond/content/diensten");
  });
});
