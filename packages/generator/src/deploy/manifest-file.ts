import { readFile } from "node:fs/promises";
import { z } from "zod";
import { OutputError } from "../output/errors.js";
import type { Manifest } from "./manifest.js";

/** A manifest.json that cannot be read or is not one: a Dutch message naming the file, printed without a stack trace. */
export class ManifestError extends OutputError {
  override name = "ManifestError";
}

/**
 * A relative file path as the manifest lists it: `/`-separated, no empty, `.` or `..` segment, no backslash or
 * control character. A manifest from a release folder is read as untrusted: it decides which files are linked,
 * copied and verified, so a path must never lead outside the release.
 */
const relativePath = z
  .string()
  .min(1)
  .refine(
    (path) => !/[\\\u0000-\u001f]/.test(path) && path.split("/").every((part) => part !== "" && part !== "." && part !== ".."),
    "geen geldig relatief pad",
  );
/** A host name: lower-case labels of letters, digits and hyphens, at least two of them. */
const hostName = z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, "geen geldige hostnaam");
const hash = z.string().regex(/^[0-9a-f]{64}$/, "geen sha256");

/** The shape of `Manifest` (manifest.ts) as a check; `satisfies` makes the compiler fail when the two drift apart. */
const manifestSchema = z.object({
  version: z.literal(1),
  commit: z.string().nullable(),
  packages: z.record(z.string(), z.string()),
  config: z.record(relativePath, hash),
  hosts: z.record(hostName, z.object({ pages: z.number().int().nonnegative(), sha256: hash, files: z.record(relativePath, hash) })),
  preview: z.array(z.string()).optional(),
}) satisfies z.ZodType<Manifest>;

export interface ManifestFile {
  manifest: Manifest;
  /** The exact bytes: two releases with the same bytes are the same release. */
  bytes: Buffer;
}

/**
 * Reads and checks a `deploy/manifest.json` as untrusted input: `release` and `rollback` read it from a release
 * folder, `deploy --diff` from wherever the hosting team points. A missing or malformed file is a ManifestError.
 */
export async function readManifestFile(file: string): Promise<ManifestFile> {
  let bytes: Buffer;
  let json: unknown;
  try {
    bytes = await readFile(file);
    json = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new ManifestError(`Kan ${file} niet lezen als manifest: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ManifestError(`${file} is geen geldig manifest van werkcentrum deploy: veld ${issue.path.join(".") || "(geheel)"}: ${issue.message}`);
  }
  return { manifest: parsed.data, bytes };
}
