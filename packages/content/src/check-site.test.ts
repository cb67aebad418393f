import { rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { assertValidSite, checkSite, type ParsedFiles } from "./check-site.js";
import { ContentError } from "./problem.js";
import { temporarySites } from "./test-site.js";
import { loadBaseTexts } from "./toolkit.js";

const site = temporarySites("wc-check-");

const profile = "code: AM22\nnaam: Rijnmond\nstatus: in-ontwikkeling\n";
const nieuws = (titel: string) => `---\ntitel: ${titel}\ndatum: 2026-03-01\nsamenvatting: Kort bericht.\n---\nTekst.\n`;
const pagina = (titel: string) => `---\ntitel: ${titel}\nsamenvatting: Korte samenvatting.\n---\nTekst.\n`;
const filled = (titel: string) => pagina(titel);

describe("checkSite", () => {
  it("accepts a clean site and lists the base texts it uses", async () => {
    const dir = await site({
      "site.yml": profile,
      "content/nieuws/banenmarkt.md": nieuws("Banenmarkt"),
      "content/afbeeldingen/banenmarkt.jpg": await sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } })
        .jpeg()
        .toBuffer(),
      "content/over-ons.md": filled("Over ons"),
      "content/.gitkeep": "",
    });
    const report = await checkSite(dir);
    expect(report.problems).toEqual([]);
    expect(report.errors).toBe(0);
    const own = report.entries.filter((entry) => entry.origin === "region");
    expect(own.map((entry) => entry.path)).toEqual(["nieuws/banenmarkt.md", "over-ons.md"]);
    expect(report.assets).toEqual(["/afbeeldingen/banenmarkt.jpg"]);
    expect(report.overrides).toEqual(["over-ons.md"]);
    expect(report.profile).toMatchObject({ code: "AM22" });
    const all = (await loadBaseTexts()).map((text) => text.path);
    expect(report.baseTexts).toEqual(all.filter((path) => !report.overrides.includes(path)));
    // The base texts are pages of the model too, read by the same reader; one entry per URL.
    expect(report.entries.filter((entry) => entry.origin === "toolkit").map((entry) => entry.path)).toEqual(report.baseTexts);
    expect(new Set(report.entries.map((entry) => entry.permalink)).size).toBe(report.entries.length);
  });

  it("gives a site only the base texts it asks for", async () => {
    const dir = await site({ "content/gidsen.md": filled("Gidsen") });
    const report = await checkSite(dir, { baseTexts: ["/gidsen/", "/werkgevers/"] });
    expect(report.entries.map((entry) => [entry.path, entry.origin])).toEqual([
      ["gidsen.md", "region"],
      ["werkgevers.md", "toolkit"],
    ]);
  });

  it("counts an override by web address, so over-ons/index.md replaces over-ons.md", async () => {
    const dir = await site({ "content/over-ons/index.md": pagina("Over ons"), "content/gidsen.md": filled("Gidsen") });
    expect((await checkSite(dir)).overrides).toEqual(["gidsen.md", "over-ons.md"]);
  });

  it("refuses a region's own privacy or accessibility page: the generator writes those from site.yml", async () => {
    const dir = await site({
      "site.yml": profile,
      "content/privacy.md": filled("Privacy"),
      "content/toegankelijkheid/index.md": filled("Toegankelijkheid"),
    });
    const report = await checkSite(dir, { displayDir: "sites/x" });
    expect(report.problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      ["sites/x/content/privacy.md", 1, "error"],
      ["sites/x/content/toegankelijkheid/index.md", 1, "error"],
    ]);
    expect(report.problems[1]!.message).toMatch(/gegevens onder 'toegankelijkheid:' in site.yml/);
  });

  it("refuses a placeholder anywhere: in site.yml, in front matter and in the text", async () => {
    const dir = await site({
      "site.yml": `${profile}verantwoordelijke:\n  naam: "[IN TE VULLEN: naam]"\n`,
      "content/over-ons.md": "---\ntitel: Over ons\nsamenvatting: Wie wij zijn.\n---\nWij zijn [IN TE VULLEN: wie].\n",
      "content/nieuws/a.md": '---\ntitel: A\ndatum: 2026-03-01\nsamenvatting: "[IN TE VULLEN: samenvatting]"\n---\nTekst.\n',
    });
    const report = await checkSite(dir, { displayDir: "s" });
    expect(report.problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual([
      ["s/content/nieuws/a.md", 4, "samenvatting", "error"],
      ["s/content/over-ons.md", 5, "tekst", "error"],
      ["s/site.yml", 5, "verantwoordelijke.naam", "error"],
    ]);
    expect(report.problems.every((p) => /niet gepubliceerd/.test(p.message))).toBe(true);
    expect(report.entries.some((entry) => entry.path === "over-ons.md" && entry.origin === "region")).toBe(false);
    expect(report.profile).toBeUndefined();
  });

  it("reads the landing site's site.yml with its own schema", async () => {
    const dir = await site({ "site.yml": "verantwoordelijke:\n  naam: Voorbeeld\n" });
    const landing = await checkSite(dir, { kind: "landing", baseTexts: false });
    expect(landing.problems).toEqual([]);
    expect(landing.landingProfile).toEqual({ verantwoordelijke: { naam: "Voorbeeld" } });
    expect((await checkSite(dir, { baseTexts: false })).problems.map((p) => p.field)).toEqual(["code", "naam"]);
  });

  it("reports every problem of every file at once, sorted by file and line", async () => {
    const dir = await site({
      "site.yml": "code: AM22\nnaam: Rijnmond\nstatus: open\n",
      "content/a.md": "---\ntitel: A\nsamenvatting: Kort.\nlayout: fancy\n---\n<script>alert(1)</script>\n",
      "content/nieuws/b.md": "---\ntitel: B\nsamenvatting: Kort.\n---\n![Een gids](/afbeeldingen/weg.jpg)\n",
    });
    const report = await checkSite(dir, { baseTexts: false, displayDir: "s" });
    expect(report.problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ["s/content/a.md", 4, "layout"],
      ["s/content/a.md", 6, "tekst"],
      ["s/content/nieuws/b.md", 2, "datum"],
      ["s/content/nieuws/b.md", 5, "tekst"],
      ["s/site.yml", 3, "status"],
    ]);
    expect(report.errors).toBe(5);
  });

  it("refuses two files with one web address, and two items of one type with one slug", async () => {
    const dir = await site({
      "content/over-ons.md": pagina("Over ons"),
      "content/over-ons/index.md": pagina("Over ons"),
      "content/nieuws/banenmarkt.md": nieuws("Banenmarkt"),
      "content/nieuws/2025/banenmarkt.md": nieuws("Banenmarkt 2025"),
    });
    const report = await checkSite(dir, { baseTexts: false, displayDir: "s" });
    expect(report.problems.map((p) => [p.file, p.message])).toEqual([
      [
        "s/content/nieuws/banenmarkt.md",
        "Er is al een nieuws met de naam 'banenmarkt': nieuws/2025/banenmarkt.md. Geef dit bestand een andere naam.",
      ],
      ["s/content/over-ons/index.md", "Dit bestand krijgt hetzelfde webadres (/over-ons/) als over-ons.md. Geef een van beide een andere naam."],
    ]);
  });

  it("refuses files Eleventy would run or that reach outside the folder", async () => {
    const dir = await site({
      "content/pagina.11tydata.js": "export default { permalink: '/../x/' }",
      "content/_data/site.json": "{}",
      "content/kop.njk": "{{ 1 }}",
      "content/stijl.css": "body{}",
      "content/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
      "content/Foto 1.JPG": "jpg",
      "content/.eleventyignore": "",
    });
    await symlink("/etc/passwd", join(dir, "content/wachtwoorden.pdf"));
    const report = await checkSite(dir, { baseTexts: false, displayDir: "s" });
    expect(report.problems.map((p) => [p.file, p.message.slice(0, 40)])).toEqual([
      ["s/content/.eleventyignore", "Namen die met een punt of een liggend st"],
      ["s/content/Foto 1.JPG", "De bestandsnaam 'Foto 1.JPG' kan geen we"],
      ["s/content/_data/site.json", "Namen die met een punt of een liggend st"],
      ["s/content/kop.njk", "Dit soort bestand mag niet in content/. "],
      ["s/content/pagina.11tydata.js", "Dit soort bestand mag niet in content/. "],
      ["s/content/stijl.css", "Dit soort bestand mag niet in content/. "],
      ["s/content/wachtwoorden.pdf", "Snelkoppelingen (symbolic links) zijn ni"],
    ]);
    expect(report.assets).toEqual(["/logo.svg"]); // an SVG is an image, once its safety check passed (images.test.ts)
  });

  it("reuses an earlier parse only while the file's bytes and the site's assets are unchanged", async () => {
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } })
      .jpeg()
      .toBuffer();
    const dir = await site({
      "content/a.md": "---\ntitel: A\nsamenvatting: Kort.\n---\n![Een foto](/afbeeldingen/x.jpg)\n",
      "content/nieuws/b.md": nieuws("B"),
      "content/afbeeldingen/x.jpg": photo,
    });
    const options = { baseTexts: false, displayDir: "s" } as const;
    const parsed: ParsedFiles = new Map();
    const first = await checkSite(dir, { ...options, parsed });
    expect(first).toEqual(await checkSite(dir, options));
    expect([...parsed.keys()].sort()).toEqual(["a.md", "nieuws/b.md"]);

    const entry = (report: typeof first, path: string) => report.entries.find((e) => e.path === path);
    const again = await checkSite(dir, { ...options, parsed });
    expect(entry(again, "a.md")).toBe(entry(first, "a.md"));
    expect(entry(again, "nieuws/b.md")).toBe(entry(first, "nieuws/b.md"));

    await writeFile(join(dir, "content/nieuws/b.md"), nieuws("B").replace("2026-03-01", "2026-13-45"));
    const changed = await checkSite(dir, { ...options, parsed });
    expect(changed).toEqual(await checkSite(dir, options));
    expect(changed.problems.filter((p) => p.severity === "error").map((p) => [p.file, p.field])).toEqual([["s/content/nieuws/b.md", "datum"]]);
    expect(entry(changed, "a.md")).toBe(entry(first, "a.md"));

    // a.md did not change, but the image it shows is gone: parsed again, against the new assets.
    await rm(join(dir, "content/afbeeldingen/x.jpg"));
    const withoutPhoto = await checkSite(dir, { ...options, parsed });
    expect(withoutPhoto).toEqual(await checkSite(dir, options));
    expect(withoutPhoto.problems.filter((p) => p.severity === "error").map((p) => p.file)).toContain("s/content/a.md");

    await rm(join(dir, "content/nieuws/b.md"));
    await checkSite(dir, { ...options, parsed });
    expect([...parsed.keys()]).toEqual(["a.md"]);
  });

  it("throws a ContentError with only the errors for the build", async () => {
    const dir = await site({ "content/a.md": "---\ntitel: A\n---\n[klik hier](javascript:x)\n" });
    const error = await assertValidSite(dir, { baseTexts: false, displayDir: "s" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual([["s/content/a.md", 4, "tekst", "error"]]);
    expect((error as ContentError).message).toMatch(/^Ongeldige inhoud:\ns\/content\/a.md:4:13  tekst  Een link met 'javascript:'/);
  });
});
