import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { imageDisplayWidth } from "@werkcentrum/theme";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkSite } from "./check-site.js";
import { IMAGE_CHECK_FILE, sha256 } from "./image-verdicts.js";
import { MAX_IMAGE_BYTES } from "./images.js";
import { readSiteFiles } from "./site-files.js";
import { temporarySites } from "./test-site.js";

const site = temporarySites("wc-images-");

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#777", noise: { type: "gaussian", mean: 120, sigma: 30 } } })
    .jpeg()
    .toBuffer();
const news = (bron: string, body = "Tekst.") =>
  `---\ntitel: Banenmarkt\ndatum: 2026-03-01\nsamenvatting: Kort bericht.\nafbeelding:\n  bron: ${bron}\n  alt: Bezoekers bij de kramen van de banenmarkt\n---\n${body}\n`;
const problemsOf = async (files: Record<string, string | Buffer>) =>
  (await checkSite(await site(files), { baseTexts: false, displayDir: "s" })).problems.map(({ file, line, field, severity, message }) => ({
    file,
    line,
    field,
    severity,
    message,
  }));

describe("image checks", () => {
  it("reads a good photo into the model: format, size (after EXIF orientation) and transparency", async () => {
    const sideways = await sharp({ create: { width: 900, height: 700, channels: 3, background: "#888" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const dir = await site({ "content/nieuws/a.md": news("/afbeeldingen/a.jpg"), "content/afbeeldingen/a.jpg": sideways });
    const report = await checkSite(dir, { baseTexts: false });
    expect(report.problems).toEqual([]);
    expect(report.images).toEqual([
      { path: "/afbeeldingen/a.jpg", format: "jpeg", width: 700, height: 900, hasAlpha: false, sha256: sha256(sideways) },
    ]);
    expect(report.entries[0]!.images).toEqual([{ src: "/afbeeldingen/a.jpg", line: 6, column: 3, field: "afbeelding.bron" }]);
  });

  it("refuses a damaged file, a file that is no image and a format the site does not take, naming the file", async () => {
    const good = await photo(800, 600);
    const tiff = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#888" } })
      .tiff()
      .toBuffer();
    const problems = await problemsOf({
      "content/afbeeldingen/half.jpg": good.subarray(0, good.length / 2),
      "content/afbeeldingen/tekst.png": "dit is geen afbeelding",
      "content/afbeeldingen/scan.jpg": tiff,
    });
    expect(problems.map((p) => [p.file, p.severity, p.message.slice(0, 60)])).toEqual([
      ["s/content/afbeeldingen/half.jpg", "error", "Deze afbeelding kan niet worden gelezen: het bestand is besc"],
      ["s/content/afbeeldingen/scan.jpg", "error", "Dit bestand is een TIFF-bestand. De website neemt alleen JPE"],
      ["s/content/afbeeldingen/tekst.png", "error", "Deze afbeelding kan niet worden gelezen: het bestand is besc"],
    ]);
  });

  it("refuses a file over 20 MB and an image over 40 megapixels", async () => {
    const huge = await sharp({ create: { width: 8000, height: 5100, channels: 3, background: "#888" } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const problems = await problemsOf({
      "content/afbeeldingen/groot.jpg": Buffer.concat([await photo(100, 100), Buffer.alloc(MAX_IMAGE_BYTES)]),
      "content/afbeeldingen/poster.png": huge,
    });
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      [
        "s/content/afbeeldingen/groot.jpg",
        "Deze afbeelding is 20,0 MB groot. De grens is 20,0 MB. Maak de foto kleiner, bijvoorbeeld 3000 pixels breed, en sla hem opnieuw op.",
      ],
      [
        "s/content/afbeeldingen/poster.png",
        "Deze afbeelding heeft 41 megapixels (8000 × 5100). De grens is 40 megapixels. Maak de foto kleiner, bijvoorbeeld 3000 pixels breed.",
      ],
    ]);
  });

  it("warns where a page shows an image narrower than the text column, with file, line and field", async () => {
    const small = await photo(imageDisplayWidth - 72, 400);
    const problems = await problemsOf({
      "content/nieuws/a.md": news("/afbeeldingen/klein.jpg", "Eerste alinea.\n\n![Een kraam met folders op tafel](/afbeeldingen/klein.jpg)"),
      "content/afbeeldingen/klein.jpg": small,
      "content/afbeeldingen/groot.jpg": await photo(imageDisplayWidth, 400),
    });
    expect(problems).toEqual([
      {
        file: "s/content/nieuws/a.md",
        line: 6,
        field: "afbeelding.bron",
        severity: "warning",
        message: expect.stringContaining(`is ${imageDisplayWidth - 72} pixels breed, maar wordt tot ${imageDisplayWidth} pixels breed getoond`),
      },
      { file: "s/content/nieuws/a.md", line: 11, field: "tekst", severity: "warning", message: expect.stringContaining("/afbeeldingen/klein.jpg") },
    ]);
  });
});

describe("the image check's cache", () => {
  let cache: string;
  beforeEach(async () => {
    cache = await mkdtemp(join(tmpdir(), "wc-image-cache-"));
  });
  afterEach(async () => rm(cache, { recursive: true, force: true }));
  const unreadable = expect.stringMatching(/^Deze afbeelding kan niet worden gelezen: /);
  const entry = (bytes: Buffer) => join(cache, sha256(bytes), IMAGE_CHECK_FILE);
  const facts = async (dir: string, options: { files?: ReturnType<typeof readSiteFiles> } = {}) => {
    const report = await checkSite(dir, { baseTexts: false, displayDir: "s", imageCache: cache, ...options });
    return {
      images: report.images.map(({ path, width, sha256: hash }) => ({ path, width, hash })),
      problems: report.problems.map((p) => [p.file, p.message]),
    };
  };

  it("keeps what decoding found per content hash, and uses it the next time instead of decoding", async () => {
    const good = await photo(800, 600);
    const broken = good.subarray(0, good.length / 2);
    const dir = await site({ "content/afbeeldingen/a.jpg": good, "content/afbeeldingen/b.jpg": broken });
    const first = await facts(dir);
    expect(first.images).toEqual([{ path: "/afbeeldingen/a.jpg", width: 800, hash: sha256(good) }]);
    expect(first.problems).toEqual([["s/content/afbeeldingen/b.jpg", unreadable]]);
    // Both verdicts are kept, the refusal too (a damaged file is not decoded on every check either).
    expect(JSON.parse(await readFile(entry(good), "utf8"))).toEqual({
      sha256: sha256(good),
      verdict: { readable: true, format: "jpeg", width: 800, height: 600, hasAlpha: false, decodes: true },
    });
    expect(JSON.parse(await readFile(entry(broken), "utf8")).verdict).toMatchObject({ readable: true, decodes: false });

    // A kept verdict is used as it is: changed by hand here, it shows in the next check, which did not decode.
    const kept = JSON.parse(await readFile(entry(good), "utf8"));
    await writeFile(entry(good), JSON.stringify({ ...kept, verdict: { ...kept.verdict, width: 1234 } }));
    expect((await facts(dir)).images).toEqual([{ path: "/afbeeldingen/a.jpg", width: 1234, hash: sha256(good) }]);
  });

  it("never lets a changed file pass on the verdict of the bytes it had before", async () => {
    const good = await photo(800, 600);
    const dir = await site({ "content/afbeeldingen/a.jpg": good });
    await facts(dir);
    // The same name, other bytes: damaged now. The good verdict is not found under the new bytes' hash.
    const broken = Buffer.concat([good.subarray(0, 2000), Buffer.alloc(100)]);
    await writeFile(join(dir, "content/afbeeldingen/a.jpg"), broken);
    expect((await facts(dir)).problems).toEqual([["s/content/afbeeldingen/a.jpg", unreadable]]);
    // A good verdict put under the damaged file's hash, but naming other bytes, is not trusted either.
    await writeFile(entry(broken), await readFile(entry(good)));
    expect((await facts(dir)).problems).toEqual([["s/content/afbeeldingen/a.jpg", unreadable]]);
    // Nor is an entry that does not follow the schema.
    await writeFile(entry(broken), JSON.stringify({ sha256: sha256(broken), verdict: { readable: true, format: "jpeg" } }));
    expect((await facts(dir)).problems).toHaveLength(1);
  });

  it("with the folder as the build read it, finds the verdict by the hash read then, without reading the file again", async () => {
    const good = await photo(800, 600);
    const dir = await site({ "content/afbeeldingen/a.jpg": good });
    await facts(dir);
    const files = readSiteFiles(dir);
    // Damaged after the build read the folder: the model stays the one of the bytes the build read and hashed
    // (their prepared files are what the build publishes; packages/generator/src/images/prepare.ts).
    await writeFile(join(dir, "content/afbeeldingen/a.jpg"), "geen afbeelding");
    expect(await facts(dir, { files })).toEqual({ images: [{ path: "/afbeeldingen/a.jpg", width: 800, hash: sha256(good) }], problems: [] });
    // Without the snapshot, the check reads the file as it is now.
    expect((await facts(dir)).problems).toEqual([["s/content/afbeeldingen/a.jpg", unreadable]]);
  });

  it("checks an SVG's safety on every read, also when its verdict is kept", async () => {
    const drawing = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400"/></svg>';
    const dir = await site({ "content/afbeeldingen/kaart.svg": drawing });
    expect((await facts(dir)).images).toHaveLength(1);
    await writeFile(join(dir, "content/afbeeldingen/kaart.svg"), drawing.replace("<rect", '<rect onclick="alert(1)"'));
    expect((await facts(dir, { files: readSiteFiles(dir) })).problems).toEqual([
      ["s/content/afbeeldingen/kaart.svg", expect.stringContaining("het attribuut onclick")],
    ]);
  });
});

describe("SVG safety check", () => {
  const svg = (inner: string, head = "") =>
    `${head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="400">${inner}</svg>`;

  it("accepts a plain drawing with internal references, and reads its size", async () => {
    const drawing = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="800" height="400" fill="url(#g)"/><use href="#g"/><use xlink:href="#g"/><style>rect { fill: url(#g) }</style>',
    );
    const dir = await site({ "content/afbeeldingen/kaart.svg": drawing });
    const report = await checkSite(dir, { baseTexts: false });
    expect(report.problems).toEqual([]);
    expect(report.images).toEqual([
      { path: "/afbeeldingen/kaart.svg", format: "svg", width: 800, height: 400, hasAlpha: true, sha256: sha256(Buffer.from(drawing)) },
    ]);
  });

  it.each([
    ["a script", svg("<script>alert(1)</script>"), "het element <script>"],
    ["an event attribute", svg('<rect width="10" height="10" onclick="alert(1)"/>'), "het attribuut onclick"],
    ["a javascript: link", svg('<a href="javascript:alert(1)"><rect width="10" height="10"/></a>'), "een verwijzing naar javascript:alert(1)"],
    [
      "an external image",
      svg('<image xlink:href="https://tracker.example/pixel.png" width="10" height="10"/>'),
      "een verwijzing naar https://tracker.example/pixel.png",
    ],
    ["an external url() in a style", svg('<rect width="10" height="10" style="fill: url(https://tracker.example/x)"/>'), "een verwijzing in style"],
    ["@import in a <style>", svg("<style>@import url(https://fonts.example/a.css);</style>"), "een verwijzing in de stijl (<style>)"],
    ["a foreignObject", svg("<foreignObject><p>x</p></foreignObject>"), "het element <foreignObject>"],
    ["an animation that changes a link", svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'), "het element <set>"],
    ["a DOCTYPE with entities", svg("<rect/>", '<!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]>'), "een DOCTYPE-regel"],
  ])("refuses %s, naming the file", async (_name, text, part) => {
    const problems = await problemsOf({ "content/afbeeldingen/kaart.svg": text });
    expect(problems).toEqual([
      { file: "s/content/afbeeldingen/kaart.svg", line: 1, field: "", severity: "error", message: expect.stringContaining(part) },
    ]);
  });

  it("refuses a file named .svg that is not one, and an SVG with another name", async () => {
    const problems = await problemsOf({
      "content/afbeeldingen/foto.svg": await photo(800, 600),
      "content/afbeeldingen/tekening.png": svg("<rect/>"),
    });
    expect(problems.map((p) => [p.file, p.message.slice(0, 50)])).toEqual([
      ["s/content/afbeeldingen/foto.svg", "Dit bestand is geen SVG-afbeelding: het begint nie"],
      ["s/content/afbeeldingen/tekening.png", "Dit bestand is een SVG-tekening, maar de naam eind"],
    ]);
  });
});
