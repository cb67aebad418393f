import { toSlug } from "@werkcentrum/regions";
import { typeFolders, type ContentType } from "./schemas/index.js";
import { translationLanguages, type TranslationLanguage } from "./schemas/vocabulary.js";

/** Images an editor may put in `content/`. No SVG: an SVG file can carry script. */
export const imageExtensions = ["jpg", "jpeg", "png", "webp", "gif", "avif", "svg"] as const;
/** Downloads an editor may put in `content/`. */
export const downloadExtensions = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv"] as const;
/** The page with a host's automated accessibility test results, which the generator writes when the build has them. */
export const testResultsUrl = "/toegankelijkheid/testresultaten/";
/** werkcentrum.nl's open data: the folder with the files (served with CORS) and the page that explains them. */
export const openDataUrls = { files: "/data/", page: "/open-data/" } as const;

/**
 * URL folders the generator fills itself on every site: the theme's files, the search index, the web editor, the
 * later pages of the news list, the component preview, the test results and werkcentrum.nl's open data (reserved on
 * every site, so one list serves all). An editor's page may not take an
 * address inside them, so it can never replace or be replaced by a generated file.
 */
export const generatedUrlFolders = [
  "/assets/",
  "/pagefind/",
  "/admin/",
  "/nieuws/pagina/",
  "/ontwerp/",
  testResultsUrl,
  openDataUrls.files,
  openDataUrls.page,
] as const;

/**
 * The pages the law asks of every government site, written by the generator from structured fields in site.yml
 * (and national text), so that they are complete and true for every host: a region fills in the fields, not a page.
 */
export const legalPages = {
  "/privacy/": "privacy",
  "/toegankelijkheid/": "toegankelijkheid",
} as const satisfies Record<string, string>;

/** Why an editor's page cannot have this URL, or undefined when it can. */
export function reservedUrlProblem(permalink: string): string | undefined {
  // A translation of these pages too: its text would not follow the fields either.
  const [, first = "", rest = ""] = /^\/([^/]+)(\/.*)$/.exec(permalink) ?? [];
  const dutch = (translationLanguages as readonly string[]).includes(first) ? rest : permalink;
  const block = legalPages[dutch as keyof typeof legalPages];
  if (block) {
    return `De pagina ${dutch} maakt de website zelf, met de vaste landelijke tekst en de gegevens onder '${block}:' in site.yml. Zet de gegevens van uw regio daar, en verwijder dit bestand. docs/redacteuren.md legt de velden uit.`;
  }
  const folder = generatedUrlFolders.find((prefix) => permalink.startsWith(prefix));
  if (!folder) return undefined;
  return `Het webadres ${permalink} valt onder ${folder}, en die adressen maakt de website zelf. Geef het bestand een andere naam of zet het in een andere map.`;
}

/** Everything that is copied as is; anything else but Markdown is refused (no templates, data or scripts). */
export const assetExtensions: readonly string[] = [...imageExtensions, ...downloadExtensions];

const segment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a Markdown file sits and what that makes it. All paths are relative to `content/`, with `/`. */
export interface ContentPath {
  path: string;
  /** The type its folder gives it. A `type:` line may only confirm this, except for plain pages. */
  folderType: ContentType;
  /** Identifies the item within its type: the file name without extension, or the folder name for `index.md`. */
  slug: string;
  lang: "nl" | TranslationLanguage;
  /** The URL path Eleventy gives it: `/diensten/loopbaanadvies/`. Always inside the site. */
  permalink: string;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1) : "";
}

/** `extension` of a path, lower case, or "" when it has none. */
export function fileExtension(path: string): string {
  return extensionOf(path.split("/").at(-1) ?? "").toLowerCase();
}

/** A name that would be fine, for the message about a name that is not: "Mijn Pagina.md" → "mijn-pagina.md". */
function suggestedName(name: string, extension: string): string {
  const stem = name.slice(0, name.length - extension.length - 1);
  return `${toSlug(stem) || "naam"}.${extension.toLowerCase()}`;
}

/** Why the file or folder names in `path` cannot be part of a web address, or undefined when they can. */
export function nameProblem(path: string): string | undefined {
  const parts = path.split("/");
  const file = parts.pop()!;
  for (const folder of parts) {
    if (!segment.test(folder)) {
      return `De mapnaam '${folder}' kan geen webadres worden. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld '${toSlug(folder) || "map"}'.`;
    }
  }
  const extension = extensionOf(file);
  let stem = file.slice(0, file.length - extension.length - 1);
  const lang = extensionOf(stem);
  if (extension === "md" && (translationLanguages as readonly string[]).includes(lang)) stem = stem.slice(0, -lang.length - 1);
  if (!extension || extension !== extension.toLowerCase() || !segment.test(stem)) {
    return `De bestandsnaam '${file}' kan geen webadres worden. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld '${suggestedName(file, extension || "md")}'.`;
  }
  return undefined;
}

/**
 * The URL path of a Markdown file, decided by its path alone (no front matter can change it). A translation
 * (`over-ons.en.md`) lives under its language: `/en/over-ons/`; the generator gives Eleventy that permalink.
 */
export function permalinkFor(path: string): string {
  let withoutExtension = path.replace(/\.md$/, "");
  const lang = extensionOf(withoutExtension.split("/").at(-1) ?? "");
  const translated = (translationLanguages as readonly string[]).includes(lang);
  if (translated) withoutExtension = withoutExtension.slice(0, -lang.length - 1);
  const trimmed = withoutExtension === "index" ? "" : withoutExtension.replace(/\/index$/, "");
  const dutch = trimmed === "" ? "/" : `/${trimmed}/`;
  return translated ? `/${lang}${dutch}` : dutch;
}

/** Everything the path of a Markdown file decides. Assumes `nameProblem(path)` found nothing. */
export function contentPath(path: string): ContentPath {
  const parts = path.replace(/\.md$/, "").split("/");
  let stem = parts.pop()!;
  let lang: ContentPath["lang"] = "nl";
  const suffix = extensionOf(stem);
  if ((translationLanguages as readonly string[]).includes(suffix)) {
    lang = suffix as TranslationLanguage;
    stem = stem.slice(0, -suffix.length - 1);
  }
  const isIndex = stem === "index";
  const slug = isIndex ? (parts.at(-1) ?? "") : stem;
  // An index.md in a typed folder introduces the section (/nieuws/); it is a page, not a news item.
  const typed = Object.entries(typeFolders).find(([, folder]) => folder === parts[0]);
  const folderType: ContentType = typed && !(isIndex && parts.length === 1) ? (typed[0] as ContentType) : "pagina";
  return { path, folderType, slug, lang, permalink: permalinkFor(path) };
}
