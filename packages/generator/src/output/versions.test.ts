import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutputError } from "./errors.js";
import { deadPid, tree } from "./test-helpers.js";
import { beginOutput, tidyOutput, versionsDir } from "./versions.js";

const HOST = "rijnmond.werkcentrum.nl";
let outDir: string;

beforeEach(async () => {
  outDir = join(await mkdtemp(join(tmpdir(), "wc-versions-")), "dist");
});
afterEach(async () => rm(join(outDir, ".."), { recursive: true, force: true }));

/** Writes a small site into a new version and publishes it. */
async function publish(text: string): Promise<void> {
  const output = await beginOutput(outDir, HOST);
  await mkdir(join(output.dir, "nieuws"), { recursive: true });
  await writeFile(join(output.dir, "index.html"), text);
  await writeFile(join(output.dir, "nieuws/index.html"), `${text} nieuws`);
  await output.publish();
}

describe("beginOutput", () => {
  it("publishes a version as a relative link in one rename, and removes the version it replaced", async () => {
    await publish("een");
    const first = await readlink(join(outDir, HOST));
    expect(first).toMatch(new RegExp(`^\\.werkcentrum/out/${HOST.replaceAll(".", "\\.")}/${process.pid}-[0-9a-z]+-[0-9a-f]{8}$`));
    expect(await tree(join(outDir, HOST))).toMatchObject({ "index.html": expect.any(String), "nieuws/index.html": expect.any(String) });

    await publish("twee");

    expect(await readFile(join(outDir, HOST, "index.html"), "utf8")).toBe("twee");
    expect(await readlink(join(outDir, HOST))).not.toBe(first);
    expect(await readdir(versionsDir(outDir, HOST))).toEqual([(await readlink(join(outDir, HOST))).split("/").at(-1)]);
    // Nothing else next to the host: no temporary links or folders.
    expect((await readdir(outDir)).sort()).toEqual([".werkcentrum", HOST]);
  });

  it("takes over a host folder of an older build as the previous version", async () => {
    await mkdir(join(outDir, HOST), { recursive: true });
    await writeFile(join(outDir, HOST, "index.html"), "oud");

    await publish("nieuw");

    expect((await lstat(join(outDir, HOST))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(outDir, HOST, "index.html"), "utf8")).toBe("nieuw");
    expect(await readdir(versionsDir(outDir, HOST))).toHaveLength(1);
  });

  it("abandons a failed version without touching the published one, and names a disk fault in Dutch", async () => {
    await publish("een");
    const output = await beginOutput(outDir, HOST);
    await writeFile(join(output.dir, "index.html"), "half");
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", path: join(output.dir, "index.html") });

    const error = await output.abandon(full);

    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toBe(
      `${HOST}: de uitvoer kan niet worden geschreven in ${output.dir}: de schijf is vol (ENOSPC). ` +
        `De vorige uitvoer in ${join(outDir, HOST)} is niet veranderd. Maak ruimte vrij en bouw opnieuw.`,
    );
    expect(await readFile(join(outDir, HOST, "index.html"), "utf8")).toBe("een");
    expect(await readdir(versionsDir(outDir, HOST))).toHaveLength(1);
    const other = new Error("template");
    expect(await (await beginOutput(outDir, HOST)).abandon(other)).toBe(other);
  });

  it("works the same for an output folder given as a relative path (`--out dist`)", async () => {
    const relativeOut = relative(process.cwd(), outDir);
    for (const text of ["een", "twee"]) {
      const output = await beginOutput(relativeOut, HOST);
      await writeFile(join(output.dir, "index.html"), text);
      await output.publish();
    }
    expect(await tidyOutput(relativeOut)).toEqual({ removed: [], relinked: [] });
    expect(await readFile(join(outDir, HOST, "index.html"), "utf8")).toBe("twee");
    expect(await readdir(versionsDir(outDir, HOST))).toHaveLength(1);
  });
});

describe("tidyOutput", () => {
  it("removes what builds that no longer run left behind, and keeps what a running process may still be writing", async () => {
    await publish("een");
    const dead = deadPid();
    const versions = versionsDir(outDir, HOST);
    const strays = [
      join(outDir, `.${HOST}.tmp-${dead}`),
      join(outDir, `.${HOST}.old-${dead}`),
      join(outDir, `.deploy.tmp-${dead}`),
      join(versions, `${dead}-mx00000-0badc0de.part`),
      join(versions, `${dead}-mx00001-0badc0de`),
      join(versions, "onbekend"),
    ];
    for (const dir of strays) await mkdir(join(dir, "assets"), { recursive: true });
    await symlink("nergens", join(outDir, `.${HOST}.link-${dead}-mx00002-0badc0de`));
    const running = [join(outDir, `.${HOST}.tmp-${process.pid}`), join(versions, `${process.pid}-mx00003-0badc0de.part`)];
    for (const dir of running) await mkdir(dir, { recursive: true });
    const before = await tree(join(outDir, HOST));

    const report = await tidyOutput(outDir);

    expect(report.removed.sort()).toEqual([...strays, join(outDir, `.${HOST}.link-${dead}-mx00002-0badc0de`)].sort());
    expect(report.relinked).toEqual([]);
    for (const dir of running) expect((await lstat(dir)).isDirectory()).toBe(true);
    expect(await tree(join(outDir, HOST))).toEqual(before);
  });

  it("gives an output that went missing its newest complete version back, and removes a link to nothing", async () => {
    await publish("een");
    const versions = versionsDir(outDir, HOST);
    const [published] = await readdir(versions);
    const dead = deadPid();
    // A build killed during its first swap: the host's name is gone, a newer complete version and a half one remain.
    await mkdir(join(versions, `${dead}-zzzzzzz0-0badc0de`));
    await writeFile(join(versions, `${dead}-zzzzzzz0-0badc0de`, "index.html"), "nieuwer");
    await mkdir(join(versions, `${dead}-zzzzzzz1-0badc0de.part`));
    await rm(join(outDir, HOST));
    // And an output whose link points at a version that is gone, with only a half-written one left.
    await mkdir(join(versionsDir(outDir, "deploy"), `${dead}-zzzzzzz2-0badc0de.part`), { recursive: true });
    await symlink(`.werkcentrum/out/deploy/${dead}-zzzzzzz0-00000000`, join(outDir, "deploy"));

    const report = await tidyOutput(outDir);

    expect(report.relinked).toEqual([join(outDir, HOST)]);
    expect(await readFile(join(outDir, HOST, "index.html"), "utf8")).toBe("nieuwer");
    // The half-written version is gone, and so is the older one: this process holds the lock and publishes nothing.
    expect(await readdir(versions)).toEqual([`${dead}-zzzzzzz0-0badc0de`]);
    expect(published).not.toBe(`${dead}-zzzzzzz0-0badc0de`);
    await expect(lstat(join(outDir, "deploy"))).rejects.toThrow(/ENOENT/); // so the next build makes it anew
    await expect(lstat(versionsDir(outDir, "deploy"))).rejects.toThrow(/ENOENT/);
    expect(await realpath(join(outDir, HOST))).toBe(join(await realpath(versions), `${dead}-zzzzzzz0-0badc0de`));
  });

  it("does nothing when there is no output yet", async () => {
    expect(await tidyOutput(outDir)).toEqual({ removed: [], relinked: [] });
  });
});
