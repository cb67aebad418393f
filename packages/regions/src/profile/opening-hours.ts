import { DAGEN, minutesOf, type Dag, type Openingstijd } from "./vestiging.js";

/** schema.org DayOfWeek members, in the plain form Google's structured-data documentation uses. */
export type SchemaDayOfWeek = "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";

/** A schema.org OpeningHoursSpecification (https://schema.org/OpeningHoursSpecification), ready for JSON-LD. */
export interface OpeningHoursSpecification {
  readonly "@type": "OpeningHoursSpecification";
  readonly dayOfWeek: readonly SchemaDayOfWeek[];
  /** "HH:MM", 24-hour clock. */
  readonly opens: string;
  readonly closes: string;
  readonly validFrom?: string;
  readonly validThrough?: string;
}

const DAY_OF_WEEK: Record<Dag, SchemaDayOfWeek> = {
  maandag: "Monday",
  dinsdag: "Tuesday",
  woensdag: "Wednesday",
  donderdag: "Thursday",
  vrijdag: "Friday",
  zaterdag: "Saturday",
  zondag: "Sunday",
};

/** "9:00" → "09:00": editors may leave out the leading zero, schema.org wants hh:mm. */
function hhmm(time: string): string {
  const minutes = minutesOf(time);
  if (minutes === undefined) throw new Error(`Not a time of day: "${time}"`);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * Converts a vestiging's validated `openingstijden` to schema.org OpeningHoursSpecification objects, one per
 * line, with the days in week order. Pass data that passed `siteProfileSchema`.
 */
export function toOpeningHoursSpecification(openingstijden: readonly Openingstijd[] = []): OpeningHoursSpecification[] {
  return openingstijden.map((line) => ({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: [...line.dagen].sort((a, b) => DAGEN.indexOf(a) - DAGEN.indexOf(b)).map((dag) => DAY_OF_WEEK[dag]),
    opens: hhmm(line.open),
    closes: hhmm(line.dicht),
    ...(line.geldigVan ? { validFrom: line.geldigVan } : {}),
    ...(line.geldigTot ? { validThrough: line.geldigTot } : {}),
  }));
}
