import { z } from "zod";

/**
 * The one date rule for everything editors write: a calendar day as `JJJJ-MM-DD` (ISO 8601), and a day that exists:
 * 2026-02-30 and 2026-13-45 are refused. zod's ISO date check decides; this module only explains in Dutch why a
 * date is refused. YAML is read with the core schema (editor-text.ts), so a date always arrives as text.
 */
const isoDate = z.iso.date();

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
export const DATE_FORMAT_MESSAGE = "Ongeldige datum. Schrijf de datum als jaar-maand-dag (JJJJ-MM-DD), bijvoorbeeld 2026-03-01.";

/** Whether `value` is a real calendar day written as `JJJJ-MM-DD`. */
export function isCalendarDate(value: unknown): value is string {
  return isoDate.safeParse(value).success;
}

/** Why `value` is not a real calendar day as `JJJJ-MM-DD`, in Dutch, or undefined when it is one. */
export function dateProblem(value: unknown): string | undefined {
  if (isCalendarDate(value)) return undefined;
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return DATE_FORMAT_MESSAGE;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12)
    return `Ongeldige datum: ${value} bestaat niet, want een jaar heeft 12 maanden. Schrijf jaar-maand-dag, bijvoorbeeld 2026-03-01.`;
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of this one (also for years below 100)
  const days = lastDay.getUTCDate();
  return `Ongeldige datum: ${value} bestaat niet, want ${MONTHS[month - 1]} ${year} heeft ${days} dagen. Controleer de dag.`;
}
