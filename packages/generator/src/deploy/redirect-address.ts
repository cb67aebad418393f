import { addressProblem, isWerkcentrumHost, LANDING_HOST } from "@werkcentrum/regions";

/** An address on a host: the decoded path (what nginx matches on) and, for targets, a `#fragment`. */
export interface Address {
  host: string;
  path: string;
  fragment: string;
}

export type Parsed = { address: Address } | { error: string };

/**
 * The characters a decoded path may have: letters, digits and marks of any script, and `- . _ ~ ! & ( ) * + , = :
 * @ % /`. Everything nginx would read as syntax or that needs escaping in its configuration is left out: quotes,
 * `\`, `$` (variables), `{ } ;`, spaces and every other white space, control and format character, and `?` and `#`,
 * which a location can never match. Paths are checked after percent-decoding, because nginx matches the decoded
 * path: `%24` is a `$` to nginx.
 */
const PATH = /^[\p{L}\p{N}\p{M}\-._~!&()*+,=:@%/]+$/u;
const HOST = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

/**
 * The longest address, written out as nginx gets it (`https://host/path`, percent-encoded). nginx refuses a
 * configuration word of 4,096 bytes or more (`too long parameter`), which would stop every site; no real old
 * address comes near this.
 */
export const MAX_ADDRESS_LENGTH = 2000;

/** A path as an editor wrote it: starts with one `/`, percent-encoded where needed, nothing nginx would misread. */
export function parsePath(raw: string): { path: string } | { error: string } {
  if (!raw.startsWith("/") || raw.startsWith("//")) return { error: "Begin een pad met één schuine streep, bijvoorbeeld /werkgevers/." };
  if (/\s/.test(raw)) return { error: "Een adres mag geen spaties bevatten." };
  if (raw.includes("?")) return { error: "Het deel na het vraagteken (?…) kan niet worden doorverwezen; laat het weg." };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { error: "Het adres bevat een ongeldige %-code." };
  }
  if (!PATH.test(path)) {
    const bad = [...path].find((char) => !PATH.test(char)) ?? "";
    const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(bad)
      ? `'${bad}'`
      : `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} (een spatie of onzichtbaar teken)`;
    return {
      error: `Het adres bevat het teken ${shown}, ook als %-code niet toegestaan in een doorverwijzing. Gebruik letters, cijfers en - . _ ~ ! & ( ) * + , = : @ /.`,
    };
  }
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return { error: "Het pad mag geen . of .. als deel bevatten." };
  if (path.includes("//")) return { error: "Het pad mag geen twee schuine strepen achter elkaar bevatten." };
  return { path };
}

/** An absolute http(s) URL without user, port or query; undefined when `raw` is not such a URL. */
function parseAbsolute(raw: string): { url: URL } | { error: string } | undefined {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: "Dit is geen geldig webadres." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { error: "Gebruik een webadres dat begint met https://." };
  if (url.username || url.password || url.port) return { error: "Een webadres met gebruikersnaam of poortnummer kan niet worden doorverwezen." };
  if (url.search) return { error: "Het deel na het vraagteken (?…) kan niet worden doorverwezen; laat het weg." };
  if (!HOST.test(url.hostname) || /^[\d.]+$/.test(url.hostname)) return { error: `'${url.hostname}' is geen geldige domeinnaam.` };
  return { url };
}

/**
 * The old address of a redirect (`van`): a path on the site's own host, or a full URL on a legacy host (the
 * region's old WerkgeversServicepunt, Leerwerkloket or RMT site, once its DNS points to this server). A URL on
 * another Werkcentrum host is refused: that host belongs to another site.
 */
export function parseSource(raw: string, ownHost: string, knownHosts: ReadonlySet<string>): Parsed {
  const problem = addressProblem(raw, ["https", "http", "path"]);
  if (problem) return { error: problem };
  const absolute = parseAbsolute(raw);
  if (absolute && "error" in absolute) return absolute;
  if (absolute) {
    const host = absolute.url.hostname;
    if (absolute.url.hash) return { error: "Het deel na het hekje (#…) komt nooit bij de server aan; laat het weg." };
    if (host !== ownHost && knownHosts.has(host))
      return { error: `${host} is een andere Werkcentrum-site; zet deze doorverwijzing in het bestand van die site.` };
    if (host !== ownHost && isWerkcentrumHost(host)) {
      return {
        error: `${host} hoort bij ${LANDING_HOST} zelf (${LANDING_HOST}, www.${LANDING_HOST} en alles eronder) en kan geen oud domein van een regio zijn.`,
      };
    }
    const parsed = parsePath(absolute.url.pathname);
    return "error" in parsed ? parsed : checked({ host, path: parsed.path, fragment: "" });
  }
  const parsed = parsePath(raw);
  return "error" in parsed ? parsed : checked({ host: ownHost, path: parsed.path, fragment: "" });
}

/** An address that nginx can take as one word of its configuration. */
function checked(address: Address): Parsed {
  const length = addressUrl(address).length;
  if (length > MAX_ADDRESS_LENGTH) {
    return {
      error: `Dit adres is te lang: ${length} tekens, voluit geschreven en met %-codes. Een doorverwijzing kan hoogstens ${MAX_ADDRESS_LENGTH} tekens aan.`,
    };
  }
  return { address };
}

const OPEN_REDIRECT = `Een doorverwijzing mag alleen naar deze site leiden (een pad dat met / begint) of naar https://${LANDING_HOST}/.`;

/**
 * The new address (`naar`): a path on the site's own host, or a page on the national landing site. Any other
 * host is refused, so a redirects file can never send visitors to a site outside the Werkcentrum (no open
 * redirect).
 */
export function parseTarget(raw: string, ownHost: string): Parsed {
  const [beforeHash = "", ...rest] = raw.split("#");
  const fragment = rest.length > 0 ? `#${rest.join("#")}` : "";
  if (fragment && !/^#[A-Za-z0-9\-._~]*$/.test(fragment))
    return { error: "Het deel na het hekje (#…) mag alleen letters, cijfers en - . _ ~ bevatten." };
  const problem = addressProblem(raw, ["https", "path"]);
  if (problem) return { error: problem.startsWith("Een link met") || problem.startsWith("Een link die met //") ? OPEN_REDIRECT : problem };
  const absolute = parseAbsolute(beforeHash);
  if (absolute && "error" in absolute) return { error: absolute.error.startsWith("Gebruik") ? OPEN_REDIRECT : absolute.error };
  if (absolute) {
    const host = absolute.url.hostname;
    if (host !== ownHost && host !== LANDING_HOST) return { error: OPEN_REDIRECT };
    if (absolute.url.protocol !== "https:") return { error: "Gebruik https:// in plaats van http://." };
    const parsed = parsePath(absolute.url.pathname);
    return "error" in parsed ? parsed : checked({ host, path: parsed.path, fragment });
  }
  if (beforeHash.startsWith("//") || beforeHash.startsWith("/\\")) return { error: OPEN_REDIRECT };
  if (!beforeHash.startsWith("/")) return { error: OPEN_REDIRECT };
  const parsed = parsePath(beforeHash);
  return "error" in parsed ? parsed : checked({ host: ownHost, path: parsed.path, fragment });
}

/** The absolute https URL of an address, percent-encoded again for the Location header. */
export function addressUrl(address: Address): string {
  return `https://${address.host}${encodeURI(address.path)}${address.fragment}`;
}

/** Identity of an address for loop, chain and duplicate checks (the fragment never reaches the server). */
export function addressKey(address: Address): string {
  return `${address.host}${address.path}`;
}
