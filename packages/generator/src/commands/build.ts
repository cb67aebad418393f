import { buildSites, type SiteBuildReport } from "../build-all.js";
import { allSites } from "../sites.js";
import { resolveSite } from "./resolve-site.js";
import { UsageError, type Command } from "./types.js";

function line(report: SiteBuildReport): string {
  const pages = `${String(report.pages).padStart(5)} pagina's`;
  if (report.status === "unchanged") return `= ${report.host.padEnd(42)} ${pages}  ongewijzigd`;
  return `✓ ${report.host.padEnd(42)} ${pages}  ${(report.milliseconds / 1000).toFixed(2)} s`;
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
    return 0;
  },
};
