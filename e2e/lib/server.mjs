// Serves dist/ with the real nginx configuration: `werkcentrum nginx --listen ... --root ...` prints it, and
// e2e/lib/nginx.mjs checks it with `nginx -t` and runs nginx in the foreground as a child of this process.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { freePort, startNginx as runNginx } from "./nginx.mjs";

/**
 * Starts nginx for `dist` on a free loopback port; `project` is the folder with the sites/ it was built from.
 * Returns { port, stop }. The nginx pid is also appended to <work>/pids, so a wrapper (.ci/run) can stop it if this
 * process is killed.
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
  const { stop } = await runNginx(file, { work, port });
  // An interrupted runner exits, and nginx.mjs stops the server on exit: none is left on loopback.
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(130));
  return { port, stop };
}
