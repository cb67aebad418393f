// Parsing built pages once for the static gates (links, required pages, budgets). htmlparser2 is the parser the
// generator already uses; its DomUtils give the few queries we need.
import { readFile } from "node:fs/promises";
import { DomUtils, ElementType, parseDocument } from "htmlparser2";

const { isTag } = ElementType;

const cache = new Map();

/** Forgets every parsed page (the self-test changes pages after the gates read them). */
export function forgetPages() {
  cache.clear();
}

/** The parsed document of a file (cached: several gates read the same pages). */
export async function parsePage(file) {
  if (!cache.has(file)) cache.set(file, parseDocument(await readFile(file, "utf8")));
  return cache.get(file);
}

/** Elements below `node` that pass `test`. (domhandler types <script> and <style> apart from "tag"; isTag covers all.) */
export function elements(node, test) {
  return DomUtils.findAll((el) => isTag(el) && test(el), node.children ?? [node]);
}

export function byTag(node, ...names) {
  return elements(node, (el) => names.includes(el.name));
}

export function attr(el, name) {
  return DomUtils.getAttributeValue(el, name);
}

/** Every id on the page, plus the names of <a name> (both are fragment targets in HTML). */
export function fragmentTargets(doc) {
  const ids = new Set();
  for (const el of elements(doc, (e) => "id" in e.attribs || (e.name === "a" && "name" in e.attribs))) {
    if (el.attribs.id !== undefined) ids.add(el.attribs.id);
    if (el.name === "a" && el.attribs.name !== undefined) ids.add(el.attribs.name);
  }
  return ids;
}

/** A short description of an element for reports: tag, id/class and the start of its text. */
export function describe(el) {
  const id = el.attribs.id ? `#${el.attribs.id}` : "";
  const cls = el.attribs.class ? `.${el.attribs.class.trim().split(/\s+/).join(".")}` : "";
  const text = DomUtils.textContent(el).replace(/\s+/g, " ").trim().slice(0, 40);
  return `<${el.name}${id}${cls}>${text ? ` "${text}"` : ""}`;
}
