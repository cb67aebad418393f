// Required pages on every host (/toegankelijkheid/, /privacy/, /contact/, /sitemap/ and 404.html), each of the
// four linked from the <footer> of every page of that host; the accessibility statement with every part of the
// national model; and no page anywhere with a placeholder left to fill in (nothing unfinished is published).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { attr, byTag, parsePage } from "../lib/html.mjs";
import { fileForPath, listHosts, listHtml, urlPathOf } from "../lib/dist.mjs";

export const REQUIRED_PAGES = ["/toegankelijkheid/", "/privacy/", "/contact/", "/sitemap/"];
/** The parts of the national model of an accessibility statement, as the ids of its <h2>s (theme pages/toegankelijkheid.njk). */
export const STATEMENT_PARTS = ["verklaring", "status", "onderbouwing", "problemen", "melden"];
/** The marker of text left to fill in (@werkcentrum/content's PLACEHOLDER): never on a published page. */
const PLACEHOLDER = "[IN TE VULLEN";

/** `only`: a Set of "host/path" pages whose footers are read (the self-test); every page when absent. */
export async function requiredGate(report, { dist, only }) {
  let pages = 0;
  const hosts = listHosts(dist);
  for (const host of hosts) {
    for (const path of REQUIRED_PAGES) if (!fileForPath(dist, host, path)) report.fail("required", "page-missing", `${host}${path}`);
    const statement = fileForPath(dist, host, "/toegankelijkheid/");
    if (statement && (!only || only.has(`${host}/toegankelijkheid/`))) {
      const ids = new Set(byTag(await parsePage(statement), "h2").map((h2) => attr(h2, "id")));
      for (const part of STATEMENT_PARTS)
        if (!ids.has(part)) report.fail("required", "statement-part-missing", `${host}/toegankelijkheid/`, `h2#${part}`);
    }
    if (!existsSync(join(dist, host, "404.html"))) report.fail("required", "page-missing", `${host}/404.html`);
    for (const rel of listHtml(dist, host)) {
      const page = `${host}${urlPathOf(rel)}`;
      if (only && !only.has(page)) continue;
      pages += 1;
      const column = readFileSync(join(dist, host, rel), "utf8").indexOf(PLACEHOLDER);
      if (column >= 0) report.fail("required", "placeholder", page, `offset ${column}`);
      const doc = await parsePage(join(dist, host, rel));
      const footers = byTag(doc, "footer");
      if (footers.length === 0) {
        report.fail("required", "footer-missing", page, "<footer>");
        continue;
      }
      const linked = new Set(
        footers
          .flatMap((footer) => byTag(footer, "a"))
          .map((a) => {
            try {
              const url = new URL(attr(a, "href") ?? "", `https://${page}`);
              return url.hostname === host ? url.pathname : "";
            } catch {
              return "";
            }
          }),
      );
      for (const path of REQUIRED_PAGES) if (!linked.has(path)) report.fail("required", "footer-link-missing", page, `<footer> a[href="${path}"]`);
    }
  }
  report.note(`required pages: ${hosts.length} hosts, footers of ${pages} pages`);
}
