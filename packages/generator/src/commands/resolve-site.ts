import { siteFromCwd, type ProjectPaths } from "../paths.js";
import { allSites, getSite, type SiteDefinition } from "../sites.js";
import { UsageError } from "./types.js";

/**
 * The site named by `--site` (its folder name or its host, in any case: `Rijnmond`, `rijnmond.werkcentrum.nl`), or
 * implied by running inside `sites/<slug>/`; undefined when neither.
 */
export function resolveSite(paths: ProjectPaths, option: string | boolean | undefined): SiteDefinition | undefined {
  const wanted = typeof option === "string" ? option : siteFromCwd(paths);
  if (wanted === undefined) return undefined;
  const name = wanted.trim().toLowerCase();
  const site = getSite(name) ?? allSites.find((candidate) => candidate.host === name);
  if (!site) throw new UsageError(`Onbekende site '${wanted}'. Kies een van: ${allSites.map((s) => s.slug).join(", ")}.`);
  return site;
}
