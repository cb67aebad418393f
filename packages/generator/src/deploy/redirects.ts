import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { dutchErrors, type ContentProblem } from "@werkcentrum/content";
import { claimedDomain, LANDING_HOST, siteProfileSchema } from "@werkcentrum/regions";
import { z } from "zod";
import type { ProjectPaths } from "../paths.js";
import { allSites, type SiteDefinition } from "../sites.js";
import { reservedFor } from "./nginx.js";
import { addressKey, parseSource, parseTarget, type Address } from "./redirect-address.js";
import { problemAt, readLocatedYaml, unexpectedProblem, zodProblems, type LocatedYaml } from "./yaml-problems.js";

/** The file in a site folder that lists its legacy addresses. */
export const REDIRECTS_FILE = "redirects.yml";

/** One permanent redirect: an old address to a page on the site itself or on the landing site. */
export interface Redirect {
  /** Position (0-based) and line of the entry in the redirects file. */
  index: number;
  line: number;
  from: Address;
  to: Address;
}

export interface SiteRedirects {
  site: SiteDefinition;
  file: string;
  redirects: Redirect[];
}

interface Result<T> {
  data: T;
  problems: ContentProblem[];
}

const entrySchema = z.strictObject(
  {
    van: z
      .string({ error: "Vul bij van het oude adres in." })
      .min(1, "Vul bij van het oude adres in.")
      .describe("Het oude adres: een pad op deze site (/oude-pagina) of een oud domein (https://www.oude-site.nl/)."),
    naar: z
      .string({ error: "Vul bij naar het nieuwe adres in." })
      .min(1, "Vul bij naar het nieuwe adres in.")
      .describe("Het nieuwe adres: een pagina op deze site (/nieuwe-pagina/) of op werkcentrum.nl."),
  },
  { error: "Elke doorverwijzing heeft precies twee velden: van en naar." },
);
/** What redirects.yml holds; also the source of schemas/redirects.json, the schema VS Code uses (.vscode/settings.json). */
export const redirectsFileSchema = z
  .array(entrySchema, { error: "Het bestand is een lijst: zet voor elke doorverwijzing '- van: …' met daaronder 'naar: …'." })
  .nullable();

const allHosts: ReadonlySet<string> = new Set(allSites.map((site) => site.host));

/** Whether a built site answers `path` with a page (a folder counts: nginx redirects it to `path/`). */
export function pageExists(outputDir: string, path: string): boolean {
  const target = join(outputDir, path);
  return path.endsWith("/") ? existsSync(join(target, "index.html")) : existsSync(target);
}

/**
 * Reads and checks one site's `redirects.yml`: every address well-formed, no open redirect, no loop, no chain,
 * no address listed twice. With `outputDir` (the built site) also: no redirect away from an existing page, and
 * every target on the site exists. A site without the file has no redirects.
 */
export async function readSiteRedirects(site: SiteDefinition, sitesDir: string, outputDir?: string): Promise<Result<SiteRedirects>> {
  const file = join(sitesDir, site.slug, REDIRECTS_FILE);
  const data: SiteRedirects = { site, file, redirects: [] };
  if (!existsSync(file)) return { data, problems: [] };
  const { yaml, problems } = await readLocatedYaml(file);
  if (!yaml) return { data, problems };
  const parsed = redirectsFileSchema.safeParse(yaml.doc.toJS(), { error: dutchErrors });
  if (!parsed.success) return { data, problems: zodProblems(yaml, parsed.error.issues) };

  const found: ContentProblem[] = [];
  (parsed.data ?? []).forEach((entry, index) => {
    const redirect = parseEntry(yaml, index, entry, site.host, found);
    if (redirect) data.redirects.push(redirect);
  });
  found.push(...relationProblems(yaml, data.redirects));
  if (outputDir) found.push(...outputProblems(yaml, data.redirects, site.host, outputDir));
  return { data, problems: found };
}

function parseEntry(yaml: LocatedYaml, index: number, entry: { van: string; naar: string }, ownHost: string, problems: ContentProblem[]) {
  const from = parseSource(entry.van, ownHost, allHosts);
  const to = parseTarget(entry.naar, ownHost);
  if ("error" in from) problems.push(problemAt(yaml, [index, "van"], from.error));
  if ("error" in to) problems.push(problemAt(yaml, [index, "naar"], to.error));
  if ("error" in from || "error" in to) return undefined;
  const reserved = from.address.host === ownHost ? reservedFor(from.address.path) : undefined;
  if (reserved) {
    const what = reserved.prefix ? `Adressen die beginnen met ${reserved.path}` : reserved.path;
    const verbs = reserved.prefix
      ? "horen bij de website zelf (de webserver gebruikt ze al) en kunnen"
      : "hoort bij de website zelf (de webserver gebruikt dit adres al) en kan";
    problems.push(problemAt(yaml, [index, "van"], `${what} ${verbs} niet worden doorverwezen.`));
    return undefined;
  }
  const line = yaml.lines.linePos((yaml.doc.getIn([index], true) as { range?: [number] } | undefined)?.range?.[0] ?? 0).line;
  return { line, index, from: from.address, to: to.address };
}

/** Loops (an address to itself), duplicates and chains (a target that is itself redirected) within one file. */
function relationProblems(yaml: LocatedYaml, redirects: Redirect[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstBySource = new Map<string, Redirect>();
  for (const redirect of redirects) {
    const { index } = redirect;
    const source = addressKey(redirect.from);
    const earlier = firstBySource.get(source);
    if (earlier)
      problems.push(problemAt(yaml, [index, "van"], `Dit oude adres staat al op regel ${earlier.line}. Een adres kan maar naar één plek leiden.`));
    else firstBySource.set(source, redirect);
    if (addressKey(redirect.to) === source) problems.push(problemAt(yaml, [index, "naar"], "Deze doorverwijzing leidt naar zichzelf."));
  }
  for (const redirect of redirects) {
    const next = firstBySource.get(addressKey(redirect.to));
    if (next && next !== redirect) {
      problems.push(
        problemAt(
          yaml,
          [redirect.index, "naar"],
          `Dit nieuwe adres wordt zelf weer doorverwezen (regel ${next.line}). Verwijs meteen naar het eindadres.`,
        ),
      );
    }
  }
  return problems;
}

/** Checks against the built site: an existing page is never redirected away, and a target on the site exists. */
function outputProblems(yaml: LocatedYaml, redirects: Redirect[], ownHost: string, outputDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const redirect of redirects) {
    const { index } = redirect;
    if (redirect.from.host === ownHost && pageExists(outputDir, redirect.from.path)) {
      problems.push(
        problemAt(
          yaml,
          [index, "van"],
          `${redirect.from.path} is een bestaande pagina van deze site; een doorverwijzing zou die pagina onbereikbaar maken.`,
        ),
      );
    }
    if (redirect.to.host === ownHost && !pageExists(outputDir, redirect.to.path)) {
      problems.push(problemAt(yaml, [index, "naar"], `De pagina ${redirect.to.path} bestaat niet op deze site.`));
    }
  }
  return problems;
}

/** A site's claim on an old domain: a legacy host in its redirects.yml, or the host of `bestaandeWebsite` in site.yml. */
export interface DomainClaim {
  site: SiteDefinition;
  host: string;
  /** Where the claim is written, for the problem. */
  file: string;
  line: number;
  column: number;
  field: string;
}

/** The host of `bestaandeWebsite.url` in a site's site.yml, when the file is valid (its own check reports otherwise). */
async function websiteClaim(site: SiteDefinition, sitesDir: string): Promise<DomainClaim | undefined> {
  const file = join(sitesDir, site.slug, "site.yml");
  if (!existsSync(file)) return undefined;
  const { yaml } = await readLocatedYaml(file);
  const profile = yaml ? siteProfileSchema.safeParse(yaml.doc.toJS() ?? {}) : undefined;
  const url = profile?.success ? profile.data.bestaandeWebsite?.url : undefined;
  if (!yaml || !url) return undefined;
  const { line, column, field } = problemAt(yaml, ["bestaandeWebsite", "url"], "");
  return { site, host: new URL(url).hostname, file, line, column, field };
}

/** Every site's claims on old domains, in site order, from both files. */
export async function domainClaims(entries: readonly SiteRedirects[], sitesDir: string): Promise<DomainClaim[]> {
  const claims: DomainClaim[] = [];
  for (const entry of entries) {
    const website = await websiteClaim(entry.site, sitesDir);
    if (website) claims.push(website);
    for (const redirect of entry.redirects.filter((r) => r.from.host !== entry.site.host)) {
      claims.push({ site: entry.site, host: redirect.from.host, file: entry.file, line: redirect.line, column: 1, field: `${redirect.index}.van` });
    }
  }
  return claims;
}

/**
 * An old domain belongs to one region: when two sites claim one (`www.` or not), each file that does gets a
 * problem at its first claim, naming the other site and where it claims it.
 */
export function claimProblems(claims: readonly DomainClaim[]): ContentProblem[] {
  const byDomain = new Map<string, DomainClaim[]>();
  for (const claim of claims) byDomain.set(claimedDomain(claim.host), [...(byDomain.get(claimedDomain(claim.host)) ?? []), claim]);
  const problems: ContentProblem[] = [];
  for (const domainClaims of byDomain.values()) {
    if (new Set(domainClaims.map((claim) => claim.site)).size < 2) continue;
    const firstPerFile: DomainClaim[] = [];
    for (const claim of domainClaims) if (!firstPerFile.some((first) => first.file === claim.file)) firstPerFile.push(claim);
    for (const claim of firstPerFile) {
      const others = firstPerFile
        .filter((other) => other.site !== claim.site)
        .map((other) => `${other.site.title} (sites/${other.site.slug}/${basename(other.file)}, regel ${other.line})`);
      problems.push({
        file: claim.file,
        line: claim.line,
        column: claim.column,
        field: claim.field,
        message: `Het oude domein ${claim.host} staat ook bij ${[...new Set(others)].join(" en ")}. Een oud domein hoort bij één regio: spreek af welke regio het houdt en haal het bij de andere weg (DEPLOY.md, hoofdstuk 8).`,
        severity: "error",
      });
    }
  }
  return problems;
}

/**
 * Every site's redirects, checked per site and across sites: an old domain (in redirects.yml or as
 * `bestaandeWebsite` in site.yml) belongs to one region only, and a redirect to the landing site must not land on
 * an address the landing site itself redirects. With `outputRoot` (the folder with one folder per host) the pages
 * are checked as well, including targets on the landing site.
 */
export async function readAllRedirects(
  paths: ProjectPaths,
  sites: readonly SiteDefinition[] = allSites,
  outputRoot?: string,
): Promise<Result<SiteRedirects[]>> {
  // One file that trips the program never stops the check of the others.
  const results = await Promise.all(
    sites.map((site) =>
      readSiteRedirects(site, paths.sitesDir, outputRoot && existsSync(join(outputRoot, site.host)) ? join(outputRoot, site.host) : undefined).catch(
        (error: unknown): Result<SiteRedirects> => {
          const file = join(paths.sitesDir, site.slug, REDIRECTS_FILE);
          return { data: { site, file, redirects: [] }, problems: [unexpectedProblem(file, error)] };
        },
      ),
    ),
  );
  const data = results.map((result) => result.data);
  const problems = results.flatMap((result) => result.problems);
  problems.push(...claimProblems(await domainClaims(data, paths.sitesDir)));
  const landing = data.find((entry) => entry.site.host === LANDING_HOST);
  const landingSources = new Map(landing?.redirects.map((redirect) => [addressKey(redirect.from), redirect]) ?? []);
  for (const entry of data) {
    for (const redirect of entry.redirects) {
      const at = (message: string): ContentProblem => ({ file: entry.file, line: redirect.line, column: 1, field: "", message, severity: "error" });
      if (entry.site.host !== LANDING_HOST && redirect.to.host === LANDING_HOST) {
        const next = landingSources.get(addressKey(redirect.to));
        if (next)
          problems.push(
            at(
              `${redirect.to.path} op ${LANDING_HOST} wordt zelf weer doorverwezen (sites/${landing!.site.slug}/${REDIRECTS_FILE}, regel ${next.line}). Verwijs meteen naar het eindadres.`,
            ),
          );
        const landingOutput = outputRoot ? join(outputRoot, LANDING_HOST) : undefined;
        if (!next && landingOutput && existsSync(landingOutput) && !pageExists(landingOutput, redirect.to.path)) {
          problems.push(at(`De pagina ${redirect.to.path} bestaat niet op ${LANDING_HOST}.`));
        }
      }
    }
  }
  return { data, problems };
}
