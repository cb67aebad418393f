import { z } from "zod";
import { parsePhone, telHref } from "./phone.js";

/**
 * The one rule for addresses editors write: links in content files (front matter and Markdown), the web addresses
 * in site.yml, the addresses in redirects.yml and the security.txt contacts in deploy.yml. Each place says which
 * kinds it allows; the checks of a kind are the same everywhere. Messages are Dutch: editors read them.
 *
 * - `https`: a full public web address. Government websites must use HTTPS, and a link from them should not send
 *   visitors to a page that anyone on the way can read or change. No user name or password, a real domain name.
 * - `http`: only for the old addresses in redirects.yml (`van`), which are matched on host and path.
 * - `path`: a path on the site's own host, `/contact/`.
 * - `relative`: a relative link in Markdown (`#kop`, `../`).
 * - `mailto`: `mailto:` and a valid e-mail address.
 * - `tel:`: exactly the link `telHref` makes of the number, `tel:+31101234567`, so every `tel:` link has one form.
 *
 * Everything else (`javascript:`, `data:`, `file:`, `//host/`, …) is refused.
 */
export type AddressKind = "https" | "http" | "path" | "relative" | "mailto" | "tel";

/**
 * The scheme of a link as a browser reads it (browsers drop tabs, newlines and leading spaces, so "java\tscript:" is
 * a javascript: link), in lower case, or undefined for a link without a scheme.
 */
export function schemeOf(href: string): string | undefined {
  const compact = href.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

const HTTPS_EXAMPLE = "bijvoorbeeld https://www.voorbeeld.nl/contact";
export const HTTPS_MESSAGE = `Schrijf een volledig webadres dat begint met https://, ${HTTPS_EXAMPLE}.`;

const names: Record<AddressKind, string> = {
  https: "https://",
  http: "http://",
  path: "een pad op uw eigen site",
  relative: "een pad op uw eigen site",
  mailto: "mailto:",
  tel: "tel:",
};

/** "Gebruik alleen https://, mailto:, tel: of een pad op uw eigen site." for the kinds a field allows. */
function usage(allowed: readonly AddressKind[]): string {
  const listed = [...new Set(allowed.filter((kind) => kind !== "http").map((kind) => names[kind]))];
  if (listed.length === 1 && listed[0] === names.https) return HTTPS_MESSAGE;
  const paths = listed.filter((name) => name === names.path);
  const schemes = listed.filter((name) => name !== names.path);
  const all = [...schemes, ...paths];
  const text = all.length === 1 ? all[0] : `${all.slice(0, -1).join(", ")} of ${all.at(-1)}`;
  return `Gebruik alleen ${text}.`;
}

/** A public host name: letters, digits and hyphens in at least two labels; no IP address, no `localhost`. */
function isDomainName(host: string): boolean {
  return z.regexes.domain.test(host) && !/^[\d.]+$/.test(host) && !host.startsWith("[");
}

/** Why a `%`-code in `value` cannot be decoded, or undefined when all are fine. */
function percentProblem(value: string): string | undefined {
  try {
    decodeURI(value);
    return undefined;
  } catch {
    return "Het adres bevat een ongeldige %-code. Schrijf een % in een adres als %25.";
  }
}

function webProblem(value: string, scheme: "https" | "http", allowed: readonly AddressKind[]): string | undefined {
  if (!allowed.includes(scheme)) {
    return scheme === "http" && allowed.includes("https")
      ? "Gebruik https:// in plaats van http://. Heeft de site geen https, laat de link dan weg."
      : `Een link met '${scheme}:' is niet toegestaan. ${usage(allowed)}`;
  }
  // "https:www.voorbeeld.nl" is read by browsers as https://www.voorbeeld.nl, but it is not what anyone means.
  if (!new RegExp(`^${scheme}://`, "i").test(value)) return HTTPS_MESSAGE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `'${value}' is geen geldig webadres. ${HTTPS_MESSAGE}`;
  }
  if (url.username !== "" || url.password !== "")
    return `Een webadres met een gebruikersnaam of wachtwoord erin is niet toegestaan. ${HTTPS_MESSAGE}`;
  if (!isDomainName(url.hostname)) return `'${url.hostname}' is geen domeinnaam op internet. ${HTTPS_MESSAGE}`;
  return percentProblem(value);
}

function telProblem(value: string): string | undefined {
  let number: string;
  try {
    number = decodeURIComponent(value.slice(value.indexOf(":") + 1));
  } catch {
    return "Na tel: hoort een telefoonnummer, bijvoorbeeld tel:+31101234567.";
  }
  const parsed = parsePhone(number);
  if ("error" in parsed) return `Na tel: hoort een telefoonnummer. ${parsed.error}`;
  const href = telHref(number);
  if (href === undefined) {
    return `Van ${number.trim()} kan geen tel:-link worden gemaakt: het is vanuit het buitenland niet te bellen. Schrijf het nummer als tekst, zonder link.`;
  }
  if (href !== value) return `Schrijf de link als ${href}: met +31 ervoor, zonder de 0 van het netnummer en zonder spaties.`;
  return undefined;
}

/** Why `value` is not an allowed address of one of the `allowed` kinds, in Dutch, or undefined when it is fine. */
export function addressProblem(value: string, allowed: readonly AddressKind[]): string | undefined {
  if (value.trim() === "") return "Dit veld is leeg. Vul een adres in of laat het hele veld weg.";
  const scheme = schemeOf(value);
  if (scheme === "tel" && allowed.includes("tel")) return telProblem(value);
  // A scheme that is never allowed here is the first thing to say, also when it is hidden by a tab or a space.
  const schemeAllowed = scheme === undefined || scheme === "http" || scheme === "https" || (allowed as readonly string[]).includes(scheme);
  if (!schemeAllowed) return `Een link met '${scheme}:' is niet toegestaan. ${usage(allowed)}`;
  if (/[\s\p{Cc}\p{Cf}]/u.test(value)) {
    return "Een adres mag geen spaties, regeleinden of onzichtbare tekens bevatten. Schrijf een spatie in een webadres als %20.";
  }
  if (scheme === undefined) {
    if (/^[/\\]{2}/.test(value)) return "Een link die met // begint, gaat naar een andere website. Schrijf het volledige adres met https://.";
    if (value.includes("\\")) return "Gebruik in een adres / in plaats van \\.";
    const percent = percentProblem(value);
    if (percent) return percent;
    if (value.startsWith("/")) return allowed.includes("path") || allowed.includes("relative") ? undefined : usage(allowed);
    if (allowed.includes("relative")) return undefined;
    return allowed.includes("path")
      ? "Begin een pad op uw eigen site met /, bijvoorbeeld /contact/, of schrijf een volledig webadres met https://."
      : usage(allowed);
  }
  if (scheme === "https" || scheme === "http") return webProblem(value, scheme, allowed);
  if (scheme === "mailto" && allowed.includes("mailto")) {
    let address: string;
    try {
      address = decodeURIComponent(value.slice("mailto:".length).split("?")[0] ?? "");
    } catch {
      address = "";
    }
    return z.regexes.email.test(address) ? undefined : "Schrijf na mailto: een geldig e-mailadres, bijvoorbeeld mailto:info@voorbeeld.nl.";
  }
  return `Een link met '${scheme}:' is niet toegestaan. ${usage(allowed)}`;
}
