// The checks of the real-server test (real-server.mjs): each takes the running servers and the expectations from
// the generator's own API, and records facts in `t` (a tally with `check(ok, message)`).
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { get, rawExchange, rawRequest } from "../lib/http.mjs";

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };
const decode = (text) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
const titleOf = (html) => decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1]?.trim() ?? "");

/**
 * Every security header exactly once, with the generator's value; Cache-Control at most once; no nginx version in
 * the Server header or the body (server_tokens off); Allow only on a 405.
 */
export function checkSecurityHeaders(t, api, response, where, policy = undefined) {
  const all = response.all ?? {};
  for (const [name, value] of api.securityHeaders(policy)) {
    const copies = all[name.toLowerCase()] ?? [];
    t.check(copies.length === 1 && copies[0] === value, `${where}: ${name} is ${JSON.stringify(copies)}, expected ${JSON.stringify(value)} once`);
  }
  t.check((all["cache-control"] ?? []).length <= 1, `${where}: Cache-Control ${JSON.stringify(all["cache-control"])} more than once`);
  t.check(
    response.headers.server === undefined || response.headers.server === "nginx",
    `${where}: Server ${JSON.stringify(response.headers.server)}`,
  );
  t.check(!/nginx\/\d/i.test(response.body.toString("latin1")), `${where}: the body names an nginx version`);
  const allow = all.allow ?? [];
  t.check(
    response.status === 405 ? allow.length === 1 && allow[0] === api.ALLOWED_METHODS : allow.length === 0,
    `${where}: Allow ${JSON.stringify(allow)} on ${response.status}`,
  );
  t.headerChecks += 1;
}

/**
 * Folders without an index.html (`/assets/`, `/pagefind/`, `/afbeeldingen/`, …): nginx would answer 403; they
 * answer the site's own 404 page with status 404.
 */
export async function checkFolders(t, api, { port, site, outDir }) {
  const dir = join(outDir, site.host);
  const page = await readFile(join(dir, "404.html"));
  const folders = (await readdir(dir, { withFileTypes: true })).filter(
    (entry) => entry.isDirectory() && !existsSync(join(dir, entry.name, "index.html")),
  );
  t.check(
    folders.some((entry) => entry.name === "assets"),
    `${site.host}: no /assets/ folder to check`,
  );
  for (const folder of folders) {
    const path = `/${folder.name}/`;
    const response = await get({ port, host: site.host, path });
    t.check(response.status === 404 && response.body.equals(page), `${site.host}${path}: ${response.status}, expected 404 with the site's 404 page`);
    // The 404 page is an ordinary page: the ordinary policy, also under /pagefind/.
    checkSecurityHeaders(t, api, response, `${site.host}${path}`);
    t.folders += 1;
  }
}

/**
 * One site's answers on every status a visitor or a scanner can get: 200, 301, 304, 400 (broken request line
 * and broken header), 404, 405, 414 and 416 (a page and a content-hashed asset), each with the security headers
 * exactly once and no version. `servername` for the TLS server.
 */
export async function checkStatuses(t, api, { port, site, hashedFixture, tls = false }) {
  const { host } = site;
  const where = (what) => `${tls ? "https" : "http"} ${host} ${what}`;
  const expect = (response, status, what) => {
    t.check(response.status === status, `${where(what)}: status ${response.status}, expected ${status}`);
    checkSecurityHeaders(t, api, response, where(what));
    t.statuses.add(status);
  };
  const home = await get({ port, host, tls });
  expect(home, 200, "/");
  expect(await get({ port, host, path: "/security.txt", tls }), 301, "/security.txt");
  expect(await get({ port, host, tls, headers: { "If-None-Match": home.headers.etag } }), 304, "/ If-None-Match");
  expect(await get({ port, host, path: "/bestaat-niet-e2e", tls }), 404, "missing page");
  const post = await get({ port, host, method: "POST", tls });
  expect(post, 405, "POST /");
  for (const path of ["/", hashedFixture])
    expect(await get({ port, host, path, tls, headers: { Range: "bytes=99999999-" } }), 416, `${path} Range past the end`);
  const servername = tls ? host : undefined;
  expect(await rawExchange(port, `GET / HTTP/1.1\r\nHost: ${host}\r\nA broken header line\r\n\r\n`, servername), 400, "broken header");
  expect(await rawExchange(port, "NONSENSE\r\n\r\n", servername), 400, "broken request line");
  expect(await rawExchange(port, `GET /${"a".repeat(10_000)} HTTP/1.1\r\nHost: ${host}\r\n\r\n`, servername), 414, "10 kB address");
}

/**
 * www.werkcentrum.nl moves to the landing site (301, headers once); a www. name of a region is refused like any
 * unknown host. Over TLS with the production file, over plain HTTP with the local one.
 */
export async function checkWww(t, api, { port, tls = false }) {
  const www = `www.${api.landingSite.host}`;
  const response = await get({ port, host: www, path: "/werkgevers/?a=1", tls });
  const expected = `https://${api.landingSite.host}/werkgevers/?a=1`;
  t.check(
    response.status === 301 && response.headers.location === expected,
    `${tls ? "https" : "http"} ${www}: ${response.status} ${response.headers.location}, expected 301 ${expected}`,
  );
  checkSecurityHeaders(t, api, response, `${www}${tls ? " over TLS" : ""}`);
  const region = `www.${api.allSites[1].host}`;
  const refused = await get({ port, host: region, tls }).then(
    (answer) => `answered ${answer.status}`,
    (error) => error.code,
  );
  t.check(tls ? refused === "EPROTO" : refused === "ECONNRESET", `${region}${tls ? " over TLS" : ""}: ${refused}, expected a refusal`);
  t.www += 2;
}

/**
 * The access logs the test's nginx wrote: every line in the privacy format, and no full client address (the test
 * connects from 127.0.0.1, which must appear as 127.0.0.0), no query string. The error log has no client address:
 * `log_not_found off` keeps missing files out of it.
 */
export async function checkLogs(t, api, { accessLogs, errorLogs }) {
  const line = /^(?:\d+\.\d+\.\d+\.0|[0-9a-f:]+::|-) \[[0-9T:+-]+\] \S+ "[^"]*" \d{3} \d+ \d+\.\d{3}$/;
  for (const file of accessLogs) {
    const lines = (await readFile(file, "utf8")).split("\n").filter(Boolean);
    t.check(lines.length > 20, `${file}: only ${lines.length} lines`);
    const wrong = lines.filter((entry) => !line.test(entry));
    t.check(wrong.length === 0, `${file}: ${wrong.length} lines not in the ${api.LOG_FORMAT} format, first: ${wrong[0]}`);
    const full = lines.filter((entry) => entry.includes("127.0.0.1"));
    t.check(full.length === 0, `${file}: ${full.length} lines with the full client address, first: ${full[0]}`);
    t.check(
      lines.every((entry) => entry.startsWith("127.0.0.0 ")),
      `${file}: not every line starts with the truncated address 127.0.0.0`,
    );
    t.check(!lines.some((entry) => entry.includes("?a=1")), `${file}: a query string was logged`);
    t.check(
      lines.some((entry) => entry.includes('"GET /bestaat-niet-e2e HTTP/1.1" 404 ')),
      `${file}: the missing page is not logged under the path that was asked`,
    );
    t.check(
      lines.some((entry) => / 416 /.test(entry)) && lines.some((entry) => / 414 /.test(entry)),
      `${file}: the 414 and 416 answers were not logged`,
    );
    t.logLines += lines.length;
  }
  for (const file of errorLogs) {
    const text = existsSync(file) ? await readFile(file, "utf8") : "";
    t.check(
      !text.includes("client: 127.0.0.1"),
      `${file}: a client address in the error log: ${text.split("\n").find((entry) => entry.includes("client:"))}`,
    );
  }
}

/** Local assets a page refers to (`href`/`src` values under /assets/). */
function assetPaths(html) {
  return [...new Set([...html.matchAll(/\s(?:href|src)="(\/assets\/[^"#?]+)"/g)].map((match) => match[1]))];
}

/** `/`, a missing page, precompression, security.txt and the page's assets of one site over plain HTTP. */
export async function checkSite(t, api, { port, site, outDir, hashedFixture }) {
  const { host } = site;
  const dir = join(outDir, host);
  const home = await get({ port, host });
  const html = home.body.toString("utf8");
  const expectedName = site.kind === "region" ? `Werkcentrum ${site.region.name}` : "Werkcentrum";
  t.check(home.status === 200, `${host} /: status ${home.status}`);
  t.check(home.headers["content-type"] === "text/html; charset=utf-8", `${host} /: content-type ${home.headers["content-type"]}`);
  t.check(titleOf(html).includes(expectedName), `${host} /: title '${titleOf(html)}' does not name '${expectedName}'`);
  const others = api.allSites.filter((other) => other.kind === "region" && other.host !== host).map((other) => `Werkcentrum ${other.region.name}`);
  t.check(!others.some((name) => titleOf(html).includes(name)), `${host} /: title '${titleOf(html)}' names another region`);
  t.check(home.headers["cache-control"] === api.CACHE_REVALIDATE, `${host} /: cache-control ${home.headers["cache-control"]}`);
  checkSecurityHeaders(t, api, home, `${host} /`);

  const missing = await get({ port, host, path: "/bestaat-niet-e2e/pagina" });
  t.check(missing.status === 404, `${host} missing page: status ${missing.status}`);
  t.check(missing.body.equals(await readFile(join(dir, "404.html"))), `${host} missing page: body is not the site's 404.html`);
  checkSecurityHeaders(t, api, missing, `${host} 404`);

  const gzipped = await get({ port, host, headers: { "Accept-Encoding": "gzip" } });
  t.check(gzipped.headers["content-encoding"] === "gzip", `${host} /: no gzip with Accept-Encoding: gzip`);
  t.check(gzipped.headers.vary === "Accept-Encoding", `${host} /: vary ${gzipped.headers.vary}`);
  if (gzipped.headers["content-encoding"] === "gzip") {
    t.check(gunzipSync(gzipped.body).equals(await readFile(join(dir, "index.html"))), `${host} /: gzip body differs from index.html`);
    t.gzip += 1;
  }

  const securityTxt = await get({ port, host, path: api.SECURITY_TXT_PATH });
  t.check(securityTxt.status === 200, `${host} security.txt: status ${securityTxt.status}`);
  t.check(
    securityTxt.headers["content-type"] === "text/plain; charset=utf-8",
    `${host} security.txt: content-type ${securityTxt.headers["content-type"]}`,
  );
  t.check(securityTxt.body.toString().includes(`Canonical: https://${host}${api.SECURITY_TXT_PATH}\n`), `${host} security.txt: wrong Canonical`);
  const legacyPlace = await get({ port, host, path: "/security.txt" });
  t.check(
    legacyPlace.status === 301 && legacyPlace.headers.location === api.SECURITY_TXT_PATH,
    `${host} /security.txt: ${legacyPlace.status} ${legacyPlace.headers.location}`,
  );

  const missingAsset = await get({ port, host, path: hashedFixture.replace(/\.[0-9a-f]+\./, ".ffffffffff.") });
  t.check(
    missingAsset.status === 404 && missingAsset.body.equals(await readFile(join(dir, "404.html"))),
    `${host} missing hashed asset: ${missingAsset.status}`,
  );
  checkSecurityHeaders(t, api, missingAsset, `${host} missing hashed asset`);

  for (const path of [...assetPaths(html), hashedFixture]) {
    const asset = await get({ port, host, path });
    const expected = api.cacheControlFor(path);
    t.check(asset.status === 200, `${host} ${path}: status ${asset.status}`);
    t.check(asset.headers["cache-control"] === expected, `${host} ${path}: cache-control ${asset.headers["cache-control"]}, expected ${expected}`);
    checkSecurityHeaders(t, api, asset, `${host} ${path}`);
    if (expected === api.CACHE_IMMUTABLE) t.immutable += 1;
    else t.unhashed.add(path);
  }
  t.hosts += 1;
}

/** Every redirect from the redirects files, and each legacy host's fallback. */
export async function checkRedirects(t, api, { port, redirects, plan, tls = false }) {
  for (const redirect of redirects.flatMap((entry) => entry.redirects)) {
    const path = encodeURI(redirect.from.path);
    const response = await get({ port, host: redirect.from.host, path, tls });
    const expected = api.addressUrl(redirect.to);
    t.check(
      response.status === 301 && response.headers.location === expected,
      `${redirect.from.host}${path}: ${response.status} ${response.headers.location}, expected 301 ${expected}`,
    );
    checkSecurityHeaders(t, api, response, `${redirect.from.host}${path}`);
    t.redirects += 1;
  }
  for (const server of plan.legacy) {
    const response = await get({ port, host: server.host, path: "/een/oude/pagina", tls });
    t.check(
      response.status === 301 && response.headers.location === server.fallback,
      `${server.host} fallback: ${response.status} ${response.headers.location}`,
    );
    t.redirects += 1;
  }
}

/** A host nobody configured, and a request without any Host, get no answer at all (444). */
export async function checkRefusals(t, { port }) {
  const unknown = await get({ port, host: "onbekend.example" }).then(
    (response) => `answered ${response.status}`,
    (error) => error.code,
  );
  t.check(unknown === "ECONNRESET", `unknown host on ${port}: ${unknown}, expected the connection closed (444)`);
  const noHost = await rawRequest(port, "GET / HTTP/1.0\r\n\r\n");
  t.check(noHost === "", `request without Host on ${port}: got ${JSON.stringify(noHost.slice(0, 40))}`);
  t.refused += 2;
}

/** The production configuration over TLS: HSTS on HTTPS, port 80 to HTTPS, unknown names refused in the handshake. */
export async function checkProduction(t, api, { httpsPort, httpPort, site }) {
  const home = await get({ port: httpsPort, host: site.host, tls: true });
  t.check(home.status === 200, `https ${site.host}: status ${home.status}`);
  checkSecurityHeaders(t, api, home, `https ${site.host}`);
  const upgrade = await get({ port: httpPort, host: site.host, path: "/werkgevers/?a=1" });
  const expected = `https://${site.host}/werkgevers/?a=1`;
  t.check(
    upgrade.status === 301 && upgrade.headers.location === expected,
    `http ${site.host}: ${upgrade.status} ${upgrade.headers.location}, expected 301 ${expected}`,
  );
  const wrongName = await get({ port: httpsPort, host: "onbekend.example", tls: true }).then(
    (response) => `answered ${response.status}`,
    (error) => `${error.code} ${error.message}`,
  );
  // ssl_reject_handshake answers with the TLS alert "unrecognized_name"; Node reports it as EPROTO.
  t.check(/^EPROTO .*unrecognized name/i.test(wrongName), `https with an unknown name: ${wrongName}, expected a refused handshake`);
  const wrongHost = await get({ port: httpsPort, host: "onbekend.example", servername: site.host, tls: true }).then(
    (response) => `answered ${response.status}`,
    (error) => error.code,
  );
  t.check(wrongHost === "ECONNRESET", `https with a known name but unknown Host: ${wrongHost}, expected 444`);
  t.tls += 4;
}
