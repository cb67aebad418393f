import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { z } from "zod";
import type { EleventyConfig } from "./eleventy-config.js";
import { isImagePath, type SiteReport } from "@werkcentrum/content";
import { allRegions, LANDING_HOST, type SiteProfile } from "@werkcentrum/regions";
import { assetsDir, imageSizes, layoutNames, previewPage, templatesDir, themeAssets } from "@werkcentrum/theme";
import { resolveBuildDate } from "./build-date.js";
import { evidenceSchema, type Evidence } from "./evidence/schema.js";
import { freezeGlobalData, setGlobalData } from "./global-data.js";
import type { PreparedImage } from "./images/prepare.js";
import { addNotFoundPage } from "./deploy/not-found.js";
import { confineOutput } from "./output-guard.js";
import { entrySources } from "./pages/content-pages.js";
import { pageModules } from "./pages/index.js";
import { takenUrls } from "./pages/shared.js";
import type { NavigationItem } from "./pages/types.js";
import type { MenuSection } from "./sections/table.js";
import { getSite, type SiteDefinition } from "./sites.js";

// Eleventy compiles templates with the Nunjucks copy it depends on itself. The Environment must come from
// that same copy, or the output of theme macros (another copy's SafeString) is escaped in the page.
export const nunjucks = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"))("nunjucks") as typeof import("nunjucks");

export interface WerkcentrumPluginOptions {
  site: SiteDefinition;
  /**
   * The site model (`checkSite`, or `readSiteModel` for a site of the registry) without errors: every page, the
   * profile and the assets. The plugin turns only this into Eleventy templates; Eleventy never reads an editor's file.
   */
  model: SiteReport;
  /** The build date, `YYYY-MM-DD`; default: resolveBuildDate() (`WERKCENTRUM_BUILD_DATE`, else today in Amsterdam). */
  date?: string;
  /** On the landing site: the regions' published profiles (PageContext.regionProfiles). */
  regionProfiles?: ReadonlyMap<string, SiteProfile | undefined>;
  /** The model's images as the build prepared them (images/prepare.ts), by site path; none when absent. */
  images?: ReadonlyMap<string, PreparedImage>;
  /** The host's test results (evidence/read.ts): published as /toegankelijkheid/testresultaten/; none when absent. */
  evidence?: Evidence;
}

/**
 * The Eleventy versions the plugin is written for: addTemplate (virtual templates) and `directories` came in 3.0.
 * Checked with Eleventy's own `versionCheck` (https://www.11ty.dev/docs/plugins/#version-checking), which throws a
 * clear error naming both versions.
 */
export const ELEVENTY_RANGE = ">=3.0";

const mapOf = z.custom<ReadonlyMap<string, unknown>>((value) => value instanceof Map, { message: "expected a Map" });
/**
 * The options as the plugin checks them, so a mistake in a hand-written config (a typo in a key, a site that is
 * not from `getSite`, a model of the wrong shape or with errors) stops with a message that says what to change,
 * not with a TypeError deep inside a page module. The model is the output of `checkSite`/`readSiteModel`; only
 * the keys the plugin reads are checked.
 */
const optionsSchema = z.strictObject({
  site: z
    .looseObject({ kind: z.enum(["region", "landing"]), slug: z.string() })
    .refine((site) => getSite(site.slug) !== undefined, { message: "not a site of the registry: use getSite(slug)" }),
  model: z.looseObject({
    siteDir: z.string(),
    entries: z.array(z.looseObject({ permalink: z.string() })),
    assets: z.array(z.string()),
    problems: z.array(z.unknown()),
    errors: z.literal(0, { message: "the model has errors: check it first (readSiteModel(…, { assert: true }) throws a ContentError)" }),
  }),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as YYYY-MM-DD" })
    .optional(),
  regionProfiles: mapOf.optional(),
  images: mapOf.optional(),
  evidence: evidenceSchema.optional(),
});

/** Throws one Error that lists every problem with the options (English: it is read by the developer, not an editor). */
function checkOptions(options: unknown): void {
  const result = optionsSchema.safeParse(options);
  if (result.success) return;
  throw new Error(
    `werkcentrumPlugin: invalid options (see "The Eleventy plugin" in the @werkcentrum/generator README)\n${z.prettifyError(result.error)}`,
  );
}

/**
 * The Werkcentrum generator as one Eleventy plugin: theme layouts as virtual templates, the region registry and
 * profile as global data (one object, `werkcentrum`: global-data.ts), every page of the site model as a virtual
 * template, and the generated pages. Every template it adds names its own layout; it sets none for the user's.
 */
export async function werkcentrumPlugin(config: EleventyConfig, options: WerkcentrumPluginOptions): Promise<void> {
  config.versionCheck(ELEVENTY_RANGE);
  checkOptions(options);
  const { site, model } = options;
  const images = options.images ?? new Map<string, PreparedImage>();
  const { siteDir } = model;
  const profile = model.profile;

  // Eleventy never reads the site folder as templates: with Eleventy's default input folder (the working directory)
  // it would otherwise render an editor's Markdown files through Liquid at /sites/<slug>/content/…; every page
  // reaches Eleventy from the model instead. Ignores are relative to the working directory (Eleventy's docs:
  // https://www.11ty.dev/docs/ignores/).
  const siteFolder = relative(process.cwd(), siteDir).split(sep).join("/");
  if (siteFolder !== "" && !siteFolder.startsWith("..")) config.ignores.add(`${siteFolder}/**`);

  // The theme's templates come first in the user's own Nunjucks Environment (amendLibrary adds to whatever
  // Environment Eleventy or the user set up, instead of replacing it with setLibrary), so a theme name such as
  // "components/notice/macro.njk" always means the theme's file and the user's other templates still resolve.
  // Nunjucks tries its loaders in order (nunjucks/src/environment.js, getTemplate).
  const themeLoader = new nunjucks.FileSystemLoader(templatesDir);
  config.amendLibrary("njk", (library: { loaders: unknown[] }) => {
    if (!library.loaders.includes(themeLoader)) library.loaders.unshift(themeLoader);
  });
  // A private Environment of the same Nunjucks copy for the image macro below: it renders outside any page.
  const environment = new nunjucks.Environment(themeLoader, { autoescape: true, throwOnUndefined: false });
  // Images in Markdown bodies: the theme's <picture> macro, rendered by this same environment (markup stays in .njk).
  const renderImage = (src: string, alt: string): string | undefined => {
    const image = images.get(src);
    if (!image) return undefined;
    return environment.renderString('{%- from "helpers/picture.njk" import wcPicture -%}{{ wcPicture(image, alt, sizes) }}', {
      image,
      alt,
      sizes: imageSizes,
    });
  };

  // Eleventy resolves `layout:` through its includes folder, so each theme layout is added there virtually.
  const layoutFiles = (await readdir(join(templatesDir, "layouts"))).filter((file) => file.endsWith(".njk"));
  for (const file of layoutFiles) {
    config.addTemplate(`${config.dir.includes}/layouts/${file}`, await readFile(join(templatesDir, "layouts", file), "utf8"));
  }

  // The global data, all under `werkcentrum` (global-data.ts). No global `layout`: the plugin gives each template it
  // adds its own (sections/registry.ts), so the user's own templates keep theirs.
  const region = site.kind === "region" ? site.region : undefined;
  setGlobalData(config, "site", { slug: site.slug, host: site.host, kind: site.kind, profile });
  setGlobalData(config, "region", region);
  setGlobalData(config, "regions", allRegions);
  setGlobalData(config, "landingHost", LANDING_HOST);
  setGlobalData(config, "siteTitle", site.title);

  // `layout: <name>` from the theme's allowlist (the content schemas accept only these names).
  for (const name of layoutNames) config.addLayoutAlias(name, `layouts/${name}.njk`);
  // The region's downloads, as the model listed them (regular files with safe names, no links). Images are never
  // copied as they are (their EXIF and GPS data would be published): the build prepared them (images/prepare.ts).
  for (const path of model.assets.filter((asset) => !isImagePath(asset)))
    config.addPassthroughCopy({ [join(siteDir, "content", path)]: path.slice(1) });
  setGlobalData(config, "images", Object.fromEntries(images));
  setGlobalData(config, "imageSizes", imageSizes);

  // The national home page, unless the site has written its own.
  if (!takenUrls({ model }).has("/")) {
    config.addTemplate("index.njk", "", {
      layout: site.kind === "landing" ? "layouts/landing.njk" : "layouts/home.njk",
      isHome: true,
      title: site.title,
    });
  }

  const navigation: NavigationItem[] = [];
  const addNavigation = ({ url, menu }: MenuSection) => navigation.push({ href: url, text: menu.text, order: menu.order });
  const date = options.date ?? resolveBuildDate();
  const context = {
    site,
    region,
    profile,
    siteDir,
    model,
    date,
    regionProfiles: options.regionProfiles,
    evidence: options.evidence,
    images,
    renderImage,
    addNavigation,
  };
  for (const addPages of pageModules) await addPages(config, context);
  setGlobalData(
    config,
    "navigation",
    navigation.sort((a, b) => a.order - b.order),
  );

  addNotFoundPage(config); // /404.html for nginx's error_page
  config.addPassthroughCopy({ [assetsDir]: "assets" });
  // The theme's assetsDir holds only content-hashed CSS and fonts; the layouts read their URLs from
  // `werkcentrum.themeAssets`. werkcentrum.nl also publishes the component preview page at /ontwerp/.
  setGlobalData(config, "themeAssets", themeAssets);
  if (site.kind === "landing") config.addTemplate(previewPage.path, previewPage.content, previewPage.data);
  const sources = entrySources(model.entries);
  confineOutput(config, (inputPath) => sources.get(inputPath));
  freezeGlobalData(config);
}
