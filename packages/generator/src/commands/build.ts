import { buildSites, type SiteBuildReport } from "../build-all.js";
import { allSites } from "../sites.js";
import { resolveSite } from "./resolve-site.js";
import { UsageError, type Command } from "./types.js";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function line(report: SiteBuildReport): string {
  const pages = `${String(report.pages).padStart(5)} pagina's`;
  const warnings = report.warnings > 0 ? `  ${plural(report.warnings, "waarschuwing", "waarschuwingen")}` : "";
  if (report.status === "unchanged") return `= ${report.host.padEnd(42)} ${pages}  ongewijzigd${warnings}`;
  return `✓ ${report.host.padEnd(42)} ${pages}  ${(report.milliseconds / 1000).toFixed(2)} s${warnings}`;
}

/** Where to read the warnings the build published anyway: `check` lists each with its file, line and field. */
function warningsSummary(reports: readonly SiteBuildReport[]): string | undefined {
  const withWarnings = reports.filter((report) => report.warnings > 0);
  if (withWarnings.length === 0) return undefined;
  const total = withWarnings.reduce((sum, report) => sum + report.warnings, 0);
  const slugs = withWarnings.map((report) => allSites.find((site) => site.host === report.host)?.slug ?? report.host);
  const where = slugs.length === 1 ? `npx werkcentrum check --site ${slugs[0]}` : "npx werkcentrum check";
  return `let op: ${plural(total, "waarschuwing", "waarschuwingen")} in ${plural(slugs.length, "site", "sites")} (${slugs.join(", ")}). Bekijk ze met: ${where}`;
}

export const buildCommand: Command = {
  name: "build",
  usage:
    "build [--site <slug>] [--jobs <n>] [--force]   bouw één site, of alle 36 sites als --site ontbreekt; sites waarvan niets veranderde worden overgeslagen, tenzij --force",
  options: { site: { type: "string" }, jobs: { type: "string" }, force: { type: "boolean" } },
  async run({ paths, options }) {
    const site = resolveSite(paths, options.site);
    const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs moet een heel getal van 1 of meer zijn, niet '${String(options.jobs)}'.`);
    const result = await buildSites(site ? [site] : allSites, paths, { jobs, force: options.force === true, onSite: (report) => console.log(line(report)) });
    if (result.sites.length > 1) {
      const pages = result.sites.reduce((sum, report) => sum + report.pages, 0);
      const seconds = (result.milliseconds / 1000).toFixed(1);
      console.log(`${result.sites.length} sites (${result.built.length} gebouwd), ${pages} pagina's in ${seconds} s`);
    }
    const warnings = warningsSummary(result.sites);
    if (warnings) console.warn(warnings);
    return 0;
  },
};
