import { toOpeningHoursSpecification, type SiteProfile, type Vestiging } from "@werkcentrum/regions";
import type { LocationCardParams } from "@werkcentrum/theme";
import { jsonForScript, takenUrls } from "../pages/shared.js";
import type { PageModule } from "../pages/types.js";
import { sections } from "./table.js";

/** The schema.org description of one vestiging: a GovernmentOffice with its address and opening hours. */
export function governmentOffice(vestiging: Vestiging, siteUrl: string): Record<string, unknown> {
  const hours = toOpeningHoursSpecification(vestiging.openingstijden);
  return {
    "@type": "GovernmentOffice",
    name: vestiging.naam,
    url: new URL(sections.locations.url, siteUrl).href,
    address: {
      "@type": "PostalAddress",
      streetAddress: vestiging.adres,
      postalCode: vestiging.postcode,
      addressLocality: vestiging.plaats,
      addressCountry: "NL",
    },
    ...(vestiging.coordinaten
      ? { geo: { "@type": "GeoCoordinates", latitude: vestiging.coordinaten.breedtegraad, longitude: vestiging.coordinaten.lengtegraad } }
      : {}),
    ...(hours.length > 0 ? { openingHoursSpecification: hours } : {}),
  };
}

/** The JSON-LD document of the /vestigingen/ page: every vestiging, in the order of site.yml. */
export function locationsJsonLd(profile: SiteProfile, siteUrl: string): string {
  const offices = (profile.vestigingen ?? []).map((vestiging) => governmentOffice(vestiging, siteUrl));
  return jsonForScript({ "@context": "https://schema.org", "@graph": offices });
}

/** The theme's location-card parameters for one vestiging (English keys, schema.org-shaped hours). */
export function locationCard(vestiging: Vestiging): LocationCardParams {
  return {
    name: vestiging.naam,
    headingLevel: 2,
    address: { street: vestiging.adres, postcode: vestiging.postcode, place: vestiging.plaats },
    ...(vestiging.openingstijden?.length
      ? {
          openingHours: vestiging.openingstijden.map((line) => ({
            days: line.dagen,
            opens: line.open.padStart(5, "0"),
            closes: line.dicht.padStart(5, "0"),
          })),
        }
      : {}),
    ...(periodNote(vestiging) ? { openingHoursNote: periodNote(vestiging) } : {}),
    ...(vestiging.toegankelijkheid?.length
      ? { accessibility: `${vestiging.toegankelijkheid.map((point) => point.replace(/[.!?]\s*$/, "")).join(". ")}.` }
      : {}),
  };
}

const longDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dutchDate = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));

/** Opening hours that hold only for a period are shown in the table like the others; this sentence says when. */
function periodNote(vestiging: Vestiging): string | undefined {
  const notes = (vestiging.openingstijden ?? [])
    .filter((line) => line.geldigVan || line.geldigTot)
    .map((line) => {
      const days = line.dagen.join(", ");
      if (line.geldigVan && line.geldigTot)
        return `De tijden op ${days} gelden van ${dutchDate(line.geldigVan)} tot en met ${dutchDate(line.geldigTot)}.`;
      if (line.geldigVan) return `De tijden op ${days} gelden vanaf ${dutchDate(line.geldigVan)}.`;
      return `De tijden op ${days} gelden tot en met ${dutchDate(line.geldigTot!)}.`;
    });
  return notes.length > 0 ? notes.join(" ") : undefined;
}

/**
 * `/vestigingen/`: the places where people can walk in, from `vestigingen` in site.yml, with schema.org JSON-LD.
 * Only on a regional site that lists vestigingen: nothing is shown that the region has not supplied.
 */
export const addLocationsPage: PageModule = async (config, context) => {
  const vestigingen = context.profile?.vestigingen ?? [];
  if (context.site.kind !== "region" || vestigingen.length === 0) return;
  const section = sections.locations;
  if (takenUrls(context).has(section.url)) return;
  const siteUrl = `https://${context.site.host}/`;
  // The markup is the theme's.
  config.addTemplate("_werkcentrum/vestigingen.njk", `{% extends "${section.layout}" %}`, {
    layout: false,
    permalink: section.url,
    title: section.menu.text,
    description:
      vestigingen.length === 1
        ? `Hier kunt u langskomen bij het ${context.site.title}: het adres en de openingstijden.`
        : `Hier kunt u langskomen bij het ${context.site.title}: de adressen en openingstijden van de ${vestigingen.length} vestigingen.`,
    locationCards: vestigingen.map(locationCard),
    locationsJsonLd: locationsJsonLd(context.profile!, siteUrl),
  });
  context.addNavigation(section);
};
