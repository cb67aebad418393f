// Debian's Chromium (/usr/bin/chromium) driven by playwright-core: never a downloaded browser.
//
// Every *.werkcentrum.nl name resolves to the loopback nginx through Chromium's --host-resolver-rules, so pages
// are opened by their real host names (http://rijnmond.werkcentrum.nl/) and nginx picks the server by Host header.
// The rule maps the port too, so the URLs carry no port.
//
// http vs https: the test nginx speaks plain http on loopback (the production TLS servers are tested by
// e2e/nginx/real-server.mjs), while pages link to each other with absolute https:// URLs (cross-subdomain links, the finder's
// results). The HSTS header is ignored by Chromium on plain http, and the domain is not on the preload list, so
// http itself works. For https:// requests to our own hosts the context answers, in the test only, with a 307
// to the same URL over http; the page then loads from nginx like any other. No other request is rewritten.
import { chromium } from "playwright-core";
import { isOwnHost } from "./dist.mjs";

export const CHROMIUM = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";

/**
 * Launches Chromium; returns { browser, close }. playwright's launch() starts Chromium with a new, empty
 * --user-data-dir of its own (a temporary folder it deletes on close), which is the fresh profile we need;
 * passing --user-data-dir ourselves is refused by playwright outside launchPersistentContext, whose single
 * context could not give the JavaScript-off check its own context.
 */
export async function launch(port, hosts = []) {
  const rules = `MAP *.werkcentrum.nl 127.0.0.1:${port}, MAP werkcentrum.nl 127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--host-resolver-rules=${rules}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // Plain http on loopback would make Chromium ignore the Cross-Origin-Opener-Policy header (and log an error
      // on every page): treat our own http origins as secure, as their https originals are in production.
      ...(hosts.length > 0 ? [`--unsafely-treat-insecure-origin-as-secure=${hosts.map((host) => siteUrl(host, "")).join(",")}`] : []),
    ],
  });
  return { browser, close: () => browser.close() };
}

/** The http:// URL for a host and path: what the tests open. */
export function siteUrl(host, path = "/") {
  return `http://${host}${path}`;
}

/**
 * A fresh, isolated context (own cookies, storage, JavaScript setting) with the https→http answer for our hosts.
 * `bypassCSP` stays false: the pages are tested under their real Content-Security-Policy.
 */
export async function newContext(session, options = {}) {
  const context = await session.browser.newContext(options);
  await context.route(
    (url) => url.protocol === "https:" && isOwnHost(url.hostname),
    (route) => {
      const url = new URL(route.request().url());
      url.protocol = "http:";
      return route.fulfill({ status: 307, headers: { location: url.href } });
    },
  );
  // Any request to a host that is not ours is a failure of the "no third-party requests" rule; abort it so
  // nothing leaves the machine, and record it.
  const foreign = [];
  await context.route(
    (url) => !isOwnHost(url.hostname) && !["data:", "blob:", "about:"].includes(url.protocol),
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  context.foreignRequests = foreign;
  return context;
}
