import { contentPath, translationLanguages } from "@werkcentrum/content";
import type { LanguageSwitchParams } from "@werkcentrum/theme";

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

/** What the theme's language switch (its parameters) and the `hreflang` links need on one page. */
export interface PageLanguages extends LanguageSwitchParams {
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
    sets.set(
      path,
      [...versions].sort((a, b) => siteLanguages.indexOf(a.lang) - siteLanguages.indexOf(b.lang)),
    );
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

/** What a page of the model carries about its language: `lang`, `dir` and, when translated, the switch. */
export interface EntryLanguage {
  lang: SiteLanguage;
  dir: "ltr" | "rtl";
  languages?: PageLanguages;
}

/**
 * Translations on every site: `over-ons.en.md` is published at `/en/over-ons/` (the content package decides that
 * URL) with `lang="en"`, and every version of a translated page gets the theme's language switch and `hreflang`
 * links (read by the base layout). National base texts are pages of the region too, so a region can translate one
 * without copying it. Returns a function that gives each entry path its language data.
 */
export function entryLanguages(paths: readonly string[]): (path: string) => EntryLanguage {
  const sets = translationSets(paths);
  return (path) => {
    const { lang } = contentPath(path);
    const versions = sets.get(path);
    return { lang, dir: directionOf(lang), ...(versions ? { languages: pageLanguages(path, versions) } : {}) };
  };
}
