import type { EleventyConfig } from "./eleventy-config.js";
import { generatedUrlFolders, headingId, layoutIds, type ContentEntry, type ContentProblem, type SiteReport } from "@werkcentrum/content";
import { Parser } from "htmlparser2";
import { werkcentrumPlugin } from "./plugin.js";
import type { SiteDefinition } from "./sites.js";

/** What a site publishes, by URL path: its pages (with the Markdown entry behind each, when there is one) and other files. */
export interface SiteUrls {
  pages: Map<string, ContentEntry | undefined>;
  files: Set<string>;
}

/** A template the plugin adds: its virtual path and data (`permalink`, `layout`, …). */
export interface AddedTemplate {
  path: string;
  data?: Record<string, unknown>;
}

/**
 * The pages and other files the plugin adds for a site (not its layouts): the plugin that the build runs, run here
 * against a configuration that only writes down the templates it is given. No Eleventy build is needed.
 */
export async function pluginTemplates(site: SiteDefinition, model: SiteReport, date?: string): Promise<AddedTemplate[]> {
  const templates: AddedTemplate[] = [];
  const dir = { input: ".", includes: "_includes", output: "_site" };
  const ignore = () => undefined;
  // Every member of EleventyConfig, so the compiler names any the plugin starts to use; only templates are kept.
  const config: EleventyConfig = {
    dir,
    directories: dir,
    ignores: new Set<string>(),
    versionCheck: ignore,
    addTemplate(path: string, _content: string, data?: Record<string, unknown>) {
      if (!path.startsWith(`${dir.includes}/`)) templates.push(data === undefined ? { path } : { path, data }); // else a layout
    },
    addGlobalData: ignore,
    addLayoutAlias: ignore,
    addTransform: ignore,
    addNunjucksFilter: ignore,
    amendLibrary: ignore,
    addPassthroughCopy: ignore,
    on: ignore,
  };
  await werkcentrumPlugin(config, { site, model, ...(date === undefined ? {} : { date }) });
  return templates;
}

/**
 * The URLs the build gives a site, from its model and `pluginTemplates`. So the set has one source, the page modules
 * themselves (entries, section pages, feeds, generated pages, unpublished FAQ answers left out). Every permalink the
 * modules set is a plain string.
 */
export async function siteUrls(site: SiteDefinition, model: SiteReport): Promise<SiteUrls> {
  const pages = new Map<string, ContentEntry | undefined>();
  const files = new Set<string>(model.assets);
  const entryByUrl = new Map(model.entries.map((entry) => [entry.permalink, entry]));
  for (const { path, data } of await pluginTemplates(site, model)) {
    const url = typeof data?.permalink === "string" ? data.permalink : path === "index.njk" ? "/" : undefined;
    if (url === undefined) continue;
    if (url.endsWith("/")) pages.set(url, entryByUrl.get(url));
    else if (url.endsWith(".html") && url !== "/404.html") pages.set(url, undefined);
    else files.add(url);
  }
  return { pages, files };
}

/** The heading the fragment warning shows as an example of how a heading's text becomes its anchor. */
const HEADING_EXAMPLE = "Werk zoeken in de zorg";

/** The ids in a piece of HTML. */
function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  const parser = new Parser({ onopentag: (_name, attributes) => void (attributes.id !== undefined && ids.add(attributes.id)) });
  parser.write(html);
  parser.end();
  return ids;
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Links in the region's own files to a page or fragment of its own site that the build does not make.
 *
 * Warnings, not errors: the page itself is fine and a visitor who follows the link gets the site's 404 page, so a
 * broken link must not hold back an urgent correction elsewhere on the site; `check --strict` (and CI with it)
 * refuses them. A path that `redirects.yml` sends on (`redirectSources`) counts as existing: the visitor arrives.
 * Fragments are checked on Markdown pages (their headings' ids and the layout's); a generated page's ids are only
 * known after rendering, so a fragment on one is not checked. Base texts from the toolkit are not checked here: the
 * region did not write them.
 */
export function brokenLinkProblems(
  site: SiteDefinition,
  model: SiteReport,
  urls: SiteUrls,
  redirectSources: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const idsOf = new Map<ContentEntry, Set<string>>();
  const origin = `https://${site.host}`;
  for (const entry of model.entries) {
    if (entry.origin !== "region") continue;
    for (const link of entry.links) {
      let url: URL;
      try {
        url = new URL(link.href, `${origin}${entry.permalink}`);
      } catch {
        continue;
      }
      if (url.origin !== origin) continue; // another site, mailto: or tel:
      const path = decode(url.pathname);
      if (generatedUrlFolders.some((folder) => path.startsWith(folder) && path !== folder)) continue;
      const report = (message: string) =>
        problems.push({ file: entry.file, line: link.line, column: link.column, field: link.field, message, severity: "warning" });
      const withSlash = path.endsWith("/") ? path : `${path}/`;
      const page = urls.pages.has(path) ? path : urls.pages.has(withSlash) ? withSlash : undefined;
      if (page === undefined) {
        if (!urls.files.has(path) && !redirectSources.has(path) && !redirectSources.has(withSlash)) {
          report(`De link naar ${link.href} gaat naar een pagina die niet bestaat op deze site. Controleer het adres, of maak de pagina eerst.`);
        }
        continue;
      }
      const fragment = decode(url.hash.slice(1));
      const target = urls.pages.get(page);
      if (!fragment || !target) continue;
      if (!idsOf.has(target)) idsOf.set(target, new Set([...idsIn(target.html), ...layoutIds]));
      if (!idsOf.get(target)!.has(fragment)) {
        const where = target === entry ? "deze pagina" : `de pagina ${page}`;
        const ids = idsOf.get(target)!;
        // A heading whose text is also an id of the theme (such as "Aanmelden" on a service page) gets `kop-` in front.
        const hint = ids.has(`kop-${fragment}`)
          ? `Deze kop heeft het anker #kop-${fragment}, omdat de pagina zelf al een #${fragment} heeft.`
          : `Een kop krijgt een anker van zijn tekst: '## ${HEADING_EXAMPLE}' wordt #${headingId(HEADING_EXAMPLE)}.`;
        report(`De link naar ${link.href} wijst naar '#${fragment}', maar die plek is er niet op ${where}. ${hint}`);
      }
    }
  }
  return problems;
}
