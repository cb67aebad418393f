import { describe, expect, it } from "vitest";
import { parseEditorYaml, readEditorText } from "./editor-text.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readEditorText: every odd byte is decided here", () => {
  const refused: { name: string; input: Uint8Array; line: number; column: number; message: RegExp }[] = [
    {
      name: "a bare carriage return (ends a line for some parsers only)",
      input: bytes("a: 1\n# x\rpermalink: /\n"),
      line: 2,
      column: 4,
      message: /los regeleinde-teken \(CR\)/,
    },
    { name: "a NUL byte", input: bytes("a: 1\nb: x\u0000y\n"), line: 2, column: 5, message: /NUL-teken/ },
    { name: "another C0 control", input: bytes("a\u001b[31m"), line: 1, column: 2, message: /U\+001B/ },
    { name: "a C1 control (NEL, a line break in YAML 1.1)", input: bytes("a: x\u0085permalink: /"), line: 1, column: 5, message: /U\+0085/ },
    { name: "a vertical tab", input: bytes("\n\u000b"), line: 2, column: 1, message: /verticale tab/ },
    { name: "UTF-16 with a byte-order mark", input: new Uint8Array([0xff, 0xfe, 0x61, 0, 0x3a, 0]), line: 1, column: 1, message: /UTF-16/ },
    { name: "UTF-16 without a byte-order mark", input: new Uint8Array([0, 0x61, 0, 0x3a, 0, 0x20, 0, 0x31]), line: 1, column: 1, message: /UTF-16/ },
    { name: "invalid UTF-8", input: new Uint8Array([...bytes("a: 1\nb: é"), 0xff, 0x62]), line: 2, column: 5, message: /geen geldige UTF-8/ },
    {
      name: "a truncated UTF-8 sequence at the end",
      input: new Uint8Array([...bytes("ab\ncd"), 0xe2, 0x82]),
      line: 2,
      column: 3,
      message: /geen geldige UTF-8/,
    },
  ];
  it.each(refused)("refuses $name, naming line and column", ({ input, line, column, message }) => {
    const result = readEditorText(input, "sites/x/content/a.md");
    expect(result.text).toBeUndefined();
    expect(result.problems[0]).toMatchObject({
      file: "sites/x/content/a.md",
      line,
      column,
      severity: "error",
      message: expect.stringMatching(message),
    });
  });

  it("accepts CRLF and gives LF", () => {
    expect(readEditorText(bytes("---\r\ntitel: A\r\n---\r\nTekst\r\n"), "f")).toEqual({ text: "---\ntitel: A\n---\nTekst\n", problems: [] });
  });

  it("removes a UTF-8 byte-order mark with a warning", () => {
    const result = readEditorText(bytes("\uFEFF---\ntitel: A\n---\n"), "f");
    expect(result.text).toBe("---\ntitel: A\n---\n");
    expect(result.problems).toMatchObject([{ severity: "warning", line: 1, message: expect.stringMatching(/BOM/) }]);
  });

  it("keeps tabs, Arabic, emoji and right-to-left marks", () => {
    const text = "a:\tb\nمرحبا \u200F😀\n";
    expect(readEditorText(bytes(text), "f")).toEqual({ text, problems: [] });
  });
});

describe("readEditorText: size", () => {
  it("refuses a file over 1 MB before reading it as YAML", () => {
    expect(readEditorText(new Uint8Array(1_000_001).fill(0x61), "f").problems).toMatchObject([
      { line: 1, message: expect.stringMatching(/te groot \(1 MB\)/) },
    ]);
    expect(readEditorText(new Uint8Array(1_000_000).fill(0x61), "f").problems).toEqual([]);
  });
});

describe("parseEditorYaml: one parser, one set of rules", () => {
  const refused = [
    { name: "an alias", yaml: "a: &x 1\nb: *x\n", line: 2, message: /verwijzing \(\*x\)/ },
    { name: "an anchor alone", yaml: "a: &x 1\n", line: 1, message: /anker \(&x\)/ },
    { name: "a JavaScript tag", yaml: "a: !!js/function 'function () {}'\n", line: 1, message: /!!js\/function/ },
    { name: "a local tag", yaml: "a: !wc x\n", line: 1, message: /'!wc'/ },
    { name: "a standard tag", yaml: "a: !!str 1\n", line: 1, message: /'!!str'/ },
    { name: "a merge key", yaml: "a: 1\n<<: {b: 2}\n", line: 2, message: /<</ },
    { name: "a duplicate key", yaml: "titel: A\ntitel: B\n", line: 2, message: /twee keer/ },
    { name: "a second document", yaml: "a: 1\n---\nb: 2\n", line: 2, message: /Ongeldige YAML/ },
    {
      name: "a duplicate key in a list item",
      yaml: "- van: /a\n  naar: /\n  van: /b\n",
      line: 3,
      message: /het veld 'van' staat twee keer in het bestand \(ook op regel 2\)/,
    },
    { name: "a number key next to the same text key", yaml: "1: a\n'1': b\n", line: 2, message: /twee keer/ },
    { name: "a list as a key", yaml: "? [a]\n: b\n", line: 1, message: /veldnaam moet gewone tekst zijn/ },
    { name: "brackets nested too deep", yaml: `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`, line: 1, message: /te diep genest/ },
    { name: "lists nested too deep", yaml: `a:\n${"- ".repeat(200)}x\n`, line: 2, message: /te diep genest/ },
    {
      name: "maps nested too deep",
      yaml: Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}a:`).join("\n"),
      line: 102,
      message: /te diep genest/,
    },
  ];
  it.each(refused)("refuses $name", ({ yaml, line, message }) => {
    const { problems } = parseEditorYaml(yaml, "f.yml", 1);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: "f.yml", line: line + 1, severity: "error", message: expect.stringMatching(message) }),
    );
  });

  // No timing is asserted (a loaded CI machine would make that flaky): expanded, this bomb holds 10^31 values, so
  // returning at all shows that nothing was expanded.
  it("refuses an alias bomb without expanding it", () => {
    let bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let level = 1; level <= 30; level += 1)
      bomb += `a${level}: &a${level} [${Array(10)
        .fill(`*a${level - 1}`)
        .join(", ")}]\n`;
    const { problems } = parseEditorYaml(bomb, "f.yml");
    expect(problems.length).toBeGreaterThan(30);
  }, 60_000);

  it("never passes on the parser's English", () => {
    for (const yaml of ["a: [1", "a:\n\t- b", 'a: "x\\q"', "a: b: c", "- a\nb: c"]) {
      const { problems } = parseEditorYaml(yaml, "f");
      expect(problems.length, yaml).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.message, yaml).toMatch(/^Ongeldige YAML: /);
        expect(problem.message, yaml).not.toMatch(
          /\b(Implicit|Missing|Unexpected|Nested|must|need|expected|should|Flow|Map|sequence|scalar|Tabs|Collection|Plain|Block)\b/,
        );
      }
    }
  });

  // The duplicate check is one pass (the parser's own uniqueKeys took about 20 s here); no timing is asserted,
  // the generous timeout only keeps a quadratic check from hanging the suite.
  it("finds a duplicate among 30,000 keys", () => {
    const yaml = `${Array.from({ length: 30_000 }, (_, i) => `k${i}: v`).join("\n")}\nk7: w\n`;
    expect(parseEditorYaml(yaml, "f").problems).toMatchObject([{ line: 30_001, message: expect.stringContaining("regel 8") }]);
  }, 60_000);

  it("keeps dates as text (core schema)", () => {
    expect(parseEditorYaml("datum: 2026-10-08\ntijd: 10:30\n", "f").doc.toJS()).toEqual({ datum: "2026-10-08", tijd: "10:30" });
  });
});
