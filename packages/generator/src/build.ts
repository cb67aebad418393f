import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type SiteFiles, type SiteReport } from "@werkcentrum/content";
import type { SiteProfile } from "@werkcentrum/regions";
import { dateWindow, resolveBuildDate, type DateWindow } from "./build-date.js";
import { listFiles } from "./deploy/files.js";
import { isPage } from "./deploy/manifest.js";
import { prepareSiteForDeploy } from "./deploy/site-output.js";
import { brotliCacheDir, precompress } from "./deploy/compress.js";
import type { Evidence } from "./evidence/schema.js";
import { beginOutput } from "./output/versions.js";
import { isSearchRuntime, SEARCH_INDEX_COMPRESSIBLE, SEARCH_INDEX_DIR, writeSearchIndex } from "./pages/search-index.js";
import { eventTurningDates } from "./sections/events.js";
import type { ProjectPaths } from "./paths.js";
import { contentErrorIn } from "./output-guard.js";
import { imageCacheDir } from "./images/cache.js";
import { prepareImages, type PreparedImage } from "./images/prepare.js";
import type { EleventyConfig } from "./eleventy-config.js";
import { werkcentrumPlugin } from "./plugin.js";
import { readSiteModel, type SiteDefinition } from "./sites.js";

export interface BuildResult {
  site: SiteDefinition;
  /** Number of HTML pages written, 404.html not included (deploy/manifest.ts isPage: the count deploy prints too). */
  pages: number;
  /** Warnings in the site's content (published anyway; `werkcentrum check` lists them). */
  warnings: number;
  /** Where the site was written: `<outDir>/<host>`. */
  outputDir: string;
  milliseconds: number;
  /** The build date the site was built for. */
  date: string;
  /** The days around the build date between which the site's output stays the same (build-date.ts). */
  window: DateWindow;
  /** The site's validated `site.yml` as published (the landing site lists each region's status from it). */
  profile: SiteProfile | undefined;
  /** With `compare`: the files (not precompressed copies or the search index) that differ from the previous output. */
  changedFiles?: string[];
}

export interface BuildSiteOptions {
  /** The site folder as already read (`readSiteFiles`), so it is read only once. */
  files?: SiteFiles | undefined;
  /** The build date, `YYYY-MM-DD`; default: resolveBuildDate(). */
  date?: string | undefined;
  /** On the landing site: the regions' published profiles (see PageContext.regionProfiles). */
  regionProfiles?: ReadonlyMap<string, SiteProfile | undefined> | undefined;
  /** List the files that differ from the output being replaced (BuildResult.changedFiles). */
  compare?: boolean | undefined;
  /** The host's test results (evidence/read.ts): published as /toegankelijkheid/testresultaten/. */
  evidence?: Evidence | undefined;
}

/** The generator's Eleventy configuration file (settings no plugin API offers); build and serve pass it. */
export const eleventyConfigFile = fileURLToPath(new URL("../eleventy.config.js", import.meta.url));

/**
 * Eleventy wraps an error thrown while rendering (output-guard.ts throws a ContentError) in errors of its own; the
 * editor should see the Dutch problem, not Eleventy's wrapper.
 */
function rethrowContentError(error: unknown): never {
  throw contentErrorIn(error) ?? error;
}

export interface RenderOptions {
  /** The build date, `YYYY-MM-DD`; default: resolveBuildDate(). */
  date?: string | undefined;
  /** On the landing site: the regions' published profiles (PageContext.regionProfiles). */
  regionProfiles?: ReadonlyMap<string, SiteProfile | undefined> | undefined;
  /**
   * The image cache folder (images/prepare.ts). A build keeps it next to its build record,
   * `<outDir>/.werkcentrum/images/`; the preview and other callers share one in the system's temporary folder.
   */
  imageCache?: string;
  /** The host's test results (evidence/read.ts): published as /toegankelijkheid/testresultaten/. */
  evidence?: Evidence | undefined;
}

/** The image cache of everything that does not build into a `dist/` (the preview, tests): in the system's temporary folder. */
export const defaultImageCache = join(tmpdir(), "werkcentrum-image-cache");

/**
 * Renders a site model with Eleventy into `outputDir`. Eleventy's input folder is a new, empty temporary folder:
 * every page reaches it as a virtual template made from the model (plugin.ts), so Eleventy never reads, parses or
 * routes a file from the site's folder, and nothing a region puts there can become a template, data file or
 * configuration. Returns the number of pages written (isPage).
 */
export async function renderSite(site: SiteDefinition, model: SiteReport, outputDir: string, options: RenderOptions = {}): Promise<number> {
  return pagesIn(await render(site, model, outputDir, options));
}

/** The number of pages a render wrote, 404.html not included (isPage). */
export const pagesIn = (rendered: Rendered): number => rendered.written.filter((result) => isPage(result.outputPath)).length;

/** What one render wrote, relative to Eleventy's input and output folders, and the images the pages show. */
export interface Rendered {
  written: { inputPath: string; outputPath: string }[];
  images: ReadonlyMap<string, PreparedImage>;
}

export interface PartialRenderOptions extends RenderOptions {
  /**
   * Render only the pages of these virtual input paths (`entryInputPath`) in full. Every other page is still a
   * template, with its URL and data, so collections, the page index, breadcrumbs and menus are what a full render
   * has, and its page in `only` comes out the same; but it gets an empty body and no layout, which costs next to
   * nothing. Its output is meaningless: only the pages in `only` may be used.
   */
  only?: ReadonlySet<string>;
  /** The model's images as an earlier render prepared them: none are prepared or written now. */
  images?: ReadonlyMap<string, PreparedImage>;
}

/** renderSite, for the preview (serve.ts): all or some of the pages, with what was written and the images. */
export async function render(site: SiteDefinition, model: SiteReport, outputDir: string, options: PartialRenderOptions = {}): Promise<Rendered> {
  // The images first: the pages need their sizes and file names.
  const images = options.images ?? (await prepareImages(model, outputDir, options.imageCache ?? defaultImageCache)).images;
  const inputDir = await mkdtemp(join(tmpdir(), "werkcentrum-input-"));
  try {
    // Imported here, not at the top: a `werkcentrum build` that finds every site up to date never loads Eleventy.
    const { Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy(inputDir, outputDir, {
      quietMode: true,
      configPath: eleventyConfigFile,
      config: (config) => {
        // Eleventy keeps layouts (LayoutCache.js, which holds each layout's whole Eleventy instance), file texts and
        // compiled templates in process-wide caches keyed by path, and only its watch mode ever clears them. Every
        // render has its own input folder, so nothing in them is ever used again, and a process that renders site
        // after site (a builder thread of build-all.ts, the preview, the tests) kept every site it had rendered:
        // about 16 MB of heap per 1,000-page site (docs/performance.md, "Memory"). Rendering is no slower without them.
        config.setUseTemplateCache(false);
        if (options.only) emptyOtherPages(config, options.only);
        config.addPlugin(werkcentrumPlugin, {
          site,
          model,
          images,
          ...(options.date === undefined ? {} : { date: options.date }),
          ...(options.regionProfiles === undefined ? {} : { regionProfiles: options.regionProfiles }),
          ...(options.evidence === undefined ? {} : { evidence: options.evidence }),
        });
      },
    });
    // quietMode still prints "[11ty] Copied 4 Wrote 18 files" (Eleventy.js logs it with force: true) once per site;
    // `werkcentrum build` prints its own line per site, and every error reaches us as a thrown error.
    eleventy.logger.overrideLogger(false);
    const [, written] = await eleventy.write().catch(rethrowContentError);
    return {
      written: written.flatMap(({ inputPath, outputPath }) =>
        outputPath ? [{ inputPath: relative(inputDir, inputPath).split(sep).join("/"), outputPath: relative(outputDir, outputPath) }] : [],
      ),
      images,
    };
  } finally {
    await rm(inputDir, { recursive: true, force: true });
  }
}

/**
 * Makes every template the plugin adds outside the includes folder and `only` an empty page without a layout, for
 * PartialRenderOptions.only. Done on Eleventy's configuration, so the plugin and its page modules add their
 * templates as always: a new page module needs nothing for this.
 */
function emptyOtherPages(config: EleventyConfig, only: ReadonlySet<string>): void {
  const addTemplate = config.addTemplate.bind(config);
  // `config.dir` is set once plugins run, after this.
  config.addTemplate = (path, content, data) =>
    path.startsWith(`${config.dir.includes}/`) || only.has(path)
      ? addTemplate(path, content, data)
      : addTemplate(path, "", { ...data, layout: false });
}

/**
 * The files of a new output that are new or differ from the old one, or that the new one no longer has; not the
 * precompressed copies (.gz, .br) or the search index, which follow the pages. Read and compared byte by byte:
 * only sites rebuilt because of the date ask for it, and those are few.
 */
async function changedFiles(oldDir: string, newDir: string): Promise<string[]> {
  const relevant = (path: string) => !/\.(gz|br)$/.test(path) && !path.startsWith(`${SEARCH_INDEX_DIR}/`);
  const before = existsSync(oldDir) ? new Set((await listFiles(oldDir)).filter(relevant)) : new Set<string>();
  const changed: string[] = [];
  for (const path of (await listFiles(newDir)).filter(relevant)) {
    if (!before.delete(path) || !(await readFile(join(oldDir, path))).equals(await readFile(join(newDir, path)))) changed.push(path);
  }
  return [...changed, ...before].sort();
}

/**
 * Builds one site into `<outDir>/<host>/`, from `options.files` when the caller has read the site folder already
 * (buildSites has, for the fingerprint), so the folder is read once. Atomically: Eleventy writes a new version of
 * the output, which replaces the previous one in a single step only when the whole build succeeded
 * (output/versions.ts). A failed or killed build leaves the old site intact.
 */
export async function buildSite(site: SiteDefinition, paths: ProjectPaths, options: BuildSiteOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const outputDir = join(paths.outDir, site.host);
  const date = options.date ?? resolveBuildDate();
  const { files } = options;

  // The site is read once, into its model, by the rules of `werkcentrum check`: an invalid file can never be
  // published, and every error is reported at once. Everything below reads only the model.
  const imageCache = imageCacheDir(paths.outDir);
  const model = await readSiteModel(site, paths.sitesDir, { assert: true, files, imageCache });
  const output = await beginOutput(paths.outDir, site.host);
  const tmpDir = output.dir;
  let indexing: Promise<number> | undefined;
  try {
    const pages = await renderSite(site, model, tmpDir, { date, regionProfiles: options.regionProfiles, evidence: options.evidence, imageCache });
    // The search index reads the finished pages, so it is written after Eleventy and before the swap, so a published
    // site always has the index of its own pages.
    // Pagefind works in its own process; meanwhile this thread does the rest, and compresses the index last.
    // werkcentrum.nl's search merges this index with each region's own in the browser (search-index.ts).
    indexing = writeSearchIndex(tmpDir);
    indexing.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    // security.txt, the web editor (only with deploy.yml web-editor), the redirects check and precompressed .gz/.br,
    // inside the site build so the output is complete.
    await prepareSiteForDeploy(site, paths, tmpDir, { exclude: [`${SEARCH_INDEX_DIR}/`], profile: model.profile });
    if ((await indexing) > 0) {
      await precompress(join(tmpDir, SEARCH_INDEX_DIR), {
        extensions: SEARCH_INDEX_COMPRESSIBLE,
        stable: isSearchRuntime,
        cacheDir: brotliCacheDir(paths.outDir),
      });
    }

    const changed = options.compare ? await changedFiles(outputDir, tmpDir) : undefined;
    await output.publish();
    const window = dateWindow(eventTurningDates(site, model), date);
    return {
      site,
      pages,
      warnings: model.warnings,
      outputDir,
      milliseconds: performance.now() - started,
      date,
      window,
      profile: model.profile,
      ...(changed ? { changedFiles: changed } : {}),
    };
  } catch (error) {
    await indexing?.catch(() => undefined); // Pagefind may still be writing into tmpDir
    throw await output.abandon(error); // a full or read-only disk becomes one Dutch line (OutputError)
  }
}
