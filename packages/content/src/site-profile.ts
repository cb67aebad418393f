import { readFile } from "node:fs/promises";
import { landingProfileSchema, siteProfileSchema, type LandingProfile, type SiteProfile } from "@werkcentrum/regions";
import type { z } from "zod";
import { dutchErrors } from "./dutch-errors.js";
import { parseEditorYaml, readEditorText } from "./editor-text.js";
import { placeholderFieldProblems } from "./placeholder.js";
import { unreadableFileProblem, type ContentProblem } from "./problem.js";
import { zodProblems } from "./zod-problems.js";

export interface ReadResult<T> {
  data?: T;
  problems: ContentProblem[];
}

/** Validates a region's `site.yml` from its bytes (or text). Never throws for bad input: problems come back as data. */
export function parseSiteProfile(file: string, input: string | Uint8Array): ReadResult<SiteProfile> {
  return parseProfile(siteProfileSchema, file, input);
}

/** Validates the landing site's `site.yml` (werkcentrum.nl: who answers for it, privacy, accessibility, contact). */
export function parseLandingProfile(file: string, input: string | Uint8Array): ReadResult<LandingProfile> {
  return parseProfile(landingProfileSchema, file, input);
}

function parseProfile<S extends z.ZodType>(schema: S, file: string, input: string | Uint8Array): ReadResult<z.infer<S>> {
  const { text, problems: textProblems } = readEditorText(input, file);
  if (text === undefined) return { problems: textProblems };
  const { doc, lines, problems } = parseEditorYaml(text, file);
  if (problems.length > 0) return { problems: [...textProblems, ...problems] };
  const raw: unknown = doc.toJS() ?? {};
  const yaml = { file, doc, lines, lineOffset: 0 };
  const placeholders = placeholderFieldProblems(raw, yaml);
  const result = schema.safeParse(raw, { error: dutchErrors });
  if (result.success && placeholders.length === 0) return { data: result.data, problems: textProblems };
  return { problems: [...textProblems, ...placeholders, ...(result.success ? [] : zodProblems(schema, raw, result.error, yaml))] };
}

/** Reads and validates a region's `site.yml`. */
export async function readSiteProfile(file: string): Promise<ReadResult<SiteProfile>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    // A folder named site.yml, or no permission: a message for the editor, never a stack trace.
    return { problems: [unreadableFileProblem(file, error)] };
  }
  return parseSiteProfile(file, bytes);
}
