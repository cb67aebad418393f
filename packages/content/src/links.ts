import { addressProblem, type AddressKind } from "@werkcentrum/regions";

/**
 * Link rules for front-matter fields and Markdown links: the one address rule of @werkcentrum/regions, which
 * site.yml, redirects.yml and deploy.yml use as well. Editors may link with `https:`, `mailto:` and `tel:` (in its
 * one form, `tel:+31101234567`), or to a path on their own site; every other scheme (http:, javascript:, data:,
 * file:, …) is refused.
 */
export { schemeOf } from "@werkcentrum/regions";

/** What a front-matter link field allows. */
export const LINK_KINDS: readonly AddressKind[] = ["https", "path", "mailto", "tel"];
/** What a link in Markdown allows: the same, plus relative links (`#kop`, `../`). */
const BODY_LINK_KINDS: readonly AddressKind[] = [...LINK_KINDS, "relative"];

/** Why a link in Markdown is not allowed, in Dutch, or undefined when it is fine. */
export function linkProblem(href: string): string | undefined {
  return addressProblem(href, BODY_LINK_KINDS);
}

/** Front-matter links: a full https address, a path on the site (`/…`), `mailto:` or `tel:`. */
export function isAllowedLink(value: string): boolean {
  return addressProblem(value, LINK_KINDS) === undefined;
}
