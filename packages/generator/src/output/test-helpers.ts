// Helpers shared by the output tests and the other tests that compare built trees (build.determinism.test.ts,
// images/prepare.test.ts); not a test file itself, and not part of the package's API.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PAUSE_VARIABLE, PAUSED_LINE } from "./process.js";

/** The pid of a process that has ended (and was reaped): no process runs with it now. */
export function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  if (!pid) throw new Error("could not start a process");
  return pid;
}

/** Every file below `dir` (following a link at `dir` itself): relative path → sha256, sorted. */
export async function tree(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return [
        path.slice(dir.length + 1),
        createHash("sha256")
          .update(await readFile(path))
          .digest("hex"),
      ] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

const register = fileURLToPath(new URL("../../test/child/register.mjs", import.meta.url));
const childScript = fileURLToPath(new URL("./build-child.ts", import.meta.url));

export interface Child {
  pid: number;
  /** Resolves with the point name once the child stopped at WERKCENTRUM_TEST_PAUSE. */
  paused: Promise<string>;
  /** Resolves when the child's stderr matches `pattern`; rejects when the child ends first. */
  waitFor(pattern: RegExp): Promise<void>;
  /** Resolves when the child ended, with its exit code (null when killed) and what it wrote. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  kill(signal?: NodeJS.Signals): void;
}

/**
 * `buildSites` in a child process running from source (build-child.ts), optionally stopping at a pause point of the
 * output swap until it is killed.
 */
export function buildInChild(args: { sitesDir: string; outDir: string; slugs: string[]; lockWaitMs?: number }, pauseAt?: string): Child {
  const env: NodeJS.ProcessEnv = { ...process.env, WERKCENTRUM_BUILD_DATE: "2026-11-01" };
  if (pauseAt) env[PAUSE_VARIABLE] = pauseAt;
  else delete env[PAUSE_VARIABLE];
  const child = spawn(process.execPath, ["--conditions=@werkcentrum/source", "--import", register, childScript, JSON.stringify(args)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const watchers = new Set<() => void>();
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const watcher of watchers) watcher();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(stderr)) return;
        watchers.delete(check);
        resolve();
      };
      watchers.add(check);
      check();
      void exit.then(() => {
        check();
        if (watchers.delete(check)) reject(new Error(`the child ended before its stderr matched ${pattern}:\n${stderr}`));
      });
    });
  const pausedLine = new RegExp(`^${PAUSED_LINE} (\\S+)$`, "m");
  const paused = waitFor(pausedLine).then(() => pausedLine.exec(stderr)![1]!);
  paused.catch(() => undefined); // a child without a pause point never pauses: only an await of it sees that
  return { pid: child.pid!, paused, waitFor, exit, kill: (signal = "SIGKILL") => child.kill(signal) };
}
