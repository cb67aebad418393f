import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { imageDisplayWidth } from "@werkcentrum/theme";
import { ACCEPTED_FORMATS, inspectImage, MAX_IMAGE_PIXELS, readVerdict, sha256, writeVerdict, type ImageVerdict } from "./image-verdicts.js";
import { fileExtension, imageExtensions } from "./paths.js";
import type { ContentProblem } from "./problem.js";
import { svgProblem } from "./svg-safety.js";

export { MAX_IMAGE_PIXELS };

/** Largest image file an editor may put in `content/`: a camera JPEG is 2–8 MB; 20 MB leaves room, a RAW-size file does not fit. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** The formats the site accepts, as sharp names them (sharp calls AVIF `heif` with AV1 compression). */
export type ImageFormat = (typeof ACCEPTED_FORMATS)[number];

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
  /**
   * sha256 (hex) of the bytes these facts describe. The build prepares and publishes exactly these bytes: it finds
   * their prepared files by this hash, and refuses a file that changed since it was checked
   * (packages/generator/src/images/prepare.ts).
   */
  sha256: string;
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

export interface ReadImagesOptions {
  /**
   * sha256 of files as the caller already read them, by path relative to the site folder (`content/afbeeldingen/…`;
   * SiteFiles.hashes). An image whose verdict is kept under that hash is not read again.
   */
  hashes?: ReadonlyMap<string, string> | undefined;
  /** The image cache folder where verdicts are kept (image-verdicts.ts); without it every image is decoded. */
  cache?: string | undefined;
}

/**
 * Reads every image in `content/` (`paths`, site paths) and says what is wrong with each: too large a file,
 * too many pixels, a format the site does not take, or a file that cannot be read to the end (damaged, or not an
 * image at all). Each image is decoded completely once (a small copy, which sharp makes while decoding), so a
 * damaged file is refused by `check`, not halfway through a build; with `options.cache`, what that found is kept
 * per content hash and an unchanged image is not decoded again (image-verdicts.ts). An SVG's safety check is made
 * on every read: it is cheap, and its rules change with this package.
 */
export async function readImages(
  siteDir: string,
  display: string,
  paths: readonly string[],
  options: ReadImagesOptions = {},
): Promise<{ images: ImageFacts[]; problems: ContentProblem[] }> {
  const images: ImageFacts[] = [];
  const problems: ContentProblem[] = [];
  const { cache } = options;
  for (const path of paths) {
    const file = join(siteDir, "content", path);
    const error = (message: string) =>
      problems.push({ file: `${display}/content${path}`, line: 1, column: 1, field: "", message, severity: "error" });
    const size = statSync(file).size;
    if (size > MAX_IMAGE_BYTES) {
      error(
        `Deze afbeelding is ${megabytes(size)} MB groot. De grens is ${megabytes(MAX_IMAGE_BYTES)} MB. Maak de foto kleiner, bijvoorbeeld 3000 pixels breed, en sla hem opnieuw op.`,
      );
      continue;
    }
    const svg = fileExtension(path) === "svg";
    // Known bytes first: a verdict kept under the hash the caller read needs no read at all.
    const known = svg ? undefined : options.hashes?.get(`content${path}`);
    let hash = known;
    let verdict = known && cache ? await readVerdict(cache, known) : undefined;
    if (!verdict) {
      const bytes = readFileSync(file);
      hash = sha256(bytes);
      if (svg) {
        // An SVG is published as it is, after the safety check; sharp (librsvg) reads it only once it passed.
        const unsafe = svgProblem(bytes.toString("utf8"));
        if (unsafe) {
          error(unsafe);
          continue;
        }
      }
      verdict = (cache && hash !== known ? await readVerdict(cache, hash) : undefined) ?? (await inspectImage(bytes));
      if (cache) await writeVerdict(cache, hash, verdict);
    }
    const refused = refusal(path, verdict);
    if (refused) error(refused);
    else if (verdict.readable)
      images.push({
        path,
        format: verdict.format as ImageFormat,
        width: verdict.width,
        height: verdict.height,
        hasAlpha: verdict.hasAlpha,
        sha256: hash!,
      });
  }
  return { images, problems };
}

/** The site's rules applied to what the bytes are: why the image cannot be published (Dutch), or undefined. */
function refusal(path: string, verdict: ImageVerdict): string | undefined {
  const unreadable = `Deze afbeelding kan niet worden gelezen: het bestand is beschadigd of onvolledig, of het is geen afbeelding. Open de afbeelding op uw computer, sla hem opnieuw op als ${formatNames}, en zet hem terug.`;
  if (!verdict.readable) return unreadable;
  const { format, width, height } = verdict;
  if (format === "svg" && fileExtension(path) !== "svg") {
    return `Dit bestand is een SVG-tekening, maar de naam eindigt niet op .svg. Geef het bestand de naam ${path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "")}.svg.`;
  }
  if (!(ACCEPTED_FORMATS as readonly string[]).includes(format)) {
    return `Dit bestand is een ${format.toUpperCase()}-bestand. De website neemt alleen ${formatNames}. Sla de afbeelding op als JPEG (foto's) of PNG (tekeningen).`;
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    return `Deze afbeelding heeft ${((width * height) / 1e6).toFixed(0)} megapixels (${width} × ${height}). De grens is ${MAX_IMAGE_PIXELS / 1e6} megapixels. Maak de foto kleiner, bijvoorbeeld 3000 pixels breed.`;
  }
  return verdict.decodes ? undefined : unreadable;
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
