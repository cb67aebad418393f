import { existsSync, lstatSync, readdirSync, rmdirSync, rmSync } from "node:fs";
import { watch } from "chokidar";
import { copyFile, cp, mkdir, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { formatProblem, readSiteFiles, type ContentProblem, type ParsedFiles, type SiteReport } from "@werkcentrum/content";
import { assetsDir, templatesDir, themeAssets } from "@werkcentrum/theme";
import { adminContentSecurityPolicy, cmsSiteOf, startCmsProxy, writeAdmin } from "./admin.js";
import { defaultImageCache, pagesIn, render } from "./build.js";
import { cspHeaderValue } from "./deploy/headers.js";
import { planServers } from "./deploy/nginx.js";
import { FileHashes, fileSystemNow } from "./file-hashes.js";
import type { PreparedImage } from "./images/prepare.js";
import { entryInputPath } from "./pages/content-pages.js";
import { SEARCH_INDEX_DIR, writeSearchIndex } from "./pages/search-index.js";
import type { ProjectPaths } from "./paths.js";
import { nunjucks } from "./plugin.js";
import { readSiteModel, type SiteDefinition } from "./sites.js";
import { plural } from "./dutch.js";

/** Quiet time after the last change before the preview rebuilds: an editor's save often writes a file twice. */
const SETTLE_MS = 50;

/** The theme's page that lists the problems while the site has errors, as the preview shows it at every address. */
export function problemsPage(siteTitle: string, problems: readonly ContentProblem[]): string {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), { autoescape: true });
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return env.render("editor/problems.njk", { siteTitle, problems, errors, themeAssets });
}

/**
 * Serves one site with live reload for editors' previews. The preview is the build: on every change in the site's
 * folder it reads the site model again (the same reader and checks as `werkcentrum build`), prints its problems,
 * and renders the whole site into a second folder that then replaces the served one. A model with errors is never
 * rendered: until they are solved, every address shows the theme's page that lists the problems. Output goes to a
 * temporary folder, never to `dist/`, so a preview cannot end up in a deployment; it starts empty each time.
 *
 * What keeps a save quick (docs/performance.md, "Preview"): files are hashed by stat as in the build
 * (file-hashes.ts), so an unchanged photo is not read again; a Markdown file whose bytes did not change is not parsed
 * again (CheckOptions.parsed); the second folder is the one served before, written over; and the search index is
 * written after the new pages are served and the browser reloaded, so search shows the previous version for the
 * half second Pagefind takes. When a save changed only the text of a few existing pages, those pages are first
 * rendered on their own and served (quickPages), before the whole site follows.
 */
export async function serveSite(site: SiteDefinition, paths: ProjectPaths, port = 8080, options: PreviewOptions = {}): Promise<PreviewServer> {
  const siteDir = join(paths.sitesDir, site.slug);
  // A folder of its own per preview: two previews of one site (an editor's, a test's, the benchmark's) must not
  // write into each other's output. Removed again by close().
  const stateDir = await mkdtemp(join(tmpdir(), `werkcentrum-preview-${site.host}-`));
  const outputDir = join(stateDir, "site");
  const parsed: ParsedFiles = new Map();
  const { default: DevServer } = await import("@11ty/eleventy-dev-server");
  let problems: string | undefined; // the problems page while the model has errors
  const cmsPort = options.cmsPort;
  const proxy = cmsPort === undefined ? undefined : startCmsProxy(dirname(paths.sitesDir), cmsPort);
  const proxyUrl = cmsPort === undefined ? undefined : `http://127.0.0.1:${cmsPort}`;
  const adminCsp = cspHeaderValue(adminContentSecurityPolicy(proxyUrl ? [proxyUrl] : []));
  const server = DevServer.getServer("werkcentrum", outputDir, {
    logger: { log: () => undefined, info: () => undefined, error: console.error },
    onRequest: {
      // The web editor's page, with its own policy (admin.ts); it stays reachable while the site has errors, so an
      // editor can repair them in the browser. Its body is bytes, not text: the dev server injects its reload script
      // only into HTML it gets as text (wrapResponse.js), and the web editor must not reload when the preview
      // rebuilds after its own save (that threw the editor off the page it had gone to next; seen in Chromium).
      "/admin/": async () =>
        proxy
          ? {
              status: 200,
              headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": adminCsp },
              body: await readFile(join(outputDir, "admin", "index.html")),
            }
          : undefined,
      // On werkcentrum.nl, each region's search index as nginx serves it (deploy/nginx.ts), from the regions as last
      // built into dist/: the search merges those that are there (search-index.ts).
      "/zoeken/regio/*": async ({ url }) => {
        const alias = regionIndexes.find((candidate) => url.pathname.startsWith(candidate.path));
        const file = alias && join(alias.dir, url.pathname.slice(alias.path.length));
        if (!file || !file.startsWith(alias.dir + sep) || !existsSync(file) || !lstatSync(file).isFile()) return { status: 404, body: "" };
        return { status: 200, headers: { "content-type": "application/octet-stream" }, body: await readFile(file) };
      },
      // Every address but the theme's files (the problems page's stylesheet), the web editor and the reload script.
      "/*": ({ url }) =>
        problems && !url.pathname.startsWith("/assets/") && !url.pathname.startsWith("/admin/")
          ? { status: 500, headers: { "content-type": "text/html; charset=utf-8" }, body: problems }
          : undefined,
    },
  });
  const regionIndexes = planServers(paths.outDir, []).sites.find((server) => server.host === site.host)?.searchIndexes ?? [];
  const next = `${outputDir}.next`;
  const old = `${outputDir}.old`;
  const index = join(outputDir, SEARCH_INDEX_DIR);
  // The swaps of the served folder and of its search index happen one at a time.
  let swapping: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const result = swapping.then(task);
    swapping = result.catch(() => undefined);
    return result;
  };
  let served = 0; // how many versions of the site were served: the one an index is written for must still be served
  let shown: { model: SiteReport; images: ReadonlyMap<string, PreparedImage> } | undefined; // what the served pages show
  const quickDir = join(stateDir, "quick");
  let indexing: Promise<void> = Promise.resolve(); // the search index of the latest pages, written after they are served

  const rebuild = async (): Promise<void> => {
    const hashes = FileHashes.open(stateDir);
    const files = readSiteFiles(siteDir, { hashCache: hashes.folder(siteDir) });
    const model = await readSiteModel(site, paths.sitesDir, { files, imageCache: defaultImageCache, parsed });
    hashes.save();
    for (const problem of model.problems) console.log(formatProblem(problem));
    if (model.errors > 0) {
      shown = undefined;
      console.log(`✗ ${site.host} niet bijgewerkt: los eerst de ${model.errors === 1 ? "fout" : `${model.errors} fouten`} hierboven op.`);
      problems = server.augmentContentWithNotifier(problemsPage(site.title, model.problems));
      if (!existsSync(join(outputDir, "assets"))) await cp(assetsDir, join(outputDir, "assets"), { recursive: true });
      if (proxyUrl && !existsSync(join(outputDir, "admin", "index.html")))
        await writeAdmin(outputDir, cmsSiteOf(site, model.profile), { localBackend: `${proxyUrl}/api/v1` });
      server.reload();
      return;
    }
    problems = undefined;
    if (shown) {
      const only = quickPages(shown.model, model);
      if (only) await showQuickly(model, only, shown.images);
    }
    // The pages are written over the output of the rebuild before the last one, kept for this in `next`, and what
    // this render did not write is removed after it: creating and deleting the same few hundred files on every save
    // cost 80–150 ms more (docs/performance.md, "Preview").
    const since = fileSystemNow(stateDir);
    if (since === undefined) await rm(next, { recursive: true, force: true });
    const rendered = await render(site, model, next);
    const pages = pagesIn(rendered);
    if (proxyUrl) await writeAdmin(next, cmsSiteOf(site, model.profile), { localBackend: `${proxyUrl}/api/v1` });
    if (since !== undefined) removeUnwritten(next, since);
    const generation = await exclusive(async () => {
      // The previous search index goes along until the new one is written (updateSearchIndex).
      if (existsSync(index)) await rename(index, join(next, SEARCH_INDEX_DIR));
      // A whole folder is swapped by renames (writeAtomic, output/atomic.ts, writes one file); the preview server
      // misses the site only in between. The folder served until now is kept for the next rebuild.
      await rm(old, { recursive: true, force: true });
      await rename(outputDir, old).catch(() => undefined); // absent before the first build
      await rename(next, outputDir);
      await rename(old, next).catch(() => undefined);
      return ++served;
    });
    shown = { model, images: rendered.images };
    console.log(`✓ ${site.host}: ${plural(pages, "pagina", "pagina's")} bijgewerkt`);
    server.reload();
    indexing = indexing
      .then(() => updateSearchIndex(generation))
      .catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
  };

  /**
   * Renders only the pages of `only` (build.ts, PartialRenderOptions: each exactly as the whole site's render makes
   * it, render-partial.test.ts) and puts them in the served folder, each file replaced in one step, then reloads the
   * browser. A failure is left to the whole site's render that follows, which reports it.
   */
  const showQuickly = async (model: SiteReport, only: ReadonlySet<string>, images: ReadonlyMap<string, PreparedImage>): Promise<void> => {
    try {
      const { written } = await render(site, model, quickDir, { only, images });
      await exclusive(async () => {
        for (const { inputPath, outputPath } of written) {
          if (!only.has(inputPath)) continue;
          const target = join(outputDir, outputPath);
          await mkdir(dirname(target), { recursive: true });
          await copyFile(join(quickDir, outputPath), `${target}.quick`);
          await rename(`${target}.quick`, target);
        }
      });
      server.reload();
    } catch {
      // The whole site's render comes next.
    }
  };

  /**
   * Writes the search index of the pages served as `generation` beside them, and swaps it in, unless newer pages
   * were served meanwhile: those come with their own index next, and an index of pages replaced while Pagefind read
   * them is thrown away (as is a failure to read them).
   */
  const updateSearchIndex = async (generation: number): Promise<void> => {
    if (generation !== served) return;
    const fresh = `${outputDir}.${SEARCH_INDEX_DIR}`;
    const previous = `${outputDir}.${SEARCH_INDEX_DIR}.old`;
    await rm(fresh, { recursive: true, force: true });
    const pages = await writeSearchIndex(outputDir, { indexDir: fresh }).catch((error: unknown) => {
      if (generation === served) throw error;
      return 0;
    });
    if (pages > 0)
      await exclusive(async () => {
        if (generation !== served) return;
        await rm(previous, { recursive: true, force: true });
        if (existsSync(index)) await rename(index, previous);
        await rename(fresh, index);
      });
    await rm(fresh, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
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

  try {
    await rebuild();
    await indexing; // the first time the preview is served whole, search included
  } catch (error) {
    await proxy?.stop();
    throw error;
  }
  let timer: NodeJS.Timeout | undefined;
  let waiting = false; // a change was seen and its rebuild not yet scheduled
  // chokidar, not Node's recursive fs.watch: on Linux, Node 20 adds a watcher per file while it walks the folder, and a
  // file replaced by a rename early on (vim, sed -i) was then never seen again. chokidar watches the folders and is
  // ready once its walk is done; only then is the preview served.
  const watcher = watch(siteDir, { ignoreInitial: true });
  watcher.on("all", () => {
    waiting = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      waiting = false;
      schedule();
    }, SETTLE_MS);
  });
  watcher.on("error", (error) => console.error(error instanceof Error ? error.message : error));
  await new Promise<void>((resolve) => watcher.once("ready", resolve));
  server.serve(port);
  console.log(`Voorbeeld van ${site.host}: http://localhost:${port}/`);
  if (proxy) console.log(`Beheeromgeving (bewerkt de bestanden op deze computer): http://localhost:${port}/admin/`);
  return {
    url: `http://localhost:${port}/`,
    cmsProxyPid: proxy?.pid,
    settled: async () => {
      while (waiting || running || pending) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS / 5));
      await indexing;
    },
    close: async () => {
      await watcher.close();
      clearTimeout(timer);
      await running;
      await indexing;
      await proxy?.stop();
      await server.close();
      await rm(dirname(outputDir), { recursive: true, force: true });
    },
  };
}

export interface PreviewOptions {
  /**
   * Start the web editor at /admin/ with Decap's local proxy on this loopback port. Only when asked: the proxy can
   * write any file in the checkout, so a preview that is only looked at does not run it.
   */
  cmsPort?: number | undefined;
}

/** At most this many changed pages are shown on their own first: a save touches one or two. */
const QUICK_PAGES = 5;

/**
 * The pages to show on their own before the whole site is rendered again (their virtual input paths), when going
 * from the model of the served pages to `next` changed only what a few existing pages say: the same files, images,
 * downloads and site.yml, and at most QUICK_PAGES entries that differ. Other pages may show what changed (a list
 * of news, a menu); the whole site's render follows right after.
 */
export function quickPages(before: SiteReport, next: SiteReport): ReadonlySet<string> | undefined {
  const rest = (model: SiteReport) => JSON.stringify({ ...model, entries: model.entries.map((entry) => entry.path), problems: [], warnings: 0 });
  if (rest(before) !== rest(next)) return undefined;
  const changed = next.entries.filter((entry, index) => JSON.stringify(entry) !== JSON.stringify(before.entries[index]));
  if (changed.length === 0 || changed.length > QUICK_PAGES) return undefined;
  return new Set(changed.map(entryInputPath));
}

/**
 * Removes the files in `dir` whose inode last changed before `since` (the file system's clock, nanoseconds), and then
 * the folders left empty: what a render over an earlier one did not write again. The change time, not the
 * modification time: Eleventy copies the theme's files with their own modification time, but writing a file always
 * sets its change time.
 */
function removeUnwritten(dir: string, since: bigint): void {
  // Synchronous: a few hundred small calls, which the thread pool would make several times slower (site-files.ts).
  const folders: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) folders.push(path);
    else if (lstatSync(path, { bigint: true }).ctimeNs < since) rmSync(path, { force: true });
  }
  // Deepest first, so a folder whose folders were all removed is empty by its turn.
  for (const folder of folders.sort((a, b) => b.length - a.length)) if (readdirSync(folder).length === 0) rmdirSync(folder);
}

/** A running preview. */
export interface PreviewServer {
  url: string;
  /** The process id of Decap's local proxy while it runs (with `cmsPort`). */
  cmsProxyPid?: number | undefined;
  /** Resolves when no change is waiting, no rebuild is running and the search index shows the pages served. */
  settled(): Promise<void>;
  /** Stops watching, the server and Decap's local proxy; resolves once the proxy's process has exited. */
  close(): Promise<void>;
}
