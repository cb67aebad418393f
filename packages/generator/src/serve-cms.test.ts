import { get, type IncomingHttpHeaders } from "node:http";
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectPaths } from "./paths.js";
import { serveSite } from "./serve.js";
import { getSite } from "./sites.js";
import { siteScaffold } from "./sync.js";

// The preview with the web editor (`serve --beheer`) starts Decap's local proxy as a child process. That process can
// write any file in the checkout, so it must never outlive the preview: not after close(), not after Ctrl+C or
// SIGTERM of the CLI, not even after a SIGKILL. (A surviving proxy also kept the e2e run open: its stdout is the
// preview's.)

const drenthe = getSite("drenthe")!;
let root: string;
let paths: ProjectPaths;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something accepts connections on the loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Whether a process with this id exists (a zombie counts: it is reaped once its parent has seen it exit). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/** Decap's proxy answers its `info` action with the repository's folder name. */
async function proxyInfo(port: number): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ action: "info" }),
  });
  return response.json();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-serve-cms-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  for (const [file, text] of Object.entries(siteScaffold(drenthe))) {
    await mkdir(join(paths.sitesDir, "drenthe", file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, "drenthe", file), text);
  }
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * GET as a browser opens a page (`Sec-Fetch-Mode: navigate`): only then the dev server adds its reload script.
 * node:http, because fetch sets that header itself.
 */
function open(url: string): Promise<{ headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "sec-fetch-mode": "navigate" } }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ headers: response.headers, body }));
    }).on("error", reject);
  });
}

describe("serve --beheer: Decap's local proxy ends with the preview", () => {
  it("close() resolves only after the proxy's process has exited", async () => {
    const port = await freePort();
    const cmsPort = await freePort();
    const preview = await serveSite(drenthe, paths, port, { cmsPort });
    try {
      expect(await until(() => listening(cmsPort), 15_000)).toBe(true);
      expect(await proxyInfo(cmsPort)).toMatchObject({ type: "local_fs" });
      expect(preview.cmsProxyPid).toBeGreaterThan(0);
      // The site's pages reload when the preview rebuilds; the web editor does not (its own saves rebuild it).
      const admin = await open(`http://localhost:${port}/admin/`);
      expect(admin.headers["content-security-policy"]).toContain("'unsafe-eval'");
      expect(admin.body).toMatch(/<script src="\/admin\/cms\.[0-9a-f]{10}\.js"><\/script>/);
      expect(admin.body).not.toContain("reload-client");
      expect((await open(`http://localhost:${port}/`)).body).toContain("reload-client");
    } finally {
      await preview.close();
    }
    // No waiting here: close() promised the process is gone.
    expect(alive(preview.cmsProxyPid!)).toBe(false);
    expect(await listening(cmsPort)).toBe(false);
  }, 60_000);

  const register = fileURLToPath(new URL("../test/child/register.mjs", import.meta.url));
  const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));

  /** The CLI as an editor starts it (`npm run dev -- --site drenthe --beheer`), in its own process. */
  async function startCli(port: number) {
    const script = `const { run } = await import(${JSON.stringify(cli)}); await run(["serve", "--site", "drenthe", "--port", "${port}", "--beheer"]);`;
    const child = spawn(process.execPath, ["--conditions=@werkcentrum/source", "--import", register, "--input-type=module", "-e", script], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk));
    // The pipes close only when every process holding them has ended: the CLI and the proxy it started.
    const closed = new Promise<number | null>((resolve) => child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : null))));
    const started = await until(async () => log.includes("Beheeromgeving") || child.exitCode !== null, 60_000);
    expect(started && child.exitCode === null, log).toBe(true);
    expect(await until(() => listening(port + 1), 15_000), log).toBe(true);
    return { child, closed, log: () => log };
  }

  for (const signal of ["SIGTERM", "SIGINT", "SIGKILL"] as const) {
    it(`after ${signal} to the CLI, the proxy ends too and the output pipes close`, async () => {
      const port = await freePort();
      const { child, closed, log } = await startCli(port);
      child.kill(signal);
      const ended = await Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
      if (!ended) child.kill("SIGKILL");
      expect(ended, `the CLI's output stayed open 10 s after ${signal}:\n${log()}`).toBe(true);
      expect(await until(async () => !(await listening(port + 1)), 5_000)).toBe(true);
    }, 90_000);
  }
});
