import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import writeFileAtomic from "write-file-atomic";
import { z } from "zod";

/**
 * What `check` learns by reading an image's bytes, kept per content hash so that an unchanged image is not decoded
 * again (decoding a 3000 × 2000 photo to the end takes about 0.15 s; docs/performance.md, "Images").
 *
 * The verdict is about the bytes only: what sharp says the file is, its size, and whether it decodes to the end. The
 * site's rules (which formats, how many megapixels, the Dutch messages, the file's name) are applied to it afresh on
 * every check (images.ts), so a change of rules never meets a stale verdict. An entry is found only through the
 * sha256 of the bytes it describes, so a changed file never finds the verdict of the old one; an entry that cannot
 * be read, does not match the schema or names other bytes counts as absent.
 *
 * Layout: `<cache>/<sha256 of the file>/check-<settings>.json`, in the folder of the generator's image cache
 * (packages/generator/src/images/prepare.ts keeps its encoded files next to it), which the build prunes.
 */

/** The formats the site takes, as sharp names them (sharp calls AVIF `heif` with AV1 compression; see images.ts). */
export const ACCEPTED_FORMATS = ["jpeg", "png", "webp", "gif", "avif", "svg"] as const;

/**
 * Most pixels an image may have (width × height): 40 megapixels, more than any phone camera makes. Decoding more costs
 * the build too much memory.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * How an image is decoded to prove it is whole. failOn "error": harmless warnings some cameras cause ("extraneous
 * bytes") do not refuse a photo that shows fine everywhere. A 64-pixel-wide copy: sharp decodes the whole file to
 * make it, and little memory is spent on the result.
 */
const DECODE = { failOn: "error", width: 64 } as const;

const verdictSchema = z.union([
  z.object({ readable: z.literal(false) }),
  z.object({
    readable: z.literal(true),
    format: z.string(),
    /** Pixels after the EXIF orientation is applied. */
    width: z.number().int().nonnegative(),
    height: z.number().int().nonnegative(),
    hasAlpha: z.boolean(),
    /** Whether the file decodes to the end; absent when it was not tried (a format or size the site refuses anyway). */
    decodes: z.boolean().optional(),
  }),
]);
const entrySchema = z.object({ sha256: z.string(), verdict: verdictSchema });

/** What reading one image's bytes found, before the site's rules are applied. */
export type ImageVerdict = z.infer<typeof verdictSchema>;

/**
 * Everything besides the bytes that a verdict depends on: the decoder (sharp and libvips versions), how it decodes,
 * and what decides whether it decodes at all. Part of the entry's file name, so other settings never meet.
 */
const settingsKey = createHash("sha256")
  .update(JSON.stringify({ verdict: 1, sharp: sharp.versions, decode: DECODE, formats: ACCEPTED_FORMATS, maxPixels: MAX_IMAGE_PIXELS }))
  .digest("hex")
  .slice(0, 16);

/** The name of the verdict file inside a source's cache folder, with the current settings. */
export const IMAGE_CHECK_FILE = `check-${settingsKey}.json`;

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Reads `bytes` as an image and says what they are; never throws. */
export async function inspectImage(bytes: Buffer): Promise<ImageVerdict> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return { readable: false };
  }
  const format = meta.format === "heif" && meta.compression === "av1" ? "avif" : String(meta.format);
  const sideways = (meta.orientation ?? 1) >= 5;
  const width = (sideways ? meta.height : meta.width) ?? 0;
  const height = (sideways ? meta.width : meta.height) ?? 0;
  const found = { readable: true as const, format, width, height, hasAlpha: meta.hasAlpha ?? false };
  // A format the site refuses, or an image too large to decode safely, is refused without decoding it.
  if (!(ACCEPTED_FORMATS as readonly string[]).includes(format) || width * height > MAX_IMAGE_PIXELS) return found;
  try {
    await sharp(bytes, { failOn: DECODE.failOn }).resize({ width: DECODE.width, withoutEnlargement: true }).raw().toBuffer();
    return { ...found, decodes: true };
  } catch {
    return { ...found, decodes: false };
  }
}

const entryFile = (cache: string, hash: string) => join(cache, hash, IMAGE_CHECK_FILE);

/** The kept verdict of the bytes with sha256 `hash`, or undefined when there is none (or none that can be trusted). */
export async function readVerdict(cache: string, hash: string): Promise<ImageVerdict | undefined> {
  try {
    const entry = entrySchema.safeParse(JSON.parse(await readFile(entryFile(cache, hash), "utf8")));
    return entry.success && entry.data.sha256 === hash ? entry.data.verdict : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a verdict. Written whole (write-file-atomic: a temporary file, renamed), so a reader never sees half of one.
 * Best effort: the check works without the cache, so a cache that cannot be written (a read-only disk, a folder the
 * build is pruning at that moment) is left as it is; what a killed write leaves the build's prune removes.
 */
export async function writeVerdict(cache: string, hash: string, verdict: ImageVerdict): Promise<void> {
  const file = entryFile(cache, hash);
  try {
    await mkdir(join(cache, hash), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify({ sha256: hash, verdict })}\n`);
  } catch {
    // write-file-atomic removed its temporary file; the check goes on without the cache
  }
}
