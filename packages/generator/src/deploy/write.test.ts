import { existsSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContentError } from "@werkcentrum/content";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ProjectPaths } from "../paths.js";
import { allSites } from "../sites.js";
import { renderSecurityTxt } from "./security-txt.js";
import { writeDeployArtefacts } from "./write.js";

const now = new Date("2026-11-22T12:00:00Z");
const securityTxt = { contact: ["https://werkcentrum.nl/contact/"], expires: "2027-10-01T00:00:00Z", "preferred-languages": ["nl", "en"] };
let root: string;
let paths: ProjectPaths;

async function write(file: string, text: string) {
  await mkdir(join(file, ".."), { recursive: true });
  await writeFile(file, text);
}

/** A built project without Eleventy: every host folder with the files `werkcentrum deploy` expects. */
beforeEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = await mkdtemp(join(tmpdir(), "wc-deploy-"));
  paths = { sitesDir: join(root, "sites"), outDir: join(root, "dist") };
  await write(join(root, "deploy.yml"), "security-txt:\n  contact:\n    - https://werkcentrum.nl/contact/\n  expires: 2027-10-01T00:00:00Z\n");
  for (const { host, slug } of allSites) {
    await mkdir(join(paths.sitesDir, slug), { recursive: true });
    await write(join(paths.outDir, host, "index.html"), `<!doctype html><title>${host}</title><link rel="stylesheet" href="/assets/x.css">`);
    await write(join(paths.outDir, host, "404.html"), "<!doctype html><title>Pagina niet gevonden</title>");
    await write(join(paths.outDir, host, "assets/x.css"), "p{}");
    await write(join(paths.outDir, host, ".well-known/security.txt"), renderSecurityTxt(host, securityTxt));
  }
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe("writeDeployArtefacts", () => {
  it("writes the production nginx files and a manifest of all 36 hosts", async () => {
    const report = await writeDeployArtefacts(paths, { now });
    const deploy = join(paths.outDir, "deploy");
    for (const file of [
      "nginx/werkcentrum.conf",
      "nginx/security-headers.conf",
      "nginx/search-security-headers.conf",
      "nginx/content-types.conf",
      "nginx/tls.conf.example",
      "manifest.json",
    ]) {
      expect(existsSync(join(deploy, file)), file).toBe(true);
    }
    const manifest = JSON.parse(await readFile(join(deploy, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.hosts)).toHaveLength(36);
    expect(manifest.hosts["werkcentrum.nl"]).toMatchObject({
      pages: 1,
      files: { "index.html": expect.any(String), ".well-known/security.txt": expect.any(String) },
    });
    expect(Object.keys(manifest.config)).toEqual([
      "logrotate.example",
      "nginx/content-types.conf",
      "nginx/search-security-headers.conf",
      "nginx/security-headers.conf",
      "nginx/tls.conf.example",
      "nginx/werkcentrum.conf",
    ]);
    expect(await readFile(join(deploy, "logrotate.example"), "utf8")).toMatch(/rotate 14\n    maxage 14\n/);
    expect(await readFile(join(deploy, "nginx/werkcentrum.conf"), "utf8")).toContain("root /srv/werkcentrum/current/rijnmond.werkcentrum.nl;");
    // The committed placeholder channel: fine for a preview, with the reasons in the report and the manifest.
    expect(report).toMatchObject({ htmlFiles: 72, cssFiles: 36, legacyHosts: [] });
    expect(report.warnings).toEqual([
      expect.stringMatching(/^deploy\.yml:3: https:\/\/werkcentrum\.nl\/contact\/ is een pagina van de Werkcentrum-sites zelf/),
      expect.stringMatching(/^deploy\.yml:2: security\.txt heeft geen policy/),
    ]);
    expect(manifest.preview).toHaveLength(2);
  });

  it("refuses the placeholder disclosure channel in production, names file, line and field, and writes nothing", async () => {
    const error = await writeDeployArtefacts(paths, { now, production: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((p) => [p.line, p.field])).toEqual([
      [3, "security-txt.contact.0"],
      [2, "security-txt"],
    ]);
    expect(existsSync(join(paths.outDir, "deploy"))).toBe(false);

    await write(
      join(root, "deploy.yml"),
      "security-txt:\n  contact:\n    - mailto:cvd@voorbeeld.nl\n  expires: 2027-10-01T00:00:00Z\n  policy: https://www.voorbeeld.nl/cvd\n",
    );
    const settings = { ...securityTxt, contact: ["mailto:cvd@voorbeeld.nl"], policy: "https://www.voorbeeld.nl/cvd" };
    for (const { host } of allSites) await write(join(paths.outDir, host, ".well-known/security.txt"), renderSecurityTxt(host, settings));
    const report = await writeDeployArtefacts(paths, { now, production: true });
    expect(report.warnings).toEqual([]);
    expect(report.manifest.preview).toBeUndefined();
  });

  it("replaces dist/deploy in one step, as a link to its one version, and reads hosts that are links too", async () => {
    // A host as `werkcentrum build` leaves it: a link to a version folder (output/versions.ts).
    const host = join(paths.outDir, "drenthe.werkcentrum.nl");
    const version = join(paths.outDir, ".werkcentrum/out/drenthe.werkcentrum.nl/1-a-00000000");
    await mkdir(join(version, ".."), { recursive: true });
    await rename(host, version);
    await symlink(".werkcentrum/out/drenthe.werkcentrum.nl/1-a-00000000", host);
    const first = await writeDeployArtefacts(paths, { now });
    const second = await writeDeployArtefacts(paths, { now });
    expect(second.manifest).toEqual(first.manifest);
    expect(Object.keys(first.manifest.hosts["drenthe.werkcentrum.nl"]!.files)).toContain("index.html");
    expect((await lstat(join(paths.outDir, "deploy"))).isSymbolicLink()).toBe(true);
    expect(await readdir(join(paths.outDir, ".werkcentrum/out/deploy"))).toHaveLength(1);
    expect((await readdir(paths.outDir)).filter((entry) => entry.startsWith(".") && entry !== ".werkcentrum")).toEqual([]);
  });

  it("uses the document root and configuration folder it is given", async () => {
    await writeDeployArtefacts(paths, { now, root: "/data/www", confDir: "/opt/nginx/wc" });
    const config = await readFile(join(paths.outDir, "deploy/nginx/werkcentrum.conf"), "utf8");
    expect(config).toContain("root /data/www/drenthe.werkcentrum.nl;");
    expect(config).toContain("include /opt/nginx/wc/tls.conf;");
  });

  const failures = [
    {
      name: "a host that was not built",
      damage: () => rm(join(paths.outDir, "drenthe.werkcentrum.nl"), { recursive: true }),
      message: /map van drenthe.werkcentrum.nl ontbreekt/,
    },
    { name: "a site without a 404 page", damage: () => rm(join(paths.outDir, "drenthe.werkcentrum.nl/404.html")), message: /geen 404.html/ },
    {
      name: "a stale security.txt",
      damage: () => writeFile(join(paths.outDir, "drenthe.werkcentrum.nl/.well-known/security.txt"), "Contact: x\n"),
      message: /past niet bij deploy.yml/,
    },
    {
      name: "an inline style",
      damage: () => writeFile(join(paths.outDir, "drenthe.werkcentrum.nl/index.html"), '<p style="color:red">'),
      message: /style-attribuut/,
    },
    {
      name: "an invalid redirects file",
      damage: () => write(join(paths.sitesDir, "drenthe/redirects.yml"), "- van: /a\n  naar: https://evil.example/\n"),
      message: /alleen naar deze site/,
    },
    { name: "a missing deploy.yml", damage: () => rm(join(root, "deploy.yml")), message: /deploy.yml ontbreekt/ },
  ];
  it.each(failures)("refuses $name and writes nothing", async ({ damage, message }) => {
    await damage();
    const error = await writeDeployArtefacts(paths, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((p) => p.message).join("\n")).toMatch(message);
    expect(existsSync(join(paths.outDir, "deploy"))).toBe(false);
  });

  it("names the legacy hosts that need DNS and a certificate", async () => {
    await write(join(paths.sitesDir, "drenthe/redirects.yml"), "- van: https://wsp-voorbeeld.example/vacatures\n  naar: /\n");
    const report = await writeDeployArtefacts(paths, { now });
    expect(report.legacyHosts).toEqual(["wsp-voorbeeld.example"]);
    expect(await readFile(join(paths.outDir, "deploy/nginx/werkcentrum.conf"), "utf8")).toContain(
      "include /etc/nginx/werkcentrum/tls/wsp-voorbeeld.example.conf;",
    );
  });
});
