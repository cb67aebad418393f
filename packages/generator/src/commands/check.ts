import { join, relative, sep } from "node:path";
import { formatProblem, type ContentProblem, type SiteReport } from "@werkcentrum/content";
import { readDeploySettings, settingsFile, DEPLOY_SETTINGS_FILE } from "../deploy/settings.js";
import { unexpectedProblem } from "../deploy/yaml-problems.js";
import { allSites, readSiteModel, type SiteDefinition } from "../sites.js";
import { checkRedirects } from "./check-redirects.js";
import { resolveSite } from "./resolve-site.js";
import type { Command } from "./types.js";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A path as the editor sees it: relative to where the command runs. */
const shown = (file: string) => relative(process.cwd(), file) || ".";

const byPlace = (a: ContentProblem, b: ContentProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;

/** The site model, as build and preview read it; a site whose check trips the program is reported as a problem, not a stack trace. */
async function checkOneSite(site: SiteDefinition, sitesDir: string, strict: boolean): Promise<SiteReport> {
  try {
    return await readSiteModel(site, sitesDir, { strict });
  } catch (error) {
    const siteDir = join(sitesDir, site.slug);
    const problems = [unexpectedProblem(shown(siteDir), error)];
    return { siteDir, entries: [], assets: [], images: [], overrides: [], baseTexts: [], problems, errors: 1, warnings: 0 };
  }
}

export const checkCommand: Command = {
  name: "check",
  usage:
    "check [--site <slug>] [--strict]   controleer site.yml, alle inhoud, redirects.yml en deploy.yml, met alle fouten tegelijk (--strict: waarschuwingen tellen als fout)",
  options: { site: { type: "string" }, strict: { type: "boolean" } },
  async run({ paths, options }) {
    const site = resolveSite(paths, options.site);
    const sites = site ? [site] : allSites;
    const strict = options.strict === true;
    let errors = 0;
    let warnings = 0;

    const reports = new Map<SiteDefinition, SiteReport>();
    for (const current of sites) reports.set(current, await checkOneSite(current, paths.sitesDir, strict));

    // Every site's redirects, also with --site: an old domain may be claimed by one region only.
    const redirects = await checkRedirects(paths, sites).catch((error: unknown) => ({
      problems: sites.map((current) => unexpectedProblem(join(paths.sitesDir, current.slug, "redirects.yml"), error)),
    }));
    for (const current of sites) {
      const report = reports.get(current)!;
      // Written like checkSite writes the site's own files: `<site folder as shown>/<file>`.
      const siteDir = join(paths.sitesDir, current.slug);
      const own = redirects.problems
        .filter((problem) => problem.file.startsWith(`${siteDir}${sep}`))
        .map((problem) => ({ ...problem, file: `${shown(siteDir)}/${relative(siteDir, problem.file).split(sep).join("/")}` }));
      const problems = [...report.problems, ...own].sort(byPlace);
      const siteErrors = report.errors + own.length;
      for (const problem of problems) console.log(formatProblem(problem));
      const status = siteErrors > 0 ? "✗" : "✓";
      const counts = `${plural(report.entries.filter((entry) => entry.origin === "region").length, "bestand", "bestanden")} in orde, ${plural(siteErrors, "fout", "fouten")}, ${plural(report.warnings, "waarschuwing", "waarschuwingen")}`;
      console.log(`${status} ${current.slug.padEnd(28)} ${counts}`);
      if (report.overrides.length > 0) console.log(`  eigen versie van de basistekst${report.overrides.length === 1 ? "" : "en"}: ${report.overrides.join(", ")}`);
      errors += siteErrors;
      warnings += report.warnings;
    }

    // deploy.yml: the national settings every site's build reads, checked against today's date like the build does.
    const file = settingsFile(paths);
    const settings = await readDeploySettings(file, new Date()).catch((error: unknown) => ({ problems: [unexpectedProblem(file, error)] }));
    for (const problem of settings.problems) console.log(formatProblem({ ...problem, file: shown(problem.file) }));
    const settingsErrors = settings.problems.filter((problem) => problem.severity === "error").length;
    const settingsWarnings = settings.problems.length - settingsErrors;
    console.log(`${settingsErrors > 0 ? "✗" : "✓"} ${DEPLOY_SETTINGS_FILE.padEnd(28)} ${plural(settingsErrors, "fout", "fouten")}, ${plural(settingsWarnings, "waarschuwing", "waarschuwingen")}`);
    errors += settingsErrors;
    warnings += settingsWarnings;

    console.log(`\n${plural(sites.length, "site", "sites")} en ${DEPLOY_SETTINGS_FILE} gecontroleerd: ${plural(errors, "fout", "fouten")}, ${plural(warnings, "waarschuwing", "waarschuwingen")}.`);
    return errors > 0 ? 1 : 0;
  },
};
