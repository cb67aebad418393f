import type { Region, RegionaalBeraad, SiteProfile } from "@werkcentrum/regions";
import type { MemberListParams } from "@werkcentrum/theme";
import { setGlobalData } from "../global-data.js";
import type { PageModule } from "../pages/types.js";
import { sectionRegistry } from "./registry.js";
import { sections } from "./table.js";

/** site.yml's groups of the Regionaal Beraad → the theme member list's categories, in the order the law names them. */
const CATEGORIES: ReadonlyArray<[keyof RegionaalBeraad, MemberListParams["groups"][number]["category"]]> = [
  ["gemeenten", "gemeenten"],
  ["uwv", "uwv"],
  ["sbb", "sbb"],
  ["werkgeversorganisaties", "werkgeversorganisaties"],
  ["werknemersorganisaties", "werknemersorganisaties"],
  ["onderwijs", "onderwijs"],
  ["strategischePartners", "strategische-partners"],
];

/** The theme's member-list parameters, or undefined when site.yml names no member of the Regionaal Beraad. */
export function memberList(beraad: RegionaalBeraad | undefined): MemberListParams | undefined {
  const groups = CATEGORIES.flatMap(([field, category]) => {
    const members = beraad?.[field] ?? [];
    return members.length > 0 ? [{ category, members: members.map((m) => ({ name: m.naam, ...(m.url ? { href: m.url } : {}) })) }] : [];
  });
  return groups.length > 0 ? { headingLevel: 3, groups } : undefined;
}

/** One or two sentences about the Werkcentrum's status and form, from site.yml (status always has a value). */
export function statusText(region: Region, profile: SiteProfile | undefined): string {
  const name = `Het Werkcentrum ${region.name}`;
  const status = profile?.status === "actief" ? `${name} is open.` : `${name} wordt nu opgezet.`;
  const forms = {
    fysiek: "U kunt er langskomen.",
    digitaal: "U vindt het Werkcentrum online.",
    beide: "U kunt er langskomen, en u vindt het Werkcentrum ook online.",
  } as const;
  const vorm = profile?.vorm ? forms[profile.vorm] : undefined;
  return vorm ? `${status} ${vorm}` : status;
}

/**
 * Only a centrumgemeente that a public source names is stated; an inferred one (the region's central city, see
 * packages/regions/data/SOURCES.md) is left out, so the site never presents a guess as an official fact.
 */
export function centrumgemeenteText(region: Region): string | undefined {
  if (region.centrumgemeente.status !== "sourced") return undefined;
  return `De centrumgemeente is ${region.centrumgemeente.name}. Deze gemeente ontvangt het geld van het Rijk voor de samenwerking in de hele regio.`;
}

/**
 * `/over-ons/`: below the national base text (or the region's own over-ons page, which replaces it) come the
 * Werkcentrum's status and form, the Regionaal Beraad from site.yml, the region's partners and its gemeenten
 * from the registry. One page for one URL: the generated part is a layout around the text, not a second page.
 */
export const addAboutPage: PageModule = (config, context) => {
  const { region, profile } = context;
  if (context.site.kind !== "region" || !region) return;
  setGlobalData(config, "aboutRegion", {
    status: statusText(region, profile),
    members: memberList(profile?.regionaalBeraad),
    partners: profile?.partners ?? [],
    centrumgemeente: centrumgemeenteText(region),
  });
  const registry = sectionRegistry(config);
  registry.defaultLayout(registry.layout(sections.about.layout), [sections.about.url]);
  context.addNavigation(sections.about);
};
