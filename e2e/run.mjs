#!/usr/bin/env node
// Quality gates on the built sites (issue 9), in one command: `npm run e2e` after `npm run build`.
//
//   node e2e/run.mjs [--dist <folder>] [--full <slug,slug>] [--all] [--only <gate,gate>]
//
// --dist   the built sites with dist/deploy/ (default: dist/ of the repository)
// --full   regions whose every page axe checks (default: rijnmond,groningen,zuid-limburg; werkcentrum.nl always);
//          every other host gets one page per page type
// --all    axe checks every page of every host
// --only   run some gates: html,links,required,budgets,axe,behaviour (default: all)
// --max    examples printed per failing rule (default 15; 0 prints all)
//
// Exits 1 when any gate fails; the report lists each failure by gate, rule, page and element.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { axeGate } from "./gates/axe.mjs";
import { behaviourGate } from "./gates/behaviour.mjs";
import { budgetGate } from "./gates/budgets.mjs";
import { htmlGate } from "./gates/html.mjs";
import { linksGate } from "./gates/links.mjs";
import { requiredGate } from "./gates/required.mjs";
import { launch } from "./lib/browser.mjs";
import { LANDING_HOST, listHosts } from "./lib/dist.mjs";
import { Report } from "./lib/report.mjs";
import { startNginx } from "./lib/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const GATES = ["html", "links", "required", "budgets", "axe", "behaviour"];

const { values } = parseArgs({ options: { dist: { type: "string" }, full: { type: "string" }, all: { type: "boolean" }, only: { type: "string" }, max: { type: "string" } } });
const dist = resolve(values.dist ?? join(repo, "dist"));
const only = new Set(values.only ? values.only.split(",") : GATES);
for (const gate of only) if (!GATES.includes(gate)) throw new Error(`unknown gate ${gate}; gates: ${GATES.join(", ")}`);
const hosts = listHosts(dist);
if (hosts.length === 0) throw new Error(`no host folders in ${dist}: build first (npm run build)`);
const fullHosts = new Set(values.all ? hosts : [LANDING_HOST, ...(values.full ?? "rijnmond,groningen,zuid-limburg").split(",").map((slug) => `${slug}.${LANDING_HOST}`)]);
for (const host of fullHosts) if (!hosts.includes(host)) throw new Error(`--full: ${host} is not in ${dist}`);

const started = performance.now();
const report = new Report();
console.log(`== e2e gates on ${dist}: ${hosts.length} hosts`);
if (only.has("html")) await report.time("html-validate", () => htmlGate(report, { dist, configFile: join(here, "htmlvalidate.json") }));
if (only.has("links")) await report.time("links", () => linksGate(report, { dist }));
if (only.has("required")) await report.time("required pages", () => requiredGate(report, { dist }));
if (only.has("budgets")) await report.time("budgets", () => budgetGate(report, { dist }));
if (only.has("axe") || only.has("behaviour")) {
  const work = await mkdtemp(join(tmpdir(), "werkcentrum-e2e-"));
  let server;
  let session;
  try {
    server = await startNginx({ repo, dist, work });
    session = await launch(server.port, hosts);
    if (only.has("axe")) await report.time("axe", () => axeGate(report, { dist, session, fullHosts }));
    if (only.has("behaviour")) await report.time("behaviour", () => behaviourGate(report, { dist, session }));
  } catch (error) {
    report.fail("browser", "setup", "-", "", error.stack ?? String(error));
  } finally {
    await session?.close();
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  }
}
report.print(values.max === undefined ? 15 : Number(values.max) || Infinity);
console.log(`e2e: ${report.failures.length === 0 ? "passed" : `FAILED (${report.failures.length})`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(report.failures.length === 0 ? 0 : 1);
