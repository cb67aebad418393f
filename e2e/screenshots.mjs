#!/usr/bin/env node
// `npm run screenshots`: full-page screenshots of the landing page and one region's home at 375 px and
// 1280 px wide, in the same browser and behind the same nginx as the e2e gates, into docs/screenshots/.
//
//   node e2e/screenshots.mjs [--dist <folder>] [--region <slug>] [--out <folder>]
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launch, newContext, siteUrl } from "./lib/browser.mjs";
import { LANDING_HOST, listHosts } from "./lib/dist.mjs";
import { startNginx } from "./lib/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const { values } = parseArgs({ options: { dist: { type: "string" }, region: { type: "string" }, out: { type: "string" } } });
const dist = resolve(values.dist ?? join(repo, "dist"));
const out = resolve(values.out ?? join(repo, "docs/screenshots"));
const region = values.region ?? "rijnmond";
const WIDTHS = [375, 1280];
const shots = [
  { name: "werkcentrum-nl", host: LANDING_HOST },
  { name: region, host: `${region}.${LANDING_HOST}` },
];

const hosts = listHosts(dist);
for (const { host } of shots) if (!hosts.includes(host)) throw new Error(`${host} is not in ${dist}: build first (npm run build)`);
await mkdir(out, { recursive: true });
const work = await mkdtemp(join(tmpdir(), "werkcentrum-screenshots-"));
const server = await startNginx({ repo, dist, work });
const session = await launch(server.port, hosts);
try {
  for (const width of WIDTHS) {
    // reducedMotion: no transition is caught half-way; the same settings give the same picture on every run.
    const context = await newContext(session, { viewport: { width, height: 800 }, deviceScaleFactor: 1, reducedMotion: "reduce", locale: "nl-NL" });
    const page = await context.newPage();
    for (const { name, host } of shots) {
      await page.goto(siteUrl(host, "/"), { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
      console.log(`✓ ${file}`);
    }
    await context.close();
  }
} finally {
  await session.close();
  await server.stop();
  await rm(work, { recursive: true, force: true });
}
