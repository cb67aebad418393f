import { renderMarkdown, type ContentEntry, type ImageRenderer } from "@werkcentrum/content";
import type { PreparedImage } from "../images/prepare.js";
import { sectionRegistry } from "../sections/registry.js";
import { entryLanguages } from "./languages.js";
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
 * The layout an entry asks for: the one its editor chose (`layout:` in front matter, a name from the theme's
 * `layoutNames`), and for the site's own `index.md`, its home page, the home layout (tiles, news, events) around
 * the editor's text unless the editor chose another. Undefined: the section's or the default (sections/registry.ts).
 */
export function entryLayout(entry: ContentEntry, homeLayout: string): string | undefined {
  const { layout } = entry.data as { layout?: string };
  return entry.permalink === "/" ? (layout ?? homeLayout) : layout;
}

/**
 * The data Eleventy gets for one entry: the validated front matter (only keys a content schema defines; a test
 * checks that none of them steers Eleventy), plus what the generator decides: the layout (`layout`, see
 * `entryLayout`), the URL from the content package, the title and description the theme reads, and the language.
 * Nothing here comes from Eleventy's own parsing.
 */
export function entryData(
  entry: ContentEntry,
  language: ReturnType<ReturnType<typeof entryLanguages>>,
  layout: unknown,
  pictures?: { images: ReadonlyMap<string, PreparedImage>; renderImage: ImageRenderer },
): Record<string, unknown> {
  const data = entry.data as Record<string, unknown>;
  return {
    ...data,
    layout,
    title: entry.data.titel,
    description: data.samenvatting,
    ...language,
    permalink: entry.permalink,
    ...(pictures ? withPictures(entry, pictures) : { entryHtml: entry.html }),
  };
}

/**
 * A page's body with its images as <picture>s (the one Markdown renderer again, now with the prepared images: only
 * for a body that shows one), and its Open Graph image: the page's first image, its JPEG or PNG at the largest width.
 */
function withPictures(entry: ContentEntry, { images, renderImage }: { images: ReadonlyMap<string, PreparedImage>; renderImage: ImageRenderer }) {
  const inBody = entry.images.some((use) => use.field === "tekst");
  // Sites that show a shared link's image take JPEG and PNG, not SVG.
  const first = entry.images.find((use) => images.has(use.src) && images.get(use.src)!.fallback.type !== "image/svg+xml");
  const data = entry.data as { afbeelding?: { bron: string; alt: string } };
  const fallback = first ? images.get(first.src)!.fallback : undefined;
  const alt = first && data.afbeelding?.bron === first.src ? data.afbeelding.alt : first ? bodyAlt(entry.body, first.src) : undefined;
  return {
    entryHtml: inBody ? renderMarkdown(entry.body, { image: renderImage }) : entry.html,
    ...(fallback ? { ogImage: { src: fallback.src, type: fallback.type, width: fallback.width, height: fallback.height, alt } } : {}),
  };
}

/** The alt text of the body image at `src`, as the renderer reads it (its hook sees both). */
function bodyAlt(body: string, src: string): string | undefined {
  let alt: string | undefined;
  renderMarkdown(body, { image: (imageSrc, imageAlt) => ((alt ??= imageSrc === src ? imageAlt : undefined), undefined) });
  return alt;
}

/**
 * Every page of the site model, as a virtual template: Eleventy never reads an editor's file. Runs after the other
 * page modules, which decide the layouts of section URLs and which entries are shown elsewhere (FAQ answers).
 */
export const addContentPages: PageModule = (config, { site, model, images, renderImage }) => {
  const homeLayout = site.kind === "landing" ? "landing" : "home";
  const registry = sectionRegistry(config);
  const languageOf = entryLanguages(model.entries.map((entry) => entry.path));
  for (const entry of model.entries) {
    if (registry.isUnpublished(entry.path)) continue;
    const layout = registry.layoutAt(entry.permalink, entryLayout(entry, homeLayout));
    config.addTemplate(entryInputPath(entry), ENTRY_TEMPLATE, entryData(entry, languageOf(entry.path), layout, { images, renderImage }));
  }
};

/** The editor's file behind each entry's input path, for messages about a page (output-guard.ts). */
export function entrySources(entries: readonly ContentEntry[]): Map<string, string> {
  return new Map(entries.map((entry) => [entryInputPath(entry), entry.file]));
}
