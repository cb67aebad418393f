import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { ContentError, type ContentProblem } from "@werkcentrum/content";
import { lockOutput } from "../output/lock.js";
import { beginOutput } from "../output/versions.js";
import type { ProjectPaths } from "../paths.js";
import { allSites } from "../sites.js";
import { mediaTypesSnippet } from "./content-types.js";
import { adminContentSecurityPolicy, webEditorFor } from "../admin.js";
import { adminSecurityHeadersSnippet, searchSecurityHeadersSnippet, securityHeadersSnippet } from "./headers.js";
import { createManifest, gitCommit, packageVersions, serializeManifest, type Manifest } from "./manifest.js";
import { PRODUCTION_CONFIG_FILE, PRODUCTION_DEFAULTS, renderProductionConfig } from "./nginx-config.js";
import { logrotateExample } from "./logrotate.js";
import { ADMIN_PATH, planServers, SNIPPETS } from "./nginx.js";
import { readAllRedirects } from "./redirects.js";
import { scanSite } from "./scan.js";
import { renderSecurityTxt, SECURITY_TXT_PATH } from "./security-txt.js";
import { readDeploySettings, settingsFile, type SecurityTxtSettings } from "./settings.js";
import { tlsExample } from "./tls-example.js";

/** The folder `werkcentrum deploy` writes, next to the host folders. */
export const DEPLOY_DIR = "deploy";

export interface DeployOptions {
  /** Production document root (a symlink to the current release). */
  root?: string;
  /** Where the hosting team installs dist/deploy/nginx/. */
  confDir?: string;
  brotli?: boolean;
  now?: Date;
  /** Refuse a security.txt without a real disclosure channel (settings.ts, disclosureProblems). */
  production?: boolean;
  /** Called with a Dutch line when a build on the same output folder runs and this waits for it; default: stderr. */
  onNotice?: (line: string) => void;
}

export interface DeployReport {
  deployDir: string;
  manifest: Manifest;
  /** Old domains from redirects files: each needs DNS and a certificate (`<confDir>/tls/<host>.conf`). */
  legacyHosts: string[];
  htmlFiles: number;
  cssFiles: number;
  /** Dutch notes that do not stop the release. */
  warnings: string[];
}

function fileProblem(file: string, message: string): ContentProblem {
  return { file, line: 1, column: 1, field: "", message, severity: "error" };
}

/**
 * Every host folder is there, with its home page, its 404 page, the security.txt the settings imply, and the web
 * editor exactly when deploy.yml asks for one: a site built before `web-editor` was added (or removed) must be
 * built again, so no site publishes an /admin/ that nginx does not serve with its policy, or a stale one.
 */
async function hostProblems(outDir: string, settings: SecurityTxtSettings | undefined, webEditor: boolean | undefined): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const { host } of allSites) {
    const dir = join(outDir, host);
    if (!existsSync(dir)) {
      problems.push(fileProblem(dir, `De map van ${host} ontbreekt. Bouw eerst alle sites (npm run build).`));
      continue;
    }
    for (const page of ["index.html", "404.html"]) {
      if (!existsSync(join(dir, page))) problems.push(fileProblem(join(dir, page), `${host} heeft geen ${page}; nginx heeft die nodig.`));
    }
    const securityTxt = join(dir, SECURITY_TXT_PATH);
    const actual = existsSync(securityTxt) ? await readFile(securityTxt, "utf8") : undefined;
    if (settings && actual !== renderSecurityTxt(host, settings)) {
      problems.push(fileProblem(securityTxt, `security.txt van ${host} ontbreekt of past niet bij deploy.yml. Bouw de site opnieuw.`));
    }
    const admin = join(dir, ADMIN_PATH, "index.html");
    if (webEditor === true && !existsSync(admin)) {
      problems.push(
        fileProblem(admin, `${host} heeft geen beheeromgeving (${ADMIN_PATH}), maar deploy.yml vraagt er een (web-editor). Bouw de site opnieuw.`),
      );
    } else if (webEditor === false && existsSync(join(dir, ADMIN_PATH))) {
      problems.push(
        fileProblem(
          join(dir, ADMIN_PATH),
          `${host} heeft een beheeromgeving (${ADMIN_PATH}), maar deploy.yml heeft geen web-editor. Bouw de site opnieuw.`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Writes `<outDir>/deploy/`: the production nginx configuration and its snippets, an example TLS include, and
 * manifest.json. Checks first, and writes nothing when a check fails: the settings in deploy.yml, every host
 * built with its 404 page and current security.txt, every redirects file, and the CSP scan of every page. The
 * folder is replaced atomically, like a site's output (output/versions.ts), and not while a build runs on the same
 * output folder: this waits for it (output/lock.ts), so the manifest never mixes two builds.
 */
export async function writeDeployArtefacts(paths: ProjectPaths, options: DeployOptions = {}): Promise<DeployReport> {
  const lock = await lockOutput(paths.outDir, { onWait: options.onNotice ?? ((line) => console.error(line)) });
  try {
    return await writeLocked(paths, options);
  } finally {
    await lock.release();
  }
}

async function writeLocked(paths: ProjectPaths, options: DeployOptions): Promise<DeployReport> {
  const root = dirname(paths.sitesDir);
  const read = await readDeploySettings(settingsFile(paths), options.now ?? new Date(), { production: options.production ?? false });
  const problems = read.problems.filter((problem) => problem.severity === "error");
  const warnings = read.problems.filter((problem) => problem.severity === "warning");
  const securityTxt = read.settings?.["security-txt"];
  const webEditor = read.settings?.["web-editor"] ? webEditorFor(read.settings["web-editor"]) : undefined;
  problems.push(...(await hostProblems(paths.outDir, securityTxt, read.settings ? webEditor !== undefined : undefined)));
  const redirects = await readAllRedirects(paths, allSites, paths.outDir);
  problems.push(...redirects.problems);
  let htmlFiles = 0;
  let cssFiles = 0;
  for (const { host } of allSites) {
    if (!existsSync(join(paths.outDir, host))) continue;
    const scan = await scanSite(join(paths.outDir, host), host);
    htmlFiles += scan.htmlFiles;
    cssFiles += scan.cssFiles;
    problems.push(...scan.problems);
  }
  if (problems.length > 0) throw new ContentError(problems);

  const plan = planServers(options.root ?? PRODUCTION_DEFAULTS.root, redirects.data);
  const files: Record<string, string> = {
    [`nginx/${PRODUCTION_CONFIG_FILE}`]: renderProductionConfig(plan, {
      ...(options.confDir ? { confDir: options.confDir } : {}),
      brotli: options.brotli ?? false,
      webEditor: webEditor !== undefined,
    }),
    [`nginx/${SNIPPETS.securityHeaders}`]: securityHeadersSnippet(),
    [`nginx/${SNIPPETS.contentTypes}`]: mediaTypesSnippet(),
    [`nginx/${SNIPPETS.searchSecurityHeaders}`]: searchSecurityHeadersSnippet(),
    ...(webEditor
      ? { [`nginx/${SNIPPETS.adminSecurityHeaders}`]: adminSecurityHeadersSnippet(adminContentSecurityPolicy(webEditor.connect, webEditor.images)) }
      : {}),
    "nginx/tls.conf.example": tlsExample(),
    "logrotate.example": logrotateExample(),
  };
  const deployDir = join(paths.outDir, DEPLOY_DIR);
  const output = await beginOutput(paths.outDir, DEPLOY_DIR);
  let manifest: Manifest;
  try {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(dirname(join(output.dir, file)), { recursive: true });
      await writeFile(join(output.dir, file), text);
    }
    manifest = await createManifest({
      outDir: paths.outDir,
      hosts: allSites.map((site) => site.host),
      deployDir: output.dir,
      configFiles: Object.keys(files),
      commit: await gitCommit(root),
      packages: packageVersions(),
      ...(warnings.length > 0 ? { preview: warnings.map((warning) => warning.message) } : {}),
    });
    await writeFile(join(output.dir, "manifest.json"), serializeManifest(manifest));
    await output.publish();
  } catch (error) {
    throw await output.abandon(error);
  }

  return {
    deployDir,
    manifest,
    legacyHosts: plan.legacy.map((server) => server.host),
    htmlFiles,
    cssFiles,
    warnings: warnings.map((warning) => `${relative(root, warning.file)}:${warning.line}: ${warning.message}`),
  };
}
