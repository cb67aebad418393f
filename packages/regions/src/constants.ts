/** Where the region and gemeente data comes from. */
export const DATA_SOURCE = "CBS, tabel 86247NED Gebieden in Nederland 2026";
/** The indeling (classification) year of the shipped data: the situation on 1 January of this year. */
export const DATA_YEAR = 2026;
/** Host of the national landing site. Regional sites live at `<slug>.werkcentrum.nl`. */
export const LANDING_HOST = "werkcentrum.nl";
