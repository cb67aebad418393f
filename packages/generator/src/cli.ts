import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ContentError, formatProblem } from "@werkcentrum/content";
import * as commands from "./commands/index.js";
import { UsageError, type Command } from "./commands/types.js";
import { OutputError } from "./output/errors.js";
import { findProjectPaths, type ProjectPaths } from "./paths.js";
import { plural } from "./dutch.js";

const all: Command[] = Object.values(commands);

function usage(): string {
  return [
    "Gebruik: werkcentrum <commando> [opties]",
    "",
    ...all.map((command) => `  ${command.usage}`),
    "",
    "Algemene opties: --out <map> (uitvoermap, standaard dist/ in de projectmap), --help",
  ].join("\n");
}

/** The project's folders; a command that needs none (release, rollback on a server) runs anywhere, with ./dist. */
function projectPaths(command: Command): ProjectPaths {
  try {
    return findProjectPaths();
  } catch (error) {
    if (!command.projectOptional) throw error;
    return { sitesDir: resolve("sites"), outDir: resolve("dist") };
  }
}

export async function main(argv: string[]): Promise<number> {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = Object.assign(
    { out: { type: "string" }, help: { type: "boolean", short: "h" } },
    ...all.map((command) => command.options ?? {}),
  );
  const parsed = parseArgs({ args: argv, allowPositionals: true, options, strict: true });
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const positionals = parsed.positionals;
  const [name, ...args] = positionals;
  if (values.help || !name) {
    console.log(usage());
    return values.help ? 0 : 1;
  }
  const command = all.find((c) => c.name === name);
  if (!command) throw new UsageError(`Onbekend commando '${name}'.\n\n${usage()}`);
  const paths = projectPaths(command);
  if (typeof values.out === "string") paths.outDir = values.out;
  return command.run({ paths, args, options: values });
}

/** The CLI boundary: the only place that prints errors and sets the exit code. */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof ContentError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(`\n${plural(error.problems.length, "probleem", "problemen")} gevonden. Er is niets gepubliceerd.`);
    } else if (error instanceof UsageError || error instanceof OutputError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error((error as Error).message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
