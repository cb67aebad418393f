import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "yaml";
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

describe("buildSite with the deployment steps (DEPLOY.md)", () => {
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

  it("writes the web editor at /admin/ only when deploy.yml has web-editor, with its git host in config.yml", async () => {
    expect(existsSync(out("admin"))).toBe(false);
    const editor = "web-editor:\n  git-host: gitlab\n  repo: groep/werkcentrum-sites\n  app-id: a1b2c3d4e5f6\n  auth-url: https://git.example.nl\n";
    await writeFile(join(root, "deploy.yml"), settings(`${inAYear()}T00:00:00Z`) + editor);
    // The region writes in English and Arabic too: the web editor offers those, from the validated site.yml.
    const profile = join(paths.sitesDir, "rijnmond", "site.yml");
    const dutchOnly = await readFile(profile, "utf8");
    await writeFile(profile, `${dutchOnly}talen: [nl, en, ar]\n`);
    await buildSite(rijnmond, paths);
    await writeFile(profile, dutchOnly);
    const config = parse(await readFile(out("admin/config.yml"), "utf8"));
    expect(config.i18n).toEqual({ structure: "multiple_files", locales: ["nl", "en", "ar"], default_locale: "nl" });
    expect(config.backend).toEqual({
      name: "gitlab",
      repo: "groep/werkcentrum-sites",
      branch: "main",
      auth_type: "pkce",
      app_id: "a1b2c3d4e5f6",
      base_url: "https://git.example.nl",
      auth_endpoint: "oauth/authorize",
      api_root: "https://git.example.nl/api/v4",
    });
    expect(config.local_backend).toBeUndefined();
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(config.collections.find((c: { name: string }) => c.name === "nieuws").folder).toBe("sites/rijnmond/content/nieuws");
    const html = await readFile(out("admin/index.html"), "utf8");
    const script = /<script src="(\/admin\/decap-cms\.[0-9a-f]{16}\/decap-cms\.js)"><\/script>/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(existsSync(out(script!.slice(1)))).toBe(true);
    expect(existsSync(out(`${script!.slice(1)}.gz`))).toBe(true);
    // The generator's own script (the translations' file names) comes right after Decap's, before Decap starts.
    const scripts = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((match) => match[1]!);
    expect(scripts).toEqual([script, expect.stringMatching(/^\/admin\/cms\.[0-9a-f]{10}\.js$/)]);
    expect(await readFile(out(scripts[1]!.slice(1)), "utf8")).toContain("Overnemen uit een andere taal");
    // Taken out of deploy.yml again: the next build has no /admin/ at all.
    await writeFile(join(root, "deploy.yml"), settings(`${inAYear()}T00:00:00Z`));
    await buildSite(rijnmond, paths);
    expect(existsSync(out("admin"))).toBe(false);
  }, 120_000);

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
