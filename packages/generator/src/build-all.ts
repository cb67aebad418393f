import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ContentError, type ContentProblem, type SiteFiles } from "@werkcentrum/content";
import { buildSite } from "./build.js";
import { holdSearchService } from "./pages/search-index.js";
import { sharedFingerprint, siteInputs, type SiteInputs } from "./fingerprint.js";
import { OutputError, stateWriteError } from "./output/errors.js";
import { lockOutput } from "./output/lock.js";
import { tidyOutput } from "./output/versions.js";
import type { ProjectPaths } from "./paths.js";
import type { SiteDefinition } from "./sites.js";

/**
 * Building many sites at once (`werkcentrum build`, `npm run build`). Two things make it fast (issue 10):
 *
 * - Sites whose inputs did not change since their output was written are skipped: each site's fingerprint
 *   (fingerprint.ts) is recorded in `<outDir>/.werkcentrum/builds.json` next to the output.
 * - The sites that must be built share a few long-lived builders instead of one process each: `jobs` worker
 *   threads with a capped heap (BUILDER_HEAP_MB), each of which loads Eleventy and the generator once and then takes
 *   the next site from a shared queue (largest first), while this thread hands out the sites. Starting Node,
 *   Eleventy and the generator costs about a second, more than building a 200-page site. A single site is built in
 *   this thread.
 *
 * Worker threads are written by hand on `node:worker_threads` (a queue of site names and two message types): a
 * pool library would add a dependency for less code than its configuration.
 */

export interface BuildAllOptions {
  /** Builders working at once; default: the number of cores. */
  jobs?: number;
  /** Build every site, even when its recorded fingerprint matches. */
  force?: boolean;
  /** Called when a site is done, in the order they finish. */
  onSite?: (report: SiteBuildReport) => void;
  /**
   * Called with a Dutch line when this build waits for another one on the same output folder, or repaired what a
   * killed build left; default: printed on stderr.
   */
  onNotice?: (line: string) => void;
  /** How long to wait for another build on the same output folder before stopping (ms); default 15 minutes. */
  lockWaitMs?: number;
}

export interface SiteBuildReport {
  host: string;
  /** `built`, or `unchanged` when the output on disk was made from the same inputs. */
  status: "built" | "unchanged";
  pages: number;
  /** Content warnings of the site as built (an unchanged site: as recorded when it was built). */
  warnings: number;
  milliseconds: number;
}

export interface BuildAllResult {
  sites: SiteBuildReport[];
  /** Hosts built in this run (the others were unchanged). */
  built: string[];
  milliseconds: number;
}

/** `<outDir>/.werkcentrum/builds.json`: what each host's output was built from. Not published (a dot folder). */
export interface BuildRecord {
  version: 1;
  hosts: Record<string, { fingerprint: string; pages: number; warnings?: number }>;
  /** Hosts the latest run built; the benchmark reads which sites a change rebuilt from it. */
  lastBuilt: string[];
}

export function buildRecordFile(outDir: string): string {
  return join(outDir, ".werkcentrum", "builds.json");
}

async function readRecord(outDir: string): Promise<BuildRecord> {
  try {
    const record = JSON.parse(await readFile(buildRecordFile(outDir), "utf8")) as BuildRecord;
    if (record.version === 1 && typeof record.hosts === "object") return record;
  } catch {
    // No record (first build, dist/ deleted) or an unreadable one: build everything.
  }
  return { version: 1, hosts: {}, lastBuilt: [] };
}

/**
 * Applies this run's changes (an entry per host built, undefined per host that failed) to the record as it is on
 * disk now, not to the one read at the start: with the lock held they are the same, and should the lock have been
 * taken over, the other build's hosts are still kept. Written to a temporary file first, so an interrupted build
 * never leaves half a record.
 */
async function writeRecord(outDir: string, changes: Map<string, BuildRecord["hosts"][string] | undefined>, lastBuilt: string[]): Promise<void> {
  const file = buildRecordFile(outDir);
  const record = await readRecord(outDir);
  for (const [host, entry] of changes) {
    if (entry) record.hosts[host] = entry;
    else delete record.hosts[host];
  }
  const hosts = Object.fromEntries(Object.entries(record.hosts).sort(([a], [b]) => (a < b ? -1 : 1)));
  try {
    await mkdir(join(outDir, ".werkcentrum"), { recursive: true });
    await writeFile(`${file}.tmp`, `${JSON.stringify({ ...record, hosts, lastBuilt }, null, 2)}\n`);
    await rename(`${file}.tmp`, file);
  } catch (error) {
    throw stateWriteError(error, "Het bouwverslag builds.json", join(outDir, ".werkcentrum")) ?? error;
  }
}

/**
 * What went wrong in one site's build, in a form that crosses a thread boundary. `plain` marks a complete Dutch
 * message that needs no stack trace (an OutputError: a full or read-only disk).
 */
export type Failure = { host: string; problems: ContentProblem[] } | { host: string; message: string; plain?: true };

/** A failed build's error as a Failure: its content problems, an OutputError's message, or the error with its stack and causes. */
export function failureOf(host: string, error: unknown): Failure {
  if (error instanceof ContentError) return { host, problems: error.problems };
  if (error instanceof OutputError) return { host, message: error.message, plain: true };
  // inspect, not message: Eleventy wraps the real error in `cause`.
  return { host, message: inspect(error, { depth: 4 }) };
}

/** Messages between this thread and a builder thread (build-worker.ts). */
export type ToWorker = { slug: string; files: SiteFiles } | { done: true };
export type FromWorker =
  | { ready: true }
  | { slug: string; ok: true; pages: number; warnings: number; milliseconds: number }
  | { slug: string; ok: false; failure: Failure };

/** The built worker entry next to this module; absent when the generator runs from source (tests). */
const workerFile = fileURLToPath(new URL("./build-worker.js", import.meta.url));

/**
 * Builds `sites` into `paths.outDir`, skipping those whose output is up to date. Every site is tried; when some
 * fail, the others are still written and recorded, and the error names every failed site (a ContentError with all
 * content problems when that is all that went wrong). Each site's output is replaced atomically (buildSite).
 * One build at a time per output folder: a second waits for the first (output/lock.ts), then tidies what killed
 * builds left (output/versions.ts) before it reads builds.json.
 */
export async function buildSites(sites: readonly SiteDefinition[], paths: ProjectPaths, options: BuildAllOptions = {}): Promise<BuildAllResult> {
  const started = performance.now();
  const shared = await sharedFingerprint(paths);
  const inputs = new Map<string, SiteInputs>();
  await Promise.all(sites.map(async (site) => inputs.set(site.host, await siteInputs(site, paths, shared))));
  // One build at a time per output folder (output/lock.ts): waits for another, or stops with a Dutch message.
  const notice = options.onNotice ?? ((line: string) => console.error(line));
  const lock = await lockOutput(paths.outDir, { onWait: notice, ...(options.lockWaitMs === undefined ? {} : { waitMs: options.lockWaitMs }) });
  try {
    return await buildLocked(sites, paths, options, { started, inputs, notice });
  } finally {
    await lock.release();
    if (lock.compromised) notice(`Let op: een andere build nam het slot van ${paths.outDir} over terwijl deze liep. Bouw nog eens om zeker te zijn van de uitvoer.`);
  }
}

async function buildLocked(
  sites: readonly SiteDefinition[],
  paths: ProjectPaths,
  options: BuildAllOptions,
  { started, inputs, notice }: { started: number; inputs: Map<string, SiteInputs>; notice: (line: string) => void },
): Promise<BuildAllResult> {
  // What killed builds left: stray folders go, and an output that went missing gets its last complete version back
  // (and is rebuilt below, as its record may be older than that version).
  const tidied = await tidyOutput(paths.outDir);
  if (tidied.removed.length > 0) notice(`Opgeruimd: ${tidied.removed.length} achtergebleven map(pen) van een afgebroken build.`);
  for (const dir of tidied.relinked) notice(`Hersteld: ${dir} (een build werd afgebroken tijdens het vervangen).`);
  const relinked = new Set(tidied.relinked);
  const record = await readRecord(paths.outDir);

  const reports: SiteBuildReport[] = [];
  const report = (entry: SiteBuildReport) => {
    reports.push(entry);
    options.onSite?.(entry);
  };
  const stale: SiteDefinition[] = [];
  for (const site of sites) {
    const known = record.hosts[site.host];
    const output = join(paths.outDir, site.host);
    const upToDate = !options.force && known?.fingerprint === inputs.get(site.host)!.fingerprint && existsSync(output) && !relinked.has(output);
    if (upToDate) report({ host: site.host, status: "unchanged", pages: known.pages, warnings: known.warnings ?? 0, milliseconds: 0 });
    else stale.push(site);
    if (upToDate) inputs.get(site.host)!.files.text.clear(); // only a site that is built needs its texts
  }
  // Largest first, so no builder starts a big site when the others are nearly done.
  stale.sort((a, b) => inputs.get(b.host)!.count - inputs.get(a.host)!.count);

  const failures: Failure[] = [];
  const built: string[] = [];
  const changes = new Map<string, BuildRecord["hosts"][string] | undefined>();
  const succeed: Succeed = (site, { pages, warnings, milliseconds }) => {
    changes.set(site.host, { fingerprint: inputs.get(site.host)!.fingerprint, pages, warnings });
    built.push(site.host);
    report({ host: site.host, status: "built", pages, warnings, milliseconds });
  };
  const fail = (site: SiteDefinition, failure: Failure) => {
    changes.set(site.host, undefined); // its old output stays, but no longer counts as up to date
    failures.push(failure);
  };

  const queue = [...stale];
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), stale.length));
  // With more than one builder and a built worker file, every builder is a worker thread with a capped heap and
  // this thread only hands out the sites. This thread builds a single site, everything when running from source (as
  // in the tests), and whatever is left when every worker crashed.
  const filesOf = (site: SiteDefinition) => inputs.get(site.host)!.files;
  if (jobs > 1 && existsSync(workerFile)) await Promise.all(Array.from({ length: jobs }, () => buildInWorker(queue, paths, filesOf, succeed, fail)));
  await buildInThisThread(queue, paths, filesOf, succeed, fail);

  built.sort();
  await writeRecord(paths.outDir, changes, built);
  if (failures.length > 0) throw failureError(failures);
  return { sites: reports, built, milliseconds: performance.now() - started };
}

type Succeed = (site: SiteDefinition, result: { pages: number; warnings: number; milliseconds: number }) => void;
type Fail = (site: SiteDefinition, failure: Failure) => void;
type FilesOf = (site: SiteDefinition) => SiteFiles;

async function buildInThisThread(queue: SiteDefinition[], paths: ProjectPaths, filesOf: FilesOf, succeed: Succeed, fail: Fail): Promise<void> {
  if (queue.length === 0) return;
  const release = holdSearchService();
  try {
    for (let site = queue.shift(); site; site = queue.shift()) {
      try {
        const result = await buildSite(site, paths, filesOf(site));
        succeed(site, result);
      } catch (error) {
        fail(site, failureOf(site.host, error));
      }
    }
  } finally {
    await release();
  }
}

/**
 * The old-generation heap limit of a builder thread, in MB. V8 sizes its heap's growth against the limit, and with
 * Node's default (about 4 GB on a 24 GB machine) the builders held far more memory than they use. With 1.5 GB each,
 * a cold build of 36 × 200 pages peaked about 150 MB lower (620–629 MB against 757–798 MB for the node process and
 * Pagefind) for about 2 % more time (three alternating runs each; docs/performance.md, finding 11); 1 GB saved
 * only 10 MB more and cost 4 % time. A 268-page site builds within 256 MB. A site that needs more than the limit fails
 * with ERR_WORKER_OUT_OF_MEMORY; `--jobs 1` builds in the main thread, with Node's own limit.
 */
const BUILDER_HEAP_MB = 1536;

/** One worker thread that takes sites from the queue until it is empty. */
function buildInWorker(queue: SiteDefinition[], paths: ProjectPaths, filesOf: FilesOf, succeed: Succeed, fail: Fail): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, { workerData: { paths }, resourceLimits: { maxOldGenerationSizeMb: BUILDER_HEAP_MB } });
    let current: SiteDefinition | undefined;
    const next = () => {
      current = queue.shift();
      worker.postMessage(current ? ({ slug: current.slug, files: filesOf(current) } satisfies ToWorker) : ({ done: true } satisfies ToWorker));
    };
    worker.on("message", (message: FromWorker) => {
      if ("slug" in message && current) {
        if (message.ok) succeed(current, message);
        else fail(current, message.failure);
      }
      next();
    });
    // A crashed worker (out of memory, a bug) fails the site it was building; the others go on.
    worker.on("error", (error) => {
      if (current) fail(current, failureOf(current.host, error));
      current = undefined;
    });
    worker.on("exit", () => resolve());
  });
}

function failureError(failures: Failure[]): Error {
  if (failures.every((failure) => "problems" in failure)) {
    return new ContentError(failures.flatMap((failure) => ("problems" in failure ? failure.problems : [])));
  }
  const lines = failures.map((failure) =>
    "problems" in failure
      ? `${failure.host}: ${failure.problems.length} probleem/problemen in de inhoud`
      : failure.plain
        ? failure.message // names the host itself
        : `${failure.host}: ${failure.message}`,
  );
  const message = `${failures.length} site(s) niet gebouwd:\n${lines.join("\n")}`;
  // Only Dutch lines (content and disk problems): the CLI prints them without a stack trace.
  return failures.every((failure) => "problems" in failure || failure.plain) ? new OutputError(message) : new Error(message);
}
