import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildRecordFile, buildSites, type BuildRecord } from "../build-all.js";
import { buildSite } from "../build.js";
import { run } from "../cli.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { siteScaffold } from "../sync.js";
import { OutputError } from "./errors.js";
import { tree } from "./test-helpers.js";
import { versionsDir } from "./versions.js";

// A full, read-only or locked disk while a site's output is written. Tests run as root in CI, where chmod blocks
// nothing, so the file system fails at the module boundary instead: the deploy step that writes security.txt and the
// .gz/.br twins (after Eleventy wrote the pages), or the link that publishes the new version.
const fault = vi.hoisted(() => ({ deployStep: undefined as string | undefined, symlink: undefined as string | undefined }));
const errno = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: failed, ${syscall} '${path}'`), { code, syscall, path });

vi.mock("../deploy/site-output.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../deploy/site-output.js")>();
  return {
    ...real,
    prepareSiteForDeploy: (async (site, paths, outputDir, options) => {
      if (fault.deployStep) throw new Error("Eleventy-like wrapper", { cause: errno(fault.deployStep, "open", join(outputDir, "index.html.br")) });
      return real.prepareSiteForDeploy(site, paths, outputDir, options);
    }) as typeof real.prepareSiteForDeploy,
  };
});
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    symlink: (async (target, path, type) => {
      if (fault.symlink) throw errno(fault.symlink, "symlink", String(path));
      return real.symlink(target, path, type);
    }) as typeof real.symlink,
  };
});

const rijnmond = getSite("rijnmond")!;
const HOST = rijnmond.host;
let paths: ProjectPaths;
let before: Record<string, string>;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-disk-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  for (const [file, text] of Object.entries(siteScaffold(rijnmond))) {
    await mkdir(join(paths.sitesDir, "rijnmond", file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, "rijnmond", file), text);
  }
  await buildSite(rijnmond, paths);
  before = await tree(join(paths.outDir, HOST));
});
afterEach(() => {
  fault.deployStep = undefined;
  fault.symlink = undefined;
});
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

const record = async () => JSON.parse(await readFile(buildRecordFile(paths.outDir), "utf8")) as BuildRecord;

/** The old output is exactly as it was, and no version but the published one is left. */
async function expectOldOutput() {
  expect(await tree(join(paths.outDir, HOST))).toEqual(before);
  expect(await readdir(versionsDir(paths.outDir, HOST))).toHaveLength(1);
  expect((await readdir(paths.outDir)).sort()).toEqual([".werkcentrum", HOST]);
}

describe("a disk that refuses the output", () => {
  it.each([
    { code: "ENOSPC", reason: "de schijf is vol" },
    { code: "EDQUOT", reason: "het schijfquotum is op" },
    { code: "EROFS", reason: "het bestandssysteem is alleen-lezen" },
    { code: "EACCES", reason: "geen schrijfrechten" },
  ])("while writing ($code) gives one Dutch line naming host and folder, and keeps the old output", async ({ code, reason }) => {
    fault.deployStep = code;
    const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^${HOST.replaceAll(".", "\\.")}: de uitvoer kan niet worden geschreven in ${versionsDir(paths.outDir, HOST)}/\\d+-[0-9a-z]+-[0-9a-f]+\\.part: ${reason} \\(${code}\\)\\. `,
      ),
    );
    expect(message).toContain(`De vorige uitvoer in ${join(paths.outDir, HOST)} is niet veranderd.`);
    await expectOldOutput();
  });

  it("when publishing (EROFS on the new link) keeps the old output and removes the new version", async () => {
    fault.symlink = "EROFS";
    const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^${HOST.replaceAll(".", "\\.")}: de uitvoer kan niet worden geschreven in ${paths.outDir}: het bestandssysteem is alleen-lezen \\(EROFS\\)\\.`,
      ),
    );
    await expectOldOutput();
  });

  it("fails buildSites with an OutputError that names the host, and builds.json still describes the old output", async () => {
    await buildSites([rijnmond], paths, { jobs: 1 });
    const online = (await record()).hosts[HOST];
    expect(online).toBeDefined();
    fault.deployStep = "ENOSPC";
    const error = await buildSites([rijnmond], paths, { jobs: 1, force: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(
      new RegExp(`^1 site niet gebouwd:\\n${HOST.replaceAll(".", "\\.")}: de uitvoer kan niet worden geschreven in .*\\(ENOSPC\\)`),
    );
    await expectOldOutput();
    expect((await record()).hosts[HOST]).toEqual(online);
  });

  it("makes `werkcentrum build` print only the Dutch lines, no stack trace, and exit with 1", async () => {
    fault.deployStep = "EROFS";
    const printed: string[] = [];
    const error = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(" ")));
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      await run(["build", "--site", "rijnmond", "--force", "--out", paths.outDir]);
      expect(process.exitCode).toBe(1);
    } finally {
      error.mockRestore();
      log.mockRestore();
      process.exitCode = 0;
    }
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      /^1 site niet gebouwd:\nrijnmond\.werkcentrum\.nl: de uitvoer kan niet worden geschreven in .*: het bestandssysteem is alleen-lezen \(EROFS\)\. De vorige uitvoer in .* is niet veranderd\. Maak de schijf beschrijfbaar, of bouw in een andere map \(--out <map>\)\.$/,
    );
    expect(printed[0]).not.toMatch(/\n\s+at /);
  }, 60_000);
});
