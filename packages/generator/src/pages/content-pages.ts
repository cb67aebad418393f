import type { ContentEntry } from "@werkcentrum/content";
import { entryLanguages } from "./languages.js";
import { sectionRegistry } from "./sections/section-pages.js";
import type { PageModule } from "./types.js";

/**
 * The template of every Markdown page. Its only code outputs the body's HTML, which the content package rendered
 * from the editor's Markdown; Nunjucks prints a variable's value and never evaluates it, so `{{` in a body is text.
 * The text does not start with `---`, so Eleventy finds no front matter in it.
 */
export const ENTRY_TEMPLATE = "{{ entryHtml | safe }}";

/** Where an entry sits among Eleventy's (virtual) input files: under `content/`, apart from the generator's own pages. */
export const entryInputPath = (entry: Pick<ContentEntry, "path">): string => `content/${entry.path.replace(/\.md$/, "")}.njk`;

/**
 * The data Eleventy gets for one entry: the validated front matter (only keys a content schema defines; a test
 * checks that none of them steers Eleventy), plus what the generator decides: the URL from the content package,
 * the title and description the theme reads, and the language. Nothing here comes from Eleventy's own parsing.
 */
export function entryData(
  entry: ContentEntry,
  language: ReturnType<ReturnType<typeof entryLanguages>>,
  homeLayout: string,
): Record<string, unknown> {
  const data = entry.data as Record<string, unknown>;
  // The site's own `index.md` is its home page: the home layout (tiles, news, agenda) around the editor's text,
  // unless the editor chose another layout.
  const home = entry.permalink === "/" ? { layout: data.layout ?? homeLayout } : {};
  return {
    ...data,
    ...home,
    title: entry.data.titel,
    description: data.samenvatting,
    ...language,
    permalink: entry.permalink,
    entryHtml: entry.html,
  };
}

/**
 * Every page of the site model, as a virtual template: Eleventy never reads an editor's file. Runs after the other
 * page modules, which decide the layouts of section URLs and which entries are shown elsewhere (FAQ answers).
 */
export const contentPages: PageModule = (config, { site, model }) => {
  const homeLayout = site.kind === "landing" ? "landing" : "home";
  const sections = sectionRegistry(config);
  const languageOf = entryLanguages(model.entries.map((entry) => entry.path));
  for (const entry of model.entries) {
    if (sections.isUnpublished(entry.path)) continue;
    config.addTemplate(entryInputPath(entry), ENTRY_TEMPLATE, entryData(entry, languageOf(entry.path), homeLayout));
  }
};

/** The editor's file behind each entry's input path, for messages about a page (output-guard.ts). */
export function entrySources(entries: readonly ContentEntry[]): Map<string, string> {
  return new Map(entries.map((entry) => [entryInputPath(entry), entry.file]));
}
