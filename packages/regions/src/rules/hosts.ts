import { LANDING_HOST } from "../constants.js";

/** Whether `host` is werkcentrum.nl itself or any name under it (`www.`, a region, a name nobody uses yet). */
export function isWerkcentrumHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return name === LANDING_HOST || name.endsWith(`.${LANDING_HOST}`);
}

/**
 * The domain a host stands for when regions claim old domains: lower case, without a trailing dot and without a
 * leading `www.`, so `www.oud-domein.nl` and `oud-domein.nl` are one claim. Other subdomains stay apart: two regions
 * may each have had their own `regio.leerwerkloket.nl`.
 */
export function claimedDomain(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\./, "");
}
