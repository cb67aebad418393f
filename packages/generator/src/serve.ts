import { watch } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatProblem } from "@werkcentrum/content";
import { renderSite } from "./build.js";
import { writeSearchIndex } from "./pages/search-index.js";
import type { ProjectPaths } from "./paths.js";
import { readSiteModel, type SiteDefinition } from "./sites.js";

/** Quiet time after the last change before the preview rebuilds: an editor's save often writes a file twice. */
const SETTLE_MS = 100;

/**
 * Serves one site with live reload for editors' previews. The preview is the build: on every change in the site's
 * folder it reads the site model again (the same reader and checks as `werkcentrum build`), prints its problems,
 * and renders the whole site with its search index into a fresh folder that replaces the served one. A model with
 * errors is never rendered. Output goes to a temporary folder, never to `dist/`, so a preview cannot end up in a
 * deployment; it starts empty each time.
 */
export async function serveSite(site: SiteDefinition, paths: ProjectPaths, port = 8080): Promise<void> {
  const siteDir = join(paths.sitesDir, site.slug);
  const outputDir = join(tmpdir(), "werkcentrum-preview", site.host);
  await rm(outputDir, { recursive: true, force: true });
  const { default: DevServer } = await import("@11ty/eleventy-dev-server");
  const server = DevServer.getServer("werkcentrum", outputDir, { logger: { log: () => undefined, info: () => undefined, error: console.error } });

  const rebuild = async (): Promise<void> => {
    const model = await readSiteModel(site, paths.sitesDir);
    for (const problem of model.problems) console.log(formatProblem(problem));
    if (model.errors > 0) {
      console.log(`✗ ${site.host} niet bijgewerkt: los eerst de ${model.errors === 1 ? "fout" : `${model.errors} fouten`} hierboven op.`);
      return;
    }
    const next = `${outputDir}.next`;
    const old = `${outputDir}.old`;
    await rm(next, { recursive: true, force: true });
    const pages = await renderSite(site, model, next);
    await writeSearchIndex(next);
    await rm(old, { recursive: true, force: true });
    await rename(outputDir, old).catch(() => undefined); // absent before the first build
    await rename(next, outputDir);
    await rm(old, { recursive: true, force: true });
    console.log(`✓ ${site.host}: ${pages} pagina's bijgewerkt`);
    server.reload();
  };

  // One rebuild at a time; changes during a rebuild lead to exactly one more.
  let running: Promise<void> | undefined;
  let pending = false;
  const schedule = (): void => {
    if (running) {
      pending = true;
      return;
    }
    running = rebuild()
      .catch((error: unknown) => console.error(error instanceof Error ? error.message : error))
      .finally(() => {
        running = undefined;
        if (pending) {
          pending = false;
          schedule();
        }
      });
  };

  await rebuild();
  let timer: NodeJS.Timeout | undefined;
  watch(siteDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(schedule, SETTLE_MS);
  });
  server.serve(port);
  console.log(`Voorbeeld van ${site.host}: http://localhost:${port}/`);
}
