import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ProjectPaths } from "../paths.js";
import { checkCommand } from "./check.js";
import { escapeGithubData, escapeGithubProperty, type CodeQualityIssue } from "./check-format.js";
import { displayPath } from "../paths.js";

// `werkcentrum check` as CI runs it: --format github|gitlab, --output, and --changed <ref> in a real git repository.

let root: string;
let paths: ProjectPaths;
const deployYml = () =>
  `security-txt:\n  contact:\n    - mailto:cvd@voorbeeld.nl\n  expires: ${new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z\n  policy: https://www.voorbeeld.nl/cvd\n`;

/** A news file whose name holds `%`, `,` and `:`, with an unknown field whose name holds CR, LF and `%`, and a date that does not exist. */
const HOSTILE_NAME = "sites/rijnmond/content/nieuws/100%,a:b.md";
const HOSTILE_TEXT = '---\ntitel: A\n"sa\\r\\nmen%: x": 1\ndatum: 2026-02-30\nsamenvatting: Kort.\n---\nTekst.\n';

async function write(path: string, text: string) {
  const file = join(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}
const git = (...args: string[]) =>
  execFileSync("git", ["-C", root, "-c", "user.name=Test", "-c", "user.email=test@voorbeeld.nl", ...args], { encoding: "utf8" });

/** Runs the command; returns its exit code, what went to stdout (console.log and process.stdout) and to stderr. */
async function check(options: Record<string, string | boolean>) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line: string) => void out.push(`${line}\n`));
  const error = vi.spyOn(console, "error").mockImplementation((line: string) => void err.push(`${line}\n`));
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  try {
    const code = await checkCommand.run({ paths, args: [], options });
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-check-ci-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
});
afterAll(async () => rm(root, { recursive: true, force: true }));
beforeEach(async () => {
  await rm(join(root, "sites"), { recursive: true, force: true });
  await rm(join(root, ".git"), { recursive: true, force: true });
  await write("sites/rijnmond/site.yml", "code: AM22\nnaam: Rijnmond\n");
  await write("sites/drenthe/site.yml", "code: AM03\nnaam: Drenthe\n");
  await write("deploy.yml", deployYml());
});

describe("werkcentrum check --format github", () => {
  it("writes one workflow command per problem, paths from the repository root, escaped as GitHub specifies", async () => {
    await write(HOSTILE_NAME, HOSTILE_TEXT);
    const { code, stdout, stderr } = await check({ site: "rijnmond", format: "github" });
    expect(code).toBe(1);
    const file = "sites/rijnmond/content/nieuws/100%25%2Ca%3Ab.md";
    const commands = stdout.split("\n").filter((line) => line.startsWith(`::error file=${file},`));
    expect(commands).toEqual([
      `::error file=${file},line=1,col=1,title=werkcentrum check::De bestandsnaam '100%25,a:b.md' kan geen webadres worden. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld '100-a-b.md'.`,
      `::error file=${file},line=3,col=1,title=werkcentrum check%3A sa%0D%0Amen%25%3A x::Onbekend veld 'sa%0D%0Amen%25: x'. Mogelijke velden hier: type, titel, datum, samenvatting, afbeelding, voor, layout.`,
      `::error file=${file},line=4,col=1,title=werkcentrum check%3A datum::Ongeldige datum: 2026-02-30 bestaat niet, want februari 2026 heeft 28 dagen. Controleer de dag.`,
    ]);
    // Each command is one line: the CR and LF of the editor's key cannot start a command of their own.
    expect(
      stdout
        .split("\n")
        .filter(Boolean)
        .every((line) => line.startsWith("::")),
    ).toBe(true);
    // The lines for people go to stderr, so stdout holds the commands only.
    expect(stderr).toContain("✗ rijnmond");
    expect(stderr).toContain("1 site en deploy.yml gecontroleerd: 3 fouten, ");
  });

  it("marks warnings as ::warning and exits 0 when there are only warnings", async () => {
    await write(
      "sites/rijnmond/content/nieuws/banen.md",
      "---\ntitel: Banen\ndatum: 2026-03-01\nsamenvatting: Kort.\n---\n[Klik hier](/werkgevers/)\n",
    );
    const { code, stdout } = await check({ site: "rijnmond", format: "github" });
    expect(code).toBe(0);
    expect(stdout).toContain(
      "::warning file=sites/rijnmond/content/nieuws/banen.md,line=6,col=13,title=werkcentrum check%3A tekst::De linktekst 'Klik hier' zegt niet waar de link heen gaat.",
    );
  });

  it("escapes data and properties exactly like @actions/core", () => {
    expect(escapeGithubData("50% a,b: c\r\nd")).toBe("50%25 a,b: c%0D%0Ad");
    expect(escapeGithubProperty("50% a,b: c\r\nd")).toBe("50%25 a%2Cb%3A c%0D%0Ad");
    // % first: an escape in the input is not read as one.
    expect(escapeGithubData("%0A")).toBe("%250A");
  });
});

/** A page whose only problem is a warning: a link text that does not say where it goes. */
const VAGUE_LINK = "---\ntitel: Over ons\nsamenvatting: Wie wij zijn.\n---\nWij helpen u aan werk. [Klik hier](/contact/).\n";

describe("werkcentrum check --format gitlab", () => {
  it("writes Code Quality JSON with the documented fields, to --output, whole", async () => {
    await write(HOSTILE_NAME, HOSTILE_TEXT);
    await write("sites/rijnmond/content/nieuws/twee.md", "---\ntitel: B\ndatum: 2026-02-30\ndatum: 2026-02-30\nsamenvatting: Kort.\n---\nTekst.\n");
    await write("sites/rijnmond/content/over-ons.md", VAGUE_LINK);
    const output = join(root, "gl-code-quality-report.json");
    const { code, stdout } = await check({ site: "rijnmond", format: "gitlab", output });
    expect(code).toBe(1);
    // With --output, stdout has the lines for people, as without --format.
    expect(stdout).toContain("✗ rijnmond");
    const issues = JSON.parse(await readFile(output, "utf8")) as CodeQualityIssue[];
    const hostile = issues.filter((issue) => issue.location.path === "sites/rijnmond/content/nieuws/100%,a:b.md");
    expect(hostile.map(({ description, check_name, severity, location }) => ({ description, check_name, severity, location }))).toEqual([
      {
        description: expect.stringMatching(/^De bestandsnaam '100%,a:b\.md'/),
        check_name: "werkcentrum-check/bestand",
        severity: "major",
        location: { path: "sites/rijnmond/content/nieuws/100%,a:b.md", lines: { begin: 1 } },
      },
      {
        description: "Onbekend veld 'sa\r\nmen%: x'. Mogelijke velden hier: type, titel, datum, samenvatting, afbeelding, voor, layout.",
        check_name: "werkcentrum-check/sa\r\nmen%: x",
        severity: "major",
        location: { path: "sites/rijnmond/content/nieuws/100%,a:b.md", lines: { begin: 3 } },
      },
      {
        description: expect.stringMatching(/^Ongeldige datum: 2026-02-30/),
        check_name: "werkcentrum-check/datum",
        severity: "major",
        location: { path: "sites/rijnmond/content/nieuws/100%,a:b.md", lines: { begin: 4 } },
      },
    ]);
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.some((issue) => issue.severity === "minor")).toBe(true);
    // No temporary file is left beside the report.
    expect(execFileSync("ls", [root], { encoding: "utf8" })).not.toMatch(/\.tmp/);

    // Stable: the same problems give the same fingerprints, also when lines above them move.
    await write(HOSTILE_NAME, HOSTILE_TEXT.replace("titel: A\n", "titel: A\n\n\n"));
    await check({ site: "rijnmond", format: "gitlab", output });
    const moved = JSON.parse(await readFile(output, "utf8")) as CodeQualityIssue[];
    expect(moved.map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));
    expect(moved.find((issue) => issue.check_name === "werkcentrum-check/datum" && issue.location.path.includes("100%"))!.location.lines.begin).toBe(
      6,
    );
  });

  it("writes only JSON on stdout, and the lines for people on stderr", async () => {
    await write("sites/drenthe/content/over-ons.md", VAGUE_LINK);
    const { code, stdout, stderr } = await check({ site: "drenthe", format: "gitlab" });
    expect(code).toBe(0);
    // Drenthe has no errors; its one warning is the vague link text.
    expect((JSON.parse(stdout) as CodeQualityIssue[]).map((issue) => [issue.location.path, issue.severity])).toEqual([
      ["sites/drenthe/content/over-ons.md", "minor"],
    ]);
    expect(stderr).toMatch(/1 site en deploy\.yml gecontroleerd: 0 fouten, 1 waarschuwing/);
  });

  it("refuses an unknown format in Dutch", async () => {
    await expect(check({ format: "xml" })).rejects.toThrow("Onbekend formaat 'xml'. Kies uit: text, github, gitlab.");
  });
});

describe("werkcentrum check --changed", () => {
  beforeEach(() => {
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "start");
    git("checkout", "-q", "-b", "wijziging");
  });

  it("checks only the sites with committed, uncommitted or new files since the ref, and says which", async () => {
    await write("sites/drenthe/content/nieuws/a.md", "---\ntitel: A\ndatum: 2026-02-30\nsamenvatting: Kort.\n---\nTekst.\n");
    const none = await check({ changed: "main" });
    // A new, not yet added file counts.
    expect(none.stdout).toContain("Gewijzigd sinds main: drenthe.");
    expect(none.stdout).toMatch(/^✗ drenthe /m);
    expect(none.stdout).not.toMatch(/rijnmond/);
    expect(none.stdout).toContain("1 site en deploy.yml gecontroleerd: 1 fout, ");

    git("add", "-A");
    git("commit", "-q", "-m", "drenthe");
    await write("sites/rijnmond/site.yml", "code: AM22\nnaam: Rijnmond\nstatus: in-ontwikkeling\n");
    const both = await check({ changed: "main" });
    expect(both.stdout).toContain("Gewijzigd sinds main: drenthe, rijnmond.");
    expect(both.stdout).toContain("2 sites en deploy.yml gecontroleerd: 1 fout, ");
  });

  it("checks nothing but deploy.yml when no site changed", async () => {
    const { code, stdout } = await check({ changed: "main" });
    expect(code).toBe(0);
    expect(stdout).toContain("Geen sites gewijzigd sinds main.");
    expect(stdout).toContain("0 sites en deploy.yml gecontroleerd: 0 fouten, 0 waarschuwingen.");
  });

  it("checks every site when a file outside a site folder changed", async () => {
    await write("deploy.yml", `${deployYml()}\n`);
    git("commit", "-q", "-am", "deploy");
    const { stdout } = await check({ changed: "main" });
    expect(stdout).toContain("Gewijzigd buiten een sitemap (deploy.yml): alle 36 sites worden gecontroleerd.");
    expect(stdout).toContain("36 sites en deploy.yml gecontroleerd:");
  });

  it("refuses a ref git does not know, or one that looks like an option, in Dutch", async () => {
    await expect(check({ changed: "bestaat-niet" })).rejects.toThrow(/Git kan de wijzigingen sinds 'bestaat-niet' niet geven: .*\n.*fetch-depth: 0/);
    await expect(check({ changed: "--output=/etc/passwd" })).rejects.toThrow("'--output=/etc/passwd' is geen git-versie.");
    await expect(check({ changed: "main", site: "rijnmond" })).rejects.toThrow("Gebruik --site of --changed, niet allebei.");
  });
});

describe("werkcentrum check: links to the site's own pages and fragments", () => {
  const NEWS = "sites/rijnmond/content/nieuws/banenmarkt.md";
  const SERVICE = "sites/rijnmond/content/diensten/loopbaanadvies.md";
  beforeEach(async () => {
    await write(
      NEWS,
      [
        "---",
        "titel: Banenmarkt",
        "datum: 2026-03-01",
        "samenvatting: Kort.",
        "---",
        "## Aanmelden voor de markt",
        "",
        "Bekijk [onze diensten](/werkzoekenden/), [het nieuws](/nieuws/), [de nieuwsfeed](/nieuws/feed.xml) en [contact](/contact/).",
        "Lees [hoe u zich aanmeldt](#aanmelden-voor-de-markt) en [ons loopbaanadvies](../../diensten/loopbaanadvies/#kosten).",
        "Mis: [de vacatures](/vacatures/), [een kop](#prijzen), [een kop elders](/diensten/loopbaanadvies/#bestaat-niet) en [een oude pagina](/oud/).",
        "",
      ].join("\n"),
    );
    await write(
      SERVICE,
      "---\ntitel: Loopbaanadvies\nsamenvatting: Praat met een adviseur.\nvoor: [werkzoekenden]\naanbieder: UWV\naanmelden:\n  link: /aanmelden/\n---\n## Kosten\n\nGratis.\n",
    );
  });

  it("warns, naming file, line, column and the link, for pages the site does not make and fragments the page does not have", async () => {
    const { code, stdout } = await check({ site: "rijnmond" });
    expect(code).toBe(0);
    const lines = stdout.split("\n").filter((line) => line.includes("De link naar"));
    expect(lines).toEqual(
      [
        "sites/rijnmond/content/diensten/loopbaanadvies.md:7:3  aanmelden.link  waarschuwing: De link naar /aanmelden/ gaat naar een pagina die niet bestaat op deze site. Controleer het adres, of maak de pagina eerst.",
        "sites/rijnmond/content/nieuws/banenmarkt.md:10:21  tekst  waarschuwing: De link naar /vacatures/ gaat naar een pagina die niet bestaat op deze site. Controleer het adres, of maak de pagina eerst.",
        "sites/rijnmond/content/nieuws/banenmarkt.md:10:45  tekst  waarschuwing: De link naar #prijzen wijst naar '#prijzen', maar die plek is er niet op deze pagina. Een kop krijgt een anker van zijn tekst: '## Werk zoeken in de zorg' wordt #werk-zoeken-in-de-zorg.",
        "sites/rijnmond/content/nieuws/banenmarkt.md:10:73  tekst  waarschuwing: De link naar /diensten/loopbaanadvies/#bestaat-niet wijst naar '#bestaat-niet', maar die plek is er niet op de pagina /diensten/loopbaanadvies/. Een kop krijgt een anker van zijn tekst: '## Werk zoeken in de zorg' wordt #werk-zoeken-in-de-zorg.",
        "sites/rijnmond/content/nieuws/banenmarkt.md:10:134  tekst  waarschuwing: De link naar /oud/ gaat naar een pagina die niet bestaat op deze site. Controleer het adres, of maak de pagina eerst.",
      ].map((line) => line.replace(/^sites\//, `${relativeSites()}/`)),
    );
  });

  it("counts an old address in redirects.yml as a page, and refuses broken links with --strict", async () => {
    await write("sites/rijnmond/redirects.yml", "- van: /oud/\n  naar: /nieuws/\n");
    const { code, stdout } = await check({ site: "rijnmond", strict: true });
    expect(code).toBe(1);
    const broken = stdout.split("\n").filter((line) => line.includes("De link naar"));
    expect(broken).toHaveLength(4);
    expect(broken.join("\n")).not.toContain("/oud/");
    expect(broken.every((line) => !line.includes("waarschuwing:"))).toBe(true);
  });
});

/** `sites/` as check prints it: relative to the working directory. */
const relativeSites = () => displayPath(join(root, "sites"));
