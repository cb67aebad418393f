import { relative, resolve, sep } from "node:path";
import { baseTextsFor, contentPath, scanContentFolder, translationLanguages } from "@werkcentrum/content";
import type { PageModule } from "./types.js";

/** Dutch first: it is the default language and the `x-default` of every set of translations. */
export const siteLanguages = ["nl", ...translationLanguages] as const;
export type SiteLanguage = (typeof siteLanguages)[number];

/** Each language's own name for itself, for the language switch. */
export const languageNames: Readonly<Record<SiteLanguage, string>> = {
  nl: "Nederlands",
  en: "English",
  uk: "Українська",
  pl: "Polski",
  ar: "العربية",
};

/** The accessible name of the language switch, in the page's own language. */
const switchLabels: Readonly<Record<SiteLanguage, string>> = {
  nl: "Kies een taal",
  en: "Choose a language",
  uk: "Оберіть мову",
  pl: "Wybierz język",
  ar: "اختر اللغة",
};

const rightToLeft: ReadonlySet<SiteLanguage> = new Set(["ar"]);

export const directionOf = (lang: SiteLanguage): "ltr" | "rtl" => (rightToLeft.has(lang) ? "rtl" : "ltr");

/** One language version of a page. */
export interface LanguageVersion {
  lang: SiteLanguage;
  /** Site-relative URL: `/over-ons/`, `/en/over-ons/`. */
  href: string;
}

/** What the theme's language switch and the `hreflang` links need on one page. */
export interface PageLanguages {
  label: string;
  items: { lang: SiteLanguage; text: string; href: string; current: boolean; dir: "ltr" | "rtl" }[];
}

/**
 * Groups the site's Markdown paths (relative to `content/`) into sets of translations of one page, keyed by each
 * path. Only sets with a Dutch page and at least one translation are kept: a translation without its Dutch page
 * gets no switch (there is nothing to switch to), and a page without translations shows none.
 */
export function translationSets(paths: readonly string[]): Map<string, LanguageVersion[]> {
  const byDutchPermalink = new Map<string, LanguageVersion[]>();
  const keyOf = new Map<string, string>();
  for (const path of paths) {
    const { lang, permalink } = contentPath(path);
    // The Dutch permalink identifies the page: /en/over-ons/ and /over-ons/ are one page.
    const dutch = lang === "nl" ? permalink : permalink.slice(lang.length + 1);
    keyOf.set(path, dutch);
    const versions = byDutchPermalink.get(dutch) ?? [];
    if (!versions.some((version) => version.lang === lang)) versions.push({ lang, href: permalink });
    byDutchPermalink.set(dutch, versions);
  }
  const sets = new Map<string, LanguageVersion[]>();
  for (const [path, dutch] of keyOf) {
    const versions = byDutchPermalink.get(dutch)!;
    if (versions.length < 2 || !versions.some((version) => version.lang === "nl")) continue;
    sets.set(path, [...versions].sort((a, b) => siteLanguages.indexOf(a.lang) - siteLanguages.indexOf(b.lang)));
  }
  return sets;
}

/** The language switch of the page at `path` in a set of translations. */
export function pageLanguages(path: string, versions: readonly LanguageVersion[]): PageLanguages {
  const { lang } = contentPath(path);
  return {
    label: switchLabels[lang],
    items: versions.map((version) => ({
      lang: version.lang,
      text: languageNames[version.lang],
      href: version.href,
      current: version.lang === lang,
      dir: directionOf(version.lang),
    })),
  };
}

type Data = Record<string, unknown> & { page?: { inputPath?: string } };

/**
 * Translations on every site (issue 7): `over-ons.en.md` is published at `/en/over-ons/` with `lang="en"`, and
 * every version of a translated page gets the theme's language switch and `hreflang` links (computed data
 * `languages`, read by the base layout). Pages that are not Markdown in `content/` keep their own data.
 */
export const addLanguages: PageModule = async (config, { site, contentDir }) => {
  const root = resolve(contentDir);
  const { markdown } = await scanContentFolder(contentDir);
  // National base texts are pages of the region too, so a region can translate one without copying it.
  const baseTexts = site.kind === "region" ? (await baseTextsFor(contentDir)).map((text) => text.path) : [];
  const sets = translationSets([...markdown, ...baseTexts]);

  const markdownPath = (data: Data): string | undefined => {
    const input = data.page?.inputPath;
    if (!input?.endsWith(".md")) return undefined;
    const path = relative(root, resolve(input)).split(sep).join("/");
    return path.startsWith("../") ? undefined : path;
  };
  const langOf = (data: Data): SiteLanguage | undefined => {
    const path = markdownPath(data);
    return path ? contentPath(path).lang : undefined;
  };

  // addGlobalData merges this object into the content package's `eleventyComputed`.
  config.addGlobalData("eleventyComputed", {
    lang: (data: Data) => langOf(data) ?? data.lang,
    dir: (data: Data) => {
      const lang = langOf(data);
      return lang ? directionOf(lang) : data.dir;
    },
    languages: (data: Data) => {
      const path = markdownPath(data);
      const versions = path ? sets.get(path) : undefined;
      return path && versions ? pageLanguages(path, versions) : data.languages;
    },
  });

  // Eleventy would publish `over-ons.en.md` at /over-ons.en/; the content package decides /en/over-ons/. A
  // preprocessor, not computed data: preprocessors run before computed data, so the page's own `permalink` is
  // set before any computed `permalink` (section-pages.ts has one that falls back to it) reads it.
  config.addPreprocessor("werkcentrum-translation-permalink", "md", function (this: { inputPath: string }, data: Record<string, unknown>) {
    const path = markdownPath({ page: { inputPath: this.inputPath } });
    if (path && contentPath(path).lang !== "nl") data.permalink = contentPath(path).permalink;
    return undefined;
  });
};
