import { siteFromCwd, type ProjectPaths } from "../paths.js";
import { allSites, getSite, type SiteDefinition } from "../sites.js";
import { UsageError } from "./types.js";

/** The site named by `--site`, or implied by running inside `sites/<slug>/`; undefined when neither. */
export function resolveSite(paths: ProjectPaths, option: string | boolean | undefined): SiteDefinition | undefined {
  const wanted = typeof option === "string" ? option : siteFromCwd(paths);
  if (wanted === undefined) return undefined;
  const site = getSite(wanted);
  if (!site) throw new UsageError(`Onbekende site '${wanted}'. Kies een van: ${allSites.map((s) => s.slug).join(", ")}.`);
  return site;
}
