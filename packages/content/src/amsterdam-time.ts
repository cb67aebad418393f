/**
 * Dutch wall-clock times. Editors write `2026-03-12 14:00`; the site needs the instant for iCalendar and for
 * sorting. Written by hand on top of Intl, which carries the time-zone database: a library would wrap the same
 * lookup.
 */

const amsterdam = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** `YYYY-MM-DD HH:MM` as a clock in Amsterdam shows `instant`. */
export function amsterdamWallClock(instant: Date): string {
  const part = Object.fromEntries(amsterdam.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/**
 * The instant at which Amsterdam clocks show `local` (`YYYY-MM-DD HH:MM`), or undefined when no such instant
 * exists (the hour skipped when summer time starts). In the hour that happens twice in autumn, the first one.
 */
export function amsterdamInstant(local: string): Date | undefined {
  const asUtc = Date.parse(`${local.replace(" ", "T")}:00Z`);
  if (Number.isNaN(asUtc)) return undefined;
  // Amsterdam is UTC+2 in summer and UTC+1 in winter: try the earlier instant first.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (amsterdamWallClock(candidate) === local) return candidate;
  }
  return undefined;
}

/** Today's date in the Netherlands as `YYYY-MM-DD`. */
export function amsterdamToday(now: Date = new Date()): string {
  return amsterdamWallClock(now).slice(0, 10);
}
