import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Manifest } from "../deploy/manifest.js";
import { deployCommand, formatDiff } from "./deploy.js";
import { ManifestError } from "../deploy/manifest-file.js";
import { UsageError } from "./types.js";

let dir: string;
/** A sha256 as the manifest writes it (64 hex digits), made from one digit: the manifest reader checks the form. */
const sha = (digit: string) => digit.repeat(64);
const host = (digit: string) => ({ pages: 1, sha256: sha(digit), files: { "index.html": sha(digit) } });
const manifest = (hosts: Manifest["hosts"], conf = "1"): Manifest => ({
  version: 1,
  commit: null,
  packages: {},
  config: { "nginx/werkcentrum.conf": sha(conf) },
  hosts,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wc-deploy-cmd-"));
  await writeFile(join(dir, "old.json"), JSON.stringify(manifest({ "a.nl": host("1"), "b.nl": host("1") })));
  await writeFile(join(dir, "new.json"), JSON.stringify(manifest({ "a.nl": host("1"), "b.nl": host("2"), "c.nl": host("1") }, "2")));
  await writeFile(join(dir, "other.json"), JSON.stringify({ name: "iets anders" }));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("werkcentrum deploy --diff", () => {
  it("prints one line per changed host, host name in the second column, and whether nginx needs a reload", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const paths = { sitesDir: join(dir, "sites"), outDir: join(dir, "dist") };
    expect(await deployCommand.run({ paths, args: [join(dir, "new.json")], options: { diff: join(dir, "old.json") } })).toBe(0);
    const lines = log.mock.calls.map(([line]) => String(line));
    log.mockRestore();
    expect(lines).toEqual([
      "gewijzigd b.nl  (1 gewijzigd, 0 nieuw, 0 weg)",
      "nieuw c.nl",
      "# nginx-configuratie gewijzigd (nginx/werkcentrum.conf): installeren, nginx -t en herladen",
    ]);
    expect(lines.filter((line) => !line.startsWith("#")).map((line) => line.split(/\s+/)[1])).toEqual(["b.nl", "c.nl"]);
  });

  it("says so when nothing changed", () => {
    expect(formatDiff({ hosts: [], config: [] })).toEqual(["# geen verschillen"]);
  });

  it.each([
    [[], UsageError, /Gebruik/],
    [["/bestaat/niet.json"], ManifestError, /Kan .* niet lezen/],
    [["other.json"], ManifestError, /geen geldig manifest van werkcentrum deploy: veld version/],
  ])("refuses %o", async (args, kind, message) => {
    const paths = { sitesDir: join(dir, "sites"), outDir: join(dir, "dist") };
    const call = deployCommand.run({
      paths,
      args: args.map((a) => (a.startsWith("/") ? a : join(dir, a))),
      options: { diff: join(dir, "old.json") },
    });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(kind);
    expect((error as Error).message).toMatch(message);
  });
});
