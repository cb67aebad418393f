import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { formatProblem, type ContentProblem, type SiteReport } from "@werkcentrum/content";
import type { SiteRedirects } from "../deploy/redirects.js";
import { readDeploySettings, settingsFile, DEPLOY_SETTINGS_FILE } from "../deploy/settings.js";
import { unexpectedProblem } from "../deploy/yaml-problems.js";
import { imageCacheDir } from "../images/cache.js";
import { brokenLinkProblems, siteUrls } from "../internal-links.js";
import { writeAtomic } from "../output/atomic.js";
import { STATE_DIR } from "../output/versions.js";
import { allSites, readSiteModel, type SiteDefinition } from "../sites.js";
import { changedFiles, projectRoot, sitesFor } from "./check-changed.js";
import { CHECK_FORMATS, formatReport, type CheckFormat } from "./check-format.js";
import { checkRedirects } from "./check-redirects.js";
import { resolveSite } from "./resolve-site.js";
import { UsageError, type Command } from "./types.js";
import { plural } from "../dutch.js";
import { displayPath } from "../paths.js";

const byPlace = (a: ContentProblem, b: ContentProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;

/** The site model, as build and preview read it; a site whose check trips the program is reported as a problem, not a stack trace. */
async function checkOneSite(site: SiteDefinition, sitesDir: string, strict: boolean, imageCache: string | undefined): Promise<SiteReport> {
  try {
    return await readSiteModel(site, sitesDir, { strict, imageCache });
  } catch (error) {
    const siteDir = join(sitesDir, site.slug);
    const problems = [unexpectedProblem(displayPath(siteDir), error)];
    return { siteDir, entries: [], assets: [], images: [], overrides: [], baseTexts: [], problems, errors: 1, warnings: 0 };
  }
}

/** The paths on the site's own host that its redirects.yml sends on. */
function redirectSources(redirects: { data?: SiteRedirects[] } | object, site: SiteDefinition): Set<string> {
  const own = "data" in redirects ? redirects.data?.find((entry) => entry.site === site) : undefined;
  return new Set((own?.redirects ?? []).filter((redirect) => redirect.from.host === site.host).map((redirect) => redirect.from.path));
}

/** Links to pages or fragments of the site that the build does not make (internal-links.ts); warnings, errors with --strict. */
async function linkProblems(site: SiteDefinition, report: SiteReport, sources: ReadonlySet<string>, strict: boolean): Promise<ContentProblem[]> {
  try {
    const problems = brokenLinkProblems(site, report, await siteUrls(site, report), sources);
    return strict ? problems.map((problem) => ({ ...problem, severity: "error" as const })) : problems;
  } catch (error) {
    // A site with errors may not get as far as its pages; its errors are reported already.
    return report.errors > 0 ? [] : [unexpectedProblem(displayPath(report.siteDir), error)];
  }
}

/** `file` as shown (relative to the working directory) made relative to the repository root, with `/`, for CI. */
const fromRoot = (root: string, file: string) =>
  relative(root, isAbsolute(file) ? file : resolve(file))
    .split(sep)
    .join("/");

export const checkCommand: Command = {
  name: "check",
  usage:
    "check [--site <slug> | --changed <git-versie>] [--strict] [--format text|github|gitlab] [--output <bestand>]   controleer site.yml, alle inhoud, redirects.yml en deploy.yml, met alle fouten tegelijk (--strict: waarschuwingen tellen als fout; --changed: alleen de sites met wijzigingen sinds die versie; --format: meldingen voor GitHub of GitLab)",
  options: {
    site: { type: "string" },
    strict: { type: "boolean" },
    changed: { type: "string" },
    format: { type: "string" },
    output: { type: "string" },
  },
  async run({ paths, options }) {
    const format = (options.format ?? "text") as CheckFormat;
    if (!CHECK_FORMATS.includes(format)) throw new UsageError(`Onbekend formaat '${String(options.format)}'. Kies uit: ${CHECK_FORMATS.join(", ")}.`);
    if (typeof options.changed === "string" && typeof options.site === "string") throw new UsageError("Gebruik --site of --changed, niet allebei.");
    const root = projectRoot(paths);
    // The report goes to stdout or --output; with a machine format on stdout, the lines for people go to stderr.
    const toFile = typeof options.output === "string";
    const say = format === "text" || toFile ? console.log : console.error;

    let sites: readonly SiteDefinition[];
    if (typeof options.changed === "string") {
      const selection = sitesFor(await changedFiles(root, options.changed), allSites, paths);
      sites = selection.sites;
      if (selection.outside)
        say(`Gewijzigd buiten een sitemap (${selection.outside}): alle ${plural(sites.length, "site", "sites")} worden gecontroleerd.`);
      else if (sites.length === 0) say(`Geen sites gewijzigd sinds ${options.changed}.`);
      else say(`Gewijzigd sinds ${options.changed}: ${sites.map((current) => current.slug).join(", ")}.`);
    } else {
      const site = resolveSite(paths, options.site);
      sites = site ? [site] : allSites;
    }
    const strict = options.strict === true;
    let errors = 0;
    let warnings = 0;
    const found: ContentProblem[] = [];
    const report = (problems: readonly ContentProblem[]) => {
      found.push(...problems);
      if (format === "text" && !toFile) for (const problem of problems) console.log(formatProblem(problem));
    };

    // Where a build has run, its image cache (next to its build record) saves decoding the images it decoded;
    // a check never makes dist/ itself.
    const imageCache = existsSync(join(paths.outDir, STATE_DIR)) ? imageCacheDir(paths.outDir) : undefined;
    const reports = new Map<SiteDefinition, SiteReport>();
    for (const current of sites) reports.set(current, await checkOneSite(current, paths.sitesDir, strict, imageCache));

    // Every site's redirects, also with --site: an old domain may be claimed by one region only.
    const redirects =
      sites.length === 0
        ? { problems: [] }
        : await checkRedirects(paths, sites).catch((error: unknown) => ({
            problems: sites.map((current) => unexpectedProblem(join(paths.sitesDir, current.slug, "redirects.yml"), error)),
          }));
    for (const current of sites) {
      const siteReport = reports.get(current)!;
      // Written like checkSite writes the site's own files: `<site folder as shown>/<file>`.
      const siteDir = join(paths.sitesDir, current.slug);
      const own = redirects.problems
        .filter((problem) => problem.file.startsWith(`${siteDir}${sep}`))
        .map((problem) => ({ ...problem, file: `${displayPath(siteDir)}/${relative(siteDir, problem.file).split(sep).join("/")}` }));
      const links = await linkProblems(current, siteReport, redirectSources(redirects, current), strict);
      const problems = [...siteReport.problems, ...own, ...links].sort(byPlace);
      const siteErrors = siteReport.errors + own.length + (strict ? links.length : 0);
      const siteWarnings = siteReport.warnings + (strict ? 0 : links.length);
      report(problems);
      const status = siteErrors > 0 ? "✗" : "✓";
      const counts = `${plural(siteReport.entries.filter((entry) => entry.origin === "region").length, "bestand", "bestanden")} in orde, ${plural(siteErrors, "fout", "fouten")}, ${plural(siteWarnings, "waarschuwing", "waarschuwingen")}`;
      say(`${status} ${current.slug.padEnd(28)} ${counts}`);
      if (siteReport.overrides.length > 0)
        say(`  eigen versie van de basistekst${siteReport.overrides.length === 1 ? "" : "en"}: ${siteReport.overrides.join(", ")}`);
      errors += siteErrors;
      warnings += siteWarnings;
    }

    // deploy.yml: the national settings every site's build reads, checked against today's date like the build does.
    const file = settingsFile(paths);
    const settings = await readDeploySettings(file, new Date()).catch((error: unknown) => ({ problems: [unexpectedProblem(file, error)] }));
    report(settings.problems.map((problem) => ({ ...problem, file: displayPath(problem.file) })));
    const settingsErrors = settings.problems.filter((problem) => problem.severity === "error").length;
    const settingsWarnings = settings.problems.length - settingsErrors;
    say(
      `${settingsErrors > 0 ? "✗" : "✓"} ${DEPLOY_SETTINGS_FILE.padEnd(28)} ${plural(settingsErrors, "fout", "fouten")}, ${plural(settingsWarnings, "waarschuwing", "waarschuwingen")}`,
    );
    errors += settingsErrors;
    warnings += settingsWarnings;

    if (format !== "text" || toFile) {
      const inRoot = found.map((problem) => ({ ...problem, file: format === "text" ? problem.file : fromRoot(root, problem.file) }));
      const text = formatReport(inRoot, format);
      if (toFile)
        await writeAtomic(resolve(options.output as string), text); // whole: a CI job never picks up half a report
      else process.stdout.write(text);
    }
    say(
      `\n${plural(sites.length, "site", "sites")} en ${DEPLOY_SETTINGS_FILE} gecontroleerd: ${plural(errors, "fout", "fouten")}, ${plural(warnings, "waarschuwing", "waarschuwingen")}.`,
    );
    return errors > 0 ? 1 : 0;
  },
};
