// Helpers shared by the output tests (not a test file itself, and not part of the package's API).
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
      return [path.slice(dir.length + 1), createHash("sha256").update(await readFile(path)).digest("hex")] as const;
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
  let onPause: (point: string) => void = () => undefined;
  const paused = new Promise<string>((resolve) => (onPause = resolve));
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    const match = new RegExp(`^${PAUSED_LINE} (\\S+)$`, "m").exec(stderr);
    if (match) onPause(match[1]!);
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { pid: child.pid!, paused, exit, kill: (signal = "SIGKILL") => child.kill(signal) };
}
