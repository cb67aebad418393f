import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { EleventyConfig } from "@11ty/eleventy";
import { allRegions, LANDING_HOST } from "@werkcentrum/regions";
import type { SiteProfile } from "@werkcentrum/regions";
import { assetsDir, templatesDir } from "@werkcentrum/theme";
import markdownIt from "markdown-it";
import nunjucks from "nunjucks";
import type { SiteDefinition } from "./sites.js";

export interface WerkcentrumPluginOptions {
  site: SiteDefinition;
  /** The validated `site.yml` of the site, when it has one. */
  profile?: SiteProfile | undefined;
}

/**
 * The Werkcentrum generator as one Eleventy plugin: theme layouts as virtual templates, the region registry and
 * profile as global data, safe Markdown, and the national home page unless the site supplies its own.
 */
export async function werkcentrumPlugin(config: EleventyConfig, options: WerkcentrumPluginOptions): Promise<void> {
  const { site, profile } = options;

  // Raw HTML in Markdown is never rendered: editors write Markdown only (issue "content": safety rules).
  config.setLibrary("md", markdownIt({ html: false, linkify: false, typographer: false }));

  // Templates resolve from the theme only, so a site folder cannot bring its own layouts or includes.
  config.setLibrary(
    "njk",
    new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), { autoescape: true, throwOnUndefined: false }),
  );

  // Eleventy resolves `layout:` through its includes folder, so each theme layout is added there virtually.
  const layoutFiles = (await readdir(join(templatesDir, "layouts"))).filter((file) => file.endsWith(".njk"));
  for (const file of layoutFiles) {
    config.addTemplate(`${config.dir.includes}/layouts/${file}`, await readFile(join(templatesDir, "layouts", file), "utf8"));
  }

  const region = site.kind === "region" ? site.region : undefined;
  config.addGlobalData("site", { slug: site.slug, host: site.host, kind: site.kind, profile });
  config.addGlobalData("region", region);
  config.addGlobalData("regions", allRegions);
  config.addGlobalData("landingHost", LANDING_HOST);
  config.addGlobalData("siteTitle", region ? `Werkcentrum ${region.name}` : "Werkcentrum");
  config.addGlobalData("layout", "layouts/page.njk");

  // The national home page, unless the site has written its own.
  const ownHome = ["index.md", "index.njk"].some((file) => existsSync(join(config.dir.input, file)));
  if (!ownHome) config.addTemplate("index.njk", "", {
    layout: site.kind === "landing" ? "layouts/landing.njk" : "layouts/home.njk",
    isHome: true,
    title: region ? `Werkcentrum ${region.name}` : "Werkcentrum",
  });

  config.addPassthroughCopy({ [assetsDir]: "assets" });
}
