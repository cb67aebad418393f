// Serves dist/ with the real nginx configuration of the deploy issue: `werkcentrum nginx --listen ... --root ...`
// prints it, `nginx -t` must accept it, and nginx runs in the foreground as a child of this process (no daemon,
// no master process), so it stops with us and never touches system paths. Same approach as
// packages/generator/scripts/nginx-e2e.mjs, whose port helpers we reuse; works as root and as any other user.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { freePort, waitForPort } from "../../packages/generator/scripts/nginx-e2e-http.mjs";

const nginxBin = process.env.NGINX_BIN ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
// nginx reads NGINX from its environment (sockets inherited during a binary upgrade): never pass one on.
const nginxEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NGINX"));

/**
 * Starts nginx for `dist` on a free loopback port; `project` is the folder with the sites/ it was built from. Returns { port, stop }. The nginx pid is also appended to
 * <work>/pids so a wrapper (.ci/run) can stop it if this process is killed.
 */
export async function startNginx({ repo, dist, work, project = repo }) {
  if (!existsSync(join(dist, "deploy", "nginx", "security-headers.conf"))) {
    throw new Error(`${dist}/deploy/nginx/ is missing: run \`werkcentrum deploy\` (npm run build does) before the e2e gates`);
  }
  const port = await freePort();
  const cli = join(repo, "packages/generator/bin/werkcentrum.js");
  const args = [cli, "nginx", "--listen", `127.0.0.1:${port}`, "--root", dist, "--state", join(work, "nginx-state")];
  // In the project whose sites/ built `dist`: its redirects.yml files become nginx's redirects.
  const printed = spawnSync(process.execPath, args, { cwd: project, encoding: "utf8" });
  if (printed.status !== 0) throw new Error(`werkcentrum nginx failed (exit ${printed.status}):\n${printed.stderr}`);
  const config = printed.stdout;
  const file = join(work, "nginx.conf");
  await mkdir(work, { recursive: true });
  await writeFile(file, config);
  const daemonOff = ["-g", "daemon off; master_process off;"];
  const test = spawnSync(nginxBin, ["-t", "-c", file, ...daemonOff], { encoding: "utf8", env: nginxEnv });
  if (test.status !== 0) throw new Error(`nginx -t -c ${file} failed:\n${test.stderr}`);
  const server = spawn(nginxBin, ["-c", file, ...daemonOff], { stdio: ["ignore", "inherit", "inherit"], env: nginxEnv });
  await appendFile(join(work, "pids"), `${server.pid}\n`);
  const exited = new Promise((resolve) => server.on("exit", resolve));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
    await exited;
  };
  // Stop nginx with us, also when we are interrupted (a killed runner must not leave a server on loopback).
  const kill = () => server.exitCode === null && server.signalCode === null && server.kill("SIGTERM");
  process.on("exit", kill);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      kill();
      process.exit(130);
    });
  }
  await waitForPort(port);
  return { port, stop };
}
