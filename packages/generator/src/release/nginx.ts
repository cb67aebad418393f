import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { DEPLOY_DIR } from "../deploy/write.js";
import { sha256, type Manifest } from "../deploy/manifest.js";
import { PRODUCTION_CONFIG_FILE, PRODUCTION_DEFAULTS } from "../deploy/nginx-config.js";
import { writeAtomic } from "../output/atomic.js";
import { ReleaseError } from "./errors.js";

/** How `release` and `rollback` test, install and load the nginx configuration of a release. */
export interface NginxControl {
  /** The nginx program, with any words before it (`sudo nginx`); `-t` is added for the test (default `nginx`). */
  nginx: string[];
  /** The main configuration file for `nginx -t -c`; default: nginx's own. */
  config?: string;
  /** Where the configuration is installed (default /etc/nginx/werkcentrum). */
  confDir: string;
  /** The command that reloads nginx, as program and arguments; run without a shell. */
  reload: string[];
}

export const NGINX_DEFAULTS: NginxControl = Object.freeze({
  nginx: ["nginx"],
  confDir: PRODUCTION_DEFAULTS.confDir,
  reload: ["systemctl", "reload", "nginx"],
});

/** nginx reads NGINX from its environment (sockets inherited during a binary upgrade): never pass one on. */
function nginxEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NGINX"));
}

/**
 * The files to install: the `.conf` files of deploy/nginx/ (not tls.conf.example: the hosting team's own tls.conf
 * and tls/ folder in the same place are never touched). Relative to deploy/nginx/ and to the conf dir.
 */
export function installedFiles(manifest: Manifest): { name: string; sha256: string }[] {
  return Object.entries(manifest.config)
    .filter(([file]) => /^nginx\/[^/]+\.conf$/.test(file))
    .map(([file, hash]) => ({ name: file.slice("nginx/".length), sha256: hash }));
}

/** The config files of `manifest` whose installed copy in `confDir` is missing or different. */
export async function configChanges(manifest: Manifest, confDir: string): Promise<string[]> {
  const changed: string[] = [];
  for (const { name, sha256: hash } of installedFiles(manifest)) {
    const file = join(confDir, name);
    if (!existsSync(file) || sha256(await readFile(file)) !== hash) changed.push(name);
  }
  return changed;
}

/**
 * Every `root` of the production file must lie in `<to>/current/`: a configuration made with another `--root`
 * would serve another folder (or none) after the switch. `werkcentrum deploy --root <to>/current` makes it right.
 */
export function checkRoots(configText: string, current: string): string | undefined {
  const roots = [...configText.matchAll(/^\s*root\s+"?([^";]+)"?\s*;/gm)].map((match) => match[1]!);
  const wrong = roots.find((root) => !root.startsWith(`${current}/`));
  if (roots.length === 0) return "De nginx-configuratie bevat geen enkele root.";
  if (wrong) {
    return `De nginx-configuratie van deze build wijst naar ${wrong}, niet naar ${current}/. Maak hem opnieuw met: werkcentrum deploy --root ${current}`;
  }
  return undefined;
}

function run(argv: string[]): { ok: boolean; output: string } {
  const result = spawnSync(argv[0]!, argv.slice(1), { encoding: "utf8", env: nginxEnv(), timeout: 60_000 });
  if (result.error) return { ok: false, output: result.error.message };
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

export function nginxTestCommand(nginx: NginxControl): string[] {
  return [...nginx.nginx, "-t", ...(nginx.config ? ["-c", nginx.config] : [])];
}

/** What `installConfig` replaced, to put back with `restore`. */
export interface InstalledConfig {
  files: string[];
  restore(): Promise<void>;
}

/** nginx's worker processes, which run as another user, read the configuration. */
const CONF_MODE = 0o644;

/**
 * Installs the changed `.conf` files of the release in `releaseDir` into the conf dir (each file written aside and
 * renamed into place), then runs `nginx -t`. When the test fails, the previous files are put back and this throws:
 * nginx is never asked to load a configuration that failed its test.
 */
export async function installConfig(releaseDir: string, files: string[], nginx: NginxControl, log: (line: string) => void): Promise<InstalledConfig> {
  await mkdir(nginx.confDir, { recursive: true });
  const previous = new Map<string, Buffer | undefined>();
  for (const name of files) {
    const file = join(nginx.confDir, name);
    previous.set(name, existsSync(file) ? await readFile(file) : undefined);
  }
  const restore = async (): Promise<void> => {
    for (const [name, data] of previous) {
      const file = join(nginx.confDir, name);
      if (data === undefined) await rm(file, { force: true });
      else await writeAtomic(file, data, { mode: CONF_MODE });
    }
  };
  try {
    for (const name of files)
      await writeAtomic(join(nginx.confDir, name), await readFile(join(releaseDir, DEPLOY_DIR, "nginx", name)), { mode: CONF_MODE });
  } catch (error) {
    await restore();
    throw error;
  }
  log(`nginx-configuratie geïnstalleerd in ${nginx.confDir}: ${files.join(", ")}`);
  const test = nginxTestCommand(nginx);
  const result = run(test);
  if (!result.ok) {
    await restore();
    throw new ReleaseError(
      `Gestopt: ${test.join(" ")} keurt de nieuwe nginx-configuratie af. De vorige configuratie staat weer in ${nginx.confDir}; ` +
        `current is niet omgezet.\n${result.output}`,
    );
  }
  log(`${test.join(" ")}: in orde`);
  return { files, restore };
}

/** Runs the reload command; throws a ReleaseError with its output when it fails. */
export function reloadNginx(nginx: NginxControl, log: (line: string) => void): void {
  const result = run(nginx.reload);
  if (!result.ok) throw new ReleaseError(`${nginx.reload.join(" ")} is mislukt:\n${result.output}`);
  log(`nginx herladen: ${nginx.reload.join(" ")}`);
}

export { PRODUCTION_CONFIG_FILE };
