import { readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { compressibleExtensions } from "./content-types.js";
import { listFiles } from "./files.js";
import { hashedAssetPattern } from "./headers.js";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
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

/**
 * Deterministic gzip: Node's zlib writes no file name and a zero mtime, so only the OS byte differs between
 * build machines (zlib puts 19 there on macOS); it is fixed to Unix so every machine produces the same bytes.
 */
export async function gzipDeterministic(data: Buffer): Promise<Buffer> {
  const out = await gzipAsync(data, { level: constants.Z_BEST_COMPRESSION });
  out[GZIP_OS_OFFSET] = GZIP_OS_UNIX;
  return out;
}

/**
 * Brotli tuned for text. Quality 11 costs about 50 times the CPU of quality 5 for files some 9 % smaller
 * (docs/performance.md: 10.5 s against 0.2 s for one 200-page region), so it is kept for the content-hashed
 * assets, which are cached for a year; pages, rebuilt on every content change, get quality 5.
 */
export async function brotliText(data: Buffer, quality: number = constants.BROTLI_MAX_QUALITY): Promise<Buffer> {
  return brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

export interface CompressReport {
  /** Files that got a `.gz` and a `.br` twin. */
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Whether a file in a built site is one to precompress. */
export function isCompressible(path: string, size: number): boolean {
  return size >= COMPRESS_MIN_BYTES && compressibleExtensions.has(extname(path).slice(1).toLowerCase());
}

/**
 * Writes `<file>.gz` and `<file>.br` next to every text file of at least COMPRESS_MIN_BYTES in `dir`, for nginx's
 * `gzip_static` and ngx_brotli's `brotli_static`. A twin that would not be smaller is left out. zlib runs on
 * libuv's thread pool, so a few files are compressed at a time.
 */
export async function precompress(dir: string, concurrency = 8): Promise<CompressReport> {
  const report: CompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const queue = (await listFiles(dir)).filter((file) => compressibleExtensions.has(extname(file).slice(1).toLowerCase()));
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const data = await readFile(join(dir, file));
      if (!isCompressible(file, data.length)) continue;
      const quality = hashedAssetPattern.test(`/${file}`) ? constants.BROTLI_MAX_QUALITY : PAGE_BROTLI_QUALITY;
      const [gz, br] = await Promise.all([gzipDeterministic(data), brotliText(data, quality)]);
      if (gz.length < data.length) await writeFile(join(dir, `${file}.gz`), gz);
      if (br.length < data.length) await writeFile(join(dir, `${file}.br`), br);
      report.files += 1;
      report.bytes += data.length;
      report.gzipBytes += Math.min(gz.length, data.length);
      report.brotliBytes += Math.min(br.length, data.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}
