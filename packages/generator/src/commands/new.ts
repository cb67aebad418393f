import { join } from "node:path";
import { contentTypes, createContentFile, newContentPath, type ContentType } from "@werkcentrum/content";
import { resolveSite } from "./resolve-site.js";
import { UsageError, type Command } from "./types.js";
import { displayPath } from "../paths.js";

export const newCommand: Command = {
  name: "new",
  usage: `new <soort> --site <slug> --title "…"   maak een nieuw bestand met de datum van vandaag; overschrijft nooit (soort: ${contentTypes.join(", ")})`,
  options: { site: { type: "string" }, title: { type: "string" } },
  async run({ paths, args, options }) {
    const type = args[0];
    if (!type || !(contentTypes as string[]).includes(type)) {
      throw new UsageError(`Kies een soort: werkcentrum new <soort> --site <slug> --title "…". Soorten: ${contentTypes.join(", ")}.`);
    }
    const site = resolveSite(paths, options.site);
    if (!site) throw new UsageError(`Geef de site op met --site <slug>, bijvoorbeeld: werkcentrum new ${type} --site rijnmond --title "…"`);
    if (typeof options.title !== "string" || options.title.trim() === "") throw new UsageError('Geef een titel op met --title "…".');
    const siteDir = join(paths.sitesDir, site.slug);
    const target = displayPath(join(siteDir, "content", newContentPath(type as ContentType, options.title)));
    try {
      const file = await createContentFile(siteDir, type as ContentType, options.title.trim());
      console.log(displayPath(file));
      return 0;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") {
        throw new UsageError(`${target} bestaat al. Kies een andere titel: werkcentrum new overschrijft nooit een bestand.`);
      }
      throw error;
    }
  },
};
