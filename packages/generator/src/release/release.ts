import { constants, existsSync } from "node:fs";
import { chmod, copyFile, link, lstat, mkdir, readdir, readFile, readlink, realpath, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { z } from "zod";
import { compareCodeUnits } from "../deploy/files.js";
import { sha256, type Manifest } from "../deploy/manifest.js";
import { PRODUCTION_CONFIG_FILE } from "../deploy/nginx-config.js";
import { DEPLOY_DIR } from "../deploy/write.js";
import { removeAtomicLeftovers, writeAtomic } from "../output/atomic.js";
import { diskFault, diskReason } from "../output/errors.js";
import { lockOutput, type OutputLock } from "../output/lock.js";
import { pausePoint } from "../output/process.js";
import { STATE_DIR } from "../output/versions.js";
import { ReleaseError } from "./errors.js";
import { readManifestFile, type ManifestFile } from "../deploy/manifest-file.js";
import { checkRoots, configChanges, installConfig, NGINX_DEFAULTS, reloadNginx, type NginxControl } from "./nginx.js";

/**
 * `werkcentrum release` and `werkcentrum rollback` (DEPLOY.md section 9). The release folder `--to` holds:
 *
 *   releases/<name>/        one complete, verified release: a folder per host and deploy/ (nginx files, manifest)
 *   releases/.incoming-*    a release being assembled; only ever renamed to releases/<name> once verified
 *   current -> releases/<name>   switched by renaming a new symlink over it: atomic for every nginx request
 *   .werkcentrum/history.json    the names that were current, oldest first: what `rollback` goes back along
 *   .werkcentrum/release.lock    one release or rollback at a time (proper-lockfile, via output/lock.ts)
 *
 * A release shares every file whose sha256 did not change with the current release (hard links), copies the rest
 * from dist/, checks every file against the manifest, installs the nginx configuration when it changed (and
 * `nginx -t` accepts it), switches `current`, reloads nginx, and removes the oldest releases beyond `keep`. A
 * crash at any point leaves `current` as it was: the next run removes what the crashed one left.
 */

export const RELEASES_DIR = "releases";
export const CURRENT_LINK = "current";
export const DEFAULT_KEEP = 5;
const INCOMING = ".incoming-";
const NEXT_LINK = ".current-next-";
const HISTORY_FILE = "history.json";
/** A release name: also a folder name, so no separators, no leading dot (those are the temporary folders). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export type ReleaseStep = "assembled" | "verified" | "renamed";

export interface ReleaseOptions {
  /** The build output: a folder per host and deploy/ (manifest.json, nginx/), as `npm run build` leaves it. */
  from: string;
  /** The release folder, e.g. /srv/werkcentrum; nginx's root is `<to>/current/<host>`. */
  to: string;
  /** Default: the commit in the manifest (`git rev-parse HEAD` of the build). */
  name?: string;
  /** How many releases to keep, the current one included (default 5). */
  keep?: number;
  /** Copy every file from dist/ instead of sharing unchanged files with the current release. */
  copyAll?: boolean;
  /**
   * Release a build that `werkcentrum deploy` marked as fit for a preview only (the manifest's `preview`, such as a
   * security.txt without a real disclosure channel). Without it such a build is refused.
   */
  preview?: boolean;
  nginx?: Partial<NginxControl>;
  /** One plain line per thing done; default: stdout. */
  log?: (line: string) => void;
  /** For tests: called after each step; throwing there is a crash in the middle of the release. */
  onStep?: (step: ReleaseStep) => void | Promise<void>;
}

export interface ReleaseReport {
  name: string;
  /** The release folder existed already with the same manifest and was used as it was. */
  reused: boolean;
  /** Files shared with the previous release (hard links) and files copied from dist/. */
  linked: number;
  copied: number;
  /** Hosts with at least one copied file. */
  copiedHosts: string[];
  verified: number;
  previous: string | undefined;
  /** Time of the symlink switch itself, in milliseconds; undefined when the release was current already. */
  switchMs: number | undefined;
  configInstalled: string[];
  pruned: string[];
}

export interface RollbackOptions {
  to: string;
  /** Go back to this release instead of the one before the current. */
  name?: string;
  nginx?: Partial<NginxControl>;
  log?: (line: string) => void;
}

export interface RollbackReport {
  from: string;
  to: string;
  switchMs: number;
  configInstalled: string[];
}

interface Current {
  name: string;
  dir: string;
  /** Undefined when the current release has no readable manifest: then nothing is shared with it. */
  manifest: Manifest | undefined;
}

function checkName(name: string): string {
  if (!NAME.test(name)) {
    throw new ReleaseError(
      `De naam '${name}' kan geen releasemap zijn: gebruik letters, cijfers, punt, streepje en liggend streepje (hooguit 100), niet beginnend met een punt.`,
    );
  }
  return name;
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException).code ?? "");
}

/** The release `current` points to, or undefined before the first release. Refuses a `current` it did not make. */
async function readCurrent(to: string): Promise<Current | undefined> {
  const link = join(to, CURRENT_LINK);
  let info;
  try {
    info = await lstat(link);
  } catch (error) {
    if (isCode(error, "ENOENT")) return undefined;
    throw error;
  }
  if (!info.isSymbolicLink())
    throw new ReleaseError(`${link} is geen symbolische koppeling. Verplaats die map eerst; werkcentrum release maakt current zelf.`);
  const target = resolve(to, await readlink(link));
  if (dirname(target) !== join(to, RELEASES_DIR))
    throw new ReleaseError(`${link} wijst naar ${target}, niet naar een map in ${join(to, RELEASES_DIR)}.`);
  if (!existsSync(target)) throw new ReleaseError(`${link} wijst naar ${target}, en die map bestaat niet.`);
  const manifest = await readManifestFile(join(target, DEPLOY_DIR, "manifest.json")).then(
    (file) => file.manifest,
    () => undefined,
  );
  return { name: basename(target), dir: target, manifest };
}

/** Points `current` at `releases/<name>`: a new relative symlink, renamed over the old one (atomic; a link, not a file, so not writeAtomic). */
async function pointCurrent(to: string, name: string): Promise<number> {
  const next = join(to, `${NEXT_LINK}${process.pid}`);
  await rm(next, { force: true });
  await symlink(join(RELEASES_DIR, name), next);
  const started = performance.now();
  await rename(next, join(to, CURRENT_LINK));
  return performance.now() - started;
}

const historySchema = z.object({ releases: z.array(z.string().regex(NAME)) });

async function readHistory(to: string, log: (line: string) => void): Promise<string[]> {
  const file = join(to, STATE_DIR, HISTORY_FILE);
  if (!existsSync(file)) return [];
  try {
    return historySchema.parse(JSON.parse(await readFile(file, "utf8"))).releases;
  } catch {
    log(`let op: ${file} is onleesbaar; de geschiedenis begint opnieuw`);
    return [];
  }
}

async function writeHistory(to: string, releases: string[]): Promise<void> {
  const file = join(to, STATE_DIR, HISTORY_FILE);
  await writeAtomic(file, `${JSON.stringify({ releases }, null, 2)}\n`);
}

/** Removes what a crashed release left: its half-made folder, its next symlink and a half-written history (only ever under the lock). */
async function removeLeftovers(to: string, log: (line: string) => void): Promise<void> {
  for (const [dir, prefix] of [
    [join(to, RELEASES_DIR), INCOMING],
    [to, NEXT_LINK],
  ] as const) {
    for (const entry of await readdir(dir)) {
      if (!entry.startsWith(prefix)) continue;
      await rm(join(dir, entry), { recursive: true, force: true });
      log(`opgeruimd: ${join(dir, entry)} (van een afgebroken release)`);
    }
  }
  for (const path of await removeAtomicLeftovers(join(to, STATE_DIR, HISTORY_FILE))) log(`opgeruimd: ${path} (van een afgebroken release)`);
}

/**
 * A full, read-only or forbidden disk as one Dutch message, with where `current` points now (every step before the
 * switch undoes itself; a fault after it, in the history or while removing old releases, leaves the new release
 * current, which is complete and verified).
 */
async function diskError(error: unknown, to: string): Promise<unknown> {
  const fault = diskFault(error);
  if (!fault || error instanceof ReleaseError) return error;
  const current = await readlink(join(to, CURRENT_LINK)).catch(() => "(geen)");
  return new ReleaseError(
    `Gestopt: ${fault.path ?? to} kan niet worden geschreven of gelezen: ${diskReason(fault.code)} (${fault.code}). ${join(to, CURRENT_LINK)} wijst naar ${current}.`,
    { cause: error },
  );
}

async function withLocks<T>(to: string, from: string | undefined, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  try {
    return await withLocksInner(to, from, log, work);
  } catch (error) {
    throw await diskError(error, to);
  }
}

async function withLocksInner<T>(to: string, from: string | undefined, log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  // Folders this makes are 0755 whatever the umask (nginx reads through them); existing ones are left as they are.
  const made = await mkdir(join(to, RELEASES_DIR), { recursive: true });
  for (let dir = join(to, RELEASES_DIR); made && dir.length >= made.length; dir = dirname(dir)) await chmod(dir, 0o755);
  const locks: OutputLock[] = [await lockOutput(to, { kind: "release", waitMs: 5_000, onWait: log })];
  try {
    // A build that writes dist/ while this copies it would mix two builds (verification would then refuse). Only a
    // build's own output folder has the lock; a copied artefact (plain host folders, maybe read-only) has none.
    if (from && existsSync(join(from, STATE_DIR))) locks.push(await lockOutput(from, { onWait: log }));
    await removeLeftovers(to, log);
    return await work();
  } finally {
    for (const lock of locks.reverse()) await lock.release();
  }
}

/**
 * `base/file` as a regular file inside `base` (whose real path is `realBase`): dist/ is made from region-owned
 * input, so a symlink that leads out of the host folder is refused rather than copied.
 */
async function sourceFile(base: string, realBase: string, file: string): Promise<string> {
  const path = join(base, file);
  const real = await realpath(path).catch(() => undefined);
  if (!real || !real.startsWith(`${realBase}${sep}`) || !(await lstat(real)).isFile()) {
    throw new ReleaseError(`Gestopt: ${path} ontbreekt of is geen gewoon bestand in ${base}. Bouw opnieuw (npm run build); current is niet omgezet.`);
  }
  return real;
}

/** A new file with mode 0644 (not the source's, not the umask's): readable by nginx, written by no one else. */
async function copyIn(source: string, dest: string): Promise<void> {
  await copyFile(source, dest, constants.COPYFILE_EXCL);
  await chmod(dest, 0o644);
}

/** A hard link to the same file in the current release; false when that cannot be (then the file is copied). */
async function linkFrom(source: string, dest: string): Promise<boolean> {
  try {
    if (!(await lstat(source)).isFile()) return false;
    await link(source, dest);
    return true;
  } catch (error) {
    if (isCode(error, "ENOENT", "EXDEV", "EPERM", "EMLINK", "ENOTDIR")) return false;
    throw error;
  }
}

interface Assembled {
  linked: number;
  copied: number;
  copiedHosts: string[];
}

async function assemble(from: string, temp: string, source: ManifestFile, current: Current | undefined, copyAll: boolean): Promise<Assembled> {
  const made = new Set<string>();
  const folder = async (dir: string): Promise<void> => {
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true, mode: 0o755 });
    made.add(dir);
  };
  const result: Assembled = { linked: 0, copied: 0, copiedHosts: [] };
  for (const [host, entry] of Object.entries(source.manifest.hosts)) {
    const before = copyAll ? undefined : current?.manifest?.hosts[host];
    const base = join(from, host);
    const realBase = await realpath(base).catch(() => {
      throw new ReleaseError(`Gestopt: ${base} ontbreekt, maar staat in het manifest. Bouw opnieuw (npm run build); current is niet omgezet.`);
    });
    let copied = 0;
    for (const [file, hash] of Object.entries(entry.files)) {
      const dest = join(temp, host, file);
      await folder(dirname(dest));
      if (before?.files[file] === hash && (await linkFrom(join(current!.dir, host, file), dest))) {
        result.linked += 1;
        continue;
      }
      await copyIn(await sourceFile(base, realBase, file), dest);
      copied += 1;
    }
    result.copied += copied;
    if (copied > 0) result.copiedHosts.push(host);
  }
  // deploy/ is small and always copied: the nginx files and the manifest itself (the very bytes that were read).
  const deployBase = join(from, DEPLOY_DIR);
  const realDeploy = await realpath(deployBase);
  for (const file of Object.keys(source.manifest.config)) {
    const dest = join(temp, DEPLOY_DIR, file);
    await folder(dirname(dest));
    await copyIn(await sourceFile(deployBase, realDeploy, file), dest);
  }
  await folder(join(temp, DEPLOY_DIR));
  await writeFile(join(temp, DEPLOY_DIR, "manifest.json"), source.bytes);
  await chmod(join(temp, DEPLOY_DIR, "manifest.json"), 0o644);
  // nginx's workers (often `nobody`) must read every folder, whatever the umask of the user who releases.
  await chmod(temp, 0o755);
  for (const entry of await readdir(temp, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) await chmod(join(entry.parentPath, entry.name), 0o755);
  }
  return result;
}

/** Every file of the release, by relative path; anything that is neither file nor folder is a problem. */
async function releaseFiles(dir: string, problems: string[]): Promise<Set<string>> {
  const files = new Set<string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
      .slice(dir.length + 1)
      .split(sep)
      .join("/");
    if (entry.isFile()) files.add(path);
    else if (!entry.isDirectory()) problems.push(`${path}: geen gewoon bestand`);
  }
  return files;
}

/**
 * Checks `dir` against `manifest`: exactly the files it lists (plus deploy/manifest.json), each with its sha256.
 * Throws a ReleaseError naming the first files that differ. Returns the number of files checked.
 */
export async function verifyRelease(dir: string, manifest: Manifest): Promise<number> {
  const expected = new Map<string, string>();
  for (const [host, entry] of Object.entries(manifest.hosts))
    for (const [file, hash] of Object.entries(entry.files)) expected.set(`${host}/${file}`, hash);
  for (const [file, hash] of Object.entries(manifest.config)) expected.set(`${DEPLOY_DIR}/${file}`, hash);
  const problems: string[] = [];
  const actual = await releaseFiles(dir, problems);
  for (const file of [...actual].sort(compareCodeUnits))
    if (!expected.has(file) && file !== `${DEPLOY_DIR}/manifest.json`) problems.push(`${file}: staat niet in het manifest`);
  const paths = [...expected.keys()];
  // Read in small batches: a release has thousands of small files, and one at a time leaves the disk idle.
  for (let start = 0; start < paths.length; start += 32) {
    await Promise.all(
      paths.slice(start, start + 32).map(async (file) => {
        if (!actual.has(file)) problems.push(`${file}: ontbreekt`);
        else if (sha256(await readFile(join(dir, file))) !== expected.get(file)) problems.push(`${file}: sha256 wijkt af van het manifest`);
      }),
    );
  }
  if (problems.length > 0) {
    problems.sort(compareCodeUnits);
    const shown = problems.slice(0, 10).map((line) => `  ${line}`);
    if (problems.length > 10) shown.push(`  … en nog ${problems.length - 10}`);
    throw new ReleaseError(
      `Gestopt: ${problems.length} bestand(en) in ${dir} kloppen niet met het manifest; current is niet omgezet.\n${shown.join("\n")}\n` +
        "Is dist/ veranderd na werkcentrum deploy, bouw dan opnieuw (npm run build). Is een bestand in de huidige release met de hand veranderd, " +
        "maak de release dan opnieuw met --copy-all.",
    );
  }
  return expected.size + 1;
}

interface Switched {
  switchMs: number;
  configInstalled: string[];
}

/**
 * Makes `releases/<name>` current: its nginx files installed and tested first when they differ from the installed
 * ones (refusing to switch when `nginx -t` fails), then the symlink, then the reload. When the reload fails, the
 * previous configuration and release are put back.
 */
async function switchTo(to: string, name: string, previous: string | undefined, nginx: NginxControl, log: (line: string) => void): Promise<Switched> {
  const dir = join(to, RELEASES_DIR, name);
  const { manifest } = await readManifestFile(join(dir, DEPLOY_DIR, "manifest.json"));
  const changed = await configChanges(manifest, nginx.confDir);
  const installed = changed.length > 0 ? await installConfig(dir, changed, nginx, log) : undefined;
  if (!installed) log(`nginx-configuratie in ${nginx.confDir} is al die van ${name}`);
  let switchMs: number;
  try {
    switchMs = await pointCurrent(to, name);
  } catch (error) {
    await installed?.restore();
    throw error;
  }
  log(`current → ${RELEASES_DIR}/${name} (omgezet in ${switchMs.toFixed(2)} ms)`);
  if (installed) {
    try {
      reloadNginx(nginx, log);
    } catch (error) {
      await installed.restore();
      if (previous) await pointCurrent(to, previous);
      else await rm(join(to, CURRENT_LINK), { force: true });
      throw new ReleaseError(
        `${(error as Error).message}\nDe vorige nginx-configuratie en ${previous ? `release ${previous}` : "toestand (geen current)"} zijn teruggezet.`,
      );
    }
  }
  return { switchMs, configInstalled: changed };
}

/** Removes the releases beyond `keep`, oldest first by their last time as current; never the current one. */
async function prune(to: string, history: string[], keep: number, current: string, log: (line: string) => void): Promise<string[]> {
  const dir = join(to, RELEASES_DIR);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name);
  const times = new Map(await Promise.all(names.map(async (name) => [name, (await stat(join(dir, name))).mtimeMs] as const)));
  const newestFirst = names.sort((a, b) => history.lastIndexOf(b) - history.lastIndexOf(a) || times.get(b)! - times.get(a)!);
  const kept = new Set([current, ...newestFirst.filter((name) => name !== current).slice(0, keep - 1)]);
  const removed = newestFirst.filter((name) => !kept.has(name));
  for (const name of removed) {
    await rm(join(dir, name), { recursive: true, force: true });
    log(`verwijderd: ${RELEASES_DIR}/${name} (ouder dan de laatste ${keep})`);
  }
  return removed;
}

export async function release(options: ReleaseOptions): Promise<ReleaseReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const to = resolve(options.to);
  const from = resolve(options.from);
  const keep = options.keep ?? DEFAULT_KEEP;
  if (!Number.isInteger(keep) || keep < 1) throw new ReleaseError(`--keep moet een heel getal van 1 of meer zijn, niet ${keep}.`);
  const nginx: NginxControl = { ...NGINX_DEFAULTS, ...options.nginx };
  const source = await readManifestFile(join(from, DEPLOY_DIR, "manifest.json"));
  if (source.manifest.preview && !options.preview) {
    throw new ReleaseError(
      `Deze build is alleen goed voor een voorbeeld, niet voor productie:\n${source.manifest.preview.map((reason) => `  - ${reason}`).join("\n")}\nLos dit op in deploy.yml en bouw opnieuw (DEPLOY.md, hoofdstuk 7), of geef --preview voor een testomgeving.`,
    );
  }
  const name = checkName(
    options.name ??
      source.manifest.commit ??
      (() => {
        throw new ReleaseError(
          `${join(from, DEPLOY_DIR, "manifest.json")} noemt geen commit (gebouwd buiten git). Geef de release een naam met --name.`,
        );
      })(),
  );
  const configText = await readFile(join(from, DEPLOY_DIR, "nginx", PRODUCTION_CONFIG_FILE), "utf8").catch(() => {
    throw new ReleaseError(
      `${join(from, DEPLOY_DIR, "nginx", PRODUCTION_CONFIG_FILE)} ontbreekt. Maak het met: werkcentrum deploy --root ${join(to, CURRENT_LINK)}`,
    );
  });
  const rootProblem = checkRoots(configText, join(to, CURRENT_LINK));
  if (rootProblem) throw new ReleaseError(`Gestopt: ${rootProblem}`);

  return withLocks(to, from, log, async () => {
    // Read again under the build lock: a build that finished while this waited has written another manifest.
    if (!(await readManifestFile(join(from, DEPLOY_DIR, "manifest.json"))).bytes.equals(source.bytes)) {
      throw new ReleaseError(
        `Gestopt: ${join(from, DEPLOY_DIR, "manifest.json")} is veranderd terwijl deze release wachtte (een build werd klaar). Start de release opnieuw.`,
      );
    }
    const current = await readCurrent(to);
    const history = await readHistory(to, log);
    const target = join(to, RELEASES_DIR, name);
    const step = async (done: ReleaseStep): Promise<void> => {
      await options.onStep?.(done);
      // The release test under load (e2e/nginx/release-under-load.mjs in the repository) kills the CLI here with SIGKILL; a no-op otherwise.
      await pausePoint(`release-${done}`);
    };
    let reused = false;
    let assembled: Assembled = { linked: 0, copied: 0, copiedHosts: [] };
    let verified: number;
    log(`release ${name} van ${from} naar ${target}${current ? ` (huidige release: ${current.name})` : " (eerste release)"}`);
    if (existsSync(target)) {
      const existing = await readManifestFile(join(target, DEPLOY_DIR, "manifest.json")).catch(() => undefined);
      if (!existing?.bytes.equals(source.bytes)) {
        throw new ReleaseError(`Gestopt: ${target} bestaat al, met een ander manifest. Geef deze release een andere naam met --name.`);
      }
      verified = await verifyRelease(target, source.manifest);
      reused = true;
      log(`${target} bestaat al met hetzelfde manifest: ${verified} bestanden gecontroleerd, die wordt gebruikt`);
    } else {
      const temp = join(to, RELEASES_DIR, `${INCOMING}${name}-${process.pid}`);
      try {
        let started = performance.now();
        const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
        assembled = await assemble(from, temp, source, current, options.copyAll === true);
        const hosts = Object.keys(source.manifest.hosts).length;
        log(
          `${assembled.linked} bestanden gedeeld met ${current?.name ?? "-"} (harde koppelingen), ${assembled.copied} gekopieerd uit ${from} (${seconds()})`,
        );
        const named = assembled.copiedHosts.length > 0 && assembled.copiedHosts.length <= 10 ? ` (${assembled.copiedHosts.join(", ")})` : "";
        log(`hosts met gekopieerde bestanden: ${assembled.copiedHosts.length} van ${hosts}${named}`);
        await step("assembled");
        started = performance.now();
        verified = await verifyRelease(temp, source.manifest);
        log(`gecontroleerd: ${verified} bestanden kloppen met het manifest (${seconds()})`);
        await step("verified");
        await rename(temp, target); // a whole folder, so renamed here: writeAtomic (output/atomic.ts) writes one file
        await step("renamed");
      } catch (error) {
        await rm(temp, { recursive: true, force: true });
        // The target did not exist before (and the lock keeps others out): whatever is there now is this run's.
        await rm(target, { recursive: true, force: true });
        throw error;
      }
    }
    const report: ReleaseReport = {
      name,
      reused,
      ...assembled,
      verified,
      previous: current?.name,
      switchMs: undefined,
      configInstalled: [],
      pruned: [],
    };
    if (current?.name === name) {
      log(`${name} is al de huidige release`);
      const changed = await configChanges(source.manifest, nginx.confDir);
      if (changed.length > 0) {
        const installed = await installConfig(target, changed, nginx, log);
        try {
          reloadNginx(nginx, log);
        } catch (error) {
          await installed.restore();
          throw new ReleaseError(`${(error as Error).message}\nDe vorige nginx-configuratie is teruggezet.`);
        }
        report.configInstalled = changed;
      }
      return report;
    }
    let switched: Switched;
    try {
      switched = await switchTo(to, name, current?.name, nginx, log);
    } catch (error) {
      if (!reused) await rm(target, { recursive: true, force: true });
      throw error;
    }
    report.switchMs = switched.switchMs;
    report.configInstalled = switched.configInstalled;
    // The history is written after the switch: a crash in between leaves `current` not in the history, and
    // rollback then goes back to the history's last release, which is the one before it.
    const at = current ? history.lastIndexOf(current.name) : -1;
    const next = [...(at === -1 ? history : history.slice(0, at + 1)), ...(current && at === -1 ? [current.name] : []), name];
    await writeHistory(to, next);
    report.pruned = await prune(to, next, keep, name, log);
    await writeHistory(
      to,
      next.filter((entry) => existsSync(join(to, RELEASES_DIR, entry))),
    );
    return report;
  });
}

export async function rollback(options: RollbackOptions): Promise<RollbackReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const to = resolve(options.to);
  const nginx: NginxControl = { ...NGINX_DEFAULTS, ...options.nginx };
  if (!existsSync(join(to, RELEASES_DIR)))
    throw new ReleaseError(`${join(to, RELEASES_DIR)} bestaat niet: er is nog nooit een release gemaakt in ${to}.`);
  return withLocks(to, undefined, log, async () => {
    const current = await readCurrent(to);
    if (!current) throw new ReleaseError(`${join(to, CURRENT_LINK)} bestaat niet: er is geen release om van terug te gaan.`);
    const history = await readHistory(to, log);
    const at = history.lastIndexOf(current.name);
    const before = at === -1 ? history : history.slice(0, at);
    let target: string | undefined;
    let kept: string[];
    if (options.name !== undefined) {
      target = checkName(options.name);
      if (!existsSync(join(to, RELEASES_DIR, target))) throw new ReleaseError(`${join(to, RELEASES_DIR, target)} bestaat niet.`);
      if (target === current.name) throw new ReleaseError(`${target} is al de huidige release.`);
      kept = [...(at === -1 ? history : history.slice(0, at + 1)), target];
    } else {
      const index = before.findLastIndex((name) => name !== current.name && existsSync(join(to, RELEASES_DIR, name)));
      if (index === -1) throw new ReleaseError(`Er is geen vorige release om naar terug te gaan (huidige release: ${current.name}).`);
      target = before[index]!;
      kept = before.slice(0, index + 1);
    }
    const dir = join(to, RELEASES_DIR, target);
    log(`terug van ${current.name} naar ${target}`);
    const verified = await verifyRelease(dir, (await readManifestFile(join(dir, DEPLOY_DIR, "manifest.json"))).manifest);
    log(`gecontroleerd: ${verified} bestanden kloppen met het manifest`);
    const switched = await switchTo(to, target, current.name, nginx, log);
    await writeHistory(to, kept);
    return { from: current.name, to: target, ...switched };
  });
}
