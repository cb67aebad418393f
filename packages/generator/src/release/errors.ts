import { OutputError } from "../output/errors.js";

/**
 * `werkcentrum release` or `rollback` refuses: complete Dutch text for the hosting team, printed without a stack
 * trace (an OutputError, so the CLI boundary in cli.ts prints only the message). Whenever one is thrown, `current`
 * and the installed nginx configuration are as they were before the command.
 */
export class ReleaseError extends OutputError {
  override name = "ReleaseError";
}
