// Empty fields out of what the web editor saves (loaded with cms-i18n.ts on /admin/).
//
// Decap copies a `duplicate` field into each translation even when the Dutch version has no value for it, and then
// writes `type: null`, `voor: null` or `afbeelding:\n  bron: null` into the translation file, which `check` refuses
// (seen in the Chromium test when an existing pair made by hand was saved). An empty field means "not filled in"
// everywhere in this repository, so every Markdown file the web editor saves loses its empty values: null, '', an
// empty list or group; so does a YAML file it saves (site.yml). Hand-written on top of the `yaml` library's document model (which keeps the rest of the
// front matter as Decap wrote it), because Decap has no hook that sees a translation's data before it is written.
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from "yaml";

const isEmpty = (node: unknown): boolean =>
  node == null ||
  (isScalar(node) && (node.value === null || node.value === undefined || node.value === "")) ||
  ((isMap(node) || isSeq(node)) && node.items.length === 0);

/** YAML text (a mapping) with every empty value left out; undefined when nothing is empty or it does not parse. */
function yamlWithoutEmpty(text: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  let removed = true;
  let changed = false;
  // Removing a value can leave its group or list empty: repeat until nothing is left to remove.
  while (removed) {
    removed = false;
    visit(doc, {
      Pair(_, pair) {
        if (isPair(pair) && isEmpty(pair.value)) {
          removed = changed = true;
          return visit.REMOVE;
        }
        return undefined;
      },
      Node(_, node: Node) {
        if (isEmpty(node)) {
          removed = changed = true;
          return visit.REMOVE;
        }
        return undefined;
      },
    });
  }
  if (!changed) return undefined;
  return isMap(doc.contents) && doc.contents.items.length > 0 ? doc.toString() : "";
}

/**
 * A file the web editor saves, with every empty value left out: of the front matter of a Markdown file (`.md`), of
 * the whole file for YAML (`site.yml`). Any other file, or one that does not parse, is returned as it is.
 */
export function withoutEmptyFields(path: string, raw: string): string {
  if (/\.ya?ml$/.test(path)) return yamlWithoutEmpty(raw) ?? raw;
  const match = /\.md$/.test(path) ? /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/.exec(raw) : null;
  const frontMatter = match && yamlWithoutEmpty(match[1] ?? "");
  return match && frontMatter !== undefined && frontMatter !== null ? `---\n${frontMatter}---${match[2]}${raw.slice(match[0].length)}` : raw;
}
