import { readFile } from "node:fs/promises";
import { siteProfileSchema, type SiteProfile } from "@werkcentrum/regions";
import { dutchErrors } from "./dutch-errors.js";
import { parseYaml } from "./front-matter.js";
import type { ContentProblem } from "./problem.js";
import { yamlErrorProblems } from "./yaml-errors.js";
import { zodProblems } from "./zod-problems.js";

export interface ReadResult<T> {
  data?: T;
  problems: ContentProblem[];
}

/** Validates the text of a region's `site.yml`. Never throws for bad input: problems come back as data. */
export function parseSiteProfile(file: string, source: string): ReadResult<SiteProfile> {
  const { doc, lines } = parseYaml(source);
  if (doc.errors.length > 0) return { problems: yamlErrorProblems(file, doc.errors, lines, 0) };
  const raw: unknown = doc.toJS() ?? {};
  const result = siteProfileSchema.safeParse(raw, { error: dutchErrors });
  if (result.success) return { data: result.data, problems: [] };
  return { problems: zodProblems(siteProfileSchema, raw, result.error, { file, doc, lines, lineOffset: 0 }) };
}

/** Reads and validates a region's `site.yml`. */
export async function readSiteProfile(file: string): Promise<ReadResult<SiteProfile>> {
  return parseSiteProfile(file, await readFile(file, "utf8"));
}
