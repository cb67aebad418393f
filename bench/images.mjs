// What the corpus's photos cost one region's build: its first build, which checks and encodes every photo,
// and a rebuild after a text change, which takes both from the image cache next to the build record
// (dist/.werkcentrum/images/). Each is measured twice: on a copy of the region with its photos, and on a copy without
// them (no photo files, no references to them), so the difference is what the photos cost. A rebuild with unchanged
// photos must cost what the same rebuild without them costs (docs/performance.md, "Images").
//
// Kept apart from run.mjs's other measures: it works in copies of one region under `<work>/images/`, never in the
// project copy the other measures use, so it changes none of their inputs.
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measure, median } from "./measure.mjs";

/** Markdown without the photos: no `afbeelding:` block in the front matter, no image line in the body. */
export function withoutImages(markdown) {
  return markdown.replace(/^afbeelding:\n(?: {2}.*\n)+/m, "").replace(/^!\[[^\]]*\]\([^)]*\)\n?/gm, "");
}

/**
 * A project of one region, copied from `project`: `sites/<region>/` (without its photos when `photos` is false) and
 * `deploy.yml`, which is all `werkcentrum build --site <region>` reads besides the packages.
 */
function regionProject(project, dir, region, photos) {
  rmSync(dir, { recursive: true, force: true });
  const siteDir = join(dir, "sites", region);
  cpSync(join(project, "sites", region), siteDir, { recursive: true });
  cpSync(join(project, "deploy.yml"), join(dir, "deploy.yml"));
  if (!photos) {
    rmSync(join(siteDir, "content", "afbeeldingen"), { recursive: true, force: true });
    for (const entry of readdirSync(join(siteDir, "content"), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
      const file = join(entry.parentPath, entry.name);
      writeFileSync(file, withoutImages(readFileSync(file, "utf8")));
    }
  }
  return siteDir;
}

/** Photos in a region copy and their total size. */
function photoFiles(siteDir) {
  const dir = join(siteDir, "content", "afbeeldingen");
  if (!existsSync(dir)) return { count: 0, mb: 0 };
  const files = readdirSync(dir).filter((name) => name.endsWith(".jpg"));
  return { count: files.length, mb: files.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) / 2 ** 20 };
}

/**
 * For the region copy with photos and the one without: `runs` times a first build (no output, no image cache) and a
 * rebuild after one line of a news item changed. Returns the medians and every sample, in seconds.
 */
export async function imageRuns({ project, work, region, runs, env, log }) {
  const cli = join(project, "node_modules", "@werkcentrum", "generator", "bin", "werkcentrum.js");
  const round = (value) => Math.round(value * 100) / 100;
  const variants = {};
  for (const [name, photos] of [
    ["photos", true],
    ["text", false],
  ]) {
    const dir = join(work, "images", name);
    const siteDir = regionProject(project, dir, region, photos);
    const out = join(dir, "dist");
    const build = () => measure(process.execPath, [cli, "build", "--site", region, "--out", out], { cwd: dir, env });
    const cold = [];
    const rebuild = [];
    for (let i = 0; i < runs; i++) {
      rmSync(out, { recursive: true, force: true }); // a few hundred files: too few to slow the next build (run.mjs, clearAway)
      cold.push((await build()).seconds);
      appendFileSync(join(siteDir, "content", "nieuws", "bericht-1.md"), `\nBijgewerkt voor meting ${i + 1}.\n`);
      rebuild.push((await build()).seconds);
      log(
        `${region} ${photos ? "with" : "without"} its photos ${i + 1}/${runs}: first build ${round(cold.at(-1))} s, rebuild after a text change ${round(rebuild.at(-1))} s`,
      );
    }
    variants[name] = { cold, rebuild, ...photoFiles(siteDir) };
  }
  const { photos, text } = variants;
  return {
    images_region: photos.count,
    images_region_mb: round(photos.mb),
    images_cold_s: round(median(photos.cold)),
    images_rebuild_s: round(median(photos.rebuild)),
    text_cold_s: round(median(text.cold)),
    text_rebuild_s: round(median(text.rebuild)),
    images_rebuild_extra_s: round(median(photos.rebuild) - median(text.rebuild)),
    samples: {
      images_cold_s: photos.cold.map(round),
      images_rebuild_s: photos.rebuild.map(round),
      text_cold_s: text.cold.map(round),
      text_rebuild_s: text.rebuild.map(round),
    },
  };
}

/** The rows of the results table (report.mjs) for these figures; none when they were not measured. */
export function imageRows(r) {
  if (r.images_cold_s === undefined) return [];
  return [
    [
      `${r.region}'s first build, with / without its ${r.images_region} photos (${r.images_region_mb} MB)`,
      `${r.images_cold_s} s / ${r.text_cold_s} s`,
    ],
    [
      `${r.region} rebuilt after a text change, photos unchanged: with / without them`,
      `${r.images_rebuild_s} s / ${r.text_rebuild_s} s (difference ${r.images_rebuild_extra_s} s)`,
    ],
  ];
}
