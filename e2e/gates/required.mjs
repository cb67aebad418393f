// Required pages on every host (/toegankelijkheid/, /privacy/, /contact/, /sitemap/ and 404.html), each of the
// four linked from the <footer> of every page of that host.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { attr, byTag, parsePage } from "../lib/html.mjs";
import { fileForPath, listHosts, listHtml, urlPathOf } from "../lib/dist.mjs";

export const REQUIRED_PAGES = ["/toegankelijkheid/", "/privacy/", "/contact/", "/sitemap/"];

/** `only`: a Set of "host/path" pages whose footers are read (the self-test); every page when absent. */
export async function requiredGate(report, { dist, only }) {
  let pages = 0;
  const hosts = listHosts(dist);
  for (const host of hosts) {
    for (const path of REQUIRED_PAGES) if (!fileForPath(dist, host, path)) report.fail("required", "page-missing", `${host}${path}`);
    if (!existsSync(join(dist, host, "404.html"))) report.fail("required", "page-missing", `${host}/404.html`);
    for (const rel of listHtml(dist, host)) {
      const page = `${host}${urlPathOf(rel)}`;
      if (only && !only.has(page)) continue;
      pages += 1;
      const doc = await parsePage(join(dist, host, rel));
      const footers = byTag(doc, "footer");
      if (footers.length === 0) {
        report.fail("required", "footer-missing", page, "<footer>");
        continue;
      }
      const linked = new Set(
        footers.flatMap((footer) => byTag(footer, "a")).map((a) => {
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
