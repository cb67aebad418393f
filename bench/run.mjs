#!/usr/bin/env node
// `npm run bench [-- --pages 200 --runs 3]`: builds a synthetic corpus in a throw-away copy of the project and
// measures the 36-site build against plain Eleventy. See docs/performance.md for the method.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, appendFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus.mjs";
import { imageRuns } from "./images.mjs";
import { measure, median } from "./measure.mjs";
import { formatSummary, summarise } from "./profile.mjs";
import { table, updateDocs } from "./report.mjs";
import { measurePreviewReload } from "./preview.mjs";
import { commitAll, copyProject } from "./project.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    pages: { type: "string", default: "200" },
    runs: { type: "string" },
    seed: { type: "string", default: "20260101" },
    work: { type: "string" },
    results: { type: "string" },
    profile: { type: "boolean" },
    "update-docs": { type: "boolean" },
    "no-single": { type: "boolean" },
    "no-profile": { type: "boolean" },
    region: { type: "string", default: "rijnmond" },
    // `--only preview`: only the preview's save-to-reload time, with the corpus of --region alone; the figure is
    // merged into the results file, the other figures stay as they were.
    only: { type: "string" },
  },
});
const pages = Number(args.pages);
// At smoke-test scale (CI) one run proves the harness works; the figures are not meant to be compared there.
const runs = Number(args.runs ?? (pages <= 20 ? 1 : 3));
const profileOn = args["no-profile"] ? false : (args.profile ?? pages >= 50);
const work = resolve(args.work ?? join(tmpdir(), `werkcentrum-bench-${pages}`));
const project = join(work, "project");
const resultsFile = resolve(args.results ?? join(repo, "bench", pages === 200 ? "results.json" : `results-${pages}.json`));
if (!Number.isInteger(pages) || pages < 1) throw new Error(`--pages must be a positive whole number, not ${args.pages}`);
if (resolve(work).startsWith(repo + "/")) throw new Error("--work must be outside the repository");

const env = { TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1", DO_NOT_TRACK: "1", NO_COLOR: "1" };
const bin = (name) => join(project, "node_modules", ".bin", name);
const log = (message) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Moves an output folder out of the way instead of deleting it; the moved folders are deleted when the benchmark
 * is done. On ext4 without a journal (this development VM) the inode allocator skips inodes freed in the last
 * minutes, one by one, so deleting 40,000 files right before a build made that build pay several seconds of
 * kernel time for the harness's own clean-up (docs/performance.md). A cold build starts from a missing folder,
 * not from a just-deleted one.
 */
let trashed = 0;
const trash = join(work, "trash");
function clearAway(dir) {
  if (!existsSync(dir)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(dir, join(trash, `${process.pid}-${trashed++}`));
}

/**
 * HTML files below `dir`, through its top-level entries that are not dot-folders: in a werkcentrum dist/, each host
 * is a link to its version folder in dist/.werkcentrum/out/, which a recursive read does not follow by itself.
 */
function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const top of readdirSync(dir, { withFileTypes: true })) {
    if (top.name.startsWith(".")) continue;
    if (top.name.endsWith(".html")) count += top.isFile() ? 1 : 0;
    else if (statSync(join(dir, top.name)).isDirectory()) {
      for (const entry of readdirSync(join(dir, top.name), { withFileTypes: true, recursive: true }))
        if (entry.isFile() && entry.name.endsWith(".html")) count++;
    }
  }
  return count;
}

/** The packages' dist/ folders (and the theme's build tool) from the repository, so the copy need not rebuild them. */
function copyBuiltPackages() {
  const built = [];
  for (const group of ["packages", "themes"]) {
    for (const name of readdirSync(join(repo, group))) {
      const dist = join(repo, group, name, "dist");
      if (!existsSync(join(project, group, name))) continue;
      if (!existsSync(join(dist, "index.js"))) return false;
      built.push([dist, join(project, group, name, "dist")]);
    }
  }
  for (const [from, to] of built) cpSync(from, to, { recursive: true });
  return true;
}

/** The turbo options of the root `npm run build` script (its --concurrency), so the benchmark builds as CI does. */
const buildScriptOptions = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).scripts.build.match(/--concurrency=\S+/g) ?? [];
const turbo = (...extra) => [bin("turbo"), ["run", "build:sites", "--only", "--output-logs=errors-only", ...buildScriptOptions, ...extra]];

async function prepare() {
  log(`copying the project to ${project}`);
  const started = performance.now();
  copyProject(repo, project);
  const corpus = await generateCorpus(project, { pages, seed: Number(args.seed), ...(args.only === "preview" ? { only: [args.region] } : {}) });
  commitAll(project, `bench corpus: ${pages} pages per site`);
  if (!copyBuiltPackages()) {
    log("the repository has no built packages; building them in the copy (npm run build would do the same)");
    await measure(bin("turbo"), ["run", "build", "--filter=./packages/*", "--filter=./themes/*", "--output-logs=errors-only"], { cwd: project, env });
  }
  log(
    `corpus: ${corpus.markdown} Markdown files and ${corpus.images} photos in ${corpus.sites} sites (${round((performance.now() - started) / 1000)} s)`,
  );
  return corpus;
}

/** Cold: no output and turbo's cache bypassed, so every site is built from scratch. */
async function coldBuilds() {
  const results = [];
  for (let i = 0; i < runs; i++) {
    clearAway(join(project, "dist"));
    const result = await measure(...turbo("--force"), { cwd: project, env });
    log(
      `cold full build ${i + 1}/${runs}: ${round(result.seconds)} s, peak RSS ${Math.round(result.peakRssMb)} MB (${result.peakProcesses} processes)`,
    );
    results.push(result);
  }
  return results;
}

/**
 * Every site built again (`werkcentrum build --force`) over the output of the cold build: the image cache next to
 * the build record (dist/.werkcentrum/images/) is kept, so no image is encoded again. Against the cold build, this
 * is what encoding the corpus's photos costs; against the cold build of a corpus without photos, what reusing them
 * costs (copying the prepared files).
 */
async function cachedImageBuilds() {
  const results = [];
  const cli = join(project, "node_modules", "@werkcentrum", "generator", "bin", "werkcentrum.js");
  for (let i = 0; i < runs; i++) {
    const result = await measure(process.execPath, [cli, "build", "--force"], { cwd: project, env });
    log(`forced rebuild with the image cache ${i + 1}/${runs}: ${round(result.seconds)} s`);
    results.push(result);
  }
  return results;
}

async function noChangeBuilds() {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await measure(...turbo(), { cwd: project, env });
    const sites = rebuiltSites();
    log(`no-change rebuild ${i + 1}/${runs}: ${round(result.seconds)} s, rebuilt: ${sites.join(", ") || "none"}`);
    results.push({ ...result, sites });
  }
  return results;
}

/** The hosts the newest `werkcentrum build` built (it skips sites whose inputs did not change), as region slugs. */
function rebuiltSites() {
  const record = JSON.parse(readFileSync(join(project, "dist", ".werkcentrum", "builds.json"), "utf8"));
  return record.lastBuilt.map((host) => host.replace(/\.werkcentrum\.nl$/, ""));
}

async function oneRegionBuilds() {
  const file = join(project, "sites", args.region, "content", "nieuws", "bericht-1.md");
  const results = [];
  for (let i = 0; i < runs; i++) {
    appendFileSync(file, `\nBijgewerkt voor meting ${i + 1}.\n`);
    const result = await measure(...turbo(), { cwd: project, env });
    const sites = rebuiltSites();
    log(`one-region rebuild ${i + 1}/${runs}: ${round(result.seconds)} s, rebuilt: ${sites.join(", ")}`);
    results.push({ ...result, sites });
  }
  return results;
}

/**
 * Pagefind over every built site with one Pagefind process, as the build runs it (bench/search-index.mjs), into a
 * folder outside dist/. The cold build already indexes; this measures the indexing alone.
 */
async function pagefindRuns() {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = join(work, "pagefind");
    clearAway(out);
    const result = await measure(process.execPath, [join(repo, "bench", "search-index.mjs"), join(project, "dist"), out], { cwd: project });
    const { pages: indexed, seconds, sites } = JSON.parse(result.output.trim().split("\n").at(-1));
    const one = sites[`${args.region}.werkcentrum.nl`] ?? 0;
    log(`pagefind ${i + 1}/${runs}: ${round(seconds)} s for ${Object.keys(sites).length} sites, ${indexed} pages (${args.region}: ${round(one)} s)`);
    results.push({ seconds, one });
  }
  return results;
}

/** The .gz/.br twins of every built file, computed in memory with the build's function (bench/precompress.mjs). */
async function compressRuns() {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await measure(process.execPath, [join(repo, "bench", "precompress.mjs"), join(project, "dist")], { cwd: project });
    const { files, seconds } = JSON.parse(result.output.trim().split("\n").at(-1));
    log(`precompression ${i + 1}/${runs}: ${round(seconds)} s for ${files} files`);
    results.push({ seconds });
  }
  return results;
}

/**
 * `werkcentrum check` over the whole corpus: the validation every build does before it renders (one thread). Each
 * run also times `werkcentrum --help`, which loads the same modules; the difference is the validation alone.
 */
async function checkRuns() {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const startup = await measure(bin("werkcentrum"), ["--help"], { cwd: project, env });
    const result = await measure(bin("werkcentrum"), ["check"], { cwd: project, env });
    const summary = result.output.trim().split("\n").at(-1);
    log(`werkcentrum check ${i + 1}/${runs}: ${round(result.seconds)} s, of which start-up ${round(startup.seconds)} s; ${summary}`);
    results.push({ seconds: result.seconds - startup.seconds, startup: startup.seconds, summary });
  }
  return results;
}

/** Plain Eleventy with the baseline configuration into a fresh `out` (the baseline, and the peer's first step). */
async function plainEleventy(out) {
  const config = join(work, "baseline.eleventy.config.mjs");
  cpSync(join(repo, "bench", "baseline.eleventy.config.mjs"), config);
  clearAway(out);
  return measure(bin("eleventy"), [`--config=${config}`, "--quiet"], { cwd: project, env: { ...env, BASELINE_OUT: out } });
}

async function baselineRuns() {
  const out = join(work, "baseline-dist");
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await plainEleventy(out);
    const html = countHtml(out);
    log(`baseline (plain Eleventy, one process): ${round(result.seconds)} s, ${html} pages, peak RSS ${Math.round(result.peakRssMb)} MB`);
    results.push({ ...result, html });
  }
  return results;
}

/**
 * The peer pipeline: what a team would chain in npm scripts instead of this generator, for the same job on the same
 * Markdown. Plain Eleventy (the baseline above), then the Pagefind CLI over each site of its output (one index per
 * site, as every Werkcentrum site has its own search), then the .gz and .br twins with the build's own zlib settings
 * (bench/precompress.mjs --write), one after another. Each step is timed with its process start-up, as the chain
 * pays it. It validates nothing; a cold full build should take no longer than it (docs/performance.md).
 */
async function peerRuns() {
  const out = join(work, "peer-dist");
  const results = [];
  for (let i = 0; i < runs; i++) {
    const eleventy = await plainEleventy(out);
    let search = 0;
    for (const site of readdirSync(out).sort()) {
      search += (await measure(bin("pagefind"), ["--site", join(out, site), "--quiet"], { cwd: project, env })).seconds;
    }
    const compress = await measure(process.execPath, [join(repo, "bench", "precompress.mjs"), out, "--write"], { cwd: project });
    const seconds = eleventy.seconds + search + compress.seconds;
    log(
      `peer pipeline ${i + 1}/${runs}: ${round(seconds)} s (Eleventy ${round(eleventy.seconds)} s, Pagefind CLI ${round(search)} s, precompression ${round(compress.seconds)} s)`,
    );
    results.push({ seconds, eleventy: eleventy.seconds, search, compress: compress.seconds });
  }
  return results;
}

/** CPU profile of one region's build, and all 36 sites built by one builder (`--jobs 1`: one thread, no workers). */
async function profiles() {
  const dir = join(work, "profile");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cli = join(project, "node_modules", "@werkcentrum", "generator", "bin", "werkcentrum.js");
  const one = await measure(
    process.execPath,
    ["--cpu-prof", `--cpu-prof-dir=${dir}`, cli, "build", "--site", args.region, "--out", join(dir, "out")],
    { cwd: project, env },
  );
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  const summary = summarise(JSON.parse(readFileSync(join(dir, file), "utf8")));
  log(`profiled ${args.region}: ${round(one.seconds)} s with --cpu-prof (${join(dir, file)})`);
  if (args["no-single"]) return { oneSiteSeconds: one.seconds, summary, single: undefined, perSite: [], file: join(dir, file) };
  const single = await measure(process.execPath, [cli, "build", "--jobs", "1", "--out", join(dir, "single")], { cwd: project, env });
  log(`all 36 sites by one builder (--jobs 1): ${round(single.seconds)} s, peak RSS ${Math.round(single.peakRssMb)} MB`);
  const perSite = [...single.output.matchAll(/✓ (\S+)\s+(\d+) pagina's\s+([\d.]+) s/g)].map((m) => ({
    host: m[1],
    pages: Number(m[2]),
    seconds: Number(m[3]),
  }));
  return { oneSiteSeconds: one.seconds, summary, single, perSite, file: join(dir, file) };
}

/** Save-to-reload in the preview of one region (bench/preview.mjs), at least 5 samples. */
async function previewRuns() {
  const result = await measurePreviewReload({ project, region: args.region, samples: Math.max(5, runs * 2 + 1), env, log });
  log(
    `preview of ${args.region}: started in ${round(result.startup)} s; save to new page: ${result.seconds.map((s) => round(s)).join(", ")} s; to every page: ${result.whole.map((s) => round(s)).join(", ")} s`,
  );
  return result;
}

/** The preview's figures, in the shape of the results file. */
const previewFigures = (preview) => ({
  preview_reload_s: round(median(preview.seconds)),
  preview_reload_target_s: 0.5,
  preview_start_s: round(preview.startup),
  preview_site_pages: preview.pages,
  preview_samples_s: preview.seconds.map((s) => round(s)),
  // Until every page shows the change (the sitemap page lists every title): the whole site rendered again.
  preview_every_page_s: round(median(preview.whole)),
  preview_every_page_samples_s: preview.whole.map((s) => round(s)),
  // CPU seconds of the preview per reload (bench/preview.mjs): what the reload costs whatever else the machine runs.
  ...(preview.cpu.length > 0 ? { preview_reload_cpu_s: round(median(preview.cpu)), preview_cpu_samples_s: preview.cpu.map((s) => round(s)) } : {}),
});

async function main() {
  if (args.only !== undefined && args.only !== "preview") throw new Error(`--only knows one value, preview; not ${args.only}`);
  if (args.only === "preview") {
    clearAway(project);
    await prepare();
    const figures = previewFigures(await previewRuns());
    const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : {};
    writeFileSync(resultsFile, `${JSON.stringify({ ...previous, ...figures, preview_measured_at: new Date().toISOString() }, null, 2)}\n`);
    console.log(
      `preview_reload_s ${figures.preview_reload_s} (target 0.5; samples ${figures.preview_samples_s.join(", ")}), every page ${figures.preview_every_page_s} s, CPU per reload ${figures.preview_reload_cpu_s} s, start ${figures.preview_start_s} s, ${figures.preview_site_pages} pages, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}; ${resultsFile}`,
    );
    rmSync(trash, { recursive: true, force: true });
    return;
  }
  const load = loadavg();
  log(`pages per site: ${pages}, runs: ${runs}, work: ${work}, load: ${load.map((l) => l.toFixed(2)).join(" ")}`);
  clearAway(project); // a previous run's copy
  const corpus = await prepare();
  const check = await checkRuns();
  const cold = await coldBuilds();
  const outputPages = countHtml(join(project, "dist"));
  const pagefindInBuild = existsSync(join(project, "dist", `${args.region}.werkcentrum.nl`, "pagefind"));
  const cachedImages = await cachedImageBuilds();
  const noChange = await noChangeBuilds();
  const oneRegion = await oneRegionBuilds();
  const images = await imageRuns({ project, work, region: args.region, runs, env, log });
  const pagefind = await pagefindRuns();
  const compress = await compressRuns();
  const baseline = await baselineRuns();
  const peer = await peerRuns();
  const profile = profileOn ? await profiles() : undefined;
  const preview = await previewRuns();

  const full = median(cold.map((r) => r.seconds));
  const base = median(baseline.map((r) => r.seconds));
  const peerS = median(peer.map((r) => r.seconds));
  const pagefindS = median(pagefind.map((r) => r.seconds));
  const checkS = median(check.map((r) => r.seconds));
  const compressS = median(compress.map((r) => r.seconds));
  const oneRegionS = median(oneRegion.map((r) => r.seconds));
  const noChangeS = median(noChange.map((r) => r.seconds));
  const withSearch = pagefindInBuild ? full : full + pagefindS;
  // The least a cold `npm run build` can take on this machine (docs/performance.md, "Lower bound"): rendering the
  // Markdown at least as cheaply as plain Eleventy, validating it, indexing it with Pagefind and precompressing the
  // output, each measured alone on one thread, with the sum spread perfectly over every core.
  const cores = availableParallelism();
  const floor = (base + checkS + pagefindS + compressS) / cores;
  const result = {
    pages: corpus.markdown,
    pages_per_region: pages,
    output_pages: outputPages,
    baseline_pages: baseline[0].html,
    full_build_s: round(full),
    pages_per_s: round(outputPages / full, 0),
    peer_s: round(peerS),
    peer_ratio: round(full / peerS),
    // The peer copies photos as they are; a build with the image cache kept encodes none, as the peer.
    peer_ratio_image_cache: round(median(cachedImages.map((r) => r.seconds)) / peerS),
    peer_target_ratio: 1,
    peer_parts_s: {
      eleventy: round(median(peer.map((r) => r.eleventy))),
      pagefind_cli: round(median(peer.map((r) => r.search))),
      precompress: round(median(peer.map((r) => r.compress))),
    },
    baseline_s: round(base),
    ratio: round(full / base),
    pagefind_s: round(pagefindS),
    pagefind_one_site_s: round(median(pagefind.map((r) => r.one))),
    pagefind_in_build: pagefindInBuild,
    ratio_with_search: round(withSearch / base),
    check_s: round(checkS),
    compress_s: round(compressS),
    cli_startup_s: round(median(check.map((r) => r.startup))),
    floor_s: round(floor),
    floor_ratio: round(floor / base),
    nochange_s: round(noChangeS),
    forced_with_image_cache_s: round(median(cachedImages.map((r) => r.seconds))),
    images: corpus.images,
    nochange_sites_rebuilt: noChange.at(-1).sites,
    region: args.region,
    one_region_s: round(oneRegionS),
    one_region_share_pct: round((oneRegionS / full) * 100, 1),
    // What a run that rebuilds nothing would already be, as a share of a full build that met the ratio target.
    nochange_share_at_target_pct: round((noChangeS / (1.5 * base)) * 100, 1),
    one_region_sites_rebuilt: oneRegion.at(-1).sites,
    ...previewFigures(preview),
    peak_rss_mb: Math.round(median(cold.map((r) => r.peakRssMb))),
    peak_processes: Math.max(...cold.map((r) => r.peakProcesses)),
    baseline_peak_rss_mb: Math.round(median(baseline.map((r) => r.peakRssMb))),
    runs,
    samples: {
      full_build_s: cold.map((r) => round(r.seconds)),
      baseline_s: baseline.map((r) => round(r.seconds)),
      peer_s: peer.map((r) => round(r.seconds)),
      nochange_s: noChange.map((r) => round(r.seconds)),
      forced_with_image_cache_s: cachedImages.map((r) => round(r.seconds)),
      one_region_s: oneRegion.map((r) => round(r.seconds)),
      pagefind_s: pagefind.map((r) => round(r.seconds)),
      check_s: check.map((r) => round(r.seconds)),
      compress_s: compress.map((r) => round(r.seconds)),
      peak_rss_mb: cold.map((r) => Math.round(r.peakRssMb)),
    },
    check: check.at(-1).summary,
    node: process.version,
    cores,
    cpu: cpus()[0]?.model ?? "unknown",
    memory_gb: round(totalmem() / 2 ** 30, 1),
    load_before: load.map((l) => round(l)),
    load_after: loadavg().map((l) => round(l)),
    finished_at: new Date().toISOString(),
  };
  // The photos' cost to one region (bench/images.mjs), next to the corpus-wide figures above.
  const { samples: imageSamples, ...imageFigures } = images;
  Object.assign(result, imageFigures);
  Object.assign(result.samples, imageSamples);
  if (profile) {
    Object.assign(result, {
      profiled_site_s: round(profile.oneSiteSeconds),
      single_process_s: profile.single ? round(profile.single.seconds) : undefined,
      single_process_peak_rss_mb: profile.single ? Math.round(profile.single.peakRssMb) : undefined,
      profile_top_packages: profile.summary.packages.slice(0, 12).map((p) => ({ ...p, share: round(p.share, 3) })),
      profile_top_functions: profile.summary.functions.slice(0, 15).map((p) => ({ ...p, share: round(p.share, 3) })),
      single_process_per_site: profile.perSite,
    });
  }
  writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n## Benchmark: ${pages} pages per site, median of ${runs} run(s)\n`);
  console.log(table(result));
  console.log(
    `\nMachine: ${result.cores} cores (${result.cpu}), ${result.memory_gb} GB, Node ${result.node}; load before ${result.load_before.join(" ")}`,
  );
  if (profile) console.log(`\n### CPU profile of one region (${args.region}, ${pages} pages)\n\n${formatSummary(profile.summary, 15)}`);
  console.log(`\nResults: ${resultsFile}; the project copy stays in ${work} for inspection.`);
  if (args["update-docs"]) updateDocs(join(repo, "docs", "performance.md"), result);
  rmSync(trash, { recursive: true, force: true });
}

await main();
