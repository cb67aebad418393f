import { parseArgs } from "node:util";
import { formatProblem, ContentError } from "@werkcentrum/content";
import { buildSite } from "./build.js";
import { findProjectPaths, siteFromCwd, type ProjectPaths } from "./paths.js";
import { serveSite } from "./serve.js";
import { allSites, getSite, type SiteDefinition } from "./sites.js";
import { syncSites } from "./sync.js";

const USAGE = `Gebruik: werkcentrum <commando> [opties]

Commando's:
  build [--site <slug>]     bouw één site, of alle 36 sites als --site ontbreekt
  serve --site <slug>       bekijk één site met live herladen (standaard op poort 8080)
  sites sync                maak ontbrekende sitemappen aan vanuit het regioregister

Opties:
  --site <slug>   de site, bijvoorbeeld rijnmond of werkcentrum.nl
  --port <nummer> poort voor serve
`;

class UsageError extends Error {
  override name = "UsageError";
}

function resolveSite(paths: ProjectPaths, slug: string | undefined): SiteDefinition | undefined {
  const wanted = slug ?? siteFromCwd(paths);
  if (wanted === undefined) return undefined;
  const site = getSite(wanted);
  if (!site) throw new UsageError(`Onbekende site '${wanted}'. Kies een van: ${allSites.map((s) => s.slug).join(", ")}.`);
  return site;
}

async function build(paths: ProjectPaths, site: SiteDefinition | undefined): Promise<void> {
  const sites = site ? [site] : allSites;
  const started = performance.now();
  let pages = 0;
  for (const current of sites) {
    const result = await buildSite(current, paths);
    pages += result.pages;
    console.log(`✓ ${current.host.padEnd(42)} ${String(result.pages).padStart(5)} pagina's  ${(result.milliseconds / 1000).toFixed(2)} s`);
  }
  const seconds = (performance.now() - started) / 1000;
  if (sites.length > 1) console.log(`${sites.length} sites, ${pages} pagina's in ${seconds.toFixed(1)} s`);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { site: { type: "string" }, port: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const paths = findProjectPaths();
  switch (command) {
    case "build":
      await build(paths, resolveSite(paths, values.site));
      return 0;
    case "serve": {
      const site = resolveSite(paths, values.site);
      if (!site) throw new UsageError("Geef de site op met --site <slug>, bijvoorbeeld: npm run dev -- --site rijnmond");
      await serveSite(site, paths, values.port ? Number(values.port) : undefined);
      return 0;
    }
    case "sites":
      if (sub !== "sync") throw new UsageError("Bedoelt u 'werkcentrum sites sync'?");
      {
        const report = await syncSites(paths);
        for (const file of report.created) console.log(`aangemaakt: sites/${file}`);
        for (const folder of report.unknown) console.warn(`let op: sites/${folder} hoort bij geen enkele regio in het register`);
        console.log(`${report.created.length} bestanden aangemaakt.`);
        return report.unknown.length > 0 ? 1 : 0;
      }
    default:
      throw new UsageError(`Onbekend commando '${command}'.\n\n${USAGE}`);
  }
}

/** The CLI boundary: the only place that prints errors and sets the exit code. */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof ContentError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(`\n${error.problems.length} probleem/problemen gevonden. Er is niets gepubliceerd.`);
    } else if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
