import { ContentError, formatProblem } from "@werkcentrum/content";
import { buildSites, type BuildAllResult, type LandingSummary, type SiteBuildReport } from "../build-all.js";
import { resolve } from "node:path";
import { BuildDateError, resolveBuildDate } from "../build-date.js";
import { EvidenceError, readEvidence } from "../evidence/read.js";
import { OutputError } from "../output/errors.js";
import { allSites, landingSite } from "../sites.js";
import { resolveSite } from "./resolve-site.js";
import { UsageError, type Command } from "./types.js";
import { plural } from "../dutch.js";

/**
 * The folder of test results when `--evidence` is not given: `npm run build` runs this command through turbo, which
 * passes no arguments on but does pass this variable (turbo.json `passThroughEnv`), so a daily build keeps the page.
 */
export const EVIDENCE_ENV = "WERKCENTRUM_EVIDENCE";

function line(report: SiteBuildReport): string {
  const pages = `${String(report.pages).padStart(5)} pagina's`;
  const warnings = report.warnings > 0 ? `  ${plural(report.warnings, "waarschuwing", "waarschuwingen")}` : "";
  if (report.status === "unchanged") return `= ${report.host.padEnd(42)} ${pages}  ongewijzigd${warnings}`;
  const why = report.reason === "date" ? "  (door de datum)" : "";
  return `✓ ${report.host.padEnd(42)} ${pages}  ${(report.milliseconds / 1000).toFixed(2)} s${why}${warnings}`;
}

/** Where to read the warnings the build published anyway: `check` lists each with its file, line and field. */
function warningsLine(reports: readonly SiteBuildReport[]): string | undefined {
  const withWarnings = reports.filter((report) => report.warnings > 0);
  if (withWarnings.length === 0) return undefined;
  const total = withWarnings.reduce((sum, report) => sum + report.warnings, 0);
  const slugs = withWarnings.map((report) => allSites.find((site) => site.host === report.host)?.slug ?? report.host);
  // The npm script, not npx: it cannot reach an unknown package outside the repository (docs/redacteuren.md).
  const where = slugs.length === 1 ? `npm run check -- --site ${slugs[0]}` : "npm run check";
  return `Let op: ${plural(total, "waarschuwing", "waarschuwingen")} in ${plural(slugs.length, "site", "sites")} (${slugs.join(", ")}). Bekijk ze met: ${where}`;
}

/** An output file as the address a visitor opens: `agenda/index.html` is `/agenda/`. */
const addressOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

const list = (hosts: readonly string[]) => hosts.join(", ");

/** The landing site's line: published or not, and the region statuses it shows, grouped by status. */
function landingLines(landing: LandingSummary): string[] {
  const groups = new Map<string, string[]>();
  for (const region of landing.regions) groups.set(region.statusText, [...(groups.get(region.statusText) ?? []), region.name]);
  // Name the regions of a small group; for a large one the count is clearer (the others are the small groups).
  const statuses = [...groups]
    .sort(([a], [b]) => a.localeCompare(b, "nl"))
    .map(([text, names]) => `${text}: ${names.length <= 12 ? names.join(", ") : `${names.length} regio's`}`)
    .join("; ");
  const host = landingSite.host;
  const head =
    landing.status === "built"
      ? `${host} is opnieuw gebouwd en gepubliceerd, met deze regiostatussen: ${statuses}.`
      : landing.status === "unchanged"
        ? `${host} is niet opnieuw gebouwd; de regiostatussen blijven: ${statuses}.`
        : `${host} is NIET gepubliceerd (de bouw mislukte); de vorige versie blijft online.`;
  const lines = [head];
  for (const region of landing.regions.filter((region) => region.failed)) {
    const shown =
      region.source === "none"
        ? "'In ontwikkeling', omdat er nog geen geslaagde build van de regio is"
        : `'${region.statusText}', de status van de laatste geslaagde build`;
    lines.push(`  ${region.name}: de bouw van de regio mislukte; ${host} toont ${shown}.`);
  }
  return lines;
}

/** What this build published and what it did not, in Dutch for the editors and the hosting team. */
export function summaryLines(result: BuildAllResult): string[] {
  const lines: string[] = [`Bouwdatum: ${result.date}.`];
  if (result.built.length > 0) lines.push(`Gepubliceerd (${result.built.length}): ${list(result.built)}.`);
  else if (result.failed.length > 0) lines.push("Er is niets gepubliceerd.");
  else lines.push("Er is niets gepubliceerd: elke site was al bij. De huidige versies blijven online.");
  if (result.failed.length > 0) {
    lines.push(`NIET gepubliceerd, de bouw mislukte (${result.failed.length}): ${list(result.failed)}. De vorige versie blijft online.`);
  }
  const byDate = result.sites.filter((report) => report.reason === "date");
  for (const report of byDate) {
    const files = report.changedFiles ?? [];
    const addresses = files.length > 0 ? files.map(addressOf).join(", ") : "geen pagina's (de uitvoer is gelijk gebleven)";
    lines.push(`Alleen door de datum veranderd op ${report.host}: ${addresses}.`);
  }
  if (result.landing) lines.push(...landingLines(result.landing));
  const warnings = warningsLine(result.sites);
  if (warnings) lines.push(warnings);
  return lines;
}

/** A failed build's problems on stderr, as the CLI would print them, without claiming that nothing was published. */
function printFailure(error: unknown): void {
  if (error instanceof ContentError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`\n${plural(error.problems.length, "probleem", "problemen")} gevonden.`);
  } else if (error instanceof OutputError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
}

export const buildCommand: Command = {
  name: "build",
  usage:
    "build [--site <slug>] [--jobs <n>] [--force] [--date JJJJ-MM-DD] [--evidence <map>]   bouw één site, of alle 36 sites als --site ontbreekt; sites waarvan niets veranderde worden overgeslagen, tenzij --force. --date: de datum die als vandaag geldt (standaard WERKCENTRUM_BUILD_DATE, anders vandaag). --evidence: een map met testresultaten van node e2e/run.mjs --evidence <map> (standaard WERKCENTRUM_EVIDENCE); elke site met een bestand <host>.json krijgt de pagina /toegankelijkheid/testresultaten/",
  options: { site: { type: "string" }, jobs: { type: "string" }, force: { type: "boolean" }, date: { type: "string" }, evidence: { type: "string" } },
  async run({ paths, options }) {
    const site = resolveSite(paths, options.site);
    const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
      throw new UsageError(`--jobs moet een heel getal van 1 of meer zijn, niet '${String(options.jobs)}'.`);
    let date: string;
    try {
      date = resolveBuildDate(typeof options.date === "string" ? options.date : undefined);
    } catch (error) {
      throw error instanceof BuildDateError ? new UsageError(error.message) : error;
    }
    const sites = site ? [site] : allSites;
    let evidence;
    try {
      const dir = typeof options.evidence === "string" ? options.evidence : process.env[EVIDENCE_ENV] || undefined;
      evidence = dir
        ? await readEvidence(
            resolve(dir),
            sites.map((entry) => entry.host),
          )
        : undefined;
    } catch (error) {
      throw error instanceof EvidenceError ? new UsageError(error.message) : error;
    }
    let summary: BuildAllResult | undefined;
    try {
      const result = await buildSites(sites, paths, {
        jobs,
        date,
        ...(evidence ? { evidence } : {}),
        force: options.force === true,
        onSite: (report) => console.log(line(report)),
        onSummary: (done) => (summary = done),
      });
      if (result.sites.length > 1) {
        const pages = result.sites.reduce((sum, report) => sum + report.pages, 0);
        const seconds = (result.milliseconds / 1000).toFixed(1);
        console.log(
          `${plural(result.sites.length, "site", "sites")} (${result.built.length} gebouwd), ${plural(pages, "pagina", "pagina's")} in ${seconds} s`,
        );
      }
      for (const text of summaryLines(result)) console.log(text);
      return 0;
    } catch (error) {
      // Without a summary the build did not get to the sites (the lock, builds.json): the CLI reports it.
      if (!summary) throw error;
      printFailure(error);
      for (const text of summaryLines(summary)) console.log(text);
      return 1;
    }
  },
};
