// The checks of the real-server test (nginx-e2e.mjs): each takes the running servers and the expectations from
// the generator's own API, and records facts in `t` (a tally with `check(ok, message)`).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { get, rawRequest } from "./nginx-e2e-http.mjs";

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };
const decode = (text) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
const titleOf = (html) => decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1]?.trim() ?? "");

/** Every security header exactly once, with the generator's value. */
export function checkSecurityHeaders(t, api, response, where) {
  for (const [name, value] of api.securityHeaders()) {
    const actual = response.headers[name.toLowerCase()];
    t.check(actual === value, `${where}: ${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
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
  t.check(securityTxt.headers["content-type"] === "text/plain; charset=utf-8", `${host} security.txt: content-type ${securityTxt.headers["content-type"]}`);
  t.check(securityTxt.body.toString().includes(`Canonical: https://${host}${api.SECURITY_TXT_PATH}\n`), `${host} security.txt: wrong Canonical`);
  const legacyPlace = await get({ port, host, path: "/security.txt" });
  t.check(legacyPlace.status === 301 && legacyPlace.headers.location === api.SECURITY_TXT_PATH, `${host} /security.txt: ${legacyPlace.status} ${legacyPlace.headers.location}`);

  const missingAsset = await get({ port, host, path: hashedFixture.replace(/\.[0-9a-f]+\./, ".ffffffffff.") });
  t.check(missingAsset.status === 404 && missingAsset.body.equals(await readFile(join(dir, "404.html"))), `${host} missing hashed asset: ${missingAsset.status}`);
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
    t.check(response.status === 301 && response.headers.location === expected, `${redirect.from.host}${path}: ${response.status} ${response.headers.location}, expected 301 ${expected}`);
    checkSecurityHeaders(t, api, response, `${redirect.from.host}${path}`);
    t.redirects += 1;
  }
  for (const server of plan.legacy) {
    const response = await get({ port, host: server.host, path: "/een/oude/pagina", tls });
    t.check(response.status === 301 && response.headers.location === server.fallback, `${server.host} fallback: ${response.status} ${response.headers.location}`);
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
  t.check(upgrade.status === 301 && upgrade.headers.location === expected, `http ${site.host}: ${upgrade.status} ${upgrade.headers.location}, expected 301 ${expected}`);
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
