import { join } from "node:path";
import { OPEN_DATA_DIR } from "../pages/open-data.js";
import { SEARCH_URL } from "../pages/search.js";
import { regionSearchIndexPath, SEARCH_INDEX_DIR } from "../pages/search-index.js";
import { allSites, landingSite } from "../sites.js";
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, HASHED_ASSET_NGINX_REGEX } from "./headers.js";
import { addressUrl, type Address } from "./redirect-address.js";
import type { Redirect, SiteRedirects } from "./redirects.js";
import { SECURITY_TXT_PATH } from "./security-txt.js";

/**
 * The nginx configuration for all sites, as text. Pure functions: the same plan and options give the same bytes,
 * so the configuration the real-server test runs is the one production gets (only listen lines, paths and TLS
 * differ). Server names come from the region registry and from validated redirects files: an explicit list,
 * never a regular expression, so a host nobody configured reaches the refusing default server.
 */

/** The snippets every server block includes, written next to the configuration by `werkcentrum deploy`. */
export const SNIPPETS = {
  securityHeaders: "security-headers.conf",
  contentTypes: "content-types.conf",
  searchSecurityHeaders: "search-security-headers.conf",
  adminSecurityHeaders: "admin-security-headers.conf",
} as const;

/** Where each site serves its web editor (Decap CMS) when deploy.yml has `web-editor`. */
export const ADMIN_PATH = "/admin/";

/** One site nginx serves from a folder. */
export interface SiteServer {
  host: string;
  /** Folder with the built site. */
  root: string;
  /** Redirects for addresses on this host, with the file they come from. */
  redirects: readonly Redirect[];
  redirectsFile?: string;
  /**
   * Other sites' search indexes this server serves as well, each from that site's folder: werkcentrum.nl serves every
   * region's under `/zoeken/regio/<slug>/`, so its search merges them without leaving its own origin (search-index.ts).
   */
  searchIndexes?: readonly { path: string; dir: string }[];
}

/** A legacy host (an old WSP, Leerwerkloket or RMT domain) that only redirects into one region's site. */
export interface LegacyServer {
  host: string;
  /** Where any address not listed goes: the home page of the region that claimed the host. */
  fallback: string;
  redirects: readonly Redirect[];
  redirectsFile: string;
}

export interface ServerPlan {
  sites: SiteServer[];
  legacy: LegacyServer[];
}

/** The servers for a document root (`<root>/<host>/` per site) and the sites' validated redirects. */
export function planServers(root: string, siteRedirects: readonly SiteRedirects[]): ServerPlan {
  const byHost = new Map(siteRedirects.map((entry) => [entry.site.host, entry]));
  const sites = allSites.map((site): SiteServer => {
    const entry = byHost.get(site.host);
    const redirects = entry?.redirects.filter((redirect) => redirect.from.host === site.host) ?? [];
    const searchIndexes =
      site.kind === "landing"
        ? allSites
            .filter((other) => other.kind === "region")
            .map((region) => ({ path: regionSearchIndexPath(region.slug), dir: join(root, region.host, SEARCH_INDEX_DIR) }))
        : [];
    return {
      host: site.host,
      root: join(root, site.host),
      redirects,
      ...(redirects.length > 0 ? { redirectsFile: entry!.file } : {}),
      ...(searchIndexes.length > 0 ? { searchIndexes } : {}),
    };
  });
  const legacy = new Map<string, LegacyServer>();
  for (const entry of siteRedirects) {
    for (const redirect of entry.redirects.filter((r) => r.from.host !== entry.site.host)) {
      const server = legacy.get(redirect.from.host) ?? {
        host: redirect.from.host,
        fallback: `https://${entry.site.host}/`,
        redirects: [],
        redirectsFile: entry.file,
      };
      legacy.set(redirect.from.host, { ...server, redirects: [...server.redirects, redirect] });
    }
  }
  return { sites, legacy: [...legacy.values()].sort((a, b) => (a.host < b.host ? -1 : 1)) };
}

export interface RenderOptions {
  /** `listen` parameters of the site servers, for example `127.0.0.1:8080` or `443 ssl` and `[::]:443 ssl`. */
  listen: readonly string[];
  /** Folder holding the snippets (SNIPPETS). */
  confDir: string;
  /** Production only: the TLS include of a server, and the plain-HTTP listens that redirect to HTTPS. */
  tls?: { include: (host: string, legacy: boolean) => string; httpListen: readonly string[] };
  /** Emit `brotli_static on;` (needs the ngx_brotli module) instead of a comment. */
  brotli?: boolean;
  /** The access log every server block writes, in the privacy format (LOG_FORMAT); default DEFAULT_ACCESS_LOG. */
  accessLog?: string;
  /** deploy.yml has `web-editor`: serve /admin/ with its own policy (SNIPPETS.adminSecurityHeaders). */
  webEditor?: boolean;
}

/** Where production writes the access log; logrotate rotates it (DEPLOY.md). */
export const DEFAULT_ACCESS_LOG = "/var/log/nginx/werkcentrum.access.log";
/**
 * Days the access and error logs are kept: the logrotate rule in dist/deploy/ (`logrotate.ts`) keeps no more, and
 * every site's privacy page (pages/legal.ts) promises no more. One number, so the promise and the server agree.
 */
export const LOG_RETENTION_DAYS = 14;
/** The name of the privacy-keeping log format, and of the variables it and the headers use. */
export const LOG_FORMAT = "werkcentrum_privacy";
/** Where `index` sends a folder without index.html (an internal location that answers 404). */
export const NO_INDEX = "/.werkcentrum-no-index";
/** What `Allow` says on a 405: the static files answer GET and HEAD only. */
export const ALLOWED_METHODS = "GET, HEAD";

/**
 * Directives for the http context, at the top of the generated file (it is included inside `http {}`):
 * - `$werkcentrum_client`: the client address truncated to its network, IPv4 to /24 (`192.0.2.0`) and IPv6 to
 *   /48 (`2001:db8:1::`); anything else (a Unix socket, `::1`, a v4-mapped address) becomes `-`. The access log
 *   never holds a full address (DEPLOY.md, "Logs and privacy").
 * - `$werkcentrum_path`: the path as requested, without the query string.
 * - the log format: no full client address, no query string, no Referer, no User-Agent.
 * - `$werkcentrum_allow`: the `Allow` header value on 405 answers only (an empty value adds no header).
 * Every name, capture names included, starts with `werkcentrum_`: nginx makes each named capture a variable of
 * the whole request, which must not clash with the hosting team's own.
 */
export function renderHttpContext(): string[] {
  const hex = "[0-9a-fA-F]{1,4}";
  return [
    "# Client addresses in the access log: IPv4 truncated to /24, IPv6 to /48, anything else dropped.",
    ...block("map $remote_addr $werkcentrum_client", [
      `"~^(?<werkcentrum_net>\\d+\\.\\d+\\.\\d+)\\.\\d+$" $werkcentrum_net.0;`,
      `"~^(?<werkcentrum_net>${hex}:${hex}:${hex}):" $werkcentrum_net::;`,
      `"~^(?<werkcentrum_net>${hex}:${hex})::" $werkcentrum_net::;`,
      `"~^(?<werkcentrum_net>${hex})::" $werkcentrum_net::;`,
      "default -;",
    ]),
    "",
    "# The address as asked (before index or error_page changed it), without its query string.",
    ...block("map $request_uri $werkcentrum_path", ['"~^(?<werkcentrum_asked>[^?]*)" $werkcentrum_asked;', "default -;"]),
    "",
    "# What the access log keeps: the truncated address, time, host, method, path without query, protocol, status,",
    "# bytes and duration. No query string, Referer or User-Agent (DEPLOY.md).",
    `log_format ${LOG_FORMAT} '$werkcentrum_client [$time_iso8601] $host "$request_method $werkcentrum_path $server_protocol" $status $body_bytes_sent $request_time';`,
    "",
    "# The Allow header, on 405 answers only (an empty value adds no header).",
    ...block("map $status $werkcentrum_allow", [`405 ${nginxValue(ALLOWED_METHODS)};`, 'default "";']),
  ];
}

const INDENT = "    ";

/** A value nginx reads literally: bare when plain, otherwise double-quoted. `$` is refused by the callers. */
export function nginxValue(value: string): string {
  return /^[A-Za-z0-9_\-./:@+,=%[\]]+$/.test(value) ? value : `"${value.replaceAll("\\", "\\").replaceAll('"', '\\"')}"`;
}

function block(head: string, body: readonly string[]): string[] {
  return [`${head} {`, ...body.map((line) => (line ? INDENT + line : line)), "}"];
}

function include(options: Pick<RenderOptions, "confDir">, snippet: string): string {
  return `include ${nginxValue(join(options.confDir, snippet))};`;
}

function listenLines(listen: readonly string[], suffix = ""): string[] {
  return listen.map((value) => `listen ${value}${suffix};`);
}

/** Every server block logs in the privacy format, and leaves file-not-found errors (with a client address) out. */
function logLines(options: Pick<RenderOptions, "accessLog">): string[] {
  return [`access_log ${nginxValue(options.accessLog ?? DEFAULT_ACCESS_LOG)} ${LOG_FORMAT};`, "log_not_found off;"];
}

function redirectLines(redirects: readonly Redirect[], file: string | undefined, target: (to: Address) => string): string[] {
  if (redirects.length === 0) return [];
  return [
    "",
    `# Redirects from ${file ?? "the redirects file"}`,
    ...redirects.map((redirect) => `location = ${nginxValue(redirect.from.path)} { return 301 ${nginxValue(target(redirect.to))}; }`),
  ];
}

/** The server block of one site: its files, the 404 page, the cache policy and the shared headers. */
export function renderSiteServer(site: SiteServer, options: RenderOptions): string[] {
  const headers = include(options, SNIPPETS.securityHeaders);
  return block("server", [
    ...listenLines(options.listen),
    `server_name ${site.host};`,
    ...logLines(options),
    // The root may be a symbolic link (dist/<host> is one, output/versions.ts; so is the release switch in DEPLOY.md):
    // nginx follows links as long as `disable_symlinks` stays off, its default, which no generated file changes.
    `root ${nginxValue(site.root)};`,
    ...(options.tls ? [options.tls.include(site.host, false)] : []),
    include(options, SNIPPETS.contentTypes),
    "# A folder without index.html goes to the internal location below, which answers 404: nginx's own answer",
    "# would be 403, with an error-log line holding the client's address.",
    `index index.html ${NO_INDEX};`,
    "absolute_redirect off;",
    "gzip_static on;",
    "gzip_vary on;",
    options.brotli ? "brotli_static on;" : "# brotli_static on;  # needs the ngx_brotli module; the .br files are built (DEPLOY.md)",
    "# A missing file and a folder without index.html answer the site's own 404 page; so does any other 403.",
    "error_page 404 /404.html;",
    "error_page 403 =404 /404.html;",
    "# A Range past the end: nginx makes the 416 after the headers were added for the file, and adds them again",
    "# (twice in one answer). The named location has its own (empty) add_header, so nothing is added twice.",
    "error_page 416 @range_not_satisfiable;",
    "",
    "# Every response: the shared security headers, and revalidate before reuse.",
    headers,
    `add_header Cache-Control "${CACHE_REVALIDATE}" always;`,
    "",
    ...block("location /", ["try_files $uri $uri/ =404;"]),
    "",
    "# Content-hashed assets never change under the same name. nginx drops the server's add_header lines in a",
    "# location with its own, so the security headers are included again.",
    ...block(`location ~ "${HASHED_ASSET_NGINX_REGEX}"`, [headers, `add_header Cache-Control "${CACHE_IMMUTABLE}" always;`]),
    "",
    "# The site search and Pagefind's files: the same headers, but a policy that lets Pagefind compile its",
    "# WebAssembly (headers.ts). ^~ also covers /zoeken/index.html, where `index` sends /zoeken/.",
    ...[SEARCH_URL, `/${SEARCH_INDEX_DIR}/`].flatMap((prefix) =>
      block(`location ^~ ${prefix}`, [
        include(options, SNIPPETS.searchSecurityHeaders),
        `add_header Cache-Control "${CACHE_REVALIDATE}" always;`,
        "try_files $uri $uri/ =404;",
      ]),
    ),
    ...(site.searchIndexes?.length
      ? [
          "# Each region's search index, from the region's own folder (its current release), for the search across all",
          "# regions on this site; the longest prefix wins over /zoeken/ above.",
          ...site.searchIndexes.flatMap((index) =>
            block(`location ^~ ${index.path}`, [
              include(options, SNIPPETS.searchSecurityHeaders),
              `add_header Cache-Control "${CACHE_REVALIDATE}" always;`,
              `alias ${nginxValue(`${index.dir}/`)};`,
            ]),
          ),
        ]
      : []),
    "",
    ...(options.webEditor
      ? [
          "# The web editor (Decap CMS, deploy.yml web-editor): its own policy, because Decap needs eval and inline",
          "# styles and talks to the git host (admin.ts). Only here; every other address keeps the strict policy.",
          ...block(`location ^~ ${ADMIN_PATH}`, [
            include(options, SNIPPETS.adminSecurityHeaders),
            `add_header Cache-Control "${CACHE_REVALIDATE}" always;`,
            "try_files $uri $uri/ =404;",
          ]),
          "",
        ]
      : []),
    ...(site.host === landingSite.host ? openDataLocation(options) : []),
    ...block("location = /404.html", ["internal;"]),
    `location = ${NO_INDEX} { internal; return 404; }`,
    ...block("location @range_not_satisfiable", ['add_header X-Werkcentrum-None "";', "return 416;"]),
    "",
    "# RFC 9116 §3: the old place of security.txt points to the new one.",
    `location = /security.txt { return 301 ${SECURITY_TXT_PATH}; }`,
    ...redirectLines(site.redirects, site.redirectsFile, (to) => addressUrl(to)),
  ]);
}

/**
 * The open data on the landing site (pages/open-data.ts): readable from any other site's browser script, so CORS
 * allows every origin (Fetch standard, "CORS protocol"; no credentials are involved). Only this folder gets it.
 * nginx serves files for GET and HEAD only, so no other method needs a rule.
 */
function openDataLocation(options: RenderOptions): string[] {
  return [
    "# The open data: the same headers, and any origin may read it (CORS).",
    ...block(`location ^~ ${OPEN_DATA_DIR}`, [
      include(options, SNIPPETS.securityHeaders),
      `add_header Cache-Control "${CACHE_REVALIDATE}" always;`,
      'add_header Access-Control-Allow-Origin "*" always;',
      "try_files $uri =404;",
    ]),
    "",
  ];
}

/** A path on a site's own host that its server block already routes, so no redirect may claim it. */
export interface ReservedPath {
  /** The path, or the start of every path that is reserved (`prefix`). */
  path: string;
  prefix: boolean;
  /** The nginx line it comes from, for messages and tests. */
  source: string;
}

let reserved: readonly ReservedPath[] | undefined;

/**
 * What a site's server block routes itself, read from the block `renderSiteServer` writes, so a new location in it
 * is reserved at once: exact locations (`= /404.html`, `= /security.txt`) are exact paths; prefix locations
 * (`^~ /zoeken/`) and the literal folder a regex location starts with (`~ "^/assets/…"`) reserve every path below
 * them, and the folder itself without its slash (nginx would redirect that to the folder); a local target of the
 * block's own redirects (`/.well-known/security.txt`) reserves its folder, where the build writes files. An exact
 * redirect on any of these would clash with nginx's own location (`nginx -t`: duplicate location) or hide part of
 * the site.
 */
export function reservedSitePaths(): readonly ReservedPath[] {
  if (reserved) return reserved;
  // With the web editor's location: /admin/ stays reserved whether or not deploy.yml has `web-editor` today. The
  // landing site's block is read too, so its open data (/data/) is reserved; on every host, which costs a region
  // nothing it could use: a redirect there would hide nothing today, and could hide a file tomorrow.
  const options = { listen: ["80"], confDir: "/etc/nginx", webEditor: true };
  const lines = [
    ...renderSiteServer({ host: "example.invalid", root: "/srv/example", redirects: [] }, options),
    ...renderSiteServer({ host: landingSite.host, root: "/srv/example", redirects: [] }, options),
  ];
  const found: ReservedPath[] = [];
  const add = (path: string, prefix: boolean, source: string) => {
    found.push({ path, prefix, source });
    if (prefix && path.length > 1) found.push({ path: path.slice(0, -1), prefix: false, source });
  };
  for (const raw of lines) {
    const line = raw.trim();
    const location = /^location\s+(=|\^~|~\*?)?\s*("?)(.+?)\2\s*\{/.exec(line);
    if (location) {
      const [, modifier, , target = ""] = location;
      if (modifier === "=") add(target, false, line);
      else if (modifier === "~" || modifier === "~*") {
        // The literal start of the regex, up to its last slash: "^/assets/(?:…" → /assets/.
        const literal = /^\^((?:[^\\^$.|?*+()[\]{}]|\\.)*)/.exec(target)?.[1]?.replace(/\\(.)/g, "$1") ?? "";
        const folder = literal.slice(0, literal.lastIndexOf("/") + 1);
        if (folder.length > 1) add(folder, true, line);
      } else if (target !== "/" && !target.startsWith("@")) add(target, true, line);
    }
    const local = /\breturn\s+30[1278]\s+"?(\/[^\s";]*)"?/.exec(line)?.[1];
    if (local) {
      const folder = local.slice(0, local.lastIndexOf("/") + 1);
      if (folder.length > 1) add(folder, true, line);
    }
  }
  reserved = Object.freeze(found);
  return reserved;
}

/** The reserved path `path` falls under, or undefined. */
export function reservedFor(path: string): ReservedPath | undefined {
  return reservedSitePaths().find((entry) => (entry.prefix ? path.startsWith(entry.path) : path === entry.path));
}

/** A legacy host: its listed addresses to their new pages, anything else to the region's home page. */
export function renderLegacyServer(server: LegacyServer, options: RenderOptions): string[] {
  return block("server", [
    ...listenLines(options.listen),
    `server_name ${server.host};`,
    ...logLines(options),
    ...(options.tls ? [options.tls.include(server.host, true)] : []),
    include(options, SNIPPETS.securityHeaders),
    ...redirectLines(server.redirects, server.redirectsFile, (to) => addressUrl(to)),
    "",
    "# Every other address of the old site: the region's home page.",
    `location / { return 301 ${nginxValue(server.fallback)}; }`,
  ]);
}

/**
 * Requests for a host nobody configured (or none at all) are refused with 444: nginx closes the connection
 * without a response, so a scanner learns nothing and no site is served under a foreign name. 421 (Misdirected
 * Request) would be the polite answer for a browser that reuses a connection for another host, but every name
 * on our certificate has its own server block, so only strangers get here. On TLS the handshake is refused
 * first, so no certificate is shown to a client that asks for an unknown name.
 *
 * nginx answers a request it cannot read (a broken request line: 400; one that is too long: 414) before it knows
 * the host, from this default server: `return 444` never runs for those. They get the security headers and no
 * nginx version from the snippet, included at server level (add_header applies to these early answers too).
 */
export function renderDefaultServer(listen: readonly string[], tls: boolean, options: Pick<RenderOptions, "confDir" | "accessLog">): string[] {
  return block("server", [
    ...listenLines(listen, " default_server"),
    "server_name _;",
    ...logLines(options),
    ...(tls ? ["ssl_reject_handshake on;"] : []),
    "# Early 400 and 414 answers: no version, the security headers.",
    include(options, SNIPPETS.securityHeaders),
    "return 444;",
  ]);
}

/**
 * `www.werkcentrum.nl` moves to the landing site. The regional sites get no `www.` names: no link or letter ever
 * used them, the wildcard certificate `*.werkcentrum.nl` does not cover `www.<region>.werkcentrum.nl` (two labels),
 * and 35 more names would each need DNS and a certificate name. They stay refused (DEPLOY.md).
 */
export function renderWwwServer(options: RenderOptions): string[] {
  const host = `www.${landingSite.host}`;
  return block("server", [
    ...listenLines(options.listen),
    `server_name ${host};`,
    ...logLines(options),
    ...(options.tls ? [options.tls.include(host, false)] : []),
    include(options, SNIPPETS.securityHeaders),
    `location / { return 301 https://${landingSite.host}$request_uri; }`,
  ]);
}

/** Production port 80: every known host moves to HTTPS. */
export function renderHttpsUpgradeServer(hosts: readonly string[], options: RenderOptions & { tls: NonNullable<RenderOptions["tls"]> }): string[] {
  return block("server", [
    ...listenLines(options.tls.httpListen),
    "server_name",
    ...hosts.map((host, index) => `${INDENT}${host}${index === hosts.length - 1 ? ";" : ""}`),
    ...logLines(options),
    include(options, SNIPPETS.securityHeaders),
    "location / { return 301 https://$host$request_uri; }",
  ]);
}

/** Every server block: default servers, the sites, the legacy hosts. Text for inside `http {}`. */
export function renderServers(plan: ServerPlan, options: RenderOptions): string {
  const hosts = [...plan.sites.map((site) => site.host), `www.${landingSite.host}`, ...plan.legacy.map((server) => server.host)];
  const parts: string[][] = [renderHttpContext()];
  if (options.tls) {
    parts.push(["# Port 80: unknown hosts refused, known hosts moved to HTTPS."], renderDefaultServer(options.tls.httpListen, false, options));
    parts.push(renderHttpsUpgradeServer(hosts, { ...options, tls: options.tls }));
  }
  parts.push([
    `# ${plan.sites.length} sites from the region registry${plan.legacy.length ? `, ${plan.legacy.length} legacy host(s) from redirects files` : ""}; unknown hosts refused.`,
  ]);
  parts.push(renderDefaultServer(options.listen, Boolean(options.tls), options));
  for (const site of plan.sites) parts.push(renderSiteServer(site, options));
  parts.push([`# www.${landingSite.host}: to the landing site.`], renderWwwServer(options));
  for (const server of plan.legacy) parts.push(renderLegacyServer(server, options));
  return `${parts.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
