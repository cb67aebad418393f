#!/usr/bin/env node
// Release under load (DEPLOY.md section 9): `werkcentrum release` and `werkcentrum rollback` against a temporary /srv-like
// folder and a real nginx on loopback, while a Node load loop requests pages of several hosts over keep-alive TLS
// connections. Every response must be a 200 whose body is byte for byte the file of release A or of release B (never
// an error, never a mix), and zero requests may fail. Prints the figures (requests, failures, switch times).
//
//   node e2e/nginx/release-under-load.mjs [--dist <folder>] [--work <folder>] [--seconds <n>] [--keep]
//
// --dist     the built sites (default: dist/ of the repository), as `npm run build` leaves them; only read
// --work     an empty folder for the test's files; the pid of nginx goes to <work>/pids
// --seconds  how long each quiet phase of the load lasts (default 1.5)
//
// Build A is the given dist/. Build B is made by the real generator, not by editing files: one news item is added
// to a temporary copy of one region (with the fixture redirects, so nginx's configuration changes too), and only
// that site is rebuilt (`werkcentrum build --site`, a few seconds) and `werkcentrum deploy` run again. B therefore
// differs from A as a real next release does (navigation, sitemap, search index, nginx configuration), and the
// manifests, hashes and configuration are the generator's own. Only the `listen` lines and the access log's place
// are changed for the test (loopback ports, a file in the work folder), with the manifest's hash updated to match.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import https from "node:https";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as api from "@werkcentrum/generator";
import { freePort, nginxBin as nginx, selfSignedCertificate, startNginx as runNginx, testMainConfig } from "../lib/nginx.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = join(repo, "packages/generator/bin/werkcentrum.js");
/** The region that gets the changed content and the fixture redirects, in the temporary copy only. */
const CHANGED_SITE = "rijnmond";
const NEWS_ITEM = `---
titel: Test van een nieuwe release
datum: 2026-11-30
samenvatting: Dit bericht staat alleen in de test van werkcentrum release.
---

Dit bericht staat alleen in de test van werkcentrum release.
`;
const CONCURRENCY = 8;

const { values } = parseArgs({
  options: { dist: { type: "string" }, work: { type: "string" }, seconds: { type: "string" }, keep: { type: "boolean" } },
});
const distDir = resolve(values.dist ?? join(repo, "dist"));
const work = values.work ? resolve(values.work) : await mkdtemp(join(tmpdir(), "werkcentrum-release-"));
const quietMs = Number(values.seconds ?? "1.5") * 1000;
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

let server;
for (const signal of ["SIGINT", "SIGTERM"]) {
  // Exiting stops nginx (e2e/lib/nginx.mjs).
  process.on(signal, () => {
    if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

const step = (text) => console.log(`== ${text}`);
const indented = (text) => console.log(text.trimEnd().replace(/^/gm, "   "));
const sha256 = (data) => createHash("sha256").update(data).digest("hex");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function werkcentrum(cwd, ...args) {
  return execFileSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** The CLI as a child that does not block the load loop; resolves with its output, times and exit. */
function werkcentrumAsync(cwd, args, env = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exit = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr, started, ended: performance.now() })),
  );
  return { child, exit, stderr: () => stderr };
}

/**
 * The test's version of the production file: the generator's own, with loopback listen lines and the access log in
 * the work folder. The manifest's hash of the file is updated, so release verifies exactly what it installs.
 */
async function adaptConfig(paths, conf, ports) {
  const { data: redirects, problems } = await api.readAllRedirects(paths, undefined, paths.outDir);
  if (problems.length > 0) throw new Error(`redirects: ${problems.map((p) => p.message).join("; ")}`);
  const plan = api.planServers(join(work, "srv", "current"), redirects);
  const text = api.renderProductionConfig(plan, {
    confDir: conf,
    httpsListen: [`127.0.0.1:${ports.https} ssl`],
    httpListen: [`127.0.0.1:${ports.http}`],
    accessLog: join(work, "state", "access.log"),
  });
  const deploy = join(paths.outDir, "deploy");
  await writeFile(join(deploy, "nginx", api.PRODUCTION_CONFIG_FILE), text);
  const manifest = JSON.parse(await readFile(join(deploy, "manifest.json"), "utf8"));
  manifest.config[`nginx/${api.PRODUCTION_CONFIG_FILE}`] = sha256(text);
  await writeFile(join(deploy, "manifest.json"), api.serializeManifest(manifest));
  // The hosting team's own TLS files (never installed by release): one for the sites, one per old domain.
  const tls = await readFile(join(conf, "tls.conf"), "utf8");
  await mkdir(join(conf, "tls"), { recursive: true });
  for (const legacy of plan.legacy) await writeFile(join(conf, "tls", `${legacy.host}.conf`), tls);
  return manifest;
}

/** `index.html` → `/`, `a/index.html` → `/a/`, anything else → `/<file>`. */
function urlOf(file) {
  return file === "index.html" ? "/" : file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

/**
 * The requests of the load: on four hosts the home page, two other pages and the stylesheet; on the changed host
 * every page present in both builds. Each with the exact bytes of A and of B.
 */
async function targets(srv, distB, manifestA, manifestB) {
  const changedHost = api.getSite(CHANGED_SITE).host;
  const hosts = [api.landingSite.host, changedHost, api.allSites[1].host, api.allSites.at(-1).host];
  const list = [];
  for (const host of [...new Set(hosts)]) {
    const files = Object.keys(manifestA.hosts[host].files).filter((file) => file in manifestB.hosts[host].files && !/\.(gz|br)$/.test(file));
    const html = files.filter((file) => file.endsWith("index.html"));
    const chosen = host === changedHost ? html : [...html.slice(0, 3), ...files.filter((file) => file.endsWith(".css")).slice(0, 1)];
    for (const file of chosen) {
      list.push({ host, path: urlOf(file), a: await readFile(join(srv, "releases/A", host, file)), b: await readFile(join(distB, host, file)) });
    }
  }
  return list;
}

/**
 * nginx with a master and workers (`master`), as in production: a reload starts new workers and lets the old ones
 * finish. In the foreground, as a child of this script, so it ends with the script.
 */
async function startNginx(config, port) {
  server = await runNginx(config, {
    work,
    port,
    master: true,
    onExit: (code, signal) => failures.push(`nginx stopped: code ${code}, signal ${signal}`),
  });
}

/**
 * The load: CONCURRENCY loops, each sending the next target over a shared keep-alive agent until stopped. A
 * request on a reused keep-alive connection that the server closed before answering (ECONNRESET or a hang-up
 * without any response: what an nginx worker does to its idle connections when a reload retires it) is sent once
 * more on a new connection, as browsers and Node's documentation (request.reusedSocket) do; these are counted and
 * printed. So is a hang-up before any response byte on a connection that had just been opened: during a reload an
 * old worker can accept a connection from the queue and then close it unanswered (seen in CI: 3 of 96,578); a GET is
 * idempotent, so a client may send it again. A request that fails on its second connection is never sent again. Any other
 * error, a second such error, a status other than 200 or a body that is neither A's nor B's is a failure.
 */
function load(port, list) {
  const agent = new https.Agent({ keepAlive: true, maxSockets: CONCURRENCY, rejectUnauthorized: false });
  const results = [];
  const stats = { requests: 0, retried: 0, failed: 0, a: 0, b: 0 };
  let stopped = false;
  let next = 0;
  const once = (target, fresh = false) =>
    new Promise((resolve) => {
      const options = { host: "127.0.0.1", port, path: target.path, servername: target.host, headers: { Host: target.host } };
      const request = https.request(fresh ? { ...options, agent: false, rejectUnauthorized: false } : { ...options, agent }, (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
        response.on("error", (error) => resolve({ error, reused: false }));
      });
      request.setTimeout(10_000, () => request.destroy(new Error("timeout")));
      request.on("error", (error) => resolve({ error, reused: request.reusedSocket }));
      request.end();
    });
  const loop = async () => {
    while (!stopped) {
      const target = list[next++ % list.length];
      const started = performance.now();
      let result = await once(target);
      if (result.error && (result.error.code === "ECONNRESET" || /socket hang up/.test(result.error.message))) {
        stats.retried += 1;
        result = await once(target, true);
      }
      const ended = performance.now();
      stats.requests += 1;
      const content = result.body?.equals(target.a) ? "A" : result.body?.equals(target.b) ? "B" : undefined;
      if (result.error || result.status !== 200 || !content) {
        stats.failed += 1;
        failures.push(
          `${target.host}${target.path}: ${result.error ? `${result.error.message}${result.reused ? " (reused connection)" : ""}` : `status ${result.status}, ${content ? content : "body neither A nor B"}`}`,
        );
        continue;
      }
      stats[content.toLowerCase()] += 1;
      // Only the pages that differ tell which release answered.
      if (!target.a.equals(target.b)) results.push({ started, ended, content, target: `${target.host}${target.path}` });
    }
  };
  const loops = Array.from({ length: CONCURRENCY }, loop);
  return {
    stats,
    results,
    async stop() {
      stopped = true;
      await Promise.all(loops);
      agent.destroy();
    },
  };
}

/** Every answer that started after `after` and ended before `before` came from `release`. */
function sameRelease(results, release, after, before, what) {
  const wrong = results.filter((r) => r.started > after && r.ended < before && r.content !== release);
  const seen = results.filter((r) => r.started > after && r.ended < before).length;
  check(seen > 0, `${what}: no answers to compare`);
  check(wrong.length === 0, `${what}: ${wrong.length} of ${seen} answers not from release ${release}, e.g. ${wrong[0]?.target}`);
  return seen;
}

function switchLine(stdout) {
  return Number(/omgezet in ([\d.]+) ms/.exec(stdout)?.[1] ?? Number.NaN);
}

async function main() {
  const project = join(work, "project");
  const srv = join(work, "srv");
  const conf = join(work, "conf");
  const state = join(work, "state");
  // nginx's workers run as `nobody` when the test runs as root: they must be able to read the work folder.
  await chmod(work, 0o755);
  for (const dir of [srv, conf, state]) await mkdir(dir, { recursive: true, mode: 0o755 });
  const ports = { https: await freePort(), http: await freePort() };
  const paths = { sitesDir: join(project, "sites"), outDir: join(project, "dist") };

  step(`build A: a copy of ${distDir} with its deploy/ for ${srv}/current`);
  await cp(join(repo, "sites"), paths.sitesDir, { recursive: true, filter: (path) => !path.includes("node_modules") });
  await copyFile(join(repo, api.DEPLOY_SETTINGS_FILE), join(project, api.DEPLOY_SETTINGS_FILE));
  const versions = join(distDir, ".werkcentrum", "out");
  await cp(distDir, paths.outDir, { recursive: true, dereference: true, filter: (path) => path !== versions });
  const { key, cert } = selfSignedCertificate(conf);
  await writeFile(join(conf, "tls.conf"), api.tlsExample().replace(api.TLS_EXAMPLE_CERTIFICATE, cert).replace(api.TLS_EXAMPLE_KEY, key));
  werkcentrum(project, "deploy", "--root", join(srv, "current"), "--conf-dir", conf);
  const manifestA = await adaptConfig(paths, conf, ports);
  const mainConfig = join(work, "nginx.conf");
  await writeFile(mainConfig, testMainConfig({ state, include: join(conf, api.PRODUCTION_CONFIG_FILE), workerProcesses: 2 }));
  const control = ["--conf-dir", conf, "--nginx", nginx, "--nginx-config", mainConfig];
  const reload = ["--reload", `${nginx} -c ${mainConfig} -s reload`];

  step("werkcentrum release of A (the first: nginx is started after it, so --reload true)");
  const first = werkcentrum(project, "release", "--preview", "--to", srv, "--name", "A", ...control, "--reload", "true");
  indented(first);
  check((await readlink(join(srv, "current"))) === "releases/A", "current is not releases/A after the first release");
  await startNginx(mainConfig, ports.https);

  step(`build B: one news item and the fixture redirects in ${CHANGED_SITE}, werkcentrum build --site ${CHANGED_SITE}, werkcentrum deploy`);
  await mkdir(join(paths.sitesDir, CHANGED_SITE, "content", "nieuws"), { recursive: true });
  await writeFile(join(paths.sitesDir, CHANGED_SITE, "content", "nieuws", "test-van-een-release.md"), NEWS_ITEM);
  await copyFile(join(repo, "packages/generator/src/deploy/fixtures/redirects.yml"), join(paths.sitesDir, CHANGED_SITE, api.REDIRECTS_FILE));
  const buildStarted = performance.now();
  werkcentrum(project, "build", "--site", CHANGED_SITE);
  werkcentrum(project, "deploy", "--root", join(srv, "current"), "--conf-dir", conf);
  const manifestB = await adaptConfig(paths, conf, ports);
  console.log(`   build and deploy of B: ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
  const diff = werkcentrum(project, "deploy", "--diff", join(srv, "current/deploy/manifest.json"), join(paths.outDir, "deploy/manifest.json"));
  indented(diff);
  check(/nginx-configuratie gewijzigd/.test(diff), "build B does not change the nginx configuration");

  step(`load: ${CONCURRENCY} keep-alive connections over TLS; release B, rollback, a killed release, release again`);
  const list = await targets(srv, paths.outDir, manifestA, manifestB);
  check(
    list.some((target) => !target.a.equals(target.b)),
    "no requested page differs between A and B",
  );
  const traffic = load(ports.https, list);
  const t0 = performance.now();
  await sleep(quietMs);

  const releaseB = await werkcentrumAsync(project, ["release", "--preview", "--to", srv, "--name", "B", ...control, ...reload]).exit;
  indented(releaseB.stdout);
  check(releaseB.code === 0, `release B: exit ${releaseB.code}\n${releaseB.stderr}`);
  check(/nginx herladen/.test(releaseB.stdout), "release B did not reload nginx");
  await sleep(quietMs);

  const rollbackA = await werkcentrumAsync(project, ["rollback", "--to", srv, ...control, ...reload]).exit;
  indented(rollbackA.stdout);
  check(rollbackA.code === 0, `rollback: exit ${rollbackA.code}\n${rollbackA.stderr}`);
  check((await readlink(join(srv, "current"))) === "releases/A", "current is not releases/A after the rollback");
  await sleep(quietMs);

  // A release killed with SIGKILL once its folder is complete and verified, just before it would be renamed and
  // switched: current must stay A, and the next release removes what it left.
  const killed = werkcentrumAsync(project, ["release", "--preview", "--to", srv, "--name", "B2", ...control, ...reload], {
    WERKCENTRUM_TEST_PAUSE: "release-verified",
  });
  for (let waited = 0; !/werkcentrum-test-paused release-verified/.test(killed.stderr()) && waited < 60_000; waited += 50) await sleep(50);
  killed.child.kill("SIGKILL");
  const killedExit = await killed.exit;
  check(killedExit.signal === "SIGKILL", `the release to kill ended by itself: ${killedExit.code}\n${killedExit.stderr}`);
  check((await readlink(join(srv, "current"))) === "releases/A", "current changed after a killed release");
  const leftovers = (await readdir(join(srv, "releases"))).filter((name) => name.startsWith(".incoming-"));
  check(leftovers.length === 1, `the killed release left ${leftovers.length} temporary folders`);
  const afterKill = performance.now();
  await sleep(quietMs);

  const again = await werkcentrumAsync(project, ["release", "--preview", "--to", srv, "--name", "B2", ...control, ...reload]).exit;
  indented(again.stdout);
  check(
    again.code === 0 && /opgeruimd: .*\.incoming-B2-/.test(again.stdout),
    `release after the kill: exit ${again.code}, no clean-up line\n${again.stderr}`,
  );
  await sleep(quietMs);
  await traffic.stop();
  const seconds = (performance.now() - t0) / 1000;

  const r = traffic.results;
  const onlyA1 = sameRelease(r, "A", 0, releaseB.started, "before release B");
  const onlyB = sameRelease(r, "B", releaseB.ended, rollbackA.started, "between release B and the rollback");
  const onlyA2 = sameRelease(r, "A", rollbackA.ended, afterKill, "after the rollback, through the killed release");
  const onlyB2 = sameRelease(r, "B", again.ended, Number.POSITIVE_INFINITY, "after the release that followed the kill");
  check(traffic.stats.requests > 200, `only ${traffic.stats.requests} requests`);
  check(traffic.stats.failed === 0, `${traffic.stats.failed} requests failed`);
  const errors = (await readFile(join(state, "error.log"), "utf8")).split("\n").filter((line) => /\[(error|crit|alert|emerg)\]/.test(line));
  check(errors.length === 0, `nginx error log:\n${errors.slice(0, 5).join("\n")}`);

  const s = traffic.stats;
  console.log(
    [
      `requests: ${s.requests} in ${seconds.toFixed(1)} s (${(s.requests / seconds).toFixed(0)}/s, ${CONCURRENCY} connections, ${list.length} pages on ${new Set(list.map((x) => x.host)).size} hosts) · failed: ${s.failed} · answers from A: ${s.a}, from B: ${s.b}`,
      `resent once on a connection a reload closed before answering: ${s.retried}`,
      `checked per phase (pages that differ): before ${onlyA1} A · after release ${onlyB} B · after rollback ${onlyA2} A · after the release that followed the kill ${onlyB2} B`,
      `release B: ${((releaseB.ended - releaseB.started) / 1000).toFixed(2)} s in all, switch ${switchLine(releaseB.stdout).toFixed(2)} ms · rollback: ${((rollbackA.ended - rollbackA.started) / 1000).toFixed(2)} s, switch ${switchLine(rollbackA.stdout).toFixed(2)} ms · release after kill: ${((again.ended - again.started) / 1000).toFixed(2)} s`,
      `${failures.length} checks failed`,
    ].join("\n"),
  );
}

let exitCode = 1;
try {
  await main();
  for (const failure of failures.slice(0, 40)) console.error(`FAIL ${failure}`);
  if (failures.length > 40) console.error(`… and ${failures.length - 40} more`);
  exitCode = failures.length === 0 ? 0 : 1;
} catch (error) {
  console.error(error.stderr ? `${error.message}\n${error.stderr}` : error);
} finally {
  await server?.stop();
  if (!values.keep) await rm(values.work ? join(work, "project") : work, { recursive: true, force: true });
}
process.exit(exitCode);
