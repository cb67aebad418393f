import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ContentError, type ImageFacts, type SiteReport } from "@werkcentrum/content";
import { imageDisplayWidth } from "@werkcentrum/theme";
import sharp from "sharp";
import { displayPath } from "../paths.js";

/**
 * The image pipeline. Every image in the site model (`model.images`, which `checkSite` read and checked)
 * becomes AVIF and WebP plus a JPEG (or PNG, when it has transparent parts) fallback in a few widths, made with
 * sharp (`encodeAll`): it gets the file the model lists, never a page to search, so the model stays the one source
 * of what is published. The editor's file itself is never published: its EXIF and GPS data would be. Its own
 * address (`/afbeeldingen/foto.jpg`, which a link may use) gets the largest fallback instead.
 *
 * Deterministic: fixed encoder settings, no metadata (the EXIF orientation and any colour profile are applied to
 * the pixels, then dropped with the rest), names from a hash of the source bytes and the settings. Incremental:
 * what one source and one set of settings give is kept in a cache folder next to the
 * build record (`dist/.werkcentrum/images/<sha256 of the source>/encoded-<settings>/`, images/cache.ts), so an
 * unchanged image is never encoded twice. The cache entry is found by the hash `check` recorded for the bytes it
 * checked (ImageFacts.sha256), so what is published is made from exactly those bytes: a file that changed since is
 * refused, never encoded unchecked.
 */

/** Where the prepared files are published: under /assets/, whose content-hashed names nginx serves as immutable. */
export const IMAGE_URL_DIR = "/assets/afbeeldingen/";

/**
 * Widths made of every image (never wider than the source): a phone (480), the text column at 1× and at 2× (for
 * high-density screens). The largest fallback is also the page's og:image.
 */
export const IMAGE_WIDTHS = [480, imageDisplayWidth, 2 * imageDisplayWidth] as const;

/**
 * Encoder settings, fixed so that one source always gives the same bytes. Qualities are sharp's defaults for AVIF
 * and WebP. AVIF effort 2, not sharp's default 4: on a 3000 × 2000 photo scaled to 1344 wide, effort 4 took ten
 * times as long (3.7 s against 0.37 s on this project's 2-core machine) for a file of the same size
 * (docs/performance.md). `failOn: "error"` is the rule `check` decoded the file with.
 */
export const IMAGE_SETTINGS = {
  widths: IMAGE_WIDTHS,
  failOn: "error",
  avif: { quality: 50, effort: 2, chromaSubsampling: "4:2:0" },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 75, mozjpeg: true },
  png: { compressionLevel: 9, adaptiveFiltering: true, palette: false },
} as const;

type Format = "avif" | "webp" | "jpeg" | "png";

/** The formats of the <source> elements, best first; the JPEG or PNG fallback is the <img>. */
const SOURCE_FORMATS = ["avif", "webp"] as const;

/** One image as the theme's `wcPicture` (helpers/picture.njk) shows it. */
export interface PreparedImage {
  /** The largest output's size: width and height of the <img>. */
  width: number;
  height: number;
  /** AVIF, then WebP: the browser takes the first it knows. */
  sources: { type: string; srcset: string }[];
  /** JPEG or PNG: the <img>'s src (the largest width) and srcset. Also the page's og:image. */
  fallback: { type: string; src: string; srcset: string; width: number; height: number };
}

/** What the cache keeps per source and settings: the prepared image and the files that make it. */
interface CacheManifest {
  image: PreparedImage;
  files: string[];
}

export interface PrepareResult {
  images: Map<string, PreparedImage>;
  /** Raster images encoded in this run (the rest came from the cache; an SVG is never encoded). */
  encoded: number;
  cached: number;
}

/**
 * The part of every cache key and file name that is not the source: settings, the encoders' versions and the
 * pipeline's own version (`pipeline`, raised when `encodeAll` makes other pixels from the same settings).
 */
export const settingsKey = createHash("sha256")
  .update(JSON.stringify({ IMAGE_SETTINGS, pipeline: 2, sharp: sharp.versions.sharp, vips: sharp.versions.vips }))
  .digest("hex");

/** The folder, inside a source's cache folder (images/cache.ts), of what these settings make of it. */
export const ENCODED_DIR = `encoded-${settingsKey.slice(0, 16)}`;

/**
 * Prepares every image of `model` into `outputDir` (the site's output being written), reusing `cacheDir`. Writes
 * `<outputDir>/assets/afbeeldingen/<name>-<width>.<hash>.<format>` and, at each editor's address, the largest
 * fallback. A cache entry is written into a temporary folder and renamed into place, so a killed build never leaves
 * half an entry.
 */
export async function prepareImages(model: Pick<SiteReport, "siteDir" | "images">, outputDir: string, cacheDir: string): Promise<PrepareResult> {
  const images = new Map<string, PreparedImage>();
  let encoded = 0;
  for (const facts of model.images) {
    const source = join(model.siteDir, "content", facts.path);
    if (facts.format === "svg") {
      images.set(facts.path, await publishSvg(facts, await checkedBytes(source, facts), outputDir));
      continue;
    }
    const entryDir = join(cacheDir, facts.sha256, ENCODED_DIR); // the cache's layout: images/cache.ts
    let manifest = await readManifest(entryDir);
    if (!manifest) {
      const bytes = await checkedBytes(source, facts);
      // File names carry a hash of the settings and the bytes: new settings give new names, which nginx serves as immutable.
      const hash = createHash("sha256").update(settingsKey).update(bytes).digest("hex").slice(0, 16);
      manifest = await encode(bytes, facts, hash, entryDir);
      encoded++;
    }
    const published = join(outputDir, IMAGE_URL_DIR);
    await mkdir(published, { recursive: true });
    for (const file of manifest.files) await copyFile(join(entryDir, file), join(published, file));
    const original = join(outputDir, facts.path);
    await mkdir(dirname(original), { recursive: true });
    await copyFile(join(entryDir, manifest.image.fallback.src.slice(IMAGE_URL_DIR.length)), original);
    images.set(facts.path, manifest.image);
  }
  return { images, encoded, cached: model.images.filter((image) => image.format !== "svg").length - encoded };
}

/**
 * The source's bytes, when they are still the ones `check` read (ImageFacts.sha256). A file replaced during the
 * build would otherwise be published without its check: an SVG with a script, a damaged photo.
 */
async function checkedBytes(source: string, facts: ImageFacts): Promise<Buffer> {
  const bytes = await readFile(source);
  if (createHash("sha256").update(bytes).digest("hex") !== facts.sha256) {
    const file = displayPath(source);
    throw new ContentError([
      {
        file,
        line: 1,
        column: 1,
        field: "",
        severity: "error",
        message: "Deze afbeelding is veranderd terwijl de site werd gebouwd. Bouw de site opnieuw.",
      },
    ]);
  }
  return bytes;
}

/**
 * An SVG is published unchanged (`check` refused any with scripts or outside references): under a content-hashed
 * name for the pages, and at the editor's address. Nothing to encode, so nothing to cache.
 */
async function publishSvg(facts: ImageFacts, bytes: Buffer, outputDir: string): Promise<PreparedImage> {
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const name = `${facts.path.slice(facts.path.lastIndexOf("/") + 1).replace(/\.svg$/, "")}.${hash}.svg`;
  await mkdir(join(outputDir, IMAGE_URL_DIR), { recursive: true });
  await writeFile(join(outputDir, IMAGE_URL_DIR, name), bytes);
  await mkdir(dirname(join(outputDir, facts.path)), { recursive: true });
  await writeFile(join(outputDir, facts.path), bytes);
  const src = `${IMAGE_URL_DIR}${name}`;
  return {
    width: facts.width,
    height: facts.height,
    sources: [],
    fallback: { type: "image/svg+xml", src, srcset: "", width: facts.width, height: facts.height },
  };
}

async function readManifest(entryDir: string): Promise<CacheManifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(entryDir, "manifest.json"), "utf8")) as CacheManifest;
    if (manifest.files.every((file) => existsSync(join(entryDir, file)))) return manifest;
  } catch {
    // No entry yet, or an unreadable one: encode again.
  }
  return undefined;
}

/**
 * The widths made of a source `width` px wide: every width of IMAGE_WIDTHS below it, and the source's own width when
 * a wider one was asked for, so an image is never enlarged (the rule of eleventy-img, which made the images before).
 */
function widthsFor(width: number): number[] {
  const below = IMAGE_WIDTHS.filter((candidate) => candidate < width);
  return IMAGE_WIDTHS.some((candidate) => candidate >= width) ? [...below, width] : below;
}

interface Output {
  format: Format;
  width: number;
  height: number;
  buffer: Buffer;
}

type Pixels = { data: Buffer; info: sharp.OutputInfo };
const pixelsOf = ({ data, info }: Pixels) => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

/**
 * Encodes one source into every format and width. Written with sharp directly, not with eleventy-img as before:
 * eleventy-img decodes the source again for each of the nine outputs of a photo, while this decodes it once, at the
 * largest width, and scales the smaller widths from those pixels. On a 3000 × 2000 camera photo that is about 0.40 s
 * of CPU against 0.65 s, for files of the same size (docs/performance.md, "Images").
 *
 * The pixels are turned upright by the EXIF orientation. sharp's output is 8-bit sRGB whatever the source (CMYK,
 * greyscale, 16 bit; an embedded colour profile is applied, then dropped), so no output carries EXIF, GPS or a
 * profile. Transparent parts stay (4 channels).
 */
async function encodeAll(source: Buffer, facts: ImageFacts, fallback: "jpeg" | "png"): Promise<Output[]> {
  const widths = widthsFor(facts.width);
  const upright: Pixels = await sharp(source, { failOn: IMAGE_SETTINGS.failOn })
    .rotate()
    .resize({ width: widths.at(-1)!, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const formats = [...SOURCE_FORMATS, fallback];
  const outputs: Output[] = [];
  for (const width of widths) {
    const pixels = width === upright.info.width ? upright : await pixelsOf(upright).resize({ width }).raw().toBuffer({ resolveWithObject: true });
    // The three encoders of one width run at once, each on a thread of its own (sharp runs every pipeline on Node's thread
    // pool, with one libvips thread on glibc Linux), so a builder alone on the machine uses every core.
    const buffers = await Promise.all(formats.map((format) => pixelsOf(pixels).toFormat(format, IMAGE_SETTINGS[format]).toBuffer()));
    formats.forEach((format, index) => outputs.push({ format, width: pixels.info.width, height: pixels.info.height, buffer: buffers[index]! }));
  }
  return outputs;
}

async function encode(source: Buffer, facts: ImageFacts, hash: string, entryDir: string): Promise<CacheManifest> {
  const fallback = facts.hasAlpha || facts.format === "png" || facts.format === "gif" ? "png" : "jpeg";
  const stem = facts.path.slice(facts.path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
  // Names carry the editor's file name (readable in a network panel) and the hex hash nginx's immutable rule wants.
  const named = (await encodeAll(source, facts, fallback)).map((output) => ({
    ...output,
    filename: `${stem}-${output.width}.${hash}.${output.format === "jpeg" ? "jpg" : output.format}`,
  }));
  // The entry is a folder of files, written aside and renamed into place whole (writeAtomic, output/atomic.ts, writes
  // one file); what a killed build leaves the cache prune removes (images/cache.ts).
  const tmp = `${entryDir}.tmp-${process.pid}-${Date.now()}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const files: string[] = [];
  for (const output of named) {
    await writeFile(join(tmp, output.filename), output.buffer);
    files.push(output.filename);
  }
  const srcset = (format: Format) =>
    named
      .filter((output) => output.format === format)
      .map((output) => `${IMAGE_URL_DIR}${output.filename} ${output.width}w`)
      .join(", ");
  const largest = named.findLast((output) => output.format === fallback)!;
  const image: PreparedImage = {
    width: largest.width,
    height: largest.height,
    sources: SOURCE_FORMATS.map((format) => ({ type: `image/${format}`, srcset: srcset(format) })),
    fallback: {
      type: `image/${fallback}`,
      src: `${IMAGE_URL_DIR}${largest.filename}`,
      srcset: srcset(fallback),
      width: largest.width,
      height: largest.height,
    },
  };
  const manifest: CacheManifest = { image, files: files.sort() };
  await writeFile(join(tmp, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  // A broken entry (a file deleted by hand) gives way; a complete one another thread just wrote is kept below.
  if (existsSync(entryDir) && !(await readManifest(entryDir))) await rm(entryDir, { recursive: true, force: true });
  try {
    await rename(tmp, entryDir);
  } catch (error) {
    // Another builder thread prepared the same image at the same time: its entry is as good as this one.
    await rm(tmp, { recursive: true, force: true });
    const theirs = await readManifest(entryDir);
    if (!theirs) throw error;
    return theirs;
  }
  return manifest;
}
