import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { imageDisplayWidth } from "@werkcentrum/theme";
import { fileExtension, imageExtensions } from "./paths.js";
import type { ContentProblem } from "./problem.js";
import { svgProblem } from "./svg-safety.js";

/** Largest image file an editor may put in `content/`: a camera JPEG is 2–8 MB; 20 MB leaves room, a RAW-size file does not fit. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Most pixels an image may have (width × height): 40 megapixels, more than any phone camera makes. Decoding more costs the build too much memory. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The formats the site accepts, as sharp names them (sharp calls AVIF `heif` with AV1 compression). */
export type ImageFormat = "jpeg" | "png" | "webp" | "gif" | "avif" | "svg";

/** What the model knows of one image in `content/`: read from the file once, by `checkSite`. */
export interface ImageFacts {
  /** Site path, as editors write it: `/afbeeldingen/foto.jpg`. */
  path: string;
  format: ImageFormat;
  /** Pixels, after the EXIF orientation is applied (a portrait photo stored sideways counts as portrait). */
  width: number;
  height: number;
  /** Whether the image has transparent parts (it then stays PNG, not JPEG, in the fallback). */
  hasAlpha: boolean;
}

/** Where an entry shows an image: the site path and the place in the editor's file, for warnings. */
export interface ImageUse {
  src: string;
  line: number;
  column: number;
  /** `afbeelding.bron`, or `tekst` for an image in the Markdown body. */
  field: string;
}

/** Whether a site path names an image the build prepares (rather than a download that is copied as it is). */
export const isImagePath = (path: string): boolean => (imageExtensions as readonly string[]).includes(fileExtension(path));

const formatNames = "JPEG, PNG, WebP, GIF, AVIF of SVG";

/**
 * Reads every image in `content/` (`paths`, site paths) and says what is wrong with each: too large a file,
 * too many pixels, a format the site does not take, or a file that cannot be read to the end (damaged, or not an
 * image at all). Each image is decoded completely here (a small copy, which sharp makes while decoding), so a
 * damaged file is refused by `check`, not halfway through a build.
 */
export async function readImages(siteDir: string, display: string, paths: readonly string[]): Promise<{ images: ImageFacts[]; problems: ContentProblem[] }> {
  const images: ImageFacts[] = [];
  const problems: ContentProblem[] = [];
  for (const path of paths) {
    const file = join(siteDir, "content", path);
    const error = (message: string) => problems.push({ file: `${display}/content${path}`, line: 1, column: 1, field: "", message, severity: "error" });
    const bytes = statSync(file).size;
    if (bytes > MAX_IMAGE_BYTES) {
      error(`Deze afbeelding is ${megabytes(bytes)} MB groot. De grens is ${megabytes(MAX_IMAGE_BYTES)} MB. Maak de foto kleiner, bijvoorbeeld 3000 pixels breed, en sla hem opnieuw op.`);
      continue;
    }
    if (fileExtension(path) === "svg") {
      // An SVG is published as it is, after the safety check; sharp (librsvg) reads its size only once it passed.
      const unsafe = svgProblem(readFileSync(file, "utf8"));
      if (unsafe) {
        error(unsafe);
        continue;
      }
    }
    let facts: ImageFacts;
    try {
      const meta = await sharp(file).metadata();
      const format = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format;
      if (format === "svg" && fileExtension(path) !== "svg") {
        error(`Dit bestand is een SVG-tekening, maar de naam eindigt niet op .svg. Geef het bestand de naam ${path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "")}.svg.`);
        continue;
      }
      if (!(["jpeg", "png", "webp", "gif", "avif", "svg"] as const).includes(format as ImageFormat)) {
        error(`Dit bestand is een ${String(format).toUpperCase()}-bestand. De website neemt alleen ${formatNames}. Sla de afbeelding op als JPEG (foto's) of PNG (tekeningen).`);
        continue;
      }
      const sideways = (meta.orientation ?? 1) >= 5;
      const width = (sideways ? meta.height : meta.width) ?? 0;
      const height = (sideways ? meta.width : meta.height) ?? 0;
      if (width * height > MAX_IMAGE_PIXELS) {
        error(`Deze afbeelding heeft ${(width * height / 1e6).toFixed(0)} megapixels (${width} × ${height}). De grens is ${MAX_IMAGE_PIXELS / 1e6} megapixels. Maak de foto kleiner, bijvoorbeeld 3000 pixels breed.`);
        continue;
      }
      facts = { path, format: format as ImageFormat, width, height, hasAlpha: meta.hasAlpha ?? false };
      // Decode to the end: a cut-off or damaged file fails here. failOn "error": harmless warnings some cameras
      // cause ("extraneous bytes") do not refuse a photo that shows fine everywhere.
      await sharp(file, { failOn: "error" }).resize({ width: 64, withoutEnlargement: true }).raw().toBuffer();
    } catch {
      error(`Deze afbeelding kan niet worden gelezen: het bestand is beschadigd of onvolledig, of het is geen afbeelding. Open de afbeelding op uw computer, sla hem opnieuw op als ${formatNames}, en zet hem terug.`);
      continue;
    }
    images.push(facts);
  }
  return { images, problems };
}

/** Warnings for images shown wider than they are: the browser stretches them and they look blurred. */
export function narrowImageProblems(file: string, uses: readonly ImageUse[], images: ReadonlyMap<string, ImageFacts>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const use of uses) {
    const image = images.get(use.src);
    // An SVG is sharp at any width.
    if (!image || image.format === "svg" || image.width >= imageDisplayWidth) continue;
    problems.push({
      file,
      line: use.line,
      column: use.column,
      field: use.field,
      message: `De afbeelding ${use.src} is ${image.width} pixels breed, maar wordt tot ${imageDisplayWidth} pixels breed getoond. Dan ziet hij er wazig uit. Gebruik een afbeelding van minstens ${imageDisplayWidth} pixels breed (liefst ${2 * imageDisplayWidth}).`,
      severity: "warning",
    });
  }
  return problems;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 100 * 1024 * 1024 ? 1 : 0).replace(".", ",");
