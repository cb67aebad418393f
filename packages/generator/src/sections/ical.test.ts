import { describe, expect, it } from "vitest";
import { eventIcsUrl, splitEvents } from "./events.js";
import { calendar } from "./ical.js";
import type { EntryOf } from "./site-content.js";

const event = (slug: string, start: string, einde: string, extra: Partial<EntryOf<"evenement">["data"]> = {}) =>
  ({
    type: "evenement",
    slug,
    lang: "nl",
    path: `agenda/${slug}.md`,
    permalink: `/agenda/${slug}/`,
    body: "",
    data: {
      titel: `Evenement ${slug}`,
      samenvatting: "Samenvatting.",
      start,
      einde,
      online: false,
      locatie: "Voorbeeldhal",
      voor: ["werkzoekenden"],
      ...extra,
    },
  }) as EntryOf<"evenement">;

describe("splitEvents", () => {
  const events = [
    event("b", "2026-06-02 10:00", "2026-06-02 12:00"),
    event("a", "2026-05-01 10:00", "2026-06-01 09:00"),
    event("c", "2026-05-31 10:00", "2026-05-31 12:00"),
  ];

  it.each([
    { today: "2026-06-01", upcoming: ["a", "b"], past: ["c"] },
    { today: "2026-06-02", upcoming: ["b"], past: ["c", "a"] },
    { today: "2026-01-01", upcoming: ["a", "c", "b"], past: [] },
  ])("on $today: an event is upcoming until the day it ends", ({ today, upcoming, past }) => {
    const split = splitEvents(events, today);
    expect(split.upcoming.map((e) => e.slug)).toEqual(upcoming);
    expect(split.past.map((e) => e.slug)).toEqual(past);
  });
});

describe("calendar", () => {
  const options = { host: "rijnmond.werkcentrum.nl", name: "Agenda", stamp: "2026-01-15" };

  it("writes UTC times from Dutch wall-clock times, winter and summer", () => {
    const ics = calendar([event("w", "2026-01-20 09:00", "2026-01-20 10:00"), event("s", "2026-07-20 09:00", "2026-07-20 10:00")], options);
    expect(ics).toContain("DTSTART:20260120T080000Z\r\n");
    expect(ics).toContain("DTSTART:20260720T070000Z\r\n");
    expect(ics).toContain("DTSTAMP:20260114T230000Z\r\n");
  });

  it("folds long lines at 75 octets, counting multi-byte letters, and ends every line with CRLF", () => {
    const long = event("lang", "2026-01-20 09:00", "2026-01-20 10:00", {
      samenvatting: "Informatie voor Oekraïense ontheemden en statushouders. ".repeat(4),
    });
    const ics = calendar([long], options);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, "")).toContain("Informatie voor Oekraïense ontheemden");
  });

  it("is the same for the same input", () => {
    const events = [event("x", "2026-03-01 10:00", "2026-03-01 11:00", { online: true, locatie: undefined })];
    expect(calendar(events, options)).toBe(calendar(events, options));
    expect(calendar(events, options)).toContain("LOCATION:Online\r\n");
  });

  it("never gives an event the file name of the whole agenda", () => {
    expect(eventIcsUrl(event("agenda", "2026-03-01 10:00", "2026-03-01 11:00"))).toBe("/agenda/agenda-evenement.ics");
    expect(eventIcsUrl(event("open-dag", "2026-03-01 10:00", "2026-03-01 11:00"))).toBe("/agenda/open-dag.ics");
  });
});
