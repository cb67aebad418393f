import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveNginx as nginxRuns, nginxBin, selfSignedCertificate, testConfig, testMainConfig } from "../../../../e2e/lib/nginx.mjs";
import type { ProjectPaths } from "../paths.js";
import { getSite, landingSite } from "../sites.js";
import { mediaTypesSnippet } from "./content-types.js";
import { adminContentSecurityPolicy, webEditorFor } from "../admin.js";
import { adminSecurityHeadersSnippet, searchSecurityHeadersSnippet, securityHeadersSnippet } from "./headers.js";
import { renderLocalConfig, renderProductionConfig } from "./nginx-config.js";
import { planServers, SNIPPETS, type ServerPlan } from "./nginx.js";
import { readAllRedirects, type Redirect, type SiteRedirects } from "./redirects.js";
import { TLS_EXAMPLE_CERTIFICATE, TLS_EXAMPLE_KEY, tlsExample } from "./tls-example.js";

// The real nginx (Debian's nginx-light) judges the configuration the generator writes from redirects that the
// check accepted: a redirects.yml that `werkcentrum check` passes must never make `nginx -t` fail, because one
// configuration serves all 36 sites.
const OPENSSL = "/usr/bin/openssl";
const haveNginx = nginxRuns();
const skipped = haveNginx ? "" : ` (SKIPPED: ${nginxBin} does not run here; apt-get install nginx-light, or set NGINX_BIN)`;

const rijnmond = getSite("rijnmond")!;
const drenthe = getSite("drenthe")!;
const own = rijnmond.host;
const longest = `/${"a".repeat(2000 - "https://".length - own.length - 1)}`;

/** Hostile but valid: every row passes the check, and all of them together must pass `nginx -t`. */
const accepted: { name: string; van: string; naar: string }[] = [
  { name: "percent-encoded UTF-8", van: "/vacatures/caf%C3%A9", naar: "/" },
  { name: "a path in Arabic script", van: "/%D9%88%D8%B8%D8%A7%D8%A6%D9%81", naar: "/" },
  { name: "German umlaut written as is", van: "/über-uns", naar: "/" },
  { name: "every sub-delimiter nginx leaves alone", van: "/a(1)!*+,=:@~&-_.", naar: "/" },
  { name: "an encoded percent sign", van: "/100%25-zeker", naar: "/" },
  { name: "an encoded slash", van: "/oud%2Fpad", naar: "/" },
  { name: "a path with and without slash", van: "/loket", naar: "/" },
  { name: "the same with slash", van: "/loket/", naar: "/" },
  { name: "next to a reserved prefix", van: "/zoekenx", naar: "/" },
  { name: "next to a reserved file", van: "/security.txt.oud", naar: "/" },
  { name: "next to .well-known", van: "/.well-knownx", naar: "/" },
  { name: "2,000 characters written out", van: longest, naar: "/" },
  { name: "a target with a fragment", van: "/oud-fragment", naar: "/#inhoud" },
  { name: "a target on the landing site", van: "/naar-landelijk", naar: "https://werkcentrum.nl/" },
  { name: "a legacy host over http, its home", van: "http://oud-loket.example", naar: "/" },
  { name: "a legacy host, upper case", van: "https://WWW.Oud-Loket.Example/Contact", naar: "/" },
  { name: "an internationalised legacy host", van: "https://café-voorbeeld.example/a", naar: "/" },
  { name: "a punycode legacy host", van: "https://xn--caf-voorbeeld-dhb.example/b", naar: "/" },
];

/** Refused by the check; rendered anyway (bypassing it), most of them would make `nginx -t` fail for every site. */
const refused: { name: string; van: string; naar: string; message: RegExp; breaksNginx?: Redirect }[] = [
  {
    name: "the security.txt redirect nginx already has",
    van: "/security.txt",
    naar: "/",
    message: /website zelf/,
    breaksNginx: redirect("/security.txt", own, "/"),
  },
  { name: "the 404 page", van: "/404.html", naar: "/", message: /website zelf/, breaksNginx: redirect("/404.html", own, "/") },
  { name: "a search page", van: "/zoeken/", naar: "/", message: /website zelf/ },
  { name: "an asset", van: "/assets/werkcentrum.0123abcd.css", naar: "/", message: /website zelf/ },
  { name: ".well-known", van: "/.well-known/change-password", naar: "/", message: /website zelf/ },
  { name: "10,000 characters", van: `/${"a".repeat(9999)}`, naar: "/", message: /te lang/, breaksNginx: redirect(`/${"a".repeat(9999)}`, own, "/") },
  { name: "a dollar (an nginx variable)", van: "/prijs", naar: "/a%24b", message: /'\$'/, breaksNginx: redirect("/prijs", own, "/a$b") },
  { name: "a double quote", van: "/a%22b", naar: "/", message: /'"'/ },
  { name: "a single quote", van: "/a%27b", naar: "/", message: /'''/ },
  { name: "a brace", van: "/a%7Bb", naar: "/", message: /'\{'/ },
  { name: "a semicolon", van: "/a;b", naar: "/", message: /';'/ },
  { name: "a space", van: "/a%20b", naar: "/", message: /spatie/ },
  { name: "a tab", van: "/a%09b", naar: "/", message: /U\+0009/ },
  { name: "a newline", van: "/a%0Ab", naar: "/", message: /U\+000A/ },
  { name: "a NUL", van: "/a%00b", naar: "/", message: /U\+0000/ },
  { name: "a backslash", van: "/a%5Cb", naar: "/", message: /'\\'/ },
  { name: "a zero-width space", van: "/a%E2%80%8Bb", naar: "/", message: /U\+200B/ },
  { name: "a Werkcentrum subdomain as old domain", van: "https://test.werkcentrum.nl/", naar: "/", message: /hoort bij werkcentrum\.nl zelf/ },
  { name: "www.werkcentrum.nl as old domain", van: "https://www.werkcentrum.nl/", naar: "/", message: /hoort bij werkcentrum\.nl zelf/ },
];

function redirect(fromPath: string, toHost: string, toPath: string, fromHost = own): Redirect {
  return { index: 0, line: 1, from: { host: fromHost, path: fromPath, fragment: "" }, to: { host: toHost, path: toPath, fragment: "" } };
}

let work: string;
let paths: ProjectPaths;
let conf: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "wc-nginx-real-"));
  paths = { sitesDir: join(work, "sites"), outDir: join(work, "dist") };
  conf = join(work, "conf");
  await mkdir(join(conf, "tls"), { recursive: true });
  await writeFile(join(conf, SNIPPETS.securityHeaders), securityHeadersSnippet());
  await writeFile(join(conf, SNIPPETS.contentTypes), mediaTypesSnippet());
  await writeFile(join(conf, SNIPPETS.searchSecurityHeaders), searchSecurityHeadersSnippet());
  const editor = webEditorFor({
    "git-host": "gitlab",
    repo: "groep/sub/werkcentrum-sites",
    branch: "main",
    "app-id": "a1b2c3d4e5f6",
    "auth-url": "https://git.example.nl",
  });
  await writeFile(join(conf, SNIPPETS.adminSecurityHeaders), adminSecurityHeadersSnippet(adminContentSecurityPolicy(editor.connect, editor.images)));
  for (const slug of [rijnmond.slug, drenthe.slug, landingSite.slug]) await mkdir(join(paths.sitesDir, slug), { recursive: true });
});
afterAll(async () => rm(work, { recursive: true, force: true }));

const yamlOf = (rows: readonly { van: string; naar: string }[]) => rows.map((row) => `- van: '${row.van}'\n  naar: '${row.naar}'\n`).join("");

/** `nginx -t` on a complete configuration; the prefix keeps every relative path inside the temporary folder. */
function nginxTest(config: string): { ok: boolean; output: string } {
  return testConfig(config, { prefix: work });
}

async function localConfig(plan: ServerPlan, name: string): Promise<string> {
  const state = join(work, `state-${name}`);
  await mkdir(state, { recursive: true });
  const file = join(work, `${name}.conf`);
  await writeFile(file, renderLocalConfig(plan, { listen: "127.0.0.1:8999", confDir: conf, stateDir: state }, "test"));
  return file;
}

describe("the redirects check and the real nginx", () => {
  it("the check accepts every hostile but valid row", async () => {
    await writeFile(join(paths.sitesDir, rijnmond.slug, "redirects.yml"), yamlOf(accepted));
    const { data, problems } = await readAllRedirects(paths, [landingSite, rijnmond, drenthe]);
    expect(problems).toEqual([]);
    expect(data.find((entry) => entry.site === rijnmond)!.redirects).toHaveLength(accepted.length);
  });

  it.each(refused)("the check refuses $name, in Dutch, on its line and field", async ({ van, naar, message }) => {
    await writeFile(join(paths.sitesDir, rijnmond.slug, "redirects.yml"), yamlOf([{ van, naar }]));
    const { problems } = await readAllRedirects(paths, [landingSite, rijnmond, drenthe]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: naar === "/" ? 1 : 2, field: naar === "/" ? "0.van" : "0.naar", severity: "error" });
    expect(problems[0]!.message).toMatch(message);
  });

  it.skipIf(!haveNginx)(`nginx -t passes the local configuration written from what the check accepted${skipped}`, async () => {
    await writeFile(join(paths.sitesDir, rijnmond.slug, "redirects.yml"), yamlOf(accepted));
    const { data, problems } = await readAllRedirects(paths, [landingSite, rijnmond, drenthe]);
    expect(problems).toEqual([]);
    const plan = planServers(join(work, "dist"), data);
    expect(plan.legacy.map((server) => server.host)).toEqual(["oud-loket.example", "www.oud-loket.example", "xn--caf-voorbeeld-dhb.example"]);
    const result = nginxTest(await localConfig(plan, "local"));
    expect(result.output).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
    expect(result.ok, result.output).toBe(true);
  });

  it.skipIf(!haveNginx || !existsSync(OPENSSL))(
    `nginx -t passes the production configuration, with TLS for every legacy host${skipped}`,
    async () => {
      await writeFile(join(paths.sitesDir, rijnmond.slug, "redirects.yml"), yamlOf(accepted));
      const { data } = await readAllRedirects(paths, [landingSite, rijnmond, drenthe]);
      const plan = planServers("/srv/werkcentrum/current", data);
      const { key, cert } = selfSignedCertificate(conf, OPENSSL);
      const tls = tlsExample().replace(TLS_EXAMPLE_CERTIFICATE, cert).replace(TLS_EXAMPLE_KEY, key);
      await writeFile(join(conf, "tls.conf"), tls);
      for (const server of plan.legacy) await writeFile(join(conf, "tls", `${server.host}.conf`), tls);
      // With the web editor's /admin/ location and its own headers snippet (deploy.yml web-editor).
      const production = renderProductionConfig(plan, {
        confDir: conf,
        httpsListen: ["127.0.0.1:8443 ssl"],
        httpListen: ["127.0.0.1:8980"],
        webEditor: true,
      });
      expect(production).toContain(`include ${join(conf, SNIPPETS.adminSecurityHeaders)};`);
      await writeFile(join(conf, "werkcentrum.conf"), production);
      const state = join(work, "state-production");
      await mkdir(state, { recursive: true });
      await writeFile(join(work, "production.conf"), testMainConfig({ state, include: join(conf, "werkcentrum.conf") }));
      const result = nginxTest(join(work, "production.conf"));
      expect(result.ok, result.output).toBe(true);
    },
  );

  it.skipIf(!haveNginx)(`without the check, the refused rows would break nginx for every site${skipped}`, async () => {
    const breaking = refused.filter((row) => row.breaksNginx);
    expect(breaking.length).toBeGreaterThanOrEqual(3);
    for (const row of breaking) {
      const entries: SiteRedirects[] = [{ site: rijnmond, file: "redirects.yml", redirects: [row.breaksNginx!] }];
      const result = nginxTest(await localConfig(planServers(join(work, "dist"), entries), "broken"));
      expect(result.ok, `${row.name}: ${result.output}`).toBe(false);
    }
    // Two regions claiming one old domain: one server with both regions' locations.
    const twice: SiteRedirects[] = [
      { site: rijnmond, file: "a", redirects: [redirect("/x", own, "/", "oud.example")] },
      { site: drenthe, file: "b", redirects: [redirect("/x", drenthe.host, "/", "oud.example")] },
    ];
    expect(nginxTest(await localConfig(planServers(join(work, "dist"), twice), "twice")).ok).toBe(false);
  });
});
