import type { ProjectPaths } from "../paths.js";

/** The parsed command line: `werkcentrum <name> [sub] [--option value]`. */
export interface CommandContext {
  paths: ProjectPaths;
  /** Positional arguments after the command name. */
  args: string[];
  /** Options, by long name. Every option is a string or a boolean flag. */
  options: Record<string, string | boolean | undefined>;
}

/** One CLI command. Each command lives in its own file in this folder and is listed in `index.ts`. */
export interface Command {
  name: string;
  /** One Dutch line for the usage text. */
  usage: string;
  /** Options this command accepts, merged into the CLI's option parser. */
  options?: Record<string, { type: "string" | "boolean" }>;
  /** Runs outside a project folder too (no sites/): the output folder is then --out, or ./dist. */
  projectOptional?: boolean;
  /** Returns the process exit code. Throws UsageError for a wrong call; other errors go to the CLI boundary. */
  run(context: CommandContext): Promise<number>;
}

/** A wrong call of the CLI: printed as is, without a stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}
