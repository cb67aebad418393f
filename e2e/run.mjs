#!/usr/bin/env node
// Quality gates on the built sites, in one command: `npm run e2e` after `npm run build`.
//
//   node e2e/run.mjs [--dist <folder>] [--full <slug,slug>] [--all] [--only <gate,gate>] [--keep] [--evidence <folder>]
//
// Without --dist it builds the demonstration first (e2e/lib/corpus.mjs): a throw-away copy of sites/ in which
// rijnmond and zuid-kennemerland-en-ijmond hold the made-up demonstration corpus, next to the 34 other real sites and
// werkcentrum.nl, built with `werkcentrum build` and `werkcentrum deploy`; then every gate runs on that copy.
//
// --dist   gate an existing build with dist/deploy/ instead (for example dist/ of the repository)
// --full   regions whose every page axe checks (default: the demonstration regions, or with --dist
//          rijnmond,groningen,zuid-limburg; werkcentrum.nl always); every other page type once, across all hosts
// --all    axe checks every page of every host
// --keep   keep the demonstration copy (its path is printed)
// --no-self-test  skip the self-test that breaks one page of each type after the gates and expects each break found
// --only   run some gates: html,links,required,budgets,axe,behaviour (default: all)
// --max    examples printed per failing rule (default 15; 0 prints all)
// --evidence  write each host's axe and html-validate results to <folder>/<host>.json (e2e/lib/evidence.mjs), for
//          `werkcentrum build --evidence <folder>` (DEPLOY.md); needs the html and axe gates
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
import { demoGate } from "./gates/demo.mjs";
import { htmlGate } from "./gates/html.mjs";
import { pagesGate } from "./gates/pages.mjs";
import { applyKnownDefects } from "./known-defects.mjs";
import { selfTest } from "./selftest.mjs";
import { linksGate } from "./gates/links.mjs";
import { requiredGate } from "./gates/required.mjs";
import { launch } from "./lib/browser.mjs";
import { buildDemonstration, DEMO_REGIONS } from "./lib/corpus.mjs";
import { LANDING_HOST, listHosts } from "./lib/dist.mjs";
import { Evidence, toolFacts } from "./lib/evidence.mjs";
import { Report } from "./lib/report.mjs";
import { startNginx } from "./lib/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const GATES = ["html", "links", "required", "budgets", "pages", "axe", "behaviour", "demo"];

const { values } = parseArgs({
  options: {
    dist: { type: "string" },
    full: { type: "string" },
    all: { type: "boolean" },
    only: { type: "string" },
    max: { type: "string" },
    keep: { type: "boolean" },
    "no-self-test": { type: "boolean" },
    evidence: { type: "string" },
  },
});
const only = new Set(values.only ? values.only.split(",") : GATES);
for (const gate of only) if (!GATES.includes(gate)) throw new Error(`unknown gate ${gate}; gates: ${GATES.join(", ")}`);
if (values.evidence && !(only.has("html") && only.has("axe"))) throw new Error("--evidence needs the html and axe gates");
const evidence = values.evidence ? new Evidence() : undefined;
const evidenceMeta = values.evidence ? { date: new Date().toISOString(), ...(await toolFacts(join(here, "htmlvalidate.json"))) } : undefined;

const started = performance.now();
const report = new Report();
let dist;
let project;
let demoWork;
if (values.dist) dist = resolve(values.dist);
else {
  demoWork = await mkdtemp(join(tmpdir(), "werkcentrum-demo-"));
  console.log("== demonstration build");
  try {
    ({ dist, project } = await buildDemonstration({ repo, work: demoWork }));
  } catch (error) {
    // A corpus that no longer passes `werkcentrum check`, or a build that fails on it, fails the e2e as such.
    console.error(error.message);
    await rm(demoWork, { recursive: true, force: true });
    console.log("e2e: FAILED (the demonstration did not build)");
    process.exit(1);
  }
}
const hosts = listHosts(dist);
if (hosts.length === 0) throw new Error(`no host folders in ${dist}: build first (npm run build)`);
const defaultFull = values.dist ? "rijnmond,groningen,zuid-limburg" : DEMO_REGIONS.map((region) => region.slug).join(",");
const fullHosts = new Set(values.all ? hosts : [LANDING_HOST, ...(values.full ?? defaultFull).split(",").map((slug) => `${slug}.${LANDING_HOST}`)]);
for (const host of fullHosts) if (!hosts.includes(host)) throw new Error(`--full: ${host} is not in ${dist}`);
console.log(`== e2e gates on ${dist}: ${hosts.length} hosts`);
if (only.has("html")) await report.time("html-validate", () => htmlGate(report, { dist, configFile: join(here, "htmlvalidate.json"), evidence }));
if (only.has("links")) await report.time("links", () => linksGate(report, { dist }));
if (only.has("required")) await report.time("required pages", () => requiredGate(report, { dist }));
if (only.has("budgets")) await report.time("budgets", () => budgetGate(report, { dist }));
if (only.has("pages")) await report.time("pages", () => pagesGate(report, { dist }));
if (only.has("axe") || only.has("behaviour") || only.has("demo")) {
  const work = await mkdtemp(join(tmpdir(), "werkcentrum-e2e-"));
  let server;
  let session;
  try {
    server = await startNginx({ repo, dist, work, project });
    session = await launch(server.port, hosts);
    if (evidenceMeta) evidenceMeta.browser = `Chromium ${session.browser.version()}`;
    if (only.has("axe")) await report.time("axe", () => axeGate(report, { dist, session, fullHosts, evidence }));
    if (only.has("behaviour")) await report.time("behaviour", () => behaviourGate(report, { dist, session }));
    // The demonstration's own facts (compact menu, charts, images, redirects, search excerpts): only on its build.
    if (only.has("demo") && !values.dist) await report.time("demo", () => demoGate(report, { dist, session, port: server.port, repo }));
    // Only when every gate ran on the demonstration: the self-test changes its pages.
    if (!values.dist && !values.only && !values["no-self-test"]) {
      await report.time("self-test", async () => {
        const result = await selfTest({ dist, session, port: server.port, repo });
        for (const miss of result.missed)
          report.fail(
            "self-test",
            "break-not-found",
            miss.page,
            miss.expect,
            `${miss.what}; the gates reported: ${miss.got.join(", ") || "nothing"}`,
          );
        report.note(
          `self-test: ${result.breaks} pages broken on purpose, ${result.breaks - result.missed.length} found by the gate meant to find them`,
        );
      });
    }
  } catch (error) {
    report.fail("browser", "setup", "-", "", error.stack ?? String(error));
  } finally {
    await session?.close();
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  }
}
if (evidence) {
  // What the gates found, failures included: the published results say what the test saw.
  await report.time("evidence", async () =>
    report.note(`evidence: ${await evidence.write(resolve(values.evidence), evidenceMeta, fullHosts)} host files in ${resolve(values.evidence)}`),
  );
}
const { failures, known, unused } = applyKnownDefects(report.failures);
report.failures = failures;
if (!values.dist)
  for (const entry of unused)
    if (only.has(entry.gate))
      report.fail(
        "known-defects",
        "known-defect-not-found",
        "-",
        `${entry.gate} · ${entry.rule}`,
        `fixed? remove it from e2e/known-defects.mjs: ${entry.fix}`,
      );
if (known.length) console.log(`\n== known defects outside the theme (${known.length}, not counted as failures; see e2e/known-defects.mjs)`);
for (const fix of new Set(known.map((k) => k.fix))) console.log(`  ${known.filter((k) => k.fix === fix).length}×  ${fix}`);
report.print(values.max === undefined ? 15 : Number(values.max) || Infinity);
if (demoWork && values.keep) console.log(`demonstration copy kept: ${demoWork}/project`);
else if (demoWork) await rm(demoWork, { recursive: true, force: true });
console.log(
  `e2e: ${report.failures.length === 0 ? "passed" : `FAILED (${report.failures.length})`} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(report.failures.length === 0 ? 0 : 1);
