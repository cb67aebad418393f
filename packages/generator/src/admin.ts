import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { translationLanguages, writeCmsConfig, type CmsBackend, type CmsOptions, type CmsSite, type TranslationLanguage } from "@werkcentrum/content";
import type { SiteProfile } from "@werkcentrum/regions";
import { templatesDir } from "@werkcentrum/theme";
import { browserBundle } from "./browser-bundle.js";
import type { WebEditorSettings } from "./deploy/settings.js";
import { nunjucks } from "./plugin.js";

const require = createRequire(import.meta.url);

/** Decap's prebuilt browser bundle (`decap-cms.js`) and the chunks it loads next to itself (`<n>.decap-cms.js`). */
function decapDist(): string {
  return dirname(require.resolve("decap-cms/dist/decap-cms.js"));
}

/**
 * The web editor's policy on /admin/ only; every other address keeps the strict policy in deploy/headers.ts.
 * Decap needs more than the site does, and each extra source is here for a reason seen in Chromium:
 * - `script-src 'unsafe-eval'`: Decap validates its config with ajv, which compiles validators with `new Function`;
 * - `style-src 'unsafe-inline'`: Decap's React components inject their styles at run time (emotion);
 * - `img-src blob: data:`: previews of a chosen image and Decap's own icons;
 * - `connect-src`: the local proxy (preview) or the git host's API (production), nothing else.
 * No third-party script, font or frame: the bundle is served from the site itself.
 */
export function adminContentSecurityPolicy(connect: readonly string[], images: readonly string[] = []): Record<string, string[]> {
  return {
    "default-src": ["'self'"],
    "base-uri": ["'none'"],
    "connect-src": ["'self'", ...connect],
    "font-src": ["'self'", "data:"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "frame-src": ["'self'"],
    "img-src": ["'self'", "blob:", "data:", ...images],
    "manifest-src": ["'self'"],
    "media-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "script-src": ["'self'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "worker-src": ["'self'", "blob:"],
  };
}

/** The production web editor of every site: Decap's backend block and the origins its page talks to. */
export interface WebEditor {
  backend: CmsBackend;
  /** connect-src: the git host's API, and for GitLab the server that swaps the login code for a token. */
  connect: string[];
  /** img-src: the git host's avatars of the logged-in editor. */
  images: string[];
}

/**
 * Decap's backend for the `web-editor` settings in deploy.yml (settings.ts). GitHub needs an OAuth client service
 * at `auth-url` (Decap's GitHub backend opens `<base_url>/auth`; https://decapcms.org/docs/github-backend/); GitLab
 * logs in with PKCE against the GitLab server itself, with no secret and no extra service
 * (https://decapcms.org/docs/gitlab-backend/#client-side-pkce-authorization).
 */
export function webEditorFor(settings: WebEditorSettings): WebEditor {
  const { repo, branch } = settings;
  if (settings["git-host"] === "github") {
    const api = settings["api-url"] ?? "https://api.github.com";
    return {
      backend: {
        name: "github",
        repo,
        branch,
        base_url: settings["auth-url"]!,
        auth_endpoint: "auth",
        ...(settings["api-url"] ? { api_root: api } : {}),
      },
      connect: [new URL(api).origin],
      images: settings["api-url"] ? [new URL(api).origin] : ["https://avatars.githubusercontent.com"],
    };
  }
  const server = settings["auth-url"] ?? "https://gitlab.com";
  const api = settings["api-url"] ?? `${server.replace(/\/$/, "")}/api/v4`;
  const origins = [...new Set([new URL(server).origin, new URL(api).origin])];
  return {
    backend: {
      name: "gitlab",
      repo,
      branch,
      auth_type: "pkce",
      app_id: settings["app-id"]!,
      base_url: server,
      auth_endpoint: "oauth/authorize",
      api_root: api,
    },
    connect: origins,
    // GitLab shows the logged-in editor's avatar from its own server.
    images: origins,
  };
}

/** The web editor's view of a site: its names, and the languages besides Dutch that its validated site.yml lists. */
export function cmsSiteOf(site: { slug: string; host: string; title: string }, profile: SiteProfile | undefined): CmsSite {
  const languages = (profile?.talen ?? []).filter((lang): lang is TranslationLanguage => (translationLanguages as readonly string[]).includes(lang));
  return { slug: site.slug, host: site.host, title: site.title, languages };
}

/**
 * Writes the web editor into `<outputDir>/admin/`: Decap's bundle in a folder named after the hash of its files
 * (so it can be cached for ever and a new Decap version gets a new address), this package's own script beside it
 * (src/browser/cms.ts: the translations' file names), `config.yml` generated from the schemas, and `index.html`
 * from the theme's template.
 */
export async function writeAdmin(outputDir: string, site: CmsSite, options: CmsOptions): Promise<void> {
  const dist = decapDist();
  const files = (await readdir(dist)).filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name)).sort();
  const hash = createHash("sha256");
  for (const name of files) hash.update(name).update(await readFile(join(dist, name)));
  const folder = `decap-cms.${hash.digest("hex").slice(0, 16)}`;
  const target = join(outputDir, "admin", folder);
  await mkdir(target, { recursive: true });
  await Promise.all(files.map((name) => copyFile(join(dist, name), join(target, name))));
  const own = await browserBundle("cms");
  await writeFile(join(outputDir, "admin", own.fileName), own.code);
  await writeCmsConfig(outputDir, site, options);
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), { autoescape: true });
  await writeFile(
    join(outputDir, "admin", "index.html"),
    env.render("editor/admin.njk", { siteTitle: site.title, scripts: [`/admin/${folder}/decap-cms.js`, `/admin/${own.fileName}`] }),
  );
}

/** Decap's local proxy, running as a child process of the preview. */
export interface CmsProxy {
  readonly pid: number | undefined;
  /** Ends the proxy and resolves once its process has exited (SIGTERM, then SIGKILL after two seconds). */
  stop(): Promise<void>;
}

/**
 * Runs decap-server inside a guard: when the preview's process ends in any way (Ctrl+C, SIGTERM, SIGKILL, a crash),
 * the pipe to the guard's stdin closes and the guard exits, so no proxy is left listening and able to write files.
 * A signal handler in the parent alone would not do: SIGKILL cannot be caught. `node -e` puts the next argument in
 * process.argv[1] (https://nodejs.org/api/process.html#processargv).
 */
const GUARD = 'process.stdin.on("end", () => process.exit(0)).on("error", () => process.exit(0)).resume(); require(process.argv[1]);';

/**
 * Starts Decap's local proxy (decap-server) on the loopback interface only, in file-system mode, with the project
 * root as its repository: the web editor in the preview then reads and writes the editor's own checkout. The proxy
 * itself refuses paths outside that folder; the generated config limits each region to `sites/<slug>/`.
 */
export function startCmsProxy(root: string, port: number): CmsProxy {
  const entry = require.resolve("decap-server/dist/index.js");
  const child: ChildProcess = spawn(process.execPath, ["-e", GUARD, entry], {
    cwd: root,
    env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: root, LOG_LEVEL: "warn" },
    stdio: ["pipe", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
