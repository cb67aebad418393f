import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ContentError, type ContentProblem } from "@werkcentrum/content";
import { cmsSiteOf, webEditorFor, writeAdmin } from "../admin.js";
import type { ProjectPaths } from "../paths.js";
import type { SiteDefinition } from "../sites.js";
import type { SiteProfile } from "@werkcentrum/regions";
import { brotliCacheDir, precompress, type CompressReport } from "./compress.js";
import { readSiteRedirects } from "./redirects.js";
import { renderSecurityTxt, SECURITY_TXT_PATH } from "./security-txt.js";
import { readDeploySettings, settingsFile } from "./settings.js";

/**
 * The deployment steps of one site's build, on the finished Eleventy output in `outputDir` before it replaces the
 * previous output (build.ts), so turbo caches their result with the site: security.txt from `deploy.yml`, the
 * site's redirects checked against its pages, and `.gz`/`.br` twins of the text files. Throws a ContentError
 * naming file, line and field; the previous output then stays in place.
 *
 * `exclude` names folders (`pagefind/`) another step is still writing; the caller compresses them itself.
 *
 * With `web-editor` in `deploy.yml`, the site gets its web editor at /admin/ (admin.ts), in the languages of `profile`
 * (the validated site.yml); without it, none.
 *
 * Without `deploy.yml` (a test project, an outside developer's site) there is no security.txt; `werkcentrum
 * deploy` refuses to publish without it.
 */
export async function prepareSiteForDeploy(
  site: SiteDefinition,
  paths: ProjectPaths,
  outputDir: string,
  options: { now?: Date; exclude?: readonly string[]; profile?: SiteProfile | undefined } = {},
): Promise<CompressReport> {
  const now = options.now ?? new Date();
  const problems: ContentProblem[] = [];
  const settingsPath = settingsFile(paths);
  if (existsSync(settingsPath)) {
    const { settings, problems: settingsProblems } = await readDeploySettings(settingsPath, now);
    // Warnings (a placeholder disclosure channel) are for `werkcentrum deploy` to report once, not per site.
    problems.push(...settingsProblems.filter((problem) => problem.severity === "error"));
    if (settings) {
      const target = join(outputDir, SECURITY_TXT_PATH);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, renderSecurityTxt(site.host, settings["security-txt"]));
      // The web editor only when the hosting team set up its git host: without it, no /admin/ at all.
      const editor = settings["web-editor"];
      if (editor) await writeAdmin(outputDir, cmsSiteOf(site, options.profile), { backend: webEditorFor(editor).backend });
    }
  }
  problems.push(...(await readSiteRedirects(site, paths.sitesDir, outputDir)).problems);
  if (problems.length > 0) throw new ContentError(problems);
  return precompress(outputDir, { exclude: options.exclude ?? [], cacheDir: brotliCacheDir(paths.outDir) });
}
