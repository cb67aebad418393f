import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { ContentError } from "@werkcentrum/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../build.js";
import type { ProjectPaths } from "../paths.js";
import { getSite } from "../sites.js";
import { siteScaffold } from "../sync.js";

const rijnmond = getSite("rijnmond")!;
let paths: ProjectPaths;
let root: string;
const out = (file: string) => join(paths.outDir, rijnmond.host, file);
const settings = (expires: string) => `security-txt:\n  contact:\n    - https://werkcentrum.nl/contact/\n  expires: ${expires}\n`;
const inAYear = () => new Date(Date.now() + 200 * 24 * 3600 * 1000).toISOString().slice(0, 10);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-site-output-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  for (const [file, text] of Object.entries(siteScaffold(rijnmond))) {
    await mkdir(join(paths.sitesDir, "rijnmond", file, ".."), { recursive: true });
    await writeFile(join(paths.sitesDir, "rijnmond", file), text);
  }
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe("buildSite with the deployment steps (issue 8)", () => {
  it("builds without deploy.yml: a 404 page, precompressed HTML, no security.txt", async () => {
    await buildSite(rijnmond, paths);
    expect(await readFile(out("404.html"), "utf8")).toContain("<title>Pagina niet gevonden | Werkcentrum Rijnmond</title>");
    expect(existsSync(out(".well-known/security.txt"))).toBe(false);
    expect(gunzipSync(await readFile(out("index.html.gz")))).toEqual(await readFile(out("index.html")));
    expect(existsSync(out("index.html.br"))).toBe(true);
  });

  it("writes security.txt from deploy.yml, and the same bytes on a second build", async () => {
    await writeFile(join(root, "deploy.yml"), settings(`${inAYear()}T00:00:00Z`));
    await copyFile(join(import.meta.dirname, "fixtures", "redirects.yml"), join(paths.sitesDir, "rijnmond", "redirects.yml"));
    await buildSite(rijnmond, paths);
    const first = await readFile(out(".well-known/security.txt"), "utf8");
    expect(first).toContain("Canonical: https://rijnmond.werkcentrum.nl/.well-known/security.txt\n");
    expect(first).toContain(`Expires: ${inAYear()}T00:00:00.000Z\n`);
    const gz = await readFile(out("index.html.gz"));
    await buildSite(rijnmond, paths);
    expect(await readFile(out(".well-known/security.txt"), "utf8")).toBe(first);
    expect(await readFile(out("index.html.gz"))).toEqual(gz);
  });

  it("fails with a Dutch problem when Expires is near, and keeps the previous output", async () => {
    const soon = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await writeFile(join(root, "deploy.yml"), settings(`${soon}T00:00:00Z`));
    const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toMatchObject([{ file: join(root, "deploy.yml"), line: 4, field: "security-txt.expires" }]);
    expect(await readFile(out(".well-known/security.txt"), "utf8")).toContain(`Expires: ${inAYear()}`);
    await writeFile(join(root, "deploy.yml"), settings(`${inAYear()}T00:00:00Z`));
  });

  it("fails on a redirect away from a page the site has", async () => {
    const file = join(paths.sitesDir, "rijnmond", "redirects.yml");
    await writeFile(file, "- van: /404.html\n  naar: /\n- van: /\n  naar: /\n");
    const error = await buildSite(rijnmond, paths).catch((e: unknown) => e);
    expect((error as ContentError).problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [file, 1, "0.van"],
      [file, 4, "1.naar"],
      [file, 3, "1.van"],
    ]);
    await rm(file);
  });
});
