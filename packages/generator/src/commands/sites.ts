import { syncSites } from "../sync.js";
import { UsageError, type Command } from "./types.js";
import { plural } from "../dutch.js";

export const sitesCommand: Command = {
  name: "sites",
  usage: "sites sync   maak ontbrekende sitemappen aan vanuit het regioregister (overschrijft niets)",
  async run({ paths, args }) {
    if (args[0] !== "sync") throw new UsageError("Bedoelt u 'werkcentrum sites sync'?");
    const report = await syncSites(paths);
    for (const file of report.created) console.log(`aangemaakt: sites/${file}`);
    for (const folder of report.unknown) console.warn(`let op: sites/${folder} hoort bij geen enkele site in het register`);
    console.log(`${plural(report.created.length, "bestand", "bestanden")} aangemaakt.`);
    return report.unknown.length > 0 ? 1 : 0;
  },
};
