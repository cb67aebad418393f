import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ContentError } from "@werkcentrum/content";
import { allRegions, type SiteProfile } from "@werkcentrum/regions";
import { inDateWindow, resolveBuildDate, type DateWindow } from "./build-date.js";
import { failureOf, runJob, type BuildJob, type Built, type Failure, type FromWorker, type ToWorker } from "./build-job.js";
import { imageCacheDir, imageSources, pruneImageCache } from "./images/cache.js";
import type { HostEvidence } from "./evidence/read.js";
import { regionLink, regionLinks } from "./pages/landing-data.js";
import { regiosJson } from "./pages/open-data.js";
import { holdSearchService } from "./pages/search-index.js";
import { brotliCacheDir, pruneBrotliCache } from "./deploy/compress.js";
import { FileHashes, removeFileHashesLeftovers } from "./file-hashes.js";
import { readSiteInputs, sharedFingerprint, siteInputs, type SiteInputs } from "./fingerprint.js";
import { removeAtomicLeftovers, writeAtomic } from "./output/atomic.js";
import { OutputError, stateWriteError } from "./output/errors.js";
import { lockOutput } from "./output/lock.js";
import { tidyOutput } from "./output/versions.js";
import type { ProjectPaths } from "./paths.js";
import { getSite, type SiteDefinition } from "./sites.js";
import { plural } from "./dutch.js";

/**
 * Building many sites at once (`werkcentrum build`, `npm run build`). Two things make it fast (docs/performance.md):
 *
 * - Sites whose inputs did not change since their output was written are skipped: each site's fingerprint
 *   (fingerprint.ts) is recorded in `<outDir>/.werkcentrum/builds.json` next to the output, with the window of
 *   build dates in which its output stays the same (build-date.ts): a daily build rebuilds only the sites where
 *   an event moved to "Afgelopen".
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
  /** The build date, `YYYY-MM-DD` (build-date.ts); default: `WERKCENTRUM_BUILD_DATE`, else today in Amsterdam. */
  date?: string;
  /** Called when a site is done, in the order they finish. */
  onSite?: (report: SiteBuildReport) => void;
  /**
   * Called once at the end with what was and was not published, also when some sites failed (before the error is
   * thrown), so the caller can say exactly what is online.
   */
  onSummary?: (result: BuildAllResult) => void;
  /**
   * Called with a Dutch line when this build waits for another one on the same output folder, or repaired what a
   * killed build left; default: printed on stderr.
   */
  onNotice?: (line: string) => void;
  /** How long to wait for another build on the same output folder before stopping (ms); default 15 minutes. */
  lockWaitMs?: number;
  /**
   * Test results by host (`readEvidence`, `werkcentrum build --evidence`): a host with results gets the page
   * /toegankelijkheid/testresultaten/, and its statement links to it. Without: no such page.
   */
  evidence?: ReadonlyMap<string, HostEvidence>;
}

/**
 * Why a site is built: `inputs` (its files, the packages, the settings, or for the landing site a region's
 * published status changed; or there is no usable earlier output), or `date` (only the build date crossed one of
 * the site's turning dates, build-date.ts).
 */
export type BuildReason = "inputs" | "date";

export interface SiteBuildReport {
  host: string;
  /** `built`, or `unchanged` when the output on disk was made from the same inputs and date window. */
  status: "built" | "unchanged";
  pages: number;
  /** Content warnings of the site as built (an unchanged site: as recorded when it was built). */
  warnings: number;
  milliseconds: number;
  /** Why a built site was built. */
  reason?: BuildReason;
  /** For a site built because of the date only: the files that changed (pages, feeds, calendar files). */
  changedFiles?: string[];
}

/** What the landing site shows for one region, and where that came from. */
export interface LandingRegion {
  slug: string;
  name: string;
  /** Dutch status text as the landing page shows it ("Actief", "In ontwikkeling"). */
  statusText: string;
  /**
   * `built`: this run built the region; `recorded`: an earlier successful build did (the region was unchanged, not
   * in this run, or its build failed now); `none`: no build of the region ever succeeded here.
   */
  source: "built" | "recorded" | "none";
  /** The region's build failed in this run: the landing site shows what its last successful build published. */
  failed: boolean;
}

export interface LandingSummary {
  /** `built` (published now), `unchanged` (it already showed these statuses), or `failed` (the previous version stays). */
  status: "built" | "unchanged" | "failed";
  regions: LandingRegion[];
}

export interface BuildAllResult {
  sites: SiteBuildReport[];
  /** Hosts built and published in this run (the others were unchanged or failed). */
  built: string[];
  /** Hosts whose build failed in this run: nothing of them was published, their previous output stays. */
  failed: string[];
  /** The build date. */
  date: string;
  /** When the landing site was part of this run: whether it was published, and the region statuses it shows. */
  landing?: LandingSummary;
  milliseconds: number;
}

/** One host's entry in builds.json: what its output on disk was built from. */
export interface HostRecord {
  /** The site's inputs (fingerprint.ts); for the landing site, also what it shows of every region. */
  fingerprint: string;
  pages: number;
  /** Its content warnings (published anyway), so an unchanged site still reports them. */
  warnings: number;
  /** The build date of that output, and the window of dates in which it stays the same (build-date.ts). */
  date: string;
  window: DateWindow;
  /**
   * The site's `site.yml` as that build published it, or null without one. The landing site takes each region's
   * status from here, so it never shows a status that no successful region build published.
   */
  profile: SiteProfile | null;
  /**
   * The sha256 of every image in the site folder that output was built from: its entries in the image cache
   * (images/cache.ts), which pruning keeps. Absent in a record written before the cache was pruned.
   */
  images?: string[];
}

/**
 * `<outDir>/.werkcentrum/builds.json`: what each host's output was built from. Not published (a dot folder). An
 * entry changes only when a build of the host succeeds: after a failed build it still describes the output that is
 * online. A record of another version is ignored (every site is rebuilt once).
 */
export interface BuildRecord {
  version: 2;
  hosts: Record<string, HostRecord>;
  /** Hosts the latest run built; the benchmark reads which sites a change rebuilt from it. */
  lastBuilt: string[];
}

export function buildRecordFile(outDir: string): string {
  return join(outDir, ".werkcentrum", "builds.json");
}

async function readRecord(outDir: string): Promise<BuildRecord> {
  try {
    const record = JSON.parse(await readFile(buildRecordFile(outDir), "utf8")) as BuildRecord;
    if (record.version === 2 && typeof record.hosts === "object") return record;
  } catch {
    // No record (first build, dist/ deleted) or an unreadable one: build everything.
  }
  return { version: 2, hosts: {}, lastBuilt: [] };
}

/**
 * Applies this run's successful builds to the record as it is on disk now, not to the one read at the start: with
 * the lock held they are the same, and should the lock have been taken over, the other build's hosts are still
 * kept. Written whole (output/atomic.ts), so an interrupted build never leaves half a record.
 */
async function writeRecord(
  outDir: string,
  changes: Map<string, HostRecord>,
  lastBuilt: string[],
  unchanged: Map<string, string[]>,
): Promise<BuildRecord> {
  const file = buildRecordFile(outDir);
  const record = await readRecord(outDir);
  for (const [host, entry] of changes) record.hosts[host] = entry;
  // A site found up to date has the same files as when it was built, so its images are known now, also when its
  // entry was written before the record listed them.
  for (const [host, images] of unchanged) if (record.hosts[host]) record.hosts[host].images = images;
  const hosts = Object.fromEntries(Object.entries(record.hosts).sort(([a], [b]) => (a < b ? -1 : 1)));
  try {
    await mkdir(join(outDir, ".werkcentrum"), { recursive: true });
    await writeAtomic(file, `${JSON.stringify({ ...record, hosts, lastBuilt }, null, 2)}\n`);
  } catch (error) {
    throw stateWriteError(error, "Het bouwverslag builds.json", join(outDir, ".werkcentrum")) ?? error;
  }
  return { ...record, hosts, lastBuilt };
}

/**
 * Removes the image cache entries (images/cache.ts) that no site uses: neither an output the record describes nor
 * a site of this run (a site that failed keeps the entries of its current images, for the next try). Runs with the
 * lock held, after every builder finished. When an entry of the record does not list its images (written by an
 * older version), nothing is removed: its images are unknown. A cache that cannot be pruned is only a notice: the
 * sites are built and published.
 */
async function pruneImages(outDir: string, record: BuildRecord, used: Iterable<string[]>, notice: (line: string) => void): Promise<void> {
  const hosts = Object.values(record.hosts);
  if (hosts.some((entry) => !entry.images)) return;
  const keep = new Set([...hosts.flatMap((entry) => entry.images!), ...[...used].flat()]);
  try {
    await pruneImageCache(imageCacheDir(outDir), keep);
  } catch (error) {
    notice(`Let op: de opslag van bewerkte afbeeldingen (${imageCacheDir(outDir)}) kon niet worden opgeruimd: ${(error as Error).message}`);
  }
}

/**
 * Removes the temporary files killed builds left next to the build's own files (builds.json, file-hashes.json) and in
 * the brotli cache (output/atomic.ts). Runs with the lock held, before any builder starts: every build that writes
 * these files holds the lock, so none of them is being written now. A leftover that cannot be removed is only a notice.
 */
async function removeStateLeftovers(outDir: string, notice: (line: string) => void): Promise<void> {
  try {
    await removeAtomicLeftovers(buildRecordFile(outDir));
    await removeFileHashesLeftovers(outDir);
    await pruneBrotliCache(outDir);
  } catch (error) {
    notice(
      `Let op: achtergebleven tijdelijke bestanden in ${join(outDir, ".werkcentrum")} konden niet worden opgeruimd: ${(error as Error).message}`,
    );
  }
}

/**
 * Removes the brotli cache entries (deploy/compress.ts) no build used since `since`. Only after a run that built
 * every site of the output, all successfully: the entries it used are all a site's output needs. A run that skipped
 * a site (unchanged) or failed one did not use that site's entries, which its next build would have to make again;
 * an age limit instead would keep what no build needs, or drop what an unchanged site needs, by the calendar. A
 * theme or Pagefind update, the change that leaves entries behind, changes every site and so rebuilds them all.
 */
async function pruneBrotli(outDir: string, since: number, notice: (line: string) => void): Promise<void> {
  try {
    await pruneBrotliCache(outDir, since);
  } catch (error) {
    notice(`Let op: de opslag van gecomprimeerde bestanden (${brotliCacheDir(outDir)}) kon niet worden opgeruimd: ${(error as Error).message}`);
  }
}

/** The built worker entry next to this module; absent when the generator runs from source (tests). */
const workerFile = fileURLToPath(new URL("./build-worker.js", import.meta.url));

/**
 * Builds `sites` into `paths.outDir`, skipping those whose output is up to date. Every site is tried; when some
 * fail, the others are still written and recorded, and the error names every failed site (a ContentError with all
 * content problems when that is all that went wrong). Each site's output is replaced atomically (buildSite).
 * One build at a time per output folder: a second waits for the first (output/lock.ts), then tidies what killed
 * builds left (output/versions.ts) before it reads builds.json.
 *
 * The regions are built first and the landing site last: it shows each region's status as the region's last
 * successful build published it (builds.json), so a region whose build fails keeps its old status there too.
 */
export async function buildSites(sites: readonly SiteDefinition[], paths: ProjectPaths, options: BuildAllOptions = {}): Promise<BuildAllResult> {
  const started = performance.now();
  const date = resolveBuildDate(options.date);
  // Before any input file is looked at: the hashes kept by stat note when this run began (file-hashes.ts). A forced
  // build trusts none of them, so it is also the way out should a file system ever keep a stat through a change.
  const hashes = FileHashes.open(paths.outDir, { rehash: options.force === true });
  const shared = await sharedFingerprint(paths, process.env, undefined, hashes);
  const inputs = new Map<string, SiteInputs>();
  for (const site of sites) inputs.set(site.host, siteInputs(site, paths, shared, options.evidence?.get(site.host)?.hash, hashes));
  // One build at a time per output folder (output/lock.ts): waits for another, or stops with a Dutch message.
  const notice = options.onNotice ?? ((line: string) => console.error(line));
  const lock = await lockOutput(paths.outDir, { onWait: notice, ...(options.lockWaitMs === undefined ? {} : { waitMs: options.lockWaitMs }) });
  try {
    return await buildLocked(sites, paths, options, { started, date, inputs, notice, hashes });
  } finally {
    await lock.release();
    if (lock.compromised)
      notice(`Let op: een andere build nam het slot van ${paths.outDir} over terwijl deze liep. Bouw nog eens om zeker te zijn van de uitvoer.`);
  }
}

/**
 * The landing fingerprint's extra lines: what the landing page shows of every region (landing-data.ts), and what
 * its open data publishes of every region (pages/open-data.ts: also the form, which the links do not show).
 */
function landingFingerprint(own: string, profiles: ReadonlyMap<string, SiteProfile | undefined>): string {
  const openData = JSON.stringify(regiosJson(profiles).regios);
  // Not what the regions published: werkcentrum.nl's search reads each region's own index (pages/search-index.ts).
  return createHash("sha256")
    .update(`${own}\nregions ${JSON.stringify(regionLinks(profiles))}\nopen data ${openData}`)
    .digest("hex");
}

async function buildLocked(
  sites: readonly SiteDefinition[],
  paths: ProjectPaths,
  options: BuildAllOptions,
  {
    started,
    date,
    inputs,
    notice,
    hashes,
  }: { started: number; date: string; inputs: Map<string, SiteInputs>; notice: (line: string) => void; hashes: FileHashes },
): Promise<BuildAllResult> {
  // What killed builds left: stray folders go, and an output that went missing gets its last complete version back
  // (and is rebuilt below, as its record may be older than that version).
  const tidied = await tidyOutput(paths.outDir);
  if (tidied.removed.length > 0) notice(`Opgeruimd: ${tidied.removed.length} achtergebleven map(pen) van een afgebroken build.`);
  for (const dir of tidied.relinked) notice(`Hersteld: ${dir} (een build werd afgebroken tijdens het vervangen).`);
  await removeStateLeftovers(paths.outDir, notice);
  // Every brotli cache entry this run uses gets a modification time after this moment (deploy/compress.ts).
  const lockedAt = Date.now();
  const relinked = new Set(tidied.relinked);
  const record = await readRecord(paths.outDir);
  // The image cache entries each site of this run uses: the hashes its fingerprint read (images/cache.ts).
  const images = new Map([...inputs].map(([host, input]) => [host, imageSources(input.files)]));

  const reports: SiteBuildReport[] = [];
  const unchanged = new Map<string, string[]>();
  const report = (entry: SiteBuildReport) => {
    reports.push(entry);
    options.onSite?.(entry);
  };
  /** Whether a site must be built, and why; undefined when its output is up to date (and reported so). */
  const decide = (site: SiteDefinition, fingerprint: string): BuildReason | undefined => {
    const known = record.hosts[site.host];
    const output = join(paths.outDir, site.host);
    if (options.force || !known || known.fingerprint !== fingerprint || !existsSync(output) || relinked.has(output)) return "inputs";
    if (!inDateWindow(known.window, date)) return "date";
    report({ host: site.host, status: "unchanged", pages: known.pages, warnings: known.warnings, milliseconds: 0 });
    unchanged.set(site.host, images.get(site.host)!);
    inputs.get(site.host)!.files.text.clear(); // only a site that is built needs its texts
    return undefined;
  };

  const failures: Failure[] = [];
  const built: string[] = [];
  const changes = new Map<string, HostRecord>();
  const fingerprints = new Map<string, string>();
  const succeed = (job: BuildJob, result: Built) => {
    const host = getSite(job.slug)!.host;
    const { pages, warnings, milliseconds, window, profile, changedFiles } = result;
    changes.set(host, {
      fingerprint: fingerprints.get(host)!,
      pages,
      warnings,
      date: result.date,
      window,
      profile: profile ?? null,
      images: images.get(host)!,
    });
    built.push(host);
    report({ host, status: "built", pages, warnings, milliseconds, reason: job.reason, ...(changedFiles ? { changedFiles } : {}) });
  };
  // A failed site's entry stays as it was: it still describes the output that is online.
  const fail = (_job: BuildJob, failure: Failure) => failures.push(failure);
  /**
   * Reads the rest of what the model of a site that is built needs (readSiteInputs), and fingerprints what was
   * read; false, with the site failed, when a file cannot be read (removed since it was listed).
   */
  const readInputs = (site: SiteDefinition): boolean => {
    try {
      inputs.set(site.host, readSiteInputs(inputs.get(site.host)!, site, paths));
      return true;
    } catch (error) {
      failures.push(failureOf(site.host, error));
      return false;
    }
  };
  const jobOf = (site: SiteDefinition, reason: BuildReason): BuildJob => {
    const evidence = options.evidence?.get(site.host)?.evidence;
    return { slug: site.slug, files: inputs.get(site.host)!.files, date, reason, ...(evidence ? { evidence } : {}) };
  };

  // 1. The regions. Largest first, so no builder starts a big site when the others are nearly done.
  const regionJobs: BuildJob[] = [];
  for (const site of sites.filter((site) => site.kind === "region")) {
    const reason = decide(site, inputs.get(site.host)!.fingerprint);
    if (reason && !readInputs(site)) continue;
    fingerprints.set(site.host, inputs.get(site.host)!.fingerprint);
    if (reason) regionJobs.push(jobOf(site, reason));
  }
  regionJobs.sort((a, b) => inputs.get(getSite(b.slug)!.host)!.count - inputs.get(getSite(a.slug)!.host)!.count);
  await runJobs(regionJobs, paths, options.jobs, succeed, fail);

  // 2. The landing site, with what each region's last successful build published: this run's, else the record's.
  let landing: LandingSummary | undefined;
  const landingDef = sites.find((site) => site.kind === "landing");
  if (landingDef) {
    const failedHosts = new Set(failures.map((failure) => failure.host));
    const profiles = new Map<string, SiteProfile | undefined>();
    const regions: LandingRegion[] = [];
    for (const region of allRegions) {
      const entry = changes.get(region.host) ?? record.hosts[region.host];
      const profile = entry?.profile ?? undefined;
      profiles.set(region.slug, profile);
      regions.push({
        slug: region.slug,
        name: region.name,
        statusText: regionLink(region, profile).statusText,
        source: changes.has(region.host) ? "built" : entry ? "recorded" : "none",
        failed: failedHosts.has(region.host),
      });
    }
    const fingerprint = () => landingFingerprint(inputs.get(landingDef.host)!.fingerprint, profiles);
    const reason = decide(landingDef, fingerprint());
    if (reason && readInputs(landingDef)) {
      fingerprints.set(landingDef.host, fingerprint());
      await runJobs([{ ...jobOf(landingDef, reason), regionProfiles: profiles }], paths, 1, succeed, fail);
    }
    const status = changes.has(landingDef.host) ? "built" : reason ? "failed" : "unchanged";
    landing = { status, regions };
  }

  built.sort();
  hashes.save();
  const written = await writeRecord(paths.outDir, changes, built, unchanged);
  await pruneImages(paths.outDir, written, images.values(), notice);
  // A run that built every site of the output, all successfully, used every brotli cache entry a site's output needs.
  if (failures.length === 0 && Object.keys(written.hosts).every((host) => built.includes(host))) await pruneBrotli(paths.outDir, lockedAt, notice);
  const failed = failures.map((failure) => failure.host).sort();
  const result: BuildAllResult = { sites: reports, built, failed, date, ...(landing ? { landing } : {}), milliseconds: performance.now() - started };
  options.onSummary?.(result);
  if (failures.length > 0) throw failureError(failures);
  return result;
}

/**
 * Builds `jobs`: with more than one builder and a built worker file, every builder is a worker thread with a
 * capped heap and this thread only hands out the sites. This thread builds a single site, everything when running
 * from source (as in the tests), and whatever is left when every worker crashed.
 */
async function runJobs(queue: BuildJob[], paths: ProjectPaths, requested: number | undefined, succeed: Succeed, fail: Fail): Promise<void> {
  const jobs = Math.max(1, Math.min(requested ?? availableParallelism(), queue.length));
  if (jobs > 1 && existsSync(workerFile)) await Promise.all(Array.from({ length: jobs }, () => buildInWorker(queue, paths, succeed, fail)));
  await buildInThisThread(queue, paths, succeed, fail);
}

type Succeed = (job: BuildJob, result: Built) => void;
type Fail = (job: BuildJob, failure: Failure) => void;
const hostOf = (job: BuildJob) => getSite(job.slug)?.host ?? job.slug;

async function buildInThisThread(queue: BuildJob[], paths: ProjectPaths, succeed: Succeed, fail: Fail): Promise<void> {
  if (queue.length === 0) return;
  const release = holdSearchService();
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        succeed(job, await runJob(job, paths));
      } catch (error) {
        fail(job, failureOf(hostOf(job), error));
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
function buildInWorker(queue: BuildJob[], paths: ProjectPaths, succeed: Succeed, fail: Fail): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, { workerData: { paths }, resourceLimits: { maxOldGenerationSizeMb: BUILDER_HEAP_MB } });
    let current: BuildJob | undefined;
    const next = () => {
      current = queue.shift();
      worker.postMessage(current ?? ({ done: true } satisfies ToWorker));
    };
    worker.on("message", (message: FromWorker) => {
      if ("slug" in message && current) {
        if (message.ok) succeed(current, message.result);
        else fail(current, message.failure);
      }
      next();
    });
    // A crashed worker (out of memory, a bug) fails the site it was building; the others go on.
    worker.on("error", (error) => {
      if (current) fail(current, failureOf(hostOf(current), error));
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
      ? `${failure.host}: ${plural(failure.problems.length, "probleem", "problemen")} in de inhoud`
      : failure.plain
        ? failure.message // names the host itself
        : `${failure.host}: ${failure.message}`,
  );
  const message = `${plural(failures.length, "site", "sites")} niet gebouwd:\n${lines.join("\n")}`;
  // Only Dutch lines (content and disk problems): the CLI prints them without a stack trace.
  return failures.every((failure) => "problems" in failure || failure.plain) ? new OutputError(message) : new Error(message);
}
