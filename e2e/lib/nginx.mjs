// One way to run the real nginx in every real-server test (the e2e gates, e2e/nginx/*.mjs and the generator's
// `nginx -t` test): the binary from NGINX_BIN (Debian's nginx-light in CI), in the foreground as a child of the test
// (no daemon), so it stops with the test and never touches system paths; works as root and as any other user.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import net from "node:net";
import { join } from "node:path";

export const nginxBin = process.env.NGINX_BIN ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
// nginx reads NGINX from its environment (sockets inherited during a binary upgrade): never pass one on.
export const nginxEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NGINX"));

/** Whether the nginx binary can run here (a test without it is skipped and says why). */
export function haveNginx() {
  return spawnSync(nginxBin, ["-v"], { env: nginxEnv }).status === 0;
}

/**
 * `-g` for a test server: never a daemon; without `master`, one process that serves itself (enough for requests),
 * with it, a master and workers as in production (needed to test reloads).
 */
const globals = (master) => ["-g", master ? "daemon off;" : "daemon off; master_process off;"];

/** `nginx -t` on a complete configuration; `prefix` keeps relative paths inside a test folder. */
export function testConfig(config, { prefix, master = false } = {}) {
  const args = ["-t", ...(prefix ? ["-p", prefix] : []), "-c", config, ...globals(master)];
  const result = spawnSync(nginxBin, args, { encoding: "utf8", env: nginxEnv });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  return { ok: result.status === 0 && output.includes("test is successful"), output };
}

/** A self-signed certificate for werkcentrum.nl (P-256, one day) as `key.pem` and `cert.pem` in `dir`: { key, cert }. */
export function selfSignedCertificate(dir, openssl = "openssl") {
  const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
  const subject = ["-subj", "/CN=werkcentrum.nl", "-keyout", key, "-out", cert];
  execFileSync(openssl, ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", ...subject], {
    stdio: "ignore",
  });
  return { key, cert };
}

/**
 * The main nginx.conf of a test server around the server blocks in `include`: pid, error and access log and temporary
 * files in the folder `state`, so nginx touches no system path.
 */
export function testMainConfig({ state, include, workerProcesses }) {
  return [
    `pid ${join(state, "nginx.pid")};`,
    `error_log ${join(state, "error.log")} warn;`,
    ...(workerProcesses ? [`worker_processes ${workerProcesses};`] : []),
    "events {}",
    "http {",
    `access_log ${join(state, "access.log")};`,
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${join(state, kind)};`),
    `include ${include};`,
    "}",
    "",
  ].join("\n");
}

const running = new Set();
// A test that ends in any way short of SIGKILL takes its servers with it (kill is synchronous, so it works here).
process.on("exit", () => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
});

/**
 * Checks `config` with `nginx -t` (throws with nginx's output when it fails), then starts nginx with it and waits
 * until `port` accepts connections. The pid goes to `<work>/pids`, so a wrapper (.ci/run) can stop a server whose
 * test was killed. `onExit(code, signal)` hears of a server that stopped by itself (anything but a SIGTERM).
 * Returns { child, output (of nginx -t), stop() }.
 */
export async function startNginx(config, { work, port, master = false, onExit } = {}) {
  const test = testConfig(config, { master });
  if (!test.ok) throw new Error(`nginx -t -c ${config} failed:\n${test.output}`);
  const child = spawn(nginxBin, ["-c", config, ...globals(master)], { stdio: ["ignore", "inherit", "inherit"], env: nginxEnv });
  running.add(child);
  if (work) await appendFile(join(work, "pids"), `${child.pid}\n`);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let stopping = false;
  child.once("exit", (code, signal) => {
    running.delete(child);
    if (!stopping && signal !== "SIGTERM" && onExit) onExit(code, signal);
  });
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  if (port) await waitForPort(port);
  return { child, output: test.output, stop };
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port, or rejects after `ms`. */
export async function waitForPort(port, ms = 10_000) {
  const until = Date.now() + ms;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
