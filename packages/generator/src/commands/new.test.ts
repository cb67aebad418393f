import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ProjectPaths } from "../paths.js";
import { newCommand } from "./new.js";
import { UsageError } from "./types.js";
import { displayPath } from "../paths.js";

let paths: ProjectPaths;
beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-new-cli-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  await mkdir(join(paths.sitesDir, "rijnmond/content"), { recursive: true });
});
afterAll(async () => rm(join(paths.sitesDir, ".."), { recursive: true, force: true }));

const run = (args: string[], options: Record<string, string | undefined>) => newCommand.run({ paths, args, options });

describe("werkcentrum new", () => {
  it("creates the file, prints its path, and refuses to overwrite it", async () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((line: string) => void printed.push(line));
    const code = await run(["evenement"], { site: "rijnmond", title: "Banenmarkt Zorg" });
    log.mockRestore();
    const file = join(paths.sitesDir, "rijnmond/content/agenda/banenmarkt-zorg.md");
    expect(code).toBe(0);
    expect(printed).toEqual([displayPath(file)]);
    expect(await readFile(file, "utf8")).toMatch(/^---\ntitel: Banenmarkt Zorg\n/);

    await expect(run(["evenement"], { site: "rijnmond", title: "Banenmarkt Zorg" })).rejects.toThrow(/bestaat al.*overschrijft nooit/);
  });

  it.each([
    { args: [], options: { site: "rijnmond", title: "x" }, message: /Kies een soort/ },
    { args: ["blog"], options: { site: "rijnmond", title: "x" }, message: /Soorten: pagina, dienst/ },
    { args: ["nieuws"], options: { title: "x" }, message: /--site/ },
    { args: ["nieuws"], options: { site: "rijnmond" }, message: /--title/ },
    { args: ["nieuws"], options: { site: "atlantis", title: "x" }, message: /Onbekende site 'atlantis'/ },
  ])("refuses a wrong call: $message", async ({ args, options, message }) => {
    const error = await run(args, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});
