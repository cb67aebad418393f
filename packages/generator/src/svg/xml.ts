import { escapeUTF8 } from "entities";

/** Escapes text for XML/HTML text and double-quoted attribute values (`&`, `<`, `>`, `"`, `'`). */
export const escapeXml: (text: string) => string = escapeUTF8;

/** A coordinate with one decimal, so output is small and byte-identical between builds; never `-0`. */
export function coord(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/** Attribute string from a record, in the record's order; `undefined` values are left out, the rest escaped. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === "number" ? coord(value) : value)}"`)
    .join("");
}

/** One element; `children` undefined gives a self-closing tag. */
export function element(name: string, attributes: Record<string, string | number | undefined>, children?: string): string {
  const open = `<${name}${attrs(attributes)}`;
  return children === undefined ? `${open}/>` : `${open}>${children}</${name}>`;
}

/** Ids end up in `id` and `url(#…)`: keep them to a safe, CSS-selector-friendly alphabet. */
export function assertId(id: string, what: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) {
    throw new TypeError(`${what} must start with a letter and hold only letters, digits, "-" and "_"; got ${JSON.stringify(id)}`);
  }
}

/** A `<text>` element whose content is escaped. */
export function textElement(attributes: Record<string, string | number | undefined>, text: string): string {
  return element("text", attributes, escapeXml(text));
}
