// The web editor's file names for translations, loaded on /admin/ right after Decap's own bundle (the entry is
// cms.ts; ../admin.ts writes its bundle into the site).
//
// Decap's i18n (structure `multiple_files`) names every language version `<slug>.<locale>.md`, the default language
// too, and has no option to leave it out (decap-cms-core, lib/i18n.js, getFilePath). This repository names the Dutch
// page `over-ons.md` and its translations `over-ons.en.md` (packages/content/src/paths.ts). Written by hand because no
// library maps the two: each git backend Decap registers is wrapped so that Decap sees `over-ons.nl.md` where the
// repository has `over-ons.md`, in every path it sends and receives, in the folders of translated collections only.
//
// Every Markdown or YAML file it saves loses its empty fields first (cms-empty-fields.ts).
//
// Decap also gives a new entry data in every language (the copied fields) and saves a file for each; a translation
// is therefore saved only once its title is filled in, so a Dutch page saved on its own never gets half-empty
// translations that `check` would refuse.

import { withoutEmptyFields } from "./cms-empty-fields.js";

/** The part of Decap's configuration (config.yml, as Decap hands it to a backend) that the mapping reads. */
export interface CmsConfigView {
  i18n?: { structure?: string; locales?: readonly string[]; default_locale?: string };
  collections?: readonly { folder?: string; extension?: string; i18n?: unknown; identifier_field?: string }[];
}

export interface PathMap {
  /** A repository path as Decap expects it: `…/over-ons.md` → `…/over-ons.nl.md`. */
  toCms(path: string): string;
  /** A path from Decap as the repository has it: `…/over-ons.nl.md` → `…/over-ons.md`. */
  toRepo(path: string): string;
  /** Whether a file Decap wants to save is a translation whose title is still empty. */
  isUntitledTranslation(file: { path: string; raw?: string }): boolean;
  /** For a translation (`…/over-ons.en.md`), the Dutch file as Decap names it (`…/over-ons.nl.md`); else undefined. */
  dutchOf(path: string): string | undefined;
}

interface TranslatedFolder {
  extension: string;
  titleField: string;
}

function split(path: string): [dir: string, name: string] {
  const slash = path.lastIndexOf("/");
  return [path.slice(0, slash), path.slice(slash + 1)];
}

/** Whether the front matter of `raw` gives `field` a value (not empty, `''`, `""`, `null` or `~`). */
function hasValue(raw: string, field: string): boolean {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? "";
  const line = frontMatter.split(/\r?\n/).find((candidate) => candidate.startsWith(`${field}:`));
  if (line === undefined) return false;
  return !/^(?:|''|""|null|~)$/.test(line.slice(field.length + 1).trim());
}

export function pathMap(config: CmsConfigView): PathMap {
  const { i18n } = config;
  const defaultLocale = i18n?.default_locale ?? i18n?.locales?.[0];
  const folders = new Map<string, TranslatedFolder>();
  if (i18n?.structure === "multiple_files" && defaultLocale) {
    for (const collection of config.collections ?? []) {
      if (!collection.folder || !collection.i18n) continue;
      folders.set(collection.folder.replace(/^\/+|\/+$/g, ""), {
        extension: collection.extension ?? "md",
        titleField: collection.identifier_field ?? "title",
      });
    }
  }
  // A name with no dot but the extension's is a default-language file in the repository (`over-ons.md`); Decap's
  // name for it has the default locale before the extension (`over-ons.nl.md`). Names with more dots stay as they are.
  const stemOf = (name: string, suffix: string): string | undefined =>
    name.endsWith(suffix) && !name.slice(0, -suffix.length).includes(".") && name.length > suffix.length ? name.slice(0, -suffix.length) : undefined;
  return {
    toCms(path) {
      const [dir, name] = split(path);
      const folder = folders.get(dir);
      const stem = folder && stemOf(name, `.${folder.extension}`);
      return stem ? `${dir}/${stem}.${defaultLocale}.${folder.extension}` : path;
    },
    toRepo(path) {
      const [dir, name] = split(path);
      const folder = folders.get(dir);
      const stem = folder && stemOf(name, `.${defaultLocale}.${folder.extension}`);
      return stem ? `${dir}/${stem}.${folder.extension}` : path;
    },
    isUntitledTranslation({ path, raw }) {
      const [dir, name] = split(path);
      const folder = folders.get(dir);
      if (!folder || name.endsWith(`.${defaultLocale}.${folder.extension}`)) return false;
      return !hasValue(raw ?? "", folder.titleField);
    },
    dutchOf(path) {
      const [dir, name] = split(path);
      const folder = folders.get(dir);
      const match = folder && new RegExp(`^([^.]+)\\.([a-z]{2})\\.${folder.extension}$`).exec(name);
      return match && match[2] !== defaultLocale ? `${dir}/${match[1]}.${defaultLocale}.${folder!.extension}` : undefined;
    },
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));

const PATH_KEYS = new Set(["path", "newPath"]);

/** An argument for the repository: path strings mapped, a path pattern made to test the path Decap would see. */
function argumentFor(value: unknown, map: PathMap): unknown {
  if (typeof value === "string") return map.toRepo(value);
  if (value instanceof RegExp) return { test: (path: string) => value.test(map.toCms(path)) };
  if (Array.isArray(value)) return value.map((item) => argumentFor(item, map));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, PATH_KEYS.has(key) || typeof item !== "string" ? argumentFor(item, map) : item]),
  );
}

/**
 * A result for Decap: every `path` and `newPath` mapped, in place, because Decap reads more than the entries from
 * some results (a cursor kept under a symbol on the array entriesByFolder answers).
 */
function resultFor(value: unknown, map: PathMap): unknown {
  if (Array.isArray(value)) {
    for (const item of value) resultFor(item, map);
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (PATH_KEYS.has(key) && typeof item === "string") value[key] = map.toCms(item);
      else resultFor(item, map);
    }
  }
  return value;
}

type Method = (...args: unknown[]) => unknown;

/**
 * Takes out of a folder's entries, in place, each translation whose Dutch file is not among them: a translation of a
 * national base text the region does not have itself. Decap would show it as a Dutch page and save its text as one.
 * Decap's GitHub and GitLab backends list only default-language files for i18n collections anyway.
 */
function withoutOrphans(entries: unknown, map: PathMap): unknown {
  if (!Array.isArray(entries)) return entries;
  const paths = new Set(entries.map((entry: { file?: { path?: string } }) => entry?.file?.path));
  for (let index = entries.length - 1; index >= 0; index--) {
    const dutch = map.dutchOf((entries[index] as { file?: { path?: string } })?.file?.path ?? "");
    if (dutch && !paths.has(dutch)) entries.splice(index, 1);
  }
  return entries;
}

/** A Decap backend implementation that speaks Decap's file names to Decap and the repository's to the git host. */
export function wrapBackend<T extends object>(implementation: T, map: PathMap): T {
  return new Proxy(implementation, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (property === "persistEntry" && isPlainObject(args[0]) && Array.isArray(args[0].dataFiles)) {
          const dataFiles = (args[0].dataFiles as { path: string; raw?: string }[])
            .map((file) => (typeof file.raw === "string" ? { ...file, raw: withoutEmptyFields(file.path, file.raw) } : file))
            .filter((file) => !map.isUntitledTranslation(file));
          args = [{ ...args[0], dataFiles }, ...args.slice(1)];
        }
        const result = (value as Method).apply(
          target,
          args.map((arg) => argumentFor(arg, map)),
        );
        const forDecap = (answer: unknown) => {
          resultFor(answer, map);
          return property === "entriesByFolder" || property === "allEntriesByFolder" ? withoutOrphans(answer, map) : answer;
        };
        return result instanceof Promise ? result.then(forDecap) : forDecap(result);
      };
    },
  });
}

/**
 * Decap's registry (window.CMS): `getBackend` gives a registered backend's entry, whose `init` makes one;
 * `getLocale`/`registerLocale` the phrases of the interface.
 */
export interface CmsRegistry {
  getBackend(name: string): { init: (config: unknown, options: unknown) => object } | undefined;
  getLocale?(locale: string): Phrases | undefined;
  registerLocale?(locale: string, phrases: Phrases): void;
}

interface Phrases {
  [key: string]: string | Phrases;
}

/**
 * Decap's Dutch phrases around translations: three are still in English in Decap 3 ("Fill in from another locale"),
 * and "Wissel i18n" says nothing to an editor.
 */
export const DUTCH_TRANSLATION_PHRASES = {
  editor: {
    editorControlPane: {
      i18n: {
        writingInLocale: "Taal: %{locale}",
        copyFromLocale: "Overnemen uit een andere taal",
        copyFromLocaleConfirm: "Wilt u de tekst uit %{locale} overnemen?\nWat hier nu staat, wordt overschreven.",
      },
    },
    editorInterface: { toggleI18n: "Vertaling tonen of verbergen" },
  },
} satisfies Phrases;

function merged(base: Phrases, extra: Phrases): Phrases {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = typeof value === "object" && typeof current === "object" ? merged(current, value) : value;
  }
  return result;
}

/** The backends the web editor uses: the git hosts of deploy.yml, and `proxy` for the preview's local proxy. */
export const WRAPPED_BACKENDS = ["github", "gitlab", "proxy"] as const;

/** Wraps the backends (the translations' file names) and completes Decap's Dutch phrases about translations. */
export function installCmsAdditions(cms: CmsRegistry): void {
  const dutch = cms.getLocale?.("nl");
  if (dutch) cms.registerLocale?.("nl", merged(dutch, DUTCH_TRANSLATION_PHRASES));
  for (const name of WRAPPED_BACKENDS) {
    const registered = cms.getBackend(name);
    if (!registered) continue;
    const init = registered.init;
    registered.init = (config, options) => {
      // Decap hands its configuration over as a plain object; an Immutable map is converted for older versions.
      const view = (typeof (config as { toJS?: unknown }).toJS === "function" ? (config as { toJS(): unknown }).toJS() : config) as CmsConfigView;
      return wrapBackend(init(config, options), pathMap(view));
    };
  }
}
