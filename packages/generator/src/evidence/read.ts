import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { dutchErrors } from "@werkcentrum/content";
import { evidenceSchema, type Evidence } from "./schema.js";

/** A folder of evidence files that cannot be used; the message names each file and field, in Dutch. */
export class EvidenceError extends Error {
  override name = "EvidenceError";
}

/** One host's evidence as read, with the hash of its file: a new file rebuilds the host (fingerprint.ts). */
export interface HostEvidence {
  evidence: Evidence;
  hash: string;
}

/** Larger than any real file (about 1 kB per page): a bound on what the build reads into memory. */
const MAX_BYTES = 50 * 1024 * 1024;

/** The evidence file of a host in `dir`, as e2e/lib/evidence.mjs names it. */
export const evidenceFile = (dir: string, host: string): string => join(dir, `${host}.json`);

/**
 * Reads and validates `<dir>/<host>.json` for each of `hosts` that has one. A host without a file gets no
 * results page. Throws an EvidenceError listing every problem (file, field, what is wrong) when the folder is
 * missing, holds no file for any of the hosts, or a file is not valid: a build never publishes half-read results.
 */
export async function readEvidence(dir: string, hosts: readonly string[]): Promise<Map<string, HostEvidence>> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new EvidenceError(`De map met testresultaten ${dir} bestaat niet. Maak hem met: node e2e/run.mjs --dist dist --evidence ${dir}`);
  const found = new Map<string, HostEvidence>();
  const problems: string[] = [];
  for (const host of hosts) {
    const file = evidenceFile(dir, host);
    if (!existsSync(file)) continue;
    if (statSync(file).size > MAX_BYTES) {
      problems.push(`${file}: het bestand is groter dan ${MAX_BYTES / 1024 / 1024} MB.`);
      continue;
    }
    const bytes = await readFile(file);
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      problems.push(`${file}: dit is geen geldige JSON (${(error as Error).message}).`);
      continue;
    }
    const parsed = evidenceSchema.safeParse(data, { error: dutchErrors });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}, veld ${issue.path.join(".") || "(het hele bestand)"}: ${issue.message}`);
      continue;
    }
    if (parsed.data.host !== host) {
      problems.push(`${file}, veld host: er staat ${parsed.data.host}, maar het bestand hoort bij ${host}.`);
      continue;
    }
    found.set(host, { evidence: parsed.data, hash: createHash("sha256").update(bytes).digest("hex") });
  }
  if (problems.length > 0) throw new EvidenceError(`De testresultaten in ${dir} kloppen niet:\n${problems.join("\n")}`);
  if (found.size === 0)
    throw new EvidenceError(
      `In ${dir} staan geen testresultaten van de sites die worden gebouwd (bestanden als ${hosts[0] ?? "werkcentrum.nl"}.json).`,
    );
  return found;
}
