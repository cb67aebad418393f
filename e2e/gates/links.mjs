// Link check over all of dist/: every internal link, every link to another *.werkcentrum.nl host (resolved to
// dist/<host>/) and every #fragment must resolve. External links are counted and listed, never fetched.
import { join } from "node:path";
import { attr, byTag, describe, fragmentTargets, parsePage } from "../lib/html.mjs";
import { fileForPath, isOwnHost, listHosts, listHtml, urlPathOf } from "../lib/dist.mjs";

/** [element, attribute] pairs that point somewhere; srcset is split separately. */
const LINKING = [
  ["a", "href"],
  ["area", "href"],
  ["link", "href"],
  ["img", "src"],
  ["script", "src"],
  ["source", "src"],
  ["iframe", "src"],
  ["form", "action"],
];

/** Every URL a page refers to, with the element that holds it. */
export function linksOf(doc) {
  const out = [];
  for (const [tag, name] of LINKING) {
    for (const el of byTag(doc, tag)) {
      const value = attr(el, name);
      if (value !== undefined) out.push({ el, value });
    }
  }
  for (const el of byTag(doc, "img", "source")) {
    for (const candidate of (attr(el, "srcset") ?? "").split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) out.push({ el, value: url });
    }
  }
  return out;
}

/**
 * Classifies one link of page `pageUrl` (https://host/path): { kind: "internal"|"external"|"other", host, path,
 * hash }. mailto:, tel: and the like are "other".
 */
export function classify(value, pageUrl) {
  let url;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { kind: "invalid" };
  }
  if (!["http:", "https:"].includes(url.protocol)) return { kind: "other", url };
  if (!isOwnHost(url.hostname)) return { kind: "external", url };
  return { kind: "internal", url, host: url.hostname, path: url.pathname, hash: url.hash ? decodeURIComponent(url.hash.slice(1)) : "" };
}

/**
 * The component preview page (werkcentrum.nl/ontwerp/, noindex) shows each component with its documented example
 * parameters, whose links illustrate a regional site (/werkzoekenden/, /nieuws/pagina/2/ …) and do not exist on
 * the landing host. Its links are counted but not required to resolve; every other page's links are.
 */
const PREVIEW_PAGE = "werkcentrum.nl/ontwerp/";

/** `only`: a Set of "host/path" pages whose links are checked (the self-test); every page when absent. */
export async function linksGate(report, { dist, only }) {
  const hosts = new Set(listHosts(dist));
  const external = new Map();
  const counts = { pages: 0, internal: 0, crossHost: 0, fragments: 0, other: 0, preview: 0 };
  for (const host of hosts) {
    for (const rel of listHtml(dist, host)) {
      const page = `${host}${urlPathOf(rel)}`;
      if (only && !only.has(page)) continue;
      counts.pages += 1;
      const pageUrl = `https://${page}`;
      const doc = await parsePage(join(dist, host, rel));
      for (const { el, value } of linksOf(doc)) {
        const link = classify(value, pageUrl);
        if (link.kind === "invalid") report.fail("links", "invalid-url", page, describe(el), value);
        else if (link.kind === "other") counts.other += 1;
        else if (link.kind === "external") external.set(link.url.href, (external.get(link.url.href) ?? 0) + 1);
        else if (page === PREVIEW_PAGE) counts.preview += 1;
        else await checkInternal(report, { dist, hosts, host, page, el, value, link, counts });
      }
    }
  }
  report.note(
    `links: ${counts.pages} pages, ${counts.internal} internal links (${counts.crossHost} to another host), ${counts.fragments} #fragments, ${counts.other} mailto/tel, ${counts.preview} example links on ${PREVIEW_PAGE} not checked`,
  );
  const list = [...external.keys()].sort();
  report.note(`external links (listed, not fetched): ${list.length} distinct${list.length ? `, e.g. ${list.slice(0, 8).join(" ")}` : ""}`);
  return { counts, external: list };
}

async function checkInternal(report, { dist, hosts, host, page, el, value, link, counts }) {
  counts.internal += 1;
  if (link.host !== host) counts.crossHost += 1;
  if (!hosts.has(link.host)) {
    report.fail("links", "unknown-host", page, describe(el), value);
    return;
  }
  const file = fileForPath(dist, link.host, link.path);
  if (!file) {
    report.fail("links", link.host === host ? "broken-internal" : "broken-cross-host", page, describe(el), value);
    return;
  }
  if (!link.hash) return;
  counts.fragments += 1;
  if (!file.endsWith(".html")) return;
  if (!fragmentTargets(await parsePage(file)).has(link.hash)) report.fail("links", "missing-fragment", page, describe(el), value);
}
