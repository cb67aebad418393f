import { openDataUrls } from "@werkcentrum/content";
import { allRegions, DATA_SOURCE, DATA_YEAR } from "@werkcentrum/regions";
import { BOUNDARY_SOURCE, BOUNDARY_YEAR } from "../svg/map/topology.js";
import { OPEN_DATA_FILES, OPEN_DATA_VERSION, openDataFields } from "./open-data.js";

/** The permalink of the page that explains the open data, in Dutch. */
export const OPEN_DATA_PAGE = openDataUrls.page;

/** The data of /open-data/ (theme: pages/open-data.njk). */
export function openDataPage(): Record<string, unknown> {
  return {
    layout: false,
    permalink: OPEN_DATA_PAGE,
    title: "Open data: de Werkcentra",
    description: "De lijst van alle Werkcentra, met hun status, vorm, gemeenten en grenzen, om te hergebruiken.",
    openData: {
      files: OPEN_DATA_FILES,
      versie: OPEN_DATA_VERSION,
      regionCount: allRegions.length,
      fields: openDataFields(),
      indeling: { bron: DATA_SOURCE, jaar: DATA_YEAR },
      grenzen: { bron: BOUNDARY_SOURCE, jaar: BOUNDARY_YEAR },
    },
  };
}
