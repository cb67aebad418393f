import { describe, expect, it } from "vitest";
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  cspHeaderValue,
  HASHED_ASSET_NGINX_REGEX,
  HSTS_MAX_AGE,
  searchContentSecurityPolicy,
  searchSecurityHeadersSnippet,
  securityHeaders,
  securityHeadersSnippet,
} from "./headers.js";

/** The policy as internet.nl reads it: directive → sources. */
function parseCsp(value: string): Map<string, string[]> {
  return new Map(
    value
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([directive, ...sources]) => [directive!, sources]),
  );
}

describe("Content-Security-Policy", () => {
  const csp = parseCsp(cspHeaderValue());
  const allSources = [...csp.values()].flat();

  // The failure conditions of internet.nl's HeaderCheckerContentSecurityPolicy, as assertions.
  it("sets default-src to 'self' only, and base-uri, form-action and frame-ancestors to 'self' or 'none'", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    for (const directive of ["base-uri", "form-action", "frame-ancestors", "frame-src"]) {
      expect(
        csp.get(directive)?.every((source) => source === "'self'" || source === "'none'"),
        directive,
      ).toBe(true);
    }
  });

  it("allows no inline code, no eval, no data:, no bare scheme and no wildcard anywhere", () => {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "http:", "https:", "*", "blob:"]) {
      expect(allSources, bad).not.toContain(bad);
    }
    expect(allSources.filter((source) => source.includes("*"))).toEqual([]);
  });

  it("only ever names the site itself, or nothing", () => {
    expect(new Set(allSources)).toEqual(new Set(["'self'", "'none'"]));
    expect(csp.get("object-src")).toEqual(["'none'"]);
  });
});

describe("the search page's Content-Security-Policy", () => {
  it("differs from the shared policy only by 'wasm-unsafe-eval' in script-src, for Pagefind's WebAssembly", () => {
    const shared = parseCsp(cspHeaderValue());
    const search = parseCsp(cspHeaderValue(searchContentSecurityPolicy));
    expect(search.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(new Map([...search].filter(([directive]) => directive !== "script-src"))).toEqual(
      new Map([...shared].filter(([directive]) => directive !== "script-src")),
    );
    expect([...search.values()].flat().filter((source) => /unsafe/.test(source))).toEqual(["'wasm-unsafe-eval'"]);
  });

  it("is sent with every other shared header in its own snippet", () => {
    const names = (text: string) => [...text.matchAll(/^add_header (\S+) /gm)].map((m) => m[1]);
    expect(names(searchSecurityHeadersSnippet())).toEqual(names(securityHeadersSnippet()));
    expect(searchSecurityHeadersSnippet()).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(securityHeadersSnippet()).not.toContain("wasm-unsafe-eval");
  });
});

describe("security headers", () => {
  const headers = new Map(securityHeaders());

  it("sends HSTS for at least a year, nosniff, DENY, a strict referrer policy and no powerful features", () => {
    expect(HSTS_MAX_AGE).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.get("Strict-Transport-Security")).toBe(`max-age=${HSTS_MAX_AGE}; includeSubDomains`);
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(["same-origin", "no-referrer"]).toContain(headers.get("Referrer-Policy"));
    const features = headers.get("Permissions-Policy")!.split(", ");
    expect(features.every((feature) => /^[a-z-]+=\(\)$/.test(feature))).toBe(true);
    expect(features).toEqual(expect.arrayContaining(["camera=()", "geolocation=()", "microphone=()", "payment=()"]));
  });

  it("writes every header in the snippet with `always`, so 301 and 404 responses carry it too", () => {
    const directives = securityHeadersSnippet()
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    expect(directives).toContain("server_tokens off;");
    const addHeaders = directives.filter((line) => line.startsWith("add_header") && !line.startsWith("add_header Allow "));
    expect(addHeaders).toHaveLength(headers.size);
    // Allow only on 405: the map in werkcentrum.conf leaves the value empty on every other status.
    expect(directives).toContain("add_header Allow $werkcentrum_allow always;");
    for (const line of addHeaders) expect(line).toMatch(/^add_header [A-Za-z-]+ "[^"]+" always;$/);
  });
});

describe("cache policy", () => {
  it.each([
    ["/assets/werkcentrum.3f9a0c1b2d.css", CACHE_IMMUTABLE],
    ["/assets/fonts/source-sans-3-latin-400-normal.0123456789.woff2", CACHE_IMMUTABLE],
    ["/assets/zoeken.abcdef0123456789.js", CACHE_IMMUTABLE],
    ["/assets/werkcentrum.css", CACHE_REVALIDATE],
    ["/assets/logo.1234567.svg", CACHE_REVALIDATE],
    ["/assets/werkcentrum.3F9A0C1B2D.css", CACHE_REVALIDATE],
    ["/documenten/rapport.20240115.pdf", CACHE_REVALIDATE],
    ["/nieuws/bericht.12345678.html", CACHE_REVALIDATE],
    ["/", CACHE_REVALIDATE],
  ])("%s → %s", (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });

  it("gives nginx the same pattern, with no quote and `$` only as the end anchor", () => {
    expect(HASHED_ASSET_NGINX_REGEX).not.toContain('"');
    expect(HASHED_ASSET_NGINX_REGEX.indexOf("$")).toBe(HASHED_ASSET_NGINX_REGEX.length - 1);
    expect(new RegExp(HASHED_ASSET_NGINX_REGEX).test("/assets/werkcentrum.3f9a0c1b2d.css")).toBe(true);
  });
});
