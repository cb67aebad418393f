import { DOMParser, onWarningStopParsing, type Document, type Element } from "@xmldom/xmldom";

/** Parses markup as XML, failing on any warning: the output must be well-formed (so also correctly escaped). */
export function parseXml(markup: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(markup, "application/xml");
}

export function all(root: Document | Element, tagName = "*"): Element[] {
  return Array.from(root.getElementsByTagName(tagName));
}

/** Every element carrying `name` as an attribute. */
export function withAttribute(root: Document | Element, name: string): Element[] {
  return all(root).filter((el) => el.hasAttribute(name));
}

/** Every number in an SVG path or coordinate attribute. */
export function numbersIn(value: string): number[] {
  return (value.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}
