import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from "node:zlib";
import { compressibleExtensions } from "./content-types.js";
import { listFiles } from "./files.js";
import { writeAtomicSync } from "../output/atomic.js";
import { STATE_DIR } from "../output/versions.js";
import { hashedAssetPattern } from "./headers.js";

/** Brotli quality for everything but content-hashed assets; see brotliText. */
const PAGE_BROTLI_QUALITY = 5;

/**
 * Files smaller than this are sent as they are: below about a kilobyte the response (with its ~1 KB of security
 * headers) fits in one TCP segment either way, and compressing costs the server a file lookup.
 */
export const COMPRESS_MIN_BYTES = 1024;

/** gzip header byte 9 (RFC 1952 §2.3.1): the operating system. 3 = Unix, whatever the build machine runs. */
const GZIP_OS_OFFSET = 9;
const GZIP_OS_UNIX = 3;

// Compression is synchronous on purpose. A site is built by one builder thread that has nothing else to do
// meanwhile, and zlib's asynchronous calls cost about three times the CPU here: every stream allocates fresh
// buffers on a libuv pool thread, and on a 200-page site that meant some 30,000 page faults and 260 ms of CPU
// against 90 ms for the same output (docs/performance.md).

/**
 * Deterministic gzip: Node's zlib writes no file name and a zero mtime, so only the OS byte differs between
 * build machines (zlib puts 19 there on macOS); it is fixed to Unix so every machine produces the same bytes.
 */
export function gzipDeterministic(data: Buffer): Buffer {
  const out = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  out[GZIP_OS_OFFSET] = GZIP_OS_UNIX;
  return out;
}

/**
 * Brotli tuned for text. Quality 11 costs about 50 times the CPU of quality 5 for files some 9 % smaller
 * (docs/performance.md: 10.5 s against 0.2 s for one 200-page region), so it is kept for the content-hashed
 * assets, which are cached for a year; pages, rebuilt on every content change, get quality 5.
 */
export function brotliText(data: Buffer, quality: number = constants.BROTLI_MAX_QUALITY): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/**
 * Files that are the same from build to build (content-hashed theme assets, Pagefind's WebAssembly) get brotli's best
 * quality, which takes about a second for 150 KB. Each is compressed once: per builder thread in memory, and between
 * builds in `cacheDir` (`dist/.werkcentrum/brotli/<sha256 of the input>.br`), written whole (output/atomic.ts) so a
 * killed build leaves no half file. A cached file is used only when it decodes to the input, so a damaged one is made
 * again. Every use sets the file's modification time, so it says when a build last used the entry (pruneBrotliCache).
 */
const stableCache = new Map<string, Buffer>();

function brotliStable(data: Buffer, cacheDir: string | undefined): Buffer {
  const key = createHash("sha256").update(data).digest("hex");
  const file = cacheDir ? join(cacheDir, `${key}.br`) : undefined;
  const remembered = stableCache.get(key);
  if (remembered) {
    if (file) markUsed(file, remembered);
    return remembered;
  }
  let compressed = file ? readCached(file, key) : undefined;
  if (compressed) {
    markUsed(file!, compressed);
  } else {
    compressed = brotliText(data, constants.BROTLI_MAX_QUALITY);
    if (file) writeCached(file, compressed);
  }
  stableCache.set(key, compressed);
  return compressed;
}

function readCached(file: string, key: string): Buffer | undefined {
  try {
    const compressed = readFileSync(file);
    return createHash("sha256").update(brotliDecompressSync(compressed)).digest("hex") === key ? compressed : undefined;
  } catch {
    return undefined; // not there yet, or not brotli: compress again
  }
}

function writeCached(file: string, compressed: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeAtomicSync(file, compressed);
  } catch {
    // A cache that cannot be written only costs the next build time; the output is complete either way.
  }
}

/** Notes that a build used the entry `file` now; writes it again when it is gone (pruned, or removed by hand). */
function markUsed(file: string, compressed: Buffer): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    writeCached(file, compressed);
  }
}

/** Where best-quality brotli output is kept between builds (see brotliStable). */
export const brotliCacheDir = (outDir: string): string => join(outDir, STATE_DIR, "brotli");

/** The name of a cache entry; anything else in the cache folder is a leftover of a killed write. */
const CACHE_ENTRY = /^[0-9a-f]{64}\.br$/;

/**
 * The coarsest modification time a file system keeps (FAT: 2 seconds): an entry used at the very start of a build
 * may carry a time up to this much before it.
 */
const MTIME_GRANULARITY_MS = 2_000;

/**
 * Removes from the brotli cache of `outDir` what killed writes left (temporary files, anything that is not an
 * entry) and, given `unusedSince` (epoch milliseconds), every entry no build used since then. Returns the paths
 * removed. Call it only with the build lock held (output/lock.ts): every build that writes the cache holds it.
 */
export async function pruneBrotliCache(outDir: string, unusedSince?: number): Promise<string[]> {
  const dir = brotliCacheDir(outDir);
  const removed: string[] = [];
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    const path = join(dir, name);
    if (CACHE_ENTRY.test(name)) {
      if (unusedSince === undefined) continue;
      const used = await stat(path).then(
        (info) => info.mtimeMs,
        () => undefined,
      );
      if (used === undefined || used >= unusedSince - MTIME_GRANULARITY_MS) continue;
    }
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

export interface CompressOptions {
  /** Whether `path` (relative to the site) is the same from build to build: best quality, cached. Content-hashed assets always are. */
  stable?: (path: string) => boolean;
  /** See brotliStable; without it the best-quality output is only remembered by this thread. */
  cacheDir?: string;
}

export interface CompressReport {
  /** Files that got a `.gz` and a `.br` twin. */
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Whether a file in a built site is one to precompress: a text type, or one of `extensions`, of at least COMPRESS_MIN_BYTES. */
export function isCompressible(path: string, size: number, extensions: ReadonlySet<string> = compressibleExtensions): boolean {
  return size >= COMPRESS_MIN_BYTES && extensions.has(extname(path).slice(1).toLowerCase());
}

export interface PrecompressOptions extends CompressOptions {
  /** Paths that start with one of these (relative to the folder, `pagefind/`) are skipped. */
  exclude?: readonly string[];
  /** The extensions to compress, when not the text types (compressibleExtensions). */
  extensions?: ReadonlySet<string>;
}

/**
 * The `.gz` and `.br` twins of one file of a built site (`path` relative to the site, `data` its bytes): gzip at
 * level 9, brotli at quality 11 for content-hashed assets and other stable files, PAGE_BROTLI_QUALITY for the rest.
 */
export function compressTwins(path: string, data: Buffer, options: CompressOptions = {}): { gz: Buffer; br: Buffer } {
  const stable = hashedAssetPattern.test(`/${path}`) || (options.stable?.(path) ?? false);
  return { gz: gzipDeterministic(data), br: stable ? brotliStable(data, options.cacheDir) : brotliText(data, PAGE_BROTLI_QUALITY) };
}

/**
 * Writes `<file>.gz` and `<file>.br` next to every text file of at least COMPRESS_MIN_BYTES in `dir`, for nginx's
 * `gzip_static` and ngx_brotli's `brotli_static`. A twin that would not be smaller is left out.
 */
export async function precompress(dir: string, options: PrecompressOptions = {}): Promise<CompressReport> {
  const report: CompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const exclude = options.exclude ?? [];
  const extensions = options.extensions ?? compressibleExtensions;
  for (const file of await listFiles(dir)) {
    if (!extensions.has(extname(file).slice(1).toLowerCase()) || exclude.some((prefix) => file.startsWith(prefix))) continue;
    const path = join(dir, file);
    const data = readFileSync(path);
    if (!isCompressible(file, data.length, extensions)) continue;
    const { gz, br } = compressTwins(file, data, options);
    if (gz.length < data.length) writeFileSync(`${path}.gz`, gz);
    if (br.length < data.length) writeFileSync(`${path}.br`, br);
    report.files += 1;
    report.bytes += data.length;
    report.gzipBytes += Math.min(gz.length, data.length);
    report.brotliBytes += Math.min(br.length, data.length);
  }
  return report;
}
