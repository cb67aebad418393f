import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManifest, diffManifests, gitCommit, packageVersion, serializeManifest, sha256, type Manifest } from "./manifest.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wc-manifest-"));
  const files: Record<string, string> = {
    "b.werkcentrum.nl/index.html": "b",
    "b.werkcentrum.nl/404.html": "niet gevonden",
    "b.werkcentrum.nl/nieuws/index.html": "nieuws",
    "b.werkcentrum.nl/assets/x.css": "css",
    "a.werkcentrum.nl/index.html": "a",
    "deploy/nginx/werkcentrum.conf": "server {}",
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(dir, file, ".."), { recursive: true });
    await writeFile(join(dir, file), text);
  }
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const input = () => ({
  outDir: dir,
  hosts: ["b.werkcentrum.nl", "a.werkcentrum.nl"],
  deployDir: join(dir, "deploy"),
  configFiles: ["nginx/werkcentrum.conf"],
  commit: "0123456789abcdef0123456789abcdef01234567",
  packages: { "@werkcentrum/generator": "1.0.0" },
});

describe("createManifest", () => {
  it("lists every host with its page count and the sha256 of every file, sorted", async () => {
    const manifest = await createManifest(input());
    expect(Object.keys(manifest.hosts)).toEqual(["a.werkcentrum.nl", "b.werkcentrum.nl"]);
    const b = manifest.hosts["b.werkcentrum.nl"]!;
    expect(b.pages).toBe(2);
    expect(Object.keys(b.files)).toEqual(["404.html", "assets/x.css", "index.html", "nieuws/index.html"]);
    expect(b.files["index.html"]).toBe(sha256("b"));
    expect(b.sha256).toBe(
      sha256(
        Object.entries(b.files)
          .map(([file, hash]) => `${file} ${hash}\n`)
          .join(""),
      ),
    );
    expect(manifest.config).toEqual({ "nginx/werkcentrum.conf": sha256("server {}") });
    expect(manifest.commit).toBe(input().commit);
  });

  it("serializes to the same bytes every time", async () => {
    expect(serializeManifest(await createManifest(input()))).toBe(serializeManifest(await createManifest(input())));
  });
});

describe("diffManifests", () => {
  const entry = (files: Record<string, string>) => ({
    pages: 1,
    sha256: sha256(
      Object.entries(files)
        .map(([f, h]) => `${f} ${h}\n`)
        .join(""),
    ),
    files,
  });
  const manifest = (hosts: Manifest["hosts"], config = { "nginx/werkcentrum.conf": "1" }): Manifest => ({
    version: 1,
    commit: null,
    packages: {},
    config,
    hosts,
  });

  it("names added, removed and changed hosts with the files that differ, and config changes", () => {
    const before = manifest({
      "a.nl": entry({ "index.html": "1" }),
      "b.nl": entry({ "index.html": "1", "oud.html": "1" }),
      "c.nl": entry({ "index.html": "1" }),
    });
    const after = manifest(
      { "b.nl": entry({ "index.html": "2", "nieuw.html": "1" }), "c.nl": entry({ "index.html": "1" }), "d.nl": entry({ "index.html": "1" }) },
      { "nginx/werkcentrum.conf": "2" },
    );
    expect(diffManifests(before, after)).toEqual({
      hosts: [
        { host: "a.nl", status: "removed" },
        { host: "b.nl", status: "changed", added: ["nieuw.html"], removed: ["oud.html"], changed: ["index.html"] },
        { host: "d.nl", status: "added" },
      ],
      config: ["nginx/werkcentrum.conf"],
    });
  });

  it("finds nothing between a manifest and itself", () => {
    const same = manifest({ "a.nl": entry({ "index.html": "1" }) });
    expect(diffManifests(same, same)).toEqual({ hosts: [], config: [] });
  });
});

describe("build facts", () => {
  it("reads the commit of a checkout, and null outside one", async () => {
    const repo = join(dir, "repo");
    await mkdir(repo);
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.org", ...args], { cwd: repo, encoding: "utf8" });
    git("init", "--quiet");
    git("commit", "--quiet", "--allow-empty", "-m", "test");
    expect(await gitCommit(repo)).toBe(git("rev-parse", "HEAD").trim());
    expect(await gitCommit(join(dir, "a.werkcentrum.nl"))).toBeNull();
  });

  it("reads package versions, also of a package that does not export its package.json", () => {
    expect(packageVersion("@werkcentrum/regions")).toMatch(/^\d+\.\d+\.\d+/);
    expect(packageVersion("@11ty/eleventy")).toMatch(/^3\./);
    expect(packageVersion("geen-bestaand-pakket")).toBeNull();
  });
});
