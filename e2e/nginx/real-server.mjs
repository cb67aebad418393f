#!/usr/bin/env node
// Real-server test (DEPLOY.md section 11): serves the built sites with a real nginx, using the configuration the CLI prints
// (`werkcentrum nginx`) and the production file (`werkcentrum deploy`) over TLS, and checks every host by Host
// header. Needs nginx (Debian: nginx-light) and openssl; runs as root or as any other user; never touches
// system paths. nginx is stopped at the end, whatever happens.
//
//   node e2e/nginx/real-server.mjs [--dist <folder>] [--work <folder>] [--keep]
//
// --dist   the built sites (default: dist/ of the repository), as `npm run build` leaves them
// --work   an empty folder for the test's files; the pids of the nginx processes go to <work>/pids
// --keep   leave the work folder in place
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as api from "@werkcentrum/generator";
import { closeConnections, get } from "../lib/http.mjs";
import { freePort, selfSignedCertificate, startNginx as runNginx, testMainConfig } from "../lib/nginx.mjs";
import {
  checkFolders,
  checkLogs,
  checkProduction,
  checkRedirects,
  checkRefusals,
  checkSite,
  checkStatuses,
  checkWww,
} from "./real-server-checks.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = join(repo, "packages/generator/bin/werkcentrum.js");

/** The site that gets the fixture redirects, in a temporary copy only. */
const FIXTURE_SITE = "rijnmond";
/** Test-only file written into the copy of every host (never into dist/). */
const HASHED_FIXTURE = "/assets/e2e-fixture.0123456789abcdef.css";

const { values } = parseArgs({ options: { dist: { type: "string" }, work: { type: "string" }, keep: { type: "boolean" } } });
const distDir = resolve(values.dist ?? join(repo, "dist"));
const work = values.work ? resolve(values.work) : await mkdtemp(join(tmpdir(), "werkcentrum-e2e-"));
const started = performance.now();
const t = {
  checks: 0,
  failures: [],
  nginxTests: 0,
  hosts: 0,
  gzip: 0,
  immutable: 0,
  unhashed: new Set(),
  redirects: 0,
  refused: 0,
  tls: 0,
  headerChecks: 0,
  folders: 0,
  statuses: new Set(),
  www: 0,
  logLines: 0,
};
t.check = (ok, message) => {
  t.checks += 1;
  if (!ok) t.failures.push(message);
};

const servers = [];
for (const signal of ["SIGINT", "SIGTERM"]) {
  // Exiting stops the servers (e2e/lib/nginx.mjs).
  process.on(signal, () => {
    if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

function step(text) {
  console.log(`== ${text}`);
}

/** Runs the werkcentrum CLI in `cwd`; returns stdout, throws with its stderr on failure. */
function werkcentrum(cwd, ...args) {
  return execFileSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** `nginx -t` must pass without a warning; then nginx runs in the foreground as a child of this process. */
async function startNginx(config, port) {
  const server = await runNginx(config, {
    work,
    port,
    onExit: (code, signal) => t.failures.push(`nginx (${basename(config)}) stopped: code ${code}, signal ${signal}`),
  });
  t.check(!/\[(warn|emerg|alert|crit)\]/.test(server.output), `nginx -t -c ${config} warns:\n${server.output}`);
  t.nginxTests += 1;
  servers.push(server);
}

/** A copy of the project: the real sites and output, plus the fixture redirects in one site. */
async function prepareProject() {
  const project = join(work, "project");
  await cp(join(repo, "sites"), join(project, "sites"), { recursive: true, filter: (path) => !path.includes("node_modules") });
  await copyFile(join(repo, api.DEPLOY_SETTINGS_FILE), join(project, api.DEPLOY_SETTINGS_FILE));
  // The files, not the links: each host in dist/ is a link to a version folder in dist/.werkcentrum/out/
  // (output/versions.ts), and a copied link would let the fixture below write into the real dist/. The copy's hosts
  // are plain folders, as an older build left them; the build of FIXTURE_SITE below turns its own into a link again.
  const versions = join(distDir, ".werkcentrum", "out");
  await cp(distDir, join(project, "dist"), { recursive: true, dereference: true, filter: (path) => path !== versions });
  await copyFile(join(repo, "packages/generator/src/deploy/fixtures/redirects.yml"), join(project, "sites", FIXTURE_SITE, api.REDIRECTS_FILE));
  werkcentrum(project, "build", "--site", FIXTURE_SITE);
  werkcentrum(project, "deploy");
  // A content-hashed asset in every host of the copy, so the immutable location is exercised whatever the theme ships.
  for (const site of api.allSites) await writeFile(join(project, "dist", site.host, HASHED_FIXTURE.slice(1)), "p{margin:0}\n");
  return { project, paths: { sitesDir: join(project, "sites"), outDir: join(project, "dist") } };
}

/** The production file as `werkcentrum deploy` wrote it, on test ports, with a throw-away certificate. */
async function prepareProduction(paths, redirects) {
  const conf = join(work, "production");
  await mkdir(join(conf, "tls"), { recursive: true });
  // The snippets deploy wrote: the web editor's only when deploy.yml has `web-editor` (its /admin/ location follows it).
  const shippedDir = join(paths.outDir, "deploy/nginx");
  const webEditor = existsSync(join(shippedDir, api.SNIPPETS.adminSecurityHeaders));
  for (const snippet of Object.values(api.SNIPPETS)) {
    if (snippet !== api.SNIPPETS.adminSecurityHeaders || webEditor) await copyFile(join(shippedDir, snippet), join(conf, snippet));
  }
  const { key, cert } = selfSignedCertificate(conf);
  const tls = api.tlsExample().replace(api.TLS_EXAMPLE_CERTIFICATE, cert).replace(api.TLS_EXAMPLE_KEY, key);
  await writeFile(join(conf, "tls.conf"), tls);
  const plan = api.planServers(paths.outDir, redirects);
  for (const server of plan.legacy) await writeFile(join(conf, "tls", `${server.host}.conf`), tls);
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const state = join(conf, "state");
  await mkdir(state);
  const accessLog = join(state, "access.log");
  const serverBlocks = api.renderProductionConfig(plan, {
    confDir: conf,
    httpsListen: [`127.0.0.1:${httpsPort} ssl`],
    httpListen: [`127.0.0.1:${httpPort}`],
    accessLog,
    webEditor,
  });
  // Apart from listen lines, folders and the access log's place, this is the file the hosting team gets.
  const normal = (text, confDir, root, log) =>
    text
      .replace(/^(\s*)listen .*;\n(?:\s*listen .*;\n)*/gm, "$1listen;\n")
      .replaceAll(log, "LOG")
      .replaceAll(confDir, "CONF")
      .replaceAll(root, "ROOT");
  const shipped = await readFile(join(paths.outDir, "deploy/nginx", api.PRODUCTION_CONFIG_FILE), "utf8");
  t.check(
    normal(serverBlocks, conf, paths.outDir, accessLog) ===
      normal(shipped, api.PRODUCTION_DEFAULTS.confDir, api.PRODUCTION_DEFAULTS.root, api.DEFAULT_ACCESS_LOG),
    "the tested production servers differ from dist/deploy/nginx/werkcentrum.conf",
  );
  await writeFile(join(conf, api.PRODUCTION_CONFIG_FILE), serverBlocks);
  await writeFile(join(conf, "nginx.conf"), testMainConfig({ state, include: join(conf, api.PRODUCTION_CONFIG_FILE) }));
  return { config: join(conf, "nginx.conf"), httpsPort, httpPort, accessLog, errorLog: join(state, "error.log") };
}

async function main() {
  step(`project copy with fixture redirects in ${work}`);
  const { project, paths } = await prepareProject();
  const { data: redirects, problems } = await api.readAllRedirects(paths, undefined, paths.outDir);
  t.check(problems.length === 0, `redirects: ${problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`).join("; ")}`);
  const plan = api.planServers(paths.outDir, redirects);

  step("werkcentrum nginx → nginx -t → start");
  const port = await freePort();
  const localConfig = join(work, "local.conf");
  await writeFile(
    localConfig,
    werkcentrum(project, "nginx", "--listen", `127.0.0.1:${port}`, "--root", paths.outDir, "--state", join(work, "state")),
  );
  await startNginx(localConfig, port);

  step("production configuration over TLS → nginx -t → start");
  const production = await prepareProduction(paths, redirects);
  await startNginx(production.config, production.httpsPort);

  step(`${api.allSites.length} hosts by Host header`);
  for (const site of api.allSites) await checkSite(t, api, { port, site, outDir: paths.outDir, hashedFixture: HASHED_FIXTURE });
  await checkRedirects(t, api, { port, redirects, plan });
  await checkRefusals(t, { port });
  await checkRedirects(t, api, { port: production.httpsPort, redirects, plan, tls: true });
  await checkProduction(t, api, { httpsPort: production.httpsPort, httpPort: production.httpPort, site: api.allSites[1] });
  await checkRefusals(t, { port: production.httpPort });

  step("folders without index.html, every status, www, logs");
  for (const site of api.allSites) await checkFolders(t, api, { port, site, outDir: paths.outDir });
  for (const site of [api.landingSite, api.allSites[1]]) await checkStatuses(t, api, { port, site, hashedFixture: HASHED_FIXTURE });
  await checkStatuses(t, api, { port: production.httpsPort, site: api.allSites[1], hashedFixture: HASHED_FIXTURE, tls: true });
  await checkWww(t, api, { port });
  await checkWww(t, api, { port: production.httpsPort, tls: true });
  const wwwHttp = await get({ port: production.httpPort, host: `www.${api.landingSite.host}`, path: "/a?b=1" });
  t.check(
    wwwHttp.status === 301 && wwwHttp.headers.location === `https://www.${api.landingSite.host}/a?b=1`,
    `http www: ${wwwHttp.status} ${wwwHttp.headers.location}`,
  );
  await checkLogs(t, api, {
    accessLogs: [join(work, "state", "access.log"), production.accessLog],
    errorLogs: [join(work, "state", "error.log"), production.errorLog],
  });

  step("CSP scan of every built page and stylesheet");
  let html = 0;
  let css = 0;
  for (const site of api.allSites) {
    const scan = await api.scanSite(join(paths.outDir, site.host), site.host);
    html += scan.htmlFiles;
    css += scan.cssFiles;
    for (const problem of scan.problems) t.check(false, `${problem.file}:${problem.line}  ${problem.field}  ${problem.message}`);
  }
  t.check(html >= api.allSites.length * 2, `only ${html} HTML files scanned`);
  return { html, css };
}

let exitCode = 1;
try {
  const { html, css } = await main();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    [
      `hosts: ${t.hosts} (200 with the region's name, 404 page, gzip, security.txt, assets) · redirects: ${t.redirects} · refused: ${t.refused} · TLS checks: ${t.tls}`,
      `header checks: ${t.headerChecks} responses (each security header once, no version, Allow on 405 only) · statuses: ${[...t.statuses].sort().join(", ")} · 404 folders: ${t.folders} · www: ${t.www} · log lines checked: ${t.logLines}`,
      `gzip responses: ${t.gzip} · immutable assets: ${t.immutable} · revalidated assets: ${t.unhashed.size} · CSP scan: ${html} HTML, ${css} CSS files`,
      `nginx -t: ${t.nginxTests} configurations · ${t.checks} checks, ${t.failures.length} failed, ${seconds} s`,
    ].join("\n"),
  );
  if (t.unhashed.size > 0) console.log(`note: assets without a content hash (revalidated on every use): ${[...t.unhashed].join(", ")}`);
  for (const failure of t.failures.slice(0, 40)) console.error(`FAIL ${failure}`);
  if (t.failures.length > 40) console.error(`… and ${t.failures.length - 40} more`);
  exitCode = t.failures.length === 0 ? 0 : 1;
} catch (error) {
  console.error(error.stderr ? `${error.message}\n${error.stderr}` : error);
} finally {
  closeConnections();
  await Promise.all(servers.map((server) => server.stop()));
  if (!values.keep) await rm(values.work ? join(work, "project") : work, { recursive: true, force: true });
}
process.exit(exitCode);
