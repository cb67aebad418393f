import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { removeAtomicLeftovers, writeAtomic, writeAtomicSync } from "./atomic.js";
import { stateWriteError } from "./errors.js";

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wc-atomic-"));
  file = join(dir, "builds.json");
  await writeFile(file, "oud\n");
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const full = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
const halfOf = (length: number) => Math.floor(length / 2);

describe("writeAtomic", () => {
  it("replaces the file whole, keeps its mode, and leaves nothing next to it", async () => {
    await chmod(file, 0o600);
    await writeAtomic(file, "nieuw\n");
    writeAtomicSync(file, Buffer.from("nieuwer\n"));
    expect(await readFile(file, "utf8")).toBe("nieuwer\n");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(["builds.json"]);
  });

  it("writes the mode it is given", async () => {
    await writeAtomic(file, Buffer.from("server {}\n"), { mode: 0o644 });
    expect((await stat(file)).mode & 0o777).toBe(0o644);
  });

  it("leaves the old file as it was when the disk fills up halfway, removes its temporary file and throws the disk's error", async () => {
    const write = fs.write;
    vi.spyOn(fs, "write").mockImplementation(((
      fd: number,
      buffer: Buffer,
      offset: number,
      length: number,
      position: number,
      callback: (error: Error) => void,
    ) => write(fd, buffer, offset, halfOf(length), position, () => callback(full()))) as unknown as typeof fs.write);
    const error = await writeAtomic(file, Buffer.from("nieuw\n".repeat(1000))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ENOSPC" });
    expect(await readFile(file, "utf8")).toBe("oud\n");
    expect(await readdir(dir)).toEqual(["builds.json"]);
    // The build's Dutch message names the folder, as before.
    expect(stateWriteError(error, "Het bouwverslag builds.json", dir)?.message).toMatch(
      /^Het bouwverslag builds\.json kan niet worden geschreven in .*: .* \(ENOSPC\)\./,
    );
  });

  it("does the same synchronously", async () => {
    const writeSync = fs.writeSync;
    vi.spyOn(fs, "writeSync").mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number, position: number) => {
      writeSync(fd, buffer, offset, halfOf(length), position);
      throw full();
    }) as unknown as typeof fs.writeSync);
    expect(() => writeAtomicSync(file, Buffer.from("nieuw\n".repeat(1000)))).toThrow(/ENOSPC/);
    expect(await readFile(file, "utf8")).toBe("oud\n");
    expect(await readdir(dir)).toEqual(["builds.json"]);
  });
});

describe("removeAtomicLeftovers", () => {
  it("removes the temporary file of a process killed while writing, which left the old file as it was", async () => {
    // write-file-atomic itself, in a process that kills itself (SIGKILL: no exit handler runs) once its temporary file exists.
    const library = createRequire(import.meta.url).resolve("write-file-atomic");
    const child = spawnSync(process.execPath, [
      "-e",
      `require(${JSON.stringify(library)}).sync(${JSON.stringify(file)}, "nieuw\\n", { tmpfileCreated: () => process.kill(process.pid, "SIGKILL") })`,
    ]);
    expect(child.signal).toBe("SIGKILL");
    expect(await readFile(file, "utf8")).toBe("oud\n");
    const left = (await readdir(dir)).filter((name) => name !== "builds.json");
    expect(left).toEqual([expect.stringMatching(/^builds\.json\.\d+$/)]);

    // And the names of the hand-written writes before it; other files stay.
    await writeFile(join(dir, "builds.json.tmp"), "{");
    await writeFile(join(dir, "file-hashes.json"), "{}");
    expect(await removeAtomicLeftovers(file)).toEqual([join(dir, left[0]!), join(dir, "builds.json.tmp")].sort());
    expect((await readdir(dir)).sort()).toEqual(["builds.json", "file-hashes.json"]);
  });

  it("does nothing when the folder is not there", async () => {
    expect(await removeAtomicLeftovers(join(dir, "absent", "builds.json"))).toEqual([]);
  });
});
