import { amsterdamInstant } from "@werkcentrum/content";
import ical from "ical-generator";
import type { EntryOf } from "./site-content.js";

type Evenement = EntryOf<"evenement">;

export interface CalendarOptions {
  host: string;
  /** Calendar name, for example "Agenda van Werkcentrum Rijnmond". */
  name: string;
  /** `YYYY-MM-DD`, used as DTSTAMP: a day derived from the build date (events.ts), so two builds of the same input are identical. */
  stamp: string;
}

/**
 * An iCalendar file (RFC 5545) for one or more events, made with ical-generator, which folds lines at 75 octets
 * and ends them with CRLF. Times are written in UTC (`…Z`): the instants come from the Dutch wall-clock times
 * the editors write, so no VTIMEZONE is needed. UIDs are `<slug>@<host>`, stable as long as the file name is.
 */
export function calendar(events: readonly Evenement[], options: CalendarOptions): string {
  const origin = `https://${options.host}`;
  const cal = ical({ name: options.name, prodId: { company: "Werkcentrum", product: options.host, language: "NL" } });
  const stamp = amsterdamInstant(`${options.stamp} 00:00`)!;
  for (const event of events) {
    cal.createEvent({
      id: `${event.slug}@${options.host}`,
      stamp,
      start: amsterdamInstant(event.data.start)!,
      end: amsterdamInstant(event.data.einde)!,
      summary: event.data.titel,
      description: event.data.samenvatting,
      location: [event.data.locatie, event.data.online ? "Online" : undefined].filter(Boolean).join(" en "),
      url: `${origin}${event.permalink}`,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one (END:VCALENDAR) included.
  return `${cal.toString()}\r\n`;
}
