import type { SiteReport } from "@werkcentrum/content";
import { dateWindow, nextDay } from "../build-date.js";
import { setGlobalData } from "../global-data.js";
import { virtualPage } from "../pages/shared.js";
import type { SiteDefinition } from "../sites.js";
import { defineSection } from "./define-section.js";
import { calendar } from "./ical.js";
import { dutchEntries, type EntryOf } from "./site-content.js";
import { sections } from "./table.js";

const { url } = sections.events;

type Evenement = EntryOf<"evenement">;

/** All events as one iCalendar file, at the address visitors know: `/agenda/agenda.ics`. */
export const EVENTS_ICS = `${url}agenda.ics`;

/** The `.ics` URL of one event; an event named `agenda` must not take the file name of all events. */
export const eventIcsUrl = (event: Evenement): string => `${url}${event.slug === "agenda" ? "agenda-evenement" : event.slug}.ics`;

/** The `event-list` component's item for an event (times as the Dutch wall clock shows them). */
export function eventListItem(event: Evenement) {
  return {
    href: event.permalink,
    title: event.data.titel,
    start: event.data.start.replace(" ", "T"),
    end: event.data.einde.replace(" ", "T"),
    place: event.data.locatie,
    online: event.data.online,
  };
}

/**
 * Upcoming events (ending on or after `today`) in date order and past ones, newest first. `YYYY-MM-DD HH:MM`
 * strings in one time zone sort as dates, so plain string comparison is right.
 */
export function splitEvents(events: readonly Evenement[], today: string): { upcoming: Evenement[]; past: Evenement[] } {
  const byStart = [...events].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.slug.localeCompare(b.slug));
  return {
    upcoming: byStart.filter((event) => event.data.einde.slice(0, 10) >= today),
    past: byStart.filter((event) => event.data.einde.slice(0, 10) < today).reverse(),
  };
}

/**
 * The days on which the events' output changes: an event is upcoming up to and including the day it ends
 * (`einde`), and past ("Afgelopen") from the next day on. The build records the window between these dates
 * (build-date.ts), so a daily build rebuilds a site only on a day one of its events moves to "Afgelopen".
 */
export function eventTurningDates(site: SiteDefinition, model: SiteReport): string[] {
  if (site.kind !== "region") return []; // only regional sites have events
  return [...new Set(dutchEntries(model, "evenement").map((event) => nextDay(event.data.einde.slice(0, 10))))].sort();
}

/**
 * `/agenda/` with upcoming and past events, each event's page (theme `event` layout plus a calendar link), an
 * iCalendar file per event (`/agenda/<slug>.ics`) and one for all events (`/agenda/agenda.ics`). Upcoming
 * or past is decided against the build date (build-date.ts), never the clock, so builds are reproducible.
 */
export const addEventPages = defineSection("events", {
  description: (context) => `Bijeenkomsten, banenmarkten en webinars van ${context.site.title} en partners.`,
  index: ({ entries: events, context }) => {
    const { upcoming, past } = splitEvents(events, context.date);
    return { upcoming: upcoming.map(eventListItem), past: past.map(eventListItem), calendar: events.length > 0 ? EVENTS_ICS : undefined };
  },
  entry: (event, { context }) => ({ calendar: eventIcsUrl(event), past: event.data.einde.slice(0, 10) < context.date }),
  more: ({ config, context, entries: events }) => {
    const today = context.date;
    const { upcoming, past } = splitEvents(events, today);
    setGlobalData(config, "upcomingEvents", upcoming.slice(0, 3).map(eventListItem));
    if (events.length === 0) return;

    // DTSTAMP: the first day of the build date's window (or, before any event has ended, the first event's day), not
    // the build date itself: every day of a window gives the same output, which is what lets a daily build skip a
    // site whose window did not change.
    const stamp =
      dateWindow(eventTurningDates(context.site, context.model), today).from ?? events.map((event) => event.data.start.slice(0, 10)).sort()[0]!;
    const options = { host: context.site.host, stamp };
    for (const event of events) {
      virtualPage(
        config,
        `agenda/${event.slug}-ics`,
        {
          permalink: eventIcsUrl(event),
          layout: false,
          eleventyExcludeFromCollections: true,
          ics: calendar([event], { ...options, name: event.data.titel }),
        },
        "{{ ics | safe }}",
      );
    }
    const all = [...upcoming, ...past.slice().reverse()];
    virtualPage(
      config,
      "agenda/agenda-ics",
      {
        permalink: EVENTS_ICS,
        layout: false,
        eleventyExcludeFromCollections: true,
        ics: calendar(all, { ...options, name: `Agenda van ${context.site.title}` }),
      },
      "{{ ics | safe }}",
    );
  },
});
