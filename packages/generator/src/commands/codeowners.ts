import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ContentError, readSiteProfile, type ContentProblem } from "@werkcentrum/content";
import { allRegions, buildCodeowners, type CodeownersSite } from "@werkcentrum/regions";
import { displayPath, type ProjectPaths } from "../paths.js";
import { UsageError, type Command } from "./types.js";

/** Every region's editors, read from sites/<slug>/site.yml. Invalid profiles stop the command with all problems. */
async function readEditors(paths: ProjectPaths): Promise<CodeownersSite[]> {
  const sites: CodeownersSite[] = [];
  const problems: ContentProblem[] = [];
  for (const region of allRegions) {
    const file = join(paths.sitesDir, region.slug, "site.yml");
    if (!existsSync(file)) {
      console.warn(`let op: sites/${region.slug}/site.yml ontbreekt; draai 'werkcentrum sites sync'.`);
      sites.push({ slug: region.slug });
      continue;
    }
    const result = await readSiteProfile(file);
    problems.push(...result.problems);
    sites.push({ slug: region.slug, redacteuren: result.data?.redacteuren });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return sites;
}

function defaultOwners(option: string | boolean | undefined): string[] {
  if (option === undefined) return [];
  if (typeof option !== "string" || option.trim() === "")
    throw new UsageError("Geef bij --default-owner een of meer eigenaren, bijvoorbeeld @organisatie/beheer.");
  return option
    .split(",")
    .map((owner) => owner.trim())
    .filter(Boolean);
}

export const codeownersCommand: Command = {
  name: "codeowners",
  usage:
    "codeowners [--check] [--default-owner <@org/team,...>]   schrijf .github/CODEOWNERS uit de redacteuren in elke site.yml (--check: controleer alleen)",
  options: { check: { type: "boolean" }, "default-owner": { type: "string" } },
  async run({ paths, options }) {
    const owners = defaultOwners(options["default-owner"]);
    const sites = await readEditors(paths);
    let text: string;
    try {
      text = buildCodeowners(sites, { defaultOwners: owners });
    } catch (error) {
      // Editors were validated with the profiles, so only a wrong --default-owner can fail here.
      throw new UsageError(`Ongeldige --default-owner '${owners.join(",")}': schrijf @gebruiker of @organisatie/team.`, { cause: error });
    }
    const root = dirname(paths.sitesDir);
    const target = join(root, ".github", "CODEOWNERS");
    const shown = displayPath(target);
    const current = existsSync(target) ? await readFile(target, "utf8") : undefined;
    if (options.check) {
      if (current === text) {
        console.log(`✓ ${shown} is actueel.`);
        return 0;
      }
      console.error(
        `✗ ${shown} ${current === undefined ? "ontbreekt" : "is verouderd"}. Draai 'npx werkcentrum codeowners' met dezelfde --default-owner.`,
      );
      return 1;
    }
    if (current === text) {
      console.log(`${shown} is al actueel.`);
      return 0;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    const owned = sites.filter((site) => (site.redacteuren ?? []).length > 0).length;
    console.log(`${shown} geschreven: ${owned} van de ${sites.length} regio's hebben eigen redacteuren.`);
    return 0;
  },
};
