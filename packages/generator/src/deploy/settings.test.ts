import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSecurityTxt } from "./security-txt.js";
import { checkExpires, readDeploySettings } from "./settings.js";

const now = new Date("2026-11-22T12:00:00Z");
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wc-settings-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function read(text: string) {
  const file = join(dir, "deploy.yml");
  await writeFile(file, text);
  return readDeploySettings(file, now);
}

const valid = ["security-txt:", "  contact:", "    - https://werkcentrum.nl/contact/", "  expires: 2027-10-01T00:00:00Z", ""].join("\n");

describe("readDeploySettings", () => {
  it("reads a valid file and fills in the preferred languages", async () => {
    const { settings, problems } = await read(valid);
    expect(problems).toEqual([]);
    expect(settings?.["security-txt"]).toEqual({
      contact: ["https://werkcentrum.nl/contact/"],
      expires: "2027-10-01T00:00:00Z",
      "preferred-languages": ["nl", "en"],
    });
  });

  it("reports a missing file in Dutch", async () => {
    const { problems } = await readDeploySettings(join(dir, "bestaat-niet.yml"), now);
    expect(problems).toMatchObject([{ line: 1, message: expect.stringContaining("ontbreekt") }]);
  });

  const invalidCases = [
    { name: "an expiry date 10 days ahead", text: valid.replace("2027-10-01", "2026-12-02"), line: 4, field: "security-txt.expires", message: /verloopt over 9 dag/ },
    { name: "an expiry date in the past", text: valid.replace("2027-10-01", "2026-01-01"), line: 4, field: "security-txt.expires", message: /al verlopen/ },
    { name: "an expiry date more than a year ahead", text: valid.replace("2027-10-01", "2028-01-01"), line: 4, field: "security-txt.expires", message: /meer dan een jaar/ },
    { name: "a date without time", text: valid.replace("2027-10-01T00:00:00Z", "2027-10-01"), line: 4, field: "security-txt.expires", message: /2027-10-01T00:00:00Z/ },
    { name: "a plain-http contact", text: valid.replace("https://werkcentrum", "http://werkcentrum"), line: 3, field: "security-txt.contact.0", message: /https/ },
    { name: "an empty contact list", text: valid.replace("    - https://werkcentrum.nl/contact/\n", "").replace("  contact:", "  contact: []"), line: 2, field: "security-txt.contact", message: /ten minste één/ },
    { name: "an unknown field", text: `${valid}  encryption: x\n`, line: 5, field: "security-txt.encryption", message: /./ },
    { name: "broken YAML", text: "security-txt:\n  contact: [\n", line: 3, field: "", message: /Ongeldige YAML/ },
  ];
  it.each(invalidCases)("refuses $name, naming line and field", async ({ text, line, field, message }) => {
    const { settings, problems } = await read(text);
    expect(settings).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: join(dir, "deploy.yml"), line, field, severity: "error" });
    expect(problems[0]!.message).toMatch(message);
  });
});

describe("checkExpires", () => {
  it.each([
    ["2026-12-22T12:00:00Z", undefined],
    ["2027-11-22T12:00:00Z", undefined],
    ["2026-12-22T11:59:59Z", "dagen vooruit"],
    ["2027-11-22T12:00:01Z", "meer dan een jaar"],
  ])("%s", (expires, message) => {
    const result = checkExpires(expires, now);
    if (message) expect(result).toContain(message);
    else expect(result).toBeUndefined();
  });
});

describe("renderSecurityTxt", () => {
  it("writes the RFC 9116 fields for the host, with a canonical address and no clock", () => {
    const text = renderSecurityTxt("rijnmond.werkcentrum.nl", {
      contact: ["https://werkcentrum.nl/contact/", "mailto:cvd@example.org"],
      expires: "2027-10-01T02:00:00+02:00",
      "preferred-languages": ["nl", "en"],
    });
    const fields = text.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(fields).toEqual([
      "Contact: https://werkcentrum.nl/contact/",
      "Contact: mailto:cvd@example.org",
      "Expires: 2027-10-01T00:00:00.000Z",
      "Preferred-Languages: nl, en",
      "Canonical: https://rijnmond.werkcentrum.nl/.well-known/security.txt",
    ]);
    expect(text.endsWith("\n")).toBe(true);
  });
});
