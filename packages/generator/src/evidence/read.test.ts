import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleEvidence } from "./fixture.js";
import { EvidenceError, evidenceFile, readEvidence } from "./read.js";

const HOST = "rijnmond.werkcentrum.nl";
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wc-evidence-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = (host: string, value: unknown) => writeFile(evidenceFile(dir, host), typeof value === "string" ? value : JSON.stringify(value));
const failure = async (hosts = [HOST]) => {
  const error = await readEvidence(dir, hosts).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(EvidenceError);
  return (error as Error).message;
};

describe("readEvidence", () => {
  it("reads a host's file, with a hash of its bytes, and skips hosts without one", async () => {
    await write(HOST, sampleEvidence(HOST));
    const found = await readEvidence(dir, [HOST, "groningen.werkcentrum.nl"]);
    expect([...found.keys()]).toEqual([HOST]);
    expect(found.get(HOST)!.evidence.pages.map((page) => page.path)).toEqual(["/", "/contact/", "/privacy/"]);
    expect(found.get(HOST)!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a missing folder, and a folder without a file of any host being built", async () => {
    await expect(readEvidence(join(dir, "nergens"), [HOST])).rejects.toThrow(/De map met testresultaten .*nergens bestaat niet/);
    await mkdir(join(dir, "leeg"));
    dir = join(dir, "leeg");
    expect(await failure()).toMatch(/staan geen testresultaten van de sites die worden gebouwd \(bestanden als rijnmond\.werkcentrum\.nl\.json\)/);
  });

  const base = sampleEvidence(HOST);
  const invalidCases: Array<{ name: string; input: unknown; errors: RegExp[] }> = [
    { name: "no JSON", input: "{ version: 1", errors: [/rijnmond\.werkcentrum\.nl\.json: dit is geen geldige JSON/] },
    { name: "another version", input: { ...base, version: 2 }, errors: [/veld version: /] },
    {
      name: "another host's file",
      input: { ...base, host: "groningen.werkcentrum.nl" },
      errors: [/veld host: er staat groningen\.werkcentrum\.nl, maar het bestand hoort bij rijnmond\.werkcentrum\.nl\./],
    },
    { name: "a host that is not ours", input: { ...base, host: "example.org" }, errors: [/veld host: Hier hoort de naam van een Werkcentrum-site/] },
    { name: "an unknown field", input: { ...base, score: 100 }, errors: [/veld \(het hele bestand\): .*score/] },
    { name: "a date that is not a moment", input: { ...base, date: "gisteren" }, errors: [/veld date: /] },
    {
      name: "a page on another host or scheme",
      input: { ...base, pages: [{ path: "//evil.example/" }, { path: "javascript:alert(1)" }, { path: '/a"onmouseover="x' }] },
      errors: [/veld pages\.0\.path: Hier hoort het pad van een pagina/, /veld pages\.1\.path: /, /veld pages\.2\.path: /],
    },
    {
      name: "a page twice",
      input: { ...base, pages: [base.pages[0], base.pages[0]] },
      errors: [/veld pages\.1\.path: \/ staat twee keer in de lijst\./],
    },
    {
      name: "a help text over two lines, a negative count",
      input: {
        ...base,
        pages: [
          { path: "/", axe: { passed: -1, incomplete: 0, inapplicable: 0, violations: [{ rule: "x", impact: null, help: "a\nb", nodes: 1 }] } },
        ],
      },
      errors: [/veld pages\.0\.axe\.passed: /, /veld pages\.0\.axe\.violations\.0\.help: Hier hoort één regel tekst/],
    },
    { name: "no pages", input: { ...base, pages: [] }, errors: [/veld pages: /] },
  ];
  it.each(invalidCases)("refuses $name, naming the file and the field", async ({ input, errors }) => {
    await write(HOST, input);
    const message = await failure();
    expect(message).toContain(`De testresultaten in ${dir} kloppen niet:`);
    for (const error of errors) expect(message).toMatch(error);
  });
});
