import { inspect } from "node:util";
import { ContentError, type ContentProblem, type SiteFiles } from "@werkcentrum/content";
import type { SiteProfile } from "@werkcentrum/regions";
import type { BuildReason } from "./build-all.js";
import { buildSite, type BuildResult } from "./build.js";
import type { Evidence } from "./evidence/schema.js";
import { OutputError } from "./output/errors.js";
import type { ProjectPaths } from "./paths.js";
import { getSite } from "./sites.js";

// One site's build as a job that crosses to a builder thread and back: what build-all.ts sends, what
// build-worker.ts runs. Kept apart from build-all.ts so the worker bundle does not import the scheduler's modules.

/**
 * What went wrong in one site's build, in a form that crosses a thread boundary. `plain` marks a complete Dutch
 * message that needs no stack trace (an OutputError: a full or read-only disk).
 */
export type Failure = { host: string; problems: ContentProblem[] } | { host: string; message: string; plain?: true };

/** A failed build's error as a Failure: its content problems, an OutputError's message, or the error with its stack and causes. */
export function failureOf(host: string, error: unknown): Failure {
  if (error instanceof ContentError) return { host, problems: error.problems };
  if (error instanceof OutputError) return { host, message: error.message, plain: true };
  // inspect, not message: Eleventy wraps the real error in `cause`.
  return { host, message: inspect(error, { depth: 4 }) };
}

/** One site to build, and how (buildSite's options that cross to a builder thread). */
export interface BuildJob {
  slug: string;
  files: SiteFiles;
  date: string;
  reason: BuildReason;
  /** The landing site's: each region's published profile (Maps cross a thread boundary). */
  regionProfiles?: Map<string, SiteProfile | undefined>;
  /** The host's test results, when the build publishes them. */
  evidence?: Evidence;
}

/** Messages between this thread and a builder thread (build-worker.ts). */
export type ToWorker = BuildJob | { done: true };
/** What a builder reports of a site it built; everything in it crosses a thread boundary. */
export type Built = Pick<BuildResult, "pages" | "warnings" | "milliseconds" | "date" | "window" | "profile" | "changedFiles">;
export type FromWorker = { ready: true } | { slug: string; ok: true; result: Built } | { slug: string; ok: false; failure: Failure };

/** buildSite for a job: a site built because of the date only lists the files that changed. */
export async function runJob(job: BuildJob, paths: ProjectPaths): Promise<Built> {
  const site = getSite(job.slug);
  if (!site) throw new Error(`Onbekende site '${job.slug}'.`);
  const { pages, warnings, milliseconds, date, window, profile, changedFiles } = await buildSite(site, paths, {
    files: job.files,
    date: job.date,
    regionProfiles: job.regionProfiles,
    evidence: job.evidence,
    compare: job.reason === "date",
  });
  return { pages, warnings, milliseconds, date, window, profile, ...(changedFiles ? { changedFiles } : {}) };
}
