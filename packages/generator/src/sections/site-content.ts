import type { ContentEntry, ContentType, SiteReport } from "@werkcentrum/content";
import { takenUrls } from "../pages/shared.js";
import type { PageContext } from "../pages/types.js";

/** A content entry of one type. */
export type EntryOf<T extends ContentType> = Extract<ContentEntry, { type: T }>;

/** What the section modules know about a site's content, read once per build. */
export interface SiteContent {
  /** The model's Dutch entries (translations belong to the language pages). */
  entries: ContentEntry[];
  /** Every URL a Markdown page takes: the region's own files and the national base texts it uses. */
  markdownUrls: ReadonlySet<string>;
  of<T extends ContentType>(type: T): EntryOf<T>[];
}

const loaded = new WeakMap<PageContext, SiteContent>();

/** The site model's entries grouped for the section modules; made once per build context, as every section needs it. */
export function siteContent(context: PageContext): SiteContent {
  let result = loaded.get(context);
  if (!result) {
    result = groupSiteContent(context);
    loaded.set(context, result);
  }
  return result;
}

/** Sorts entries by title, the Dutch way (ë after e, case-insensitive). */
export function byTitle(a: { data: { titel: string } }, b: { data: { titel: string } }): number {
  return a.data.titel.localeCompare(b.data.titel, "nl");
}

/** The model's Dutch entries of one type (translations belong to the language pages). */
export function dutchEntries<T extends ContentType>(model: SiteReport, type: T): EntryOf<T>[] {
  return model.entries.filter((entry): entry is EntryOf<T> => entry.lang === "nl" && entry.type === type);
}

function groupSiteContent({ model }: PageContext): SiteContent {
  const entries = model.entries.filter((entry) => entry.lang === "nl");
  const markdownUrls = takenUrls({ model });
  return {
    entries,
    markdownUrls,
    of: <T extends ContentType>(type: T) => entries.filter((entry): entry is EntryOf<T> => entry.type === type),
  };
}
