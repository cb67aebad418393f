import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import lockfile from "proper-lockfile";
import { OutputError, stateWriteError } from "./errors.js";
import { isAlive } from "./process.js";
import { STATE_DIR } from "./versions.js";

/**
 * One build at a time per output folder. Two `werkcentrum build` runs in one checkout would otherwise both read
 * `builds.json`, build, and write it back, and the last one would drop the hosts the other built.
 *
 * The lock is proper-lockfile's: an atomic mkdir of `<outDir>/.werkcentrum/build.lock`, whose time the holder
 * renews every second, and which another process may take over once that time is older than the stale limit. It
 * needs no pid, so it also holds between containers that share a checkout and survives pid reuse, and it works the
 * same within one process (two buildSites calls). On top of it, the holder writes its pid and host name next to the
 * lock (`build.lock.json`): a waiter names the build it waits for, and when that process no longer runs on this
 * machine (killed with SIGKILL), takes the lock over after 2 seconds instead of the full stale limit. A holder that
 * is alive renews the time every second, so even a wrong guess about its pid cannot take its lock.
 */

/** Without renewal for this long, the lock is taken over: longer than any pause of a busy main thread. */
const STALE_MS = 60_000;
/** The shortest stale limit proper-lockfile accepts: for a lock whose holder is known to be gone. */
const GONE_STALE_MS = 2_000;
const RENEW_MS = 1_000;
const POLL_MS = 250;
/** How long a waiter gives a new holder to write its owner file before it says who it waits for. */
const OWNER_GRACE_MS = 1_000;
/** How long a build waits for another by default: a cold build of all 36 sites takes a few minutes. */
export const DEFAULT_LOCK_WAIT_MS = 15 * 60_000;

interface Owner {
  pid: number;
  hostname: string;
  /** ISO time the lock was taken. */
  since: string;
}

export interface OutputLock {
  /** Set when another process took the lock over during the build (after a pause longer than the stale limit). */
  readonly compromised: Error | undefined;
  release(): Promise<void>;
}

export interface LockOptions {
  /** The longest wait for another build, in milliseconds. */
  waitMs?: number;
  /** Called once, with a Dutch line, when this build has to wait. */
  onWait?: (line: string) => void;
  /** What holds the lock, in the messages and the lock's file name: "build" (default) or "release". */
  kind?: "build" | "release";
}

async function readOwner(file: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(file, "utf8")) as Partial<Owner>;
    return typeof owner.pid === "number" && typeof owner.hostname === "string" ? (owner as Owner) : undefined;
  } catch {
    return undefined;
  }
}

function describe(owner: Owner | undefined, kind: string): string {
  if (!owner) return `een andere werkcentrum ${kind}`;
  const since = new Date(owner.since);
  const time = Number.isNaN(since.getTime()) ? "" : `, gestart om ${since.toLocaleTimeString("nl-NL", { hour12: false })}`;
  const where = owner.hostname === hostname() ? "" : ` op ${owner.hostname}`;
  return `een andere werkcentrum ${kind} (proces ${owner.pid}${where}${time})`;
}

function duration(ms: number): string {
  if (ms < 60_000) return `${Math.max(1, Math.round(ms / 1000))} seconde${Math.round(ms / 1000) === 1 ? "" : "n"}`;
  const minutes = Math.round(ms / 60_000);
  return `${minutes} minu${minutes === 1 ? "ut" : "ten"}`;
}

/**
 * Takes the build lock of `outDir`, waiting for another build that holds it for at most `waitMs` (with one Dutch
 * line saying so), then stops with an OutputError. A lock left by a killed build never blocks: see above.
 * `kind: "release"` is the same lock under another name, for the release folder of `werkcentrum release`.
 */
export async function lockOutput(outDir: string, options: LockOptions = {}): Promise<OutputLock> {
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const stateDir = join(outDir, STATE_DIR);
  const kind = options.kind ?? "build";
  const lockPath = join(stateDir, `${kind}.lock`);
  const ownerFile = join(stateDir, `${kind}.lock.json`);
  try {
    await mkdir(stateDir, { recursive: true });
  } catch (error) {
    throw stateWriteError(error, "Het slot van de build", stateDir) ?? error;
  }
  const started = Date.now();
  const deadline = started + waitMs;
  let waited = false;
  let compromised: Error | undefined;
  for (;;) {
    const owner = await readOwner(ownerFile);
    const gone = owner !== undefined && owner.hostname === hostname() && !isAlive(owner.pid);
    let unlock: () => Promise<void>;
    try {
      unlock = await lockfile.lock(outDir, {
        lockfilePath: lockPath,
        realpath: false,
        stale: gone ? GONE_STALE_MS : STALE_MS,
        update: RENEW_MS,
        retries: 0,
        onCompromised: (error) => {
          compromised = error;
        },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw stateWriteError(error, "Het slot van de build", stateDir) ?? error;
      if (Date.now() >= deadline) {
        throw new OutputError(
          `Gestopt: ${describe(owner, kind)} gebruikt ${outDir} nog, na ${duration(waitMs)} wachten. Deze ${kind} heeft niets veranderd. ` +
            `Wacht tot die ${kind} klaar is en start deze opnieuw. Draait er geen ${kind} meer, verwijder dan de map ${lockPath}.`,
        );
      }
      if (!waited) {
        // The holder writes its owner file just after taking the lock: read it again, and give it up to a second,
        // so the line names the process instead of "een andere build" when this arrived in between.
        const holder = (await readOwner(ownerFile)) ?? owner;
        if (!holder && Date.now() < started + OWNER_GRACE_MS) {
          await delay(POLL_MS);
          continue;
        }
        options.onWait?.(
          `Wacht: ${describe(holder, kind)} gebruikt ${outDir}. Deze ${kind} begint zodra die klaar is (hooguit ${duration(waitMs)}).`,
        );
      }
      waited = true;
      await delay(POLL_MS);
      continue;
    }
    try {
      await writeFile(ownerFile, `${JSON.stringify({ pid: process.pid, hostname: hostname(), since: new Date().toISOString() } satisfies Owner)}\n`);
    } catch (error) {
      await unlock().catch(() => undefined);
      throw stateWriteError(error, "Het slot van de build", stateDir) ?? error;
    }
    return {
      get compromised() {
        return compromised;
      },
      async release() {
        // Taken over: the lock and the owner file are the other build's now.
        if (compromised) return;
        // The owner file first: once the lock is gone, the next holder writes its own.
        await rm(ownerFile, { force: true }).catch(() => undefined);
        await unlock().catch(() => undefined);
      },
    };
  }
}
