// The demonstration build: a throw-away copy of the project's site folders in which two real region slugs get the
// demonstration corpus (packages/generator/test/fixtures/voorbeeldregio, made-up content), built with the real
// `werkcentrum build` and `werkcentrum deploy` next to the 34 other real sites and werkcentrum.nl. The e2e gates run
// on this copy, so every page type, component and language an editor can produce is gated, not only what the real
// regions happen to hold today. The repository itself is never written to.
import { spawn } from "node:child_process";
import { cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { cameraPhoto } from "../../scripts/images/camera-photo.mjs";

/** Where the corpus lives: the fixture region (its base, which the generator's unit tests pin) and its layers. */
export const FIXTURE = "packages/generator/test/fixtures/voorbeeldregio";

/**
 * The two demonstration regions. `layers` are copied in order into `sites/<slug>/`, each over the previous one:
 * "base" is the fixture's own site.yml and content/; the others are folders under the fixture's `demonstratie/`.
 * - rijnmond: actief, every content type, field and language, an override of every national base text, and a
 *   complete accessibility statement (status B) with every field of site.yml;
 * - zuid-kennemerland-en-ijmond (the longest CBS name): in ontwikkeling, with an existing website, little content and
 *   a statement with research planned (status C).
 */
export const DEMO_REGIONS = [
  { slug: "rijnmond", layers: ["base", "actief"] },
  { slug: "zuid-kennemerland-en-ijmond", layers: ["in-ontwikkeling"] },
];

/** The build date of the demonstration: the unit tests' date, so past and upcoming events never move. */
export const DEMO_BUILD_DATE = "2026-06-01";

/** The folders a layer copies: `site.yml`, `redirects.yml` and `content/` (a layer's README stays behind). */
function layerDir(repo, layer) {
  return layer === "base" ? join(repo, FIXTURE) : join(repo, FIXTURE, "demonstratie", layer);
}

/** Writes the project copy (sites/ and deploy.yml) with the demonstration regions in place; returns its root. */
export async function assembleProject({ repo, work, regions = DEMO_REGIONS }) {
  const project = join(work, "project");
  await rm(project, { recursive: true, force: true });
  await mkdir(project, { recursive: true });
  await cp(join(repo, "sites"), join(project, "sites"), { recursive: true });
  await cp(join(repo, "deploy.yml"), join(project, "deploy.yml"));
  for (const { slug, layers } of regions) {
    const site = join(project, "sites", slug);
    // The real region's own files give way; its package.json (the workspace) stays.
    for (const name of ["site.yml", "redirects.yml", "content"]) await rm(join(site, name), { recursive: true, force: true });
    for (const layer of layers) {
      const from = layerDir(repo, layer);
      for (const entry of await readdir(from, { withFileTypes: true })) {
        if (!["site.yml", "redirects.yml", "content"].includes(entry.name)) continue;
        await cp(join(from, entry.name), join(site, entry.name), { recursive: true, force: true });
      }
    }
  }
  for (const { slug, layers } of regions)
    if (layers.includes("actief")) await writeGeneratedImages(join(project, "sites", slug, "content/afbeeldingen"));
  await writeFile(join(project, "README.txt"), "Throw-away copy made by e2e/lib/corpus.mjs; the demonstration regions are made up.\n");
  return project;
}

/**
 * Images too large to commit, made at test time for the full region (its news item banenmarkt-in-de-haven.md shows
 * them): a 3000 × 2000 camera-like JPEG of about 1.5 MB with EXIF and GPS data (scripts/images/camera-photo.mjs),
 * which the build must turn into a <picture> without that data, and a GIF, which becomes AVIF, WebP and PNG like any other image.
 */
async function writeGeneratedImages(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "banenmarkt-camera.jpg"), await cameraPhoto());
  // A GIF with a route on it (sharp 0.33 writes one frame; the build makes a still of any GIF anyway).
  const route = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="480"><rect width="720" height="480" fill="#dcecf5"/>
    <rect y="300" width="720" height="180" fill="#2f5d7c"/><path d="M80 120 H400 V260 H620" stroke="#b23b3b" stroke-width="14" fill="none"/>
    <circle cx="620" cy="260" r="28" fill="#1f6f50"/></svg>`;
  await writeFile(join(dir, "route-werkpunt.gif"), await sharp(Buffer.from(route)).gif().toBuffer());
}

/** Runs the repository's `werkcentrum` CLI in the copy; resolves with its output, rejects with it on failure. */
export function werkcentrum(repo, project, args, env = {}) {
  const cli = join(repo, "packages/generator/bin/werkcentrum.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: project, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`werkcentrum ${args.join(" ")} failed (exit ${code}):\n${output}`))));
  });
}

/**
 * Assembles and builds the demonstration: `werkcentrum check --strict` on the full region (errors and warnings),
 * `werkcentrum check` on the other (its national templates keep their placeholders, which only warn), then the
 * build of all 36 sites and the deploy artefacts. Returns { project, dist, seconds }.
 */
export async function buildDemonstration({ repo, work, log = console.log }) {
  const started = performance.now();
  const project = await assembleProject({ repo, work });
  const env = { WERKCENTRUM_BUILD_DATE: DEMO_BUILD_DATE };
  for (const { slug, layers } of DEMO_REGIONS) {
    await werkcentrum(repo, project, ["check", "--site", slug, ...(layers.includes("actief") ? ["--strict"] : [])], env);
  }
  const built = await werkcentrum(repo, project, ["build"], env);
  log(built.split("\n").find((line) => / sites \(\d+ gebouwd\)/.test(line)) ?? built.trim());
  await werkcentrum(repo, project, ["deploy"], env);
  const seconds = (performance.now() - started) / 1000;
  log(
    `demonstration build: ${DEMO_REGIONS.map((r) => `${r.slug} (${r.layers.join(" + ")})`).join(", ")}, build date ${DEMO_BUILD_DATE}, ${seconds.toFixed(1)} s`,
  );
  return { project, dist: join(project, "dist"), seconds };
}
