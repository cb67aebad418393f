import { buildSite } from "../build.js";
import { allSites } from "../sites.js";
import { resolveSite } from "./resolve-site.js";
import type { Command } from "./types.js";

export const buildCommand: Command = {
  name: "build",
  usage: "build [--site <slug>]   bouw één site, of alle 36 sites als --site ontbreekt",
  options: { site: { type: "string" } },
  async run({ paths, options }) {
    const site = resolveSite(paths, options.site);
    const sites = site ? [site] : allSites;
    const started = performance.now();
    let pages = 0;
    for (const current of sites) {
      const result = await buildSite(current, paths);
      pages += result.pages;
      const seconds = (result.milliseconds / 1000).toFixed(2);
      console.log(`✓ ${current.host.padEnd(42)} ${String(result.pages).padStart(5)} pagina's  ${seconds} s`);
    }
    if (sites.length > 1) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`${sites.length} sites, ${pages} pagina's in ${seconds} s`);
    }
    return 0;
  },
};
