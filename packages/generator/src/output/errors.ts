import { dirname } from "node:path";

/**
 * A problem with the output folder that an editor or the hosting team can act on: a full, read-only or locked
 * disk, or another build that holds the folder. Its message is complete Dutch text for the terminal; the CLI prints
 * only that, never a stack trace (cli.ts).
 */
export class OutputError extends Error {
  override name = "OutputError";
}

/** The file system refuses the output: read-only, no permission, full or over quota. */
export type DiskCode = "EROFS" | "EACCES" | "EPERM" | "ENOSPC" | "EDQUOT";

const REASONS: Record<DiskCode, { reason: string; advice: string }> = {
  ENOSPC: { reason: "de schijf is vol", advice: "Maak ruimte vrij en bouw opnieuw." },
  EDQUOT: { reason: "het schijfquotum is op", advice: "Maak ruimte vrij binnen het quotum, of vraag een groter quotum, en bouw opnieuw." },
  EROFS: { reason: "het bestandssysteem is alleen-lezen", advice: "Maak de schijf beschrijfbaar, of bouw in een andere map (--out <map>)." },
  EACCES: {
    reason: "geen schrijfrechten",
    advice: "Geef de gebruiker die bouwt schrijfrechten op die map, of bouw in een andere map (--out <map>).",
  },
  EPERM: {
    reason: "schrijven is niet toegestaan",
    advice: "Geef de gebruiker die bouwt schrijfrechten op die map, of bouw in een andere map (--out <map>).",
  },
};

/**
 * The same conditions as a child process reports them (Pagefind writes the search index itself and returns only
 * text): the standard strerror texts, which Rust's io::Error uses too.
 */
const TEXTS: [RegExp, DiskCode][] = [
  [/No space left on device/i, "ENOSPC"],
  [/Disk quota exceeded/i, "EDQUOT"],
  [/Read-only file system/i, "EROFS"],
  [/Permission denied/i, "EACCES"],
  [/Operation not permitted/i, "EPERM"],
];

export interface DiskFault {
  code: DiskCode;
  /** The file or folder the system call was about, when the error says. */
  path?: string;
}

/**
 * The disk fault behind `error`, if any: its own `code`, or that of a cause (Eleventy wraps the real error in
 * `cause`, sometimes twice) or of an AggregateError's errors, or else a strerror text in a message.
 */
export function diskFault(error: unknown): DiskFault | undefined {
  const seen = new Set<unknown>();
  const queue = [error];
  let fromText: DiskFault | undefined;
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const { code, path, message, cause, errors } = current as {
      code?: unknown;
      path?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string" && code in REASONS) return { code: code as DiskCode, ...(typeof path === "string" ? { path } : {}) };
    if (!fromText && typeof message === "string") {
      const match = TEXTS.find(([pattern]) => pattern.test(message));
      if (match) fromText = { code: match[1] };
    }
    queue.push(cause, ...(Array.isArray(errors) ? errors : []));
  }
  return fromText;
}

/** The Dutch reason for a disk fault ("de schijf is vol"), for messages outside the build (werkcentrum release). */
export function diskReason(code: DiskCode): string {
  return REASONS[code].reason;
}

/** Where the fault happened, for the message: the folder of the path the system call named, or `fallback`. */
function folderOf(fault: DiskFault, fallback: string): string {
  return fault.path ? dirname(fault.path) : fallback;
}

/**
 * `error` as one Dutch line about `name`'s output (a host, or `deploy`) when it is a disk fault; undefined
 * otherwise. `folder` is where the output was being written; `current` is the published output that stays as it was.
 */
export function outputWriteError(error: unknown, name: string, folder: string, current: string): OutputError | undefined {
  const fault = diskFault(error);
  if (!fault) return undefined;
  const { reason, advice } = REASONS[fault.code];
  return new OutputError(
    `${name}: de uitvoer kan niet worden geschreven in ${folderOf(fault, folder)}: ${reason} (${fault.code}). ` +
      `De vorige uitvoer in ${current} is niet veranderd. ${advice}`,
    { cause: error },
  );
}

/** `error` as one Dutch line about a file of the build's own bookkeeping (the lock, builds.json); undefined otherwise. */
export function stateWriteError(error: unknown, what: string, folder: string): OutputError | undefined {
  const fault = diskFault(error);
  if (!fault) return undefined;
  const { reason, advice } = REASONS[fault.code];
  return new OutputError(`${what} kan niet worden geschreven in ${folderOf(fault, folder)}: ${reason} (${fault.code}). ${advice}`, { cause: error });
}
