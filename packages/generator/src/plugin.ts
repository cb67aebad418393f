import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { EleventyConfig } from "@11ty/eleventy";
import { baseTextsFor, contentAssets, eleventyComputedData, type SiteReport } from "@werkcentrum/content";
import { allRegions, LANDING_HOST } from "@werkcentrum/regions";
import type { SiteProfile } from "@werkcentrum/regions";
import { assetsDir, layoutNames, previewPage, templatesDir, themeAssets } from "@werkcentrum/theme";
import markdownIt from "markdown-it";
import { addNotFoundPage } from "./deploy/not-found.js";
import { pageModules } from "./pages/index.js";
import type { NavigationItem } from "./pages/types.js";
import type { SiteDefinition } from "./sites.js";

// Eleventy compiles templates with the Nunjucks copy it depends on itself. The Environment must come from
// that same copy, or the output of theme macros (another copy's SafeString) is escaped in the page.
const nunjucks = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"))("nunjucks") as typeof import("nunjucks");

export interface WerkcentrumPluginOptions {
  site: SiteDefinition;
  /** The validated `site.yml` of the site, when it has one. */
  profile?: SiteProfile | undefined;
  /** The site's `checkSite` report, when the caller has checked the site already (buildSite has): saves a second pass. */
  report?: SiteReport | undefined;
}

/**
 * The Werkcentrum generator as one Eleventy plugin: theme layouts as virtual templates, the region registry and
 * profile as global data, safe Markdown, and the national home page unless the site supplies its own.
 */
export async function werkcentrumPlugin(config: EleventyConfig, options: WerkcentrumPluginOptions): Promise<void> {
  const { site, profile, report } = options;

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
  config.addGlobalData("siteTitle", site.title);
  config.addGlobalData("layout", "layouts/page.njk");

  // `layout: <name>` from the theme's allowlist, the Dutch front-matter keys the layouts read,
  // the region's images and downloads, and the national base texts a region has not replaced with its own file.
  for (const name of layoutNames) config.addLayoutAlias(name, `layouts/${name}.njk`);
  config.addGlobalData("eleventyComputed", eleventyComputedData(config.directories.input));
  // The check's report already scanned the content folder; without one (the preview) it is scanned here.
  const assets = report?.assets ?? (await contentAssets(config.directories.input)).map((asset) => asset.path);
  for (const path of assets) config.addPassthroughCopy({ [join(config.directories.input, path)]: path.slice(1) });
  const baseTexts = site.kind === "region" ? await baseTextsFor(config.directories.input) : [];
  for (const text of baseTexts) config.addTemplate(text.path, text.source);

  // The national home page, unless the site has written its own.
  // (`config.dir.input` is still "." while plugins run; `config.directories.input` is the content folder.)
  const ownHome = ["index.md", "index.njk"].some((file) => existsSync(join(config.directories.input, file)));
  if (!ownHome) {
    config.addTemplate("index.njk", "", {
      layout: site.kind === "landing" ? "layouts/landing.njk" : "layouts/home.njk",
      isHome: true,
      title: site.title,
    });
  }

  const navigation: NavigationItem[] = [];
  const context = {
    site,
    region,
    profile,
    contentDir: config.directories.input,
    report,
    baseTexts,
    addNavigation: (item: NavigationItem) => navigation.push(item),
  };
  for (const addPages of pageModules) await addPages(config, context);
  config.addGlobalData("navigation", navigation.sort((a, b) => a.order - b.order));

  addNotFoundPage(config); // /404.html for nginx's error_page, unless the site has its own
  config.addPassthroughCopy({ [assetsDir]: "assets" });
  // The theme's assetsDir holds only content-hashed CSS and fonts; the layouts read their URLs from
  // `themeAssets`. werkcentrum.nl also publishes the component preview page at /ontwerp/.
  config.addGlobalData("themeAssets", themeAssets);
  if (site.kind === "landing") config.addTemplate(previewPage.path, previewPage.content, previewPage.data);
}
