import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { FileHashes, fileHashesFile } from "./file-hashes.js";
import { dependencyLines, installedDependencies, sharedFingerprint } from "./fingerprint.js";
import { afterTick } from "./test-clock.js";

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
    pkg(join(root, "node_modules", "a"), {
      name: "a",
      version: "1.0.0",
      dependencies: { b: "^1.0.0" },
      optionalDependencies: { "b-other-platform": "1.0.0" },
    });
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

  describe("kept between builds by the stat of what was read (file-hashes.ts)", () => {
    const out = () => join(root, "dist");
    /** One build's dependency lines: the kept hashes opened, the lines made, the hashes saved. */
    const kept = async () => {
      const hashes = FileHashes.open(out());
      const lines = await dependencyLines(root, hashes);
      hashes.save();
      return lines;
    };
    /** Makes the kept tree say something the walk never finds, to show whether the next build used it. */
    const forge = () => {
      const file = fileHashesFile(out());
      const stored = JSON.parse(readFileSync(file, "utf8"));
      for (const entry of Object.values(stored.derived) as { value: string[][] }[]) entry.value.push(["forged", "9.9.9", "/nowhere"]);
      writeFileSync(file, JSON.stringify(stored));
    };
    const settled = async () => {
      await afterTick(out(), [root]);
      await kept();
      forge();
    };

    it("are used while nothing changed", async () => {
      tree("1.0.0");
      await settled();
      expect(await kept()).toEqual(["a 1.0.0", "b 1.0.0", "forged 9.9.9"]);
    });

    it("are not used after an upgrade (to a version of the same length) or a removal", async () => {
      tree("1.0.0");
      await settled();
      pkg(join(root, "node_modules", "b"), { name: "b", version: "1.0.1" });
      expect(await kept()).toEqual(["a 1.0.0", "b 1.0.1"]);
      await settled();
      rmSync(join(root, "node_modules", "b"), { recursive: true });
      await expect(kept()).rejects.toThrow("a needs b, which is not installed");
    });

    it("are not used after a package is installed where the lookup finds it first, or a link points elsewhere", async () => {
      tree("1.0.0");
      await settled();
      pkg(join(root, "node_modules", "a", "node_modules", "b"), { name: "b", version: "2.0.0" });
      expect(await kept()).toEqual(["a 1.0.0", "b 2.0.0"]);
      await settled();
      // A link, as npm makes for a workspace package, pointed at another copy.
      pkg(join(root, "elsewhere", "b"), { name: "b", version: "3.0.0" });
      rmSync(join(root, "node_modules", "a", "node_modules", "b"), { recursive: true });
      symlinkSync(join(root, "elsewhere", "b"), join(root, "node_modules", "a", "node_modules", "b"));
      expect(await kept()).toEqual(["a 1.0.0", "b 3.0.0"]);
      await settled();
      // An optional dependency installed later.
      pkg(join(root, "node_modules", "b-other-platform"), { name: "b-other-platform", version: "1.0.0" });
      expect(await kept()).toEqual(["a 1.0.0", "b 3.0.0", "b-other-platform 1.0.0"]);
    });
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
    expect(
      lines.some((line) => line.startsWith(`${name} `)),
      name,
    ).toBe(true);
  }
  for (const name of ["@werkcentrum/theme", "@werkcentrum/content", "@werkcentrum/regions"]) {
    expect(lines).toContain(`${name} 0.0.0`);
    expect(
      lines.some((line) => line.startsWith(`${name}/`) && / [0-9a-f]{64}$/.test(line)),
      name,
    ).toBe(true);
  }
});
