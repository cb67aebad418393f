/**
 * Link rules shared by front-matter fields and Markdown links. Editors may link with `http(s):`, `mailto:` and
 * `tel:`, or to a path on their own site; every other scheme (javascript:, data:, file:, …) is refused.
 */

const allowedSchemes = new Set(["http", "https", "mailto", "tel"]);

/**
 * The scheme of a link as a browser would read it (browsers drop tabs, newlines and leading spaces, so
 * "java\tscript:" is a javascript: link), or undefined for a relative link.
 */
export function schemeOf(href: string): string | undefined {
  const compact = href.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

/** Why a link is not allowed, in Dutch, or undefined when it is fine. */
export function linkProblem(href: string): string | undefined {
  const scheme = schemeOf(href);
  if (scheme !== undefined && !allowedSchemes.has(scheme)) {
    return `Een link met '${scheme}:' is niet toegestaan. Gebruik alleen https://, mailto:, tel: of een pad op uw eigen site.`;
  }
  if (scheme === undefined && href.trim().startsWith("//")) {
    return "Een link die met // begint, gaat naar een andere website. Schrijf het volledige adres met https://.";
  }
  if ((scheme === "http" || scheme === "https") && !URL.canParse(href.trim())) {
    return `'${href}' is geen geldig webadres.`;
  }
  return undefined;
}

/** Front-matter links: a full http(s) address, a path on the site (`/…`), `mailto:` or `tel:`. */
export function isAllowedLink(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed !== value || trimmed === "") return false;
  const scheme = schemeOf(value);
  if (scheme === undefined) return value.startsWith("/") && !value.startsWith("//");
  if (linkProblem(value)) return false;
  if (scheme === "http" || scheme === "https") return new URL(value).hostname.includes(".");
  return value.length > scheme.length + 1;
}
