import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OutputError } from "./errors.js";
import { lockOutput } from "./lock.js";

// A file system that refuses to create folders, at the module boundary (tests run as root, where chmod blocks nothing).
const refuse = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    mkdir: (async (path, options) => {
      if (refuse.code) throw Object.assign(new Error(`${refuse.code}: refused, mkdir '${String(path)}'`), { code: refuse.code, path: String(path) });
      return real.mkdir(path, options);
    }) as typeof real.mkdir,
  };
});

let outDir: string;
beforeEach(async () => {
  outDir = join(await mkdtemp(join(tmpdir(), "wc-lock-")), "dist");
});
afterEach(async () => {
  refuse.code = undefined;
  await rm(join(outDir, ".."), { recursive: true, force: true });
});

const register = fileURLToPath(new URL("../../test/child/register.mjs", import.meta.url));
const lockModule = fileURLToPath(new URL("./lock.ts", import.meta.url));

/** Another process that takes the lock of `outDir` and keeps it until it is killed. */
async function holderProcess(): Promise<{ pid: number; kill: () => Promise<void> }> {
  const script = `const { lockOutput } = await import(${JSON.stringify(lockModule)}); await lockOutput(${JSON.stringify(outDir)}); console.log("locked"); setInterval(() => {}, 60000);`;
  const child = spawn(process.execPath, ["--conditions=@werkcentrum/source", "--import", register, "--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.on("close", (code) => reject(new Error(`holder ended early: ${code}`)));
  });
  return {
    pid: child.pid!,
    kill: async () => {
      child.kill("SIGKILL");
      await exited; // reaped: its pid no longer runs
    },
  };
}

describe("lockOutput", () => {
  it("makes a second build in the same process wait, with one Dutch line, until the first releases", async () => {
    const first = await lockOutput(outDir);
    const lines: string[] = [];
    let second: Awaited<ReturnType<typeof lockOutput>> | undefined;
    const waiting = lockOutput(outDir, { waitMs: 20_000, onWait: (line) => lines.push(line) }).then((lock) => (second = lock));
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(lines[0]).toMatch(
      new RegExp(
        `^Wacht: een andere werkcentrum build \\(proces ${process.pid}, gestart om \\d\\d:\\d\\d:\\d\\d\\) gebruikt ${outDir}\\. Deze build begint zodra die klaar is \\(hooguit 20 seconden\\)\\.$`,
      ),
    );
    expect(second).toBeUndefined();

    await first.release();
    await waiting;
    expect(lines).toHaveLength(1);
    await second!.release();
  });

  it("stops with a Dutch message after the longest wait, naming the other build's process", async () => {
    const holder = await holderProcess();
    try {
      const error = await lockOutput(outDir, { waitMs: 1_500 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputError);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^Gestopt: een andere werkcentrum build \\(proces ${holder.pid}, gestart om [\\d:]+\\) gebruikt ${outDir} nog, na 2 seconden wachten\\. Deze build heeft niets veranderd\\.`,
        ),
      );
      expect((error as Error).message).toContain(join(outDir, ".werkcentrum/build.lock"));
    } finally {
      await holder.kill();
    }
  });

  it("takes over the lock of a build that was killed with SIGKILL within seconds, not the full stale limit", async () => {
    const holder = await holderProcess();
    await holder.kill();
    const started = Date.now();
    const lines: string[] = [];

    const lock = await lockOutput(outDir, { waitMs: 30_000, onWait: (line) => lines.push(line) });

    expect(Date.now() - started).toBeLessThan(10_000);
    await lock.release();
  });

  it("names the folder and the cause when the disk refuses the lock, without waiting", async () => {
    refuse.code = "EROFS";
    const error = await lockOutput(outDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toBe(
      `Het slot van de build kan niet worden geschreven in ${outDir}: het bestandssysteem is alleen-lezen (EROFS). Maak de schijf beschrijfbaar, of bouw in een andere map (--out <map>).`,
    );
  });
});
