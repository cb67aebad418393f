/**
 * The security headers every response of every site carries: 200, 301 and 404 alike (nginx `add_header ...
 * always`). They follow the internet.nl "security options" test (checks/tasks/http_headers.py in
 * internetstandards/Internet.nl) and the NCSC ICT security guidelines for web applications. DEPLOY.md explains
 * each choice to the hosting team.
 */

/**
 * Content-Security-Policy directives. Every site is static and self-contained (no third-party request,
 * no inline script or style), so every fetch directive is `'self'` or `'none'`:
 * - `default-src 'self'` is what internet.nl requires; the fetch directives below repeat it on purpose so a
 *   reader (and the scan in scan.ts) sees each resource type decided, not inherited.
 * - `img-src 'self'` without `data:`: the theme draws icons as SVG files, so no data: URLs are needed. internet.nl
 *   would accept `data:` for images, but every allowed source is a source to audit.
 * - `base-uri 'none'`, `object-src 'none'`, `frame-src 'none'`, `frame-ancestors 'none'`: no page uses `<base>`,
 *   plugins or frames, and no site may be framed (clickjacking).
 * - `form-action 'self'`: the search form submits to its own site.
 * - No `'unsafe-inline'`, `'unsafe-eval'`, `data:` or wildcard anywhere.
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = Object.freeze({
  "default-src": ["'self'"],
  "base-uri": ["'none'"],
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
  "frame-src": ["'none'"],
  "img-src": ["'self'"],
  "manifest-src": ["'self'"],
  "media-src": ["'self'"],
  "object-src": ["'none'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "worker-src": ["'self'"],
});

/** The policy as one header value, directives in a fixed order. */
export function cspHeaderValue(policy: Readonly<Record<string, readonly string[]>> = contentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

/**
 * Browser features no Werkcentrum page uses, all switched off. Only features that current browsers know are
 * listed: an unknown name makes Chromium log a warning on every page.
 */
export const disabledFeatures: readonly string[] = Object.freeze([
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]);

/**
 * One year, the minimum internet.nl accepts. `includeSubDomains` because every name under werkcentrum.nl is
 * served over HTTPS by this configuration, and it stops an attacker from planting cookies for werkcentrum.nl
 * through a forgotten plain-HTTP subdomain. No `preload`: adding the domain to the browsers' preload lists is a
 * decision for the domain owner that is hard to undo (DEPLOY.md).
 */
export const HSTS_MAX_AGE = 31_536_000;

/**
 * The policy of the search page `/zoeken/` and of Pagefind's files under `/pagefind/`: the same, plus
 * `'wasm-unsafe-eval'` in `script-src`, because Pagefind compiles its WebAssembly search engine in the browser (in
 * the page, and in its worker, whose policy comes from the worker script's own response). It allows compiling
 * WebAssembly only, not `eval()` of JavaScript; internet.nl does not count it as `unsafe-eval`. Every other page
 * keeps the policy above.
 */
export const searchContentSecurityPolicy: Readonly<Record<string, readonly string[]>> = Object.freeze({
  ...contentSecurityPolicy,
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
});

/** Header name → value, in the order they are sent. */
export function securityHeaders(policy: Readonly<Record<string, readonly string[]>> = contentSecurityPolicy): Array<[name: string, value: string]> {
  return [
    ["Content-Security-Policy", cspHeaderValue(policy)],
    ["Strict-Transport-Security", `max-age=${HSTS_MAX_AGE}; includeSubDomains`],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    // same-origin: a site's own pages see where a visitor came from; other sites, including the other
    // Werkcentrum sites, learn nothing. internet.nl rates same-origin and no-referrer as good.
    ["Referrer-Policy", "same-origin"],
    ["Permissions-Policy", disabledFeatures.map((feature) => `${feature}=()`).join(", ")],
    // A page opened from elsewhere gets no handle on the opener, and the reverse.
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ];
}

/**
 * The shared nginx snippet. nginx drops a server's `add_header` lines in any location that has its own, so every
 * such location includes this snippet again (see nginx.ts); `always` adds the headers to 301 and 404 as well.
 */
export function securityHeadersSnippet(): string {
  const lines = securityHeaders().map(([name, value]) => `add_header ${name} "${value}" always;`);
  return [
    "# Security headers for every Werkcentrum site. Generated by `werkcentrum deploy`: do not edit, change",
    "# packages/generator/src/deploy/headers.ts instead. Included in every server block, and again in every",
    "# location that sets its own headers (nginx does not inherit add_header into such a location).",
    "server_tokens off;",
    ...lines,
    "# Allow on 405 answers only: $werkcentrum_allow is empty on every other status (a map in werkcentrum.conf).",
    "add_header Allow $werkcentrum_allow always;",
    "",
  ].join("\n");
}

/** The same headers with the search page's policy (`searchContentSecurityPolicy`), for /zoeken/ and /pagefind/. */
export function searchSecurityHeadersSnippet(): string {
  const lines = securityHeaders(searchContentSecurityPolicy).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return [
    "# Security headers of the site search (/zoeken/ and /pagefind/): the shared headers, with 'wasm-unsafe-eval'",
    "# in script-src for Pagefind's WebAssembly. Generated by `werkcentrum deploy` from",
    "# packages/generator/src/deploy/headers.ts: do not edit.",
    "server_tokens off;",
    ...lines,
    "# Allow on 405 answers only: $werkcentrum_allow is empty on every other status (a map in werkcentrum.conf).",
    "add_header Allow $werkcentrum_allow always;",
    "",
  ].join("\n");
}

/**
 * The headers of the web editor at /admin/ (only when deploy.yml has `web-editor`): the shared headers with the
 * editor's own policy (`adminContentSecurityPolicy` in admin.ts, which says why each source is there).
 */
export function adminSecurityHeadersSnippet(policy: Readonly<Record<string, readonly string[]>>): string {
  const lines = securityHeaders(policy).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return [
    "# Security headers of the web editor (/admin/): the shared headers with the editor's own policy. Generated by",
    "# `werkcentrum deploy` from deploy.yml (web-editor) and packages/generator/src/admin.ts: do not edit.",
    "server_tokens off;",
    ...lines,
    "# Allow on 405 answers only: $werkcentrum_allow is empty on every other status (a map in werkcentrum.conf).",
    "add_header Allow $werkcentrum_allow always;",
    "",
  ].join("\n");
}

/** Cache-Control for file names that contain a content hash: the name changes whenever the content does. */
export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
/** Cache-Control for everything else (HTML, feeds, unhashed files): keep a copy, but ask the server first. */
export const CACHE_REVALIDATE = "no-cache";

/**
 * Content-hashed assets: files under `/assets/` whose name ends in `.<hash>.<extension>`, the hash being 8 to 64
 * lower-case hexadecimal characters (`/assets/werkcentrum.3f9a0c1b.css`). The theme names its built assets this
 * way. Only `/assets/` is matched, so an editor's `rapport.20240115.pdf` is never cached for a year.
 */
export const HASHED_ASSET_EXTENSIONS = [
  "avif",
  "css",
  "gif",
  "ico",
  "jpg",
  "jpeg",
  "js",
  "json",
  "mjs",
  "png",
  "svg",
  "wasm",
  "webp",
  "woff",
  "woff2",
] as const;
const hashedAssetSource = `^/assets/(?:[^/]+/)*[^/]+\\.[0-9a-f]{8,64}\\.(?:${HASHED_ASSET_EXTENSIONS.join("|")})$`;
/** The same pattern for JavaScript (tests, the real-server check) and for the nginx `location ~` (nginx.ts). */
export const hashedAssetPattern = new RegExp(hashedAssetSource);
export const HASHED_ASSET_NGINX_REGEX = hashedAssetSource;

/** The Cache-Control a URL path is served with. */
export function cacheControlFor(path: string): string {
  return hashedAssetPattern.test(path) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
