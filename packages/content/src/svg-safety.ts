import { Parser } from "htmlparser2";

/**
 * Whether an editor's SVG may be published as it is, and if not, why (Dutch, for `check`). An SVG is a document
 * that can carry scripts and load other files; opened on its own address it runs on the site's origin. The rules:
 * no scripts (<script>, event attributes such as onload, javascript: links), no elements that embed other documents
 * or change attributes over time (<foreignObject>, <iframe>, <animate>, <set> …), no references outside the file
 * (every href points at an id in the file: `#…`; no url() to elsewhere, no @import) and no DOCTYPE (its entities
 * can expand without end or read files). An allowlist of what an illustration needs would be stricter, but
 * editors' drawing programs write many harmless elements; these rules block what can run or fetch.
 * Parsed with htmlparser2 in XML mode (the parser the generator already uses); the file is never changed.
 */
export function svgProblem(text: string): string | undefined {
  const found: string[] = [];
  let root: string | undefined;
  const forbiddenElements = new Set([
    "script",
    "foreignobject",
    "iframe",
    "embed",
    "object",
    "animate",
    "set",
    "animatemotion",
    "animatetransform",
    "handler",
    "listener",
  ]);
  const externalUrl = /url\(\s*(?!['"]?#)/i;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (name.toLowerCase() === "!doctype") found.push("een DOCTYPE-regel");
      },
      onopentag(name, attributes) {
        const element = name.toLowerCase();
        root ??= element;
        if (forbiddenElements.has(element)) found.push(`het element <${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          const key = attribute.toLowerCase();
          if (key.startsWith("on")) found.push(`het attribuut ${attribute}`);
          else if ((key === "href" || key.endsWith(":href") || key === "src") && !value.trim().startsWith("#"))
            found.push(`een verwijzing naar ${value.slice(0, 60)}`);
          else if (externalUrl.test(value) || /@import/i.test(value)) found.push(`een verwijzing in ${attribute}`);
        }
      },
      ontext(text) {
        if (externalUrl.test(text) || /@import/i.test(text)) found.push("een verwijzing in de stijl (<style>)");
      },
      oncdatastart() {
        // CDATA appears in <style> and <script>; its text reaches ontext with recognizeCDATA.
      },
    },
    { xmlMode: true, recognizeCDATA: true, decodeEntities: true },
  );
  parser.end(text);
  if (root !== "svg") return "Dit bestand is geen SVG-afbeelding: het begint niet met <svg>. Sla de tekening opnieuw op als SVG, of als PNG.";
  if (found.length === 0) return undefined;
  const list = [...new Set(found)].slice(0, 3).join(", ");
  return `Deze SVG bevat ${list}. Een SVG op de website mag geen code bevatten en niet naar andere bestanden of websites verwijzen. Sla de tekening op als 'gewone' SVG zonder scripts of links (in veel programma's: 'Opslaan als SVG, geoptimaliseerd'), of als PNG.`;
}
