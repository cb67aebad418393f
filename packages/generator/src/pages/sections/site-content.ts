import { execFileSync } from "node:child_process";
import { amsterdamToday, type ContentEntry, type ContentType } from "@werkcentrum/content";
import { takenUrls } from "../shared.js";
import type { PageContext } from "../types.js";

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

function groupSiteContent({ model }: PageContext): SiteContent {
  const entries = model.entries.filter((entry) => entry.lang === "nl");
  const markdownUrls = takenUrls({ model });
  return {
    entries,
    markdownUrls,
    of: <T extends ContentType>(type: T) => entries.filter((entry): entry is EntryOf<T> => entry.type === type),
  };
}

/**
 * The date the build treats as "today", as `YYYY-MM-DD` (Europe/Amsterdam). Whether an event is upcoming or past
 * depends on it, and two builds of the same input must be byte-identical, so it never comes from the clock:
 *
 * 1. `WERKCENTRUM_BUILD_DATE` (`YYYY-MM-DD`), set by CI or a test;
 * 2. else the date of the latest git commit that touched the site's folder (`sites/<slug>/`): a new commit is
 *    new input;
 * 3. else (no git, for example a copied folder) the newest date in the content itself, so the newest item counts
 *    as current.
 */
export function buildDate(siteDir: string, content: SiteContent, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.WERKCENTRUM_BUILD_DATE?.trim();
  if (fromEnv) {
    if (!/^\d{4}-\d\d-\d\d$/.test(fromEnv) || Number.isNaN(Date.parse(fromEnv))) {
      throw new Error(`WERKCENTRUM_BUILD_DATE moet een datum zijn als JJJJ-MM-DD, niet '${fromEnv}'.`);
    }
    return fromEnv;
  }
  const commit = lastCommitDate(siteDir);
  if (commit) return commit;
  return newestContentDate(content) ?? "1970-01-01";
}

function lastCommitDate(dir: string): string | undefined {
  try {
    const iso = execFileSync("git", ["log", "-1", "--format=%cI", "--", "."], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return iso ? amsterdamToday(new Date(iso)) : undefined;
  } catch {
    return undefined; // not a git checkout, or git is not installed
  }
}

function newestContentDate(content: SiteContent): string | undefined {
  const dates = [...content.of("nieuws").map((item) => item.data.datum), ...content.of("evenement").map((item) => item.data.start.slice(0, 10))];
  return dates.sort().at(-1);
}
