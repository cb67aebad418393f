import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ContentError } from "@werkcentrum/content";
import { renderLocalConfig } from "../deploy/nginx-config.js";
import { planServers, SNIPPETS } from "../deploy/nginx.js";
import { readAllRedirects } from "../deploy/redirects.js";
import { DEPLOY_DIR } from "../deploy/write.js";
import { UsageError, type Command } from "./types.js";

/** `port`, `address:port` or `[ipv6]:port`: nothing nginx would read as another parameter. */
const LISTEN = /^(?:(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):)?(\d{1,5})$/;

/** A folder for nginx's config: absolute, and without characters nginx would read as syntax or variables. */
export function configPath(value: string, option: string): string {
  const path = resolve(value);
  if (/[$;{}"'\\\s]/.test(path)) throw new UsageError(`--${option} mag geen spaties of tekens als $ ; { } " ' bevatten: ${path}`);
  return path;
}

export const nginxCommand: Command = {
  name: "nginx",
  usage:
    "nginx --listen <adres:poort> [--root <map>] [--conf-dir <map>] [--state <map>] [--brotli]   druk een volledige nginx-configuratie af voor alle sites in --root (standaard de uitvoermap)",
  options: {
    listen: { type: "string" },
    root: { type: "string" },
    "conf-dir": { type: "string" },
    state: { type: "string" },
    brotli: { type: "boolean" },
  },
  async run({ paths, options }) {
    const listen = typeof options.listen === "string" ? options.listen : undefined;
    const port = listen ? LISTEN.exec(listen)?.[1] : undefined;
    if (!listen || !port) throw new UsageError("Geef het adres op met --listen, bijvoorbeeld: werkcentrum nginx --listen 127.0.0.1:8080");
    const root = configPath(typeof options.root === "string" ? options.root : paths.outDir, "root");
    const confDir = configPath(typeof options["conf-dir"] === "string" ? options["conf-dir"] : join(root, DEPLOY_DIR, "nginx"), "conf-dir");
    const stateDir = configPath(typeof options.state === "string" ? options.state : `/tmp/werkcentrum-nginx-${port}`, "state");
    // The web editor's snippet exists only when deploy.yml has `web-editor`; so does its /admin/ location.
    const webEditor = existsSync(join(confDir, SNIPPETS.adminSecurityHeaders));
    for (const snippet of Object.values(SNIPPETS).filter((name) => name !== SNIPPETS.adminSecurityHeaders)) {
      if (!existsSync(join(confDir, snippet))) {
        throw new UsageError(
          `${join(confDir, snippet)} ontbreekt. Maak het eerst met 'werkcentrum deploy' (of npm run build), of geef --conf-dir op.`,
        );
      }
    }
    const redirects = await readAllRedirects(paths, undefined, root);
    if (redirects.problems.length > 0) throw new ContentError(redirects.problems);
    // nginx creates its temp folders, but not the folder that holds them, the pid file and the logs.
    await mkdir(stateDir, { recursive: true, mode: 0o700 });
    const command = `werkcentrum nginx --listen ${listen} --root ${root}`;
    const config = renderLocalConfig(
      planServers(root, redirects.data),
      { listen, confDir, stateDir, brotli: options.brotli === true, webEditor },
      command,
    );
    process.stdout.write(config);
    return 0;
  },
};
