import { allGemeenten, allRegions, foldKey, gemeenteAliases, type Region } from "@werkcentrum/regions";
import type { BestaandeWebsite, SiteProfile, WerkcentrumStatus, WerkcentrumVorm } from "@werkcentrum/regions";
import type { GemeenteFinderParams } from "@werkcentrum/theme";

/** Where the landing page sends visitors of one region, and how it says so. */
export interface RegionLink {
  code: string;
  name: string;
  host: string;
  status: WerkcentrumStatus;
  /** Dutch status text for the region list: "Actief", "In ontwikkeling". */
  statusText: string;
  /** The region's site, or its legacy site while its own pages are not live. */
  href: string;
  /** Visible link text: "Werkcentrum Rijnmond", or with the legacy site named. */
  text: string;
  /** Short note after the region name where the link goes elsewhere: "via de website van het Leerwerkloket". */
  via?: string;
  /** site.yml `vorm`, when the region filled it in. */
  vorm?: WerkcentrumVorm;
  /** Dutch form text for the region list: "Fysiek", "Digitaal", "Fysiek en digitaal". */
  formText?: string;
}

const statusTexts: Readonly<Record<WerkcentrumStatus, string>> = { actief: "Actief", "in-ontwikkeling": "In ontwikkeling" };
const formTexts: Readonly<Record<WerkcentrumVorm, string>> = { fysiek: "fysiek", digitaal: "digitaal", beide: "fysiek en digitaal" };

const legacyKinds: Readonly<Record<BestaandeWebsite["soort"], string>> = {
  RMT: "het Regionaal Mobiliteitsteam (RMT)",
  WerkgeversServicepunt: "het WerkgeversServicepunt",
  Leerwerkloket: "het Leerwerkloket",
  anders: "de regio",
};

/** "via de website van het Leerwerkloket", or "via de website Leerwerkloket Voorbeeld" when it has a name. */
function viaText(legacy: BestaandeWebsite): string {
  return legacy.naam ? `via de website ${legacy.naam}` : `via de website van ${legacyKinds[legacy.soort]}`;
}

/**
 * A region links to its own host, except while its Werkcentrum is in development and it still has a legacy site
 * (RMT, WSP or Leerwerkloket): then the landing page sends people there and the link text says so, because those
 * names disappear into the Werkcentrum and a visitor should know before the click where the link leads.
 */
export function regionLink(region: Region, profile: SiteProfile | undefined): RegionLink {
  const status = profile?.status ?? "in-ontwikkeling";
  const legacy = status === "in-ontwikkeling" ? profile?.bestaandeWebsite : undefined;
  const vorm = profile?.vorm;
  const base = {
    code: region.code,
    name: region.name,
    host: region.host,
    status,
    statusText: statusTexts[status],
    ...(vorm ? { vorm, formText: formTexts[vorm] } : {}),
  };
  if (!legacy) return { ...base, href: `https://${region.host}/`, text: `Werkcentrum ${region.name}` };
  const via = viaText(legacy);
  return { ...base, href: legacy.url, text: `Werkcentrum ${region.name}, ${via}`, via };
}

/** Every region's link, sorted by name as Dutch readers expect. */
export function regionLinks(profiles: ReadonlyMap<string, SiteProfile | undefined>): RegionLink[] {
  const collator = new Intl.Collator("nl", { sensitivity: "base" });
  return allRegions.map((region) => regionLink(region, profiles.get(region.slug))).sort((a, b) => collator.compare(a.name, b.name));
}

/** One letter of the A–Z list: a group of the theme's gemeente-finder parameters. */
export type FinderGroup = GemeenteFinderParams["groups"][number];
/** One entry of the A–Z list: a gemeente, where its link goes, and its region's name. */
export type FinderEntry = FinderGroup["gemeenten"][number];

/** The letter a name is listed under: its first letter ignoring case, accents and punctuation ('s-G… under S). */
const letterOf = (name: string): string => foldKey(name).charAt(0).toUpperCase();

/**
 * The no-JavaScript finder: all gemeenten A–Z, each linking where its region links. Everyday names (Den Haag,
 * Den Bosch) are listed too, under their own letter, because that is where people look for them.
 */
export function gemeenteGroups(links: readonly RegionLink[]): FinderGroup[] {
  const byCode = new Map(links.map((link) => [link.code, link]));
  const entry = (name: string, regionCode: string): FinderEntry => {
    const link = byCode.get(regionCode)!;
    return { name, href: link.href, regionName: link.via ? `${link.name}, ${link.via}` : link.name };
  };
  const gemeenteByCode = new Map(allGemeenten.map((gemeente) => [gemeente.code, gemeente]));
  const entries = [
    ...allGemeenten.map((gemeente) => entry(gemeente.name, gemeente.regionCode)),
    ...gemeenteAliases.map(({ alias, code }) => {
      const gemeente = gemeenteByCode.get(code)!;
      return entry(`${alias} (gemeente ${gemeente.name})`, gemeente.regionCode);
    }),
  ];
  const collator = new Intl.Collator("nl", { sensitivity: "base" });
  // By letter first: the collator puts a leading apostrophe ('s-Gravenhage) before the A.
  entries.sort((a, b) => letterOf(a.name).localeCompare(letterOf(b.name)) || collator.compare(a.name, b.name));
  const groups: FinderGroup[] = [];
  for (const item of entries) {
    const letter = letterOf(item.name);
    const last = groups.at(-1);
    if (last?.letter === letter) last.gemeenten.push(item);
    else groups.push({ letter, gemeenten: [item] });
  }
  return groups;
}
