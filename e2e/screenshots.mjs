#!/usr/bin/env node
// `npm run screenshots`: viewport screenshots (what a visitor sees first, not the whole page) of every page type at
// 375 px and 1280 px wide, from the demonstration build (e2e/lib/corpus.mjs), in the same browser and behind the
// same nginx as the e2e gates, into docs/screenshots/<name>-<width>.png.
//
//   node e2e/screenshots.mjs [--dist <folder>] [--out <folder>] [--only <name,name>]
//
// --dist  an existing build of the demonstration (node e2e/run.mjs --keep prints one); default: build it now
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launch, newContext, siteUrl } from "./lib/browser.mjs";
import { buildDemonstration, DEMO_REGIONS } from "./lib/corpus.mjs";
import { LANDING_HOST, listHosts } from "./lib/dist.mjs";
import { startNginx } from "./lib/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const { values } = parseArgs({ options: { dist: { type: "string" }, out: { type: "string" }, only: { type: "string" } } });
const out = resolve(values.out ?? join(repo, "docs/screenshots"));
const WIDTHS = [375, 1280];
const [full, developing] = DEMO_REGIONS.map((region) => `${region.slug}.${LANDING_HOST}`);

/** One shot per page type: name, host, path; `open` opens the compact menu first (narrow screens only). */
export const SHOTS = [
  { name: "werkcentrum-nl", host: LANDING_HOST, path: "/" },
  { name: "landing-pagina-ar", host: LANDING_HOST, path: "/ar/het-werkcentrum/" },
  { name: "werkcentrum-nl-zoeken", host: LANDING_HOST, path: "/zoeken/?q=banenmarkt" },
  { name: "open-data", host: LANDING_HOST, path: "/open-data/" },
  { name: "rijnmond", host: full, path: "/" },
  { name: "menu-open", host: full, path: "/werkzoekenden/", open: true },
  { name: "doelgroep", host: full, path: "/werkzoekenden/" },
  { name: "doelgroep-filter", host: full, path: "/werkgevers/statushouders/" },
  { name: "dienst", host: full, path: "/diensten/loopbaanadvies/" },
  { name: "dienst-en", host: full, path: "/en/diensten/loopbaanadvies/" },
  { name: "nieuws", host: full, path: "/nieuws/" },
  { name: "nieuwsbericht", host: full, path: "/nieuws/werkpunt-haven/" },
  { name: "nieuwsbericht-lange-woorden", host: full, path: "/nieuws/lange-woorden/" },
  { name: "nieuwsbericht-foto", host: full, path: "/nieuws/banenmarkt-in-de-haven/" },
  { name: "agenda", host: full, path: "/agenda/" },
  { name: "evenement", host: full, path: "/agenda/week-van-het-werk/" },
  { name: "evenement-ar", host: full, path: "/ar/agenda/week-van-het-werk/" },
  { name: "regelingen", host: full, path: "/regelingen/" },
  { name: "regeling", host: full, path: "/regelingen/proefplaatsing/" },
  { name: "vragen", host: full, path: "/veelgestelde-vragen/" },
  { name: "meerjarenagenda", host: full, path: "/meerjarenagenda/" },
  { name: "meerjarenagenda-grafiek", host: full, path: "/meerjarenagenda/#analyse" },
  { name: "vestigingen", host: full, path: "/vestigingen/" },
  { name: "over-ons", host: full, path: "/over-ons/" },
  { name: "over-ons-uk", host: full, path: "/uk/over-ons/" },
  { name: "contact", host: full, path: "/contact/" },
  { name: "toegankelijkheid", host: full, path: "/toegankelijkheid/" },
  { name: "privacy", host: full, path: "/privacy/" },
  { name: "pagina-tabel", host: full, path: "/werken-in-de-voorbeeldregio/zorg/#beroepen-en-salarissen" },
  { name: "rubriek", host: full, path: "/werken-in-de-voorbeeldregio/" },
  { name: "zoeken", host: full, path: "/zoeken/?q=banenmarkt" },
  { name: "sitemap", host: full, path: "/sitemap/" },
  { name: "niet-gevonden", host: full, path: "/deze-pagina-bestaat-niet/" },
  { name: "in-ontwikkeling", host: developing, path: "/" },
];

const only = values.only ? new Set(values.only.split(",")) : undefined;
let work;
let dist = values.dist ? resolve(values.dist) : undefined;
let project = values.dist ? resolve(dist, "..") : undefined;
if (!dist) {
  work = await mkdtemp(join(tmpdir(), "werkcentrum-screenshots-"));
  ({ dist, project } = await buildDemonstration({ repo, work }));
}
const hosts = listHosts(dist);
for (const { host } of SHOTS) if (!hosts.includes(host)) throw new Error(`${host} is not in ${dist}: build the demonstration first`);
await mkdir(out, { recursive: true });
const serverWork = await mkdtemp(join(tmpdir(), "werkcentrum-screenshots-nginx-"));
const server = await startNginx({ repo, dist, work: serverWork, project });
const session = await launch(server.port, hosts);
try {
  for (const width of WIDTHS) {
    // reducedMotion: no transition is caught half-way; the same settings give the same picture on every run.
    const context = await newContext(session, { viewport: { width, height: 800 }, deviceScaleFactor: 1, reducedMotion: "reduce", locale: "nl-NL" });
    const page = await context.newPage();
    for (const shot of SHOTS) {
      if (only && !only.has(shot.name)) continue;
      if (shot.open && width > 700) continue;
      await page.goto(siteUrl(shot.host, shot.path), { waitUntil: "load" });
      if (shot.path.startsWith("/zoeken/"))
        await page
          .locator(".wc-search-result")
          .first()
          .waitFor({ timeout: 5000 })
          .catch(() => {});
      if (shot.open) await page.locator(".wc-nav__toggle").click();
      // Fonts and images decoded before the shot: `decoding="async"` images could otherwise still be blank.
      await page.evaluate(() => Promise.all([document.fonts.ready, ...[...document.images].map((image) => image.decode().catch(() => undefined))]));
      const file = join(out, `${shot.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: false, animations: "disabled" });
      console.log(`✓ ${file}`);
    }
    await context.close();
  }
} finally {
  await session.close();
  await server.stop();
  await rm(serverWork, { recursive: true, force: true });
  if (work) await rm(work, { recursive: true, force: true });
}
