import type { NginxControl } from "../release/nginx.js";
import { DEFAULT_KEEP, release, rollback } from "../release/release.js";
import { configPath } from "./nginx.js";
import { UsageError, type Command, type CommandContext } from "./types.js";

const nginxOptions = {
  nginx: { type: "string" },
  "nginx-config": { type: "string" },
  reload: { type: "string" },
} as const;

function to(options: CommandContext["options"], command: string): string {
  if (typeof options.to !== "string")
    throw new UsageError(`Geef de releasemap op met --to, bijvoorbeeld: werkcentrum ${command} --to /srv/werkcentrum`);
  return configPath(options.to, "to");
}

/** A command given as one option: program and arguments separated by spaces, run without a shell. */
function words(value: string, option: string, example: string): string[] {
  // Split on spaces only, and never hand the value to a shell: nothing in it is interpreted.
  const argv = value.trim().split(/\s+/).filter(Boolean);
  if (argv.length === 0) throw new UsageError(`--${option} mag niet leeg zijn, bijvoorbeeld: --${option} '${example}'`);
  return argv;
}

/** --nginx, --nginx-config, --conf-dir and --reload; what is not given keeps its default (release/nginx.ts). */
function nginxControl(options: CommandContext["options"]): Partial<NginxControl> {
  const control: Partial<NginxControl> = {};
  if (typeof options.nginx === "string") control.nginx = words(options.nginx, "nginx", "sudo /usr/sbin/nginx");
  if (typeof options["nginx-config"] === "string") control.config = options["nginx-config"];
  if (typeof options["conf-dir"] === "string") control.confDir = configPath(options["conf-dir"], "conf-dir");
  if (typeof options.reload === "string") control.reload = words(options.reload, "reload", "systemctl reload nginx");
  return control;
}

export const releaseCommand: Command = {
  name: "release",
  projectOptional: true,
  usage:
    `release --to <map> [--name <naam>] [--keep <aantal, standaard ${DEFAULT_KEEP}>] [--copy-all] [--preview] [--conf-dir <map>] [--nginx <commando>] [--nginx-config <bestand>] [--reload <commando>]   ` +
    "zet de build in dist/ als nieuwe release in <map>/releases/ en schakel <map>/current om (DEPLOY.md, deel 9)",
  options: {
    to: { type: "string" },
    name: { type: "string" },
    keep: { type: "string" },
    "copy-all": { type: "boolean" },
    preview: { type: "boolean" },
    ...nginxOptions,
  },
  async run({ paths, args, options }) {
    if (args.length > 0) throw new UsageError(`Onverwacht argument: ${args[0]}`);
    let keep: number | undefined;
    if (typeof options.keep === "string") {
      keep = Number(options.keep);
      if (!/^\d+$/.test(options.keep) || keep < 1) throw new UsageError(`--keep moet een heel getal van 1 of meer zijn, niet '${options.keep}'.`);
    }
    const report = await release({
      from: paths.outDir,
      to: to(options, "release"),
      ...(typeof options.name === "string" ? { name: options.name } : {}),
      ...(keep !== undefined ? { keep } : {}),
      copyAll: options["copy-all"] === true,
      preview: options.preview === true,
      nginx: nginxControl(options),
    });
    console.log(
      report.switchMs === undefined
        ? `✓ release ${report.name} was al actief`
        : `✓ release ${report.name} is actief (vorige: ${report.previous ?? "geen"})`,
    );
    return 0;
  },
};

export const rollbackCommand: Command = {
  name: "rollback",
  projectOptional: true,
  usage:
    "rollback --to <map> [--name <naam>] [--conf-dir <map>] [--nginx <commando>] [--nginx-config <bestand>] [--reload <commando>]   " +
    "schakel <map>/current terug naar de vorige release (of naar --name), met haar nginx-configuratie",
  options: { to: { type: "string" }, name: { type: "string" }, ...nginxOptions },
  async run({ args, options }) {
    if (args.length > 0) throw new UsageError(`Onverwacht argument: ${args[0]}`);
    const report = await rollback({
      to: to(options, "rollback"),
      ...(typeof options.name === "string" ? { name: options.name } : {}),
      nginx: nginxControl(options),
    });
    console.log(`✓ release ${report.to} is weer actief (was: ${report.from})`);
    return 0;
  },
};
