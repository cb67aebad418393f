import { amsterdamToday } from "@werkcentrum/content";
import { isCalendarDate } from "@werkcentrum/regions";

/**
 * The build date: the day a build treats as "today" (Europe/Amsterdam, `YYYY-MM-DD`). Whether an event is upcoming
 * or past depends on it (sections/events.ts). It is an explicit input of the build, so a scheduled daily build
 * moves events to "Afgelopen" and two builds with the same date are byte-identical:
 *
 * 1. `werkcentrum build --date YYYY-MM-DD`;
 * 2. else the environment variable `WERKCENTRUM_BUILD_DATE` (for schedulers and tests);
 * 3. else today's date in the Netherlands.
 */
export const BUILD_DATE_ENV = "WERKCENTRUM_BUILD_DATE";

/** A wrong build date: a Dutch message the CLI prints as is. */
export class BuildDateError extends Error {
  override name = "BuildDateError";
}

export function resolveBuildDate(explicit?: string, env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const [value, source] = explicit !== undefined ? [explicit.trim(), "--date"] : [env[BUILD_DATE_ENV]?.trim(), BUILD_DATE_ENV];
  if (!value && explicit === undefined) return amsterdamToday(now);
  if (!value || !/^\d{4}-\d\d-\d\d$/.test(value) || !isCalendarDate(value)) {
    throw new BuildDateError(`${source} moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-12-04, niet '${value}'.`);
  }
  return value;
}

/** The calendar day after `date` (`YYYY-MM-DD`); calendar days, so no time zone or summer time is involved. */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The days on which what a site shows can change are its "turning dates" (for example the day after an event
 * ends). Between two turning dates the output is the same every day, so a build only needs to know the window the
 * build date falls in: from the last turning date on or before it (absent: before the first one) until the next one
 * after it (absent: none to come). builds.json records each site's window; a build whose date lies in the recorded
 * window changes nothing on that site.
 */
export interface DateWindow {
  from?: string;
  until?: string;
}

export function dateWindow(turningDates: Iterable<string>, date: string): DateWindow {
  let from: string | undefined;
  let until: string | undefined;
  for (const turn of turningDates) {
    if (turn <= date) {
      if (from === undefined || turn > from) from = turn;
    } else if (until === undefined || turn < until) until = turn;
  }
  return { ...(from === undefined ? {} : { from }), ...(until === undefined ? {} : { until }) };
}

/** Whether `date` lies in `window` (from inclusive, until exclusive). */
export function inDateWindow(window: DateWindow, date: string): boolean {
  return (window.from === undefined || window.from <= date) && (window.until === undefined || date < window.until);
}
