import { diffManifests, type ManifestDiff } from "../deploy/manifest.js";
import { readManifestFile } from "../deploy/manifest-file.js";
import { writeDeployArtefacts } from "../deploy/write.js";
import { configPath } from "./nginx.js";
import { UsageError, type Command } from "./types.js";
import { plural } from "../dutch.js";
import { displayPath } from "../paths.js";

/** One line per changed host, `<status> <host>` first so scripts can take the second column. */
export function formatDiff(diff: ManifestDiff): string[] {
  const lines = diff.hosts.map((change) => {
    if (change.status !== "changed") return `${change.status === "added" ? "nieuw" : "weg"} ${change.host}`;
    return `gewijzigd ${change.host}  (${change.changed.length} gewijzigd, ${change.added.length} nieuw, ${change.removed.length} weg)`;
  });
  if (diff.config.length > 0) lines.push(`# nginx-configuratie gewijzigd (${diff.config.join(", ")}): installeren, nginx -t en herladen`);
  if (lines.length === 0) lines.push("# geen verschillen");
  return lines;
}

export const deployCommand: Command = {
  name: "deploy",
  usage:
    "deploy [--production] [--root <map>] [--conf-dir <map>] [--brotli] | deploy --diff <oud.json> <nieuw.json>   maak dist/deploy/ (nginx en manifest; --production: weiger security.txt zonder echt meldpunt), of vergelijk twee manifesten",
  options: {
    diff: { type: "string" },
    root: { type: "string" },
    "conf-dir": { type: "string" },
    brotli: { type: "boolean" },
    production: { type: "boolean" },
  },
  async run({ paths, args, options }) {
    if (typeof options.diff === "string") {
      if (args.length !== 1) throw new UsageError("Gebruik: werkcentrum deploy --diff <oud manifest.json> <nieuw manifest.json>");
      const diff = diffManifests((await readManifestFile(options.diff)).manifest, (await readManifestFile(args[0]!)).manifest);
      for (const line of formatDiff(diff)) console.log(line);
      return 0;
    }
    const report = await writeDeployArtefacts(paths, {
      ...(typeof options.root === "string" ? { root: configPath(options.root, "root") } : {}),
      ...(typeof options["conf-dir"] === "string" ? { confDir: configPath(options["conf-dir"], "conf-dir") } : {}),
      brotli: options.brotli === true,
      production: options.production === true,
    });
    const hosts = Object.values(report.manifest.hosts);
    const files = hosts.reduce((sum, host) => sum + Object.keys(host.files).length, 0);
    const pages = hosts.reduce((sum, host) => sum + host.pages, 0);
    console.log(`✓ ${displayPath(report.deployDir)}: nginx-configuratie en manifest.json`);
    console.log(
      `  ${plural(hosts.length, "host", "hosts")}, ${plural(pages, "pagina", "pagina's")}, ${plural(files, "bestand", "bestanden")}; CSP-controle: ${plural(report.htmlFiles, "HTML-bestand", "HTML-bestanden")} en ${plural(report.cssFiles, "CSS-bestand", "CSS-bestanden")} in orde`,
    );
    if (report.legacyHosts.length > 0) console.log(`  oude domeinen (DNS en certificaat nodig): ${report.legacyHosts.join(", ")}`);
    for (const warning of report.warnings) console.warn(`let op: ${warning}`);
    if (report.warnings.length > 0)
      console.warn(
        "  Deze uitvoer is goed voor een voorbeeld, niet voor productie: werkcentrum deploy --production en werkcentrum release weigeren haar.",
      );
    return 0;
  },
};
