import { execFileSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { amsterdamToday, type ContentEntry } from "@werkcentrum/content";
import { describe, expect, it } from "vitest";
import { buildDate, type SiteContent } from "./site-content.js";

const contentWith = (news: string[], events: string[]): SiteContent => {
  const entries = [
    ...news.map((datum) => ({ type: "nieuws", data: { datum } })),
    ...events.map((start) => ({ type: "evenement", data: { start } })),
  ] as unknown as ContentEntry[];
  return { entries, markdownUrls: new Set(), of: (type) => entries.filter((entry) => entry.type === type) as never };
};

describe("buildDate", () => {
  it("takes WERKCENTRUM_BUILD_DATE first", () => {
    expect(buildDate("/nergens", contentWith([], []), { WERKCENTRUM_BUILD_DATE: "2026-06-01" })).toBe("2026-06-01");
  });

  it.each(["1-6-2026", "2026-13-01", "morgen"])("refuses WERKCENTRUM_BUILD_DATE=%s", (value) => {
    expect(() => buildDate("/nergens", contentWith([], []), { WERKCENTRUM_BUILD_DATE: value })).toThrow(/JJJJ-MM-DD/);
  });

  it("outside git, falls back to the newest date in the content, and then to 1970-01-01", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wc-date-"));
    expect(buildDate(dir, contentWith(["2026-02-01"], ["2026-03-04 10:00"]), {})).toBe("2026-03-04");
    expect(buildDate(dir, contentWith([], []), {})).toBe("1970-01-01");
  });

  it("in the repository, is the date of the last commit that touched the site's folder", () => {
    const site = fileURLToPath(new URL("../../../../../sites/rijnmond/", import.meta.url));
    const iso = execFileSync("git", ["log", "-1", "--format=%cI", "--", "."], { cwd: site, encoding: "utf8" }).trim();
    expect(buildDate(site, contentWith(["2099-01-01"], []), {})).toBe(amsterdamToday(new Date(iso)));
  });
});
