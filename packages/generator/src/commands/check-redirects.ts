import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContentError, type ContentProblem } from "@werkcentrum/content";
import { LANDING_HOST } from "@werkcentrum/regions";
import { buildSites } from "../build-all.js";
import { readAllRedirects, type SiteRedirects } from "../deploy/redirects.js";
import { unexpectedProblem } from "../deploy/yaml-problems.js";
import type { ProjectPaths } from "../paths.js";
import { allSites, landingSite, type SiteDefinition } from "../sites.js";

/**
 * The redirects of every site, checked as `werkcentrum build` and `werkcentrum deploy` check them. Two of the
 * rules need the built pages: an old address may not be a page of the site, and a target must be one. Those pages
 * exist only after a build, so each of `sites` whose redirects file passes every other rule is built into a
 * temporary folder with the same build, which runs the same checks; the landing site too when a redirect points
 * there. Sites without redirects (all 36 today) cost nothing. A site whose build stops on its redirects gets those
 * problems; one whose build stops on its content (reported by the content check) gets none: the build refuses it
 * anyway, and the page rules follow once the content is fixed.
 */
export async function checkRedirects(
  paths: ProjectPaths,
  sites: readonly SiteDefinition[],
): Promise<{ data: SiteRedirects[]; problems: ContentProblem[] }> {
  const first = await readAllRedirects(paths, allSites);
  const withProblems = new Set(first.problems.map((problem) => problem.file));
  const needPages = first.data.filter((entry) => sites.includes(entry.site) && entry.redirects.length > 0 && !withProblems.has(entry.file));
  if (needPages.length === 0) return first;

  const toBuild = new Set(needPages.map((entry) => entry.site));
  if (needPages.some((entry) => entry.redirects.some((redirect) => redirect.to.host === LANDING_HOST))) toBuild.add(landingSite);
  const outDir = await mkdtemp(join(tmpdir(), "werkcentrum-check-"));
  const problems: ContentProblem[] = [];
  try {
    for (const site of toBuild) {
      // Eleventy prints a summary of each build; this build is only a means to know the pages, so it stays quiet.
      const log = console.log;
      console.log = () => undefined;
      try {
        await buildSites([site], { sitesDir: paths.sitesDir, outDir }, { jobs: 1, force: true });
      } catch (error) {
        const file = first.data.find((entry) => entry.site === site)?.file ?? join(paths.sitesDir, site.slug);
        if (!(error instanceof ContentError)) problems.push(unexpectedProblem(file, error));
        // Only the redirects file's problems: content, site.yml and deploy.yml are checked and reported on their own.
        else problems.push(...error.problems.filter((problem) => problem.file === file));
      } finally {
        console.log = log;
      }
    }
    const second = await readAllRedirects(paths, allSites, outDir);
    const seen = new Set<string>();
    const unique = [...second.problems, ...problems].filter((problem) => {
      const key = `${problem.file}:${problem.line}:${problem.column}:${problem.field}:${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { data: second.data, problems: unique };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
