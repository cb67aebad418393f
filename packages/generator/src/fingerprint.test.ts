import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { dependencyLines, installedDependencies, sharedFingerprint } from "./fingerprint.js";

const generatorDir = fileURLToPath(new URL("..", import.meta.url));

describe("the dependencies in the build fingerprint", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A package folder with a package.json. */
  function pkg(dir: string, manifest: Record<string, unknown>): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
  }

  /** root → a → b (and an optional dependency that is not installed); `bVersion` is b's installed version. */
  function tree(bVersion: string): string {
    root = mkdtempSync(join(tmpdir(), "wc-fingerprint-"));
    pkg(root, { name: "root", dependencies: { a: "^1.0.0" } });
    pkg(join(root, "node_modules", "a"), { name: "a", version: "1.0.0", dependencies: { b: "^1.0.0" }, optionalDependencies: { "b-other-platform": "1.0.0" } });
    pkg(join(root, "node_modules", "b"), { name: "b", version: bVersion });
    return root;
  }

  it("are every installed dependency, direct or not, by name and version", async () => {
    expect(await dependencyLines(tree("1.0.0"))).toEqual(["a 1.0.0", "b 1.0.0"]);
  });

  it("change when a dependency of a dependency is upgraded, and so does the shared fingerprint", async () => {
    const paths = { sitesDir: join(tmpdir(), "none", "sites"), outDir: join(tmpdir(), "none", "dist") };
    const before = await sharedFingerprint(paths, {}, tree("1.0.0"));
    rmSync(root, { recursive: true, force: true });
    const after = await sharedFingerprint(paths, {}, tree("1.0.1"));
    expect(await dependencyLines(root)).toEqual(["a 1.0.0", "b 1.0.1"]);
    expect(after).not.toBe(before);
  });

  it("find a nested copy before a hoisted one, as Node does, and list both versions", async () => {
    tree("1.0.0");
    pkg(join(root, "node_modules", "c"), { name: "c", version: "1.0.0", dependencies: { b: "^2.0.0" } });
    pkg(join(root, "node_modules", "c", "node_modules", "b"), { name: "b", version: "2.0.0" });
    pkg(root, { name: "root", dependencies: { a: "^1.0.0", c: "^1.0.0" } });
    expect(await dependencyLines(root)).toEqual(["a 1.0.0", "b 1.0.0", "b 2.0.0", "c 1.0.0"]);
  });

  it("refuse a missing required dependency", () => {
    tree("1.0.0");
    rmSync(join(root, "node_modules", "b"), { recursive: true });
    expect(() => installedDependencies(root)).toThrow("a needs b, which is not installed");
  });
});

// The generator's real tree: what the hand-kept list of six tools missed (esbuild, d3, ical-generator) is in, and
// the Werkcentrum packages, the theme among them, are hashed by their files.
it("cover the generator's real dependencies and the Werkcentrum packages' files", async () => {
  const lines = await dependencyLines(generatorDir);
  for (const name of ["@11ty/eleventy", "esbuild", "d3-geo", "d3-scale", "ical-generator", "pagefind", "markdown-it", "nunjucks", "sharp", "zod"]) {
    expect(lines.some((line) => line.startsWith(`${name} `)), name).toBe(true);
  }
  for (const name of ["@werkcentrum/theme", "@werkcentrum/content", "@werkcentrum/regions"]) {
    expect(lines).toContain(`${name} 0.0.0`);
    expect(lines.some((line) => line.startsWith(`${name}/`) && / [0-9a-f]{64}$/.test(line)), name).toBe(true);
  }
});
