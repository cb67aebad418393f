/** Dutch formatting of numbers, quantities and dates, shared by the chart texts, labels and table. */

const MAX_FRACTION_DIGITS = 2;
const numberFormats = new Map<number, Intl.NumberFormat>();
const longDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `1234.5` → `1.234,5` (nl-NL grouping and decimal comma), always with exactly `fractionDigits` decimals. */
export function formatNumber(value: number, fractionDigits: number): string {
  let format = numberFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("nl-NL", {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(fractionDigits, format);
  }
  return format.format(value);
}

/** The fewest decimals (at most 2) that show every value exactly, so a series is printed consistently. */
export function fractionDigitsFor(values: readonly number[]): number {
  let digits = 0;
  for (const value of values) {
    while (digits < MAX_FRACTION_DIGITS && Number(value.toFixed(digits)) !== value) digits++;
  }
  return digits;
}

/** A number with its unit, the way Dutch texts write it: `4,1%`, `€ 1.250`, `1.234 personen`. */
export function formatQuantity(value: number, unit: string, fractionDigits: number): string {
  const number = formatNumber(value, fractionDigits);
  const trimmed = unit.trim();
  if (trimmed === "") return number;
  if (trimmed === "%") return `${number}%`;
  if (trimmed === "€") return `€ ${number}`;
  return `${number} ${trimmed}`;
}

/**
 * A reference date in Dutch (`1 januari 2025`). A date-only ISO string or a Date (YAML parses unquoted dates into
 * Dates at UTC midnight) is formatted in UTC so the text never depends on the build machine's time zone; any other
 * text (`2024`, `4e kwartaal 2024`) is kept as written.
 */
export function formatReferenceDate(date: string | Date): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError("Ongeldige peildatum.");
    return longDate.format(date);
  }
  const trimmed = date.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const parsed = new Date(`${trimmed}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== trimmed) {
      throw new RangeError(`Ongeldige peildatum: ${trimmed}.`);
    }
    return longDate.format(parsed);
  }
  return trimmed;
}
