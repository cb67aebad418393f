import { formatProblem } from "@werkcentrum/content";
import { allSites, readSiteModel } from "../sites.js";
import { resolveSite } from "./resolve-site.js";
import type { Command } from "./types.js";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const checkCommand: Command = {
  name: "check",
  usage: "check [--site <slug>] [--strict]   controleer site.yml en alle inhoud, met alle fouten tegelijk (--strict: waarschuwingen tellen als fout)",
  options: { site: { type: "string" }, strict: { type: "boolean" } },
  async run({ paths, options }) {
    const site = resolveSite(paths, options.site);
    const sites = site ? [site] : allSites;
    let errors = 0;
    let warnings = 0;
    for (const current of sites) {
      const report = await readSiteModel(current, paths.sitesDir, { strict: options.strict === true });
      for (const problem of report.problems) console.log(formatProblem(problem));
      const status = report.errors > 0 ? "✗" : "✓";
      const counts = `${plural(report.entries.filter((entry) => entry.origin === "region").length, "bestand", "bestanden")} in orde, ${plural(report.errors, "fout", "fouten")}, ${plural(report.warnings, "waarschuwing", "waarschuwingen")}`;
      console.log(`${status} ${current.slug.padEnd(28)} ${counts}`);
      if (report.overrides.length > 0) console.log(`  eigen versie van de basistekst${report.overrides.length === 1 ? "" : "en"}: ${report.overrides.join(", ")}`);
      errors += report.errors;
      warnings += report.warnings;
    }
    console.log(`\n${plural(sites.length, "site", "sites")} gecontroleerd: ${plural(errors, "fout", "fouten")}, ${plural(warnings, "waarschuwing", "waarschuwingen")}.`);
    return errors > 0 ? 1 : 0;
  },
};
