import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProjectPaths } from "./paths.js";
import { werkcentrumPlugin } from "./plugin.js";
import type { SiteDefinition } from "./sites.js";
import { eleventyConfigFile, loadProfile } from "./build.js";

/**
 * Serves one site with live reload for editors' previews. Output goes to a temporary folder, never to `dist/`,
 * so a preview can not end up in a deployment.
 */
export async function serveSite(site: SiteDefinition, paths: ProjectPaths, port = 8080): Promise<void> {
  const siteDir = join(paths.sitesDir, site.slug);
  const profile = await loadProfile(siteDir);
  const { Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(join(siteDir, "content"), join(tmpdir(), "werkcentrum-preview", site.host), {
    runMode: "serve",
    configPath: eleventyConfigFile,
    config: (config) => config.addPlugin(werkcentrumPlugin, { site, profile }),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
}
