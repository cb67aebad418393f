import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ContentError, formatProblem } from "@werkcentrum/content";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../build.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { checkCommand } from "./check.js";
import { displayPath } from "../paths.js";

let paths: ProjectPaths;
let root: string;
const rijnmond = getSite("rijnmond")!;

const SITE_YML = "code: AM22\nnaam: Rijnmond\nstatus: in-ontwikkeling\n";
/** A deploy.yml that is valid today: expires 200 days ahead. */
const deployYml = () =>
  `security-txt:\n  contact:\n    - mailto:cvd@voorbeeld.nl\n  expires: ${new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z\n  policy: https://www.voorbeeld.nl/cvd\n`;

async function write(path: string, text: string | Uint8Array, slug = "rijnmond") {
  const file = join(paths.sitesDir, slug, path);
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

/** The problems check printed for one file, as line, field and message. */
function problemsIn(lines: readonly string[], file: string) {
  return lines
    .filter((line) => line.startsWith(`${file}:`))
    .map((line) => {
      const [, at, column, field, message] = /^.*?:(\d+):(\d+) {2}(\S+) {2}(.*)$/.exec(line)!;
      return { line: Number(at), column: Number(column), field: field === "-" ? "" : field!, message: message! };
    });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-check-cli-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  await write("site.yml", SITE_YML);
  await write("content/.gitkeep", "");
  await writeFile(join(root, "deploy.yml"), deployYml());
});
afterAll(async () => rm(root, { recursive: true, force: true }));
afterEach(async () => {
  await rm(join(paths.sitesDir, "rijnmond/content/nieuws"), { recursive: true, force: true });
  await rm(join(paths.sitesDir, "rijnmond/content/over-ons.md"), { force: true });
  await rm(join(paths.sitesDir, "rijnmond/redirects.yml"), { recursive: true, force: true });
  await rm(join(paths.sitesDir, "rijnmond/site.yml"), { recursive: true, force: true });
  await rm(join(paths.sitesDir, "drenthe"), { recursive: true, force: true });
  await rm(join(root, "deploy.yml"), { recursive: true, force: true });
  await write("site.yml", SITE_YML);
  await writeFile(join(root, "deploy.yml"), deployYml());
});

describe("werkcentrum check", () => {
  it("prints file, line, column, field and a Dutch message for every problem, and exits 1", async () => {
    const file = await write(
      "content/nieuws/banenmarkt.md",
      "---\ntitel: Banenmarkt\ndatum: 2026-02-30\nsamenvating: Kort.\n---\n[Lees meer](javascript:alert(1))\n",
    );
    const shown = displayPath(file);
    const { code, lines } = await check({ site: "rijnmond" });
    expect(code).toBe(1);
    expect(lines.filter((line) => line.startsWith(shown))).toEqual([
      `${shown}:2:1  samenvatting  Het verplichte veld 'samenvatting' ontbreekt. Samenvatting in één of twee zinnen (hoogstens 250 tekens). Verschijnt in overzichten, op kaarten en in zoekmachines.`,
      `${shown}:3:1  datum  Ongeldige datum: 2026-02-30 bestaat niet, want februari 2026 heeft 28 dagen. Controleer de dag.`,
      `${shown}:4:1  samenvating  Onbekend veld 'samenvating'. Bedoelt u 'samenvatting'?`,
      `${shown}:6:13  tekst  Een link met 'javascript:' is niet toegestaan. Gebruik alleen https://, mailto:, tel: of een pad op uw eigen site.`,
      `${shown}:6:13  tekst  waarschuwing: De linktekst 'Lees meer' zegt niet waar de link heen gaat. Beschrijf het doel, bijvoorbeeld 'Bekijk de vacatures bij UWV'.`,
    ]);
    expect(lines).toContain("✗ rijnmond                     0 bestanden in orde, 4 fouten, 1 waarschuwing");
    expect(lines).toContain("✓ deploy.yml                   0 fouten, 0 waarschuwingen");
    expect(lines.at(-1)).toBe("1 site en deploy.yml gecontroleerd: 4 fouten, 1 waarschuwing.");
  });

  it("lists the base texts a region overrides, exits 0 with warnings, and 1 with --strict", async () => {
    await write("content/over-ons.md", "---\ntitel: Over ons\nsamenvatting: Wie wij zijn.\n---\nWij helpen u aan werk. [Klik hier](/contact/).\n");
    const normal = await check({ site: "rijnmond" });
    expect(normal.code).toBe(0);
    expect(normal.lines).toContain("  eigen versie van de basistekst: over-ons.md");
    expect(normal.lines.filter((line) => line.includes("waarschuwing: De linktekst"))).toHaveLength(1);
    const strict = await check({ site: "rijnmond", strict: true });
    expect(strict.code).toBe(1);
    expect(strict.lines.at(-1)).toBe("1 site en deploy.yml gecontroleerd: 1 fout, 0 waarschuwingen.");
  });

  it("warns while deploy.yml names no real disclosure channel: a Contact on our own sites, or no policy", async () => {
    await writeFile(
      join(root, "deploy.yml"),
      deployYml()
        .replace("mailto:cvd@voorbeeld.nl", "https://werkcentrum.nl/contact/")
        .replace(/  policy: .*\n/, ""),
    );
    const { code, lines } = await check({ site: "rijnmond" });
    expect(code).toBe(0);
    expect(lines.filter((line) => line.includes("deploy.yml:")).map((line) => line.slice(line.indexOf("deploy.yml:")))).toEqual([
      "deploy.yml:3:7  security-txt.contact.0  waarschuwing: https://werkcentrum.nl/contact/ is een pagina van de Werkcentrum-sites zelf, geen meldpunt voor kwetsbaarheden. Zet hier het mailto:-adres of de CVD-pagina (https://…) van de beheerder (DEPLOY.md, hoofdstuk 7).",
      "deploy.yml:2:3  security-txt  waarschuwing: security.txt heeft geen policy: het webadres van het beleid voor het melden van kwetsbaarheden (CVD) van de beheerder. Vul policy in (DEPLOY.md, hoofdstuk 7).",
    ]);
    expect(lines).toContain("✓ deploy.yml                   0 fouten, 2 waarschuwingen");
  });

  it("fails the build with the same problems and keeps the previous output", async () => {
    await buildSite(rijnmond, paths);
    const home = join(paths.outDir, "rijnmond.werkcentrum.nl/index.html");
    const before = await readFile(home, "utf8");
    await write(
      "content/nieuws/banenmarkt.md",
      "---\ntitel: Banenmarkt\ndatum: 2026-03-01\nsamenvatting: Kort.\nlayout: ../eigen.njk\n---\n<b>Vet</b>\n",
    );

    const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContentError);
    const reported = (error as ContentError).problems.map(formatProblem);
    const checked = (await check({ site: "rijnmond" })).lines.filter((line) => line.includes("banenmarkt.md"));
    expect(reported.map((line) => line.slice(line.indexOf("banenmarkt.md")))).toEqual(
      checked.map((line) => line.slice(line.indexOf("banenmarkt.md"))),
    );
    expect(reported).toHaveLength(2);
    expect(await readFile(home, "utf8")).toBe(before);
  });

  it("builds a region with its base texts and its own override, and no /admin/ without deploy.yml web-editor", async () => {
    await write("content/over-ons.md", "---\ntitel: Over Werkcentrum Rijnmond\nsamenvatting: Wie wij zijn.\n---\nWij helpen u aan werk.\n");
    const result = await buildSite(rijnmond, paths);
    expect(await readFile(join(result.outputDir, "over-ons/index.html"), "utf8")).toContain("Over Werkcentrum Rijnmond");
    expect(await readFile(join(result.outputDir, "werkgevers/index.html"), "utf8")).toContain(
      "<title>Voor werkgevers | Werkcentrum Rijnmond</title>",
    );
    expect(existsSync(join(result.outputDir, "admin"))).toBe(false);
  });
});

// What a careless edit or an attacker with write access could put in each kind of file. Every row: Dutch messages
// naming file, line and field, never a stack trace, and the rest of the project still checked.
type Row = { name: string; input: string | Uint8Array; errors: { line: number; field: string; message: RegExp }[] };

const bomb = "a: &a [x, x]\nb: &b [*a, *a]\n";
const bombErrors = [
  { line: 1, field: "", message: /anker \(&a\)/ },
  { line: 2, field: "", message: /anker \(&b\)/ },
  { line: 2, field: "", message: /verwijzing \(\*a\)/ },
  { line: 2, field: "", message: /verwijzing \(\*a\)/ },
];
const shift = (errors: Row["errors"], by: number) => errors.map((error) => ({ ...error, line: error.line + by }));

const attacks: Record<"content" | "site.yml" | "redirects.yml" | "deploy.yml", Row[]> = {
  content: [
    { name: "an alias bomb", input: `---\n${bomb}---\nTekst.\n`, errors: shift(bombErrors, 1) },
    {
      name: "a JavaScript tag",
      input: "---\ntitel: !!js/function 'function () {}'\nsamenvatting: Kort.\n---\nTekst.\n",
      errors: [{ line: 2, field: "", message: /'!!js\/function'/ }],
    },
    { name: "a NUL byte", input: "---\ntitel: A\u0000\nsamenvatting: Kort.\n---\nTekst.\n", errors: [{ line: 2, field: "", message: /NUL-teken/ }] },
    {
      name: "brackets nested too deep",
      input: `---\ntitel: ${"[".repeat(5000)}\n---\n`,
      errors: [{ line: 2, field: "", message: /te diep genest/ }],
    },
    {
      name: "a tel: link in another form",
      input: "---\ntitel: A\ndatum: 2026-03-01\nsamenvatting: Kort.\n---\n[Bel 010 123 45 67](tel:0101234567)\n",
      errors: [{ line: 6, field: "tekst", message: /tel:\+31101234567/ }],
    },
  ],
  "site.yml": [
    { name: "an alias bomb", input: `${SITE_YML}${bomb}`, errors: shift(bombErrors, 3) },
    { name: "a custom tag", input: `${SITE_YML}contact: !wc x\n`, errors: [{ line: 4, field: "", message: /'!wc'/ }] },
    { name: "a NUL byte", input: SITE_YML.replace("Rijnmond", "Rijn\u0000mond"), errors: [{ line: 2, field: "", message: /NUL-teken/ }] },
    {
      name: "112 as phone number",
      input: `${SITE_YML}contact:\n  telefoon: "112"\n`,
      errors: [{ line: 5, field: "contact.telefoon", message: /alarmnummer/ }],
    },
    {
      name: "a werkcentrum.nl host as existing website",
      input: `${SITE_YML}bestaandeWebsite:\n  url: https://www.werkcentrum.nl/\n  soort: RMT\n`,
      errors: [{ line: 5, field: "bestaandeWebsite.url", message: /werkcentrum\.nl is geen bestaande website/ }],
    },
  ],
  "redirects.yml": [
    { name: "an alias bomb", input: bomb, errors: bombErrors },
    { name: "a custom tag", input: "- van: !!binary aGk=\n  naar: /\n", errors: [{ line: 1, field: "", message: /'!!binary'/ }] },
    { name: "a NUL byte", input: "- van: /a\u0000\n  naar: /\n", errors: [{ line: 1, field: "", message: /NUL-teken/ }] },
    {
      name: "the security.txt nginx already serves",
      input: "- van: /security.txt\n  naar: /\n",
      errors: [{ line: 1, field: "0.van", message: /hoort bij de website zelf/ }],
    },
    { name: "10,000 characters", input: `- van: /${"a".repeat(9999)}\n  naar: /\n`, errors: [{ line: 1, field: "0.van", message: /te lang/ }] },
    { name: "an nginx variable", input: "- van: /a\n  naar: /b%24host\n", errors: [{ line: 2, field: "0.naar", message: /'\$'/ }] },
    { name: "a brace and a semicolon", input: "- van: '/a;}b'\n  naar: /\n", errors: [{ line: 1, field: "0.van", message: /';'/ }] },
    {
      name: "a Werkcentrum subdomain as old domain",
      input: "- van: https://beheer.werkcentrum.nl/\n  naar: /\n",
      errors: [{ line: 1, field: "0.van", message: /hoort bij werkcentrum\.nl zelf/ }],
    },
    { name: "an unknown field", input: "- van: /a\n  naar: /\n  code: 302\n", errors: [{ line: 3, field: "0.code", message: /van en naar/ }] },
    {
      name: "an existing page (needs the built site)",
      input: "- van: /werkgevers/\n  naar: /\n",
      errors: [{ line: 1, field: "0.van", message: /bestaande pagina/ }],
    },
    {
      name: "a target that does not exist (needs the built site)",
      input: "- van: /oud\n  naar: /bestaat-niet/\n",
      errors: [{ line: 2, field: "0.naar", message: /bestaat niet/ }],
    },
  ],
  "deploy.yml": [
    { name: "an alias bomb", input: bomb, errors: bombErrors },
    { name: "a custom tag", input: "security-txt: !!python/object x\n", errors: [{ line: 1, field: "", message: /'!!python\/object'/ }] },
    { name: "a NUL byte", input: "security-txt:\u0000\n", errors: [{ line: 1, field: "", message: /NUL-teken/ }] },
    {
      name: "an unknown key",
      input: "security-txt:\n  contact: [mailto:cvd@voorbeeld.nl]\n  expires: 2027-01-01T00:00:00Z\ncdn: ja\n",
      errors: [{ line: 4, field: "cdn", message: /^Onbekend veld 'cdn'/ }],
    },
  ],
};

const fileOf = (kind: keyof typeof attacks) =>
  kind === "deploy.yml"
    ? "deploy.yml"
    : kind === "content"
      ? join(paths.sitesDir, "rijnmond/content/nieuws/a.md")
      : join(paths.sitesDir, "rijnmond", kind);

describe.each(Object.keys(attacks) as (keyof typeof attacks)[])("werkcentrum check on a hostile %s", (kind) => {
  it.each(attacks[kind])("$name: Dutch messages on file, line and field, and the same refusal from the build", async ({ input, errors }) => {
    const file = kind === "deploy.yml" ? join(root, "deploy.yml") : fileOf(kind);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, input);

    const { code, lines } = await check({ site: "rijnmond" });
    expect(code).toBe(1);
    const printed = problemsIn(lines, displayPath(file));
    expect(printed.map(({ line, field, message }) => ({ line, field, message }))).toEqual(
      errors.map((error) => ({ line: error.line, field: error.field, message: expect.stringMatching(error.message) })),
    );
    for (const line of lines) expect(line).not.toMatch(/^\s+at |Error:|Invalid input|expected/);
    expect(lines.at(-1)).toMatch(/^1 site en deploy.yml gecontroleerd: \d+ (fout|fouten), /);

    // The build refuses exactly what the check printed for this file.
    const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const built = (error as ContentError).problems.filter((problem) => problem.file.endsWith(file.slice(root.length)) || problem.file === file);
    expect(built.map(({ line, field, message }) => ({ line, field, message }))).toEqual(
      printed.map(({ line, field, message }) => ({ line, field, message })),
    );
  });
});

describe("one bad file never stops the check of the others", () => {
  it("checks every file when each kind is broken at once, a folder stands where a file should be, and another region clashes", async () => {
    await writeFile(join(paths.sitesDir, "rijnmond/content/.gitkeep"), "");
    await write("content/nieuws/a.md", `---\n${bomb}---\n`);
    await rm(join(paths.sitesDir, "rijnmond/site.yml"));
    await mkdir(join(paths.sitesDir, "rijnmond/site.yml"));
    await write("redirects.yml", "- van: https://oud-loket.example/\n  naar: /\n");
    await write("site.yml", "code: AM03\nnaam: Drenthe\n", "drenthe");
    await write("redirects.yml", "- van: https://www.oud-loket.example/x\n  naar: /\n", "drenthe");
    await rm(join(root, "deploy.yml"));
    await mkdir(join(root, "deploy.yml"));

    const { code, lines } = await check({});
    expect(code).toBe(1);
    const text = lines.join("\n");
    expect(text).toMatch(/rijnmond\/content\/nieuws\/a\.md:2:7 {2}- {2}Een anker \(&a\)/);
    expect(text).toMatch(/rijnmond\/site\.yml:1:1 {2}- {2}Dit bestand kan niet worden gelezen \(het is een map, geen bestand\)\./);
    expect(text).toMatch(
      /rijnmond\/redirects\.yml:1:1 {2}0\.van {2}Het oude domein oud-loket\.example staat ook bij Werkcentrum Drenthe \(sites\/drenthe\/redirects\.yml, regel 1\)/,
    );
    expect(text).toMatch(
      /drenthe\/redirects\.yml:1:1 {2}0\.van {2}Het oude domein www\.oud-loket\.example staat ook bij Werkcentrum Rijnmond \(sites\/rijnmond\/redirects\.yml, regel 1\)/,
    );
    expect(text).toMatch(/deploy\.yml:1:1 {2}- {2}Dit bestand kan niet worden gelezen \(het is een map/);
    expect(lines.filter((line) => /^[✓✗] /.test(line))).toHaveLength(37);
    expect(lines.at(-1)).toMatch(/^36 sites en deploy\.yml gecontroleerd: \d+ fouten, /);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it("applies the page rules with --strict too, where the base-text warnings count as errors", async () => {
    await write("redirects.yml", "- van: /werkgevers/\n  naar: /\n");
    const { lines } = await check({ site: "rijnmond", strict: true });
    expect(problemsIn(lines, displayPath(join(paths.sitesDir, "rijnmond/redirects.yml")))).toMatchObject([
      { line: 1, field: "0.van", message: expect.stringContaining("bestaande pagina") },
    ]);
  });

  it("with --site reports a clash in the site's own file only, naming the other region", async () => {
    await write("redirects.yml", "- van: https://oud-loket.example/\n  naar: /\n");
    await write("site.yml", "code: AM03\nnaam: Drenthe\nbestaandeWebsite:\n  url: https://oud-loket.example/\n  soort: RMT\n", "drenthe");
    const { lines } = await check({ site: "rijnmond" });
    expect(lines.filter((line) => line.includes("oud-loket.example"))).toEqual([
      expect.stringMatching(
        /rijnmond\/redirects\.yml:1:1 {2}0\.van {2}Het oude domein oud-loket\.example staat ook bij Werkcentrum Drenthe \(sites\/drenthe\/site\.yml, regel 4\)/,
      ),
    ]);
  });
});
