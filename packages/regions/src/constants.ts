// DATA_SOURCE and DATA_YEAR are written by scripts/update-data.mjs together with the data they describe.
export { DATA_SOURCE, DATA_YEAR } from "./data.generated.js";

/** Host of the national landing site. Regional sites live at `<slug>.werkcentrum.nl`. */
export const LANDING_HOST = "werkcentrum.nl";
