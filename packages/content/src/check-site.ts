import type { LandingProfile, SiteProfile } from "@werkcentrum/regions";
import { parseContentFile, type ContentEntry, type ParseContentResult } from "./content-file.js";
import { classifyContent } from "./content-files.js";
import { isImagePath, narrowImageProblems, readImages, type ImageFacts } from "./images.js";
import { ContentError, type ContentProblem } from "./problem.js";
import { readSiteFiles, readSiteText, type SiteFiles } from "./site-files.js";
import { parseLandingProfile, parseSiteProfile } from "./site-profile.js";
import { splitBaseTexts } from "./toolkit.js";

export interface CheckOptions {
  /** Treat warnings as errors (`werkcentrum check --strict`). */
  strict?: boolean;
  /**
   * Which national base texts the site gets when it has no page of its own at their address: all of them (regional
   * sites; the default), none, or the ones at these URLs (the landing site gets only the legal pages).
   */
  baseTexts?: boolean | readonly string[];
  /** How `siteDir` is written in problems; defaults to `siteDir` itself. */
  displayDir?: string;
  /**
   * The folder as already read (`readSiteFiles`), so the build reads it only once; read here when absent. Model
   * files it left unread (`lazyText`) are read here, into it (`readSiteText`).
   */
  files?: SiteFiles;
  /** Which schema `site.yml` follows: a region's profile (the default) or the landing site's. */
  kind?: "region" | "landing";
  /**
   * The image cache folder (the build's is `dist/.werkcentrum/images/`): what decoding each image found is kept
   * there per content hash, so an unchanged image is not decoded again (image-verdicts.ts).
   */
  imageCache?: string | undefined;
  /**
   * Markdown files parsed by an earlier check of the same folder (the preview checks it again on every save): a
   * file whose bytes, name and the site's assets are unchanged is not parsed again. Without it every file is parsed.
   */
  parsed?: ParsedFiles | undefined;
}

/**
 * What checks of one site folder parsed, by path relative to `content/`, kept by the caller between checks
 * (`CheckOptions.parsed`). Reusing a result is safe because parsing a file depends only on its bytes, its name and
 * the set of assets beside it (`parseContentFile`), which are all compared.
 */
export type ParsedFiles = Map<string, { bytes: Uint8Array; file: string; assets: string; result: ParseContentResult }>;

/**
 * The site model: everything `checkSite` read from a site folder, once. It is the only input of the build, the
 * preview and the web editor's configuration; nothing downstream reads an editor's file again.
 */
export interface SiteReport {
  /** The folder the model was read from (`sites/<slug>`); the assets are in its `content/`. */
  siteDir: string;
  /** A regional site's validated `site.yml`. */
  profile?: SiteProfile;
  /** The landing site's validated `site.yml`, when it has one. */
  landingProfile?: LandingProfile;
  /**
   * Every page written in Markdown, sorted by path: the region's valid files and the base texts it gets (`origin`
   * tells them apart). At most one entry per URL.
   */
  entries: ContentEntry[];
  /** Site paths of the images and downloads. */
  assets: string[];
  /**
   * Every image in `content/` that can be published (read and checked by `readImages`), sorted by path. The build
   * prepares these (packages/generator/src/images/) and never publishes the editor's file itself; `assets` minus
   * these is what is copied as it is.
   */
  images: ImageFacts[];
  /** Base texts (paths in the toolkit) the region replaces with its own file. */
  overrides: string[];
  /** Base texts the site gets from the toolkit. */
  baseTexts: string[];
  /** Every problem, sorted by file and line. */
  problems: ContentProblem[];
  errors: number;
  warnings: number;
}

/** Checks a whole site folder (`site.yml` and every file in `content/`) and returns every problem at once. */
export async function checkSite(siteDir: string, options: CheckOptions = {}): Promise<SiteReport> {
  const display = options.displayDir ?? siteDir;
  const files = options.files ?? readSiteFiles(siteDir, { hashes: false });
  readSiteText(siteDir, files, display);
  const problems: ContentProblem[] = [];
  let profile: SiteProfile | undefined;
  let landingProfile: LandingProfile | undefined;
  const profileEntry = files.entries.find((entry) => entry.path === "site.yml");
  if (profileEntry && profileEntry.kind !== "file") {
    const message =
      profileEntry.kind === "symlink"
        ? "Een snelkoppeling (symbolic link) kan geen site.yml zijn. Zet het bestand zelf in de map."
        : "Dit bestand kan niet worden gelezen (het is een map, geen bestand).";
    problems.push({ file: `${display}/site.yml`, line: 1, column: 1, field: "", message, severity: "error" });
  }
  const profileBytes = files.text.get("site.yml");
  if (profileBytes) {
    if (options.kind === "landing") {
      const result = parseLandingProfile(`${display}/site.yml`, profileBytes);
      problems.push(...result.problems);
      landingProfile = result.data;
    } else {
      const result = parseSiteProfile(`${display}/site.yml`, profileBytes);
      problems.push(...result.problems);
      profile = result.data;
    }
  }

  const contentEntries = files.entries
    .filter(({ path }) => path.startsWith("content/"))
    .map(({ path, kind }) => ({ path: path.slice("content/".length), kind }));
  const folder = classifyContent(contentEntries, `${display}/content`);
  problems.push(...folder.problems);
  const assets = new Set(folder.assets);
  const entries: ContentEntry[] = [];
  const assetsKey = folder.assets.join("\n");
  const kept = options.parsed;
  for (const path of folder.markdown) {
    const file = `${display}/content/${path}`;
    // Bytes, not text: parseContentFile decides what to do with every odd byte.
    const bytes = files.text.get(`content/${path}`)!;
    const before = kept?.get(path);
    const same = before !== undefined && before.file === file && before.assets === assetsKey && Buffer.compare(before.bytes, bytes) === 0;
    const result = same ? before.result : parseContentFile(bytes, { file, path, assets });
    if (kept && !same) kept.set(path, { bytes, file, assets: assetsKey, result });
    problems.push(...result.problems);
    if (result.data) entries.push(result.data);
  }
  if (kept) {
    const present = new Set(folder.markdown);
    for (const path of kept.keys()) if (!present.has(path)) kept.delete(path);
  }
  problems.push(...duplicateProblems(entries, `${display}/content`));
  const imagePaths = folder.assets.filter(isImagePath);
  const checked = await readImages(siteDir, display, imagePaths, { hashes: files.hashes, cache: options.imageCache });
  problems.push(...checked.problems);
  const byPath = new Map(checked.images.map((image) => [image.path, image]));
  for (const entry of entries) problems.push(...narrowImageProblems(entry.file, entry.images, byPath));

  const split = options.baseTexts === false ? { overridden: [], used: [] } : await splitBaseTexts(folder.markdown);
  const wanted = options.baseTexts;
  const { overridden } = split;
  const used = Array.isArray(wanted) ? split.used.filter((text) => wanted.includes(text.permalink)) : split.used;

  const final = problems
    .map((problem) => (options.strict && problem.severity === "warning" ? { ...problem, severity: "error" as const } : problem))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
  return {
    siteDir,
    profile,
    ...(landingProfile ? { landingProfile } : {}),
    entries: [...entries, ...used.map((text) => text.entry)].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    assets: folder.assets,
    images: checked.images,
    overrides: overridden.map((text) => text.path),
    baseTexts: used.map((text) => text.path),
    problems: final,
    errors: final.filter((problem) => problem.severity === "error").length,
    warnings: final.filter((problem) => problem.severity === "warning").length,
  };
}

/** Two files with one web address, or two items of one type with one slug, cannot both be published. */
function duplicateProblems(entries: readonly ContentEntry[], contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byPermalink = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const entry of entries) {
    const file = `${contentDir}/${entry.path}`;
    const samePermalink = byPermalink.get(entry.permalink);
    if (samePermalink) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: "",
        message: `Dit bestand krijgt hetzelfde webadres (${entry.permalink}) als ${samePermalink}. Geef een van beide een andere naam.`,
        severity: "error",
      });
      continue;
    }
    byPermalink.set(entry.permalink, entry.path);
    if (entry.type === "pagina") continue;
    const key = `${entry.type}/${entry.lang}/${entry.slug}`;
    const sameSlug = bySlug.get(key);
    if (sameSlug) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: "",
        message: `Er is al een ${entry.type} met de naam '${entry.slug}': ${sameSlug}. Geef dit bestand een andere naam.`,
        severity: "error",
      });
    } else bySlug.set(key, entry.path);
  }
  return problems;
}

/** For the build: checks the site and throws a ContentError with every error when there is one. */
export async function assertValidSite(siteDir: string, options: CheckOptions = {}): Promise<SiteReport> {
  const report = await checkSite(siteDir, options);
  if (report.errors > 0) throw new ContentError(report.problems.filter((problem) => problem.severity === "error"));
  return report;
}
