import { isMap, isSeq, type Document, type LineCounter } from "yaml";

interface Ranged {
  range?: [number, number, number] | null;
}

/**
 * Line and column (1-based, within the YAML text) of the key at `path`, of the list item for a numeric step, or
 * of the deepest part of the path that exists (for a missing key: its parent's key; at the top: the start).
 */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === step);
      if (!pair) break;
      offset = (pair.key as Ranged).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === "number") {
      const item = node.items[step] as Ranged | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
