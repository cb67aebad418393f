import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { checkSite, ContentError, IMAGE_CHECK_FILE } from "@werkcentrum/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cameraPhoto } from "../../../../scripts/images/camera-photo.mjs";
import { buildSite } from "../build.js";
import { tree } from "../output/test-helpers.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { imageCacheDir } from "./cache.js";
import { ENCODED_DIR, IMAGE_URL_DIR, prepareImages } from "./prepare.js";

// A 3000 × 2000 camera JPEG (with EXIF and GPS data) used by a news item and in a page's text.
const fixture = fileURLToPath(new URL("../../test/fixtures/voorbeeldregio/", import.meta.url));
const rijnmond = getSite("rijnmond")!;
let root: string;
let photo: Buffer;

const newsItem = [
  "---",
  "titel: Banenmarkt in de haven",
  "datum: 2026-03-01",
  "samenvatting: Veertig werkgevers zochten nieuwe collega's.",
  "afbeelding:",
  "  bron: /afbeeldingen/banenmarkt.jpg",
  "  alt: Bezoekers lopen langs de kramen van de banenmarkt",
  "---",
  "Veel mensen kwamen langs.",
  "",
  "![Een kraam met folders en een spandoek](/afbeeldingen/banenmarkt.jpg)",
  "",
].join("\n");

const drawing = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#2f5d7c"/></svg>\n';

async function project(name: string): Promise<ProjectPaths> {
  const paths = { sitesDir: join(root, name, "sites"), outDir: join(root, name, "dist") };
  const siteDir = join(paths.sitesDir, "rijnmond");
  await cp(fixture, siteDir, { recursive: true, filter: (source) => !source.includes("/demonstratie") });
  await mkdir(join(siteDir, "content/afbeeldingen"), { recursive: true });
  await writeFile(join(siteDir, "content/afbeeldingen/banenmarkt.jpg"), photo);
  await writeFile(join(siteDir, "content/nieuws/banenmarkt-haven.md"), newsItem);
  return paths;
}

/** The demonstration project with `images` added to content/afbeeldingen/, read as the build reads it. */
async function checkedWith(name: string, images: Record<string, Buffer>) {
  const paths = await project(name);
  const siteDir = join(paths.sitesDir, "rijnmond");
  for (const [file, bytes] of Object.entries(images)) await writeFile(join(siteDir, "content/afbeeldingen", file), bytes);
  const model = await checkSite(siteDir, { baseTexts: false });
  expect(model.errors).toBe(0);
  expect(model.images.map((image) => image.path)).toEqual(expect.arrayContaining(Object.keys(images).map((file) => `/afbeeldingen/${file}`)));
  return model;
}

beforeAll(async () => {
  process.env.WERKCENTRUM_BUILD_DATE = "2026-06-01";
  root = await mkdtemp(join(tmpdir(), "wc-images-"));
  photo = await cameraPhoto();
}, 60_000);
afterAll(async () => {
  delete process.env.WERKCENTRUM_BUILD_DATE;
  sharp.concurrency(0);
  await rm(root, { recursive: true, force: true });
});

describe("image pipeline", () => {
  it("turns a camera JPEG into AVIF, WebP and JPEG in three widths, without EXIF or GPS, from the cache the second time", async () => {
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const paths = await project("unit");
    await writeFile(join(paths.sitesDir, "rijnmond/content/afbeeldingen/plattegrond.svg"), drawing);
    const model = await checkSite(join(paths.sitesDir, "rijnmond"), { baseTexts: false });
    expect(model.errors).toBe(0);
    const out = join(root, "unit-out");
    const cache = join(root, "unit-cache");
    const first = await prepareImages(model, out, cache);
    expect([first.encoded, first.cached]).toEqual([1, 0]);
    const image = first.images.get("/afbeeldingen/banenmarkt.jpg")!;
    expect(image.width).toBe(1344);
    expect(image.height).toBe(896);
    expect(image.sources.map((source) => source.type)).toEqual(["image/avif", "image/webp"]);
    expect(image.fallback.type).toBe("image/jpeg");
    const urls = [...image.sources.flatMap((source) => source.srcset.split(", ")), ...image.fallback.srcset.split(", ")].map(
      (item) => item.split(" ")[0]!,
    );
    expect(urls).toHaveLength(9);
    for (const url of urls) expect(url).toMatch(/^\/assets\/afbeeldingen\/banenmarkt-(480|672|1344)\.[0-9a-f]{16}\.(avif|webp|jpg)$/);

    const published = (await readdir(join(out, IMAGE_URL_DIR))).filter((name) => !name.endsWith(".svg"));
    expect(published.sort()).toEqual(urls.map((url) => url.slice(IMAGE_URL_DIR.length)).sort());
    for (const file of [...published.map((name) => join(out, IMAGE_URL_DIR, name)), join(out, "afbeeldingen/banenmarkt.jpg")]) {
      const bytes = await readFile(file);
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(bytes.includes("Voorbeeldcamera"), file).toBe(false);
      expect(bytes.length, file).toBeLessThan(200 * 1024);
    }
    // The editor's address serves the largest JPEG, not the camera's file.
    expect(await readFile(join(out, "afbeeldingen/banenmarkt.jpg"))).toEqual(await readFile(join(out, image.fallback.src)));

    // An SVG is published byte for byte (check refused any with scripts or outside references).
    const svgImage = first.images.get("/afbeeldingen/plattegrond.svg")!;
    expect(svgImage).toMatchObject({ width: 300, height: 200, sources: [], fallback: { type: "image/svg+xml", srcset: "" } });
    expect(svgImage.fallback.src).toMatch(/^\/assets\/afbeeldingen\/plattegrond\.[0-9a-f]{16}\.svg$/);
    expect(await readFile(join(out, svgImage.fallback.src), "utf8")).toBe(drawing);
    expect(await readFile(join(out, "afbeeldingen/plattegrond.svg"), "utf8")).toBe(drawing);

    const again = await prepareImages(model, join(root, "unit-out-2"), cache);
    expect([again.encoded, again.cached]).toEqual([0, 1]);
    expect(await tree(join(root, "unit-out-2"))).toEqual(await tree(out));
  }, 120_000);

  it("never enlarges a small image, keeps transparent parts in PNG, and turns a photo stored sideways upright", async () => {
    // 600 × 400 with a half-transparent half; 300 × 200 opaque; a 900 × 600 photo stored as 600 × 900 with EXIF orientation 6.
    const rgba = Buffer.alloc(600 * 400 * 4);
    for (let i = 0; i < 600 * 400; i++) rgba.set([47, 93, 124, i % 600 < 300 ? 255 : 128], i * 4);
    const model = await checkedWith("shapes", {
      "logo.png": await sharp(rgba, { raw: { width: 600, height: 400, channels: 4 } })
        .png()
        .toBuffer(),
      "klein.jpg": await sharp({ create: { width: 300, height: 200, channels: 3, background: "#c8553d" } })
        .jpeg()
        .toBuffer(),
      "gedraaid.jpg": await sharp(await cameraPhoto(600, 900, 2))
        .withMetadata({ orientation: 6 })
        .jpeg()
        .toBuffer(),
    });
    const out = join(root, "shapes-out");
    const { images } = await prepareImages(model, out, join(root, "shapes-cache"));
    expect(model.images.find((image) => image.path === "/afbeeldingen/gedraaid.jpg")).toMatchObject({ width: 900, height: 600 });
    const widths = (srcset: string) => srcset.split(", ").map((item) => Number(item.split(" ")[1]!.slice(0, -1)));

    const logo = images.get("/afbeeldingen/logo.png")!;
    expect(widths(logo.fallback.srcset)).toEqual([480, 600]);
    expect(logo.fallback).toMatchObject({ type: "image/png", width: 600, height: 400 });
    for (const source of logo.sources) expect(widths(source.srcset)).toEqual([480, 600]);
    const logoPixel = await sharp(join(out, logo.fallback.src)).extract({ left: 450, top: 200, width: 1, height: 1 }).raw().toBuffer();
    expect(logoPixel[3]).toBeGreaterThan(100);
    expect(logoPixel[3]).toBeLessThan(160); // half transparent, as drawn
    const avif = logo.sources[0]!.srcset.split(" ")[0]!;
    expect((await sharp(join(out, avif)).metadata()).hasAlpha).toBe(true);

    const klein = images.get("/afbeeldingen/klein.jpg")!;
    expect([klein.width, klein.height, klein.fallback.srcset.split(", ")]).toEqual([
      300,
      200,
      [expect.stringMatching(/-300\.[0-9a-f]{16}\.jpg 300w$/)],
    ]);

    const gedraaid = images.get("/afbeeldingen/gedraaid.jpg")!;
    expect(widths(gedraaid.fallback.srcset)).toEqual([480, 672, 900]);
    expect([gedraaid.width, gedraaid.height]).toEqual([900, 600]);
    for (const format of ["avif", "webp", "jpg"]) {
      const file = (await readdir(join(out, IMAGE_URL_DIR))).find((name) => name.startsWith("gedraaid-900.") && name.endsWith(`.${format}`))!;
      const meta = await sharp(join(out, IMAGE_URL_DIR, file)).metadata();
      expect([meta.width, meta.height, meta.orientation, meta.exif, meta.icc], file).toEqual([900, 600, undefined, undefined, undefined]);
    }
  }, 120_000);

  it("brings a print designer's CMYK JPEG, a greyscale scan and a 16-bit PNG into 8-bit sRGB", async () => {
    const red = () => sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 200, g: 40, b: 40 } } });
    const files = {
      "drukwerk.jpg": await red().toColourspace("cmyk").jpeg().toBuffer(),
      "scan.jpg": await red().toColourspace("b-w").jpeg().toBuffer(),
      "diep.png": await red().toColourspace("rgb16").png().toBuffer(),
    };
    expect(await Promise.all(Object.values(files).map(async (bytes) => (await sharp(bytes).metadata()).space))).toEqual(["cmyk", "b-w", "rgb16"]);
    const model = await checkedWith("colours", files);
    const out = join(root, "colours-out");
    const prepared = await prepareImages(model, out, join(root, "colours-cache"));
    for (const [path, image] of [...prepared.images].filter(([path]) => path !== "/afbeeldingen/banenmarkt.jpg")) {
      for (const url of [...image.sources.map((source) => source.srcset.split(", ").at(-1)!.split(" ")[0]!), image.fallback.src]) {
        const meta = await sharp(join(out, url)).metadata();
        expect([meta.space, meta.channels, meta.depth], `${path} → ${url}`).toEqual(["srgb", 3, "uchar"]);
      }
      const [r, g, b] = await sharp(join(out, image.fallback.src)).extract({ left: 10, top: 10, width: 1, height: 1 }).raw().toBuffer();
      if (path === "/afbeeldingen/scan.jpg") expect(r === g && g === b, path).toBe(true);
      else expect(r! - g!, path).toBeGreaterThan(120); // still red
    }
  }, 120_000);

  it("keeps each source's encoded files under the hash of its bytes, and refuses a file that changed after the check", async () => {
    const paths = await project("changed");
    const siteDir = join(paths.sitesDir, "rijnmond");
    await writeFile(join(siteDir, "content/afbeeldingen/plattegrond.svg"), drawing);
    const model = await checkSite(siteDir, { baseTexts: false });
    const cache = join(root, "changed-cache");
    const photoFacts = model.images.find((image) => image.format === "jpeg")!;
    expect(photoFacts.sha256).toBe(createHash("sha256").update(photo).digest("hex"));

    // Replaced between the check and the build (a photo by a damaged file, the drawing by one with a script): the
    // checked bytes are gone, so nothing is published.
    await writeFile(join(siteDir, "content/afbeeldingen/banenmarkt.jpg"), photo.subarray(0, 5000));
    const error = await prepareImages(model, join(root, "changed-out"), cache).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/content\/afbeeldingen\/banenmarkt\.jpg$/),
        message: "Deze afbeelding is veranderd terwijl de site werd gebouwd. Bouw de site opnieuw.",
      }),
    ]);
    await writeFile(join(siteDir, "content/afbeeldingen/banenmarkt.jpg"), photo);
    await writeFile(join(siteDir, "content/afbeeldingen/plattegrond.svg"), drawing.replace("<rect", '<rect onload="alert(1)"'));
    await expect(prepareImages(model, join(root, "changed-out-2"), cache)).rejects.toBeInstanceOf(ContentError);

    // The photo, back as it was checked, was encoded in that second attempt before the drawing was refused, into
    // <sha256 of its bytes>/encoded-<settings>/; with the drawing back too, it comes from there.
    await writeFile(join(siteDir, "content/afbeeldingen/plattegrond.svg"), drawing);
    const prepared = await prepareImages(model, join(root, "changed-out-3"), cache);
    expect([prepared.encoded, prepared.cached]).toEqual([0, 1]);
    expect(await readdir(cache)).toEqual([photoFacts.sha256]);
    expect(await readdir(join(cache, photoFacts.sha256))).toEqual([ENCODED_DIR]);
    expect(await readdir(join(cache, photoFacts.sha256, ENCODED_DIR))).toHaveLength(10); // 9 files and manifest.json
  }, 120_000);

  it("builds byte-identical sites from clean caches, also with a different number of encoder threads", async () => {
    const a = await project("a");
    const first = await buildSite(rijnmond, a);
    sharp.concurrency(1); // another machine: one libvips thread instead of one per core
    const b = await project("b");
    const second = await buildSite(rijnmond, b);
    sharp.concurrency(0);
    const [treeA, treeB] = [await tree(first.outputDir), await tree(second.outputDir)];
    expect(Object.keys(treeA)).toEqual(Object.keys(treeB));
    expect(
      Object.entries(treeA)
        .filter(([file, hash]) => treeB[file] !== hash)
        .map(([file]) => file),
    ).toEqual([]);
    expect(Object.keys(treeA).filter((file) => file.startsWith("assets/afbeeldingen/"))).toHaveLength(9);
    // One cache entry, the photo's: what the check found and what the encoders made, both kept for the next build.
    const sources = await readdir(imageCacheDir(a.outDir));
    expect(sources).toEqual([createHash("sha256").update(photo).digest("hex")]);
    expect(await readdir(join(imageCacheDir(a.outDir), sources[0]!))).toEqual([IMAGE_CHECK_FILE, ENCODED_DIR].sort());

    const html = await readFile(join(first.outputDir, "nieuws/banenmarkt-haven/index.html"), "utf8");
    const pictures = html.match(/<picture>[\s\S]*?<\/picture>/g) ?? [];
    expect(pictures).toHaveLength(2);
    // The news figure is on the first screen; the body image loads lazily.
    expect(pictures[0]).toMatch(
      /<img class="wc-figure__image" src="\/assets\/afbeeldingen\/banenmarkt-1344\.[0-9a-f]{16}\.jpg" srcset="[^"]+ 480w, [^"]+ 672w, [^"]+ 1344w" sizes="[^"]+" width="1344" height="896" alt="Bezoekers lopen langs de kramen van de banenmarkt" fetchpriority="high" decoding="async">/,
    );
    expect(pictures[1]).toContain('alt="Een kraam met folders en een spandoek" loading="lazy" decoding="async"');
    expect(pictures[0]).toContain('<source type="image/avif" srcset="/assets/afbeeldingen/banenmarkt-480.');
    expect(html).toMatch(
      /<meta property="og:image" content="https:\/\/rijnmond\.werkcentrum\.nl\/assets\/afbeeldingen\/banenmarkt-1344\.[0-9a-f]{16}\.jpg">/,
    );
    expect(html).toContain('<meta property="og:image:alt" content="Bezoekers lopen langs de kramen van de banenmarkt">');
  }, 240_000);
});
